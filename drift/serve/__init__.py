"""`drift serve`: the check as a local web page, for editors who work in a browser rather than a terminal.

A Starlette application (run by uvicorn) with two routes: the form (`GET /`),
where each side is pasted text, an uploaded file or a URL, and the check
(`POST /check`), which answers with the HTML report of drift.render.html and
download links for the report and its JSON. The encoder is given at start-up
and shared by every request; checks run one at a time in a worker thread so
the page stays responsive. Nothing the user sends is kept: the texts live for
the request, and the downloads are carried in the answer itself (data: URLs),
so the server stores no report. Every mistake the user can make (nothing
given, too large, not text, a URL that cannot be fetched, two texts that are
not a translation pair) comes back as the form with a message, never a
traceback. Templates autoescape: an article's markup is shown as text.

Starlette, uvicorn and Jinja2 are imported here and only here (and only by
`drift serve`), so the other commands do not pay for them.
"""

from __future__ import annotations

import base64
import threading
from dataclasses import dataclass
from pathlib import Path

from drift.config import Config
from drift.errors import DriftError, InputError
from drift.ingest.fetch import DEFAULT_TIMEOUT, document_from_bytes, is_url, read_url
from drift.model import Document, Language
from drift.read import DEFAULT_MAX_BYTES, describe_size

SIDES = (("orig", "Original", Language.TURKISH), ("trans", "English translation", Language.ENGLISH))
# The form page runs one script of ours (the progress indicator) and loads nothing from elsewhere.
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; "
            "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
# Room for the form's own fields and multipart boundaries around the two texts.
_FORM_OVERHEAD = 64_000


@dataclass(frozen=True)
class ServeSettings:
    """What `drift serve` was started with: limits for what a request may bring, and the check's settings."""

    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = DEFAULT_TIMEOUT
    config: Config = Config()


@dataclass(frozen=True)
class SideInput:
    """One side of the form as submitted: what was pasted, uploaded (name, bytes) or linked."""

    text: str = ""
    file_name: str = ""
    file_data: bytes = b""
    url: str = ""


def read_side(side: str, label: str, language: Language, given: SideInput, settings: ServeSettings) -> Document:
    """The document one side of the form names; an `InputError` (phrased for the page) when it names none or a bad one."""
    sources = [name for name, present in (("pasted text", given.text.strip()), ("a file", given.file_data),
                                          ("a URL", given.url.strip())) if present]
    if not sources:
        raise InputError(f"{label}: paste the text, choose a file or give a URL")
    if len(sources) > 1:
        raise InputError(f"{label}: got {' and '.join(sources)}; give only one of them")
    if given.url.strip():
        if not is_url(given.url):
            raise InputError(f"{label}: {given.url.strip()} is not a web address (http:// or https://)")
        return read_url(given.url, language, max_bytes=settings.max_bytes, timeout=settings.timeout)
    if given.file_data:
        data, name = given.file_data, f"{label} ({given.file_name or 'uploaded file'})"
    else:
        # A browser sends a textarea's line breaks as CRLF: the text as pasted has the author's LF.
        data, name = given.text.replace("\r\n", "\n").encode("utf-8"), f"{label} (pasted)"
    if len(data) > settings.max_bytes:
        raise InputError(f"{name}: {describe_size(len(data))} is more than the {describe_size(settings.max_bytes)} "
                         f"limit for one article")
    suffix = Path(given.file_name).suffix if given.file_data else ""
    return document_from_bytes(data, name + suffix if suffix and not name.endswith(suffix) else name, language)


# What the form's "The original is" choice may say: detect it, Turkish, or an English (wire) story.
ORIGINALS = (("detect", "detected (Turkish, or English when both texts are)"), ("tr", "Turkish"),
             ("en", "English: the wire story the copy was written from"))


def check_pair(orig: Document, trans: Document, encoder, settings: ServeSettings, original: str = "detect"):
    """The report for one submitted pair (pair check on: two unrelated texts are a message, not a report): against
    a Turkish original, or against an English reference when the form says so or both texts are English."""
    import dataclasses

    from drift.pipeline import check_documents
    from drift.reference import check_reference, ensure_reference_pair, is_english_reference

    said = {"tr": False, "en": True}.get(original)
    if is_english_reference(orig, trans, said):
        report = check_reference(dataclasses.replace(orig, language=Language.ENGLISH), trans, encoder=encoder,
                                 config=settings.config)
        ensure_reference_pair(report.alignment)
        return report
    return check_documents(orig, trans, encoder=encoder, config=settings.config)


