"""The command line itself: the Typer app with every command registered, and `main`, which runs it.

Imported by `drift.cli.run` only after a `drift check` has started its encoder (see `drift.cli`): importing
Typer and every command module is a fifth of a second the model's load should not wait for.
"""

from __future__ import annotations

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


def main(argv: list[str] | None = None, *, one_shot: bool = False, encoder=None) -> int:
    """Run the command line; every ordinary mistake ends as one line and exit code 2.

    `one_shot` says this process ends with the command (the console script):
    a `drift check` then starts its encoder in a child process at once, before
    the arguments are even parsed, so that the model loads while this process
    does the rest (drift.embed.process); `encoder` is one that `drift.cli.run`
    started already, before importing this module, ended here with the command.
    Called in a longer-lived process (tests, scripts), the command uses the
    process-wide in-process encoder.
    """
    given = argv if argv is not None else sys.argv[1:]
    debug = "--debug" in given
    args = [a for a in given if a != "--debug"]
    try:
        if encoder is None and one_shot:
            from drift.cli import early_encoder

            encoder = early_encoder(args)
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
