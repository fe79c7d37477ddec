"""The medlint Language Server on pygls: diagnostics, code actions and hover.

Imported only by ``medlint lsp`` (through medlint/lsp/__init__.py), so neither
pygls nor this module costs anything when the CLI checks files.

* Diagnostics on open and save at once; on change after a pause (``DEBOUNCE_S``):
  a newer change cancels the pending run, and a run whose text is no longer the
  document's is dropped instead of published. Linting runs in one worker thread
  so the server keeps answering while an article is linted.
* Configuration is discovered from each document's path exactly as ``medlint
  check`` does (nearest medlint.toml or pyproject.toml with [tool.medlint]);
  saving such a file in the editor reloads it and re-lints the open documents.
* Documents are synced in full, not incrementally: pygls applies incremental
  changes with ``str.splitlines``, which also breaks lines at U+2028, form feeds
  and other characters LSP does not treat as line ends, and would corrupt its
  copy of such an article. A full article per change is a few kilobytes.
"""

from __future__ import annotations

import asyncio
import os
import re
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from lsprotocol import types as lsp
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from .. import __version__
from ..config import discover_config, load_config_file
from ..diagnostic import Diagnostic, Severity
from ..document import Document
from ..errors import MedlintError
from ..fixes import apply_fixes
from ..formats import EXTENSIONS, load_document
from ..linter import linter_for
from ..registry import ENGINE_CODES, Registry
from ..report.text import help_lines
from ..rule import Rule
from .actions import Change, can_suppress, fix_changes, suppression_change, whole_text_change
from .positions import LineIndex

DEBOUNCE_S = 0.3
SOURCE = "medlint"
FIX_ALL_KIND = "source.fixAll.medlint"

#: LSP languageId -> medlint format (VS Code, Neovim filetypes and Helix names)
LANGUAGE_IDS = {
    "markdown": "markdown",
    "md": "markdown",
    "html": "html",
    "xhtml": "html",
    "plaintext": "text",
    "text": "text",
    "txt": "text",
}
_SEVERITY = {
    Severity.ERROR: lsp.DiagnosticSeverity.Error,
    Severity.WARNING: lsp.DiagnosticSeverity.Warning,
    Severity.INFO: lsp.DiagnosticSeverity.Information,
}
_NO_OVERRIDES: tuple[object, ...] = (None, (), ())


def document_format(language_id: str | None, path: str | None) -> str | None:
    """medlint's format for a document, or None when medlint should leave it alone.

    The languageId wins; an unknown one falls back to the file extension, so a
    client that sends e.g. "mdx" or nothing useful still gets .md files linted,
    while Python or JSON files are never linted by a globally configured client.
    """
    fmt = LANGUAGE_IDS.get((language_id or "").lower())
    if fmt is None and path:
        fmt = EXTENSIONS.get(os.path.splitext(path)[1].lower())
    return fmt


@dataclass
class LintResult:
    """One lint of one version of a document: what code actions and hover answer from."""

    uri: str
    version: int | None
    text: str
    index: LineIndex
    diagnostics: list[Diagnostic] = field(default_factory=list)
    doc: Document | None = None
    registry: Registry | None = None
    error: str | None = None
    notices: tuple[str, ...] = ()


def lint(uri: str, version: int | None, text: str, fmt: str, encoding: str, fallback_dir: str) -> LintResult:
    """Lint ``text`` as the CLI would lint the file at the document's path (runs in the worker)."""
    path = to_fs_path(uri) if uri.startswith("file:") else None
    index = LineIndex(text, encoding)
    try:
        cfg = discover_config(path or fallback_dir)
        linter = linter_for(cfg, _NO_OVERRIDES)
        doc = load_document(text, fmt, path, cfg.nlp_model)
        diags = linter.lint_document(doc)
    except MedlintError as exc:  # a broken config, a plugin that cannot load: shown, not fatal
        return LintResult(uri, version, text, index, error=str(exc))
    except Exception as exc:  # a bug in medlint must not leave the editor with stale findings
        return LintResult(uri, version, text, index, error=f"internal error: {type(exc).__name__}: {exc}")
    notices = (*linter.notices, *(f"error: {e}" for e in linter.registry.errors))
    return LintResult(uri, version, text, index, diags, doc, linter.registry, notices=notices)


def lsp_range(index: LineIndex, start: int, end: int) -> lsp.Range:
    (sl, sc), (el, ec) = index.position(start), index.position(end)
    return lsp.Range(lsp.Position(sl, sc), lsp.Position(el, ec))


