"""The `drift` command line: argument parsing, file I/O and exit codes only.

One module per command registers itself on the shared Typer app (`app.py`);
`command_line.py` holds the app with every command and `main`, which runs it.
Exit codes follow the one policy of `drift.cli.exits` (docs/exit-codes.md):
0 success, 1 findings at or above `--fail-on` (or no convincing original),
2 a usage or input error (one line on stderr), 3 an internal error (a bug:
please report it).

This file stays light on purpose: the console script imports it, and a cold
`drift check` starts its encoder's child process (`early_encoder`) before
Typer and the command modules are imported, so that the model's load does not
wait for them. `main` and the rest of `command_line` are found here on first use.
"""

from __future__ import annotations

import os
import sys

# What `from drift.cli import X` finds in drift.cli.command_line (PEP 562), imported on first use.
_COMMAND_LINE = frozenset({"main", "ISSUES_HINT"})


def __getattr__(name: str):
    if name not in _COMMAND_LINE:
        raise AttributeError(f"module 'drift.cli' has no attribute {name!r}")
    from drift.cli import command_line

    return getattr(command_line, name)


def early_encoder(args: list[str]):
    """For `drift check` and `drift batch` (not their help), the encoder already loading in a child process; else None.

    Parsing the arguments costs a tenth of a second of the encoder's one
    second of loading, and importing the command line a fifth; a wasted start
    (a usage error after all) costs a few milliseconds and is ended by `main`.
    """
    words = [arg for arg in args if arg not in ("-v", "--verbose")]
    if not words or words[0] not in ("check", "batch") or "-h" in words or "--help" in words:
        return None
    from drift.embed.process import EncoderProcess

    # A batch's first worker takes it over (drift.batch.run.WorkerPool): one BLAS thread, as every worker has.
    return EncoderProcess.start(1 if words[0] == "batch" else None)


def run() -> None:
    """Console-script entry point."""
    encoder = None
    try:
        # The encoder's child first, then the command line: `main` ends the child with the command.
        encoder = early_encoder([arg for arg in sys.argv[1:] if arg != "--debug"])
        from drift.cli.command_line import main
    except KeyboardInterrupt:  # Ctrl-C before the command line has loaded: ended as `main` ends a command
        from drift.cli.exits import EXIT_INTERRUPTED

        if encoder is not None:
            encoder.close()
        sys.stderr.write("drift: error: interrupted\n")
        sys.stderr.flush()
        os._exit(EXIT_INTERRUPTED)
    code = main(encoder=encoder)
    # The process ends here: skip the interpreter's teardown, which frees the lexicon, the word
    # lists and the caches object by object (a tenth of a second) for memory the system reclaims at once.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it
            pass
    os._exit(code)
