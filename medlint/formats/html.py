"""HTML: tags, scripts and styles blank; block elements become blocks; meta becomes metadata.

The standard library parser reports each token's line and column, which gives
exact source offsets; entities are decoded in place (the character, padded
with spaces), so the prose view keeps the source's length.

A saved web page is more than its article: menus, search and newsletter forms,
cookie banners, share buttons, "related" and "sponsored" link boxes, comment
threads and sidebars. Their words are not the article's, and a sidebar of
clickbait ("this spice cures diabetes in 7 days") on a careful page would be
reported as the page's own claims. Such *page chrome* is blanked like a
script (see ``chrome.py`` for what counts and the guard that keeps a
mislabelled content container), so no rule reads it and no offset moves.

A page also prints some text twice for a script to choose from, and a reader sees it once: the
title again in a sticky bar (``_title_copies``), a preview cut short beside the full text it
stands for (``_truncated_copies``). The second copy is blanked the same way.
"""

from __future__ import annotations

import html
import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from html.parser import HTMLParser
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from ..document import (
    CAPTION,
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    QUOTE,
    TABLE_CELL,
    Block,
    Comment,
    Document,
    Link,
)
from ..text.quotes import EMBED_CREDIT
from ._prose import URL_RE, apply_replacements
from .charrefs import decode_text_references
from .chrome import (
    BOX_TAGS,
    Box,
    ChromeSpan,
    WordIndex,
    article_region,
    articles_in_main,
    chrome_reason,
    is_hidden,
    keep_spans,
    link_dense,
    name_words,
    names_comment,
    names_feed,
    repeated_parts,
)
from .metadata import normalize_metadata

BLOCK_KINDS: dict[str, str] = {
    "p": PARAGRAPH,
    "li": LIST_ITEM,
    "blockquote": QUOTE,
    "td": TABLE_CELL,
    "th": TABLE_CELL,
    "figcaption": CAPTION,
    "caption": CAPTION,
    "dt": PARAGRAPH,
    "dd": PARAGRAPH,
    "h1": HEADING,
    "h2": HEADING,
    "h3": HEADING,
    "h4": HEADING,
    "h5": HEADING,
    "h6": HEADING,
}
# Elements whose text boundaries end a block (a div's loose text is a paragraph).
CONTAINERS = {
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "body",
    "html",
    "ul",
    "ol",
    "dl",
    "table",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "figure",
    "form",
    "fieldset",
    "details",
    "summary",
    "address",
    "hr",
    "br_block",
    "center",
}
RAW = {
    "title",
    "script",
    "style",
    "noscript",
    "template",
    "pre",
    "code",
    "svg",
    "math",
    "textarea",
    "iframe",
    "object",
}
#: Blocks that a link wraps only in a teaser card: ``<a href="/other-story"><h2>Its title</h2><p>Its
#: summary (25.07.2019)</p></a>``. Article text links words inside its paragraphs, never a whole
#: paragraph or heading, so such a link outside the article is another page's teaser, chrome however
#: many words it has (``link_dense`` counts links of a few words each on a page that marks no article).
#: Inside the article region (a page's ``<main>`` holding a "recommended videos" row, a listing whose
#: every teaser is its own ``<article>``) such a link is a card only when it also holds a picture:
#: ``<a href><img><h4>Its title</h4><p>Its summary</p></a>``, a hidden description with it.
CARD_BLOCKS = frozenset({"h2", "h3", "h4", "h5", "h6", "p"})
#: a line that starts with a bullet mark and a space ("+ Added banners", "\u2022 Rest", "- fever")
_BULLET_LINE = re.compile(r"[+*\-\u2022\u00b7\u2013\u25aa\u25b8\u25ba]\s")
#: inline elements that can stand inside a sentence: with text of their paragraph before them they are
#: part of it, never page chrome by their class names ("popup", "promo": a note's trigger link)
PHRASING_TAGS = frozenset(
    {
        "a",
        "span",
        "em",
        "i",
        "b",
        "strong",
        "abbr",
        "cite",
        "dfn",
        "mark",
        "small",
        "sup",
        "sub",
        "u",
        "q",
        "font",
    }
)
#: A link marked ``rel="tag"`` or ``rel="category tag"`` names a page listing the site's posts on a
#: subject: the category label over a title ("Column", "Health"), the tag list under a post. A label
#: outside a paragraph's sentences is site furniture, in any script it is typed in.
TAXONOMY_RELS = frozenset({"tag", "category"})
#: a teaser card is a title and a line or two; a longer "link" is an ``<a>`` left open by mistake
CARD_MAX_WORDS = 80
#: The annotations of ``<ruby>`` (furigana, pinyin): ``<rt>`` is the reading printed above the base
#: text, ``<rp>`` the parentheses that only a browser without ruby shows around it (``<ruby>漢<rp>（</rp>
#: <rt>かん</rt><rp>）</rp></ruby>``). Neither is running text: read as prose, each annotated word
#: became "漢（かん）", a fullwidth parenthesis in every word and the sentence cut at every kanji.
#: Their text is blanked up to the next annotation, ``</ruby>`` or the end of the block, as the
#: end tags may be left out.
RUBY_NOTES = {"rt", "rp", "rtc"}
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}


#: a bold line of loose text longer than this is emphasis, not a heading
MAX_HEADING_WORDS = 12
#: elements whose ``hidden`` mark is not read: the page itself (a script unhides it when it loads)
NEVER_HIDDEN = frozenset({"html", "body"})
#: a hidden block of fewer words is not compared with the page's shown blocks (``_hidden_copies``)
MIN_HIDDEN_COPY_WORDS = 3
#: ... and one of fewer words is a copy only of a whole shown block, not of words within one
MIN_HIDDEN_QUOTE_WORDS = 6
_WORD = re.compile(r"\w+")
#: words of a class or id that name the element holding the writer's name ("author", "c-byline",
#: "entry-author"): read as the author when it stands under the article's title (``_byline``)
BYLINE_NAME_WORDS = frozenset({"author", "authors", "byline", "bylines"})
#: words of a class or id that name a box restating the article in brief beside it: a recipe card
#: (the post's title, description and steps again, to print: "wprm-recipe-container",
#: "tasty-recipes"), a highlights or key-points box ("field-highlights", "key-takeaways").
#: ``metadata["summary_boxes"]``: the repetition rules do not count a copy in one as a second copy
SUMMARY_BOX_NAME_WORDS = frozenset({"recipe", "recipes", "highlights", "takeaways", "keypoints", "tldr"})
#: how many blocks under the title a byline may stand ...
BYLINE_BLOCKS = 4
#: ... and how many words it may have ("By Kevin Johnson and Kevin McCoy")
BYLINE_MAX_WORDS = 12


