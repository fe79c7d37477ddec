"""``medlint lsp``: positions, code-action edits, and a real JSON-RPC session over stdio.

The session test starts ``python -m medlint lsp`` as a subprocess and speaks
LSP to it with Content-Length framing, as an editor does, then checks every
published range against ``medlint.lint_text`` converted to UTF-16 here, by a
conversion written independently of the server's.
"""

from __future__ import annotations

import importlib.util
import json
import os
import queue
import subprocess
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

import medlint
from medlint.config import discover_config
from medlint.document import Document
from medlint.fixes import apply_fixes
from medlint.formats import load_document
from medlint.lsp.actions import suppression_change, whole_text_change
from medlint.lsp.positions import UTF8, UTF16, UTF32, LineIndex

ROOT = Path(__file__).resolve().parent.parent
HAVE_PYGLS = importlib.util.find_spec("pygls") is not None


def utf16_position(text: str, offset: int) -> tuple[int, int]:
    """0-based line and UTF-16 character of a code-point offset (text with \\n or \\r\\n endings)."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return line, len(text[start:offset].encode("utf-16-le")) // 2


# -- positions -------------------------------------------------------------------


def test_emoji_counts_two_utf16_units_one_code_point_and_four_bytes() -> None:
    text = "a😀b\r\nc😀d"
    b = text.index("b")
    assert LineIndex(text, UTF16).position(b) == (0, 3)
    assert LineIndex(text, UTF32).position(b) == (0, 2)
    assert LineIndex(text, UTF8).position(b) == (0, 5)
    d = text.index("d")
    assert LineIndex(text, UTF16).position(d) == (1, 3)
    for enc in (UTF8, UTF16, UTF32):
        index = LineIndex(text, enc)
        for offset in range(len(text) + 1):
            if text[offset - 1 : offset + 1] == "\r\n":
                continue  # between \r and \n: not addressable in LSP
            assert index.offset(*index.position(offset)) == offset, (enc, offset)


def test_crlf_and_lone_cr_end_lines_and_offsets_past_a_line_clamp() -> None:
    text = "ab\r\ncd\ref\n"
    index = LineIndex(text)
    assert index.position(text.index("c")) == (1, 0)
    assert index.position(text.index("e")) == (2, 0)  # a lone \r ends a line in LSP
    assert index.position(2) == (0, 2) and index.position(3) == (0, 2)  # \r\n belongs to the line end
    assert index.offset(0, 99) == 2
    assert index.offset(99, 0) == len(text)
    assert index.line_count == 4


# -- code-action edits -----------------------------------------------------------


def _apply(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


def _suppress_and_relint(text: str, fmt: str, code: str) -> tuple[str, list[str]]:
    doc: Document = load_document(text, fmt)
    diag = next(d for d in medlint.lint_text(text, fmt) if d.code == code)
    change = suppression_change(doc, LineIndex(text), diag)
    assert change is not None
    fixed = _apply(text, change.start, change.end, change.new_text)
    return fixed, [d.code for d in medlint.lint_text(fixed, fmt)]


@pytest.mark.parametrize(
    ("fmt", "text", "expected"),
    [
        (
            "markdown",
            "# Title\n\nThe drug cures cancer.\n",
            "# Title\n\n<!-- medlint-disable-next-line CL101 -->\nThe drug cures cancer.\n",
        ),
        (  # a comment line would split the paragraph: end-of-line directive instead
            "markdown",
            "First line of the paragraph.\nThe drug cures cancer.\n",
            "First line of the paragraph.\nThe drug cures cancer. <!-- medlint-disable-line CL101 -->\n",
        ),
        (  # a comment line between items would end the list
            "markdown",
            "- one\n- The drug cures cancer.\n",
            "- one\n- The drug cures cancer. <!-- medlint-disable-line CL101 -->\n",
        ),
        (
            "html",
            "<p>Fine.\n  The drug cures cancer.</p>\r\n",
            "<p>Fine.\n  <!-- medlint-disable-next-line CL101 -->\n  The drug cures cancer.</p>\r\n",
        ),
        (  # an existing directive above is extended, not stacked
            "html",
            "<!-- medlint-disable-next-line CL103 -->\n\n<p>It cures cancer with no side effects.</p>\n",
            "<!-- medlint-disable-next-line CL103, CL101 -->\n\n<p>It cures cancer with no side effects.</p>\n",
        ),
    ],
)
def test_suppression_edit_silences_the_finding_and_leaves_no_unused_directive(
    fmt: str, text: str, expected: str
) -> None:
    fixed, codes = _suppress_and_relint(text, fmt, "CL101")
    assert fixed == expected
    assert "CL101" not in codes and "ML903" not in codes


def test_no_suppression_in_plain_text_or_front_matter() -> None:
    text = "The drug cures cancer.\n"
    d = next(d for d in medlint.lint_text(text, "text") if d.code == "CL101")
    assert suppression_change(load_document(text, "text"), LineIndex(text), d) is None
    md = "---\ntitle: Weight\nsources: internet\n---\n\nThe drug cures cancer.\n"
    doc = load_document(md, "markdown")
    body = next(d for d in medlint.lint_text(md, "markdown") if d.code == "CL101")
    assert suppression_change(doc, LineIndex(md), body) is not None
    # a finding on a front-matter line (document-level rules report there): a comment cannot go above it
    where = md.index("internet")
    in_front = replace(body, start=doc.position(where), end=doc.position(where + 8))
    assert suppression_change(doc, LineIndex(md), in_front) is None


def test_whole_text_change_is_the_smallest_span_between_common_prefix_and_suffix() -> None:
    assert whole_text_change("the the cat", "the cat") == whole_text_change("the the cat", "the cat")
    c = whole_text_change("a the the b", "a the b")
    assert c is not None and _apply("a the the b", c.start, c.end, c.new_text) == "a the b"
    assert whole_text_change("same", "same") is None


# -- the extra is optional ---------------------------------------------------------


def _run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(cwd),
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=60,
    )


def test_lsp_without_pygls_says_what_to_install_and_exits_2(tmp_path: Path) -> None:
    out = _run_python(
        "import sys\nsys.modules['pygls'] = None\nfrom medlint.cli import main\nsys.exit(main(['lsp']))",
        tmp_path,
    )
    assert out.returncode == 2
    assert "install medlint[lsp]" in out.stderr
    assert out.stderr.count("\n") == 1


def test_check_does_not_import_the_language_server(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("Nausea, nausea, nausea is common.\n", encoding="utf-8")
    out = _run_python(
        "import sys\nfrom medlint.cli import main\nmain(['check', '--isolated', '-q', 'a.md'])\n"
        "print([m for m in ('pygls', 'lsprotocol', 'medlint.lsp', 'cattrs') if m in sys.modules])",
        tmp_path,
    )
    assert out.stdout.strip().splitlines()[-1] == "[]", out.stderr


# -- a real session over stdio ------------------------------------------------------------


class Client:
    """A minimal LSP client: Content-Length framed JSON-RPC over the server's pipes."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "medlint", "lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=str(cwd),
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            headers: dict[str, str] = {}
            while True:
                line = out.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                key, _, value = line.decode("ascii").partition(":")
                headers[key.strip().lower()] = value.strip()
            body = out.read(int(headers["content-length"]))
            self.messages.put(json.loads(body.decode("utf-8")))

    def send(self, payload: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send({"method": method, "params": params or {}})

    def request(self, method: str, params: dict[str, Any] | None) -> Any:
        self.next_id += 1
        rid = self.next_id
        self.send({"id": rid, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == rid and "method" not in m)
        assert "error" not in reply, reply
        return reply.get("result")

    def wait(self, match: Any, timeout: float = 30.0) -> dict[str, Any]:
        while True:
            try:
                msg = self.messages.get(timeout=timeout)
            except queue.Empty:
                err = self.proc.stderr.read1(65536) if self.proc.stderr else b""  # type: ignore[attr-defined]
                raise AssertionError(f"no matching message; server stderr: {err!r}") from None
            self.seen.append(msg)
            if msg.get("method") == "window/showMessageRequest":
                self.send({"id": msg["id"], "result": None})
            if match(msg):
                return msg

    def diagnostics(self, uri: str, version: int | None = None) -> dict[str, Any]:
        msg = self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            )
        )
        params: dict[str, Any] = msg["params"]
        return params


