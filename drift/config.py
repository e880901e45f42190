"""Configuration: `drift.toml` or `[tool.drift]` in `pyproject.toml`, resolved once.

Layers, later wins: built-in defaults < the configuration file < command-line
flags. The file is found by walking up from the translation's folder (in each
folder `drift.toml` first, then a `pyproject.toml` that has `[tool.drift]`), or
named with `--config`. A file looks like this (in `pyproject.toml` every table
sits under `tool.drift`)::

    select = ["D1", "D2", "D3"]          # code prefixes or slugs; default: every stable check
    ignore = ["handle-lost-at"]
    preview = true                        # also the preview checks and bases (see `drift checks`)
    min-confidence = 0.8                  # hide findings whose check's measured precision is lower
    fail-on = "critical"                  # critical | major | minor | never
    baseline = "drift-baseline.json"      # relative to this file

    [severity]                            # per code, prefix or slug
    D601 = "minor"

    [glossary]
    never-flag = ["Haberturk"]

    [glossary.names]                      # house spelling = accepted variants
    Zelenskyy = ["Zelensky", "Zelenskiy"]

    [glossary.terms]                      # Turkish term = required English rendering(s)
    "Dışişleri Bakan Yardımcısı" = ["Deputy Foreign Minister"]

Every unknown key or bad value is a `ConfigError` naming the file, the key and
the valid choices.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from drift.errors import ConfigError, UsageError
from drift.model import Severity

CONFIG_NAME = "drift.toml"
PYPROJECT_NAME = "pyproject.toml"
FAIL_ON_CHOICES = ("critical", "major", "minor", "never")
DEFAULT_FAIL_ON = "major"

_TOP_KEYS = ("baseline", "fail-on", "glossary", "ignore", "min-confidence", "preview", "select", "severity")
_GLOSSARY_KEYS = ("names", "never-flag", "terms")


@dataclass(frozen=True)
class NameEntry:
    """A name's house spelling and the other spellings the house accepts."""

    preferred: str
    accepted: tuple[str, ...] = ()

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.preferred, *self.accepted)


@dataclass(frozen=True)
class TermEntry:
    """A Turkish term and the English renderings the house requires (first preferred)."""

    turkish: str
    english: tuple[str, ...]


@dataclass(frozen=True)
class Glossary:
    """House spellings of names, required renderings of terms, and words never to flag."""

    names: tuple[NameEntry, ...] = ()
    terms: tuple[TermEntry, ...] = ()
    never_flag: tuple[str, ...] = ()

    def name_for(self, spelling: str) -> NameEntry | None:
        """The entry that lists this exact spelling (case-insensitive), if any."""
        wanted = spelling.casefold()
        for entry in self.names:
            if any(wanted == known.casefold() for known in entry.spellings):
                return entry
        return None

    def name_like(self, word: str) -> NameEntry | None:
        """The entry one of whose spellings has the same spelling key as `word` (Zelenskiy ~ Zelenskyy)."""
        from drift.model import Language
        from drift.text.tokens import name_key

        key = name_key(word, Language.ENGLISH)
        for entry in self.names:
            if any(name_key(known, Language.ENGLISH) == key for known in entry.spellings):
                return entry
        return None

    def never_flags(self, text: str) -> bool:
        """True when `text` (a finding's span) is one of the words never to flag."""
        wanted = " ".join(text.split()).strip(".,;:!?\"'“”‘’()").casefold()
        return any(wanted == word.casefold() for word in self.never_flag)


