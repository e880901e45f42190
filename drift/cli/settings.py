"""`drift config`: the settings a check would run with, and where each value came from."""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer

from drift.cli.app import (
    BaselineOption, ConfigOption, FailOnOption, FollowSymlinksOption, IgnoreOption, MinConfidenceOption,
    NoConfigOption, OutputOption, PreviewOption, SelectOption, SeverityOption, app, check_output, write_output,
)
from drift.cli.findings import parse_options
from drift.config import Config, Settings, build_config, config_source, merge, read_settings

DEFAULT = "default"
COMMAND_LINE = "command line"


class ConfigFormat(str, Enum):
    text = "text"
    json = "json"


@dataclass(frozen=True)
class Setting:
    """One resolved setting: its key as drift.toml spells it, its value, and the layer it came from."""

    key: str
    value: Any
    origin: str


def _origin(key: str, layers: tuple[tuple[str, Settings], ...]) -> str:
    """The last layer that sets `key` (layers in order of precedence, lowest first)."""
    found = DEFAULT
    for name, layer in layers:
        value = getattr(layer, key)
        if value is not None and value != ():
            found = name
    return found


def explain_settings(config: Config, layers: tuple[tuple[str, Settings], ...]) -> tuple[Setting, ...]:
    """The resolved configuration as key, value and origin, in the order drift.toml documents them."""
    glossary = config.glossary

    def written(key: str, default: Any) -> Any:
        value = next((getattr(layer, key) for _, layer in reversed(layers) if getattr(layer, key) is not None), None)
        return list(value) if value is not None else default

    settings = [
        Setting("select", written("select", ["ALL"]), _origin("select", layers)),
        Setting("ignore", written("ignore", []), _origin("ignore", layers)),
        Setting("preview", config.preview, _origin("preview", layers)),
        Setting("min-confidence", config.min_confidence, _origin("min_confidence", layers)),
        Setting("fail-on", config.fail_on, _origin("fail_on", layers)),
        Setting("baseline", None if config.baseline is None else str(config.baseline), _origin("baseline", layers)),
    ]
    severity = {selector: (level, name) for name, layer in layers for selector, level in layer.severity}
    settings += [Setting(f"severity.{selector}", level, name) for selector, (level, name) in severity.items()]
    settings.append(Setting("checks", [info.code for info in config.selected], "select, ignore and preview"))
    settings.append(Setting("glossary", {"names": len(glossary.names), "terms": len(glossary.terms),
                                         "never-flag": len(glossary.never_flag)}, _origin("glossary", layers)))
    return tuple(settings)


def _text(file: Path | None, settings: tuple[Setting, ...]) -> str:
    lines = [f"configuration file: {file if file is not None else 'none (defaults and flags only)'}"]
    width = max(len(setting.key) for setting in settings)
    for setting in settings:
        value = setting.value
        if isinstance(value, list):
            value = ", ".join(map(str, value)) or "(none)"
        elif isinstance(value, dict):
            value = ", ".join(f"{key} {count}" for key, count in value.items())
        elif value is None:
            value = "(none)"
        elif isinstance(value, bool):
            value = "true" if value else "false"
        lines.append(f"{setting.key.ljust(width)}  {value}  ({setting.origin})")
    return "\n".join(lines) + "\n"


@app.command("config")
def show_config(
    path: Annotated[Optional[Path], typer.Argument(
        metavar="[TRANS]", show_default=False,
        help="The translation (or a folder) whose settings to show: the configuration is looked for from its "
             "folder upwards, as `drift check` does (default: the current folder).")] = None,
    output_format: Annotated[ConfigFormat, typer.Option("--format", "-f", help="text or json.")] = ConfigFormat.text,
    output: OutputOption = None,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    preview: PreviewOption = False,
    min_confidence: MinConfidenceOption = None,
    baseline: BaselineOption = None,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Show the settings `drift check` would use, and where each one came from.

    Each value comes from drift's defaults, the configuration file (drift.toml,
    or the tool.drift table of pyproject.toml) or a command-line flag; later
    layers win. Give the same flags as for `drift check` to see their effect.
    """
    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline, preview, min_confidence)
    folder = Path.cwd() if path is None else path if path.is_dir() else path.absolute().parent
    file = config_source(folder, options.config_path, options.isolated)
    layers = ((DEFAULT, Settings()), *(((str(file), read_settings(file)),) if file is not None else ()),
              (COMMAND_LINE, options.cli))
    output = check_output(output, tuple(p for p in (path, file, config, baseline) if p is not None),
                          follow_symlinks=follow_symlinks)
    resolved = build_config(merge(*(layer for _, layer in layers)), file)
    settings = explain_settings(resolved, layers)
    if output_format is ConfigFormat.json:
        document = {"schema": "drift/1", "kind": "config", "file": None if file is None else str(file),
                    "settings": [{"key": s.key, "value": s.value, "origin": s.origin} for s in settings]}
        write_output(json.dumps(document, ensure_ascii=False, indent=2) + "\n", output)
    else:
        write_output(_text(file, settings), output)

