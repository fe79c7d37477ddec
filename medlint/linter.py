"""Runs rules over documents and turns findings into sorted diagnostics.

A Linter is built once per configuration (rules instantiated, selectors and
options validated) and then reused for every file, in this process or in each
worker of the pool that ``lint_paths`` starts for large batches.
"""

from __future__ import annotations

import fnmatch
import functools
import os
import stat
import traceback
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from . import collector
from .config import DOCUMENT_KINDS, Config, discover_config, resolve_rule_options
from .diagnostic import Diagnostic, Edit, Fix, Position, Related, Severity
from .document import Document
from .errors import ConfigError, InputError
from .file_settings import DOCUMENT_DIRECTIVE, declared_document
from .formats import EXTENSIONS, decode, detect_format, load_document
from .registry import ENGINE_CODES, Registry, default_registry
from .rule import Finding, Rule, RuleError
from .suppress import Suppression, is_suppressed, parse_suppressions
from .text.language import LanguageGuess, foreign_passages, non_english
from .text.spaces import plain_spaces
from .text.timed_re import PatternTimeout

MAX_FILE_BYTES = 20 * 1024 * 1024
#: Engine codes that need no selecting: they say the run itself was incomplete.
ALWAYS_REPORTED = frozenset({"ML901", "ML902", "ML904", "ML905"})
PARALLEL_MIN_FILES = 8


def _edits_text_only(doc: Document, fix: Fix) -> bool:
    """Whether every edit of ``fix`` touches only the document's own text, no markup.

    The rules read ``doc.prose``, the source with its markup (HTML tags, Markdown marks, a
    link's address) blanked in place, so a span between two words may hold a tag: deleting the
    second copy of "<b>with water</b> with water" from the end of the first would delete "</b>"
    and leave the file's markup broken. Such a fix is dropped (the finding and its suggestion
    stay); where source and prose agree over an edit's span, nothing but text is changed.
    """
    source, prose = doc.source, doc.prose
    return all(plain_spaces(source[e.start : e.end]) == prose[e.start : e.end] for e in fix.edits)


def _in_file(doc: Document, fix: Fix) -> Fix:
    """``fix`` with its edits at the file's offsets: the same fix unless the document's source is a decoded
    copy of the file (``Document.origin``), where an edit over a decoded reference spans the whole reference."""
    if doc.origin is None:
        return fix
    return replace(
        fix,
        edits=tuple(Edit(doc.file_offset(e.start), doc.file_offset(e.end), e.replacement) for e in fix.edits),
    )