class _Parser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        #: "article" or "main": the element that holds the article on this page (``article_region``)
        self.region = article_region(source)
        #: depth of such elements open around the current position
        self.region_depth = 0
        #: the page's ``main`` holds an ``article``: only an ``article`` inside ``main`` is the article's
        #: region (``articles_in_main``); the stack depths of the open ``main`` elements
        self.region_in_main = self.region == "article" and articles_in_main(source)
        self.main_open: list[int] = []
        #: open chrome elements: [stack depth at which each opened, its start offset, holds the article,
        #: opened inside the article, is a comment thread, is a feed of teasers]
        self.chrome_open: list[list[int]] = []
        #: closed chrome elements, nested ones too
        self.chrome: list[ChromeSpan] = []
        #: open elements of ``BOX_TAGS``: [stack depth, start offset, in the article, holds the article,
        #: in a header or footer], and the closed ones (``link_dense``, ``repeated_parts`` judge them)
        self.box_open: list[tuple[str, list[int]]] = []
        self.boxes: list[Box] = []
        #: each ``h1``'s content span, and whether it stood inside the article region (``_lead``)
        self.h1s: list[tuple[int, int, bool]] = []
        #: the content span of each closed ``<article>`` read as the article region (``_card_articles``)
        self.articles: list[tuple[int, int]] = []
        # Loose text broken into lines by <br> (old editors and many CMS pages write no <p>):
        # the current line's first text offset, whether it has text outside / inside <b> or
        # <strong>, the open bold elements, the <br> run since the last text, and where the
        # loose paragraph's text before this line ended.
        self.line_start: int | None = None
        self.line_plain = False
        self.line_bold = False
        self.bold_depth = 0
        #: content starts of the open ``<b>``/``<strong>`` elements, and the closed ones' content
        #: spans (``_run_in_heads``)
        self.bold_open: list[int] = []
        self.bolds: list[tuple[int, int]] = []
        self.br_run = 0
        self.before_line_end = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.repl: list[tuple[int, int, str | None]] = []
        self.blocks: list[tuple[int, int, str, int]] = []
        self.links: list[Link] = []
        #: the ``<br>`` tags inside blocks (start, end): lists typed line by line (``_bulleted_lines``)
        self.brs: list[tuple[int, int]] = []
        #: where the last text read outside chrome ends (a phrasing element after it in its paragraph is
        #: inside a sentence)
        self.text_end = 0
        #: links whose href runs a script (``javascript:``): buttons written as links, no address to
        #: check (``links`` leaves them out), but their text is a link's (``metadata["script_links"]``)
        self.script_links: list[tuple[int, int]] = []
        self.comments: list[Comment] = []
        self.meta: dict[str, Any] = {}
        #: the schema.org types the page declares of itself (JSON-LD ``@type``, microdata ``itemtype``):
        #: "NewsArticle", "MedicalWebPage", ... (``metadata["schema_types"]``)
        self.schema_types: set[str] = set()
        self.stack: list[
            tuple[str, int, bool]
        ] = []  # (tag, start offset of content, is the article's region)
        self.raw_depth = 0
        self.raw_tag: str | None = None
        self.raw_start = 0
        self.block_open: list[tuple[str, int, str, int]] = []  # tag, start, kind, level
        self.loose_start: int | None = None
        self.loose_end = 0
        self.link_open: list[tuple[int, str]] = []
        #: start offsets of the open links that wrap a heading or paragraph (``CARD_BLOCKS``)
        self.card_links: set[int] = set()
        #: closed such links outside the article: teaser cards of other pages (``_card``)
        self.cards: list[ChromeSpan] = []
        #: start offsets of the open links that hold an ``<img>``, and the closed such links
        #: (``_thumbnail_lists``)
        self.img_in_link: set[int] = set()
        self.image_links: list[tuple[int, int]] = []
        self.capture: str | None = None  # "title", "jsonld", "time"
        self.capture_start = 0
        self.itemprop: list[tuple[str, int]] = []
        #: the content span of each ``<blockquote>`` (``_embedded_posts``)
        self.quotes: list[tuple[int, int]] = []
        #: the content span of each table cell (``_short_cells``)
        self.cells: list[tuple[int, int]] = []
        #: the open elements with a ``lang`` attribute (stack depth, start, language tag), and the
        #: closed ones in a language other than English (``_close_lang``)
        self.lang_open: list[tuple[int, int, str]] = []
        self.lang_spans: list[tuple[int, int, str]] = []
        #: the ``<html>`` element's own ``lang`` (``metadata["page_language"]``): the page's declared
        #: language, which ``text.language`` weighs only with the text's own words
        self.page_lang: str | None = None
        #: where the open ruby annotation's text begins (``_ruby_note``)
        self.ruby_note: int | None = None
        #: the open ``<ruby>`` element's start and whether it holds a reading (``<rt>``), and the closed
        #: ones that did (``metadata["readings"]``)
        self.ruby_open: int | None = None
        self.ruby_read = False
        self.readings: list[list[int]] = []
        #: the open elements whose class or id names a byline (stack depth, content start), and the
        #: closed ones' content spans (``_byline``)
        self.byline_open: list[tuple[int, int]] = []
        self.bylines: list[tuple[int, int]] = []
        #: the open elements whose class or id names a summary box (stack depth, start), and the
        #: closed ones' spans (``_summary_boxes``)
        self.summary_open: list[tuple[int, int]] = []
        self.summary_boxes: list[tuple[int, int]] = []
        #: the open hidden element (stack depth, start), and the closed outermost ones
        #: (``_hidden_copies``)
        self.hidden_open: tuple[int, int] | None = None
        self.hidden: list[tuple[int, int]] = []
        #: comment threads (``names_comment``) whose parent is still open (the parent's stack depth,
        #: the thread's start and end), and the closed ones with where their parent closed
        #: (``_comment_sections``)
        self.thread_open: list[tuple[int, int, int]] = []
        self.threads: list[tuple[int, int, int]] = []

    # -- offsets -----------------------------------------------------------
    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _tag_end(self, start: int) -> int:
        text = self.get_starttag_text()
        if text is not None and self.source.startswith(text, start):
            return start + len(text)
        end = self.source.find(">", start)
        return len(self.source) if end == -1 else end + 1

    # -- loose text in containers ---------------------------------------------
    def _close_loose(self) -> None:
        if self.loose_start is not None and not self.block_open:
            if self.loose_start == self.line_start and self._bold_heading_line():
                self.blocks.append((self.loose_start, self.loose_end, HEADING, 0))
            else:
                self.blocks.append((self.loose_start, self.loose_end, PARAGRAPH, 0))
        self.loose_start = None
        self._new_line()

    def _new_line(self) -> None:
        self.line_start = None
        self.line_plain = self.line_bold = False

    def _bold_heading_line(self) -> bool:
        """The current line of loose text is all bold, short and unpunctuated but for a question
        mark: a heading written as ``<strong>How is it treated?</strong><br>``."""
        if self.line_start is None or self.line_plain or not self.line_bold:
            return False
        text = html.unescape(re.sub(r"<[^>]*>", " ", self.source[self.line_start : self.loose_end])).strip()
        return bool(text) and len(text.split()) <= MAX_HEADING_WORDS and text[-1] not in ".!,;:"

    def _line_break(self, at: int) -> None:
        """A ``<br>`` in loose text. Two in a row end the paragraph (the writer's blank line); one
        after a bold heading line ends the heading."""
        if self.block_open or self.loose_start is None:
            return
        self.br_run += 1
        if self.br_run >= 2:
            self._close_loose()
            return
        if self._bold_heading_line():
            assert self.line_start is not None
            if self.line_start > self.loose_start:
                self.blocks.append((self.loose_start, self.before_line_end, PARAGRAPH, 0))
            self.blocks.append((self.line_start, self.loose_end, HEADING, 0))
            self.loose_start = None
        self.before_line_end = self.loose_end
        self._new_line()

    # -- handlers ------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        end = self._tag_end(start)
        self.repl.append((start, end, None))
        a = {k.lower(): (v or "") for k, v in attrs}
        if self.raw_tag is not None:
            if tag == self.raw_tag:
                self.raw_depth += 1
            return
        if tag == "br":
            self._line_break(start)
            if self.block_open:
                self.brs.append((start, end))
        elif tag in ("b", "strong"):
            self.bold_depth += 1
            self.bold_open.append(end)
        if tag in RAW:
            self.raw_tag, self.raw_depth, self.raw_start = tag, 1, end
            if tag == "script" and "ld+json" in a.get("type", ""):
                self.capture, self.capture_start = "jsonld", end
            elif tag == "title":
                self.capture, self.capture_start = "title", end
            return
        if tag == "meta":
            self._meta(a)
            return
        if tag in RUBY_NOTES:
            self._end_ruby_note(start)
            self.ruby_note = end
            self.ruby_read = self.ruby_read or tag != "rp"
        elif tag == "ruby":
            self.ruby_open, self.ruby_read = start, False
        if tag == "time" and a.get("datetime"):
            self.meta.setdefault("_time", []).append(a["datetime"])
        if a.get("itemtype"):
            self.schema_types.update(_schema_type(t) for t in a["itemtype"].split())
        if a.get("itemprop"):
            if a.get("content"):
                self.meta.setdefault(a["itemprop"], a["content"])
            elif a.get("datetime"):
                self.meta.setdefault(a["itemprop"], a["datetime"])
            elif tag not in VOID:
                self.itemprop.append((a["itemprop"], end))
        if tag == "a":
            if "author" in a.get("rel", "").split():
                self.itemprop.append(("author", end))
            self.link_open.append((start, a.get("href", "")))
        if tag in CARD_BLOCKS and self.link_open:
            self.card_links.add(self.link_open[-1][0])
        if tag == "img" and self.link_open:
            self.img_in_link.add(self.link_open[-1][0])
        if tag in BLOCK_KINDS or tag in CONTAINERS:
            self._close_loose()
        if tag in BLOCK_KINDS:
            level = int(tag[1]) if tag[0] == "h" and tag[1:].isdigit() else 0
            # a new <p>/<li> implicitly closes an open one of the same kind
            if (
                self.block_open
                and self.block_open[-1][0] == tag
                and tag in ("p", "li", "td", "th", "dt", "dd")
            ):
                self._end_block(start)
            kind = BLOCK_KINDS[tag]
            if kind == PARAGRAPH and self.block_open:
                # a paragraph inside a quote, list item or cell keeps the outer kind
                kind = self.block_open[-1][2]
            self.block_open.append((tag, end, kind, level))
        # a reader's comment in a thread, or a teaser in a feed of other stories, is no article region
        in_thread = any(entry[4] or entry[5] for entry in self.chrome_open)
        is_region = not in_thread and (
            tag == "article" and not names_comment(a) and (not self.region_in_main or bool(self.main_open))
            if self.region == "article"
            else tag == "main" or a.get("role", "").strip().lower() == "main"
        )
        reason = (
            chrome_reason(
                tag, a, inside_article=self.region_depth > 0, page_marks_article=self.region is not None
            )
            if tag not in VOID
            else None
        )
        if (
            reason is not None
            and reason.startswith("class ")
            and tag in PHRASING_TAGS
            and self.block_open
            and self.block_open[-1][0] == "p"
            and self.text_end > self.block_open[-1][1]
            and not names_comment(a)
        ):
            # a link or span inside a sentence (text of its paragraph before it): a popup note's
            # trigger, a tooltip, a highlighted term; its words are the sentence's, whatever its class
            reason = None
        if (
            reason is None
            and tag == "a"
            and TAXONOMY_RELS & set(a.get("rel", "").lower().split())
            and not any(t == "p" for t, *_ in self.block_open)
        ):
            reason = "taxonomy link"
        if reason:
            thread = reason.startswith("class ") and names_comment(a)
            feed = reason.startswith("class ") and names_feed(a)
            self.chrome_open.append(
                [len(self.stack), start, 0, int(self.region_depth > 0), int(thread), int(feed)]
            )
        if tag in BOX_TAGS:
            template = tag in ("header", "footer") or any(t in ("header", "footer") for t, _, _ in self.stack)
            self.box_open.append(
                (tag, [len(self.stack), start, int(self.region_depth > 0), 0, int(template)])
            )
        if (
            self.hidden_open is None
            and tag not in VOID
            and tag not in NEVER_HIDDEN
            and (is_hidden(a) or a.get("aria-hidden", "").strip().lower() == "true")
        ):
            self.hidden_open = (len(self.stack), start)
        if tag not in VOID and any(w & BYLINE_NAME_WORDS for w in name_words(a)) and not names_comment(a):
            self.byline_open.append((len(self.stack), end))
        if (
            tag not in VOID
            and tag not in NEVER_HIDDEN
            and any(w & SUMMARY_BOX_NAME_WORDS for w in name_words(a))
        ):
            self.summary_open.append((len(self.stack), start))
        lang = a.get("lang") or a.get("xml:lang")
        if tag == "html" and lang and lang.strip():
            # the last one read wins: IE-conditional copies of the tag are comments to this parser
            self.page_lang = lang.strip()
        if lang is not None and tag not in ("html", "body") and tag not in VOID:
            self.lang_open.append((len(self.stack), start, lang.strip()))
        if tag == "main":
            self.main_open.append(len(self.stack))
        self.stack.append((tag, end, is_region))
        if is_region:
            self.region_depth += 1
            for entry in self.chrome_open:
                entry[2] = 1
            for _tag, box in self.box_open:
                box[3] = 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        start = self._pos()
        end = self._tag_end(start)
        self.repl.append((start, end, None))
        if tag == "br" and self.raw_tag is None:
            self._line_break(start)
            if self.block_open:
                self.brs.append((start, end))
        if tag == "img" and self.raw_tag is None and self.link_open:
            self.img_in_link.add(self.link_open[-1][0])
        if tag == "meta":
            self._meta({k.lower(): (v or "") for k, v in attrs})

    def handle_endtag(self, tag: str) -> None:
        start = self._pos()
        end = self.source.find(">", start)
        end = len(self.source) if end == -1 else end + 1
        self.repl.append((start, end, None))
        if self.raw_tag is not None:
            if tag == self.raw_tag:
                self.raw_depth -= 1
                if self.raw_depth == 0:
                    self.repl.append((self.raw_start, start, None))
                    if self.capture == "jsonld":
                        self._jsonld(self.source[self.capture_start : start])
                    elif self.capture == "title":
                        title = html.unescape(self.source[self.capture_start : start]).strip()
                        self.meta.setdefault("title", " ".join(title.split()))
                    self.capture = None
                    self.raw_tag = None
            return
        if tag in ("b", "strong") and self.bold_depth:
            self.bold_depth -= 1
        if tag in ("b", "strong") and self.bold_open:
            self.bolds.append((self.bold_open.pop(), start))
        if tag in RUBY_NOTES or tag == "ruby" or tag in BLOCK_KINDS or tag in CONTAINERS:
            self._end_ruby_note(start)
        if tag == "ruby" and self.ruby_open is not None:
            if self.ruby_read:
                self.readings.append([self.ruby_open, end])
            self.ruby_open = None
        if tag == "a" and self.link_open:
            lstart, href = self.link_open.pop()
            if href and not href.startswith("javascript:"):
                self.links.append(Link(lstart, end, href))
            elif href:
                self.script_links.append((lstart, end))
            pictured = lstart in self.img_in_link
            if pictured:
                self.img_in_link.discard(lstart)
                self.image_links.append((lstart, end))
            if lstart in self.card_links:
                self.card_links.discard(lstart)
                in_region = self.region_depth > 0
                # in the article region only a card with its picture ("related videos" in <main>,
                # each teaser its own <article>): the text links words, never a picture and a block
                if not in_region or (pictured and not href.startswith("#")):
                    self.cards.append(ChromeSpan(lstart, end, in_article=in_region))
        if self.itemprop and tag not in VOID:
            prop, pstart = self.itemprop[-1]
            self.itemprop.pop()
            text = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", self.source[pstart:start])).split())
            if text:
                self.meta.setdefault(prop, text)
        if tag in BLOCK_KINDS and any(t == tag for t, *_ in self.block_open):
            while self.block_open:
                if self.block_open[-1][0] == tag:
                    self._end_block(start)
                    break
                self._end_block(start)
        elif tag in CONTAINERS:
            self._close_loose()
        if tag in CONTAINERS or tag in BLOCK_KINDS:
            self.bold_depth = 0  # an unclosed <b> does not make the next block's lines headings
            self.bold_open.clear()
        while self.stack and self.stack[-1][0] != tag and tag in {t for t, _, _ in self.stack}:
            self._pop()
        if self.stack and self.stack[-1][0] == tag:
            self._pop()
        while self.thread_open and len(self.stack) <= self.thread_open[-1][0]:
            _depth, tstart, tend = self.thread_open.pop()
            self.threads.append((tstart, tend, start))
        while self.chrome_open and len(self.stack) <= self.chrome_open[-1][0]:
            depth, cstart, holds, inside, thread, feed = self.chrome_open.pop()
            self.chrome.append(ChromeSpan(cstart, end, bool(holds), bool(inside), bool(thread), bool(feed)))
            if thread and depth > 0:
                self.thread_open.append((depth - 1, cstart, end))
        while self.box_open and len(self.stack) <= self.box_open[-1][1][0]:
            self._close_box(end)
        while self.lang_open and len(self.stack) <= self.lang_open[-1][0]:
            self._close_lang(end)
        while self.byline_open and len(self.stack) <= self.byline_open[-1][0]:
            self.bylines.append((self.byline_open.pop()[1], start))
        if self.hidden_open is not None and len(self.stack) <= self.hidden_open[0]:
            self.hidden.append((self.hidden_open[1], end))
            self.hidden_open = None
        while self.summary_open and len(self.stack) <= self.summary_open[-1][0]:
            self.summary_boxes.append((self.summary_open.pop()[1], end))

    def _close_lang(self, end: int) -> None:
        """Record the element just closed when it declares a language other than English
        (``Document.declared_languages``); an English element inside it ends nothing: the
        foreign span is read block by block against its own words (``text.language``)."""
        _depth, lstart, lang = self.lang_open.pop()
        primary = lang.split("-")[0].lower()
        if primary and primary not in ("en", "und", "zxx"):
            self.lang_spans.append((lstart, end, lang))

    def _end_ruby_note(self, at: int) -> None:
        """Blank the open ruby annotation up to ``at`` (``RUBY_NOTES``)."""
        if self.ruby_note is not None:
            self.repl.append((self.ruby_note, at, None))
            self.ruby_note = None

    def _close_box(self, end: int) -> None:
        btag, (_depth, bstart, inside, holds, template) = self.box_open.pop()
        self.boxes.append(Box(btag, bstart, end, bool(inside), bool(holds), bool(template)))

    def _pop(self) -> None:
        tag, start, is_region = self.stack.pop()
        if self.main_open and self.main_open[-1] == len(self.stack):
            self.main_open.pop()
        if is_region:
            self.region_depth -= 1
            if tag == "article":
                self.articles.append((start, self._pos()))

    def _end_block(self, at: int) -> None:
        tag, bstart, kind, level = self.block_open.pop()
        items = self._bulleted_lines(bstart, at) if tag == "p" and kind == PARAGRAPH else None
        if items:
            self.blocks.extend(items)
        else:
            self.blocks.append((bstart, at, kind, level))
        if tag == "blockquote":
            self.quotes.append((bstart, at))
        elif tag in ("td", "th"):
            self.cells.append((bstart, at))
        if tag == "h1":
            self.h1s.append((bstart, at, self.region_depth > 0))

    def _bulleted_lines(self, start: int, end: int) -> list[tuple[int, int, str, int]] | None:
        """The list items of a ``<p>`` that is a list typed line by line: its ``<br>``-broken lines
        all start with a bullet mark ("+ Added banners", "&bull; Rest"), but for a first line that
        may lead in ("Symptoms include:"). Read as one paragraph, such a list is one 'sentence' of
        hundreds of words to the readability rules. None when the paragraph is not such a list."""
        brs = [b for b in self.brs if start <= b[0] < end]
        if not brs:
            return None
        cuts = [(start, brs[0][0]), *((b[1], n[0]) for b, n in pairwise(brs)), (brs[-1][1], end)]
        texts = [(s, e, html.unescape(re.sub(r"<[^>]*>", " ", self.source[s:e])).strip()) for s, e in cuts]
        lines = [(s, e, bool(_BULLET_LINE.match(text))) for s, e, text in texts if text]
        marked = [m for _s, _e, m in lines]
        if sum(marked) < 2 or not all(marked[1:]):
            return None
        return [(s, e, LIST_ITEM if m else PARAGRAPH, 0) for s, e, m in lines]

    def handle_data(self, data: str) -> None:
        if self.raw_tag is not None or not data.strip():
            return
        start = self._pos()
        if not self.chrome_open:
            self.text_end = start + len(data)
        if not self.block_open:
            self._loose_text(start, start + len(data))
        for m in URL_RE.finditer(data):
            self.repl.append((start + m.start(), start + m.end(), None))
            self.links.append(Link(start + m.start(), start + m.end(), m.group()))

    def _entity(self, text: str) -> None:
        start = self._pos()
        if self.raw_tag is not None or self.ruby_note is not None:
            return
        m = re.match(r"&#?[A-Za-z0-9]+;?", self.source[start:])
        if not m:
            return
        char = html.unescape(m.group())
        if char == m.group():
            return
        self.repl.append((start, start + m.end(), char if len(char) == 1 else " "))
        if not self.block_open and not char.isspace():
            self._loose_text(start, start + m.end())

    def _loose_text(self, start: int, end: int) -> None:
        """Text at [start, end) outside any block: it extends the loose paragraph and its current
        line, bold or plain, and ends a run of <br>."""
        if self.loose_start is None:
            self.loose_start = start
        if self.line_start is None:
            self.line_start = start
        if self.bold_depth:
            self.line_bold = True
        else:
            self.line_plain = True
        self.br_run = 0
        self.loose_end = end

    def handle_entityref(self, name: str) -> None:
        self._entity(name)

    def handle_charref(self, name: str) -> None:
        self._entity(name)

    def handle_comment(self, data: str) -> None:
        start = self._pos()
        end = self.source.find("-->", start)
        end = len(self.source) if end == -1 else end + 3
        self.comments.append(Comment(start, end, self.source[start:end]))
        self.repl.append((start, end, None))

    def handle_decl(self, decl: str) -> None:
        start = self._pos()
        end = self.source.find(">", start)
        self.repl.append((start, len(self.source) if end == -1 else end + 1, None))

    def handle_pi(self, data: str) -> None:
        self.handle_decl(data)

    def unknown_decl(self, data: str) -> None:
        self.handle_decl(data)

    # -- metadata --------------------------------------------------------------
    def _meta(self, a: dict[str, str]) -> None:
        key = a.get("name") or a.get("property") or a.get("itemprop")
        if key and a.get("content"):
            self.meta.setdefault(key.lower(), a["content"])

    def _jsonld(self, text: str) -> None:
        try:
            data = json.loads(text)
        except ValueError:
            return
        items = (
            data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        )
        for item in items:
            if not isinstance(item, dict):
                continue
            kinds = item.get("@type")
            for kind in kinds if isinstance(kinds, list) else [kinds]:
                if isinstance(kind, str):
                    self.schema_types.add(_schema_type(kind))
            for key in (
                "author",
                "datePublished",
                "dateModified",
                "lastReviewed",
                "reviewedBy",
                "headline",
                "citation",
                "description",
            ):
                if key in item:
                    value = item[key]
                    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
                        value = ", ".join(str(v.get("name", "")) for v in value if v.get("name"))
                    self.meta.setdefault(key.lower(), value)


