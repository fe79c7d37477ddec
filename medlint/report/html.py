"""A self-contained HTML report: each article with every finding marked at its exact span.

Editors read the article, not a list of line numbers, so the report shows each
file's source text with the flagged words highlighted in their severity's
colour; clicking a highlight opens the finding (message, suggestions, the rule's
explanation and its source) in a side panel, hovering shows the message.

The file makes no network request (inline CSS, a small inline script, inline SVG
charts) and treats everything that comes from an article as untrusted: every
piece of text is HTML-escaped, anchors are built from indexes rather than file
names, and a Content-Security-Policy lets only the report's own script (by its
hash) run, so an article's ``<script>`` can neither execute nor load anything.

Offsets in diagnostics are code points into the source text; Python slices
strings by code points too, so characters outside the BMP (emoji) cost nothing
special here: the browser receives each highlighted piece as its own element.
"""

from __future__ import annotations

import base64
import hashlib
import html
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from ..diagnostic import Diagnostic, Severity
from ..document import line_starts
from . import RunResult

SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)

#: Highlight fill and text/underline colour per severity (also used by the charts).
COLOURS: dict[Severity, tuple[str, str]] = {
    Severity.ERROR: ("#fecaca", "#b91c1c"),
    Severity.WARNING: ("#fde68a", "#a16207"),
    Severity.INFO: ("#bfdbfe", "#1d4ed8"),
}

CHART_ROWS = 25  # bars drawn per chart; the tables list everything

CSS = """
*{box-sizing:border-box}
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2937;background:#f9fafb}
main{max-width:1100px;margin:0 auto;padding:1rem 1.5rem 4rem;margin-right:min(380px,30vw)}
h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .5rem;word-break:break-all}
h3{font-size:1rem;margin:1rem 0 .3rem}
table{border-collapse:collapse;margin:.5rem 0;background:#fff}
th,td{border:1px solid #e5e7eb;padding:.2rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.totals span,.chip{display:inline-block;border-radius:9px;padding:0 .5rem;margin:0 .25rem .25rem 0;font-size:.85rem}
.sev-error .sev,.chip.sev-error,.totals .sev-error{background:#fecaca;color:#7f1d1d}
.sev-warning .sev,.chip.sev-warning,.totals .sev-warning{background:#fde68a;color:#713f12}
.sev-info .sev,.chip.sev-info,.totals .sev-info{background:#bfdbfe;color:#1e3a8a}
.sev{border-radius:4px;padding:0 .3rem;font-size:.8rem}
.charts{display:flex;flex-wrap:wrap;gap:1.5rem}.charts figure{margin:0}
figcaption{font-size:.85rem;color:#4b5563}
.article{background:#fff;border:1px solid #e5e7eb;border-radius:6px}
pre.src{margin:0;padding:.6rem .6rem .6rem 0;white-space:pre-wrap;word-wrap:break-word;counter-reset:ln;
 font:13px/1.6 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-x:auto}
.line{display:block;padding-left:4.2em;text-indent:-4.2em;min-height:1.6em}
.line::before{counter-increment:ln;content:counter(ln);display:inline-block;width:3.4em;margin-right:.8em;
 text-align:right;color:#9ca3af;text-indent:0;user-select:none}
mark.hl{color:inherit;border-bottom:2px solid;cursor:pointer;border-radius:2px}
mark.hl.sev-error{background:#fecaca;border-color:#b91c1c}
mark.hl.sev-warning{background:#fde68a;border-color:#a16207}
mark.hl.sev-info{background:#bfdbfe;border-color:#1d4ed8}
mark.hl.overlap{border-bottom-style:double;border-bottom-width:4px}
mark.hl.point{padding:0 1px}mark.hl.point::before{content:"\\2038";font-weight:bold}
mark.hl.active{outline:2px solid #111827;outline-offset:1px}
ol.findings{margin:0;padding:.5rem 1rem .5rem 2.5rem;border-top:1px solid #e5e7eb}
li.finding{margin:.3rem 0}li.finding.flash{background:#f3f4f6}
.flagged{font-family:ui-monospace,monospace;background:#f3f4f6;padding:0 .2rem;white-space:pre-wrap}
.explain{white-space:pre-wrap;margin:.3rem 0}.rule-source{color:#4b5563;font-size:.9rem}
.note{background:#fef3c7;border:1px solid #f59e0b;padding:.3rem .6rem;border-radius:4px}
#panel{position:fixed;top:0;right:0;width:min(380px,30vw);height:100vh;overflow:auto;background:#fff;
 border-left:1px solid #d1d5db;padding:1rem;font-size:.9rem}
#panel ol{padding-left:1.2rem}#panel .hint{color:#6b7280}
@media (max-width:800px){main{margin-right:0}#panel{position:static;width:auto;height:auto;border:0}}
"""