class Linter:
    """The configured set of rules, ready to lint any number of documents."""

    def __init__(
        self,
        config: Config | None = None,
        registry: Registry | None = None,
        *,
        select: Sequence[str] | None = None,
        ignore: Sequence[str] = (),
        extend_select: Sequence[str] = (),
        rule_options: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        self.config = config or Config()
        self.registry = registry or default_registry(self.config.packs)
        reg = self.registry
        where = str(self.config.path or "configuration")

        # an unknown selector is reported where it was written: the configuration file, or the
        # command line's (or the caller's) --select, --extend-select and --ignore
        chosen_select = tuple(select) if select is not None else self.config.select
        select_where = "--select" if select is not None else where
        if chosen_select is None:
            enabled = {c for c, r in reg.rules.items() if r.enabled_by_default} | set(ENGINE_CODES)
        else:
            enabled = set()
            for sel in chosen_select:
                enabled |= reg.check_selector(sel, select_where)
        for sels, at in ((self.config.extend_select, where), (extend_select, "--extend-select")):
            for sel in sels:
                enabled |= reg.check_selector(sel, at)
        ignored: set[str] = set()
        for sels, at in ((self.config.ignore, where), (ignore, "--ignore")):
            for sel in sels:
                ignored |= reg.check_selector(sel, at)
        enabled -= ignored
        #: engine codes reported whatever ``select`` says (a file that cannot be read, a rule
        #: that crashed, a service that is down), unless ``ignore`` names them
        self.always_reported = frozenset(ALWAYS_REPORTED - ignored)
        for pattern, sels in self.config.per_file_ignores.items():
            for sel in sels:
                reg.check_selector(sel, f"{where}: per-file-ignores.{pattern}")

        self.severity_overrides: dict[str, Severity] = {}
        for sel, sev in self.config.severity.items():
            for code in reg.check_selector(sel, f"{where}: severity"):
                self.severity_overrides[code] = sev

        options = resolve_rule_options(self.config, reg)
        for code, opts in (rule_options or {}).items():
            options.setdefault(code, {}).update(opts)
        self.enabled_codes = frozenset(enabled)
        self.rules: list[Rule] = []
        for code in sorted(enabled):
            cls = reg.rules.get(code)
            if cls is None:
                continue
            try:
                self.rules.append(cls(options.get(code), self.config))
            except RuleError as exc:
                raise ConfigError(f"{where}: {exc}") from None
            except Exception as exc:  # a plugin whose constructor crashes
                reg.errors.append(f"rule {code} ({cls.origin}) could not start: {type(exc).__name__}: {exc}")
        # a rule that reads the other rules' findings runs after all of them (``Rule.reads_findings``)
        self.rules.sort(key=lambda r: r.reads_findings)
        self._match_cache: dict[tuple[str, str], bool] = {}
        # a rule named by its code or name (not a prefix, category or ALL) was asked for
        named = {
            s.strip().upper() for s in (*(chosen_select or ()), *self.config.extend_select, *extend_select)
        }
        for rule in self.rules:
            if hasattr(rule, "explicitly_selected"):
                rule.explicitly_selected = rule.code in named or rule.name.upper() in named
        #: One-line run-level messages from rules (printed once by the CLI).
        self.notices: list[str] = [n for r in self.rules if (n := r.notice())]
        from .nlp import model_notice

        if (note := model_notice(self.config.nlp_model)) is not None:
            self.notices.insert(0, note)

    # -- selection helpers ---------------------------------------------------
    def reports(self, code: str) -> bool:
        """Whether diagnostics with this code are reported (selected, or an engine code not ignored)."""
        return code in self.enabled_codes or code in self.always_reported

    def selector_matches(self, selector: str, code: str) -> bool:
        key = (selector, code)
        hit = self._match_cache.get(key)
        if hit is None:
            hit = code in self.registry.match(selector)
            self._match_cache[key] = hit
        return hit

    def _file_ignores(self, path: str | None) -> list[str]:
        if not path or not self.config.per_file_ignores:
            return []
        rel = path
        if self.config.root is not None:
            try:
                rel = os.path.relpath(os.path.abspath(path), self.config.root)
            except ValueError:
                rel = path
        rel = rel.replace(os.sep, "/")
        out: list[str] = []
        for pattern, sels in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(rel), pattern):
                out.extend(sels)
        return out

    # -- linting -------------------------------------------------------------
    def lint_document(self, doc: Document) -> list[Diagnostic]:
        with collector.paused():  # no cyclic garbage to find while the rules run (``medlint.collector``)
            return self._lint_paused(doc)

    def _lint_paused(self, doc: Document) -> list[Diagnostic]:
        """``lint_document`` with the collector already paused (``lint_text`` pauses it for the
        parse too: one pause per document instead of two nested ones)."""
        not_english = self.not_english(doc)
        if not_english is not None:
            return [not_english]
        doc, skipped = self.english_only(doc)
        sups = parse_suppressions(doc) if doc.comments else []
        return self.finish(doc, skipped + self.rule_diagnostics(doc, self.rules, sups), sups)

    def not_english(self, doc: Document) -> Diagnostic | None:
        """ML905 for a document plainly in another language, which no rule then reads; None for
        English text, or when ML905 is ignored (the user asks for the rules to run anyway).

        English rules on German or French text report its correct usage as errors (a saved
        German page tagged ``lang="en"`` drew 33 warnings on 60 development pages), so the file
        gets one notice instead, at info: the text is not wrong, only not checked."""
        if not self.reports("ML905"):
            return None
        guess = non_english(doc)
        if guess is None:
            return None
        if guess.language == "another script":
            why = f"most of its letters ({guess.own} of {guess.own + guess.english}) are not Latin"
        else:
            why = f"{guess.own} of its commonest words are {guess.language}, {guess.english} English"
        severity = self.severity_overrides.get("ML905", Severity.INFO)
        return engine_diagnostic(
            doc,
            "ML905",
            severity,
            f"this text does not read as English ({why}); medlint's rules read English, so none "
            "ran on it (ignore ML905 to lint it anyway)",
            0,
            0,
        )

    def english_only(self, doc: Document) -> tuple[Document, list[Diagnostic]]:
        """``doc`` with its passages in another language blanked, and one ML905 for each.

        The document-level test (:meth:`not_english`) lets an English page through whole, yet a
        page can hold whole paragraphs in German or French (a notice in two languages, an
        original beside its translation), which the English rules misread as errors. Each run
        of such blocks is blanked (``Document.blanked``: offsets stay) and reported at info
        once, its span the run's first line; nothing changes when ML905 is ignored.
        """
        if not self.reports("ML905"):
            return doc, []
        passages = foreign_passages(doc)
        if not passages:
            return doc, []
        severity = self.severity_overrides.get("ML905", Severity.INFO)
        notes = []
        for p in passages:
            blocks = p.last - p.first + 1
            line_end = doc.source.find("\n", p.start, p.end)
            notes.append(
                engine_diagnostic(
                    doc,
                    "ML905",
                    severity,
                    f"this passage ({blocks} block{'s' if blocks != 1 else ''}) {_passage_reason(p.guess)}; "
                    "medlint's rules skipped it (ignore ML905 to lint it anyway)",
                    p.start,
                    p.end if line_end == -1 else line_end,
                )
            )
        return doc.blanked([(p.start, p.end) for p in passages]), notes

    def rule_diagnostics(
        self,
        doc: Document,
        rules: Sequence[Rule],
        sups: list[Suppression],
        prior: Sequence[Diagnostic] = (),
    ) -> list[Diagnostic]:
        """What ``rules`` report on ``doc``, suppressed and capped; marks the suppressions used.

        Split from :meth:`finish` so that a large document's rules can run in several
        processes (``medlint.parallel``) and be finished once, with every suppression's use known.
        A rule that reads findings (``Rule.reads_findings``, sorted last) is handed ``prior`` (what
        other processes found) and what the rules before it found here.
        """
        path = doc.path or "-"
        file_ignores = self._file_ignores(doc.path)
        out: list[Diagnostic] = []
        # asked once per document, not once per rule: most rules find nothing in most
        # documents, so this loop's own steps are a share of a short document's time
        report_services = self.reports("ML904")
        for rule in rules:
            if file_ignores and any(self.selector_matches(sel, rule.code) for sel in file_ignores):
                continue
            try:
                found = rule.check_findings(doc, [*prior, *out]) if rule.reads_findings else rule.check(doc)
                # a rule that returns a list (a fifth of them) is not copied; a generator is run
                findings = found if type(found) is list else list(found)
            except PatternTimeout as exc:  # a pack regex that backtracks without end
                out.append(
                    engine_diagnostic(
                        doc,
                        "ML901",
                        Severity.ERROR,
                        f"rule {rule.code} ({rule.name}, {rule.origin}): {exc}; the other rules still ran",
                        0,
                        0,
                    )
                )
                continue
            except Exception as exc:  # one rule must never take the run down
                out.append(self._internal_error(doc, rule, exc))
                continue
            if report_services and getattr(rule, "requires_service", False):
                out.extend(self._service_unavailable(doc, rule))
            if not findings:  # most rules on most documents
                continue
            sev_override = self.severity_overrides.get(rule.code)
            cap = self.config.max_findings_per_rule
            shown = hidden = 0
            first_hidden: Finding | None = None
            for f in findings:
                if sups and is_suppressed(sups, rule.code, f.start, self.selector_matches):
                    continue
                if cap and shown >= cap:
                    hidden += 1
                    first_hidden = first_hidden or f
                    continue
                shown += 1
                out.append(self._diagnostic(doc, rule, f, path, sev_override))
            if first_hidden is not None:
                # one line instead of thousands: a 19 MB file once gave 220,553 RP102 findings
                summary = Finding(
                    first_hidden.start,
                    first_hidden.end,
                    f"{hidden} more {rule.code} finding{'s' if hidden != 1 else ''} not shown "
                    f"(max-findings-per-rule = {cap}; 0 shows all)",
                    severity=first_hidden.severity,
                )
                out.append(self._diagnostic(doc, rule, summary, path, sev_override))
        return out

    def finish(self, doc: Document, out: list[Diagnostic], sups: list[Suppression]) -> list[Diagnostic]:
        """Add the unused-suppression findings, drop engine codes not reported, and sort."""
        if "ML903" in self.enabled_codes:
            for sup in sups:
                unused = (
                    []
                    if sup.used and not sup.selectors
                    else [s for s in sup.selectors if s not in sup.matched]
                )
                if (not sup.used and not sup.selectors) or unused:
                    what = ", ".join(unused) if unused else "anything"
                    out.append(
                        engine_diagnostic(
                            doc,
                            "ML903",
                            Severity.WARNING,
                            f"this suppression comment no longer suppresses {what}; remove it",
                            sup.comment_start,
                            sup.comment_end,
                        )
                    )
        if "ML906" in self.enabled_codes:
            out.extend(self._invalid_directives(doc))
        if len(self.always_reported) < len(ALWAYS_REPORTED):
            out = [d for d in out if d.code not in ENGINE_CODES or self.reports(d.code)]
        out.sort(key=lambda d: d.sort_key)
        return out

    def _invalid_directives(self, doc: Document) -> list[Diagnostic]:
        """ML906 for each ``medlint-document`` value in the file that names no document kind: the
        file meant to say what it is, and without a word the configuration's setting would be
        used in its place."""
        declared = declared_document(doc)
        kinds = ", ".join(DOCUMENT_KINDS)
        used = declared.kind or self.config.document
        whose = "the file's other directive" if declared.kind else "the configuration's setting"
        return [
            engine_diagnostic(
                doc,
                "ML906",
                Severity.WARNING,
                f'{DOCUMENT_DIRECTIVE} "{value}" names no document kind ({kinds}); {whose}, '
                f'"{used}", is used',
                declared.start,
                declared.end,
            )
            for value in declared.invalid
        ]

    def input_error(self, path: str, exc: InputError) -> list[Diagnostic]:
        """The ML902 diagnostic for a file that cannot be read, unless ML902 is ignored."""
        if not self.reports("ML902"):
            return []
        return [engine_diagnostic(None, "ML902", Severity.ERROR, exc.problem, 0, 0, path=path)]

    def _diagnostic(
        self, doc: Document, rule: Rule, f: Finding, path: str, sev_override: Severity | None
    ) -> Diagnostic:
        start = max(0, min(f.start, len(doc.source)))
        end = max(start, min(f.end, len(doc.source)))
        return Diagnostic(
            code=rule.code,
            name=rule.name,
            category=rule.category,
            severity=sev_override or f.severity or rule.severity,
            message=f.message,
            path=path,
            start=doc.position(start),
            end=doc.position(end),
            text=doc.file_text(start, end),
            suggestions=tuple(f.suggestions),
            fix=_in_file(doc, f.fix) if f.fix is not None and _edits_text_only(doc, f.fix) else None,
            source=rule.source,
            related=tuple(Related(doc.position(s), doc.position(e), m) for s, e, m in f.related),
            data=dict(f.data),
        )

    def _service_unavailable(self, doc: Document, rule: Rule) -> list[Diagnostic]:
        """One ML904 for this file when a service rule was configured but cannot run."""
        why = rule.unavailable() if hasattr(rule, "unavailable") else None
        if not why:
            return []
        fail = getattr(rule, "fail_on_unavailable", False)
        severity = self.severity_overrides.get("ML904") or (Severity.ERROR if fail else Severity.INFO)
        return [engine_diagnostic(doc, "ML904", severity, why, 0, 0)]

    def _internal_error(self, doc: Document, rule: Rule, exc: BaseException) -> Diagnostic:
        frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
        where = f" at {os.path.basename(frame.filename)}:{frame.lineno}" if frame else ""
        return engine_diagnostic(
            doc,
            "ML901",
            Severity.ERROR,
            f"rule {rule.code} ({rule.name}, {rule.origin}) crashed{where}: "
            f"{type(exc).__name__}: {exc}; the other rules still ran",
            0,
            0,
        )

    def lint_text(self, text: str, format: str | None = "text", path: str | None = None) -> list[Diagnostic]:
        """Lint a string; ``format`` is "text", "markdown" or "html" (None: plain text)."""
        with collector.paused():  # parsing too (``medlint.collector``)
            return self._lint_paused(load_document(text, format, path, self.config.nlp_model))

    def lint_file(self, path: str | os.PathLike[str], format: str | None = None) -> list[Diagnostic]:
        """Lint one file; raises InputError (missing, directory, binary, not UTF-8, too big)."""
        p = os.fspath(path)
        text = read_source(p)
        return self.lint_text(text, format or detect_format(p), p)