def _schema_type(name: str) -> str:
    """A schema.org type's own name, from a bare name or its URL ("https://schema.org/NewsArticle")."""
    return name.rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1]


def load(source: str, *, skip_chrome: bool = True) -> Document:
    """The Document of an HTML page; ``skip_chrome=False`` keeps page chrome as prose (benchmarks
    compare the two: ``benchmarks/html_chrome.py``). The text's character references are decoded first
    (``charrefs``): the Document's source is the decoded page, its ``original`` and ``origin`` the file."""
    decoded = decode_text_references(source)
    if decoded is None:
        return _load(source, skip_chrome=skip_chrome)
    doc = _load(decoded[0], skip_chrome=skip_chrome)
    doc.original, doc.origin = source, decoded[1]
    return doc


def _load(source: str, *, skip_chrome: bool = True) -> Document:
    parser = _Parser(source)
    try:
        parser.feed(source)
        parser.close()
    except Exception:  # pragma: no cover - the stdlib parser is tolerant; never lose the file
        pass
    end = len(source)
    if parser.raw_tag is not None:
        # an unclosed <script> or <style> runs to the end of the page, as in a browser: all of
        # it is code, blanked, never prose
        parser.repl.append((parser.raw_start, end, None))
        parser.raw_tag = None
    while parser.block_open:
        parser._end_block(end)
    parser._close_loose()
    for _depth, cstart, holds, inside, thread, feed in parser.chrome_open:  # unclosed chrome runs to the end
        parser.chrome.append(ChromeSpan(cstart, end, bool(holds), bool(inside), bool(thread), bool(feed)))
    parser.threads.extend((tstart, tend, end) for _depth, tstart, tend in parser.thread_open)
    while parser.box_open:
        parser._close_box(end)
    while parser.lang_open:
        parser._close_lang(end)
    repl = parser.repl
    if source.startswith("\ufeff"):
        repl.append((0, 1, None))
    prose = apply_replacements(source, repl)
    codes = _shortcodes(prose)
    if codes:
        repl.extend((s, e, None) for s, e in codes)
        prose = apply_replacements(source, repl)
    chrome: list[tuple[int, int]] = []
    if skip_chrome:
        marks = parser.region is not None
        link_spans = [(lk.start, lk.end) for lk in parser.links]
        index = WordIndex(prose, link_spans)
        candidates = [
            *parser.chrome,
            *(card for card in parser.cards if index.counts(card.start, card.end)[0] <= CARD_MAX_WORDS),
            *link_dense(
                parser.boxes,
                index,
                link_spans,
                page_marks_article=marks,
                own_links=_own_links(parser.links, parser.meta),
            ),
            *repeated_parts(parser.boxes, index, page_marks_article=marks),
            *_excerpt_lists(parser.boxes, index, prose),
            *_thumbnail_lists(parser.boxes, index, parser.image_links),
            *_card_articles(parser.articles, parser.h1s, index, link_spans),
            *_comment_sections(parser.blocks, parser.threads, prose),
            *_title_copies(parser.h1s, index),
        ]
        chrome = keep_spans(prose, candidates, page_marks_article=marks)
    if skip_chrome and parser.hidden:
        chrome.extend(_hidden_copies(prose, parser.blocks, parser.hidden, chrome))
    if chrome:
        prose = apply_replacements(source, [*repl, *((s, e, None) for s, e in chrome)])
        parser.links = [lk for lk in parser.links if not any(s <= lk.start < e for s, e in chrome)]
    spans: list[tuple[int, int, str, int]] = []
    # Nested blocks (a <p> inside <li>): keep the innermost; an outer block keeps
    # only its text outside the inner ones.
    raw = sorted(set(parser.blocks), key=lambda b: (b[0], -b[1]))
    for bs, be, kind, level in raw:
        spans.append((bs, be, kind, level))
    spans = _split_nested(spans)
    blocks = []
    for bs, be, kind, level in spans:
        while bs < be and prose[bs].isspace():
            bs += 1
        while be > bs and prose[be - 1].isspace():
            be -= 1
        if be > bs:
            blocks.append(Block(bs, be, kind, level))
    blocks.sort(key=lambda b: b.start)
    if skip_chrome:
        cut = _truncated_copies(blocks, prose)
        if cut:
            chrome.extend(cut)
            prose = apply_replacements(source, [*repl, *((s, e, None) for s, e in chrome)])
            parser.links = [lk for lk in parser.links if not any(s <= lk.start < e for s, e in cut)]
            blocks = [b for b in blocks if not any(s <= b.start < e for s, e in cut)]
    blocks = _embedded_posts(blocks, parser.quotes, prose)
    blocks = _short_cells(blocks, parser.cells, prose)
    meta = dict(parser.meta)
    times = meta.pop("_time", [])
    metadata = normalize_metadata(meta)
    if times and "date" not in metadata:
        metadata["date"] = times[0]
    metadata["html_meta"] = meta
    if parser.page_lang:
        metadata["page_language"] = parser.page_lang
    if parser.schema_types:
        metadata["schema_types"] = sorted(parser.schema_types)
    if parser.readings:
        metadata["readings"] = parser.readings
    rows = _table_rows(parser.cells, source)
    if rows:
        metadata["table_rows"] = rows
    titles = _empty_titles(blocks, parser.boxes, prose)
    if titles:
        metadata["empty_titles"] = titles
    lead = _lead(blocks, parser.h1s)
    if lead is not None:
        metadata["lead"] = [lead.start, lead.end]
        dek = _standfirst(blocks, lead, prose)
        if dek is not None:
            metadata["standfirst"] = [dek.start, dek.end]
        header = _header_lines(blocks, lead, dek, prose)
        if header:
            metadata["header_lines"] = header
        if not metadata.get("author"):
            name = _byline(blocks, lead, parser.bylines, prose)
            if name:
                metadata["author"] = name
    heads = _run_in_heads(blocks, parser.bolds, prose)
    if heads:
        metadata["run_in_heads"] = heads
    boxes = _summary_boxes(parser.summary_boxes, lead)
    if boxes:
        metadata["summary_boxes"] = boxes
    citations = [[m.start(), m.end()] for m in _CITE.finditer(source)]
    if citations:
        metadata["citations"] = citations
    if parser.script_links:
        metadata["script_links"] = [
            [s, e] for s, e in parser.script_links if not any(a <= s < b for a, b in chrome)
        ]
    parser.links.sort(key=lambda lk: lk.start)
    return Document(
        source=source,
        prose=prose,
        format="html",
        blocks=blocks,
        metadata=metadata,
        links=parser.links,
        comments=parser.comments,
        declared_languages=sorted(parser.lang_spans),
    )


