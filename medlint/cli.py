"""The ``medlint`` command: check, rules, explain.

Conventions follow ruff: exit 0 when nothing reaches the fail level, 1 when
something does, 2 when medlint or its input failed (usage, config, unreadable
files, plugins that fail to load, rules that crash). Files are never modified
unless ``--fix`` is given, and then only through an atomic rename.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from . import __version__
from .config import DOCUMENT_KINDS, Config, discover_config, read_config_file, selectors
from .diagnostic import Diagnostic, Severity
from .errors import ConfigError, InputError, MedlintError, UsageError
from .fixes import apply_fixes, write_atomically
from .formats import decode, detect_format, normalize_format
from .linter import (
    Linter,
    force_excluded,
    iter_files,
    lint_paths,
    linter_for,
    read_source,
    rule_linter,
    run_problems,
)
from .registry import ENGINE_CODES, Registry, default_registry
from .report import FORMATS, RunResult, render
from .rule import Rule

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
TOOL_FAILURE_CODES = ("ML901", "ML902")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="medlint",
        description="Lint medical and health articles (text, Markdown, HTML) for editorial quality.",
    )
    parser.add_argument("--version", action="version", version=f"medlint {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = sub.add_parser("check", help="lint files, folders or standard input (-)")
    check.add_argument("paths", nargs="*", metavar="PATH", help="files or folders; '-' reads stdin")
    check.add_argument(
        "--format", choices=FORMATS, help="output format (default text; github on GitHub Actions)"
    )
    check.add_argument("--select", action="append", help="rules to run: codes, prefixes, names, categories")
    check.add_argument("--extend-select", action="append", help="rules to add to the selection")
    check.add_argument("--ignore", action="append", help="rules to skip")
    check.add_argument(
        "--fail-level", choices=("error", "warning", "info"), help="lowest severity giving exit 1"
    )
    check.add_argument("--statistics", action="store_true", help="print counts per rule")
    check.add_argument("-q", "--quiet", action="store_true", help="only diagnostics: no summary or notices")
    check.add_argument("--config", metavar="FILE", help="use this config file instead of discovery")
    check.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    check.add_argument("--input-format", choices=("text", "markdown", "html"), help="force the input format")
    check.add_argument(
        "--document",
        choices=DOCUMENT_KINDS,
        help="what the files are, for the whole-page checks (DS101, DS104, DS105): a whole page, a fragment "
        "of one, or auto (read from each file's structure; the default)",
    )
    check.add_argument(
        "--stdin-filename", metavar="NAME", help="path to report (and pick format/config) for stdin"
    )
    check.add_argument(
        "--exclude", action="append", default=[], help="gitignore-style pattern to skip in folders"
    )
    check.add_argument(
        "--force-exclude",
        action="store_true",
        default=None,
        help="apply exclude patterns to files named on the command line too (pre-commit names them)",
    )
    check.add_argument("--fix", action="store_true", help="apply safe fixes in place (atomic writes)")
    check.add_argument(
        "--unsafe-fixes", action="store_true", help="with --fix or --diff, also apply unsafe fixes"
    )
    check.add_argument(
        "--diff",
        action="store_true",
        help="print the fixes as a diff instead of writing them (the report goes to stderr)",
    )
    check.add_argument("--show-source", action="store_true", help="show the source line under each finding")
    check.add_argument("--jobs", "-j", type=_positive_int, help="worker processes (default: CPU count)")
    check.add_argument("--output-file", "--output", "-o", metavar="FILE", help="write the report to FILE")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    check.add_argument("--exit-zero", action="store_true", help="exit 0 even with findings (not on errors)")

    rules = sub.add_parser("rules", help="list every rule")
    rules.add_argument("--format", choices=("text", "json", "markdown"), default="text")
    rules.add_argument("--all", action="store_true", help="include rules disabled by default (marked)")

    explain = sub.add_parser("explain", help="show a rule's documentation and examples")
    explain.add_argument("rule", metavar="CODE-OR-NAME")

    lsp = sub.add_parser("lsp", help="run the language server for editors (needs medlint[lsp])")
    lsp.add_argument("--stdio", action="store_true", help="talk LSP over stdin/stdout (the default)")
    serve = sub.add_parser("serve", help="a local web page to check one article (needs medlint[web])")
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    serve.add_argument("--max-bytes", type=int, default=5 * 1024 * 1024, help="largest upload (default 5 MB)")
    serve.add_argument("--config", metavar="FILE", help="use this config file instead of discovery")
    serve.add_argument("--isolated", action="store_true", help="ignore all configuration files")
    return parser


def _positive_int(text: str) -> int:
    """argparse type for --jobs: 0 or a negative count of workers means nothing."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


