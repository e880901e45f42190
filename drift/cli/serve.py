"""`drift serve`: the check as a local web page (drift.serve), for people who work in a browser."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from drift.cli.app import DEFAULT_MAX_BYTES, MaxBytesOption, NoConfigOption, app, session_encoder
from drift.errors import UsageError
from drift.ingest.fetch import DEFAULT_TIMEOUT


@app.command()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="The address to listen on. The default answers this computer "
                                                     "only; 0.0.0.0 lets others on the network use the page.")]
    = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", "-p", min=0, max=65535, help="The port to listen on.")] = 8400,
    max_bytes: MaxBytesOption = DEFAULT_MAX_BYTES,
    timeout: Annotated[float, typer.Option("--timeout", min=1.0, metavar="SECONDS",
                                           help="How long to wait for a page given by URL.")] = DEFAULT_TIMEOUT,
    config: Annotated[Optional[Path], typer.Option(
        "--config", show_default=False, help="Read settings from this drift.toml or pyproject.toml instead of "
                                             "looking for one in the current folder and above.")] = None,
    no_config: NoConfigOption = False,
) -> None:
    """Open a local web page for checking translations in a browser.

    The page takes the Turkish original and the English translation, each as
    pasted text, a file (text, Markdown or a saved web page) or a URL that
    the server fetches, and shows the HTML report `drift check -f html`
    writes, with links to download it and its JSON. Nothing sent is kept
    after the answer. The settings come from drift.toml or pyproject.toml in
    the current folder or above, as for `drift check`. Stop it with Ctrl+C.
    """
    from drift.config import resolve_config
    from drift.serve import ServeSettings, create_app

    try:
        import uvicorn
    except ImportError:  # pragma: no cover - a core dependency; only a broken install lacks it
        raise UsageError("drift serve needs uvicorn, starlette and jinja2: pip install translation-drift") from None
    _check_address(host, port)
    settings = resolve_config(Path.cwd() / "drift-serve", config_path=config, isolated=no_config)
    sys.stderr.write("drift: loading the sentence encoder...\n")
    encoder = session_encoder(ctx)
    encoder.encode(["Hazır.", "Ready."])  # load it now, once, not on the first request
    web = create_app(encoder, ServeSettings(max_bytes=max_bytes, timeout=timeout, config=settings))
    shown = f"[{host}]" if ":" in host else host
    sys.stderr.write(f"drift: open http://{shown}:{port}/ in a browser (Ctrl+C stops the server)\n")
    sys.stderr.flush()
    uvicorn.run(web, host=host, port=port, log_level="warning", access_log=False)


def _check_address(host: str, port: int) -> None:
    """Refuse a port in use or an address not of this machine now, in one line, before the encoder loads."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        family, kind, proto, _, address = infos[0]
        with socket.socket(family, kind, proto) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
            probe.listen(1)
    except OSError as exc:
        raise UsageError(f"cannot listen on {host}:{port} ({exc.strerror or exc}); choose another --port "
                         f"or --host") from None
