"""medlint serve in a real headless Chromium: paste or upload, submit, see highlights on the right words.

The server runs in a thread on a free loopback port; Debian's ``chromium`` and
``chromium-driver`` are driven through Selenium (``.ci/run`` installs them). The
tests skip only when one of those is genuinely absent.

Positions are checked the way the browser sees them: the offset of each
highlight inside the rendered article, in UTF-16 code units (what DOM ranges
count), must equal the diagnostic's code-point offset converted to UTF-16, so
an emoji before a flagged word would show up as an off-by-one here.
"""

from __future__ import annotations

import http.client
import io
import shutil
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("starlette")
pytest.importorskip("multipart")
uvicorn = pytest.importorskip("uvicorn")
webdriver = pytest.importorskip("selenium.webdriver")
Image = pytest.importorskip("PIL.Image")

from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions  # noqa: E402
from selenium.webdriver.support.wait import WebDriverWait  # noqa: E402

from medlint.config import Config, read_config_file  # noqa: E402
from medlint.linter import Linter  # noqa: E402
from medlint.web.app import create_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
if not (CHROMIUM and CHROMEDRIVER):
    pytest.skip(
        "chromium and chromium-driver are not installed (.ci/run installs them)", allow_module_level=True
    )

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
    "--force-device-scale-factor=1",
)

PACK = """
pack: browser-test
source: "test pack"
rules:
  - {code: ZB101, name: fever-word, kind: existence, category: symptoms, severity: warning,
     message: "found {match}", phrases: [fever],
     description: "Flags the word fever, so the browser test has something to find."}
  - {code: ZB102, name: doubled-the, kind: substitution, category: repetition, severity: error,
     message: "doubled word {match}", swap: {the the: the}, fix: safe}
"""

ARTICLES = {
    "text": ("notes.txt", "🩺👩\u200d⚕️ Rest and fluids help.\nIf the the 😀fever lasts, call 𝔣𝔢𝔳𝔢𝔯 fever.\n"),
    "markdown": (
        "notes.md",
        "# Care at home 🩺\n\nIf a 😀 fever lasts past `fever` day three, see [the the doctor](https://example.org).\n",
    ),
    "html": (
        "page.html",
        "<h1>Care 🩺</h1>\n<p data-note='fever'>If the 😀 fever lasts, see the the doctor.</p>\n"
        "<script>document.title = 'pwned'</script>\n",
    ),
}
EXPECTED_WORDS = {
    "text": ["the the", "fever", "fever"],
    "markdown": ["fever", "the the"],
    "html": ["fever", "the the"],
}
FILLS = {"error": (254, 202, 202), "warning": (253, 230, 138)}  # the report's highlight fills


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory) -> Config:
    folder = tmp_path_factory.mktemp("serve")
    (folder / "pack.yml").write_text(PACK, encoding="utf-8")
    (folder / "medlint.toml").write_text('packs = ["pack.yml"]\nselect = ["ZB"]\n', encoding="utf-8")
    cfg = read_config_file(folder / "medlint.toml")
    assert cfg is not None
    return cfg


@pytest.fixture(scope="module")
def server(config: Config) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(config, max_bytes=5 * 1024 * 1024, warm=False)
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "the server did not start"
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    try:
        driver = webdriver.Chrome(
            options=options, service=webdriver.ChromeService(executable_path=CHROMEDRIVER)
        )
    except WebDriverException as exc:  # installed but unable to start: a real failure, not a skip
        pytest.fail(f"chromium is installed but did not start: {exc.msg}")
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


# Where each highlight sits in the rendered article, in UTF-16 units from the article's start.
MARK_OFFSETS = """
var pre = document.querySelector('pre.src'), out = [];
pre.querySelectorAll('mark.hl').forEach(function (m) {
  var r = document.createRange(); r.setStart(pre, 0); r.setEndBefore(m);
  out.push([r.toString().length, m.textContent, m.className]);
});
return out;
"""


