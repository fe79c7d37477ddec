"""The FakeHealth article convention every real-world script shares: ids, text and the seeded sample.

FakeHealth (Dai, Sun, Wang, ICWSM 2020; ``git clone https://github.com/EnyanDai/FakeHealth``)
holds real health news stories and press releases reviewed by HealthNewsReview.org. Its texts
are never committed here: only article ids, offsets, labels and reasons.

- An article id is ``HealthStory/<file stem>`` or ``HealthRelease/<file stem>`` for every JSON
  file in ``dataset/content/HealthStory/`` and ``dataset/content/HealthRelease/``.
- The linted document is ``title.strip() + "\\n\\n" + text.strip()``, linted as format "text".
- Articles whose ``text`` has fewer than ``MIN_WORDS`` whitespace-separated words are dropped
  (empty crawls and paywall stubs say nothing about the rules).
- The sample is ``random.Random(2026).sample(sorted(ids), n)`` over the kept ids (n = 400).

The checkout is found from an explicit path, else ``$FAKEHEALTH_DIR``, else /work/data/FakeHealth.
"""

from __future__ import annotations

import json
import os
import random
from functools import lru_cache
from pathlib import Path

COLLECTIONS = ("HealthStory", "HealthRelease")
MIN_WORDS = 50
SEED = 2026
SAMPLE_SIZE = 400
DEFAULT_DIR = "/work/data/FakeHealth"
FORMAT = "text"


def root_dir(root: str | os.PathLike[str] | None = None) -> Path:
    """The FakeHealth checkout: the argument, else $FAKEHEALTH_DIR, else /work/data/FakeHealth."""
    path = Path(root or os.environ.get("FAKEHEALTH_DIR") or DEFAULT_DIR)
    if not (path / "dataset" / "content").is_dir():
        raise FileNotFoundError(
            f"{path} is not a FakeHealth checkout (no dataset/content); "
            "run `git clone https://github.com/EnyanDai/FakeHealth` and pass --fakehealth or set FAKEHEALTH_DIR"
        )
    return path


def _file(root: Path, article_id: str) -> Path:
    collection, _, stem = article_id.partition("/")
    if collection not in COLLECTIONS or not stem or "/" in stem:
        raise ValueError(f"not a FakeHealth article id: {article_id!r}")
    return root / "dataset" / "content" / collection / f"{stem}.json"


@lru_cache(maxsize=4096)
def _read(path: Path) -> tuple[str, str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return (data.get("title") or "", data.get("text") or "")


def load_article(root: str | os.PathLike[str] | None, article_id: str) -> str:
    """The linted document of one article: title, blank line, text (both stripped).

    Where the crawled text already opens with the title (22 of the 400 sampled
    articles: the page's own headline, extracted with the body), the title is
    not prepended again: a second copy would be the harness's duplicate, not
    the publisher's.
    """
    title, text = _read(_file(root_dir(root), article_id))
    title, text = title.strip(), text.strip()
    if title and text.startswith(title):
        return text
    return title + "\n\n" + text


def text_words(root: str | os.PathLike[str] | None, article_id: str) -> int:
    """Whitespace-separated words of the article's ``text`` field (the title not counted)."""
    return len(_read(_file(root_dir(root), article_id))[1].split())


def all_ids(root: str | os.PathLike[str] | None = None) -> list[str]:
    """Every article id with at least MIN_WORDS words of text, sorted."""
    base = root_dir(root)
    ids = []
    for collection in COLLECTIONS:
        for path in sorted((base / "dataset" / "content" / collection).glob("*.json")):
            article_id = f"{collection}/{path.stem}"
            if text_words(base, article_id) >= MIN_WORDS:
                ids.append(article_id)
    return sorted(ids)


def sample_ids(root: str | os.PathLike[str] | None = None, n: int = SAMPLE_SIZE) -> list[str]:
    """The seeded sample, in the order random.sample returns it."""
    return random.Random(SEED).sample(all_ids(root), n)


HELDOUT_SEEDS = (2027, 2028, 2029)


def heldout_ids(root: str | os.PathLike[str] | None = None, n: int = 100, round: int = 1) -> list[str]:
    """A seeded sample drawn only from articles outside the development sample and earlier rounds.

    The 400-article sample has been read while rules were tuned, so its precision flatters
    the rules. Each round is linted and labelled once, after the tuning before it, as a check
    of precision on news the rules were not shaped on; a round's labels may then guide fixes,
    and the next round measures those. Round k uses seed ``HELDOUT_SEEDS[k - 1]`` over the
    articles left after the development sample and the 200 articles of every earlier round.
    """
    taken = set(sample_ids(root))
    for earlier in range(1, round):
        taken.update(heldout_ids(root, 200, earlier))
    rest = [a for a in all_ids(root) if a not in taken]
    return random.Random(HELDOUT_SEEDS[round - 1]).sample(rest, n)


HELDOUT_ROUNDS = len(HELDOUT_SEEDS)
HELDOUT_SIZE = 200


def rest_ids(root: str | os.PathLike[str] | None = None) -> list[str]:
    """Every kept article outside the development sample and the held-out rounds, sorted.

    Labelling these as well makes the labelled set the whole of FakeHealth (at MIN_WORDS),
    so a rule's precision can be stated over every article rather than over a sample.
    """
    taken = set(sample_ids(root))
    for round in range(1, HELDOUT_ROUNDS + 1):
        taken.update(heldout_ids(root, HELDOUT_SIZE, round))
    return [a for a in all_ids(root) if a not in taken]