def to_lsp(d: Diagnostic, result: LintResult) -> lsp.Diagnostic:
    """One medlint Diagnostic as LSP sees it: UTF-16 (or negotiated) range, code, source, data."""
    message = d.message
    for line in help_lines(d):
        message += "\n" + line
    href = d.source if d.source and re.match(r"https?://\S+$", d.source) else None
    return lsp.Diagnostic(
        range=lsp_range(result.index, d.start.offset, d.end.offset),
        message=message,
        severity=_SEVERITY[d.severity],
        code=d.code,
        code_description=lsp.CodeDescription(href=href) if href else None,
        source=SOURCE,
        tags=[lsp.DiagnosticTag.Unnecessary] if d.code == "ML903" else None,
        related_information=[
            lsp.DiagnosticRelatedInformation(
                lsp.Location(result.uri, lsp_range(result.index, r.start.offset, r.end.offset)),
                r.message or d.message,
            )
            for r in d.related
        ]
        or None,
        data={
            "name": d.name,
            "category": d.category,
            "reference": d.source,
            "fixable": bool(d.fix and d.fix.safe),
        },
    )


def _failure_diagnostic(message: str) -> lsp.Diagnostic:
    """medlint could not lint the document: one error at its top, coded by why."""
    return lsp.Diagnostic(
        range=lsp.Range(lsp.Position(0, 0), lsp.Position(0, 0)),
        message=f"medlint could not run: {message}",
        severity=lsp.DiagnosticSeverity.Error,
        code="internal" if message.startswith("internal error") else "config",
        source=SOURCE,
    )


def explain(registry: Registry, code: str) -> str:
    """What ``medlint explain CODE`` prints for the rule behind a diagnostic."""
    rule = registry.rules.get(code)
    if rule is not None:
        return _explain_rule(rule)
    name, desc = ENGINE_CODES.get(code, ("", ""))
    return f"{code} {name} (engine)\n\n{desc}"


_EXPLAINED: dict[type[Rule], str] = {}


def _explain_rule(rule: type[Rule]) -> str:
    """Cached per rule class: explaining runs the rule's examples."""
    text = _EXPLAINED.get(rule)
    if text is None:
        from ..cli import _explain_text  # one definition of a rule's docs

        text = _EXPLAINED[rule] = _explain_text(rule)
    return text


def _markdown_escape(text: str) -> str:
    """Plain text shown as Markdown: line breaks and indentation kept, no markup read into it."""
    lines = []
    for line in text.splitlines():
        body = line.lstrip(" ")
        body = re.sub(r"([\\`*_\[\]<>#|~&])", r"\\\1", body)
        body = re.sub(r"^([-+=])", r"\\\1", body)  # would start a list item or a heading underline
        body = re.sub(r"^(\d+)([.)])", r"\1\\\2", body)  # would start a numbered item
        lines.append("\u00a0" * (len(line) - len(line.lstrip(" "))) + body)
    return "  \n".join(lines)