#: a bold run-in head is a label or a question, at most this many words ("Are the buses accessible to
#: disabled or elderly customers? If not, what arrangements are made for customers?")
RUN_IN_MAX_WORDS = 25
#: how far before a block's first character a bold element that opens it may start (blank markup)
RUN_IN_REACH = 400
#: a bold run-in ending with one of these (a full stop, an ideographic one) is a sentence set in bold (a
#: lede), not a label
_SENTENCE_STOPS = ".!\u2026\u3002\uff01"
_TRAILING_MARKS = " \t\r\n\"'\u201d\u2019)"


def _run_in_heads(blocks: list[Block], bolds: list[tuple[int, int]], prose: str) -> list[list[int]]:
    """[start, end] of each bold run-in head: a ``<b>`` or ``<strong>`` that opens a paragraph, list
    item or cell with more of the block's text after it, of at most ``RUN_IN_MAX_WORDS`` words and not
    ending as a sentence does: a label or a question set before its value ("<p><strong>Animals
    allowed?</strong> Assistance dogs only.</p>", "<strong>Portion Fix Containers:</strong> 1 Green").
    Pages write records to one form with such heads (one question list per train company, one per
    meal), so the heads, not the writer's sentences, are what repeat. A bold sentence that opens a
    block ("<strong>The court ruled on Monday.</strong> It said ...") ends with a stop: not a head."""
    if not bolds:
        return []
    spans = sorted(bolds)
    starts = [s for s, _e in spans]
    out: list[list[int]] = []
    for block in blocks:
        if block.kind == HEADING:
            continue
        # the bold elements opening at the block's first character (after any blank markup)
        i = bisect_left(starts, block.start - RUN_IN_REACH)
        best = -1
        while i < len(spans) and spans[i][0] <= block.start:
            bs, be = spans[i]
            if not prose[bs : block.start].strip() and block.start < be < block.end:
                best = max(best, be)
            i += 1
        if best < 0:
            continue
        head = prose[block.start : best].rstrip()
        if not _WORD_CHAR.search(prose, best, block.end) or not _WORD_CHAR.search(head):
            continue
        if len(head.split()) > RUN_IN_MAX_WORDS or head.rstrip(_TRAILING_MARKS)[-1:] in _SENTENCE_STOPS:
            continue
        out.append([block.start, block.start + len(head)])
    return out