JS = """
(function(){
var panel=document.getElementById('panel');
if(!panel)return;
var body=document.getElementById('panel-body');
function clear(){document.querySelectorAll('mark.hl.active').forEach(function(m){m.classList.remove('active');});}
function show(ids){
 clear();body.textContent='';
 var list=document.createElement('ol');
 ids.forEach(function(id){
  document.querySelectorAll('mark.hl[data-ids~="'+id+'"]').forEach(function(m){m.classList.add('active');});
  var li=document.getElementById(id);if(!li)return;
  var copy=li.cloneNode(true);copy.removeAttribute('id');
  var rule=document.getElementById('rule-'+li.getAttribute('data-code'));
  if(rule){var r=rule.cloneNode(true);r.removeAttribute('id');r.open=true;copy.appendChild(r);}
  list.appendChild(copy);
 });
 body.appendChild(list);
}
document.addEventListener('click',function(e){
 var m=e.target.closest?e.target.closest('mark.hl'):null;
 if(m){show(m.getAttribute('data-ids').split(' '));return;}
 var a=e.target.closest?e.target.closest('a.goto'):null;
 if(a){var id=a.getAttribute('data-for');var first=document.querySelector('mark.hl[data-ids~="'+id+'"]');
  if(first){e.preventDefault();first.scrollIntoView({block:'center'});show([id]);}}
});
document.addEventListener('keydown',function(e){
 if(e.key==='Enter'&&e.target.matches&&e.target.matches('mark.hl')){show(e.target.getAttribute('data-ids').split(' '));}
});
})();
"""


def esc(text: object) -> str:
    """Escape for element content and double- or single-quoted attributes."""
    return html.escape(str(text), quote=True)


def _src(text: str) -> str:
    # A lone CR would become a line break once the HTML parser normalises it.
    return html.escape(text, quote=False).replace("\r", "")


def _csp_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def page(title: str, body: str, *, css: str = "", js: str = "", form_action: str = "'none'") -> str:
    """A whole HTML document with the report's CSS and script, locked down by a CSP.

    Only this exact style sheet and script may run (by hash), nothing may be
    fetched, so markup that escaped escaping could still do nothing.
    """
    style = CSS + css
    script = JS + js
    policy = (
        f"default-src 'none'; style-src {_csp_hash(style)}; script-src {_csp_hash(script)}; "
        f"img-src data:; base-uri 'none'; form-action {form_action}"
    )
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(policy)}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f"<title>{esc(title)}</title>\n<style>{style}</style>\n</head>\n<body>\n{body}\n"
        '<aside id="panel" aria-live="polite"><h3>Finding</h3><div id="panel-body">'
        '<p class="hint">Click a highlighted passage to see what medlint found there, why, and what to write instead.</p>'
        f"</div></aside>\n<script>{script}</script>\n</body>\n</html>\n"
    )


# -- one article ------------------------------------------------------------------


