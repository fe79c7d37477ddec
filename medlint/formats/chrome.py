"""Page chrome of a saved web page: the parts that are the site's, not the article's.

A health article saved from the web carries its site around it: menus, a
search box, a cookie banner, share buttons, a newsletter form, "related",
"trending" and "sponsored" link boxes, a comment thread, a sidebar. None of it
is the writer's text, and linting it reports the site's clickbait ("Big Pharma
doesn't want you to know this") as the careful article's own claims, its
menus as fragments and its banners in the reading grade.

What counts is decided from the markup the page gives, the way reader views
(Mozilla's Readability, trafilatura) decide it:

- elements whose job is interaction or navigation: ``nav``, ``form``,
  ``button``, ``select``, ``dialog``, and the ARIA roles ``navigation``,
  ``search``, ``dialog``, ``alertdialog``, ``menu``, ``menubar``;
- a sidebar: ``aside`` (or role ``complementary``) outside the article, on a
  page that marks it: outside its ``article`` element, or outside ``main``
  (role ``main``) on a page with no ``article``. Inside the article an
  ``aside`` is a callout box ("Key facts") and stays prose; on a page that
  marks neither, nothing says which side of it the article is, so it stays too;
- an element whose ``class`` or ``id`` names a boilerplate component by one of
  its words (``cookie-consent``, ``social-share``, ``related-posts``,
  ``newsletter``, ``comments``, ``sponsored``, ``breadcrumb``, ``sidebar``, ``stream``, ...),
  unless it is the article or main region itself or one of its names says
  content or layout (``post-content``, ``article-body``, ``c-fixed-sidebar-layout``,
  ``elementor-widget-container``); a wrapper named by the part it wraps
  (``breadcrumb-wrapper``, ``sidebar-container``) is that part, and a name that says
  disclaimer or disclosure (``ad-disclaimer-container``) is the page's statement, never
  chrome; a BEM modifier does not name the element (``TestReport__Section--Ads`` is a
  section that carries ads); a name that says both "next" and "previous" (``td-post-next-prev``,
  ``prev-next``) is the links to the site's previous and next stories, whatever else it says.

Three more kinds are found from the page's text rather than one element's name:

- screen-reader-only text (``sr-only``, ``screen-reader-text``, ``visually-hidden``,
  ``off-screen`` classes and their prefixed forms such as ``u-screen-reader-text``):
  a reader never sees it ("BBC News Navigation", "Skip to content"), so it is
  not the article's text wherever it stands; nor is an element the page hides
  (the ``hidden`` attribute, ``display: none``, a ``hidden``/``d-none`` class:
  closed drawers and modals) outside the article of a page that marks one (inside
  it, or on a page that marks none, a hidden box is as often the text a script
  shows, such as a code listing's plain copy);
- link-dense blocks outside the article (``link_dense``): a list, paragraph or
  box whose words are mostly link text, as Readability and trafilatura measure
  it; on a page that marks no article only a menu-like one (several short links
  and next to nothing else), because a reference list is link-dense too;
- a template part printed twice (``repeated_parts``): sites ship a desktop and
  a mobile copy of their header, footer or menu, and the second copy of a block
  outside the article (or inside a ``header``/``footer`` on any page) whose words
  equal an earlier block's is blanked, so the page says it once.

Measured on trafilatura's evaluation pages (``benchmarks/html_chrome.py``).

Headers and footers are not chrome by themselves: a page header often holds
the article's title and byline, and a footer its medical disclaimer, which the
disclosure rules must see. Their menus and forms are blanked all the same.

Three guards keep a mislabelled container from swallowing the article (ASP.NET
wraps whole pages in a ``<form>``; shops put a product's description in its
order form; some themes wrap the text in ``<div class="share-zone">``): an
element that holds the page's ``article`` or ``main`` is never chrome; inside
the article, a chrome element of more than 120 words is kept (share bars and ad
slots are short), but for a comment thread (``names_comment``), which is as long
as its readers make it, and whose ``<article>`` per comment (WordPress) is not
the page's article, and for a feed or box of other stories' teasers (``names_feed``:
Yahoo's ``<ul id="Stream">`` below the story in its ``role="main"`` column, a
"related" box), whose ``<article>`` per teaser (the New York Times) is not the
page's article either; and on a page that marks neither, a chrome span holding more
than half of the page's words is kept as prose.
Chrome nested in a kept container (the menu inside that ``<form>``) is still
blanked.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from typing import NamedTuple

#: elements that are interaction or navigation wherever they are
CHROME_TAGS = frozenset({"nav", "form", "button", "select", "dialog"})
#: ARIA roles of the same kind ("button": a link or box drawn as a button, whose words are a control's
#: label, "Read more", "Full Story", "Accept all", like a ``<button>``'s)
CHROME_ROLES = frozenset({"navigation", "search", "dialog", "alertdialog", "menu", "menubar", "button"})
#: words of a class or id that name a boilerplate component of a page
CHROME_NAME_WORDS = frozenset(
    {
        "ad",
        "ads",
        "adslot",
        "advert",
        "advertisement",
        "advertising",
        "breadcrumb",
        "breadcrumbs",
        "btn",
        "button",
        "buttons",
        "comment",
        "comments",
        "consent",
        "cookie",
        "cookies",
        "gdpr",
        "modal",
        "navbar",
        "newsletter",
        "outbrain",
        "pager",
        "pagination",
        "paywall",
        "popup",
        "promo",
        "recommended",
        "related",
        # a thread of readers' replies (Kinja's "js_replies", "replies-wrapper"; Readability's word too)
        "replies",
        "share",
        "sharing",
        "sidebar",
        "signup",
        "social",
        "sponsor",
        "sponsored",
        "stream",
        "subscribe",
        "subscription",
        "taboola",
        "trending",
    }
)
#: one class name or id that says both "next" and "previous" ("td-post-next-prev", "prev-next",
#: "cb-next-previous-block", "next-prev-nav") names the links to the site's previous and next stories
#: (or a widget's pages): other stories' titles, never the article's text, whatever structural word
#: ("post", "wrap") the name also holds. Either word alone names too much ("next-steps").
NEXT_WORDS = frozenset({"next"})
PREVIOUS_WORDS = frozenset({"prev", "previous"})
#: words of a class or id that say the element holds the article itself, or is a layout box that
#: may hold anything ("c-fixed-sidebar-layout", "elementor-widget-container", "o-row"): an element
#: with such a name is never chrome by its name
STRUCTURAL_NAME_WORDS = frozenset(
    "article body content entry main post story text layout wrap wrapper container row col column grid "
    "section inner outer page".split()
)
#: the structural words that name only the wrapper of what the rest of the name names: a
#: "breadcrumb-wrapper" or "sidebar-container" wraps the breadcrumb trail or the sidebar, and is that
#: site part (a "c-fixed-sidebar-layout" or "post-share" is a layout or the post, and stays)
WRAPPER_NAME_WORDS = frozenset({"wrap", "wrapper", "container", "inner", "outer"})
#: words of a class or id that name a disclosure or disclaimer ("ad-disclaimer", "sponsor-disclosure"):
#: the page's own statement, which the disclosure rules read, never chrome by its name
DISCLOSURE_NAME_WORDS = frozenset({"disclaimer", "disclaimers", "disclosure", "disclosures"})
#: containers that are never chrome: the page and its main regions
NEVER_CHROME = frozenset({"html", "body", "article", "main"})
#: a chrome span holding more than this share of the page's words is kept as prose
MAX_CHROME_SHARE = 0.5
#: inside the article, a chrome element holding more words than this is the article's own text
MAX_CHROME_IN_ARTICLE_WORDS = 120

#: a class naming text that only screen readers get ("sr-only", "u-screen-reader-text", "visuallyhidden")
_SCREEN_READER_ONLY = re.compile(
    r"(?:^|[-_])(?:sr-only|screen-reader|visually-?hidden|off-?screen|element-invisible)(?:$|[-_])",
    re.IGNORECASE,
)
#: a class that shows an element in print ("d-print-block", "visible-print", "show-for-print"): with a
#: hiding class beside it ("d-none d-print-block") the element is printed only, the page's address,
#: citation and copyright notice under a printed story; nobody reading the page sees it, in the
#: article or out of it
_PRINT_DISPLAY = re.compile(r"(?:^|[-_])print(?:$|[-_])", re.IGNORECASE)
#: classes that hide an element (Bootstrap's, Tailwind's, most themes'): a closed drawer, a modal
HIDDEN_CLASSES = frozenset({"hidden", "d-none", "is-hidden", "hide", "invisible", "u-hidden"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_NAME_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")
_ARTICLE = re.compile(r"<article\b([^>]*)>", re.IGNORECASE)
_ATTR = re.compile(r"""\b(class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.IGNORECASE)
#: words of a class or id that name a reader's comment or a thread of them ("comment-list",
#: "div-comment-687", "commentlist", "js_replies"; "reply" alone may be an expert's answer, the page's text)
COMMENT_NAME_WORDS = frozenset({"comment", "comments", "commentlist", "replies"})
_MAIN_REGION = re.compile(r"<main\b|\brole\s*=\s*[\"']?main\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def article_region(source: str) -> str | None:
    """How the page marks its article: "article" (an ``<article>`` element), "main" (``<main>``
    or role ``main``, with no ``<article>``), or None."""
    if any(not names_comment(_attrs(m.group(1))) for m in _ARTICLE.finditer(source)):
        return "article"
    if _MAIN_REGION.search(source):
        return "main"
    return None


_MAIN_OPEN = re.compile(r"<main\b", re.IGNORECASE)
_MAIN_CLOSE = re.compile(r"</main\s*>", re.IGNORECASE)


def articles_in_main(source: str) -> bool:
    """The page's ``<main>`` element holds an ``<article>`` (not a comment's). Then the article is
    that one: an ``<article>`` outside ``main`` is a card of the sidebar or footer (a buy box, a
    teaser of another story), not the page's text; a page whose ``main`` holds none is read as before."""
    opening = _MAIN_OPEN.search(source)
    if opening is None:
        return False
    closing = [m.start() for m in _MAIN_CLOSE.finditer(source, opening.end())]
    end = closing[-1] if closing else len(source)
    return any(not names_comment(_attrs(m.group(1))) for m in _ARTICLE.finditer(source, opening.end(), end))


def _attrs(text: str) -> dict[str, str]:
    """The class and id of a start tag's attribute text."""
    return {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(text)}


def names_comment(attrs: dict[str, str]) -> bool:
    """The element's class or id names a reader's comment or a comment thread ("comments",
    "comment-list", "div-comment-687"). WordPress and most blog themes wrap each comment in its own
    ``<article>``: such an element is not the page's article, and a thread is never its text."""
    return any(words & COMMENT_NAME_WORDS for words in name_words(attrs))


#: words of a class or id that name a feed or box of other stories' teasers (Yahoo's
#: ``<ul id="Stream">`` in ``<div id="td-applet-stream_container">``, a news site's "stream" of
#: headlines and first lines below the story; the New York Times' "related-combined-coverage"
#: box, whose every teaser is an ``<article>``): a list of other pages, however long, and an
#: ``<article>`` inside it is one teaser, not the page's article
FEED_NAME_WORDS = frozenset({"stream", "related", "recommended", "trending"})


def names_feed(attrs: dict[str, str]) -> bool:
    """The element's class or id names a feed of other stories' teasers (``FEED_NAME_WORDS``), and
    no name of it says content ("js-stream-content" is one story of the feed, which the feed's own
    element covers)."""
    return any(words & FEED_NAME_WORDS for words in name_words(attrs)) and not any(
        _says_content_or_layout(words) for words in _element_words(attrs)
    )


def name_words(attrs: dict[str, str]) -> list[set[str]]:
    """The words of each of an element's class names and of its id ("socialShare related-posts" ->
    {social, share}, {related, posts}), without BEM modifiers ("TestReport__Section--Ads" is a
    section that carries ads, not an ad)."""
    names = [*attrs.get("class", "").split(), *attrs.get("id", "").split()]
    return [{w.lower() for w in _NAME_WORD.findall(name.split("--")[0])} for name in names]


def is_hidden(attrs: dict[str, str]) -> bool:
    """The page hides the element: the ``hidden`` attribute, ``display: none`` or
    ``visibility: hidden``, a hiding class ("d-none", "is-hidden")."""
    return bool(
        "hidden" in attrs
        or _HIDDEN_STYLE.search(attrs.get("style", ""))
        or HIDDEN_CLASSES & set(attrs.get("class", "").split())
    )


def chrome_reason(
    tag: str, attrs: dict[str, str], *, inside_article: bool, page_marks_article: bool
) -> str | None:
    """Why an element is page chrome ("nav", "role=search", "sidebar", "class cookie"), or None.

    ``inside_article``: the element is inside the region ``article_region`` names.
    """
    if tag in NEVER_CHROME:
        return None
    role = attrs.get("role", "").strip().lower()
    if role == "main":
        return None
    classes = attrs.get("class", "").split()
    if any(_SCREEN_READER_ONLY.search(name) for name in classes):
        return "screen-reader only"
    if is_hidden(attrs) and any(_PRINT_DISPLAY.search(name) for name in classes):
        return "print only"
    if is_hidden(attrs) and page_marks_article and not inside_article:
        return "hidden"
    if tag in CHROME_TAGS:
        return tag
    if role in CHROME_ROLES:
        return f"role={role}"
    if (tag == "aside" or role == "complementary") and page_marks_article and not inside_article:
        return "sidebar"
    names = name_words(attrs)
    if any(words & NEXT_WORDS and words & PREVIOUS_WORDS for words in names):
        return "previous/next links"  # before the layout test: "td-post-next-prev" is no post
    if any(_says_content_or_layout(words) for words in _element_words(attrs)):
        return None
    hit = set().union(*names) & CHROME_NAME_WORDS if names else set()
    if hit:
        return f"class {min(hit)}"
    return None


def _element_words(attrs: dict[str, str]) -> list[set[str]]:
    """The words of each class name and id as ``_says_content_or_layout`` reads them: a BEM element of
    a block that only names the article ("article__share", "c-post__social") is named by what follows
    its last "__", so the block's structural word does not make the element hold content. A block
    with a name of its own keeps all its words ("hz-editorial-gallery-main-content__item__comment" is
    a comment on an item of the gallery's content, "related__container" the related box's)."""
    out = []
    for name in [*attrs.get("class", "").split(), *attrs.get("id", "").split()]:
        name = name.split("--")[0]
        block, sep, element = name.rpartition("__")
        words = {w.lower() for w in _NAME_WORD.findall(element)}
        named = {w.lower() for w in _NAME_WORD.findall(block) if len(w) > 1}  # "c-", "o-": a prefix
        if not sep or not named <= STRUCTURAL_NAME_WORDS:
            words |= named
        out.append(words)
    return out


def _says_content_or_layout(words: set[str]) -> bool:
    """One class name's words say the element holds content or is a layout box ("post-content",
    "o-row", "c-fixed-sidebar-layout") or a disclosure ("ad-disclaimer-container"): not chrome by
    its names. A wrapper named by the site part it wraps ("breadcrumb-wrapper",
    "sidebar-container") is that site part."""
    if words & DISCLOSURE_NAME_WORDS:
        return True
    structural = words & STRUCTURAL_NAME_WORDS
    return bool(structural) and not (words & CHROME_NAME_WORDS and structural <= WRAPPER_NAME_WORDS)


class ChromeSpan(NamedTuple):
    """A chrome element's extent in the source, and where it stands relative to the article."""

    start: int
    end: int
    #: the element holds the page's article or main region (a whole-page form)
    holds_article: bool = False
    #: the element opened inside the article or main region (a share bar, a form, a tab box)
    in_article: bool = False
    #: the element is a thread of readers' comments (``names_comment``): long as it may be, it is
    #: never the article's text
    thread: bool = False
    #: the element is a feed of other stories' teasers (``names_feed``): as long as the site makes it,
    #: and never the article's text either
    feed: bool = False


def keep_spans(prose: str, spans: list[ChromeSpan], *, page_marks_article: bool) -> list[tuple[int, int]]:
    """The (start, end) of the chrome spans to blank: never one that holds the article; inside the
    article, never one of more than ``MAX_CHROME_IN_ARTICLE_WORDS`` words (a share bar or an ad slot
    is short; "share-zone" around the text, a product form around its description, is not), unless it
    is a comment thread, which is as long as its readers make it, or a feed of other stories' teasers
    (``names_feed``), as long as the site makes it; on a page that does not mark its article, never one that holds more than half of the page's words."""
    spans = [span for span in spans if not span.holds_article]
    if not spans:
        return []

    def words(span: ChromeSpan) -> int:
        return sum(1 for _ in _WORD.finditer(prose, span.start, span.end))

    spans = [
        span
        for span in spans
        if span.thread or span.feed or not (span.in_article and words(span) > MAX_CHROME_IN_ARTICLE_WORDS)
    ]
    if not page_marks_article:
        limit = MAX_CHROME_SHARE * sum(1 for _ in _WORD.finditer(prose))
        spans = [span for span in spans if words(span) <= limit]
    return [(span.start, span.end) for span in spans]


#: elements whose text is judged as a whole by ``link_dense`` and ``repeated_parts``
BOX_TAGS = frozenset({"div", "section", "ul", "ol", "dl", "p", "li", "header", "footer", "table", "aside"})
#: outside the article, a box whose link words are at least this share of its words is a link box
MAX_LINK_SHARE = 0.5
#: on a page that marks no article, a menu: at least this many links ...
MENU_MIN_LINKS = 3
#: ... holding at least this share of the box's words ...
MENU_LINK_SHARE = 0.8
#: ... of at most this many words each on average (reference titles are longer)
MENU_MAX_WORDS_PER_LINK = 4.0
#: on such a page, a list (``ul``/``ol``) of at least ``MENU_MIN_LINKS`` links, all to the page's own
#: site, that are this share of its words or more is a list of the site's other pages' titles
#: (headlines of other stories, "more in this category"), however long each title: a reference
#: list links to journals, or gives its authors outside the link
TITLE_LIST_LINK_SHARE = 0.9
#: the elements such a list is
TITLE_LIST_TAGS = frozenset({"ul", "ol"})
#: a repeated part must have at least this many words (a repeated "Share" or "Read more" is not a template part)
MIN_REPEATED_WORDS = 6
#: longer boxes are not compared as repeated parts (they hold the article or most of the page)
MAX_REPEATED_WORDS = 3000


class Box(NamedTuple):
    """A closed element of ``BOX_TAGS``: its extent in the source and where it stands."""

    tag: str
    start: int
    end: int
    #: opened inside the article or main region
    in_article: bool
    #: holds the article or main region
    holds_article: bool
    #: opened inside a ``header`` or ``footer`` element (or is one)
    in_template: bool


class WordIndex:
    """The prose view's words, and how many of them are link text, countable over any span."""

    def __init__(self, prose: str, links: list[tuple[int, int]]) -> None:
        self.prose = prose
        self.spans = [(m.start(), m.end()) for m in _WORD.finditer(prose)]
        self.starts = [s for s, _ in self.spans]
        ordered = sorted(links)
        in_link = [0] * (len(self.starts) + 1)
        j = 0
        for i, at in enumerate(self.starts):
            while j < len(ordered) and ordered[j][1] <= at:
                j += 1
            hit = j < len(ordered) and ordered[j][0] <= at
            in_link[i + 1] = in_link[i] + hit
        self.link_prefix = in_link

    def _range(self, start: int, end: int) -> tuple[int, int]:
        return bisect_left(self.starts, start), bisect_left(self.starts, end)

    def counts(self, start: int, end: int) -> tuple[int, int]:
        """(words, link words) in [start, end)."""
        i, j = self._range(start, end)
        return j - i, self.link_prefix[j] - self.link_prefix[i]

    def key(self, start: int, end: int) -> str:
        """The words in [start, end), lower-cased, joined by spaces."""
        i, j = self._range(start, end)
        return " ".join(self.prose[s:e].lower() for s, e in self.spans[i:j])


def link_dense(
    boxes: list[Box],
    index: WordIndex,
    links: list[tuple[int, int]],
    *,
    page_marks_article: bool,
    own_links: Sequence[tuple[int, int]] = (),
) -> list[ChromeSpan]:
    """Boxes outside the article whose words are mostly link text (menus, "more stories", footer
    link columns). On a page that marks its article, any box outside it with at least two links and
    ``MAX_LINK_SHARE`` link words; on a page that does not, only a menu: ``MENU_MIN_LINKS`` short
    links that are nearly all of its words, or a list of the site's other pages' titles: a
    ``ul``/``ol`` of ``MENU_MIN_LINKS`` links or more, all of them ``own_links`` (to the page's own
    site), that are ``TITLE_LIST_LINK_SHARE`` of its words (a reference list's titles link to
    journals and stay). A box inside the article is never one (its reference
    list and "see also" links are the article's)."""
    starts = sorted(s for s, _ in links)
    own_starts = sorted(s for s, _ in own_links)
    out = []
    for box in boxes:
        if box.in_article or box.holds_article:
            continue
        words, link_words = index.counts(box.start, box.end)
        if not words:
            continue
        n_links = bisect_left(starts, box.end) - bisect_left(starts, box.start)
        if page_marks_article:
            dense = n_links >= 2 and link_words >= MAX_LINK_SHARE * words
        else:
            dense = (
                n_links >= MENU_MIN_LINKS
                and link_words >= MENU_LINK_SHARE * words
                and link_words <= MENU_MAX_WORDS_PER_LINK * n_links
            ) or (
                box.tag in TITLE_LIST_TAGS
                and n_links >= MENU_MIN_LINKS
                and link_words >= TITLE_LIST_LINK_SHARE * words
                and bisect_left(own_starts, box.end) - bisect_left(own_starts, box.start) == n_links
            )
        if dense:
            out.append(ChromeSpan(box.start, box.end))
    return out


def repeated_parts(boxes: list[Box], index: WordIndex, *, page_marks_article: bool) -> list[ChromeSpan]:
    """Second copies of a template part: a box outside the article (on a page that marks one) or
    inside a ``header``/``footer`` whose words equal those of an earlier box that does not hold it.
    The first copy stays, so the page still says it once; a paragraph repeated inside the article
    is the writer's and stays for the repetition rules."""
    seen: dict[str, int] = {}
    out = []
    for box in sorted(boxes, key=lambda b: (b.start, -b.end)):
        if box.in_article or box.holds_article:
            continue
        if not (box.in_template or page_marks_article):
            continue
        words, _ = index.counts(box.start, box.end)
        if not MIN_REPEATED_WORDS <= words <= MAX_REPEATED_WORDS:
            continue
        key = index.key(box.start, box.end)
        first_end = seen.get(key)
        if first_end is not None and first_end <= box.start:
            out.append(ChromeSpan(box.start, box.end))
        elif first_end is None:
            seen[key] = box.end
    return out