def _passage_reason(guess: LanguageGuess) -> str:
    """Why a passage was read as another language, for ML905's message."""
    if guess.language.startswith("lang="):
        return f"is marked up as another language ({guess.language})"
    return (
        f"does not read as English ({guess.own} of its commonest words are {guess.language}, "
        f"{guess.english} English)"
    )


def engine_diagnostic(
    doc: Document | None,
    code: str,
    severity: Severity,
    message: str,
    start: int,
    end: int,
    path: str | None = None,
) -> Diagnostic:
    name, _ = ENGINE_CODES[code]
    if doc is None:
        pos = Position(0, 1, 1)
        return Diagnostic(code, name, "internal", severity, message, path or "-", pos, pos, "")
    return Diagnostic(
        code,
        name,
        "internal",
        severity,
        message,
        path or doc.path or "-",
        doc.position(start),
        doc.position(end),
        doc.file_text(start, end),
    )


def read_source(path: str) -> str:
    """Read and decode a file with one clear InputError for every way that can fail."""
    if path == "-":
        raise InputError(path, "use lint_text for standard input")
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError(path, "no such file") from None
    except OSError as exc:  # ELOOP (a symlink loop), EACCES, ...
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(st.st_mode):
        raise InputError(path, "is a directory; use lint_paths to lint the files inside it")
    if not stat.S_ISREG(st.st_mode):
        # never opened: reading a FIFO blocks until a writer comes, a device may never end
        raise InputError(path, f"is not a regular file ({_file_kind(st.st_mode)}); not linted")
    if st.st_size > MAX_FILE_BYTES:
        raise InputError(
            path, f"is {st.st_size / 1e6:.1f} MB, over the {MAX_FILE_BYTES // 10**6} MB limit for one article"
        )
    try:
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise InputError(path, f"cannot read: {exc.strerror}") from None
    return decode(data, path)