@dataclass
class Article:
    """One file's source and findings, ready to render."""

    path: str
    source: str | None
    diagnostics: list[Diagnostic]
    notes: list[str] = field(default_factory=list)

    def counts(self) -> Counter[Severity]:
        return Counter(d.severity for d in self.diagnostics)

    @property
    def sort_key(self) -> tuple[int, int, int, str]:
        c = self.counts()
        return (-c[Severity.ERROR], -c[Severity.WARNING], -c[Severity.INFO], self.path)


def segments(
    length: int, spans: Sequence[tuple[int, int]], breaks: Iterable[int] = ()
) -> list[tuple[int, int, tuple[int, ...]]]:
    """Cut ``[0, length)`` into pieces at every span edge and break, each with the spans covering it.

    Overlapping and nested spans thus become flat runs of text that each belong
    to one or more findings (indexes into ``spans``); empty spans cover nothing
    and are left to the caller.
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for i, (s, e) in enumerate(spans):
        if s < e:
            starts.setdefault(s, []).append(i)
            ends.setdefault(e, []).append(i)
    cuts = sorted({0, length, *starts, *ends, *(b for b in breaks if 0 < b < length)})
    active: dict[int, None] = {}
    out: list[tuple[int, int, tuple[int, ...]]] = []
    for a, b in pairwise(cuts):
        for i in ends.get(a, ()):
            active.pop(i, None)
        for i in starts.get(a, ()):
            active[i] = None
        if a < b:
            out.append((a, b, tuple(sorted(active))))
    return out


def _finding_id(anchor: str, i: int) -> str:
    return f"{anchor}-d{i}"


def _mark(text: str, found: Sequence[tuple[int, Diagnostic]], anchor: str, point: bool = False) -> str:
    worst = max(d.severity for _, d in found)
    classes = f"hl sev-{worst}" + (" overlap" if len(found) > 1 else "") + (" point" if point else "")
    title = "\n".join(f"{d.code} [{d.severity}] {d.message}" for _, d in found)
    data = " ".join(_finding_id(anchor, n) for n, _ in found)
    return f'<mark class="{classes}" data-ids="{data}" title="{esc(title)}" tabindex="0">{_src(text)}</mark>'


def render_source(source: str, placed: Sequence[tuple[int, Diagnostic]], anchor: str) -> str:
    """The article's text as a ``<pre>``, one element per line, findings as ``<mark>``s.

    ``placed`` pairs each finding to highlight with its number in the findings
    list, so a mark and its list item share an id.
    """
    spans = [(d.start.offset, d.end.offset) for _, d in placed]
    line_begins = line_starts(source)
    points: dict[int, list[tuple[int, Diagnostic]]] = {}
    for n, d in placed:
        if d.start.offset == d.end.offset:
            points.setdefault(d.start.offset, []).append((n, d))
    starts = set(line_begins)
    parts: list[str] = ['<pre class="src">']
    line = 0

    def open_line() -> None:
        nonlocal line
        line += 1
        parts.append(f'<span class="line" id="{anchor}-L{line}">')

    open_line()
    for a, b, ids in segments(len(source), spans, line_begins):
        if a in starts and a != 0:
            parts.append("</span>")
            open_line()
        if a in points:
            parts.append(_mark("", points.pop(a), anchor, point=True))
        text = source[a:b]
        newline = text.endswith("\n")
        if newline:  # the line's own newline stays in the text but outside any mark
            text = text[:-1]
        if ids and text:
            parts.append(_mark(text, [placed[k] for k in ids], anchor))
        else:
            parts.append(_src(text))
        if newline:
            parts.append("\n")
    for at in sorted(points):  # empty spans at the very end of the text
        parts.append(_mark("", points[at], anchor, point=True))
    parts.append("</span></pre>")
    return "".join(parts)


def render_findings(diags: Sequence[Diagnostic], anchor: str, with_lines: bool = True) -> str:
    """The findings as a list: the panel copies these items, and they read on their own without script."""
    if not diags:
        return '<p class="clean">No findings.</p>'
    items: list[str] = ['<ol class="findings">']
    for i, d in enumerate(diags):
        fid = _finding_id(anchor, i)
        where = f"{d.start.line}:{d.start.column}"
        if with_lines:
            where = f'<a class="goto" href="#{anchor}-L{d.start.line}" data-for="{fid}">{where}</a>'
        parts = [
            f'<li class="finding sev-{d.severity}" id="{fid}" data-code="{esc(d.code)}">',
            f'{where} <span class="sev">{d.severity}</span> <code>{esc(d.code)}</code> ',
            f'<span class="rule-name">{esc(d.name)}</span>: <span class="message">{esc(d.message)}</span>',
        ]
        if d.text.strip():
            parts.append(f' <span class="flagged">{esc(_clip(d.text))}</span>')
        if d.suggestions:
            parts.append(
                '<ul class="suggestions">'
                + "".join(f"<li>Try: <q>{esc(s)}</q></li>" for s in d.suggestions)
                + "</ul>"
            )
        if d.fix is not None:
            kind = "safe fix" if d.fix.safe else "unsafe fix (review it)"
            parts.append(f'<div class="fix">{kind}: {esc(d.fix.description or "available")}</div>')
        parts.append("</li>")
        items.append("".join(parts))
    items.append("</ol>")
    return "".join(items)


def _clip(text: str, limit: int = 200) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def check_spans(source: str, diags: Sequence[Diagnostic]) -> list[str]:
    """Notes for findings whose text no longer sits at their offsets (the file changed)."""
    stale = [d for d in diags if not placeable(source, d)]
    if not stale:
        return []
    return [
        f"The text changed after it was checked: {len(stale)} finding(s) no longer match their "
        "position and are listed below but not highlighted. Run medlint again."
    ]


def placeable(source: str, d: Diagnostic) -> bool:
    """Whether the finding's text still sits at its offsets (it does unless the file changed)."""
    return d.end.offset <= len(source) and (not d.text or source[d.start.offset : d.end.offset] == d.text)


