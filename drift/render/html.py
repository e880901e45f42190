"""The HTML report: both texts side by side, sentence pair by sentence pair, every finding marked on both sides.

One self-contained file: no network, no external assets and no script at all.
Articles are untrusted input, so every piece of text is HTML-escaped, and a
Content-Security-Policy (`default-src 'none'`) forbids scripts, frames, forms
and loads even if something slipped through. Everything interactive is CSS:
the severity and category filters are checkboxes read with `:has()`, a mark
shows its note on hover and keeps it while focused (click or Tab), and hovering
a note in the list outlines its marks. "Only sentences with findings" keeps
the sentence pairs with a finding the severity and category filters let
through. A list of the findings at the top links to each note, and each note
links to the previous and next one (plain anchors). On a narrow screen the
two columns stack; printed, the filters and hover notes give way to the text
and its notes.

Each finding has one primary mark (on its English span, or on the Turkish one
for an omission) and, when it has spans on both sides, a counterpart mark on
the other side; overlapping spans nest, and a span that crosses another (or
two cells) is split into its first piece and `cont` pieces after it.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from html import escape

from drift.model import Alignment, Category, Finding, Language, Report, Severity


def omitted_gist(turkish: str) -> str:
    """The English gist of a Turkish sentence left out of the translation (drift.gist), for readers without Turkish."""
    from drift.gist import gist
    from drift.lexicon import load_lexicon

    return gist(turkish, load_lexicon())

SEVERITY_COLOUR = {Severity.CRITICAL: "#c81e3a", Severity.MAJOR: "#d97706", Severity.MINOR: "#2563eb"}
SEVERITY_TINT = {Severity.CRITICAL: "rgba(200,30,58,.16)", Severity.MAJOR: "rgba(217,119,6,.18)",
                 Severity.MINOR: "rgba(37,99,235,.13)"}
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"


@dataclass(frozen=True)
class _Mark:
    """A stretch of one side's text to wrap in a <mark> for finding `number`."""

    start: int
    end: int
    number: int
    primary: bool
    cont: bool = False


def _tip(finding: Finding) -> str:
    lines = [f"{finding.code} {finding.check} · {finding.severity.value} · {finding.category.value}", finding.message]
    if finding.expected:
        lines.append(f"Expected: “{finding.expected}”")
    if finding.trans is not None:
        lines.append(f"English: “{_short(finding.trans.text)}”")
    if finding.orig is not None:
        lines.append(f"Turkish: “{_short(finding.orig.text)}”")
    if finding.evidence:
        lines.append(f"Why: {finding.evidence} (confidence {finding.confidence:.2f})")
    return "\n".join(lines)