def _file_kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a file"


# -- many files -----------------------------------------------------------------


def iter_files(
    paths: Iterable[str | os.PathLike[str]],
    config: Config | None = None,
    extra_excludes: Sequence[str] = (),
    force_exclude: bool | None = None,
) -> Iterator[str]:
    """Expand directories to the lintable files inside them, honouring ``exclude``.

    Explicitly named files are yielded (even with an unknown extension or
    missing, so the caller can report them) unless ``force_exclude`` is on and
    an exclude pattern matches them: pre-commit and editors always name files,
    so without it their ``exclude`` would never apply (ruff's ``--force-exclude``).
    ``force_exclude=None`` takes the ``force-exclude`` setting of the file's
    configuration. Directories only yield known formats.
    """
    for raw in paths:
        p = os.fspath(raw)
        if p != "-" and not os.path.isdir(p) and force_excluded(p, config, extra_excludes, force_exclude):
            continue
        if p != "-" and os.path.isdir(p):
            from .excludes import Excluder  # pathspec costs 14 ms to import: only for folders

            excluder = Excluder.for_directory(p, config, extra_excludes)
            for dirpath, dirnames, filenames in os.walk(p):
                dirnames[:] = sorted(
                    d
                    for d in dirnames
                    if not d.startswith(".") and not excluder.excluded(os.path.join(dirpath, d), True)
                )
                for name in sorted(filenames):
                    full = os.path.join(dirpath, name)
                    if os.path.splitext(name)[1].lower() in EXTENSIONS and not excluder.excluded(full, False):
                        yield full
        else:
            yield p


