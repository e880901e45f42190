"""GitHub workflow-command annotations: levels, positions, and escaping that survives hostile text."""

from __future__ import annotations

import re

import pytest

from drift.model import Alignment, Bead, Category, Document, Finding, Language, Report, Sentence, Severity, Span
from drift.render.github import escape_data, escape_property, render_github

COMMAND = re.compile(r"^::(error|warning|notice) ([^:]*)::(.*)$")


def _unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def _parse(line: str) -> tuple[str, dict[str, str], str]:
    match = COMMAND.match(line)
    assert match, line
    properties = dict(item.split("=", 1) for item in match.group(2).split(","))
    return match.group(1), {key: _unescape(value) for key, value in properties.items()}, _unescape(match.group(3))


def test_escaping_rules():
    assert escape_data("100% sure\r\nnext: a, b") == "100%25 sure%0D%0Anext: a, b"
    assert escape_property("a:b,c%d\ne") == "a%3Ab%2Cc%25d%0Ae"
    assert escape_data("%0A") == "%250A"  # an already escaped-looking message stays literal


HOSTILE = "100% wrong: “Bill”,\nnot Phil\r\n::error file=evil.txt::injected,%0A"


def _report(message: str, path: str) -> Report:
    english = "First line.\nBill Stewart said so, twice.\n"
    orig = Document("Phil Stewart öyle dedi.", Language.TURKISH, path="tr.txt")
    trans = Document(english, Language.ENGLISH, path=path)
    sentences = (Sentence(0, 0, 11, "First line."), Sentence(1, 12, 40, english[12:40]))
    alignment = Alignment(orig, trans, (Sentence(0, 0, 23, orig.text),), sentences,
                          (Bead((), (0,), None, None, 1.0), Bead((0,), (1,), 0.8, None, 0.2)))
    findings = (
        Finding("D102", "name-swap", Category.NAME, Severity.CRITICAL, 0.85, message,
                Span(12, 16, "Bill"), Span(0, 4, "Phil"), 1, expected="Phil", evidence="surname, matches"),
        Finding("D601", "added-sentence", Category.ADDITION, Severity.MINOR, 0.85, "Added: no source.",
                Span(0, 11, "First line."), None, 0),
        Finding("D501", "omitted-sentence", Category.OMISSION, Severity.MAJOR, 0.9, "Left out.",
                None, Span(0, 23, orig.text), 1),
    )
    return Report(alignment, findings)


def test_hostile_message_and_path_survive():
    path = "news,2024/a:b%.txt"
    out = render_github(_report(HOSTILE, path))
    lines = out.splitlines()
    assert len(lines) == 3 and out.endswith("\n")
    level, properties, message = _parse(lines[0])
    assert level == "error"
    assert properties["file"] == path
    assert properties["title"] == "D102 name-swap"
    assert (properties["line"], properties["col"], properties["endLine"], properties["endColumn"]) == ("2", "1", "2", "5")
    assert message.startswith(HOSTILE)
    assert "Expected: “Phil”" in message and "Why: surname, matches" in message


@pytest.mark.parametrize(("index", "level"), [(0, "error"), (1, "notice"), (2, "warning")])
def test_severity_levels(index, level):
    assert _parse(render_github(_report("m", "en.txt")).splitlines()[index])[0] == level


def test_omission_points_at_the_nearest_english_sentence():
    _, properties, message = _parse(render_github(_report("m", "en.txt")).splitlines()[2])
    assert (properties["line"], properties["col"], properties["endLine"], properties["endColumn"]) == ("2", "1", "2", "29")
    assert "Turkish: “Phil Stewart öyle dedi.”" in message


def test_s400_lines(s400_report):
    lines = render_github(s400_report).splitlines()
    assert len(lines) == len(s400_report.findings)
    assert all(COMMAND.match(line) for line in lines)