def _short(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _open(mark: _Mark, finding: Finding) -> str:
    classes = ["m", f"sev-{finding.severity.value}", f"cat-{finding.category.value}",
               "primary" if mark.primary else "counterpart"]
    if mark.cont:
        classes.append("cont")
    if mark.start == mark.end:
        classes.append("empty")
    return (f'<mark class="{" ".join(classes)}" data-f="{mark.number}" tabindex="0" '
            f'data-tip="{escape(_tip(finding), quote=True)}">')


def _marked(text: str, start: int, end: int, marks: list[_Mark], findings: tuple[Finding, ...]) -> str:
    """`text[start:end]` escaped, with the marks nested inside it (crossing marks split)."""
    queue = [(m.start, -m.end, order, m) for order, m in enumerate(marks)]
    heapq.heapify(queue)
    out: list[str] = []
    position, stack, order = start, [], len(marks)
    while queue or stack:
        next_start = queue[0][0] if queue else None
        if stack and (next_start is None or stack[-1].end <= next_start):
            top = stack.pop()
            out.append(escape(text[position:top.end]))
            position = max(position, top.end)
            out.append("</mark>")
            continue
        _, _, _, mark = heapq.heappop(queue)
        out.append(escape(text[position:mark.start]))
        position = max(position, mark.start)
        if stack and mark.end > stack[-1].end:
            # Crosses the open mark: close this piece where that one closes, continue it after.
            rest = replace(mark, start=stack[-1].end, cont=True)
            heapq.heappush(queue, (rest.start, -rest.end, order, rest))
            order += 1
            mark = replace(mark, end=stack[-1].end)
        out.append(_open(mark, findings[mark.number]))
        if mark.start == mark.end:
            out.append("</mark>")
        else:
            stack.append(mark)
    out.append(escape(text[position:end]))
    return "".join(out)


def _side_marks(findings: tuple[Finding, ...], side: str, start: int, end: int) -> list[_Mark]:
    """Marks for every finding whose span on this side falls in `[start, end)`, whatever its bead."""
    marks = []
    for number, finding in enumerate(findings):
        span = getattr(finding, side)
        if span is None:
            continue
        lo, hi = max(span.start, start), min(span.end, end)
        if lo > hi or (lo == hi and span.start != span.end) or (span.start == span.end == end):
            continue  # outside this cell
        clipped = span.start < start  # the rest of a span that began in an earlier cell
        marks.append(_Mark(lo, hi, number, side == "trans" or finding.trans is None, cont=clipped))
    return marks


def _note(number: int, finding: Finding, total: int) -> str:
    step = []
    if number > 0:
        step.append(f'<a class="prev" href="#f-{number - 1}" title="previous finding">← previous</a>')
    if number + 1 < total:
        step.append(f'<a class="next" href="#f-{number + 1}" title="next finding">next →</a>')
    parts = [
        f'<li class="fnote sev-{finding.severity.value} cat-{finding.category.value}" id="f-{number}">',
        f'<span class="fnav"><span class="n">{number + 1}/{total}</span> {" ".join(step)}</span>',
        f'<span class="chip sev-{finding.severity.value}">{finding.severity.value}</span> ',
        f'<span class="code">{escape(finding.code)}</span> <span class="slug">{escape(finding.check)}</span> ',
        f'<span class="msg">{escape(finding.message)}</span>',
    ]
    if finding.expected:
        parts.append(f'<div class="exp">Expected: <q>{escape(finding.expected)}</q></div>')
    if finding.evidence:
        parts.append(f'<div class="why">{escape(finding.evidence)} · confidence {finding.confidence:.2f}</div>')
    parts.append("</li>")
    return "".join(parts)


def _finding_list(findings: tuple[Finding, ...]) -> str:
    """The findings in reading order, each a link to its note: the way to step through the report."""
    items = []
    for number, finding in enumerate(findings):
        words = finding.trans.text if finding.trans is not None else finding.orig.text if finding.orig else ""
        items.append(f'<li class="sev-{finding.severity.value} cat-{finding.category.value}"><a href="#f-{number}">'
                     f'<span class="chip sev-{finding.severity.value}">{finding.severity.value}</span> '
                     f'<span class="code">{escape(finding.code)}</span> '
                     f'<span class="words">{escape(_short(words, 60))}</span></a></li>')
    return ('<details class="findlist" open><summary>Findings, in reading order '
            f'({len(findings)})</summary><ol>{"".join(items)}</ol></details>\n')


def _actions(actions: tuple[tuple[str, str, str | None], ...]) -> str:
    links = []
    for label, href, download in actions:
        save = f' download="{escape(download, quote=True)}"' if download else ""
        links.append(f'<a class="action" href="{escape(href, quote=True)}"{save}>{escape(label)}</a>')
    return f'<nav class="actions" aria-label="actions">{"".join(links)}</nav>\n'


def _coverage(alignment: Alignment) -> tuple[int, int, int, int]:
    aligned_orig = sum(len(bead.orig) for bead in alignment.beads if bead.trans)
    aligned_trans = sum(len(bead.trans) for bead in alignment.beads if bead.orig)
    return aligned_orig, len(alignment.orig_sentences), aligned_trans, len(alignment.trans_sentences)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "–"


def _styles(numbers: range) -> str:
    rules = [BASE_CSS]
    for level in Severity:
        colour, tint = SEVERITY_COLOUR[level], SEVERITY_TINT[level]
        rules.append(f"mark.sev-{level.value}{{background:{tint};border-bottom-color:{colour}}}"
                     f".chip.sev-{level.value}{{background:{colour}}}"
                     f".fnote.sev-{level.value}{{border-left-color:{colour}}}"
                     f".filters .sw.sev-{level.value}{{background:{colour}}}")
    for group, values in (("sev", [s.value for s in Severity]), ("cat", [c.value for c in Category])):
        for value in values:
            off = f"body:has(#show-{group}-{value}:not(:checked))"
            rules.append(f"{off} .fnote.{group}-{value}{{display:none}}{off} .findlist li.{group}-{value}{{display:none}}"
                         f"{off} mark.{group}-{value}{{background:transparent;border-bottom-color:transparent}}"
                         f"{off} mark.{group}-{value}::after{{display:none}}")
    # "Only sentences with findings": a sentence pair stays when one of its findings passes both filters.
    shown = ",".join(
        f"body:has(#only-flagged:checked):has(#show-sev-{level.value}:checked):has(#show-cat-{kind.value}:checked) "
        f"tbody.bead:has(.fnote.sev-{level.value}.cat-{kind.value})" for level in Severity for kind in Category)
    rules.append(f"body:has(#only-flagged:checked) tbody.bead{{display:none}}{shown}{{display:var(--bead-display)}}")
    for number in numbers:
        rules.append(f'body:has(#f-{number}:hover) mark[data-f="{number}"]{{outline:2px solid #111;outline-offset:1px}}'
                     f'body:has(mark[data-f="{number}"]:is(:hover,:focus)) #f-{number}{{background:#fff7d6}}')
    return "\n".join(rules)


def render_html(report: Report, *, trans_path: str | None = None, orig_path: str | None = None,
                suppressed: int = 0, actions: tuple[tuple[str, str, str | None], ...] = ()) -> str:
    """The whole report as one HTML document (a string); deterministic for the same report.

    `actions` are links for the top of the page, (label, address, download file name or None):
    `drift serve` adds "check another pair" and the downloads.
    """
    from drift import __version__
    from drift.checks import all_checks

    alignment = report.alignment
    findings = report.findings
    # `drift lint` has no original: one column, no alignment to speak of.
    has_original = bool(alignment.orig.text)
    trans_name = trans_path or alignment.trans.path or "translation"
    orig_name = orig_path or alignment.orig.path or "original"
    by_bead: dict[int, list[int]] = {}
    for number, finding in enumerate(findings):
        by_bead.setdefault(finding.bead, []).append(number)

    counts_sev = {level: sum(f.severity is level for f in findings) for level in Severity}
    counts_cat = {kind: sum(f.category is kind for f in findings) for kind in Category}
    aligned_orig, total_orig, aligned_trans, total_trans = _coverage(alignment)
    omissions = sum(bead.is_omission for bead in alignment.beads)
    additions = sum(bead.is_addition for bead in alignment.beads)

    out: list[str] = [
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n",
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        f"<title>drift: {escape(trans_name)} against {escape(orig_name)}</title>\n",
        f"<style>\n{_styles(range(len(findings)))}\n</style>\n</head>\n<body>\n",
        '<header class="top">\n<div class="brand">drift</div>\n<div class="files">',
        f'<span class="lang">EN</span> <span class="path">{escape(trans_name)}</span> ',
        (f'checked against <span class="lang">TR</span> <span class="path">{escape(orig_name)}</span>'
         if has_original else "checked on its own, without the original"),
        "</div>\n</header>\n",
        _actions(actions) if actions else "",
        '<section class="summary">\n<div class="total">',
        f'<span class="big">{len(findings)}</span> finding{"" if len(findings) == 1 else "s"}',
    ]
    if suppressed:
        out.append(f'<span class="suppressed">{suppressed} accepted earlier and hidden</span>')
    out.append('</div>\n<div class="sevs">')
    for level in Severity:
        out.append(f'<span class="count"><span class="chip sev-{level.value}">{counts_sev[level]}</span> '
                   f"{level.value}</span>")
    out.append('</div>\n<div class="cats">')
    out.append(" · ".join(f"{kind.value} <b>{counts_cat[kind]}</b>" for kind in Category if counts_cat[kind])
               or "no drift found")
    out.append('</div>\n<div class="coverage">')
    out.append(
        f"<b>{_percent(aligned_orig, total_orig)}</b> of Turkish sentences ({aligned_orig}/{total_orig}) and "
        f"<b>{_percent(aligned_trans, total_trans)}</b> of English sentences ({aligned_trans}/{total_trans}) "
        f"aligned · {len(alignment.beads)} sentence pairs · "
        f'<span class="gapword omitted">{omissions} omitted</span> · '
        f'<span class="gapword added">{additions} added</span>'
        if has_original else f"{total_trans} English sentences, checked without the original"
    )
    out.append("</div>\n</section>\n")

    out.append('<nav class="filters" aria-label="filters">\n<span class="label">Severity</span>')
    for level in Severity:
        out.append(f'<label><input type="checkbox" id="show-sev-{level.value}" checked>'
                   f'<span class="sw sev-{level.value}"></span>{level.value} ({counts_sev[level]})</label>')
    out.append('<span class="label">Category</span>')
    for kind in Category:
        disabled = "" if counts_cat[kind] else ' class="none"'
        out.append(f'<label{disabled}><input type="checkbox" id="show-cat-{kind.value}" checked>'
                   f"{kind.value} ({counts_cat[kind]})</label>")
    out.append('<label class="only"><input type="checkbox" id="only-flagged">only sentences with findings</label>')
    out.append('\n<span class="hint">Hover or click a highlight for its note.</span>\n</nav>\n')
    if findings:
        out.append(_finding_list(findings))

    reference = alignment.orig.language is Language.ENGLISH
    orig_heading = "English · reference" if reference else "Türkçe · original"
    if has_original:
        out.append('<table class="beads">\n<colgroup><col class="c-num"><col class="c-side"><col class="c-side">'
                   f'</colgroup>\n<thead><tr><th>#</th><th>{orig_heading}</th><th>English · translation</th>'
                   "</tr></thead>\n")
    else:
        out.append('<table class="beads">\n<colgroup><col class="c-num"><col></colgroup>\n'
                   "<thead><tr><th>#</th><th>English</th></tr></thead>\n")
    orig_text, trans_text = alignment.orig.text, alignment.trans.text
    for index, bead in enumerate(alignment.beads):
        numbers = by_bead.get(index, [])
        kind_class = (" omission" if bead.is_omission else " addition" if bead.is_addition else "") if has_original else ""
        out.append(f'<tbody class="bead{kind_class}{"" if numbers else " clean"}" id="bead-{index + 1}">\n<tr>')
        # Against an English reference (or a model's rendering), each bead's chrF and BLEU (sacrebleu).
        scores = (f'<span class="kind" title="chrF and BLEU against the reference (sacrebleu)">chrF {bead.chrf:.0f}'
                  f'<br>BLEU {bead.bleu:.0f}</span>' if bead.chrf is not None else "")
        out.append(f'<td class="num"><a href="#bead-{index + 1}">{index + 1}</a>'
                   + (f'<span class="kind" title="Turkish-English sentences">{bead.kind}</span>'
                      if has_original else "") + scores + "</td>")
        orig_lang = "en" if reference else "tr"
        sides = (("orig", bead.orig, alignment.orig_sentences, orig_text, orig_lang),) if has_original else ()
        for side, sentence_ids, sentences, text, lang in (
            *sides,
            ("trans", bead.trans, alignment.trans_sentences, trans_text, "en"),
        ):
            if not sentence_ids:
                source = "reference" if reference else "Turkish"
                label = (f"left out of the English: nothing renders this {source} sentence" if side == "trans"
                         else f"added in the English: no {source} source")
                extra = ""
                if side == "trans" and bead.orig and not reference:
                    missing = " ".join(alignment.orig_sentences[i].text for i in bead.orig)
                    extra = (f'<span class="gist"><b>Gist</b> <i>(word by word from the dictionary, not a '
                             f'translation)</i>: {escape(omitted_gist(missing))}</span>')
                out.append(f'<td class="side {lang} gap"><span class="gaplabel">{label}</span>{extra}</td>')
                continue
            start, end = sentences[sentence_ids[0]].start, sentences[sentence_ids[-1]].end
            marks = _side_marks(findings, side, start, end)
            out.append(f'<td class="side {lang}" lang="{lang}">{_marked(text, start, end, marks, findings)}</td>')
        out.append("</tr>\n")
        if numbers:
            out.append(f'<tr class="notes"><td></td><td colspan="{2 if has_original else 1}"><ol class="findings">')
            out.extend(_note(number, findings[number], len(findings)) for number in numbers)
            out.append("</ol></td></tr>\n")
        out.append("</tbody>\n")
    out.append("</table>\n")

    used = sorted({finding.code for finding in findings})
    if used:
        out.append('<section class="about">\n<h2>The checks in this report</h2>\n')
        for info in all_checks():
            if info.code in used:
                out.append(f'<details><summary><span class="code">{escape(info.code)}</span> '
                           f"{escape(info.slug)}: {escape(info.summary)}</summary>"
                           f"<pre>{escape(info.doc)}</pre></details>\n")
        out.append("</section>\n")
    out.append(f'<footer>drift {escape(__version__)} · made offline; this page loads nothing and runs no '
               "script</footer>\n</body>\n</html>\n")
    return "".join(out)


BASE_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--paper:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,
"DejaVu Sans",sans-serif}
.top{display:flex;align-items:baseline;gap:1.2rem;padding:.9rem 1.5rem;background:#24292f;color:#fff}
.brand{font-weight:700;font-size:1.35rem;letter-spacing:.02em}
.files{color:#d0d7de;font-size:.92rem;overflow-wrap:anywhere;min-width:0}.files .path{color:#fff;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.lang{display:inline-block;font-size:.7rem;font-weight:700;padding:0 .35rem;border-radius:3px;background:#57606a;
color:#fff;vertical-align:.1em}
.summary{display:flex;flex-wrap:wrap;align-items:center;gap:.6rem 2rem;padding:1rem 1.5rem;background:var(--paper);
border-bottom:1px solid var(--line)}
.total .big{font-size:2rem;font-weight:700;margin-right:.3rem}
.suppressed{margin-left:.8rem;color:var(--muted);font-size:.85rem}
.sevs{display:flex;gap:1rem}.count{white-space:nowrap}
.chip{display:inline-block;min-width:1.6rem;padding:0 .45rem;border-radius:999px;color:#fff;font-weight:700;
font-size:.8rem;text-align:center}
.cats,.coverage{color:var(--muted);font-size:.9rem}.cats b,.coverage b{color:var(--ink)}
.gapword.omitted{color:#b42318;font-weight:600}.gapword.added{color:#7a4b00;font-weight:600}
.filters{position:sticky;top:0;z-index:20;display:flex;flex-wrap:wrap;align-items:center;gap:.35rem .9rem;
padding:.55rem 1.5rem;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);font-size:.88rem}
.filters .label{font-weight:700;color:var(--muted);text-transform:uppercase;font-size:.72rem;letter-spacing:.06em}
.filters label{display:inline-flex;align-items:center;gap:.3rem;cursor:pointer;white-space:nowrap}
.filters label.none{color:#a0a7b0}.filters .only{margin-left:auto}
.filters .sw{display:inline-block;width:.7rem;height:.7rem;border-radius:2px}
.filters .hint{color:var(--muted);font-size:.8rem}
table.beads{width:calc(100% - 3rem);margin:1rem 1.5rem 2rem;border-collapse:separate;border-spacing:0;
background:var(--paper);border:1px solid var(--line);border-radius:6px}
col.c-num{width:3.8rem}col.c-side{width:50%}
thead th{background:#eef1f4;text-align:left;font-size:.78rem;
text-transform:uppercase;letter-spacing:.05em;color:var(--muted);padding:.45rem .8rem;border-bottom:1px solid var(--line)}
tbody.bead td{vertical-align:top;padding:.55rem .8rem;border-top:1px solid #eaeef2}
tbody.bead:first-of-type tr:first-child td{border-top:none}
td.num{text-align:right;color:var(--muted);font-size:.8rem}td.num a{color:inherit;text-decoration:none;display:block}
td.num .kind{display:block;font-size:.7rem;color:#9aa1a9;white-space:nowrap}
td.side{font:16px/1.6 Georgia,"DejaVu Serif",serif;white-space:pre-line;overflow-wrap:anywhere}
tbody.bead{--bead-display:table-row-group}
td.side.tr{border-right:1px solid #eaeef2}
td.gap{background:repeating-linear-gradient(135deg,#fbfbfc 0 8px,#f3f4f6 8px 16px)}
.gaplabel{display:inline-block;font:600 .8rem/1.4 system-ui,"DejaVu Sans",sans-serif;padding:.15rem .5rem;border-radius:4px}
tbody.omission td.gap .gaplabel{background:#fde8e8;color:#b42318;border:1px solid #f5b5b5}
tbody.addition td.gap .gaplabel{background:#fff4d6;color:#7a4b00;border:1px solid #f0d58a}
tbody.omission td.tr{background:#fff7f7}
.gist{display:block;margin-top:.45rem;font:15px/1.5 Georgia,"DejaVu Serif",serif;color:#57606a}
.gist b{font:700 .72rem system-ui,"DejaVu Sans",sans-serif;text-transform:uppercase;letter-spacing:.05em;color:#b42318}
.gist i{font:italic .78rem system-ui,"DejaVu Sans",sans-serif}tbody.addition td.en{background:#fffbef}
mark.m{position:relative;color:inherit;border-bottom:2px solid;border-radius:2px;padding:0 1px;cursor:help}
mark.m.counterpart{border-bottom-style:dashed}
mark.m.empty::before{content:"‸";color:#c81e3a;font-weight:700}
mark.m:focus{outline:2px solid #111;outline-offset:1px}
mark.m::after{display:none;position:absolute;left:0;top:calc(100% + 6px);z-index:30;width:26rem;max-width:70vw;
padding:.55rem .7rem;border-radius:6px;background:#1f2328;color:#f6f8fa;box-shadow:0 6px 24px rgba(0,0,0,.25);
font:13px/1.45 system-ui,"DejaVu Sans",sans-serif;white-space:pre-line;content:attr(data-tip);pointer-events:none}
td.en mark.m::after{left:auto;right:0}
mark.m:hover:not(:has(mark:hover))::after,mark.m:focus::after{display:block}
body:has(mark.m:hover) mark.m:focus:not(:hover)::after{display:none}
tr.notes td{padding:0 .8rem .6rem;border-top:none}
ol.findings{list-style:none;margin:0;padding:0;display:grid;gap:.3rem}
.fnote{padding:.3rem .6rem;border-left:4px solid;background:#f8fafc;border-radius:0 4px 4px 0;font-size:.88rem;
overflow-wrap:anywhere;scroll-margin-top:4.5rem}
.fnote:target{background:#fff7d6;box-shadow:0 0 0 2px #111}
.fnav{float:right;margin-left:.6rem;font-size:.8rem;white-space:nowrap}.fnav .n{color:var(--muted)}
.fnav a{color:#0b57d0;text-decoration:none;margin-left:.4rem}.fnav a:hover{text-decoration:underline}
.fnote .code{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.fnote .slug{color:var(--muted);margin-right:.3rem}
.fnote .exp{margin-top:.1rem}.fnote .exp q{font-weight:600;color:#116329}
.fnote .why{color:var(--muted);font-size:.8rem}
body:has(#only-flagged:checked) tbody.clean{display:none}
.about{margin:0 1.5rem 2rem;padding:1rem 1.2rem;background:var(--paper);border:1px solid var(--line);border-radius:6px}
.about h2{margin:0 0 .5rem;font-size:1rem}.about summary{cursor:pointer;padding:.15rem 0}
.about .code{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.about pre{white-space:pre-wrap;font:13px/1.5 system-ui,"DejaVu Sans",sans-serif;color:var(--muted);margin:.3rem 0 .6rem 1rem}
footer{padding:0 1.5rem 2rem;color:var(--muted);font-size:.8rem}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1rem;padding:.6rem 1.5rem;background:#eef4ff;border-bottom:1px solid var(--line)}
.actions a{font-weight:600;color:#0b57d0}
.findlist{margin:1rem 1.5rem 0;padding:.5rem 1rem;background:var(--paper);border:1px solid var(--line);border-radius:6px}
.findlist summary{cursor:pointer;font-weight:700}
.findlist ol{margin:.4rem 0 0;padding-left:1.6rem;columns:2 26rem;column-gap:2rem;font-size:.88rem}
.findlist li{break-inside:avoid;padding:.1rem 0}.findlist a{color:inherit;text-decoration:none;overflow-wrap:anywhere}
.findlist a:hover .words{text-decoration:underline}.findlist .code{font-weight:700;font-family:ui-monospace,"DejaVu Sans Mono",monospace}
.findlist .words{color:var(--muted)}
@media (max-width:760px){
.top,.summary,.filters,.actions{padding-left:.8rem;padding-right:.8rem}
.top{flex-wrap:wrap}.summary{gap:.4rem 1rem}
.filters{position:static}.filters .only{margin-left:0}.filters label{white-space:normal}
.findlist{margin:.8rem .5rem 0}.findlist ol{columns:1}
table.beads{display:block;width:auto;margin:.8rem .5rem 1.5rem}
table.beads colgroup,table.beads thead{display:none}
table.beads tbody,table.beads tr,table.beads td{display:block;width:auto}
tbody.bead{--bead-display:block}
td.num{text-align:left}td.num a,td.num .kind{display:inline;margin-right:.5rem}
td.side.tr{border-right:none;border-bottom:1px dashed #d8dee4}
td.side::before{display:block;font:700 .68rem/1.6 system-ui,"DejaVu Sans",sans-serif;letter-spacing:.06em;color:var(--muted)}
td.side.tr::before{content:"TÜRKÇE · ORIGINAL"}td.side.en::before{content:"ENGLISH · TRANSLATION"}
tr.notes td:first-child{display:none}tr.notes td{padding:0 .6rem .6rem}
mark.m::after{position:fixed;left:.5rem;right:.5rem;top:auto;bottom:.5rem;width:auto;max-width:none}
td.en mark.m::after{left:.5rem;right:.5rem}
.fnav{float:none;display:block;margin:0 0 .1rem}.fnav a{margin:0 .6rem 0 0}
.about{margin:0 .5rem 1.5rem}.about pre{margin-left:0}
}
@media print{
body{background:#fff;font-size:10.5pt}
.filters,.actions,.fnav,.hint,.findlist{display:none}
.top{background:none;color:#000;padding:0 0 .4rem;border-bottom:2px solid #000}.files,.files .path{color:#000}
.summary{padding:.4rem 0;border:none}
table.beads{width:100%;margin:.5rem 0;border:none}
thead{display:table-header-group}tbody.bead{break-inside:avoid}
mark.m::after{display:none!important}
mark.m,.chip,.fnote,td.gap,.lang{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.about details{break-inside:avoid}.about details:not([open]) pre{display:none}
a{color:inherit;text-decoration:none}
}
"""