def force_excluded(
    path: str, config: Config | None, extra_excludes: Sequence[str], force_exclude: bool | None
) -> bool:
    """Whether a file named explicitly (or stdin's ``--stdin-filename``) is excluded because
    force-exclude is on (``force_exclude=None``: the file's configuration decides)."""
    cfg = _config_for(path, config)
    if not (cfg.force_exclude if force_exclude is None else force_exclude):
        return False
    # patterns are relative to the config's folder; without a config file, to the working folder
    folder = os.getcwd()
    key = (cfg, tuple(extra_excludes), folder if cfg.root is None else None)
    excluder = _EXCLUDERS.get(key)
    if excluder is None:
        from .excludes import Excluder

        excluder = _EXCLUDERS[key] = Excluder.for_directory(folder, cfg, extra_excludes)
    return excluder.excluded(path, False)


_EXCLUDERS: dict[tuple[Any, ...], Any] = {}


def _config_for(path: str, base: Config | None) -> Config:
    return base if base is not None else discover_config(path if path != "-" else os.getcwd())


_WORKER_LINTERS: dict[Any, Linter] = {}


def rule_linter(
    code: str,
    config: Config | None = None,
    registry: Registry | None = None,
    rule_options: dict[str, Any] | None = None,
) -> Linter:
    """A linter that runs one rule as its examples and test cases show it: the rule alone, or, for a rule
    that reads the other rules' findings (``Rule.reads_findings``), the default rules with it, since its
    findings depend on theirs."""
    reg = registry or default_registry((config or Config()).packs)
    options = {code: dict(rule_options)} if rule_options else None
    cls = reg.rules.get(code)
    if cls is not None and cls.reads_findings:
        return Linter(config, reg, extend_select=[code], rule_options=options)
    return Linter(config, reg, select=[code], rule_options=options)


