"""`drift find-original`: rank candidate files as the Turkish original of an English text.

Also the helper `drift check DIR TRANS` uses to pick the original from a folder.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from drift.cli.app import (
    FollowSymlinksOption, FormatOption, OutputFormat, OutputOption, TransArgument, app, check_output, write_output,
)
from drift.cli.exits import EXIT_NO_ORIGINAL

CandidatesArgument = Annotated[
    list[Path],
    typer.Argument(metavar="CANDIDATE...", show_default=False,
                   help="Turkish candidate files (.txt, .md, .html) or folders of them (searched recursively)."),
]
CacheDirOption = Annotated[
    Optional[Path],
    typer.Option("--cache-dir", help="Keep candidate vectors here (default: the user's cache folder, "
                                     "$XDG_CACHE_HOME/drift or ~/.cache/drift; never an input folder).",
                 show_default=False),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the vector cache.")]
TopOption = Annotated[int, typer.Option("--top", min=1, help="How many ranked candidates to show.")]


@app.command("find-original")
@app.command("find", help="Short name of `drift find-original`: find which CANDIDATE is the Turkish original of "
                          "TRANS (exit code 0: found; 1: none convincing; 2: bad input).")
def find_original(
    trans: TransArgument,
    candidates: CandidatesArgument,
    output_format: FormatOption = OutputFormat.text,
    output: OutputOption = None,
    top: TopOption = 10,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Find which of the CANDIDATE files is the Turkish original of TRANS.

    Ranks the candidates by how many English sentences align with each, the
    names and numbers they share and their vector similarity, and says how
    sure it is. Exit code 0: a likely original was found; 1: no candidate is
    convincing; 2: bad input.
    """
    from drift.align import AlignParams
    from drift.embed import default_encoder
    from drift.find import FindParams, search
    from drift.find.render import find_envelope, find_text
    from drift.find.search import open_cache
    from drift.model import Language
    from drift.read import read_document

    output = check_output(output, (trans, *candidates), follow_symlinks=follow_symlinks)
    trans_document = read_document(trans, Language.ENGLISH)
    encoder = default_encoder()
    params = FindParams()
    cache = open_cache(candidates, cache_dir, use_cache=not no_cache)
    report, _ = search(trans_document, candidates, encoder=encoder, cache=cache, params=params)
    if output_format is OutputFormat.json:
        import dataclasses

        from drift.render.json import dumps
        from drift.signature import signature

        stamp = signature(encoder, AlignParams(), find=dataclasses.asdict(params))
        write_output(dumps(find_envelope(report, stamp, top=top)), output)
    else:
        write_output(find_text(report, top=top), output)
    if report.original is None:
        raise typer.Exit(EXIT_NO_ORIGINAL)


def read_pair_or_find(orig: Path, trans: Path, output: Path | None, encoder, announce: bool = True, *,
                      encoding: list[str] | None = None, max_bytes: int | None = None):
    """Read ORIG and TRANS for `drift check`; when ORIG is a folder, find the original in it first.

    Returns (orig document, trans document, FindReport or None). With
    `announce`, prints the pick and its confidence to stderr; exits with code 1
    (after saying why) when no candidate is convincing. `encoding` and
    `max_bytes` are `drift check`'s --encoding and --max-bytes.
    """
    from drift.cli.app import parse_encodings, read_pair

    if not orig.is_dir():
        return (*read_pair(orig, trans, output, encoding=encoding, max_bytes=max_bytes), None)
    from drift.find import NoLikelyOriginal, choose_original
    from drift.find.search import open_cache
    from drift.model import Language
    from drift.read import DEFAULT_MAX_BYTES, read_document

    check_output(output, (orig, trans), follow_symlinks=True)  # already resolved by `drift check`
    trans_document = read_document(trans, Language.ENGLISH, encoding=parse_encodings(encoding)["trans"],
                                   max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes)
    try:
        orig_document, report = choose_original(orig, trans_document, encoder,
                                                cache=open_cache([orig], None, use_cache=True))
    except NoLikelyOriginal as exc:
        sys.stderr.write(f"drift: {exc}\n")
        raise typer.Exit(EXIT_NO_ORIGINAL) from None
    if announce:
        sys.stderr.write(f"drift: {report.verdict}\n")
    return orig_document, trans_document, report
