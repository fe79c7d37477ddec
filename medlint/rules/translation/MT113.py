"""MT113 grammar: Grammar and spelling findings from a LanguageTool server."""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

from ...diagnostic import Severity
from ...document import Document
from ...rule import Example, Finding, Rule

ENV_URL = "MEDLINT_LANGUAGETOOL_URL"


_WARNING_TYPES = {"misspelling", "grammar", "typographical", "duplication", "inconsistency", "uncategorized"}


@dataclass
class _Batch:
    text: str
    index: list[int]  # source offset of each character of ``text`` (code points)


class _Clients:
    """One long-lived client per server URL per process (an explicit cache)."""

    lock = threading.Lock()
    clients: ClassVar[dict[tuple[str, str], Any]] = {}
    errors: ClassVar[dict[tuple[str, str], str]] = {}

    @classmethod
    def get(
        cls, url: str, language: str, timeout: float, local: dict[str, Any] | None = None
    ) -> tuple[Any, str | None]:
        """A client for the server at ``url``, or (``local`` given) for a LanguageTool
        started from an existing install with those keyword arguments; or (None, why not)."""
        key = (url, language)
        with cls.lock:
            if key in cls.clients:
                return cls.clients[key], None
            if key in cls.errors:
                return None, cls.errors[key]
            try:
                import language_tool_python

                # a subclass carries our timeout; the library's class is left untouched
                client_cls = type(
                    "MedlintLanguageTool", (language_tool_python.LanguageTool,), {"_TIMEOUT": timeout}
                )
                if local is not None:
                    client = client_cls(language, **local)
                else:
                    client = client_cls(language, remote_server=url)
            except Exception as exc:  # the server is down, refuses, or speaks something else
                msg = f"{type(exc).__name__}: {str(exc).splitlines()[0][:200] if str(exc) else ''}"
                cls.errors[key] = msg
                return None, msg
            cls.clients[key] = client
            return client, None


_JARS = ("languagetool-server.jar", "languagetool.jar")


def _version_key(path: Path) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", path.name))


def local_install() -> tuple[dict[str, Any] | None, str | None]:
    """Keyword arguments that make language-tool-python start an installed LanguageTool
    without downloading anything, or (None, why local mode cannot run).

    Mirrors where the library looks (``LTP_JAR_DIR_PATH``, else ``LanguageTool-<version>``
    folders in ``LTP_PATH`` or ``~/.cache/language_tool_python``) without calling it: its own
    lookup creates the download folder, and its start-up downloads a missing version.
    """
    if shutil.which("java") is None:
        return None, "local mode needs Java, and no 'java' is on PATH"
    jar_dir = os.environ.get("LTP_JAR_DIR_PATH")
    if jar_dir:
        if any((Path(jar_dir) / jar).is_file() for jar in _JARS):
            return {}, None
        return None, f"LTP_JAR_DIR_PATH={jar_dir} holds no {' or '.join(_JARS)}"
    folder = Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")
    installs = sorted(
        (p for p in folder.glob("LanguageTool-*") if p.is_dir() and any((p / j).is_file() for j in _JARS)),
        key=_version_key,
    )
    if not installs:
        return None, (
            f"no LanguageTool install in {folder} (install one there, or set LTP_PATH or "
            "LTP_JAR_DIR_PATH; medlint never downloads it)"
        )
    return {"language_tool_download_version": installs[-1].name.removeprefix("LanguageTool-")}, None


def utf16_to_codepoints(text: str, offset16: int, length16: int) -> tuple[int, int]:
    """Convert a (offset, length) pair in UTF-16 units to code-point indexes of ``text``."""
    units = 0
    start = None
    for i, ch in enumerate(text):
        if start is None and units >= offset16:
            start = i
        if start is not None and units >= offset16 + length16:
            return start, i
        units += 2 if ord(ch) > 0xFFFF else 1
    if start is None:
        start = len(text)
    return start, len(text)


