"""The `drift` command line: argument parsing, file I/O and exit codes only.

One module per command registers itself on the shared Typer app (`app.py`).
Exit codes follow the one policy of `drift.cli.exits` (docs/exit-codes.md):
0 success, 1 findings at or above `--fail-on` (or no convincing original),
2 a usage or input error (one line on stderr), 3 an internal error (a bug:
please report it).
"""

from __future__ import annotations

import os
import sys

import typer

# Command modules: importing one registers its command on the app.
from drift.cli import align, catalog, check, lint  # noqa: F401
from drift.cli import find_original  # noqa: F401
from drift.cli import batch  # noqa: F401
from drift.cli import settings  # noqa: F401
from drift.cli import serve  # noqa: F401
from drift.cli import reference  # noqa: F401
from drift.cli.app import Session, app
from drift.cli.exits import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, usage_message
from drift.errors import DriftError

ISSUES_HINT = ("this is a bug in drift: please report it on the drift project's issue tracker, "
               "with the command you ran and the input files")


def _fail(message: str, code: int) -> int:
    # One line, whatever the message holds: a file name or an exception may carry line breaks, terminal
    # controls, or bytes that are not UTF-8 (shown escaped: printing them would raise).
    from drift.read import shown_name
    from drift.text.terminal import terminal_safe

    sys.stderr.write(f"drift: error: {terminal_safe(shown_name(' '.join(message.splitlines())))}\n")
    return code


def main(argv: list[str] | None = None, *, one_shot: bool = False) -> int:
    """Run the command line; every ordinary mistake ends as one line and exit code 2.

    `one_shot` says this process ends with the command (the console script):
    a `drift check` then starts its encoder in a child process at once, before
    the arguments are even parsed, so that the model loads while this process
    does the rest (drift.embed.process). Called in a longer-lived process
    (tests, scripts), the command uses the process-wide in-process encoder.
    """
    given = argv if argv is not None else sys.argv[1:]
    debug = "--debug" in given
    args = [a for a in given if a != "--debug"]
    encoder = None
    try:
        encoder = _early_encoder(args) if one_shot else None
        result = app(args=args, prog_name="drift", standalone_mode=False, obj=Session(encoder=encoder))
    except typer.TyperException as exc:  # the parser's usage errors
        context = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError":  # help was already shown
            return EXIT_OK
        command = context.command_path if context is not None else "drift"
        message = usage_message(exc.format_message(), _option_name(exc))
        return _fail(f"{message} (see '{command} --help')", EXIT_USAGE)
    except (typer.Abort, KeyboardInterrupt):
        return _fail("interrupted", EXIT_INTERRUPTED)
    except DriftError as exc:
        return _fail(str(exc), EXIT_USAGE)
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: keep it short unless asked for details
        if debug:
            raise
        detail = str(exc) if len(str(exc)) <= 200 else f"{str(exc)[:200]}..."
        return _fail(f"internal error: {type(exc).__name__}: {detail}; {ISSUES_HINT} (add --debug for the traceback)",
                     EXIT_BUG)
    finally:
        if encoder is not None:
            encoder.close()
    return result if isinstance(result, int) else EXIT_OK


def _option_name(exc) -> str | None:
    """The option a parser error is about ("--fail-on"), when it is about one."""
    param = getattr(exc, "param", None)
    names = getattr(param, "opts", None)
    return max(names, key=len) if names else None


def _early_encoder(args: list[str]):
    """For `drift check` (not its help), the encoder already loading in a child process; else None.

    Parsing the arguments costs a tenth of a second of the encoder's one
    second of loading; a wasted start (a usage error after all) costs a few
    milliseconds and is ended by `main`.
    """
    words = [arg for arg in args if arg not in ("-v", "--verbose")]
    if not words or words[0] != "check" or "-h" in words or "--help" in words:
        return None
    from drift.embed.process import EncoderProcess

    return EncoderProcess.start()


def run() -> None:
    """Console-script entry point."""
    code = main(one_shot=True)
    # The process ends here: skip the interpreter's teardown, which frees the lexicon, the word
    # lists and the caches object by object (a tenth of a second) for memory the system reclaims at once.
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe: nothing more can reach it
            pass
    os._exit(code)
