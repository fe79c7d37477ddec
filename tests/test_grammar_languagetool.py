"""MT113 end to end against a loopback server speaking LanguageTool's /v2 API.

The fake server implements the documented JSON of ``/v2/languages`` and
``/v2/check`` and finds doubled words, reporting offsets in UTF-16 units the
way the Java server does, so the tests prove offset conversion, batching,
disabled rules, Markdown spans and the server-down path.
"""

from __future__ import annotations

import json
import re
import socket
import threading
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import medlint
from medlint.config import LanguageToolConfig, parse_config
from medlint.linter import Linter
from medlint.rules.translation.MT113 import Grammar, _Clients, utf16_to_codepoints

DOUBLED = re.compile(r"\b(\w+) \1\b", re.IGNORECASE)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class _Handler(BaseHTTPRequestHandler):
    requests: list[dict[str, str]] = []

    def log_message(self, *args: object) -> None:  # keep test output clean
        pass

    def _json(self, payload: object) -> None:
        body = json.dumps(payload).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._json([{"name": "English (US)", "code": "en", "longCode": "en-US"}])
        else:
            self.send_error(404)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
        type(self).requests.append(form)
        if not self.path.startswith("/v2/check"):
            self.send_error(404)
            return
        text = form.get("text", "")
        disabled = set(filter(None, form.get("disabledRules", "").split(",")))
        matches = []
        if "ENGLISH_WORD_REPEAT_RULE" not in disabled:
            for m in DOUBLED.finditer(text):
                offset = _utf16_len(text[: m.start()])
                length = _utf16_len(m.group())
                matches.append(
                    {
                        "message": "Possible typo: you repeated a word",
                        "shortMessage": "Word repetition",
                        "replacements": [{"value": m.group(1)}],
                        "offset": offset,
                        "length": length,
                        "context": {
                            "text": text[max(0, m.start() - 10) : m.end() + 10],
                            "offset": min(10, m.start()),
                            "length": length,
                        },
                        "sentence": text,
                        "type": {"typeName": "Other"},
                        "rule": {
                            "id": "ENGLISH_WORD_REPEAT_RULE",
                            "description": "Word repetition",
                            "issueType": "duplication",
                            "category": {"id": "MISC", "name": "Miscellaneous"},
                        },
                        "ignoreForIncompleteSentence": False,
                        "contextForSureMatch": 0,
                    }
                )
        self._json(
            {
                "software": {"name": "LanguageTool", "version": "6.4", "apiVersion": 1},
                "language": {"name": "English (US)", "code": "en-US"},
                "matches": matches,
            }
        )


@pytest.fixture
def lt_url() -> Iterator[str]:
    _Handler.requests = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    # a short poll: shutdown() waits for the loop to notice, 0.5 s with the default interval
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True)
    thread.start()
    _Clients.clients.clear()
    _Clients.errors.clear()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()
    _Clients.clients.clear()
    _Clients.errors.clear()


def _linter(url: str, **lt: object) -> Linter:
    table = {"select": ["MT113"], "languagetool": {"url": url, **lt}}
    return Linter(parse_config(table, "test"))


def test_utf16_conversion() -> None:
    assert utf16_to_codepoints("a😀b", 3, 1) == (2, 3)
    assert utf16_to_codepoints("😀😀x", 4, 1) == (2, 3)


def test_documented_examples_against_fake_server(lt_url: str) -> None:
    linter = _linter(lt_url)
    fire, passing = Grammar.examples()
    for ex in fire:
        assert [d for d in linter.lint_text(ex.text, ex.format) if d.code == "MT113"]
    for ex in passing:
        assert not [d for d in linter.lint_text(ex.text, ex.format) if d.code == "MT113"]


def test_offsets_after_emoji_and_in_markdown(lt_url: str) -> None:
    src = "---\ntitle: T\n---\n\n# Dose 😀 notes\n\nTake **the the** pills 💊 with with water.\n"
    diags = _linter(lt_url).lint_text(src, "markdown")
    got = [(d.text, d.start.line, d.start.column, d.data["languagetool_rule"]) for d in diags]
    assert got == [
        ("the the", 7, 8, "ENGLISH_WORD_REPEAT_RULE"),
        ("with with", 7, 26, "ENGLISH_WORD_REPEAT_RULE"),
    ]
    assert diags[0].suggestions == ("the",)
    assert str(diags[0].severity) == "warning"


def test_batching_keeps_spans_exact(lt_url: str) -> None:
    blocks = [f"Paragraph {i} has a a doubled article." for i in range(30)]
    src = "\n\n".join(blocks)
    diags = _linter(lt_url, **{"batch-chars": 200}).lint_text(src)
    assert len(diags) == 30
    assert all(d.text == "a a" for d in diags)
    assert len(_Handler.requests) > 5  # many small batches were sent


def test_disabled_rules_are_sent_and_respected(lt_url: str) -> None:
    diags = _linter(lt_url, **{"disabled-rules": ["ENGLISH_WORD_REPEAT_RULE"]}).lint_text("It is is fine.")
    assert diags == []
    assert _Handler.requests[-1]["disabledRules"] == "ENGLISH_WORD_REPEAT_RULE"