def submit(browser: Any, server: str, fmt: str, tmp_path: Path) -> None:
    name, text = ARTICLES[fmt]
    browser.get(server + "/")
    if fmt == "html":  # upload a file; its name gives the format
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        browser.find_element(By.ID, "file").send_keys(str(path))
    else:  # paste (chromedriver cannot type characters outside the BMP, so set the value)
        box = browser.find_element(By.ID, "text")
        browser.execute_script("arguments[0].value = arguments[1];", box, text)
    browser.find_element(By.ID, "check").click()
    WebDriverWait(browser, 20).until(expected_conditions.presence_of_element_located((By.ID, "file-1")))


@pytest.mark.parametrize("fmt", ["text", "markdown", "html"])
def test_highlights_sit_on_the_flagged_words(
    browser: Any, server: str, config: Config, fmt: str, tmp_path: Path
) -> None:
    submit(browser, server, fmt, tmp_path)
    name, text = ARTICLES[fmt]
    assert f"as {fmt}." in browser.find_element(By.CSS_SELECTOR, "main").text
    marks = browser.execute_script(MARK_OFFSETS)
    assert [m[1] for m in marks] == EXPECTED_WORDS[fmt]
    diags = Linter(config).lint_text(text, fmt, name)
    assert [(m[0], m[1]) for m in marks] == [(_utf16(text[: d.start.offset]), d.text) for d in diags]
    assert browser.title != "pwned"  # the article's own script never ran

    # Clicking a highlight opens the finding with the rule's explanation in the side panel.
    fever = next(
        e for e in browser.find_elements(By.CSS_SELECTOR, "pre.src mark.hl") if e.text.lower() == "fever"
    )
    fever.click()
    panel = browser.find_element(By.ID, "panel-body").get_attribute("textContent")
    assert "found fever" in panel and "so the browser test has something to find" in panel
    assert "active" in fever.get_attribute("class")


def _fill_pixels(png: bytes, box: tuple[int, int, int, int] | None = None) -> tuple[int, int]:
    """(pixels in a highlight fill colour, pixels looked at), optionally within ``box``."""
    img = Image.open(io.BytesIO(png)).convert("RGB")
    if box is not None:
        img = img.crop(box)
    fills = {bytes(rgb) for rgb in FILLS.values()}
    data = img.tobytes()
    hits = sum(1 for i in range(0, len(data), 3) if data[i : i + 3] in fills)
    return hits, img.width * img.height


def test_screenshot_shows_the_highlight_colour_on_the_flagged_words(
    browser: Any, server: str, tmp_path: Path
) -> None:
    submit(browser, server, "text", tmp_path)
    pre = browser.find_element(By.CSS_SELECTOR, "pre.src")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'});", pre)
    shot = pre.screenshot_as_png
    origin = pre.rect
    for mark in browser.find_elements(By.CSS_SELECTOR, "pre.src mark.hl"):
        r = mark.rect
        box = (
            int(r["x"] - origin["x"]) + 1,
            int(r["y"] - origin["y"]) + 1,
            int(r["x"] - origin["x"] + r["width"]) - 1,
            int(r["y"] - origin["y"] + r["height"]) - 3,  # above the coloured underline
        )
        hits, area = _fill_pixels(shot, box)
        assert area > 0 and hits / area > 0.3, f"no highlight colour behind {mark.text!r}"
    with_marks, _ = _fill_pixels(shot)
    # The same article with the highlights taken out shows none of the colour.
    browser.execute_script(
        "document.querySelectorAll('pre.src mark.hl').forEach(function (m) {"
        " m.replaceWith(document.createTextNode(m.textContent)); });"
    )
    without_marks, _ = _fill_pixels(pre.screenshot_as_png)
    assert with_marks > 200 and without_marks == 0


def test_a_20_mb_upload_is_refused_with_a_readable_413(server: str) -> None:
    boundary = uuid.uuid4().hex
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n'
        "Content-Type: text/plain\r\n\r\n"
    ).encode()
    tail = f"\r\n--{boundary}--\r\n".encode()
    body = head + b"fever " * (20 * 1024 * 1024 // 6) + tail
    host, port = server.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request(
        "POST", "/check", body=body, headers={"Content-Type": f"multipart/form-data; boundary={boundary}"}
    )
    response = conn.getresponse()
    page = response.read().decode("utf-8")
    conn.close()
    assert response.status == 413
    assert "This upload is 20.0 MB; medlint serve accepts at most 5.0 MB per article." in page
