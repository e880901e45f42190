"""`drift align`: the sentence alignment, side by side or as JSON."""

from __future__ import annotations

from drift.cli.app import (
    DEFAULT_MAX_BYTES, EncodingOption, FollowSymlinksOption, FormatOption, MaxBytesOption, OrigArgument,
    OutputFormat, OutputOption,
    TransArgument, app, check_output, emit, read_pair, write_output,
)


@app.command()
def align(
    orig: OrigArgument,
    trans: TransArgument,
    output_format: FormatOption = OutputFormat.text,
    output: OutputOption = None,
    encoding: EncodingOption = None,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    follow_symlinks: FollowSymlinksOption = False,
) -> None:
    """Line up the sentences of ORIG and TRANS and show which belong together.

    A Turkish sentence with no English partner was left out of the translation;
    an English sentence with no Turkish partner was added.
    """
    from drift.align import AlignParams
    from drift.embed import default_encoder
    from drift.pipeline import align_documents

    output = check_output(output, (orig, trans), follow_symlinks=follow_symlinks)
    orig_document, trans_document = read_pair(orig, trans, output, encoding=encoding, max_bytes=max_bytes)
    encoder = default_encoder()
    params = AlignParams()
    alignment = align_documents(orig_document, trans_document, encoder=encoder, params=params)
    if output_format is OutputFormat.json:
        from drift.render.json import alignment_envelope, dumps
        from drift.signature import signature

        write_output(dumps(alignment_envelope(alignment, signature(encoder, params))), output)
        return
    from drift.render.text import alignment_table

    emit(alignment_table(alignment), output)