def render_article(article: Article, anchor: str) -> str:
    """An article's notes, highlighted source and findings list (the web page uses this too)."""
    parts = [f'<p class="note">{esc(n)}</p>' for n in article.notes]
    diags = article.diagnostics
    if article.source is not None:
        # Findings that cannot be placed are still listed; they just get no highlight.
        placed = [(n, d) for n, d in enumerate(diags) if placeable(article.source, d)]
        parts.append(render_source(article.source, placed, anchor))
    parts.append(render_findings(diags, anchor, with_lines=article.source is not None))
    return '<div class="article">' + "".join(parts) + "</div>"


def severity_chips(counts: Mapping[Severity, int]) -> str:
    return (
        "".join(
            f'<span class="chip sev-{s}">{counts.get(s, 0)} {s}</span>'
            for s in SEVERITIES
            if counts.get(s, 0)
        )
        or '<span class="chip">no findings</span>'
    )


# -- charts -----------------------------------------------------------------------


def bar_chart(rows: Sequence[tuple[str, Mapping[Severity, int], str]], caption: str) -> str:
    """Horizontal bars, stacked by severity; each row is (label, counts, link)."""
    rows = list(rows)
    shown = rows[:CHART_ROWS]
    if not shown:
        return ""
    top = max(sum(c.values()) for _, c, _ in shown) or 1
    label_w, bar_w, row_h = 230, 260, 20
    width, height = label_w + bar_w + 50, row_h * len(shown) + 4
    out = [
        f'<figure><svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{esc(caption)}" font-size="12" '
        'font-family="system-ui,sans-serif">'
    ]
    for r, (label, counts, link) in enumerate(shown):
        y = r * row_h + 2
        total = sum(counts.values())
        text = label if len(label) <= 34 else "\u2026" + label[-33:]
        out.append(
            f'<a href="{esc(link)}"><text x="{label_w - 6}" y="{y + 14}" text-anchor="end" fill="#374151">'
            f"<title>{esc(label)}</title>{esc(text)}</text></a>"
        )
        x = float(label_w)
        for sev in SEVERITIES:
            n = counts.get(sev, 0)
            if not n:
                continue
            w = bar_w * n / top
            out.append(
                f'<rect class="bar sev-{sev}" x="{x:.1f}" y="{y + 2}" width="{w:.1f}" height="{row_h - 6}" '
                f'fill="{COLOURS[sev][1]}"><title>{n} {sev}</title></rect>'
            )
            x += w
        out.append(f'<text x="{x + 5:.1f}" y="{y + 14}" fill="#111827">{total}</text>')
    out.append("</svg>")
    more = f" (top {CHART_ROWS} of {len(rows)})" if len(rows) > CHART_ROWS else ""
    out.append(f"<figcaption>{esc(caption)}{more}</figcaption></figure>")
    return "".join(out)