#: the cyclic garbage collector's first-generation threshold in the ``medlint`` process (Python's: 700)
GC_THRESHOLD = 50_000


def run() -> NoReturn:
    """The ``medlint`` command as a process of its own (the console script, ``python -m medlint``):
    :func:`main`, with the cyclic garbage collector tuned for a short-lived process.

    Building the rules (modules, packs, tries, tables) allocates tens of thousands
    of container objects that live as long as the process, and medlint makes little
    cyclic garbage (a few hundred objects in a 100,000-word run). With Python's
    defaults the collector ran about 70 times in a one-file check, each time
    scanning the survivors again, and at exit made three more passes over every
    object the process was about to drop anyway. So the threshold is raised, and
    at the end the objects are frozen (``gc.freeze``: the exit's passes skip them;
    reference counting still frees them). ``main`` itself, called in-process
    (tests, scripts), leaves the collector alone.
    """
    import gc

    first, second, third = gc.get_threshold()
    gc.set_threshold(max(GC_THRESHOLD, first), second, third)
    code = main()
    gc.freeze()
    raise SystemExit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "check":
            return _check(args)
        if args.command == "rules":
            return _rules(args)
        if args.command == "explain":
            return _explain(args)
        if args.command == "lsp":
            from .lsp import run  # pygls is imported only here

            return run()
        if args.command == "serve":
            from .web import serve_command  # Starlette and uvicorn load only here

            return serve_command(args)
        parser.print_help()
        return EXIT_ERROR
    except (ConfigError, UsageError) as exc:
        print(f"medlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except MedlintError as exc:
        print(f"medlint: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


# -- check --------------------------------------------------------------------


def _base_config(args: argparse.Namespace) -> Config | None:
    if args.isolated:
        return Config()
    if args.config:
        path = Path(args.config)
        if not path.is_file():
            raise ConfigError(f"{path}: config file not found")
        return read_config_file(path) or Config(root=path.parent, path=path)
    return None


def _check(args: argparse.Namespace) -> int:
    if args.unsafe_fixes and not (args.fix or args.diff):
        raise UsageError("--unsafe-fixes only makes sense with --fix or --diff")
    base = _base_config(args)
    select = selectors(args.select)
    ignore = selectors(args.ignore) or ()
    extend = selectors(args.extend_select) or ()
    overrides: tuple[object, ...] = (select, ignore, extend)
    if args.document:
        overrides += (args.document,)
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    paths = args.paths or ["."]
    input_format = normalize_format(args.input_format) if args.input_format else None

    # Validate the configuration that governs the run once, before touching files.
    home_cfg = base if base is not None else discover_config(args.stdin_filename or os.getcwd())
    home = linter_for(home_cfg, overrides)
    fail_level = Severity.parse(args.fail_level) if args.fail_level else home_cfg.fail_level

    diagnostics: list[Diagnostic] = []
    sources: dict[str, str] = {}
    files = 0
    fixed = 0
    file_paths: list[str] = []
    for p in paths:
        if p == "-":
            if args.stdin_filename and force_excluded(
                args.stdin_filename, base, args.exclude, args.force_exclude
            ):
                if args.fix:  # an editor piping through --fix expects its text back unchanged
                    sys.stdout.write(decode(sys.stdin.buffer.read(), args.stdin_filename))
                continue
            files += 1
            diags, n = _lint_stdin(args, base, overrides, input_format, sources)
            diagnostics.extend(diags)
            fixed += n
        else:
            file_paths.extend(iter_files([p], base, args.exclude, args.force_exclude))
    files += len(file_paths)
    if args.fix or args.diff or args.show_source:
        for path in file_paths:
            diags, n = _lint_and_maybe_fix(path, args, base, overrides, input_format, sources)
            diagnostics.extend(diags)
            fixed += n
    elif file_paths:
        diagnostics.extend(
            lint_paths(
                file_paths,
                base,
                jobs=args.jobs,
                select=select,
                ignore=ignore,
                extend_select=extend,
                format=input_format,
                document=args.document,
            )
        )
    diagnostics.sort(key=lambda d: d.sort_key)

    # every configuration that governed a file: a nested medlint.toml has its own packs
    used = [home]
    if "-" in paths:
        used.append(linter_for(base or discover_config(args.stdin_filename or os.getcwd()), overrides))
    used += [linter_for(base or discover_config(path), overrides) for path in file_paths]
    registry_errors, notices = run_problems(dict.fromkeys(used))
    result = RunResult(
        diagnostics=diagnostics,
        files=files,
        errors=registry_errors,
        notices=[] if args.quiet else notices,
        fixed=fixed,
        rules={c: r for c, r in home.registry.rules.items() if c in home.enabled_codes},
        root=os.getcwd(),
        sources=sources,
        paths=[*sources, *(p for p in file_paths if p not in sources)],
    )
    color = args.color == "always" or (
        args.color == "auto" and sys.stdout.isatty() and "NO_COLOR" not in os.environ and not args.output_file
    )
    out = (
        render(
            fmt,
            result,
            color=color,
            quiet=args.quiet,
            statistics=args.statistics,
            sources=sources if args.show_source else None,
        )
        if fmt == "text"
        else render(fmt, result)
    )
    for line in registry_errors:
        print(f"medlint: error: {line}", file=sys.stderr)
    for note in result.notices:
        print(f"medlint: {note}", file=sys.stderr)
    if fmt == "text":
        for d in diagnostics:
            if d.code in TOOL_FAILURE_CODES:
                print(f"medlint: error: {d.path}: {d.message}", file=sys.stderr)
    # like ruff: when stdout carries fixed text or a diff, the report goes to stderr
    report_to_stderr = args.diff or (args.fix and "-" in paths)
    _emit(out, args.output_file, sys.stderr if report_to_stderr else sys.stdout)

    if registry_errors or any(d.code in TOOL_FAILURE_CODES for d in diagnostics):
        return EXIT_ERROR
    if args.exit_zero:
        return EXIT_OK
    return EXIT_FINDINGS if any(d.severity >= fail_level for d in diagnostics) else EXIT_OK


def _emit(text: str, output_file: str | None, stream: TextIO) -> None:
    if output_file:
        Path(output_file).write_text(text, encoding="utf-8")
    else:
        stream.write(text)
        stream.flush()


def _lint_stdin(
    args: argparse.Namespace,
    base: Config | None,
    overrides: tuple[object, ...],
    input_format: str | None,
    sources: dict[str, str],
) -> tuple[list[Diagnostic], int]:
    """Diagnostics for standard input and the number of fixes applied to it."""
    name = args.stdin_filename or "-"
    cfg = base if base is not None else discover_config(args.stdin_filename or os.getcwd())
    linter = linter_for(cfg, overrides)
    try:
        text = decode(sys.stdin.buffer.read(), name)
    except InputError as exc:
        return linter.input_error(name, exc), 0
    sources[name] = text
    fmt = input_format or detect_format(args.stdin_filename)
    diags = linter.lint_text(text, fmt, name)
    if args.diff:
        fixed_text, _, _ = _fix_until_stable(linter, text, diags, fmt, name, args.unsafe_fixes)
        _print_diff(text, fixed_text, name)
    elif args.fix:
        fixed_text, n, fixed_diags = _fix_until_stable(linter, text, diags, fmt, name, args.unsafe_fixes)
        sys.stdout.write(fixed_text)  # stdin --fix prints the fixed text, like ruff
        return (diags, 0) if n == 0 else (fixed_diags, n)
    return diags, 0


#: how many rounds of fixes one run applies at most (ruff's own limit is 100; a round that
#: changes nothing ends the loop, so two or three are the rule)
MAX_FIX_ROUNDS = 10


def _fix_until_stable(
    linter: Linter, text: str, diags: list[Diagnostic], fmt: str | None, path: str, unsafe: bool
) -> tuple[str, int, list[Diagnostic]]:
    """The text with its fixes applied round after round until none applies, the number of fixes
    applied, and the final text's diagnostics.

    One round applies the fixes that do not overlap; a fix can also leave text another fix
    mends ("pills .. with" loses one stray full stop, then the space before the other), so the
    text is linted again and fixed again, as ruff does, until a round changes nothing or
    ``MAX_FIX_ROUNDS`` have run: one ``--fix`` leaves nothing a second would change.
    """
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixed, n = apply_fixes(text, diags, unsafe=unsafe)
        if n == 0 or fixed == text:
            break
        total += n
        text = fixed
        diags = linter.lint_text(text, fmt, path)
    return text, total, diags


def _print_diff(text: str, fixed_text: str, path: str) -> None:
    import difflib

    sys.stdout.writelines(
        difflib.unified_diff(
            text.splitlines(keepends=True),
            fixed_text.splitlines(keepends=True),
            fromfile=f"a/{path}",
            tofile=f"b/{path}",
        )
    )


def _lint_and_maybe_fix(
    path: str,
    args: argparse.Namespace,
    base: Config | None,
    overrides: tuple[object, ...],
    input_format: str | None,
    sources: dict[str, str],
) -> tuple[list[Diagnostic], int]:

    cfg = base if base is not None else discover_config(path)
    linter = linter_for(cfg, overrides)
    try:
        text = read_source(path)
    except InputError as exc:
        return linter.input_error(path, exc), 0
    fmt = input_format or detect_format(path)
    diags = linter.lint_text(text, fmt, path)
    sources[path] = text
    if not (args.fix or args.diff):
        return diags, 0
    fixed_text, n, fixed_diags = _fix_until_stable(linter, text, diags, fmt, path, args.unsafe_fixes)
    if n == 0 or fixed_text == text:
        return diags, 0
    if args.diff:
        _print_diff(text, fixed_text, path)
        return diags, 0
    write_atomically(path, fixed_text)
    sources[path] = fixed_text
    return fixed_diags, n


# -- rules and explain ----------------------------------------------------------


def _registry() -> Registry:
    cfg = discover_config(os.getcwd())
    return default_registry(cfg.packs)


def _rules(args: argparse.Namespace) -> int:
    reg = _registry()
    rules = sorted(reg.rules.values(), key=lambda r: r.code)
    if args.format == "json":
        print(json.dumps([_rule_info(r) for r in rules], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print("| code | name | category | severity | default | origin | summary |")
        print("|---|---|---|---|---|---|---|")
        for r in rules:
            on = "on" if r.enabled_by_default else "off"
            summary = r.summary().replace("|", "\\|")
            print(f"| `{r.code}` | {r.name} | {r.category} | {r.severity} | {on} | {r.origin} | {summary} |")
        for code, (name, desc) in sorted(ENGINE_CODES.items()):
            sev = {"ML903": "warning", "ML904": "info", "ML905": "info", "ML906": "warning"}.get(
                code, "error"
            )
            print(f"| `{code}` | {name} | internal | {sev} | on | engine | {desc} |")
    else:
        # origin: builtin (Python), pack:<pack name> (YAML), plugin:<entry-point name>
        width = max((len(r.origin) for r in rules), default=7)
        for r in rules:
            if not r.enabled_by_default and not args.all:
                flag = " (opt-in)"
            else:
                flag = ""
            print(
                f"{r.code:7} {r.name:32} {r.category:15} {r.severity!s:8} {r.origin:{width}} "
                f"{r.summary()}{flag}"
            )
    for e in reg.errors:
        print(f"medlint: error: {e}", file=sys.stderr)
    return EXIT_ERROR if reg.errors else EXIT_OK


def _rule_info(r: type[Rule]) -> dict[str, object]:
    return {
        "code": r.code,
        "name": r.name,
        "category": r.category,
        "severity": str(r.severity),
        "enabled_by_default": r.enabled_by_default,
        "origin": r.origin,
        "summary": r.summary(),
        "source": r.source,
        "options": r.option_defaults(),
    }


def _explain(args: argparse.Namespace) -> int:
    reg = _registry()
    key = args.rule
    rule = reg.rules.get(key.upper()) or reg.by_name().get(key)
    if rule is None:
        if key.upper() in ENGINE_CODES:
            name, desc = ENGINE_CODES[key.upper()]
            print(f"{key.upper()} {name} (engine)\n\n{desc}")
            return EXIT_OK
        raise UsageError(f"unknown rule {key!r}{reg.suggest(key)}")
    out = _explain_text(rule, reg)
    sys.stdout.write(out)
    return EXIT_OK


def _explain_text(rule: type[Rule], registry: Registry | None = None) -> str:
    """The explanation of one rule, its examples run with ``registry`` (the one that holds the rule)."""
    lines = [
        f"{rule.code} {rule.name}",
        f"category: {rule.category}    default severity: {rule.severity}    "
        f"enabled by default: {'yes' if rule.enabled_by_default else 'no (opt-in)'}    origin: {rule.origin}",
        "",
        rule.docs(),
        "",
    ]
    if rule.source:
        lines += [f"Source: {rule.source}", ""]
    where = rule.location()
    if where or rule.distribution:
        provided = f" (distribution {rule.distribution})" if rule.distribution else ""
        lines += [f"Defined in: {where or 'unknown file'}{provided}", ""]
    schema = rule.option_schema()
    if schema:
        lines.append(f"Options (set in [tool.medlint.rules.{rule.name}]):")
        for k, opt in schema.items():
            limits = []
            if opt.lower_bound is not None:
                limits.append(f"at least {opt.lower_bound:g}")
            if opt.choices is not None:
                limits.append("one of " + ", ".join(json.dumps(c) for c in opt.choices))
            extra = f"; {'; '.join(limits)}" if limits else ""
            lines.append(f"  {k} ({opt.type_name}{extra}) = {json.dumps(opt.default)}")
            if opt.description:
                lines.append(f"      {opt.description}")
        lines.append("")
    fire, passing = rule.examples()
    linter = rule_linter(rule.code, Config(), registry)
    for title, examples in (("Fires on", fire), ("Does not fire on", passing)):
        if not examples:
            continue
        lines.append(f"{title}:")
        for ex in examples:
            lines.append(f"  [{ex.format}] {ex.text!r}")
            try:
                diags = (
                    [
                        d
                        for d in rule_linter(rule.code, Config(), registry, dict(ex.options)).lint_text(
                            ex.text, ex.format
                        )
                        if d.code == rule.code
                    ]
                    if ex.options
                    else [d for d in linter.lint_text(ex.text, ex.format) if d.code == rule.code]
                )
            except MedlintError as exc:  # pragma: no cover - shown, not fatal
                lines.append(f"    (could not run: {exc})")
                continue
            for d in diags:
                lines.append(f"    -> {d.start.line}:{d.start.column} [{d.severity}] {d.message}")
            if ex.fixed is not None:
                lines.append(f"    fixed: {ex.fixed!r}")
            if ex.note:
                lines.append(f"    ({ex.note})")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