def linter_for(config: Config, overrides: tuple[Any, ...]) -> Linter:
    """Explicit per-process cache: one Linter per (config, overrides)."""
    key = (config, overrides)
    linter = _WORKER_LINTERS.get(key)
    if linter is None:
        select, ignore, extend, *rest = overrides
        if rest and rest[0]:  # the command line's --document
            config = _with_document(config, rest[0])
        linter = Linter(config, select=select, ignore=ignore or (), extend_select=extend or ())
        _WORKER_LINTERS[key] = linter
    return linter


@functools.lru_cache(maxsize=64)
def _with_document(config: Config, document: str) -> Config:
    """``config`` with the command line's ``--document``, one object per pair (Linters are cached by config)."""
    return config.with_overrides(document=document)


def run_problems(linters: Iterable[Linter]) -> tuple[list[str], list[str]]:
    """(errors, notices) of every Linter a run used, each message once, in first-seen order.

    A nested ``sub/medlint.toml`` may list a pack that fails to load; its Linter
    is not the one built for the working directory, so a run that reported only
    that one would print "All clear" for a folder whose rules never ran.
    """
    errors: dict[str, None] = {}
    notices: dict[str, None] = {}
    for linter in linters:
        errors.update(dict.fromkeys(linter.registry.errors))
        notices.update(dict.fromkeys(linter.notices))
    return list(errors), list(notices)


def lint_one(
    path: str,
    config: Config | None,
    overrides: tuple[Any, ...] = (None, (), ()),
    format: str | None = None,
) -> list[Diagnostic]:
    """Lint one path, turning input problems into an ML902 diagnostic for that file."""
    cfg = _config_for(path, config)
    linter = linter_for(cfg, overrides)
    try:
        return linter.lint_file(path, format)
    except InputError as exc:
        return linter.input_error(path, exc)


def _lint_one_star(args: tuple[str, Config | None, tuple[Any, ...], str | None]) -> list[Diagnostic]:
    return lint_one(*args)


def lint_paths(
    paths: Iterable[str | os.PathLike[str]],
    config: Config | None = None,
    *,
    jobs: int | None = None,
    select: Sequence[str] | None = None,
    ignore: Sequence[str] = (),
    extend_select: Sequence[str] = (),
    format: str | None = None,
    extra_excludes: Sequence[str] = (),
    errors: list[str] | None = None,
    force_exclude: bool | None = None,
    document: str | None = None,
) -> list[Diagnostic]:
    """Lint files and directories; many files are spread over a process pool.

    Unreadable inputs become ML902 diagnostics so one bad file never hides the
    findings of the others. ``jobs=1`` forces a single process. When ``errors``
    is given, the load errors (broken packs, plugins) of every configuration
    that governs one of the files are appended to it, each once.
    """
    files = list(iter_files(paths, config, extra_excludes, force_exclude))
    overrides: tuple[Any, ...] = (
        tuple(select) if select is not None else None,
        tuple(ignore),
        tuple(extend_select),
    )
    if document:
        overrides += (document,)
    # Validate configuration once, up front, so a config error is raised not repeated.
    configs = list(dict.fromkeys(_config_for(f, config) for f in files))
    linters = [linter_for(cfg, overrides) for cfg in configs]
    if errors is not None:
        errors.extend(e for e in run_problems(linters)[0] if e not in errors)
    workers = jobs or (config.jobs if config and config.jobs else None) or os.cpu_count() or 1
    results: list[Diagnostic] = []
    if workers > 1 and len(files) >= PARALLEL_MIN_FILES:
        from concurrent.futures import ProcessPoolExecutor  # 15 ms of imports: only when used

        chunks = max(1, len(files) // (workers * 4))
        with ProcessPoolExecutor(max_workers=min(workers, len(files))) as pool:
            for diags in pool.map(
                _lint_one_star, [(f, config, overrides, format) for f in files], chunksize=chunks
            ):
                results.extend(diags)
    else:
        for f in files:
            results.extend(lint_one(f, config, overrides, format))
    return results


__all__ = ["Linter", "force_excluded", "iter_files", "lint_one", "lint_paths", "read_source", "run_problems"]
