"""The exit-code policy of every drift command, in one place (docs/exit-codes.md is its table).

- 0: the command did its work and found nothing at or above `--fail-on`.
- 1: an answer a CI job should stop on: findings at or above `--fail-on`
  (`check`, `check --pairs`, `check-pairs`, `lint`, `batch`), or no convincing
  original among the candidates (`find`, `find-original`, `check DIR TRANS`).
- 2: the input cannot be used as given: a missing or unreadable file, a bad
  option, configuration or manifest, a manifest pair that could not be read
  (in `batch` as in `check --pairs`), nothing to check, two texts that are not
  an original and its translation, a `lint` text that is not English.
  One line on stderr that says what to do.
- 3: a bug in drift.
- 130: interrupted.

Commands decide *which case* they are in; the codes come only from here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from drift.errors import InputError

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2
EXIT_BUG = 3
EXIT_INTERRUPTED = 130

# "No likely original" is an answer, not a usage error: the same code as findings.
EXIT_NO_ORIGINAL = EXIT_FINDINGS


class NothingToCheck(InputError):
    """The inputs name nothing drift could check; the message ends with a hint."""

    def __init__(self, what: str, hint: str) -> None:
        super().__init__(f"{what} (nothing to check); {hint}")


class NotEnglish(InputError):
    """`drift lint` was given a text that is not English; the message names the language it looks like."""


def findings_exit(fail_on: str, reports: Iterable) -> int:
    """EXIT_FINDINGS when any finding of `reports` is at least as severe as `fail_on`, else EXIT_OK."""
    if fail_on == "never":
        return EXIT_OK
    from drift.model import Severity

    threshold = Severity(fail_on).rank
    failing = any(finding.severity.rank >= threshold for report in reports for finding in report.findings)
    return EXIT_FINDINGS if failing else EXIT_OK


def pairs_exit(errors: int, failing: int) -> int:
    """Several pairs in one run (`check --pairs`, `batch`): any pair in error wins over findings."""
    if errors:
        return EXIT_USAGE
    return EXIT_FINDINGS if failing else EXIT_OK


_NOT_ONE_OF = re.compile(r"'(?P<value>[^']*)' is not one of (?P<choices>('[^']*'(, )?)+)")


def usage_message(message: str, option: str | None) -> str:
    """The parser's complaint about an option, with an enum's valid choices listed plainly.

    Typer phrases a bad enum value as "Invalid value for '--fail-on': Value
    error, 'bogus' is not one of 'critical', ..."; this says
    "--fail-on: 'bogus' is not valid; choose one of critical, major, ...".
    """
    match = _NOT_ONE_OF.search(message)
    if match is None or option is None:
        return message
    choices = ", ".join(re.findall(r"'([^']*)'", match.group("choices")))
    return f"{option}: '{match.group('value')}' is not valid; choose one of {choices}"


def refuse_non_english(path: str, text: str) -> None:
    """Raise `NotEnglish` when `text` reads as another language (Turkish) rather than English."""
    from drift.model import Language
    from drift.pair_check import detect_language

    guess = detect_language(text)
    if guess.language is not None and guess.language is not Language.ENGLISH:
        raise NotEnglish(f"{path}: looks {guess.name}, not English ({guess.counts()}); `drift lint` checks English "
                         f"copy: to compare a translation with this original run `drift check {path} TRANS`")

