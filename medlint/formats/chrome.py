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
  ``newsletter``, ``comments``, ``sponsored``, ``breadcrumb``, ``sidebar``, ...),
  unless it is the article or main region itself or its name also says
  content (``post-content``, ``article-body``).

Headers and footers are not chrome by themselves: a page header often holds
the article's title and byline, and a footer its medical disclaimer, which the
disclosure rules must see. Their menus and forms are blanked all the same.

Two guards keep a mislabelled container from swallowing the article (ASP.NET
wraps whole pages in a ``<form>``; some themes put the post inside
``<div class="main-sidebar-layout">``): an element that holds the page's
``article`` or ``main`` is never chrome, and on a page that marks neither, a
chrome span holding more than half of the page's words is kept as prose.
Chrome nested in a kept container (the menu inside that ``<form>``) is still
blanked.
"""

from __future__ import annotations

import re

#: elements that are interaction or navigation wherever they are
CHROME_TAGS = frozenset({"nav", "form", "button", "select", "dialog"})
#: ARIA roles of the same kind
CHROME_ROLES = frozenset({"navigation", "search", "dialog", "alertdialog", "menu", "menubar"})
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
        "comment",
        "comments",
        "consent",
        "cookie",
        "cookies",
        "gdpr",
        "menu",
        "modal",
        "navbar",
        "newsletter",
        "outbrain",
        "paywall",
        "popup",
        "promo",
        "recommended",
        "related",
        "share",
        "sharing",
        "sidebar",
        "signup",
        "social",
        "sponsor",
        "sponsored",
        "subscribe",
        "subscription",
        "taboola",
        "trending",
        "widget",
    }
)
#: words of a class or id that say the element holds the article itself
CONTENT_NAME_WORDS = frozenset({"article", "body", "content", "entry", "main", "post", "story", "text"})
#: containers that are never chrome: the page and its main regions
NEVER_CHROME = frozenset({"html", "body", "article", "main"})
#: a chrome span holding more than this share of the page's words is kept as prose
MAX_CHROME_SHARE = 0.5

_NAME_WORD = re.compile(r"[a-z]+|[A-Z][a-z]*")
_ARTICLE = re.compile(r"<article\b", re.IGNORECASE)
_MAIN_REGION = re.compile(r"<main\b|\brole\s*=\s*[\"']?main\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")


def article_region(source: str) -> str | None:
    """How the page marks its article: "article" (an ``<article>`` element), "main" (``<main>``
    or role ``main``, with no ``<article>``), or None."""
    if _ARTICLE.search(source):
        return "article"
    if _MAIN_REGION.search(source):
        return "main"
    return None


def _name_words(attrs: dict[str, str]) -> set[str]:
    """The words of an element's class names and id: "socialShare related-posts" -> social, share, related, posts."""
    names = f"{attrs.get('class', '')} {attrs.get('id', '')}"
    return {w.lower() for w in _NAME_WORD.findall(names)}


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
    if tag in CHROME_TAGS:
        return tag
    if role in CHROME_ROLES:
        return f"role={role}"
    if (tag == "aside" or role == "complementary") and page_marks_article and not inside_article:
        return "sidebar"
    words = _name_words(attrs)
    if words & CONTENT_NAME_WORDS:
        return None
    hit = words & CHROME_NAME_WORDS
    if hit:
        return f"class {min(hit)}"
    return None


def keep_spans(
    prose: str, spans: list[tuple[int, int, bool]], *, page_marks_article: bool
) -> list[tuple[int, int]]:
    """The chrome spans to blank, from (start, end, holds the article's region) of every chrome
    element: never one that holds the article; on a page that does not mark its article, never
    one that holds more than half of the page's words."""
    spans = [(s, e, holds) for s, e, holds in spans if not holds]
    if not spans:
        return []
    if page_marks_article:
        return [(s, e) for s, e, _ in spans]
    limit = MAX_CHROME_SHARE * sum(1 for _ in _WORD.finditer(prose))
    return [(s, e) for s, e, _ in spans if sum(1 for _ in _WORD.finditer(prose, s, e)) <= limit]
