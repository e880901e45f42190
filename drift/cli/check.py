"""`drift check`: find and explain the drift between an original and its translation."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from drift.cli.app import (
    DEFAULT_MAX_BYTES, EXIT_FINDINGS, BaselineOption, CheckFormat, CheckFormatOption, ConfigOption,
    EncodingOption, FailOnOption, FollowSymlinksOption, IgnoreOption, MaxBytesOption, NoConfigOption,
    NoPairCheckOption, OutputOption,
    MinConfidenceOption, PreviewOption, SelectOption, SeverityOption, WriteBaselineOption, app, check_baseline_output,
    check_output, emit, session_encoder, write_output,
)
from drift.cli.exits import NothingToCheck, findings_exit, pairs_exit
from drift.cli.findings import Options, exit_for, parse_options, render, suppress
from drift.cli.reference import MtOption, OrigLangOption, check_pair
from drift.cli.reports import GATHERED, render_gathered
from drift.config import Config, resolve_config
from drift.errors import UsageError

if TYPE_CHECKING:
    from drift.model import Document, Report


PairsManifestOption = Annotated[
    Optional[Path],
    typer.Option("--pairs", metavar="MANIFEST", show_default=False,
                 help="Check every pair this manifest names, in one process, instead of ORIG and TRANS: the "
                      "manifest `drift batch` reads (CSV rows orig,trans[,id], or JSON Lines with those keys). "
                      "json writes one object {\"schema\": \"drift/1\", \"kind\": \"pairs\", \"pairs\": "
                      "[...]} with each pair's id, status and envelope (or error), so that one parse reads the "
                      "run; sarif writes one run whose results span every pair's files (code scanning takes one "
                      "run per tool); gitlab, rdjson and junit write one document for all pairs (junit: a test case "
                      "per pair). html is not available."),
]


@app.command()
def check(
    ctx: typer.Context,
    orig: Annotated[Optional[str], typer.Argument(metavar="ORIG", show_default=False, help=(
        "The Turkish original (a text, Markdown or HTML file, or an http(s) URL of the article), or a folder "
        "to find it in; or an English reference (see --orig-lang)."))] = None,
    trans: Annotated[Optional[str], typer.Argument(metavar="TRANS", show_default=False, help=(
        "The English translation (a text, Markdown or HTML file, or an http(s) URL of the article)."))] = None,
    pairs: PairsManifestOption = None,
    output_format: CheckFormatOption = CheckFormat.text,
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
    write_baseline: WriteBaselineOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    no_pair_check: NoPairCheckOption = False,
    follow_symlinks: FollowSymlinksOption = False,
    orig_lang: OrigLangOption = None,
    mt: MtOption = None,
) -> None:
    """Check TRANS against ORIG and explain every place where the English drifted.

    Each finding says what the English says, what the Turkish says, what a
    faithful rendering would be, how serious it is and why drift thinks so.
    Exit code 0: nothing at or above --fail-on; 1: something is; 2: bad input
    or configuration, or two texts that are not an original and its
    translation (different stories, both Turkish, or swapped files; the
    message gives the evidence). Two English texts of one story are read as an
    English reference and its copy (see --orig-lang). ORIG and TRANS may be web
    addresses (http or https): the page is fetched and its article read as for
    a saved page. ORIG may be a folder of candidates: drift first finds the
    original in it (as `drift find-original` does) and exits with 1 if none is
    convincing. Settings come from drift.toml or the tool.drift table of
    pyproject.toml (the nearest one from TRANS's folder upwards); flags win.

    With --pairs MANIFEST instead of ORIG TRANS, every pair of the manifest is
    checked in this one process (the encoder loads once), each with the
    settings found from its own TRANS; the reports follow one another, each
    under a header naming the pair. A pair that cannot be read or checked
    becomes an error entry and the others still run. Exit code 2 if any pair
    had such an error, else 1 if any pair has a finding at or above its
    fail-on, else 0.
    """
    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline, preview, min_confidence)
    if pairs is not None:
        if orig is not None or trans is not None:
            raise UsageError("give ORIG and TRANS, or --pairs MANIFEST, not both (see 'drift check --help')")
        if orig_lang is not None or mt is not None:
            raise UsageError("--orig-lang and --mt apply to one pair: run `drift check ORIG TRANS` with them")
        if output_format is CheckFormat.html:
            raise UsageError("--pairs writes text, json, sarif, github, concise, gitlab, rdjson or junit; the HTML "
                             "report is one page per pair: run `drift check ORIG TRANS -f html` for each")
        _check_manifest(pairs, session_encoder(ctx), options, output_format, output, write_baseline,
                        encoding, max_bytes, no_pair_check, follow_symlinks)
        return
    if orig is None or trans is None:
        raise UsageError("give ORIG and TRANS (the Turkish original and the English translation), or --pairs "
                         "MANIFEST (see 'drift check --help')")
    from drift.align import AlignParams
    from drift.cli.find_original import read_pair_or_find
    from drift.ingest.fetch import is_url

    urls = is_url(orig) or is_url(trans)
    # A URL has no folder to look for settings in: the current folder's (as for a file in it).
    where = Path.cwd() / "translation" if is_url(trans) else Path(trans)
    settings = resolve_config(where, config_path=options.config_path, isolated=options.isolated, cli=options.cli)
    local = tuple(Path(name) for name in (orig, trans) if not is_url(name))
    inputs = (*local, *((settings.baseline,) if settings.baseline is not None else ()))
    output = check_output(output, inputs, follow_symlinks=follow_symlinks,
                          others={"--write-baseline": write_baseline})
    write_baseline = check_baseline_output(write_baseline, local, output, follow_symlinks=follow_symlinks)
    encoder = session_encoder(ctx)
    if urls:
        orig_document, trans_document, found = (*_read_pair_urls(orig, trans, encoding, max_bytes), None)
    else:
        orig, trans = Path(orig), Path(trans)
        orig_document, trans_document, found = read_pair_or_find(
            orig, trans, output, encoder, announce=output_format is CheckFormat.text, encoding=encoding,
            max_bytes=max_bytes)
    if found is None:  # else the search for the original has already waited for the encoder
        _while_encoder_loads(encoder, orig_document, trans_document, settings)
    params = AlignParams()
    report = check_pair(orig_document, trans_document, orig_lang=orig_lang, mt=mt, encoder=encoder, params=params,
                        settings=settings, pair_check=not no_pair_check)
    report, suppressed = suppress(report, settings, write_baseline, where)
    if output_format is CheckFormat.json:
        envelope = _envelope(report, suppressed, settings, encoder, params)
        if found is not None:
            from drift.find.render import with_original

            envelope = with_original(envelope, found)
        write_output(_dumps(envelope), output)
    elif output_format is CheckFormat.text:
        from drift.render.text import report_view

        emit(report_view(report), output)
        if suppressed:
            sys.stderr.write(f"drift: {suppressed} finding(s) accepted earlier and hidden (baseline)\n")
    else:
        write_output(render(output_format, report, suppressed, settings), output)
    exit_for(settings.fail_on, [report])


def _read_pair_urls(orig: str, trans: str, encoding: list[str] | None, max_bytes: int):
    """ORIG and TRANS when one or both are web addresses: each page fetched and read as a saved page is."""
    from drift.cli.app import parse_encodings
    from drift.ingest.fetch import is_url, read_url
    from drift.model import Language
    from drift.read import read_document

    encodings = parse_encodings(encoding)
    documents = []
    for name, language, side in ((orig, Language.TURKISH, "orig"), (trans, Language.ENGLISH, "trans")):
        if is_url(name):
            documents.append(read_url(name, language, encoding=encodings[side], max_bytes=max_bytes))
        else:
            if Path(name).is_dir():
                raise UsageError(f"{name}: is a folder; finding the original in a folder works with files, not URLs")
            documents.append(read_document(Path(name), language, encoding=encodings[side], max_bytes=max_bytes))
    return documents


def _while_encoder_loads(encoder, orig: Document, trans: Document, settings: Config) -> None:
    """When the encoder loads in a child process: send it the sentences, and meanwhile warm the checks up.

    What the checks pay on first use (imports, word frequencies, lexicon
    indexes) would otherwise come after the vectors; here it overlaps the load.
    """
    from drift.embed.process import EncoderProcess

    if not isinstance(encoder, EncoderProcess):
        return
    from drift.pipeline import sentence_texts, warm_up

    encoder.prefetch(sentence_texts(orig, trans))
    warm_up(orig, trans, settings)


def _envelope(report, suppressed: int, settings: Config, encoder, params) -> dict:
    from drift.lexicon import load_lexicon
    from drift.render.json import report_envelope
    from drift.signature import signature
    from drift.text.morphology import analyser_version

    stamp = signature(encoder, params, lexicon=load_lexicon().sha256, morphology=analyser_version(),
                      options={**settings.fingerprint(), "suppressed": suppressed})
    return report_envelope(report, stamp)


def _dumps(envelope: dict) -> str:
    from drift.render.json import dumps

    return dumps(envelope)


@dataclass(frozen=True)
class _PairRun:
    """One manifest pair after checking: its report and settings, or why it could not be checked."""

    id: str
    orig: Path | None
    trans: Path | None
    report: Report | None = None
    suppressed: int = 0
    settings: Config | None = None
    error: str | None = None


def _check_manifest(manifest: Path, encoder, options: Options, output_format: CheckFormat, output: Path | None,
                    write_baseline: Path | None, encoding, max_bytes: int, no_pair_check: bool,
                    follow_symlinks: bool = False) -> None:
    """`drift check --pairs`: every pair of a manifest in order, then one output and one exit code for all."""
    from drift.align import AlignParams
    from drift.batch.inputs import read_manifest
    from drift.cli.app import read_pair
    from drift.errors import DriftError
    from drift.pipeline import check_documents

    batch = read_manifest(manifest)
    inputs = (manifest, *(path for pair in batch.pairs for path in (pair.orig, pair.trans)))
    output = check_output(output, inputs, follow_symlinks=follow_symlinks,
                          others={"--write-baseline": write_baseline})
    write_baseline = check_baseline_output(write_baseline, inputs, output, follow_symlinks=follow_symlinks)
    params = AlignParams()
    configs: dict[Path, Config] = {}
    runs = []
    warm = False
    for pair in batch.pairs:
        try:
            folder = pair.trans.absolute().parent
            if folder not in configs:
                configs[folder] = resolve_config(pair.trans, config_path=options.config_path,
                                                 isolated=options.isolated, cli=options.cli)
            settings = configs[folder]
            orig_document, trans_document = read_pair(pair.orig, pair.trans, None, encoding=encoding,
                                                      max_bytes=max_bytes)
            if not warm:
                _while_encoder_loads(encoder, orig_document, trans_document, settings)
                warm = True
            report = check_documents(orig_document, trans_document, encoder=encoder, params=params,
                                     config=settings, pair_check=not no_pair_check)
            report, suppressed = suppress(report, settings, write_baseline, pair.trans)
        except UsageError:  # the command line's mistake, the same for every pair: stop at once
            raise
        except DriftError as exc:  # this pair's files or configuration: an error entry, the others go on
            runs.append(_PairRun(pair.id, pair.orig, pair.trans, error=str(exc)))
            continue
        runs.append(_PairRun(pair.id, pair.orig, pair.trans, report, suppressed, settings))
    runs += [_PairRun(problem.id, None, None, error=problem.message) for problem in batch.problems]
    for run in runs:
        if run.error is not None:  # a manifest row's message already says where it is
            where = f"pair {run.id}: " if run.trans is not None else ""
            sys.stderr.write(f"drift: error: {where}{' '.join(run.error.splitlines())}\n")
    _write_pairs(runs, output_format, output, encoder, params)
    errors = sum(run.error is not None for run in runs)
    failing = sum(run.error is None and findings_exit(run.settings.fail_on, [run.report]) != 0 for run in runs)
    code = pairs_exit(errors, failing)
    if code:
        raise typer.Exit(code)


def _pair_title(run: _PairRun) -> str:
    from drift.read import shown_name
    from drift.text.terminal import terminal_safe

    if run.trans is None:
        return terminal_safe(run.id)
    return terminal_safe(f"{run.id}: {shown_name(run.trans)} against {shown_name(run.orig)}")


def _write_pairs(runs: list[_PairRun], output_format: CheckFormat, output: Path | None, encoder, params) -> None:
    if output_format is CheckFormat.text:
        from rich.console import Group
        from rich.rule import Rule
        from rich.text import Text

        from drift.render.text import report_view
        from drift.text.terminal import terminal_safe

        parts = []
        for run in runs:
            parts.append(Rule(Text(_pair_title(run), style="bold")))
            if run.error is not None:
                parts.append(Text(f"not checked: {terminal_safe(run.error)}", style="red"))
            else:
                parts.append(report_view(run.report))
                if run.suppressed:
                    parts.append(Text(f"{run.suppressed} finding(s) accepted earlier and hidden (baseline)",
                                      style="dim"))
        emit(Group(*parts), output)
    elif output_format is CheckFormat.json:
        from drift.render.json import SCHEMA

        entries = []
        for run in runs:
            entry = {"id": run.id, "status": "error" if run.error is not None else "ok",
                     "orig": None if run.orig is None else str(run.orig),
                     "trans": None if run.trans is None else str(run.trans)}
            if run.error is not None:
                entry["error"] = run.error
            else:
                entry["report"] = _envelope(run.report, run.suppressed, run.settings, encoder, params)
            entries.append(entry)
        write_output(_dumps({"schema": SCHEMA, "kind": "pairs", "pairs": entries}), output)
    elif output_format is CheckFormat.sarif:
        from drift.render.sarif import render_sarif_pairs

        write_output(render_sarif_pairs([(run.id, run.report, run.settings.selected if run.settings else None,
                                          run.error) for run in runs]), output)
    elif output_format in GATHERED:
        from drift.render.entries import ReportEntry

        write_output(render_gathered(output_format, [
            ReportEntry(run.id, run.report, run.settings.fail_on if run.settings else "major", run.error)
            for run in runs]), output)
    elif output_format is CheckFormat.github:
        from drift.render.github import escape_data

        parts = []
        for run in runs:
            parts.append(f"::group::{escape_data(_pair_title(run))}\n")
            if run.error is not None:
                parts.append(f"::error::{escape_data(f'pair {run.id} not checked: {run.error}')}\n")
            else:
                parts.append(render(output_format, run.report, run.suppressed, run.settings))
            parts.append("::endgroup::\n")
        write_output("".join(parts), output)
    else:
        parts = []
        for run in runs:
            parts.append(f"# {_pair_title(run)}\n")
            if run.error is None:
                parts.append(render(output_format, run.report, run.suppressed, run.settings))
        write_output("".join(parts), output)


# A language tag as a whole part of a file name: "en.txt", "story.tr.md", "story-en.txt".
_LANGUAGE_TAG = re.compile(r"(?<![^._-])(en|tr)(?![^._-])")


def partner(path: Path) -> tuple[Path, Path] | None:
    """(original, translation) for a file whose name carries "tr" or "en", when the partner exists."""
    match = _LANGUAGE_TAG.search(path.name)
    if match is None:
        return None
    other = "tr" if match.group(1) == "en" else "en"
    sibling = path.with_name(path.name[:match.start()] + other + path.name[match.end():])
    if not sibling.is_file():
        return None
    return (sibling, path) if match.group(1) == "en" else (path, sibling)


class PairsFormat(str, Enum):
    """What `drift check-pairs` can write: the formats that concatenate over several articles."""

    text = "text"
    concise = "concise"
    github = "github"


@app.command("check-pairs")
def check_pairs(
    files: Annotated[list[Path], typer.Argument(metavar="FILES...", help="Changed files; the article pairs among "
                                                "them are checked.", show_default=False)],
    output_format: Annotated[
        PairsFormat, typer.Option("--format", "-f", help="text: for people; concise: file:line:col lines; "
                                                         "github: GitHub Actions annotations.")
    ] = PairsFormat.text,
    fail_on: FailOnOption = None,
    config: ConfigOption = None,
    no_config: NoConfigOption = False,
    select: SelectOption = None,
    ignore: IgnoreOption = None,
    severity: SeverityOption = None,
    preview: PreviewOption = False,
    min_confidence: MinConfidenceOption = None,
    baseline: BaselineOption = None,
) -> None:
    """Check every article pair among FILES, for pre-commit hooks and scripts.

    A pair is two files in one folder whose names differ only in a language
    tag: en.txt and tr.txt, story.en.md and story.tr.md, story-en.txt and
    story-tr.txt. A changed original checks its translation too; files with no
    partner are skipped. Settings are found per pair, as for `drift check`.
    """
    from drift.embed import default_encoder
    from drift.model import Language
    from drift.pipeline import check_documents
    from drift.read import read_document

    options = parse_options(fail_on, config, no_config, select, ignore, severity, baseline, preview, min_confidence)
    pairs = list(dict.fromkeys(pair for pair in map(partner, files) if pair is not None))
    if not pairs:
        raise NothingToCheck(
            f"no article pairs among the {len(files)} given file(s), e.g. {files[0]}",
            "a pair is two files in one folder whose names differ only in a language tag (en.txt and tr.txt, "
            "story.en.md and story.tr.md): add the missing partner, or give both files")
    encoder = default_encoder()
    reports, failing = [], []
    for orig, trans in pairs:
        settings = resolve_config(trans, config_path=options.config_path, isolated=options.isolated, cli=options.cli)
        report = check_documents(read_document(orig, Language.TURKISH), read_document(trans, Language.ENGLISH),
                                 encoder=encoder, config=settings)
        report, suppressed = suppress(report, settings, None, trans)
        reports.append((orig, trans, report, suppressed))
        try:
            exit_for(settings.fail_on, [report])
        except typer.Exit:
            failing.append(trans)
    if output_format is PairsFormat.text:
        from rich.console import Group
        from rich.markup import escape
        from rich.rule import Rule

        from drift.read import shown_name
        from drift.render.text import report_view
        from drift.text.terminal import terminal_safe

        parts = []
        for orig, trans, report, suppressed in reports:
            parts += [Rule(f"[bold]{escape(terminal_safe(shown_name(trans)))}[/] against "
                           f"{escape(terminal_safe(shown_name(orig)))}"), report_view(report)]
        emit(Group(*parts), None)
    else:
        write_output("".join(render(CheckFormat(output_format.value), report, suppressed, Config())
                             for _, _, report, suppressed in reports), None)
    if failing:
        raise typer.Exit(EXIT_FINDINGS)
