"""Does medlint find the same defects in an article whatever format it comes in?

    python benchmarks/format_robustness.py [--fakehealth DIR] [--articles 300]

Real health news (FakeHealth's stories, EnyanDai/FakeHealth: a local checkout, never committed) is linted
three ways: as plain text, as the Markdown a writer wraps at 80 columns, and as the HTML a WordPress site
serves (each paragraph a ``<p>`` whose source is wrapped at 80 columns, apostrophes as ``&#8217;``, double
quotes as ``&#8220;``/``&#8221;``, spaced double hyphens as ``&#8212;``, ``&``, ``<`` and ``>`` escaped).
The renderings are this script's own construction; the words are the stories'. For each family of content
rules (CL, MT, RP, TX) it prints how many of the plain-text findings at warning or above the other renderings
also report (same code and the same quoted words, references and apostrophes read as one). A finding lost is
a format the rules do not read through: a word cut by a decoded reference, a phrase broken by a line end.
Nothing is asserted.
"""

from __future__ import annotations

import argparse
import html
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks" / "realworld"))

import fakehealth_data as fd  # noqa: E402

import medlint  # noqa: E402
from medlint.diagnostic import Diagnostic  # noqa: E402

FAMILIES = ("CL", "MT", "RP", "TX")


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def as_plain(text: str) -> str:
    """The story's paragraphs, each on one line with its white space closed up, a blank line between them:
    the text every rendering starts from, so a difference is the rendering's and not the spacing's."""
    return "\n\n".join(paragraphs(text)) + "\n"


def as_markdown(text: str) -> str:
    """Paragraphs wrapped at 80 columns, a blank line between them."""
    return "\n\n".join("\n".join(textwrap.wrap(p, 80)) for p in paragraphs(text)) + "\n"


def as_wrapped_text(text: str) -> str:
    """Paragraphs hard-wrapped at 72 columns, as e-mail and plain-text exports write them (at spaces only: a
    word broken at its hyphen would change the words a finding quotes)."""
    return (
        "\n\n".join("\n".join(textwrap.wrap(p, 72, break_on_hyphens=False)) for p in paragraphs(text)) + "\n"
    )


def as_wordpress_html(text: str) -> str:
    """Each paragraph a <p> wrapped at 80 columns, with WordPress's typographic references."""
    out = []
    for p in paragraphs(text):
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        p = re.sub(r"(?<=\w)'(?=\w)", "&#8217;", p)
        p = re.sub(r'(?:(?<=^)|(?<=[\s(\[]))"(?=\S)', "&#8220;", p).replace('"', "&#8221;")
        p = p.replace(" -- ", " &#8212; ")
        out.append("<p>" + "\n".join(textwrap.wrap(p, 80)) + "</p>")
    return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"


#: the typographic marks the WordPress rendering writes, read as the plain ones of the text
_PLAIN_MARKS = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def key(d: Diagnostic) -> tuple[str, str]:
    """A finding's code and quoted words, with character references decoded and the typographic quotes and
    dash the rendering wrote read as the plain marks of the text."""
    words = html.unescape(d.text).translate(_PLAIN_MARKS).replace("\u2014", "--")
    return d.code, " ".join(words.split())


def content(diags: list[Diagnostic], warning_only: bool) -> list[Diagnostic]:
    return [
        d
        for d in diags
        if d.code[:2] in FAMILIES and (not warning_only or d.severity.name in ("WARNING", "ERROR"))
    ]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--fakehealth", default=None, help="local checkout of EnyanDai/FakeHealth")
    ap.add_argument("--articles", type=int, default=300, help="how many stories (sorted ids), default 300")
    ap.add_argument("--show", action="store_true", help="list each finding a rendering lost or added")
    args = ap.parse_args(argv)
    root = fd.root_dir(args.fakehealth)
    renderings: dict[str, tuple[Callable[[str], str], str]] = {
        "Markdown wrapped at 80 columns": (as_markdown, "markdown"),
        "WordPress-style HTML": (as_wordpress_html, "html"),
        "plain text wrapped at 72 columns": (as_wrapped_text, "text"),
    }
    total: Counter[str] = Counter()
    kept: dict[str, Counter[str]] = {name: Counter() for name in renderings}
    extra: dict[str, Counter[str]] = {name: Counter() for name in renderings}
    for doc_id in fd.all_ids(root)[: args.articles]:
        # the plain text as the renderings see it: one paragraph a line, its white space closed up
        text = as_plain(fd.load_article(root, doc_id))
        plain = content(medlint.lint_text(text, format="text"), warning_only=True)
        total.update(d.code[:2] for d in plain)
        plain_any = {key(d) for d in content(medlint.lint_text(text, format="text"), warning_only=False)}
        for name, (render, fmt) in renderings.items():
            rendered = content(medlint.lint_text(render(text), format=fmt), warning_only=False)
            found = {key(d) for d in rendered}
            kept[name].update(d.code[:2] for d in plain if key(d) in found)
            new = [d for d in rendered if d.severity.name in ("WARNING", "ERROR") and key(d) not in plain_any]
            extra[name].update(d.code[:2] for d in new)
            if args.show:
                for d in plain:
                    if key(d) not in found:
                        print(f"  lost in {name}: {doc_id} {d.code} {d.text[:70]!r}")
                for d in new:
                    print(f"  new in {name}: {doc_id} {d.code} {d.text[:70]!r}")
    print(f"FakeHealth stories: {args.articles}; plain-text findings at warning+: {sum(total.values())}")
    for name in renderings:
        parts = ", ".join(f"{f} {kept[name][f]}/{total[f]}" for f in FAMILIES if total[f])
        print(f"  {name}: {sum(kept[name].values())}/{sum(total.values())} also reported ({parts})")
        new_parts = ", ".join(f"{f} {extra[name][f]}" for f in FAMILIES if extra[name][f]) or "none"
        print(
            f"    findings at warning+ the plain text does not have: {sum(extra[name].values())} ({new_parts})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
