"""The `drift` command line: argument parsing, file I/O and exit codes only.

One module per command registers itself on the shared Typer app (`app.py`).
Exit codes: 0 success, 1 findings at or above `--fail-on` (check), 2 a usage
or input error (one line on stderr), 3 an internal error (a bug: please report
it).
"""

from __future__ import annotations

import sys

import typer

# Command modules: importing one registers its command on the app.
from drift.cli import align, catalog, check, lint  # noqa: F401
from drift.cli import find_original  # noqa: F401
from drift.cli import batch  # noqa: F401
from drift.cli.app import EXIT_BUG, EXIT_OK, EXIT_USAGE, app
from drift.errors import DriftError

ISSUES_HINT = ("this is a bug in drift: please report it on the drift project's issue tracker, "
               "with the command you ran and the input files")


def _fail(message: str, code: int) -> int:
    # One line, whatever the message holds: a file name or an exception may carry line breaks.
    sys.stderr.write(f"drift: error: {' '.join(message.splitlines())}\n")
    return code


def main(argv: list[str] | None = None) -> int:
    """Run the command line; every ordinary mistake ends as one line and exit code 2."""
    debug = "--debug" in (argv if argv is not None else sys.argv[1:])
    try:
        result = app(args=[a for a in (argv if argv is not None else sys.argv[1:]) if a != "--debug"],
                     prog_name="drift", standalone_mode=False)
    except typer.TyperException as exc:  # the parser's usage errors
        context = getattr(exc, "ctx", None)
        if type(exc).__name__ == "NoArgsIsHelpError":  # help was already shown
            return EXIT_OK
        command = context.command_path if context is not None else "drift"
        return _fail(f"{exc.format_message()} (see '{command} --help')", EXIT_USAGE)
    except (typer.Abort, KeyboardInterrupt):
        return _fail("interrupted", 130)
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
    return result if isinstance(result, int) else EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
