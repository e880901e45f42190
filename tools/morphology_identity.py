"""The lazy analyser against the eager one on every distinct word of samples/*/*/tr.txt (holdout11 never opened).

    PYTHONPATH=$PWD python tools/morphology_identity.py [lazy|eager|both] [out.pickle]

`both` (the default) runs the two in processes of their own and prints the count of words and of differences; `lazy` or
`eager` alone writes {word: analyses} to out.pickle, to compare processes (zeyrek's own order depends on the hash
seed: see drift/text/morphology.py)."""

import pickle
import re
import sys
from pathlib import Path

from drift.text import morphology
from drift.text.fold import fold_case


def sample_words() -> list[str]:
    words: set[str] = set()
    for path in sorted(Path("samples").glob("*/*/tr.txt")):
        if path.parts[1] == "holdout11":
            continue  # never opened: held out
        for token in re.findall(r"\w+", path.read_text(encoding="utf-8")):
            words.add(fold_case(token, turkish=True))
    return sorted(words)


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "both"
    words = sample_words()
    if mode == "both":
        # Each in a process of its own: zeyrek's graph lives in module-level states, which a second build in one
        # process would connect again.
        import subprocess
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            found = {}
            for name in ("eager", "lazy"):
                subprocess.run([sys.executable, __file__, name, f"{tmp}/{name}.pickle"], check=True)
                with open(f"{tmp}/{name}.pickle", "rb") as saved:
                    found[name] = pickle.load(saved)
        differ = [word for word in words if found["eager"][word] != found["lazy"][word]]
        read_ = sum(1 for word in words if found["lazy"][word])
        print(f"{len(words)} distinct words ({read_} read), {len(differ)} differ: {differ[:20]}")
        return
    analyzer = morphology._eager_analyzer() if mode == "eager" else morphology._analyzer()
    result = {word: morphology._analyses_with(analyzer, word) for word in words}
    with open(sys.argv[2], "wb") as out:
        pickle.dump(result, out)
    print(f"{len(words)} distinct words written")


if __name__ == "__main__":
    main()