def envelope_json(report, encoder) -> str:
    """The drift/1 JSON envelope `drift check -f json` writes, for the download link."""
    from drift.align import AlignParams
    from drift.lexicon import load_lexicon
    from drift.render.json import dumps, report_envelope
    from drift.signature import signature
    from drift.text.morphology import analyser_version

    stamp = signature(encoder, AlignParams(), lexicon=load_lexicon().sha256, morphology=analyser_version(),
                      options={"suppressed": 0})
    return dumps(report_envelope(report, stamp))


def data_url(text: str, media_type: str) -> str:
    return f"data:{media_type};charset=utf-8;base64,{base64.b64encode(text.encode('utf-8')).decode('ascii')}"


def report_page(report, encoder) -> str:
    """The served report: the static report with a bar to check another pair and to download the report."""
    from drift.render.html import render_html

    standalone = render_html(report)
    actions = (("Check another pair", "/", None),
               ("Download HTML", data_url(standalone, "text/html"), "drift-report.html"),
               ("Download JSON", data_url(envelope_json(report, encoder), "application/json"), "drift-report.json"))
    return render_html(report, actions=actions)


def create_app(encoder, settings: ServeSettings = ServeSettings()):
    """The web application; `encoder` is loaded already and shared by every request."""
    import jinja2
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.datastructures import UploadFile
    from starlette.exceptions import HTTPException
    from starlette.formparsers import MultiPartException
    from starlette.responses import HTMLResponse, PlainTextResponse, Response
    from starlette.routing import Route

    here = Path(__file__).parent
    templates = jinja2.Environment(loader=jinja2.FileSystemLoader(here / "templates"), autoescape=True)
    script = (here / "static" / "app.js").read_text(encoding="utf-8")
    busy = threading.Lock()  # one check at a time: the encoder and the caches are not shared across threads
    headers = {"Content-Security-Policy": PAGE_CSP, "X-Content-Type-Options": "nosniff",
               "Referrer-Policy": "no-referrer", "Cache-Control": "no-store"}

    def form_page(message: str | None = None, values: dict[str, str] | None = None, status: int = 200):
        html = templates.get_template("index.html").render(
            sides=SIDES, originals=ORIGINALS, message=message, values=values or {},
            max_size=describe_size(settings.max_bytes))
        return HTMLResponse(html, status_code=status, headers=headers)

    async def index(request):
        return form_page()

    async def app_js(request):
        return Response(script, media_type="text/javascript", headers={"Cache-Control": "no-cache"})

    async def health(request):
        return PlainTextResponse("ok")

    async def check(request):
        length = request.headers.get("content-length", "")
        if length.isdigit() and int(length) > 2 * settings.max_bytes + _FORM_OVERHEAD:
            return form_page(f"The texts sent are {describe_size(int(length))}, more than the "
                             f"{describe_size(settings.max_bytes)} limit for one article on each side.", status=413)
        try:
            form = await request.form(max_files=4, max_fields=20, max_part_size=settings.max_bytes + 1)
        except (MultiPartException, HTTPException) as exc:  # Starlette reports a part too large as a 400
            reason = getattr(exc, "message", None) or getattr(exc, "detail", None) or "malformed"
            return form_page(f"The form could not be read ({str(reason).rstrip('.')}): a text is larger than the "
                             f"{describe_size(settings.max_bytes)} limit for one article, or the upload broke "
                             f"off.", status=400)
        values = {}
        given = {}
        for side, _, _ in SIDES:
            upload = form.get(f"{side}_file")
            data, name = b"", ""
            if isinstance(upload, UploadFile) and upload.filename:
                data = await upload.read(settings.max_bytes + 1)
                name = upload.filename
            text = form.get(f"{side}_text") or ""
            url = form.get(f"{side}_url") or ""
            text, url = (text if isinstance(text, str) else ""), (url if isinstance(url, str) else "")
            values[f"{side}_text"], values[f"{side}_url"] = text, url
            given[side] = SideInput(text=text, file_name=name, file_data=data, url=url)

        original = form.get("original")
        original = original if original in dict(ORIGINALS) else "detect"
        values["original"] = original

        def work():
            documents = [read_side(side, label, language, given[side], settings) for side, label, language in SIDES]
            with busy:
                report = check_pair(*documents, encoder, settings, original)
                return report_page(report, encoder)

        try:
            page = await run_in_threadpool(work)
        except DriftError as exc:
            return form_page(" ".join(str(exc).splitlines()), values, status=422)
        return HTMLResponse(page, headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"})

    routes = [Route("/", index), Route("/check", check, methods=["POST"]), Route("/static/app.js", app_js),
              Route("/health", health)]
    return Starlette(routes=routes)