def _apply_lsp_edits(text: str, edits: list[dict[str, Any]]) -> str:
    """Apply LSP TextEdits (UTF-16 positions) the way an editor does, last first."""

    def offset(pos: dict[str, int]) -> int:
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
        start = starts[pos["line"]]
        units = 0
        i = start
        while units < pos["character"]:
            units += 2 if ord(text[i]) > 0xFFFF else 1
            i += 1
        return i

    spans = sorted(
        ((offset(e["range"]["start"]), offset(e["range"]["end"]), e["newText"]) for e in edits), reverse=True
    )
    for s, e, new in spans:
        text = text[:s] + new + text[e:]
    return text


def _edits_of(action: dict[str, Any], uri: str) -> list[dict[str, Any]]:
    edit = action["edit"]
    if "documentChanges" in edit:
        return [e for dc in edit["documentChanges"] if dc["textDocument"]["uri"] == uri for e in dc["edits"]]
    edits: list[dict[str, Any]] = edit["changes"][uri]
    return edits


ARTICLE = (
    "# Semaglutide 💊 and weight\r\n"
    "\r\n"
    "Patients 😀 say the drug cures obesity with no side effects!\r\n"
    "\r\n"
    "Nausea, nausea, nausea is common. The the dose is weekly.\r\n"
)