@dataclass(frozen=True)
class Settings:
    """One layer of configuration as written; None means "not set in this layer"."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: tuple[tuple[str, str], ...] = ()
    fail_on: str | None = None
    baseline: Path | None = None
    glossary: Glossary | None = None
    preview: bool | None = None
    min_confidence: float | None = None


@dataclass(frozen=True)
class Config:
    """Everything a run needs to know, resolved: which checks, how severe, when to fail."""

    checks: tuple | None = None  # CheckInfo in code order; None: every stable check
    severity: tuple[tuple[str, Severity], ...] = ()  # check code -> overriding severity
    fail_on: str = DEFAULT_FAIL_ON
    glossary: Glossary = field(default_factory=Glossary)
    baseline: Path | None = None
    source: Path | None = None  # the file the settings came from, if any
    # Preview checks run too (they run anyway when named by code or slug), and stable checks' findings on
    # bases short of the bar are shown (drift.checks.run_checks).
    preview: bool = False
    min_confidence: float = 0.0  # findings less confident than this are not reported

    def severity_for(self, code: str) -> Severity | None:
        for known, level in self.severity:
            if known == code:
                return level
        return None

    @property
    def selected(self) -> tuple:
        """The checks to run (every stable check, or every check with preview, when none were chosen)."""
        from drift.checks import all_checks

        if self.checks is None:
            return tuple(info for info in all_checks() if self.preview or not info.preview)
        return self.checks

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(info.code for info in self.selected)

    def fingerprint(self) -> dict[str, Any]:
        """What of this configuration changes results, for the output's signature."""
        glossary = self.glossary
        return {
            "checks": list(self.codes),
            "severity": {code: level.value for code, level in self.severity},
            "fail_on": self.fail_on,
            "preview": self.preview,
            "min_confidence": self.min_confidence,
            "glossary": {
                "names": {entry.preferred: list(entry.accepted) for entry in glossary.names},
                "terms": {entry.turkish: list(entry.english) for entry in glossary.terms},
                "never_flag": list(glossary.never_flag),
            },
        }


# --- finding and reading files ----------------------------------------------------------------


def _read_toml(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        with path.open("rb") as stream:
            return tomllib.load(stream)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such configuration file") from None
    except IsADirectoryError:
        raise ConfigError(f"{path}: is a directory, expected a drift.toml or pyproject.toml file") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text; save it as UTF-8") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read it ({exc.strerror or exc})") from None


def _has_tool_drift(path: Path) -> bool:
    data = _read_toml(path)
    return isinstance(data.get("tool"), dict) and "drift" in data["tool"]


def find_config(start: Path) -> Path | None:
    """The nearest `drift.toml`, or `pyproject.toml` with `[tool.drift]`, at or above `start`."""
    folder = start.absolute()
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        own = candidate / CONFIG_NAME
        if own.is_file():
            return own
        pyproject = candidate / PYPROJECT_NAME
        if pyproject.is_file() and _has_tool_drift(pyproject):
            return pyproject
    return None


def read_settings(path: Path) -> Settings:
    """Read and validate one configuration file (drift.toml, or pyproject.toml's [tool.drift])."""
    data = _read_toml(path)
    prefix = ""
    if path.name == PYPROJECT_NAME:
        tool = data.get("tool", {})
        data = tool.get("drift", {}) if isinstance(tool, dict) else {}
        prefix = "tool.drift."
    return settings_from_mapping(data, path, prefix)


# --- validation ---------------------------------------------------------------------------------


class _Where:
    """Formats "file: key" for error messages."""

    def __init__(self, path: Path | str, prefix: str) -> None:
        self.path, self.prefix = path, prefix

    def error(self, key: str, problem: str) -> ConfigError:
        return ConfigError(f"{self.path}: {self.prefix}{key}: {problem}")


def _unknown_keys(table: dict[str, Any], valid: tuple[str, ...], where: _Where, parent: str) -> None:
    for key in table:
        if key not in valid:
            hint = ""
            if key.replace("_", "-") in valid:
                hint = f" (did you mean '{key.replace('_', '-')}'?)"
            name = f"{parent}{key}"
            raise ConfigError(
                f"{where.path}: unknown key '{where.prefix}{name}'{hint}; valid keys"
                f"{' in [' + where.prefix + parent.rstrip('.') + ']' if parent else ''}: {', '.join(valid)}"
            )


def _string_list(value: Any, where: _Where, key: str, *, allow_single: bool = True) -> tuple[str, ...]:
    if allow_single and isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) and item.strip() for item in value):
        raise where.error(key, f"expected a list of non-empty strings, got {value!r}")
    return tuple(item.strip() for item in value)


def _choice(value: Any, where: _Where, key: str, choices: Iterable[str]) -> str:
    choices = tuple(choices)
    if not isinstance(value, str) or value.strip().lower() not in choices:
        raise where.error(key, f"{value!r} is not valid; choose one of {', '.join(choices)}")
    return value.strip().lower()