# -- rules ------------------------------------------------------------------------


def rule_explanations(codes: Iterable[str], rules: Mapping[str, Any], diags: Sequence[Diagnostic]) -> str:
    """One hidden-until-needed block per rule: the panel appends it to each finding."""
    first: dict[str, Diagnostic] = {}
    for d in diags:
        first.setdefault(d.code, d)
    out = []
    for code in sorted(set(codes)):
        rule = rules.get(code)
        seen = first.get(code)
        docs = rule.docs() if rule is not None else ""
        if not docs and seen is not None and seen.category == "internal":
            from ..registry import ENGINE_CODES

            docs = ENGINE_CODES.get(code, ("", ""))[1]
        source = (rule.source if rule is not None else None) or (seen.source if seen is not None else None)
        name = rule.name if rule is not None else (seen.name if seen is not None else "")
        out.append(
            f'<details class="rule" id="rule-{esc(code)}"><summary>Why {esc(code)} {esc(name)}?</summary>'
            f'<div class="explain">{esc(docs or "No explanation recorded for this rule.")}</div>'
            + (f'<div class="rule-source">Source: {esc(source)}</div>' if source else "")
            + "</details>"
        )
    return '<section id="rules" class="rules"><h2>Rules that fired</h2>' + "".join(out) + "</section>"


def rule_table(diags: Sequence[Diagnostic], rules: Mapping[str, Any]) -> tuple[str, str]:
    """The per-rule summary table and its chart."""
    by_rule: dict[str, Counter[Severity]] = {}
    files: dict[str, set[str]] = {}
    names: dict[str, tuple[str, str]] = {}
    for d in diags:
        by_rule.setdefault(d.code, Counter())[d.severity] += 1
        files.setdefault(d.code, set()).add(d.path)
        names.setdefault(d.code, (d.name, d.category))
    order = sorted(by_rule, key=lambda c: (-sum(by_rule[c].values()), c))
    rows = [
        '<table class="rules-table"><thead><tr><th>rule</th><th>name</th><th>category</th>'
        "<th>findings</th><th>files</th><th>what it checks</th></tr></thead><tbody>"
    ]
    for code in order:
        rule = rules.get(code)
        summary = rule.summary() if rule is not None else ""
        name, category = names[code]
        rows.append(
            f'<tr><td><a href="#rule-{esc(code)}"><code>{esc(code)}</code></a></td><td>{esc(name)}</td>'
            f'<td>{esc(category)}</td><td class="n">{sum(by_rule[code].values())}</td>'
            f'<td class="n">{len(files[code])}</td><td>{esc(summary)}</td></tr>'
        )
    rows.append("</tbody></table>")
    chart = bar_chart([(f"{c} {names[c][0]}", by_rule[c], f"#rule-{c}") for c in order], "Findings per rule")
    return "".join(rows), chart


# -- the whole report -------------------------------------------------------------