#: a shortcode of a blogging engine left in the page's text: ``[button link="/x" size="big"]``,
#: ``[/button]`` (WordPress renders them; an export or a broken plugin prints them as typed)
_SHORTCODE = re.compile(r"\[(/?)([a-z][a-z0-9_-]{0,30})((?:\s+[a-z][\w-]*\s*=\s*[^\s\]]*)*)\s*\]")
#: how far a shortcode's closing tag may stand from its opening one
SHORTCODE_REACH = 2000


def _shortcodes(prose: str) -> list[tuple[int, int]]:
    """The spans of the shortcode tags in ``prose``: a closing ``[/name]`` and the ``[name ...]``
    it closes, and an opening one with attributes (``[gallery ids=3]``). Their brackets and
    attribute quotes are markup, not the text's ("[button link=” type=”big”]" read as prose is a
    quotation closed three times); a bracket without them is the writer's ("[sic]", "[1]")."""
    if "=" not in prose and "[/" not in prose:
        return []
    out: list[tuple[int, int]] = []
    opened: dict[str, list[tuple[int, int]]] = {}
    for m in _SHORTCODE.finditer(prose):
        closing, name, attrs = m.group(1), m.group(2), m.group(3)
        if not closing:
            if attrs:
                out.append((m.start(), m.end()))
            else:
                opened.setdefault(name, []).append((m.start(), m.end()))
            continue
        out.append((m.start(), m.end()))
        stack = opened.get(name)
        if stack and m.start() - stack[-1][0] <= SHORTCODE_REACH:
            out.append(stack.pop())
    return out


