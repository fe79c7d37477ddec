"""The Starlette app behind ``medlint serve``: a form, the HTML report, a fix preview, a download.

One page does everything with plain HTML forms, so it works without script and
a browser test can drive it like an editor would. The article is checked with
the same Linter and shown with the same renderer as ``--format html``; fixes are
the CLI's safe fixes (``medlint.fixes``). Requests larger than ``max_bytes`` are
refused with HTTP 413 and a readable page, before the body is parsed.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import re
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from concurrent.futures import Executor
from dataclasses import dataclass
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData, UploadFile
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from ..config import Config, discover_config
from ..diagnostic import Diagnostic
from ..errors import InputError
from ..fixes import apply_fixes
from ..formats import EXTENSIONS, FORMATS, decode, detect_format
from ..linter import Linter
from ..parallel import MIN_PARALLEL_CHARS, lint_text_parallel
from ..parallel import warm as warm_workers
from ..registry import ENGINE_CODES
from ..report import RunResult
from ..report.html import esc, page, report_sections
from . import DEFAULT_MAX_BYTES

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

#: A refused upload is still read (and thrown away) up to this many bytes, so the
#: browser receives the 413 page instead of a reset connection mid-upload.
DRAIN_LIMIT = 256 * 1024 * 1024

MEDIA_TYPES = {"text": "text/plain", "markdown": "text/markdown", "html": "text/html"}

WEB_CSS = """
form#article-form{background:#fff;border:1px solid #e5e7eb;border-radius:6px;padding:1rem}
textarea{width:100%;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:.5rem}
.row{display:flex;flex-wrap:wrap;gap:1rem;margin:.6rem 0;align-items:end}
fieldset{border:1px solid #e5e7eb;margin:.6rem 0}fieldset label{margin-right:1rem;white-space:nowrap}
button{font:inherit;padding:.35rem 1rem;margin-right:.5rem;cursor:pointer}
.error{background:#fee2e2;border:1px solid #b91c1c;color:#7f1d1d;padding:.5rem .8rem;border-radius:4px}
.hint{color:#6b7280;font-size:.9rem}
pre.diff{background:#fff;border:1px solid #e5e7eb;padding:.5rem;white-space:pre-wrap;font-size:13px}
pre.diff .add{background:#dcfce7;display:block}pre.diff .del{background:#fee2e2;display:block}
pre.diff .hunk{color:#6b7280;display:block}
"""

WEB_JS = """
(function(){
var f=document.getElementById('file');if(!f)return;
f.addEventListener('change',function(){
 var max=+f.getAttribute('data-max-bytes'),file=f.files&&f.files[0],out=document.getElementById('client-error');
 out.textContent='';
 if(file&&file.size>max){out.textContent=file.name+' is '+(file.size/1048576).toFixed(1)+' MB; the limit is '+(max/1048576).toFixed(1)+' MB.';f.value='';}
 else if(file){var n=document.getElementById('filename');if(n)n.value=file.name;}
});
})();
"""

_MARKUP = re.compile(r"<(?:!doctype|html|head|body|p|div|h[1-6]|article|section|ul|ol|table|br)\b", re.I)
_MARKDOWN = re.compile(r"^(?:#{1,6} |[-*+] |\d+\. |> |```)|\[[^\]\n]+\]\([^)\s]+\)", re.M)


class UserError(Exception):
    """A submission medlint cannot check; shown to the editor on the page with ``status``."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class BodyTooLarge(Exception):
    """The request body grew past the limit while it was being read."""


def infer_format(name: str, text: str) -> str:
    """The format named by the file's extension, else a guess from the text itself.

    Pasted text has no extension, so HTML tags or Markdown structure (headings,
    list markers, links) decide; anything else is plain text.
    """
    ext = os.path.splitext(name)[1].lower()
    if ext in EXTENSIONS:
        return detect_format(name)
    head = text[:20000]
    if _MARKUP.search(head):
        return "html"
    if _MARKDOWN.search(head):
        return "markdown"
    return "text"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB" if n >= 1024 * 1024 else f"{n / 1024:.0f} KB"


def too_large_message(size: int | None, limit: int) -> str:
    what = f"is {_size(size)}" if size is not None else "is too large"
    return (
        f"This upload {what}; medlint serve accepts at most {_size(limit)} per article. "
        "Check a shorter part, or restart the server with a larger --max-bytes."
    )


class LimitBody:
    """ASGI middleware: refuse bodies over ``max_bytes`` before any parsing.

    A declared Content-Length over the limit gets the 413 page at once (after
    draining what the browser sends, up to DRAIN_LIMIT); a body without one is
    counted as it streams and stops with BodyTooLarge, which the app turns into
    the same page.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, render_error: Callable[[int, str], Response]) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.render_error = render_error

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            drained = 0
            more = True
            while more and drained <= DRAIN_LIMIT:
                message = await receive()
                drained += len(message.get("body", b""))
                more = message.get("more_body", False) and message["type"] == "http.request"
            response = self.render_error(413, too_large_message(int(length), self.max_bytes))
            await response(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise BodyTooLarge
            return message

        await self.app(scope, counted, send)


@dataclass(frozen=True)
class Submission:
    """One article as the editor sent it."""

    text: str
    name: str
    format: str
    chosen_format: str
    categories: tuple[str, ...]


class Checker:
    """The configured linters, one per choice of rule families, shared by all requests."""

    def __init__(self, config: Config | None = None, workers: int = 1) -> None:
        self.config = config if config is not None else discover_config(os.getcwd())
        self.base = Linter(self.config)
        self.categories = sorted({r.category for r in self.base.rules})
        self._linters: dict[frozenset[str], Linter] = {frozenset(self.categories): self.base}
        self._lock = threading.Lock()  # rules keep per-run caches; one article at a time
        #: worker processes that share a large article's rules (``medlint.parallel``); none for one
        self.workers = workers
        self._pool: Executor | None = None
        if workers > 1:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawned, not forked: the server runs request threads, and a fork copies their locks
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))

    def linter(self, categories: tuple[str, ...]) -> Linter:
        key = frozenset(categories)
        linter = self._linters.get(key)
        if linter is None:
            codes = [r.code for r in self.base.rules if r.category in key]
            codes += [c for c in ENGINE_CODES if c in self.base.enabled_codes]
            linter = Linter(self.config, self.base.registry, select=codes)
            self._linters[key] = linter
        return linter

    def lint(self, sub: Submission) -> tuple[Linter, list[Diagnostic]]:
        with self._lock:
            linter = self.linter(sub.categories)
            if self._pool is not None and len(sub.text) >= MIN_PARALLEL_CHARS:
                diags = lint_text_parallel(linter, sub.text, sub.format, sub.name, self._pool, self.workers)
                return linter, diags
            return linter, linter.lint_text(sub.text, sub.format, sub.name)

    def close(self) -> None:
        """Stop the worker processes, if any."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def warm_up(self) -> None:
        """Load what the first article would otherwise wait for (word lists, dictionaries)."""
        for fmt in FORMATS:
            self.base.lint_text("Doctors agree this cure is 100% safe.\n", fmt, "warm-up")
        if self._pool is not None:
            warm_workers(self._pool, self.config, [r.code for r in self.base.rules], self.workers)


async def read_submission(request: Request, checker: Checker, max_bytes: int) -> Submission:
    """Parse the form into a Submission, or raise UserError with what to do instead."""
    try:
        form: FormData = await request.form(max_files=2, max_fields=100, max_part_size=max_bytes)
    except HTTPException as exc:
        raise UserError(400, f"The form could not be read: {exc.detail}") from None
    upload = form.get("file")
    name = str(form.get("filename") or "").strip()
    if isinstance(upload, UploadFile) and upload.filename:
        name = os.path.basename(upload.filename.replace("\\", "/"))
        data = await upload.read()
        try:
            text = decode(data, name)
        except InputError as exc:
            raise UserError(400, f"{name} {exc.problem}.") from None
    else:
        # Browsers send a textarea with CRLF line ends whatever was pasted.
        text = str(form.get("text") or "").replace("\r\n", "\n")
    if not text.strip():
        raise UserError(400, "Paste an article into the box or choose a file to upload.")
    chosen = str(form.get("format") or "auto")
    if chosen != "auto" and chosen not in FORMATS:
        raise UserError(400, f"Unknown format {chosen!r}: pick text, markdown, html or auto.")
    fmt = chosen if chosen != "auto" else infer_format(name, text)
    picked = tuple(str(c) for c in form.getlist("category"))
    unknown = [c for c in picked if c not in checker.categories]
    if unknown:
        raise UserError(400, f"Unknown rule family {unknown[0]!r}.")
    if not picked:
        raise UserError(400, "Pick at least one rule family to check.")
    return Submission(text, name or f"article{_default_ext(fmt)}", fmt, chosen, picked)


def _default_ext(fmt: str) -> str:
    return {"text": ".txt", "markdown": ".md", "html": ".html"}[fmt]


# -- the page ---------------------------------------------------------------------


def form_html(checker: Checker, max_bytes: int, sub: Submission | None = None) -> str:
    chosen = sub.chosen_format if sub else "auto"
    picked = set(sub.categories) if sub else set(checker.categories)
    options = "".join(
        f'<option value="{f}"{" selected" if f == chosen else ""}>{label}</option>'
        for f, label in (
            ("auto", "infer from name or text"),
            ("text", "plain text"),
            ("markdown", "Markdown"),
            ("html", "HTML"),
        )
    )
    boxes = "".join(
        f'<label><input type="checkbox" name="category" value="{esc(c)}" id="cat-{i}"'
        f"{' checked' if c in picked else ''}> {esc(c)}</label>"
        for i, c in enumerate(checker.categories)
    )
    # A textarea drops one leading newline, so always give it one to drop.
    text = esc(sub.text) if sub else ""
    return (
        '<form id="article-form" method="post" action="/check" enctype="multipart/form-data" '
        'accept-charset="utf-8">'
        '<label for="text"><strong>Paste an article</strong> (plain text, Markdown or HTML)</label>'
        f'<textarea id="text" name="text" rows="14" spellcheck="false">\n{text}</textarea>'
        '<div class="row">'
        f'<label>or upload a file <input type="file" id="file" name="file" data-max-bytes="{max_bytes}" '
        'accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"></label>'
        f'<label>file name <input id="filename" name="filename" value="{esc(sub.name if sub else "")}" '
        'placeholder="article.md"></label>'
        f'<label>format <select id="format" name="format">{options}</select></label></div>'
        f"<fieldset><legend>Rule families</legend>{boxes}</fieldset>"
        '<button type="submit" id="check">Check</button>'
        '<button type="submit" id="download" formaction="/fix">Download fixed copy</button>'
        f'<p class="hint">Up to {_size(max_bytes)} per article. The text stays on this computer. '
        '<span id="client-error" class="error-text" role="alert"></span></p></form>'
    )


def unified_diff(old: str, new: str, name: str) -> list[str]:
    """A unified diff of the fixed copy, without context lines.

    Safe fixes edit within lines, so when the line count is unchanged the
    changed lines are found by comparing them in place (a 1 MB article in
    milliseconds); otherwise difflib works it out.
    """
    a, b = old.splitlines(), new.splitlines()
    head = [f"--- a/{name}", f"+++ b/{name}"]
    if len(a) != len(b):
        return [line.rstrip("\n") for line in difflib.unified_diff(a, b, f"a/{name}", f"b/{name}", n=0)]
    out = head
    i = 0
    while i < len(a):
        if a[i] == b[i]:
            i += 1
            continue
        j = i
        while j < len(a) and a[j] != b[j]:
            j += 1
        count = "" if j - i == 1 else f",{j - i}"
        out.append(f"@@ -{i + 1}{count} +{i + 1}{count} @@")
        out += [f"-{line}" for line in a[i:j]] + [f"+{line}" for line in b[i:j]]
        i = j
    return out if len(out) > 2 else []


def diff_html(sub: Submission, diags: list[Diagnostic]) -> tuple[str, int]:
    """The preview of the safe fixes as a coloured diff, and how many fixes it holds."""
    fixed, n = apply_fixes(sub.text, diags)
    lines = unified_diff(sub.text, fixed, sub.name) if n else []
    if not lines:
        return '<section id="fixes"><h2>Safe fixes</h2><p>No safe fixes for this article.</p></section>', 0
    spans = []
    for line in lines:
        kind = {"+": "add", "-": "del", "@": "hunk"}.get(line[:1], "ctx")
        if line.startswith(("+++ ", "--- ")):
            kind = "hunk"
        spans.append(f'<span class="{kind}">{esc(line)}</span>')
    return (
        f'<section id="fixes"><h2>Safe fixes</h2><p>{n} safe fix{"es" if n != 1 else ""} '
        "would change the article like this; <em>Download fixed copy</em> saves the result.</p>"
        f'<pre class="diff">{"".join(spans)}</pre></section>',
        n,
    )


def whole_page(body: str) -> str:
    return page(
        "medlint: check an article",
        f"<main><h1>medlint: check an article</h1>{body}</main>",
        css=WEB_CSS,
        js=WEB_JS,
        form_action="'self'",
    )


# -- the app ----------------------------------------------------------------------


def create_app(
    config: Config | None = None, max_bytes: int = DEFAULT_MAX_BYTES, warm: bool = True, workers: int = 1
) -> ASGIApp:
    """The ASGI app; ``max_bytes`` bounds each request (article plus form); ``workers`` processes
    share a large article's rules."""
    checker = Checker(config, workers)
    if warm:
        checker.warm_up()

    def error_page(status: int, message: str, sub: Submission | None = None) -> Response:
        body = f'<p class="error" role="alert" id="error">{esc(message)}</p>' + form_html(
            checker, max_bytes, sub
        )
        return HTMLResponse(whole_page(body), status_code=status)

    async def index(request: Request) -> Response:
        return HTMLResponse(whole_page(form_html(checker, max_bytes)))

    async def check(request: Request) -> Response:
        t0 = time.perf_counter()
        sub = await read_submission(request, checker, max_bytes)
        t1 = time.perf_counter()
        linter, diags = await run_in_threadpool(checker.lint, sub)
        t2 = time.perf_counter()
        result = RunResult(
            diagnostics=diags,
            files=1,
            notices=list(linter.notices),
            rules={r.code: type(r) for r in linter.rules},
            sources={sub.name: sub.text},
            paths=[sub.name],
        )

        def build() -> str:
            fixes, n = diff_html(sub, diags)
            link = (
                f' <a href="#fixes">{n} safe fix{"es" if n != 1 else ""}</a> can be previewed.' if n else ""
            )
            note = f'<p class="hint" id="checked">Checked {esc(sub.name)} as {sub.format}.{link}</p>'
            return whole_page(
                form_html(checker, max_bytes, sub) + note + "".join(report_sections(result)) + fixes
            )

        html_text = await run_in_threadpool(build)
        t3 = time.perf_counter()
        timing = f"form;dur={(t1 - t0) * 1000:.0f}, lint;dur={(t2 - t1) * 1000:.0f}, render;dur={(t3 - t2) * 1000:.0f}"
        return HTMLResponse(html_text, headers={"Server-Timing": timing})

    async def fix(request: Request) -> Response:
        sub = await read_submission(request, checker, max_bytes)
        _, diags = await run_in_threadpool(checker.lint, sub)
        fixed, n = apply_fixes(sub.text, diags)
        stem, ext = os.path.splitext(sub.name)
        filename = re.sub(r"[^A-Za-z0-9._-]+", "_", f"{stem}.fixed{ext or _default_ext(sub.format)}")
        return Response(
            fixed,
            media_type=MEDIA_TYPES[sub.format],
            headers={
                "Content-Disposition": f'attachment; filename="{filename}"',
                "X-Medlint-Fixes": str(n),
                "X-Content-Type-Options": "nosniff",
            },
        )

    async def user_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, UserError)
        return error_page(exc.status, exc.message)

    async def body_too_large(request: Request, exc: Exception) -> Response:
        return error_page(413, too_large_message(None, max_bytes))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        checker.close()  # the worker processes go with the server (they hold its stderr open)

    app = Starlette(
        routes=[
            Route("/", index, methods=["GET"]),
            Route("/check", check, methods=["POST"]),
            Route("/fix", fix, methods=["POST"]),
        ],
        exception_handlers={UserError: user_error, BodyTooLarge: body_too_large},
        lifespan=lifespan,
    )
    return LimitBody(app, max_bytes, error_page)