def collect(result: RunResult, sources: Mapping[str, str] | None = None) -> list[Article]:
    """One Article per checked file (clean ones too), with its source text.

    Sources already read by the run are reused; any other file is read again
    with medlint's own reader, so it decodes exactly as when it was linted.
    """
    from ..errors import InputError
    from ..linter import read_source

    known = dict(result.sources)
    known.update(sources or {})
    by_path: dict[str, list[Diagnostic]] = {}
    for p in result.paths:
        by_path.setdefault(p, [])
    for d in result.diagnostics:
        by_path.setdefault(d.path, []).append(d)
    articles = []
    for path, diags in by_path.items():
        diags.sort(key=lambda d: d.sort_key)
        notes: list[str] = []
        text = known.get(path)
        if text is None and path != "-":
            try:
                text = read_source(path)
            except InputError as exc:
                if not any(d.code == "ML902" for d in diags):
                    notes.append(f"The source cannot be shown: {exc.problem}.")
        if text is not None:
            notes.extend(check_spans(text, diags))
        articles.append(Article(path, text, diags, notes))
    return articles


def report_sections(result: RunResult, sources: Mapping[str, str] | None = None) -> list[str]:
    """Everything below the title: totals, files table, charts, per-rule table, articles, rules.

    ``medlint serve`` shows these same sections under its form.
    """
    from .. import __version__

    articles = sorted(collect(result, sources), key=lambda a: a.sort_key)
    s = result.summary()
    body: list[str] = []
    body.append(
        f'<p class="totals">medlint {esc(__version__)} checked {s["files"]} '
        f"file{'s' if s['files'] != 1 else ''}: {s['problems']} finding{'s' if s['problems'] != 1 else ''} "
        + severity_chips(result.counts())
        + "</p>"
    )
    for line in result.errors:
        body.append(f'<p class="note">{esc(line)}</p>')
    for note in result.notices:
        body.append(f'<p class="note">{esc(note)}</p>')
    anchors = {a.path: f"file-{i + 1}" for i, a in enumerate(articles)}

    body.append('<section id="files"><h2>Files</h2>')
    body.append(
        '<table class="files-table"><thead><tr><th>file</th><th>errors</th><th>warnings</th><th>info</th>'
        "<th>total</th></tr></thead><tbody>"
    )
    for a in articles:
        c = a.counts()
        body.append(
            f'<tr><td><a href="#{anchors[a.path]}">{esc(a.path)}</a></td>'
            + "".join(f'<td class="n">{c[sev]}</td>' for sev in SEVERITIES)
            + f'<td class="n">{sum(c.values())}</td></tr>'
        )
    body.append("</tbody></table></section>")

    table, rule_chart = rule_table(result.diagnostics, result.rules)
    file_chart = bar_chart(
        [(a.path, a.counts(), f"#{anchors[a.path]}") for a in articles if a.diagnostics], "Findings per file"
    )
    if result.diagnostics:
        body.append(f'<section id="charts" class="charts">{rule_chart}{file_chart}</section>')
        body.append(f'<section id="by-rule"><h2>Findings per rule</h2>{table}</section>')

    for a in articles:
        anchor = anchors[a.path]
        per_rule = Counter(d.code for d in a.diagnostics)
        rules_line = " ".join(
            f'<a class="chip" href="#rule-{esc(code)}">{esc(code)} \u00d7{n}</a>'
            for code, n in sorted(per_rule.items(), key=lambda kv: (-kv[1], kv[0]))
        )
        body.append(
            f'<section class="file" id="{anchor}"><h2>{esc(a.path)}</h2>'
            f"<p>{severity_chips(a.counts())} {rules_line}</p>{render_article(a, anchor)}</section>"
        )
    body.append(rule_explanations({d.code for d in result.diagnostics}, result.rules, result.diagnostics))
    return body


def render(result: RunResult, sources: Mapping[str, str] | None = None, title: str = "medlint report") -> str:
    """The complete report for a run: summaries, charts, then every article."""
    body = ["<main>", f"<h1>{esc(title)}</h1>", *report_sections(result, sources), "</main>"]
    return page(title, "\n".join(body))