#: how many boxes opened before a heading are searched for the innermost one that holds it
_TITLE_BOX_REACH = 64
_WORD_CHAR = re.compile(r"\w")


def _empty_titles(blocks: list[Block], boxes: list[Box], prose: str) -> list[list[int]]:
    """[start, end] of each sub-heading (``h2``-``h6``) that titles an empty widget: the innermost
    box that holds it has no other words, and the next block is a heading or there is none (a
    "You may also like" box whose links a script fills in, printed in the main column and again
    in the sidebar). Such a title heads nothing on the saved page."""
    ordered = sorted(boxes, key=lambda b: (b.start, -b.end))
    starts = [b.start for b in ordered]
    out = []
    for i, block in enumerate(blocks):
        if block.kind != HEADING or block.level < 2:
            continue
        if i + 1 < len(blocks) and blocks[i + 1].kind != HEADING:
            continue  # it heads text
        j = bisect_left(starts, block.start + 1)
        for box in ordered[max(0, j - _TITLE_BOX_REACH) : j][::-1]:
            if box.end >= block.end:  # the innermost box holding the heading
                if not (
                    _WORD_CHAR.search(prose, box.start, block.start)
                    or _WORD_CHAR.search(prose, block.end, box.end)
                ):
                    out.append([block.start, block.end])
                break
    return out


#: a page title has at least this many words to be compared with the page's other titles ("Menu",
#: "Search" headings are widgets' labels, not titles)
MIN_TITLE_COPY_WORDS = 3


def _title_copies(h1s: list[tuple[int, int, bool]], index: WordIndex) -> list[ChromeSpan]:
    """Each ``h1`` whose words are an earlier-kept ``h1``'s: the template's second copy of the page
    title (a sticky bar that shows the title once the reader scrolls, a mobile header), printed by
    the site, never the writer's second heading (a writer titles a page once; a repeated section
    head is an ``h2``-``h6``). The copy in the article region is the one kept, else the first."""
    keyed = [(index.key(start, end), start, end, inside) for start, end, inside in sorted(h1s)]
    kept: dict[str, bool] = {}
    for key, _start, _end, inside in keyed:
        if len(key.split()) >= MIN_TITLE_COPY_WORDS and (key not in kept or inside):
            kept[key] = kept.get(key, False) or inside
    out = []
    chosen: set[str] = set()
    for key, start, end, inside in keyed:
        if key not in kept:
            continue
        if key in chosen or inside != kept[key]:
            out.append(ChromeSpan(start, end, in_article=inside))
        else:
            chosen.add(key)
    return out


#: a block's words must be at least this many to be read as a truncated preview of another block
MIN_TRUNCATED_WORDS = 8
#: the label of the link that shows the rest of a truncated preview ("... more", "Read more")
_MORE_LABEL = re.compile(r"(?:\s+(?:read|see|show|view))?\s+more$")


#: the last character of a block that stops at a sentence's end, in Latin or CJK script (a preview is
#: cut mid-sentence, or closed by its "more" link)
_PREVIEW_COMPLETE = frozenset(".!?\"'\u201d\u2019)\u3002\uff01\uff1f\u300d\u300f")


def _truncated_copies(blocks: list[Block], prose: str) -> list[tuple[int, int]]:
    """[start, end) of each block that is a truncated preview of another block on the page: its words,
    less a closing "more" link's label, open the other block and stop short of its end (a gallery's
    ``caption-truncated`` beside its ``caption-full``, a bio or description cut with "... Read more"
    over the full one a script shows). The page prints the text twice, once cut mid-sentence, for a
    script to swap; a reader sees one. Read as prose, the cut copy was a repeated paragraph (RP104)
    and a sentence that ends nowhere. A heading is never one, nor a block that ends a sentence
    with no "more" link (whole sentences that open another block are a pull quote or the writer's)."""
    keys: list[tuple[str, int]] = []
    for i, block in enumerate(blocks):
        key = " ".join(m.group().lower() for m in _WORD.finditer(prose, block.start, block.end))
        if key:
            keys.append((key, i))
    ordered = sorted(keys)
    firsts = [k for k, _ in ordered]
    out = []
    for key, i in keys:
        short = _MORE_LABEL.sub("", key)
        if blocks[i].kind == HEADING or len(short.split()) < MIN_TRUNCATED_WORDS:
            continue  # a heading's words opening the text under it are the text's, not a preview
        if short == key and prose[blocks[i].end - 1] in _PREVIEW_COMPLETE:
            continue  # whole sentences opening a longer block: a pull quote, a lede said again
        j = bisect_left(firsts, short + " ")
        while j < len(firsts) and firsts[j].startswith(short + " "):
            if firsts[j] != key:  # a longer block this one opens (not itself, nor a same copy)
                out.append((blocks[i].start, blocks[i].end))
                break
            j += 1
    return out


def _summary_boxes(spans: list[tuple[int, int]], lead: Block | None) -> list[list[int]]:
    """The outermost boxes whose class or id names a summary box (``SUMMARY_BOX_NAME_WORDS``) and
    that do not hold the article's title: a box around the title is the page or the post
    ("single-recipe", a theme's "recipes" category on the ``<article>``), not a card beside it."""
    kept = [(start, end) for start, end in spans if lead is None or not start <= lead.start < end]
    out: list[list[int]] = []
    for start, end in sorted(kept, key=lambda span: (span[0], -span[1])):
        if out and start < out[-1][1]:
            continue  # nested in a box already kept
        out.append([start, end])
    return out


def _lead(blocks: list[Block], h1s: list[tuple[int, int, bool]]) -> Block | None:
    """The article's title: its first ``h1`` inside the article region, else the page's first ``h1``
    that is not chrome. Document-level findings (no date, no byline, no disclaimer, an old date read
    from a meta tag) are anchored on it: a page's first block is often a site's word that survived
    ("Homepage", "Log In"), which says nothing about the finding."""
    for want_region in (True, False):
        for start, end, in_region in sorted(h1s):
            if want_region and not in_region:
                continue
            hit = next((b for b in blocks if start <= b.start < end and b.kind == HEADING), None)
            if hit is not None:
                return hit
    return None


#: a ``<cite>`` element: the title of a cited work, or (MediaWiki's and most citation templates') a
#: whole bibliography entry (``metadata["citations"]``)
_CITE = re.compile(r"<cite\b[^>]*>.*?</cite\s*>", re.IGNORECASE | re.DOTALL)

#: a list of at least this many items, each opening with a link and cut off with an ellipsis, is a
#: list of excerpts of other pages
EXCERPT_LIST_MIN_ITEMS = 3
_ELLIPSIS = re.compile(r"…|\.\.\.")


def _lists_outside_article(boxes: list[Box]) -> Iterator[tuple[Box, list[Box]]]:
    """Each list (``ul``, ``ol``) outside the article, with its top-level items in order (an item
    nested in another item is part of that item)."""
    items = sorted((b for b in boxes if b.tag == "li"), key=lambda b: (b.start, -b.end))
    item_starts = [b.start for b in items]
    for box in boxes:
        if box.tag not in ("ul", "ol") or box.in_article or box.holds_article:
            continue
        inside = items[bisect_left(item_starts, box.start) : bisect_left(item_starts, box.end)]
        top: list[Box] = []
        for item in inside:
            if item.end <= box.end and not (top and item.start < top[-1].end):
                top.append(item)
        yield box, top


def _excerpt_lists(boxes: list[Box], index: WordIndex, prose: str) -> list[ChromeSpan]:
    """Lists outside the article whose every item opens with a link and quotes a piece of the page it
    links to, cut off with an ellipsis (search results, "look at other dictionaries", related posts
    with their first lines). The excerpts are other pages' text, cut mid-sentence: a bracket or quote
    left open, a space before a comma, are theirs. Such a list is not link-dense (the excerpt is
    plain text), so ``link_dense`` keeps it."""
    out = []
    for box, top in _lists_outside_article(boxes):
        if len(top) < EXCERPT_LIST_MIN_ITEMS:
            continue
        if all(_excerpt(item, index, prose) for item in top):
            out.append(ChromeSpan(box.start, box.end))
    return out