def test_env_variable_configures_the_server(lt_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MEDLINT_LANGUAGETOOL_URL", lt_url)
    diags = medlint.lint_text("It is is fine.", select=["MT113"])
    assert [d.text for d in diags] == ["is is"]


def test_no_server_configured_is_one_notice_and_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MEDLINT_LANGUAGETOOL_URL", raising=False)

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("medlint tried the network without a configured server")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    linter = Linter(select=["MT113"])
    assert linter.lint_text("It is is fine.") == []
    assert linter.notices == [
        "MT113 grammar skipped: no LanguageTool server configured "
        '(set [tool.medlint.languagetool] url or MEDLINT_LANGUAGETOOL_URL, or mode = "local")'
    ]
    # on by default but not asked for: no notice on every run
    assert Linter().notices == [] and Linter(select=["MT"]).notices == []
    assert Linter(select=["grammar"]).notices == linter.notices


def test_server_down_is_one_clear_notice_not_a_crash() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: nothing listens there
    _Clients.clients.clear()
    _Clients.errors.clear()
    table = {"select": ["MT113"], "languagetool": {"url": f"http://127.0.0.1:{port}", "timeout": 2.0}}
    linter = Linter(parse_config(table, "test"))
    diags = linter.lint_text("It is is fine.")
    assert len(linter.notices) == 1
    why = f"MT113 grammar skipped: LanguageTool server at http://127.0.0.1:{port} did not answer"
    assert linter.notices[0].startswith(why)
    # a diagnostic too: the hooks run with -q, which hides notices
    assert [(d.code, d.name, str(d.severity), d.start.line, d.start.column) for d in diags] == [
        ("ML904", "grammar-unavailable", "info", 1, 1)
    ]
    assert diags[0].message == linter.notices[0]
    table["languagetool"]["fail-on-unavailable"] = True  # type: ignore[index]
    (diag,) = Linter(parse_config(table, "test")).lint_text("It is is fine.")
    assert (diag.code, str(diag.severity)) == ("ML904", "error")
    assert Linter(parse_config({**table, "ignore": ["ML904"]}, "test")).lint_text("x") == []
    _Clients.errors.clear()


def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("medlint tried the network in local mode")

    monkeypatch.setattr(socket.socket, "connect", refuse)


def test_local_mode_without_java_or_install_is_ml904_and_downloads_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_network(monkeypatch)
    _Clients.clients.clear()
    _Clients.errors.clear()
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))  # no java anywhere
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    table = {"select": ["MT113"], "languagetool": {"mode": "local"}}
    (diag,) = Linter(parse_config(table, "test")).lint_text("It is is fine.")
    assert diag.code == "ML904"
    assert diag.message == (
        "MT113 grammar skipped: local LanguageTool unavailable: local mode needs Java, and no 'java' is on PATH"
    )
    _fake_java(tmp_path)
    (diag,) = Linter(parse_config(table, "test")).lint_text("It is is fine.")
    assert diag.message.endswith(
        f"no LanguageTool install in {tmp_path / 'lt'} (install one there, or set LTP_PATH or "
        "LTP_JAR_DIR_PATH; medlint never downloads it)"
    )
    assert not (tmp_path / "lt").exists()  # nothing created, nothing downloaded


def _fake_java(tmp_path: Path) -> None:
    java = tmp_path / "bin" / "java"
    java.parent.mkdir(exist_ok=True)
    java.write_text("#!/bin/sh\nexit 1\n")
    java.chmod(0o755)


def test_local_install_names_the_newest_installed_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from medlint.rules.translation.MT113 import local_install

    _fake_java(tmp_path)
    monkeypatch.setenv("PATH", str(tmp_path / "bin"))
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    for version in ("6.4", "6.10", "6.9"):
        (tmp_path / "lt" / f"LanguageTool-{version}").mkdir(parents=True)
        (tmp_path / "lt" / f"LanguageTool-{version}" / "languagetool-server.jar").write_bytes(b"")
    (tmp_path / "lt" / "LanguageTool-7.0").mkdir()  # no jar inside: not an install
    assert local_install() == ({"language_tool_download_version": "6.10"}, None)
    jars = tmp_path / "jars"
    jars.mkdir()
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(jars))
    assert local_install() == (
        None,
        f"LTP_JAR_DIR_PATH={jars} holds no languagetool-server.jar or languagetool.jar",
    )
    (jars / "languagetool.jar").write_bytes(b"")
    assert local_install() == ({}, None)


def test_languagetool_mode_and_fail_option_are_validated() -> None:
    from medlint.config import ConfigError

    with pytest.raises(ConfigError, match=r'languagetool\.mode must be "server" or "local"'):
        parse_config({"languagetool": {"mode": "cloud"}}, "test")
    with pytest.raises(ConfigError, match="fail-on-unavailable must be true or false"):
        parse_config({"languagetool": {"fail-on-unavailable": "yes"}}, "test")


def test_config_defaults() -> None:
    assert LanguageToolConfig().url is None