class MedlintLanguageServer(LanguageServer):
    """State per open document: the pending lint task and the last published result."""

    def __init__(self) -> None:
        super().__init__("medlint", __version__, text_document_sync_kind=lsp.TextDocumentSyncKind.Full)
        self.results: dict[str, LintResult] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="medlint-lint")
        self.told: set[str] = set()
        self.debounce = DEBOUNCE_S

    # -- linting ------------------------------------------------------------------
    def encoding(self) -> str:
        enc = self.workspace.position_encoding
        return str(enc.value if isinstance(enc, lsp.PositionEncodingKind) else enc or "utf-16")

    def fallback_dir(self) -> str:
        root = self.workspace.root_path
        return root if root and os.path.isdir(root) else os.getcwd()

    def schedule(self, uri: str, delay: float) -> None:
        """Lint ``uri`` after ``delay`` seconds, cancelling a run still waiting or working."""
        old = self.pending.pop(uri, None)
        if old is not None:
            old.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._run(uri, delay))

    async def _run(self, uri: str, delay: float) -> None:
        me = asyncio.current_task()
        try:
            if delay:
                await asyncio.sleep(delay)
            result = await self.fresh_result(uri)
            if result is None or self.pending.get(uri) is not me:
                return
            self.publish(result)
        finally:
            if self.pending.get(uri) is me:
                del self.pending[uri]

    async def fresh_result(self, uri: str) -> LintResult | None:
        """The lint of the document's current text: cached if nothing changed, else linted now."""
        if uri not in self.workspace.text_documents:  # not open: pygls would read it from disk
            return None
        document = self.workspace.get_text_document(uri)
        fmt = document_format(document.language_id, document.path)
        if fmt is None:
            return None
        text, version = document.source, document.version
        cached = self.results.get(uri)
        if cached is not None and cached.text == text and cached.index.encoding == self.encoding():
            cached.version = version  # same text again (an undo, a save): same findings
            return cached
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(
            self.worker, lint, uri, version, text, fmt, self.encoding(), self.fallback_dir()
        )
        if uri not in self.workspace.text_documents:  # closed meanwhile
            return None
        if self.workspace.get_text_document(uri).source != text:  # superseded
            return None
        self.results[uri] = result
        return result

    def publish(self, result: LintResult) -> None:
        if result.error is not None:
            diags = [_failure_diagnostic(result.error)]
            self.tell(result.error, lsp.MessageType.Error)
        else:
            diags = [to_lsp(d, result) for d in result.diagnostics]
            for note in result.notices:
                self.tell(note, lsp.MessageType.Error if note.startswith("error:") else lsp.MessageType.Info)
        self.text_document_publish_diagnostics(
            lsp.PublishDiagnosticsParams(uri=result.uri, diagnostics=diags, version=result.version)
        )

    def tell(self, message: str, kind: lsp.MessageType) -> None:
        """Log a run-level message once per session (errors are also shown)."""
        if message in self.told:
            return
        self.told.add(message)
        self.window_log_message(lsp.LogMessageParams(kind, f"medlint: {message}"))
        if kind == lsp.MessageType.Error:
            self.window_show_message(lsp.ShowMessageParams(kind, f"medlint: {message}"))

    def forget(self, uri: str) -> None:
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.results.pop(uri, None)
        self.text_document_publish_diagnostics(lsp.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def reload_config(self) -> None:
        """Forget cached configs and linters (a config file was saved) and re-lint everything."""
        from .. import config, linter

        config._find_in.cache_clear()
        load_config_file.cache_clear()
        linter._WORKER_LINTERS.clear()
        self.results.clear()
        for uri in list(self.workspace.text_documents):
            self.schedule(uri, 0)

    # -- code actions and hover ---------------------------------------------------------
    def code_actions(
        self, result: LintResult, rng: lsp.Range, only: Sequence[str] | None
    ) -> list[lsp.CodeAction]:
        def wanted(kind: str) -> bool:
            return only is None or any(kind == o or kind.startswith(o + ".") for o in only)

        index = result.index
        lo = index.offset(rng.start.line, rng.start.character)
        hi = index.offset(rng.end.line, rng.end.character)
        actions: list[lsp.CodeAction] = []
        for d in result.diagnostics:
            if not (d.start.offset <= hi and lo <= d.end.offset):
                continue
            shown = to_lsp(d, result)
            changes = fix_changes(d)
            if changes and wanted(lsp.CodeActionKind.QuickFix):
                what = d.fix.description if d.fix and d.fix.description else f"apply the fix for {d.code}"
                actions.append(
                    lsp.CodeAction(
                        title=f"medlint: {what} ({d.code})",
                        kind=lsp.CodeActionKind.QuickFix,
                        diagnostics=[shown],
                        is_preferred=True,
                        edit=self.workspace_edit(result, changes),
                    )
                )
            if result.doc is not None and can_suppress(result.doc, d) and wanted(lsp.CodeActionKind.QuickFix):
                change = suppression_change(result.doc, index, d)
                if change is not None:
                    actions.append(
                        lsp.CodeAction(
                            title=f"medlint: suppress {d.code} ({d.name}) here with a comment",
                            kind=lsp.CodeActionKind.QuickFix,
                            diagnostics=[shown],
                            edit=self.workspace_edit(result, [change]),
                        )
                    )
        if wanted(FIX_ALL_KIND) and any(fix_changes(d) for d in result.diagnostics):
            fixed, n = apply_fixes(result.text, result.diagnostics)
            whole = whole_text_change(result.text, fixed)
            if whole is not None:
                actions.append(
                    lsp.CodeAction(
                        title=f"medlint: apply all safe fixes ({n})",
                        kind=FIX_ALL_KIND,
                        edit=self.workspace_edit(result, [whole]),
                    )
                )
        return actions

    def workspace_edit(self, result: LintResult, changes: list[Change]) -> lsp.WorkspaceEdit:
        edits = [lsp.TextEdit(lsp_range(result.index, c.start, c.end), c.new_text) for c in changes]
        ws = self.client_capabilities.workspace
        if ws and ws.workspace_edit and ws.workspace_edit.document_changes:
            # the version pins the edit to the text it was computed for; a client refuses it if stale
            doc_id = lsp.OptionalVersionedTextDocumentIdentifier(uri=result.uri, version=result.version)
            return lsp.WorkspaceEdit(document_changes=[lsp.TextDocumentEdit(doc_id, list(edits))])
        return lsp.WorkspaceEdit(changes={result.uri: edits})

    async def hover(self, result: LintResult, pos: lsp.Position) -> lsp.Hover | None:
        offset = result.index.offset(pos.line, pos.character)
        hits = [
            d
            for d in result.diagnostics
            if d.start.offset <= offset < d.end.offset or d.start.offset == offset == d.end.offset
        ]
        if not hits or result.registry is None:
            return None
        markdown = lsp.MarkupKind.Markdown in (self._hover_formats() or [lsp.MarkupKind.Markdown])
        parts: list[str] = []
        seen: set[str] = set()
        loop = asyncio.get_running_loop()
        for d in hits:
            if d.code in seen:
                continue
            seen.add(d.code)
            docs = await loop.run_in_executor(self.worker, explain, result.registry, d.code)
            if markdown:
                parts.append(
                    f"**{d.code}** `{d.name}`: {_markdown_escape(d.message)}\n\n{_markdown_escape(docs)}"
                )
            else:
                parts.append(f"{d.code} {d.name}: {d.message}\n\n{docs}")
        first = min(hits, key=lambda d: (d.start.offset, d.end.offset))
        last_end = max(d.end.offset for d in hits)
        return lsp.Hover(
            contents=lsp.MarkupContent(
                kind=lsp.MarkupKind.Markdown if markdown else lsp.MarkupKind.PlainText,
                value=("\n\n---\n\n" if markdown else "\n\n----\n\n").join(parts),
            ),
            range=lsp_range(result.index, first.start.offset, last_end),
        )

    def _hover_formats(self) -> Sequence[lsp.MarkupKind] | None:
        caps = self.client_capabilities.text_document
        return caps.hover.content_format if caps and caps.hover else None


def build_server() -> MedlintLanguageServer:
    server = MedlintLanguageServer()

    @server.feature(lsp.INITIALIZE)
    def initialize(ls: MedlintLanguageServer, params: lsp.InitializeParams) -> None:
        options = params.initialization_options
        if isinstance(options, dict) and isinstance(options.get("debounceMs"), (int, float)):
            ls.debounce = max(0.0, float(options["debounceMs"]) / 1000)

    @server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: MedlintLanguageServer, params: lsp.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: MedlintLanguageServer, params: lsp.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: MedlintLanguageServer, params: lsp.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path and os.path.basename(path) in ("medlint.toml", "pyproject.toml"):
            ls.reload_config()
        else:
            ls.schedule(uri, 0)

    @server.feature(lsp.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: MedlintLanguageServer, params: lsp.DidCloseTextDocumentParams) -> None:
        ls.forget(params.text_document.uri)

    @server.feature(
        lsp.TEXT_DOCUMENT_CODE_ACTION,
        lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix, FIX_ALL_KIND]),
    )
    async def code_action(ls: MedlintLanguageServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
        result = await ls.fresh_result(params.text_document.uri)
        if result is None or result.error is not None:
            return []
        return ls.code_actions(result, params.range, params.context.only)

    @server.feature(lsp.TEXT_DOCUMENT_HOVER)
    async def hover(ls: MedlintLanguageServer, params: lsp.HoverParams) -> lsp.Hover | None:
        result = await ls.fresh_result(params.text_document.uri)
        if result is None:
            return None
        return await ls.hover(result, params.position)

    return server


def serve() -> int:
    """Speak LSP on stdin/stdout until the client says exit."""
    import sys

    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print must never corrupt the JSON-RPC stream
    server = build_server()
    server.start_io(sys.stdin.buffer, out)
    return 0


__all__ = ["LintResult", "MedlintLanguageServer", "build_server", "document_format", "lint", "serve"]