#: a list of thumbnail teasers has at least this many items with words
THUMBNAIL_LIST_MIN_ITEMS = 3
#: ... whose words are at least this share of the list's (an "Advertisement" label between them is not
#: one)
THUMBNAIL_LIST_SHARE = 0.9


def _thumbnail_lists(
    boxes: list[Box], index: WordIndex, image_links: list[tuple[int, int]]
) -> list[ChromeSpan]:
    """Lists outside the article whose items are all link text and each hold a linked image, 90% of
    the list's words or more (``THUMBNAIL_LIST_SHARE``; the rest an ad slot's label): thumbnail
    teasers of other stories (``<li><a href><img> Its headline</a></li>``, or the picture and the
    headline as two links to the story). Their headlines are long, so on a page that
    marks no article ``link_dense`` (menus of short links) keeps them; a reference or "see also" list
    links titles too, but gives no picture with each."""
    if not image_links:
        return []
    image_starts = sorted(start for start, _ in image_links)
    out = []
    for box, top in _lists_outside_article(boxes):
        teasers = [
            item
            for item in top
            if bisect_left(image_starts, item.end) > bisect_left(image_starts, item.start)
            and index.counts(item.start, item.end)[0] == index.counts(item.start, item.end)[1] > 0
        ]
        words = index.counts(box.start, box.end)[0]
        teaser_words = sum(index.counts(item.start, item.end)[0] for item in teasers)
        if len(teasers) >= THUMBNAIL_LIST_MIN_ITEMS and teaser_words >= THUMBNAIL_LIST_SHARE * words:
            out.append(ChromeSpan(box.start, box.end))
    return out


def _card_articles(
    articles: list[tuple[int, int]],
    h1s: list[tuple[int, int, bool]],
    index: WordIndex,
    links: list[tuple[int, int]],
) -> list[ChromeSpan]:
    """On a page with two ``<article>`` elements or more, those that are a teaser of another page: no
    ``h1``, at most ``CARD_MAX_WORDS`` words, at least half of them link text (a listing whose every
    item is an ``<article>``: a category link, the linked headline, a date). The page's own article
    is longer, or holds its title; each such element would otherwise be read as the article."""
    if len(articles) < 2:
        return []
    starts = sorted(s for s, _ in links)
    out = []
    for start, end in articles:
        if any(start <= h < end for h, _, _ in h1s):
            continue
        words, link_words = index.counts(start, end)
        n_links = bisect_left(starts, end) - bisect_left(starts, start)
        if 0 < words <= CARD_MAX_WORDS and n_links and 2 * link_words >= words:
            out.append(ChromeSpan(start, end))
    return out


def _own_links(links: list[Link], meta: dict[str, Any]) -> list[tuple[int, int]]:
    """The links to the page's own site: a relative address ("/news/article-1.html"), or one on the
    host of the page's ``og:url`` ("www." aside). Without an ``og:url`` only relative ones; an
    address the URL parser rejects ("http://[ccpa-preferences]") is none of them."""
    url = meta.get("og:url")
    site = _address(url)[1] if isinstance(url, str) else ""
    out = []
    for lk in links:
        scheme, host = _address(lk.url.strip())
        if scheme not in ("", "http", "https") or lk.url.startswith("#"):
            continue
        if host == "":
            out.append((lk.start, lk.end))
        elif site and host == site:
            out.append((lk.start, lk.end))
    return out


