"""A local translation model's rendering of the Turkish: an English reference for `drift check --mt MODEL`.

transformers and torch are imported here only, and only when a model is
used; they come with the optional extra (`pip install 'translation-drift[mt]'`).
MODEL is a local folder or a name transformers resolves from its own cache;
drift never downloads anything itself. Sentences are translated in batches,
on a GPU when torch sees one, else on the CPU, and every rendering is kept in
a cache keyed by model and sentence (under the user's cache folder), so a
rerun asks the model only for sentences it has not seen.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, Sequence

from drift.errors import DriftError

logger = logging.getLogger(__name__)

INSTALL = "pip install 'translation-drift[mt]'"
# Sentences per generate() call: large enough to use a GPU, small enough for a laptop's memory.
BATCH_SIZE = 16
# Longest rendering asked for, in tokens: a news sentence is well under it.
MAX_NEW_TOKENS = 256


class MtUnavailable(DriftError):
    """--mt was asked for but the model or the [mt] extra cannot be used; the message says what to do."""


class Translator(Protocol):
    """Anything that renders Turkish sentences in English."""

    @property
    def name(self) -> str: ...

    def translate(self, texts: Sequence[str]) -> list[str]: ...


@dataclass(frozen=True)
class Rendering:
    """A model's English for each Turkish sentence, in order; `from_model` counts what the cache did not have."""

    model: str
    texts: tuple[str, ...]
    from_model: int


class TransformersTranslator:
    """A sequence-to-sequence model loaded by transformers (Marian, NLLB, M2M...), run in batches."""

    def __init__(self, model: str, *, batch_size: int = BATCH_SIZE) -> None:
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as exc:
            raise MtUnavailable(f"--mt needs the optional extra: {INSTALL} ({exc.name or exc} is missing)") from None
        from transformers.utils import logging as transformers_logging

        # Its progress bars and advice would land in the middle of drift's own output.
        transformers_logging.set_verbosity_error()
        transformers_logging.disable_progress_bar()
        self.name = _model_name(model)
        self.batch_size = batch_size
        try:
            self._tokenizer = AutoTokenizer.from_pretrained(model)
            self._model = AutoModelForSeq2SeqLM.from_pretrained(model)
        except (OSError, ValueError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise MtUnavailable(f"cannot load the translation model {model!r}: {first}; give a local model "
                                "folder, or a model name transformers has in its cache") from None
        self._torch = torch
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self._model.to(self.device)
        self._model.eval()
        # Never past the positions the model has (a small model's table is short).
        positions = getattr(self._model.config, "max_position_embeddings", None) or MAX_NEW_TOKENS + 2
        self._max_new_tokens = min(MAX_NEW_TOKENS, positions - 2)
        self._max_input = min(positions, getattr(self._tokenizer, "model_max_length", positions) or positions)
        self.calls = 0

    def translate(self, texts: Sequence[str]) -> list[str]:
        rendered: list[str] = []
        for start in range(0, len(texts), self.batch_size):
            batch = list(texts[start:start + self.batch_size])
            inputs = self._tokenizer(batch, return_tensors="pt", padding=True, truncation=True,
                                     max_length=self._max_input).to(self.device)
            with self._torch.no_grad():
                output = self._model.generate(**inputs, max_new_tokens=self._max_new_tokens, num_beams=1,
                                              do_sample=False)
            self.calls += 1
            rendered.extend(self._tokenizer.batch_decode(output, skip_special_tokens=True))
        return [" ".join(text.split()) for text in rendered]


def _model_name(model: str) -> str:
    """A model's identity for the cache and the signature: a folder by its resolved path, a hub name as given."""
    path = Path(model).expanduser()
    return str(path.resolve()) if path.is_dir() else model


def default_cache_dir() -> Path:
    from drift.find.cache import user_cache_dir

    return user_cache_dir() / "mt"


class RenderingCache:
    """Renderings by model and sentence, one JSON file per model (a folder of None keeps nothing)."""

    def __init__(self, directory: Path | None) -> None:
        self.directory = directory

    def _path(self, model: str) -> Path:
        return self.directory / (hashlib.sha256(model.encode("utf-8")).hexdigest()[:32] + ".json")

    def load(self, model: str) -> dict[str, str]:
        if self.directory is None:
            return {}
        try:
            stored = json.loads(self._path(model).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}  # no cache yet, or a damaged one: the model renders again
        return stored.get("renderings", {}) if stored.get("model") == model else {}

    def store(self, model: str, renderings: dict[str, str]) -> None:
        if self.directory is None:
            return
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            path = self._path(model)
            temporary = path.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"model": model, "renderings": renderings}, ensure_ascii=False,
                                            sort_keys=True), encoding="utf-8")
            temporary.replace(path)  # whole or not at all: a reader never sees half a file
        except OSError as exc:
            logger.warning("could not keep the renderings in %s: %s", self.directory, exc)


def ensure_available(model: str) -> None:
    """Raise `MtUnavailable` (exit 2, with the install command) when the [mt] extra is not installed."""
    import importlib.util

    missing = [name for name in ("transformers", "torch") if importlib.util.find_spec(name) is None]
    if missing:
        raise MtUnavailable(f"--mt {model} needs the optional extra, which is not installed ({', '.join(missing)} "
                            f"missing): {INSTALL}")


def load_translator(model: str) -> TransformersTranslator:
    """The model as a translator; `MtUnavailable` (exit 2) when the extra or the model is missing."""
    return TransformersTranslator(model)


def render(sentences: Sequence[str], translator: Translator | str, *,
           cache: RenderingCache | None = None) -> Rendering:
    """Every sentence in English: from the cache where it has it, else from the model (loaded only then)."""
    cache = cache if cache is not None else RenderingCache(default_cache_dir())
    name = translator if isinstance(translator, str) else translator.name
    name = _model_name(name)
    known = cache.load(name)
    missing = list(dict.fromkeys(text for text in sentences if text not in known))
    if missing:
        if isinstance(translator, str):
            translator = load_translator(translator)
        known.update(zip(missing, translator.translate(missing)))
        cache.store(name, known)
    return Rendering(name, tuple(known[text] for text in sentences), len(missing))