@pytest.mark.skipif(not HAVE_PYGLS, reason="pygls not installed (medlint[lsp] extra)")
def test_lsp_session_over_stdio_matches_the_cli_spans(tmp_path: Path) -> None:
    (tmp_path / "medlint.toml").write_text('ignore = ["TX105"]\n', encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_bytes(ARTICLE.encode("utf-8"))
    uri = article.as_uri()
    expected = medlint.lint_text(ARTICLE, "markdown", config=discover_config(article), path=str(article))
    # the config is honoured: TX105 fires without it, and not with it
    assert "TX105" in {d.code for d in medlint.lint_text(ARTICLE, "markdown")}
    assert "TX105" not in {d.code for d in expected}
    assert {"CL101", "RP101"} <= {d.code for d in expected}

    client = Client(tmp_path)
    try:
        init = client.request(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": tmp_path.as_uri(),
                "capabilities": {
                    "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                    "workspace": {"workspaceEdit": {"documentChanges": True}},
                },
            },
        )
        caps = init["capabilities"]
        assert caps["positionEncoding"] == "utf-16"
        assert caps["hoverProvider"] and caps["codeActionProvider"]
        client.notify("initialized")
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": ARTICLE}},
        )
        published = client.diagnostics(uri)
        got = published["diagnostics"]
        assert len(got) == len(expected)
        for lsp_d, d in zip(got, expected, strict=True):
            start = utf16_position(ARTICLE, d.start.offset)
            end = utf16_position(ARTICLE, d.end.offset)
            assert (lsp_d["range"]["start"]["line"], lsp_d["range"]["start"]["character"]) == start
            assert (lsp_d["range"]["end"]["line"], lsp_d["range"]["end"]["character"]) == end
            assert start[0] == d.start.line - 1
            assert lsp_d["code"] == d.code and lsp_d["source"] == "medlint"
            assert lsp_d["severity"] == {"error": 1, "warning": 2, "info": 3}[str(d.severity)]
        cure = next(x for x in got if x["code"] == "CL101")
        cure_d = next(d for d in expected if d.code == "CL101")
        # the emoji before "cures" is one code point but two UTF-16 units
        assert cure["range"]["start"] == {"line": 2, "character": cure_d.start.column - 1 + 1}
        assert ARTICLE.splitlines()[2][cure_d.start.column - 1 :].startswith("cures")

        # code actions: the safe fix of "The the", and a suppression for the cure claim
        doubled = next(
            x
            for x in got
            if x["code"] == "RP101"
            and x["range"]["start"]["line"] == 4
            and x["range"]["start"]["character"] > 20
        )
        actions = client.request(
            "textDocument/codeAction",
            {
                "textDocument": {"uri": uri},
                "range": doubled["range"],
                "context": {"diagnostics": [doubled]},
            },
        )
        fix = next(a for a in actions if a["kind"] == "quickfix" and "suppress" not in a["title"])
        fixed = _apply_lsp_edits(ARTICLE, _edits_of(fix, uri))
        assert fixed == apply_fixes(ARTICLE, [d for d in expected if d.code == "RP101"])[0]
        assert "The dose is weekly" in fixed
        fix_all = next(a for a in actions if a["kind"] == "source.fixAll.medlint")
        assert _apply_lsp_edits(ARTICLE, _edits_of(fix_all, uri)) == apply_fixes(ARTICLE, expected)[0]

        actions = client.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": uri}, "range": cure["range"], "context": {"diagnostics": [cure]}},
        )
        suppress = next(a for a in actions if "suppress CL101" in a["title"])
        silenced = _apply_lsp_edits(ARTICLE, _edits_of(suppress, uri))
        assert "<!-- medlint-disable-next-line CL101 -->\r\n" in silenced
        codes = {d.code for d in medlint.lint_text(silenced, "markdown", config=discover_config(article))}
        assert "CL101" not in codes and "ML903" not in codes

        # hover on the flagged word shows the rule's docs
        hover = client.request(
            "textDocument/hover",
            {
                "textDocument": {"uri": uri},
                "position": {"line": 2, "character": cure["range"]["start"]["character"] + 2},
            },
        )
        assert hover["contents"]["kind"] == "markdown"
        assert "**CL101**" in hover["contents"]["value"]
        assert hover["range"] == cure["range"]
        assert (
            client.request(
                "textDocument/hover", {"textDocument": {"uri": uri}, "position": {"line": 1, "character": 0}}
            )
            is None
        )

        # two quick changes: only the last version is linted and published
        v2 = ARTICLE.replace("cures", "heals")
        v3 = "Plain text now. 🙂 It cures it.\r\n"
        for version, text in ((2, v2), (3, v3)):
            client.notify(
                "textDocument/didChange",
                {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]},
            )
        after = client.diagnostics(uri, version=3)
        assert not any(
            m.get("method") == "textDocument/publishDiagnostics" and m["params"].get("version") == 2
            for m in client.seen
        )
        exp3 = medlint.lint_text(v3, "markdown", config=discover_config(article), path=str(article))
        assert [(x["code"], x["range"]["start"]["character"]) for x in after["diagnostics"]] == [
            (d.code, utf16_position(v3, d.start.offset)[1]) for d in exp3
        ]

        # plain text: fixes yes, suppressions no (no comment syntax)
        txt_uri = (tmp_path / "note.txt").as_uri()
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": txt_uri, "languageId": "plaintext", "version": 1, "text": ARTICLE}},
        )
        txt = client.diagnostics(txt_uri)["diagnostics"]
        txt_cure = next(x for x in txt if x["code"] == "CL101")
        assert txt_cure["range"] == cure["range"]
        actions = client.request(
            "textDocument/codeAction",
            {"textDocument": {"uri": txt_uri}, "range": txt_cure["range"], "context": {"diagnostics": []}},
        )
        assert not any("suppress" in a["title"] for a in actions)

        # saving the config in the editor reloads it and re-lints the open documents
        (tmp_path / "medlint.toml").write_text('ignore = ["TX105", "CL101"]\n', encoding="utf-8")
        client.notify("textDocument/didSave", {"textDocument": {"uri": (tmp_path / "medlint.toml").as_uri()}})
        relinted = client.diagnostics(txt_uri)["diagnostics"]
        assert "CL101" not in {x["code"] for x in relinted} and "RP101" in {x["code"] for x in relinted}

        # a broken config is one clear diagnostic, not a dead server
        bad = tmp_path / "bad"
        bad.mkdir()
        (bad / "medlint.toml").write_text('selec = ["CL"]\n', encoding="utf-8")
        bad_uri = (bad / "x.md").as_uri()
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": bad_uri, "languageId": "markdown", "version": 1, "text": ARTICLE}},
        )
        (broken,) = client.diagnostics(bad_uri)["diagnostics"]
        assert broken["code"] == "config" and "unknown key 'selec'" in broken["message"]

        client.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        assert client.diagnostics(uri)["diagnostics"] == []
        line, char = utf16_position(ARTICLE, ARTICLE.index("side effects"))  # CL103, still on disk
        closed = {"textDocument": {"uri": uri}, "position": {"line": line, "character": char}}
        assert client.request("textDocument/hover", closed) is None  # not read back from disk

        assert client.request("shutdown", None) is None
        client.notify("exit")
        assert client.proc.wait(timeout=10) == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()


@pytest.mark.skipif(not HAVE_PYGLS, reason="pygls not installed (medlint[lsp] extra)")
def test_lsp_honours_a_negotiated_utf8_position_encoding(tmp_path: Path) -> None:
    text = "😀😀 The drug cures it.\n"
    uri = (tmp_path / "a.md").as_uri()
    client = Client(tmp_path)
    try:
        init = client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": None,
                "capabilities": {"general": {"positionEncodings": ["utf-8"]}},
            },
        )
        assert init["capabilities"]["positionEncoding"] == "utf-8"
        client.notify("initialized")
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}},
        )
        (cure,) = [x for x in client.diagnostics(uri)["diagnostics"] if x["code"] == "CL101"]
        start = text.index("cures")
        assert cure["range"]["start"] == {"line": 0, "character": len(text[:start].encode("utf-8"))}
        assert client.request("shutdown", None) is None
        client.notify("exit")
        assert client.proc.wait(timeout=10) == 0
    finally:
        if client.proc.poll() is None:
            client.proc.kill()
            client.proc.wait()