def _address(url: str) -> tuple[str, str]:
    """(scheme, host without "www.") of ``url``; ("error", "") when the parser rejects it."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
    except ValueError:
        return "error", ""
    return parts.scheme, host.removeprefix("www.")


def _comment_sections(
    blocks: list[tuple[int, int, str, int]], threads: list[tuple[int, int, int]], prose: str
) -> list[ChromeSpan]:
    """The heading that titles a comment thread, and what follows the thread in its parent.

    A comments plugin set into the post ("<h3>Comments</h3>" and then a ``fb-comments`` box) makes a
    section of the page the thread's name does not cover: the heading right before the thread (no
    words between) titles it, and the blocks after the thread, up to where its parent closes or the
    next heading of the same rank or higher, are the page's matter under that heading (the site's
    advert, its reprint notice), not the article's. Both parts are read as chrome inside the
    article, so never more than ``MAX_CHROME_IN_ARTICLE_WORDS`` words each."""
    headings = sorted((b[0], b[1], b[3]) for b in blocks if b[2] == HEADING and b[3] > 0)
    spans: list[ChromeSpan] = []
    for tstart, tend, parent_end in threads:
        i = bisect_left(headings, (tstart,)) - 1
        if i < 0:
            continue
        hstart, hend, level = headings[i]
        if hend > tstart or _WORD.search(prose, hend, tstart):
            continue  # no heading right before the thread
        stop = parent_end
        for nstart, _nend, nlevel in headings[i + 1 :]:
            if nstart >= tend and nlevel <= level:
                stop = min(stop, nstart)
                break
        spans.append(ChromeSpan(hstart, tstart, in_article=True))
        if stop > tend:
            spans.append(ChromeSpan(tend, stop, in_article=True))
    return spans


def _excerpt(item: Box, index: WordIndex, prose: str) -> bool:
    """The list item opens with a link, and plain text after it is cut off with an ellipsis."""
    i, j = bisect_left(index.starts, item.start), bisect_left(index.starts, item.end)
    if i >= j or index.link_prefix[i + 1] == index.link_prefix[i]:
        return False  # no words, or the first is not link text
    plain = (j - i) - (index.link_prefix[j] - index.link_prefix[i])
    return plain > 0 and _ELLIPSIS.search(prose, item.start, item.end) is not None


#: a sub-heading right under the title with this many words or more is a standfirst (a summary
#: sentence under the headline), not a section's title; so is one that ends with a full stop
STANDFIRST_MIN_WORDS = 8


def _standfirst(blocks: list[Block], lead: Block, prose: str) -> Block | None:
    """The standfirst (dek) of the article: the block right after its title when it is a sub-heading
    (``h2``-``h6``) written as a sentence ("The ward will treat two hundred patients a year from the
    spring."). News templates print the story's summary so, and the story often says it
    again in its first paragraphs: a summary restated, not a heading printed twice."""
    i = blocks.index(lead)
    if i + 1 >= len(blocks):
        return None
    dek = blocks[i + 1]
    if dek.kind != HEADING or dek.level < 2:
        return None
    text = prose[dek.start : dek.end].split()
    return dek if len(text) >= STANDFIRST_MIN_WORDS or text[-1].endswith(".") else None


#: a block that ends so is written as a sentence, not printed from a field
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*$")


def _header_lines(blocks: list[Block], lead: Block, dek: Block | None, prose: str) -> list[list[int]]:
    """The lines of the article's header: the blocks right above its title and those between the
    title (and its standfirst) and the first block written as prose, each of at most
    ``BYLINE_MAX_WORDS`` words and not ending as a sentence does: the date line ("Last Updated :
    Nov 20, 2019 | Source: ..."), the byline ("by Bob Yirka , Phys.org", an empty "By :"), a photo
    credit ("Photo : YONHAP News"), a section label. The template prints them from the story's
    fields, so their spacing is the site's, not the writer's (``TX101`` leaves them alone). At most
    ``BYLINE_BLOCKS`` on each side; a heading or a sentence ends the header."""

    def field(block: Block) -> bool:
        text = prose[block.start : block.end]
        return (
            block.kind != HEADING and len(text.split()) <= BYLINE_MAX_WORDS and not _SENTENCE_END.search(text)
        )

    i = blocks.index(lead)
    out: list[list[int]] = []
    for block in reversed(blocks[max(0, i - BYLINE_BLOCKS) : i]):
        if not field(block):
            break
        out.append([block.start, block.end])
    after = [b for b in blocks[i + 1 : i + 2 + BYLINE_BLOCKS] if b is not dek][:BYLINE_BLOCKS]
    for block in after:
        if not field(block):
            break
        out.append([block.start, block.end])
    return sorted(out)


def _hidden_copies(
    prose: str,
    blocks: list[tuple[int, int, str, int]],
    hidden: list[tuple[int, int]],
    chrome: list[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The blocks inside an element the page hides whose words a shown block repeats: a template's
    hidden copy (a sticky share bar that prints the headline once the reader scrolls, the mobile
    copy of a box). The reader sees the text once; read twice, it was a repeated heading. A hidden
    block shown nowhere else stays: pages hide the text a script reveals (a tab, "read more").

    An element marked ``aria-hidden="true"`` is hidden here too: the page tells screen readers it
    is a display copy, and a pull quote so marked (``<aside aria-hidden="true">``, one sentence of
    the text set large) repeats a sentence that a shown paragraph says among others; a hidden block
    of ``MIN_HIDDEN_QUOTE_WORDS`` words or more that a shown block holds within its words is a copy."""
    blanked = _merged(chrome)
    starts, blanked_starts = [s for s, _ in hidden], [s for s, _ in blanked]

    def is_inside(at: int, spans: list[tuple[int, int]], at_starts: list[int]) -> bool:
        i = bisect_left(at_starts, at + 1) - 1
        return i >= 0 and at < spans[i][1]

    shown: set[str] = set()
    copies: list[tuple[int, int, str]] = []
    for bs, be, _kind, _level in blocks:
        key = " ".join(_WORD.findall(prose[bs:be].lower()))
        if key.count(" ") + 1 < MIN_HIDDEN_COPY_WORDS:
            continue
        if is_inside(bs, hidden, starts):
            copies.append((bs, be, key))
        elif not is_inside(bs, blanked, blanked_starts):
            shown.add(key)
    out = [(bs, be) for bs, be, key in copies if key in shown]
    quotes = [
        (bs, be, key)
        for bs, be, key in copies
        if key not in shown and key.count(" ") + 1 >= MIN_HIDDEN_QUOTE_WORDS
    ]
    if quotes:
        said = "\n".join(f" {key} " for key in shown)
        out.extend((bs, be) for bs, be, key in quotes if f" {key} " in said)
    return sorted(out)


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` sorted, the overlapping and nested ones merged."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _byline(blocks: list[Block], lead: Block, bylines: list[tuple[int, int]], prose: str) -> str | None:
    """The writer's name printed under the article's title in an element the page names a byline
    (``<span class="author">Kevin Johnson and Kevin McCoy</span>``): the first such element that
    starts within ``BYLINE_BLOCKS`` blocks under the title and holds a name's few words. News
    templates mark the byline so and no meta tag repeats it; a byline element elsewhere (a teaser's,
    a comment's) is not the article's."""
    i = blocks.index(lead)
    limit = blocks[min(len(blocks) - 1, i + BYLINE_BLOCKS)].end
    for start, end in sorted(bylines):
        if not lead.start <= start < limit:
            continue
        text = " ".join(prose[start:end].split())
        text = re.sub(r"^(?:by|written by)\b\s*:?\s*", "", text, flags=re.IGNORECASE)
        if text and len(text.split()) <= BYLINE_MAX_WORDS and any(w[:1].isupper() for w in text.split()):
            return text
    return None


def _embedded_posts(blocks: list[Block], quotes: list[tuple[int, int]], prose: str) -> list[Block]:
    """One block for each embedded social post: a ``<blockquote>`` whose last paragraph is the
    post's credit line ("— Jane Roe (@janeroe) May 23, 2020"). The embed code of a post puts its text
    in a ``<p>`` and the credit after it, so the quote was read as two blocks, and the post's text,
    cut off from its credit, was read as the writer's own (``medlint.text.quotes.in_embedded_post``
    knows a post by the credit in its block)."""
    for qs, qe in quotes:
        if prose.find("(@", qs, qe) == -1:
            continue  # no handle, no credit line (most quotations): no need to look at the blocks
        inside = [i for i, b in enumerate(blocks) if qs <= b.start and b.end <= qe]
        if len(inside) < 2 or inside[-1] - inside[0] + 1 != len(inside):
            continue
        last = blocks[inside[-1]]
        if all(blocks[i].kind == QUOTE for i in inside) and EMBED_CREDIT.search(prose, last.start, last.end):
            merged = Block(blocks[inside[0]].start, last.end, QUOTE, 0)
            blocks = [*blocks[: inside[0]], merged, *blocks[inside[-1] + 1 :]]
    return blocks


#: a table cell of at most this many words is one block however its paragraphs are marked up; a longer
#: one is a layout table's container, whose paragraphs stay blocks of their own
MAX_CELL_WORDS = 120


def _short_cells(blocks: list[Block], cells: list[tuple[int, int]], prose: str) -> list[Block]:
    """One block for each short table cell whose text is split in pieces: its own text and the
    ``<p>`` nested after it (``<td>“The rain is loud.<p>It's soothing, though.”</p></td>``, as wikis
    write a quotation of two paragraphs). Read as two blocks, the quotation opened in one and closed in
    the other, and TX102 reported both marks."""
    starts = [b.start for b in blocks]
    ordered = sorted(cells)
    for k, (cs, ce) in enumerate(ordered):
        if k + 1 < len(ordered) and ordered[k + 1][0] < ce:
            continue  # a cell that holds a table: a layout cell, its cells are cells
        i = bisect_left(starts, cs)
        j = i
        while j < len(blocks) and blocks[j].end <= ce:
            j += 1
        if j - i < 2 or any(b.kind != TABLE_CELL for b in blocks[i:j]):
            continue
        if len(prose[blocks[i].start : blocks[j - 1].end].split()) > MAX_CELL_WORDS:
            continue
        blocks[i:j] = [Block(blocks[i].start, blocks[j - 1].end, TABLE_CELL, 0)]
        starts[i:j] = [blocks[i].start]
    return blocks


def _table_rows(cells: list[tuple[int, int]], source: str) -> list[list[int]]:
    """[start, end, table] of each table row: from its first cell's text to its last's, and the
    number of the table it stands in. Cells follow one another in a row until the markup between
    two opens a row (``<tr``) or a table opens or closes; the end tags ``</td>`` and ``</tr>`` may be
    left out (a cell left open runs to the next cell, so its own span is looked at too). A cell that
    holds other cells (a layout table's) is no row's cell."""
    ordered = sorted(cells)
    leaves = [c for k, c in enumerate(ordered) if not (k + 1 < len(ordered) and ordered[k + 1][0] < c[1])]
    rows: list[list[int]] = []
    table = 0
    for k, (cs, ce) in enumerate(leaves):
        if k:
            between = source[leaves[k - 1][0] : cs].lower()  # a cell left open runs to the next
            if "<table" in between or "</table" in between:
                table += 1
            elif "<tr" not in between:
                rows[-1][1] = ce
                continue
        rows.append([cs, ce, table])
    return rows


def _split_nested(spans: list[tuple[int, int, str, int]]) -> list[tuple[int, int, str, int]]:
    """Cut outer blocks around inner ones so blocks never overlap."""
    spans.sort(key=lambda b: (b[0], -b[1]))
    out: list[tuple[int, int, str, int]] = []
    for i, (bs, be, kind, level) in enumerate(spans):
        inner = []
        j = i + 1
        while j < len(spans) and spans[j][0] < be:
            if spans[j][1] <= be:
                inner.append(spans[j])
            j += 1
        if not inner:
            out.append((bs, be, kind, level))
            continue
        cursor = bs
        for ibs, ibe, _, _ in inner:
            if ibs > cursor:
                out.append((cursor, ibs, kind, level))
            cursor = max(cursor, ibe)
        if cursor < be:
            out.append((cursor, be, kind, level))
    # remove duplicates created by multi-level nesting
    out.sort(key=lambda b: (b[0], b[1]))
    cleaned: list[tuple[int, int, str, int]] = []
    for b in out:
        if cleaned and b[0] < cleaned[-1][1]:
            prev = cleaned[-1]
            if b[1] - b[0] < prev[1] - prev[0]:
                cleaned[-1] = (prev[0], b[0], prev[2], prev[3])
                cleaned.append(b)
            continue
        cleaned.append(b)
    return [b for b in cleaned if b[1] > b[0]]