def _glossary(table: Any, where: _Where) -> Glossary:
    if not isinstance(table, dict):
        raise where.error("glossary", f"expected a table, got {table!r}")
    _unknown_keys(table, _GLOSSARY_KEYS, where, "glossary.")
    names = []
    raw_names = table.get("names", {})
    if not isinstance(raw_names, dict):
        raise where.error("glossary.names", "expected a table of house spelling = [accepted variants]")
    for preferred, accepted in raw_names.items():
        key = f"glossary.names.{preferred}"
        variants = () if accepted == [] else _string_list(accepted, where, key)
        for word in (preferred, *variants):
            if not word.strip() or len(word.split()) != 1:
                raise where.error(key, f"{word!r} must be one word (list given names and surnames separately)")
        names.append(NameEntry(preferred.strip(), variants))
    terms = []
    raw_terms = table.get("terms", {})
    if not isinstance(raw_terms, dict):
        raise where.error("glossary.terms", "expected a table of Turkish term = [required English renderings]")
    for turkish, english in raw_terms.items():
        key = f"glossary.terms.{turkish}"
        if not turkish.strip():
            raise where.error(key, "the Turkish term is empty")
        terms.append(TermEntry(" ".join(turkish.split()), _string_list(english, where, key)))
    raw_never = table.get("never-flag", [])
    never_flag = _string_list(raw_never, where, "glossary.never-flag") if raw_never != [] else ()
    return Glossary(tuple(names), tuple(terms), never_flag)


