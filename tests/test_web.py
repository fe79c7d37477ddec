"""medlint serve through Starlette's TestClient: the form, the report, fixes, limits, errors.

The server is configured with a small rule pack so these tests do not depend on
the built-in rule families; the browser tests (test_browser.py) drive the same
app in a real Chromium.
"""

from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import time
import urllib.request
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")
pytest.importorskip("httpx")
with warnings.catch_warnings():  # newer Starlette prefers httpx2 for its TestClient
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from test_report_html import parse

from medlint.cli import main
from medlint.config import Config, read_config_file
from medlint.web.app import create_app, infer_format, unified_diff

ROOT = Path(__file__).resolve().parent.parent

PACK = """
pack: web-test
source: "test pack"
rules:
  - {code: ZW101, name: fever-word, kind: existence, category: symptoms, severity: warning,
     message: "found {match}", phrases: [fever]}
  - {code: ZW102, name: doubled-the, kind: substitution, category: repetition, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
"""

LIMIT = 64 * 1024


def pack_config(folder: Path) -> Config | None:
    (folder / "pack.yml").write_text(PACK, encoding="utf-8")
    (folder / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZW"]\n', encoding="utf-8")
    return read_config_file(folder / "medlint.toml")


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(pack_config(tmp_path), max_bytes=LIMIT, warm=False)) as c:
        yield c


BOTH = {"category": ["symptoms", "repetition"]}


def test_the_form_offers_each_rule_family_and_locks_the_page_down(client: TestClient) -> None:
    r = client.get("/")
    assert r.status_code == 200
    page = parse(r.text)
    assert page.tags.count("script") == 1
    assert 'value="symptoms"' in r.text and 'value="repetition"' in r.text
    policy = page.meta["Content-Security-Policy"]
    assert "form-action 'self'" in policy and "default-src 'none'" in policy


def test_pasted_text_is_checked_and_highlighted_on_the_right_words(client: TestClient) -> None:
    text = "🩺 See the the doctor 👩\u200d⚕️ if the fever\r\nlasts. <script>alert(1)</script>\r\n"
    r = client.post("/check", data={"text": text, "format": "auto", **BOTH})
    assert r.status_code == 200
    page = parse(r.text)
    assert [m["text"] for m in page.marks] == ["the the", "fever"]
    assert ["sev-error" in m["class"] for m in page.marks] == [True, False]
    assert page.tags.count("script") == 1  # the article's script is text, in the box and in the report
    assert "Checked article.txt as text." in r.text
    # the box keeps the article (line ends as pasted text has them) for another round
    assert "\nlasts. &lt;script&gt;alert(1)&lt;/script&gt;\n</textarea>" in r.text
    assert "Server-Timing" in r.headers or "server-timing" in r.headers


def test_only_the_chosen_rule_families_run(client: TestClient) -> None:
    r = client.post("/check", data={"text": "the the fever\n", "category": ["symptoms"]})
    assert [m["text"] for m in parse(r.text).marks] == ["fever"]
    assert 'value="repetition" id="cat-0">' in r.text and 'value="symptoms" id="cat-1" checked>' in r.text
    r = client.post("/check", data={"text": "the the fever\n"})
    assert r.status_code == 400 and "Pick at least one rule family" in r.text


@pytest.mark.parametrize(
    ("name", "body", "fmt", "flagged"),
    [
        ("page.html", "<p title='fever'>😀 the the <b>fever</b></p>\n", "html", ["the the", "fever"]),
        ("notes.md", "# Fever\n\n`fever` code, then 😀 fever.\n", "markdown", ["Fever", "fever"]),
        ("plain.txt", "# fever\n", "text", ["fever"]),
    ],
)
def test_an_uploaded_file_is_read_in_the_format_its_name_gives(
    client: TestClient, name: str, body: str, fmt: str, flagged: list[str]
) -> None:
    r = client.post("/check", data=BOTH, files={"file": (name, body.encode("utf-8"), "text/plain")})
    assert r.status_code == 200
    assert f"Checked {name} as {fmt}." in r.text
    assert [m["text"] for m in parse(r.text).marks] == flagged


def test_format_inference_for_pasted_text() -> None:
    assert infer_format("", "<p>Rest helps.</p>") == "html"
    assert infer_format("", "# Title\n\nRest helps.") == "markdown"
    assert infer_format("", "See [the trial](https://example.org).") == "markdown"
    assert infer_format("", "Rest helps. 3 < 4.") == "text"
    assert infer_format("a.md", "<p>tags in Markdown</p>") == "markdown"  # a name wins