class Grammar(Rule):
    """Grammar and spelling findings from a LanguageTool server.

    Machine-translated text is full of agreement and article errors that no
    word list can catch. This rule sends the prose (never markup or code) to a
    LanguageTool server that you run and reports its findings at exact source
    positions, keeping LanguageTool's rule id. Configure the server with
    ``[tool.medlint.languagetool] url = "http://localhost:8081"`` or the
    ``MEDLINT_LANGUAGETOOL_URL`` environment variable; disable LanguageTool
    rules with ``languagetool.disabled-rules``. ``languagetool.mode = "local"``
    starts a LanguageTool already installed next to Java instead (never
    downloaded). Without any of this the rule is skipped quietly; configured
    but unable to run, it leaves one ML904 (grammar-unavailable) per file.
    Grammar, spelling and typography findings are warnings; style findings
    are info.
    """

    code = "MT113"
    name = "grammar"
    category = "translation"
    severity = Severity.WARNING
    requires_service: ClassVar[bool] = True
    source = "LanguageTool (languagetool.org) rules, via language-tool-python's remote-server mode"
    should_fire = (Example("The patients was tired tired after the the trial."),)
    should_not_fire = (Example("The patients were tired after the trial."),)

    def __init__(self, options: Any = None, config: Any = None) -> None:
        super().__init__(options, config)
        lt = self.config.languagetool
        self.local = lt.mode == "local"
        self.url = "local" if self.local else (lt.url or os.environ.get(ENV_URL) or None)
        self.fail_on_unavailable = lt.fail_on_unavailable
        #: set by the Linter: whether MT113 was selected by its code or name
        self.explicitly_selected = False
        self.language = lt.language
        self.disabled = set(lt.disabled_rules)
        self.timeout = lt.timeout
        self.batch_chars = max(200, lt.batch_chars)
        self._client: Any = None
        self._error: str | None = None
        self._checked = False

    def _connect(self) -> None:
        if self._checked or not self.url:
            return
        self._checked = True
        if self.local:
            kwargs, why = local_install()
            if kwargs is None:
                self._error = why
                return
            self._client, self._error = _Clients.get(self.url, self.language, self.timeout, kwargs)
            return
        self._client, self._error = _Clients.get(self.url, self.language, self.timeout)
        if self._client is not None and self.disabled:
            self._client.disabled_rules = set(self.disabled)

    def notice(self) -> str | None:
        if not self.url:
            if not self.explicitly_selected:
                return None  # on by default; only a user who asked for MT113 needs telling
            return (
                "MT113 grammar skipped: no LanguageTool server configured "
                f'(set [tool.medlint.languagetool] url or {ENV_URL}, or mode = "local")'
            )
        return self.unavailable()

    def unavailable(self) -> str | None:
        """Why grammar was asked for (a server or local mode configured) but cannot run, or None.
        The linter reports it as ML904 on each file."""
        if not self.url:
            return None
        self._connect()
        if self._error is None:
            return None
        if self.local:
            return f"MT113 grammar skipped: local LanguageTool unavailable: {self._error}"
        return f"MT113 grammar skipped: LanguageTool server at {self.url} did not answer ({self._error})"

    def check(self, doc: Document) -> Iterable[Finding]:
        if not self.url:
            return
        self._connect()
        if self._client is None:
            return
        for batch in self._batches(doc):
            for m in self._client.check(batch.text):
                yield from self._finding(doc, batch, m)

    def _batches(self, doc: Document) -> Iterable[_Batch]:
        chars: list[str] = []
        index: list[int] = []
        for block in doc.blocks:
            piece_chars, piece_index = _collapse(doc.prose, block.start, block.end)
            if chars and len(chars) + len(piece_chars) + 2 > self.batch_chars:
                yield _Batch("".join(chars), index)
                chars, index = [], []
            if chars:
                chars += ["\n", "\n"]
                index += [block.start, block.start]
            chars += piece_chars
            index += piece_index
        if chars:
            yield _Batch("".join(chars), index)

    def _finding(self, doc: Document, batch: _Batch, m: Any) -> Iterable[Finding]:
        rule_id = str(getattr(m, "rule_id", "") or getattr(m, "ruleId", ""))
        if rule_id in self.disabled:
            return
        # language-tool-python already moves ``offset`` to code points; the length is in UTF-16 units.
        start = int(m.offset)
        _, end = utf16_to_codepoints(batch.text[start:], 0, int(m.error_length))
        end += start
        if start >= len(batch.index) or end <= start:
            return
        s = batch.index[start]
        e = batch.index[min(end, len(batch.index)) - 1] + 1
        issue = str(getattr(m, "rule_issue_type", "") or "")
        severity = None if issue in _WARNING_TYPES else Severity.INFO
        yield Finding(
            s,
            e,
            f"{m.message} (LanguageTool {rule_id})",
            tuple(list(m.replacements)[:5]),
            severity=severity,
            data={"languagetool_rule": rule_id, "languagetool_category": str(getattr(m, "category", ""))},
        )


def _collapse(prose: str, start: int, end: int) -> tuple[list[str], list[int]]:
    """Block text with runs of spaces collapsed, and each kept character's source offset."""
    out: list[str] = []
    index: list[int] = []
    prev_space = False
    for i in range(start, end):
        ch = prose[i]
        if ch in " \t\r\n":
            if prev_space:
                continue
            out.append(" ")
            index.append(i)
            prev_space = True
        else:
            out.append(ch)
            index.append(i)
            prev_space = False
    return out, index