def settings_from_mapping(data: dict[str, Any], path: Path | str, prefix: str = "") -> Settings:
    """Validate parsed TOML into `Settings`; `path` and `prefix` only name things in errors."""
    where = _Where(path, prefix)
    _unknown_keys(data, _TOP_KEYS, where, "")
    select = _string_list(data["select"], where, "select") if "select" in data else None
    ignore = _string_list(data["ignore"], where, "ignore") if "ignore" in data else None
    for key, selectors in (("select", select), ("ignore", ignore)):
        for selector in selectors or ():
            _check_selector(selector, lambda problem, key=key: where.error(key, problem))
    severity: list[tuple[str, str]] = []
    if "severity" in data:
        table = data["severity"]
        if not isinstance(table, dict):
            raise where.error("severity", "expected a table of check = severity, e.g. D601 = \"minor\"")
        for selector, level in table.items():
            key = f"severity.{selector}"
            _check_selector(selector, lambda problem, key=key: where.error(key, problem))
            severity.append((selector, _choice(level, where, key, [s.value for s in Severity])))
    fail_on = _choice(data["fail-on"], where, "fail-on", FAIL_ON_CHOICES) if "fail-on" in data else None
    baseline = None
    if "baseline" in data:
        if not isinstance(data["baseline"], str) or not data["baseline"].strip():
            raise where.error("baseline", f"expected a file name, got {data['baseline']!r}")
        baseline = Path(data["baseline"])
        if not baseline.is_absolute() and isinstance(path, Path):
            baseline = path.parent / baseline
    glossary = _glossary(data["glossary"], where) if "glossary" in data else None
    preview = None
    if "preview" in data:
        if not isinstance(data["preview"], bool):
            raise where.error("preview", f"expected true or false, got {data['preview']!r}")
        preview = data["preview"]
    min_confidence = None
    if "min-confidence" in data:
        value = data["min-confidence"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
            raise where.error("min-confidence", f"expected a number from 0 to 1, got {value!r}")
        min_confidence = float(value)
    return Settings(select, ignore, tuple(severity), fail_on, baseline, glossary, preview, min_confidence)


# --- check selectors ----------------------------------------------------------------------------


def _known_selectors() -> str:
    from drift.checks import all_checks

    return ", ".join(f"{info.code} ({info.slug})" for info in all_checks())


def matching_checks(selector: str) -> tuple:
    """Checks a selector names: ALL, a code prefix ("D1", "D501") or a slug ("name-spelling")."""
    from drift.checks import all_checks

    wanted = selector.strip()
    if wanted.upper() == "ALL":
        return all_checks()
    if re.fullmatch(r"[A-Za-z]\d{0,3}", wanted):
        return tuple(info for info in all_checks() if info.code.upper().startswith(wanted.upper()))
    return tuple(info for info in all_checks() if info.slug == wanted.lower())


def _names_exactly(selector: str, info) -> bool:
    """A preview check runs without --preview when a selector names it alone, by full code or slug."""
    wanted = selector.strip().lower()
    return wanted in (info.code.lower(), info.slug)


def _check_selector(selector: str, error) -> None:
    if not matching_checks(selector):
        raise error(f"unknown check {selector!r}; use ALL, a code prefix or a slug: {_known_selectors()}")


# --- resolving the layers -----------------------------------------------------------------------


def parse_cli_selectors(values: Iterable[str] | None, option: str) -> tuple[str, ...] | None:
    """Comma-separated check selectors from a command-line option, validated."""
    if values is None:
        return None
    selectors = tuple(part.strip() for value in values for part in value.split(",") if part.strip())
    for selector in selectors:
        _check_selector(selector, lambda problem: UsageError(f"{option}: {problem}"))
    return selectors


def parse_cli_severity(values: Iterable[str] | None) -> tuple[tuple[str, str], ...]:
    """`--severity CHECK=LEVEL` options, validated."""
    pairs = []
    for value in values or ():
        selector, _, level = value.partition("=")
        if not level:
            raise UsageError(f"--severity {value!r}: write CHECK=LEVEL, e.g. --severity D601=minor")
        _check_selector(selector, lambda problem: UsageError(f"--severity: {problem}"))
        if level.strip().lower() not in {s.value for s in Severity}:
            raise UsageError(f"--severity {value!r}: {level!r} is not valid; choose one of critical, major, minor")
        pairs.append((selector.strip(), level.strip().lower()))
    return tuple(pairs)


def merge(*layers: Settings) -> Settings:
    """Later layers win key by key; severity overrides merge, later ones on top."""
    merged = Settings()
    for layer in layers:
        merged = Settings(
            select=layer.select if layer.select is not None else merged.select,
            ignore=layer.ignore if layer.ignore is not None else merged.ignore,
            severity=merged.severity + layer.severity,
            fail_on=layer.fail_on or merged.fail_on,
            baseline=layer.baseline or merged.baseline,
            glossary=layer.glossary if layer.glossary is not None else merged.glossary,
            preview=layer.preview if layer.preview is not None else merged.preview,
            min_confidence=layer.min_confidence if layer.min_confidence is not None else merged.min_confidence,
        )
    return merged


def build_config(settings: Settings, source: Path | None = None) -> Config:
    """Turn merged settings into a `Config`: selectors to checks, names to severities."""
    from drift.checks import all_checks

    preview = bool(settings.preview)
    selectors = settings.select or ("ALL",)
    selected = {info.code for selector in selectors for info in matching_checks(selector)
                if preview or not info.preview or _names_exactly(selector, info)}
    selected -= {info.code for selector in (settings.ignore or ()) for info in matching_checks(selector)}
    checks = tuple(info for info in all_checks() if info.code in selected)
    overrides: dict[str, Severity] = {}
    for selector, level in settings.severity:  # later entries win
        for info in matching_checks(selector):
            overrides[info.code] = Severity(level)
    return Config(
        checks=checks,
        severity=tuple(sorted(overrides.items())),
        fail_on=settings.fail_on or DEFAULT_FAIL_ON,
        glossary=settings.glossary or Glossary(),
        baseline=settings.baseline,
        source=source,
        preview=preview,
        min_confidence=settings.min_confidence or 0.0,
    )


def default_config() -> Config:
    """Every check at its own severity, no glossary: what the library uses when given nothing."""
    return build_config(Settings())


def config_source(folder: Path | None, config_path: Path | None = None, isolated: bool = False) -> Path | None:
    """The configuration file in force: the one named, none (isolated), or the nearest from `folder` upwards."""
    if config_path is not None and isolated:
        raise UsageError("--config and --no-config do not go together; choose one")
    if config_path is not None:
        if config_path.name == PYPROJECT_NAME and config_path.is_file() and not _has_tool_drift(config_path):
            raise ConfigError(f"{config_path}: has no [tool.drift] table")
        return config_path
    if isolated or folder is None:
        return None
    return find_config(folder)


def resolve_config(
    trans_path: Path | None,
    *,
    config_path: Path | None = None,
    isolated: bool = False,
    cli: Settings = Settings(),
) -> Config:
    """Defaults < the discovered (or named) configuration file < command-line settings."""
    source = config_source(None if trans_path is None else trans_path.absolute().parent, config_path, isolated)
    file_settings = read_settings(source) if source is not None else Settings()
    return build_config(merge(file_settings, cli), source)