def test_safe_fixes_are_previewed_and_downloaded(client: TestClient) -> None:
    text = "Line one.\nSee the the doctor.\nA fever.\n"
    r = client.post("/check", data={"text": text, "filename": "advice.md", **BOTH})
    page = parse(r.text)
    assert "1 safe fix would change the article" in r.text and '<a href="#fixes">1 safe fix</a>' in r.text
    assert '<span class="del">-See the the doctor.</span><span class="add">+See the doctor.</span>' in r.text
    assert "fixes" in page.ids
    r = client.post("/fix", data={"text": text, "filename": "my <advice>.md", **BOTH})
    assert r.status_code == 200
    assert r.text == "Line one.\nSee the doctor.\nA fever.\n"
    assert r.headers["content-disposition"] == 'attachment; filename="my_advice_.fixed.md"'
    assert r.headers["content-type"].startswith("text/markdown")
    assert r.headers["x-medlint-fixes"] == "1"


def test_unified_diff_marks_changed_lines_and_falls_back_when_lines_move() -> None:
    assert unified_diff("a\nb b\nc\n", "a\nb\nc\n", "x") == [
        "--- a/x",
        "+++ b/x",
        "@@ -2 +2 @@",
        "-b b",
        "+b",
    ]
    assert unified_diff("same\n", "same\n", "x") == []
    moved = unified_diff("a\nb\n", "a\n", "x")
    assert moved[-1] == "-b" and moved[0].startswith("--- a/x")


def test_an_upload_over_the_limit_is_refused_with_413_and_a_readable_page(client: TestClient) -> None:
    big = b"fever " * (LIMIT // 3)
    r = client.post("/check", data=BOTH, files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413
    assert re.search(r"This upload is 1[23]\d KB; medlint serve accepts at most 64 KB per article\.", r.text)
    assert 'id="error"' in r.text and 'id="article-form"' in r.text


def test_a_streamed_body_without_length_is_cut_off_at_the_limit(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'--x\r\nContent-Disposition: form-data; name="text"\r\n\r\n'
        for _ in range(10):
            yield b"fever " * (LIMIT // 30)

    r = client.post("/check", content=chunks(), headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413
    assert "This upload is too large" in r.text


def test_a_file_that_is_not_utf8_gets_a_clear_error(client: TestClient) -> None:
    r = client.post("/check", data=BOTH, files={"file": ("latin.txt", "café fever".encode("latin-1"))})
    assert r.status_code == 400
    assert "latin.txt is not valid UTF-8 (byte 0xe9 at offset 3, line 1); re-save it as UTF-8." in r.text
    r = client.post("/check", data=BOTH, files={"file": ("bin.txt", b"\x00\x01fever")})
    assert r.status_code == 400 and "binary" in r.text


def test_an_empty_submission_says_what_to_do(client: TestClient) -> None:
    r = client.post("/check", data={"text": "  \n", **BOTH})
    assert r.status_code == 400
    assert "Paste an article into the box or choose a file to upload." in r.text
    r = client.post("/check", data={"text": "fever", "format": "pdf", **BOTH})
    assert r.status_code == 400 and "Unknown format" in r.text


def test_serve_without_the_web_extra_is_one_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # makes `import uvicorn` raise ImportError
    assert main(["serve", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "install medlint[web]" in err and "uvicorn" in err


def test_checking_a_file_does_not_import_the_web_stack(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rest helps.\n", encoding="utf-8")
    code = (
        "import json, sys\nfrom medlint.cli import main\n"
        "main(['check', '--quiet', '--exit-zero', '--isolated', 'a.txt'])\n"
        "print(json.dumps([m for m in ('starlette', 'uvicorn', 'multipart', 'medlint.web') if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=str(tmp_path),
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


def test_the_serve_command_answers_on_loopback(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen(
        [sys.executable, "-m", "medlint", "serve", "--port", str(port), "--isolated", "--max-bytes", "1000"],
        cwd=str(tmp_path),
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        # a liveness bound, not a speed test: a cold start with no start-up cache (HOME is empty)
        # on a loaded two-core machine took over 30 s once
        deadline = time.monotonic() + 120
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as r:
                    page = r.read().decode("utf-8")
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                assert time.monotonic() < deadline, "medlint serve did not answer"
                time.sleep(0.1)
        assert 'id="article-form"' in page and 'data-max-bytes="1000"' in page
        assert 'value="claims"' in page  # the built-in rule families
    finally:
        proc.terminate()
        proc.wait(10)
    assert f"serving on http://127.0.0.1:{port}/" in (proc.stderr.read() if proc.stderr else "")
