"""MT114 untranslated-text: Words left in the source language's script (Chinese, Cyrillic, Korean...)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator

from ...diagnostic import Severity
from ...document import TABLE_CELL, Document
from ...rule import Example, Finding, Option, Rule
from ...text.quotes import in_embedded_post
from ...text.scripts import FOREIGN_RUN, foreign_letter_share, script_of

#: Brackets and quotes that mark a run as a gloss or a quoted original, opener -> closers.
_ENCLOSERS = {
    "(": ")",
    "[": "]",
    "（": "）",
    "【": "】",
    "“": "”",
    '"': '"',
    "‘": "’",
    "'": "'",
    "«": "»",
    "「": "」",
    "『": "』",
}
#: Words that introduce a word as a word ("the Chinese term 气", "known as 中医").
_MENTION = re.compile(
    r"(?:\b(?:words?|terms?|characters?|called|known\s+as|means?|meaning|written|spelled|spelt|names?d?|"
    r"reads?|literally|Chinese|Mandarin|Cantonese|Japanese|Korean|Russian|Ukrainian|Arabic|Hebrew|Greek|"
    r"Hindi|Thai|Sanskrit|Persian|Farsi|kanji|hanzi|pinyin)\b)[\s:,]*[\"“‘']?\s*$",
    re.IGNORECASE,
)


class UntranslatedText(Rule):
    """Words left in the source language's script (Chinese, Cyrillic, Korean...).

    Machine translation leaves what it cannot translate in the original script:
    a drug's Chinese name, a Russian clinic's department, a Korean dosage note.
    An English reader cannot read it, and a wrong medicine name is the worst
    place for a gap. No list is needed: letters of a script other than Latin,
    running as words in an English article, are the finding.

    Writers also use the original script on purpose, and those uses are
    skipped: a gloss in brackets or quotes ("Lianhua Qingwen (连花清瘟)"), a
    name followed by its romanisation ("王伟 (Wang Wei)"), a word introduced as a
    word ("the Chinese term 气"), Chinese followed by its pinyin, one syllable
    per character ("爱 逝去的爱 Ai shi qu de ai": lyrics, a poem, a phrase book
    give the original with its reading on purpose), and single Greek letters, which are scientific
    symbols in English (α-synuclein, TNF-α, β-blockers). A document that is
    mostly in another script is not an English article, and is not reported;
    a single letter on its own is a symbol or a separator, not a phrase.

    Blocks each written wholly in another script, three scripts or more side
    by side ("Изображения из Баварии", "صور من ولاية بايرن", "巴伐利亚照片" as
    headings), are a list of translations set out on purpose: a language
    switcher or a welcome banner. A passage never runs from one block into
    the next.

    An embedded social post (a block with the post's credit line, "— Jane Roe
    (@janeroe) May 23, 2020") is the poster's words, reproduced as evidence:
    fact-check pages embed posts in Chinese or Russian and report what they say
    in English, so nothing in the post is left untranslated by the writer. One
    passage is one finding: runs of the same line separated only by spaces,
    punctuation or digits ("武汉周圍很多農村人，被感染后进不了医院，...") are
    reported together, so a pasted paragraph is one problem, not one per clause.

    On a web page two more structures give the original on purpose. A block
    whose words carry ``<ruby>`` readings (furigana, pinyin printed above the
    characters) gives the original with its reading, as the pinyin line does:
    a language lesson, a name's reading; a page that prints readings over three
    words or more teaches their script, and its phrases given without a reading
    (a heading's "the expression てお", a line before its English) are the
    lesson's matter too. And a table whose rows each set a cell
    in another script before a cell in Latin letters (the word, its romaji or
    its meaning: "病院 | byouin | hospital"), two such rows or more, is a
    glossary; one such row alone is not (a value left in Chinese beside an
    English note is still reported).
    """

    code = "MT114"
    name = "untranslated-text"
    category = "translation"
    severity = Severity.WARNING
    source = (
        "ISO 17100:2015 Translation services (the target text renders all of the source text); "
        "WCAG 2.1 Success Criterion 3.1.2, Language of Parts (text in another language must be "
        "identified so that readers and screen readers can handle it)"
    )
    options = {
        "max-foreign-share": Option(
            0.5,
            float,
            "Skip documents in which more than this share of all letters are in another script "
            "(the document is not an English article)",
            minimum=0.0,
        ),
        "min-greek-letters": Option(
            3, int, "Greek runs shorter than this are symbols (α, β, κB), not untranslated words", minimum=1
        ),
    }
    should_fire = (
        "Take 阿莫西林 twice a day with food.",
        "The patient was sent to the отделение кардиологии for tests.",
        "Apply the cream 하루 두 번 to the rash.",
        Example("<p>Take 阿莫西林 twice a day.</p>", format="html"),
        Example(
            "The post said 武汉很多人被感染，进不了医院！ and was shared by many readers in several countries.",
            note="one finding for the passage, not one per clause",
        ),
    )
    should_not_fire = (
        "Lianhua Qingwen (连花清瘟) is sold as a herbal remedy.",
        "In traditional Chinese medicine, qi (气) is the body's energy.",
        "The Chinese term 气 is usually translated as energy.",
        "Alpha-synuclein (α-synuclein) builds up in the brain; TNF-α and NF-κB are involved.",
        "Dr. 王伟 (Wang Wei) led the study.",
        Example("我还有话想对你说 Wo hai you hua xiang dui ni shuo", note="the original with its pinyin"),
        Example("Run `echo 阿莫西林` in the shell.", format="markdown", note="code is not prose"),
        Example(
            "The post said the bangs were fireworks:\n\n背景中是欢庆新年的烟花 pic.twitter.com/bw5co9vuk3\n"
            "— Jane Roe (@janeroe) January 26, 2020\n\nThe video is genuine.",
            note="an embedded post is the poster's words",
        ),
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        prose = doc.prose
        if prose.isascii():
            return
        runs = list(FOREIGN_RUN.finditer(prose))
        if not runs or foreign_letter_share(prose) > float(self.opts["max-foreign-share"]):
            return
        passages = list(self._passages(doc, runs))
        # blocks each wholly in another script, several scripts side by side, are a list of
        # translations set out on purpose (a language switcher, a "welcome" banner)
        whole = [_whole_block(doc, p) for p in passages]
        read = _read_blocks(doc)
        taught = _taught_scripts(doc, read)
        glossary = _glossary_cells(doc, {at for at in whole if at is not None})
        for i, passage in enumerate(passages):
            at = whole[i]
            if doc.block_at(passage[0][0]) in read or at in glossary or passage[0][2] in taught:
                continue  # the original given with its reading or meaning beside it
            if at is not None:
                near = {
                    passages[j][0][2]
                    for j, other in enumerate(whole)
                    if other is not None and abs(other - at) <= _BANNER_BLOCKS
                }
                if len(near) >= _BANNER_SCRIPTS:
                    continue
            yield _passage_finding(prose, passage)

    def _passages(self, doc: Document, runs: list[re.Match[str]]) -> Iterator[list[tuple[int, int, str]]]:
        """The untranslated passages of ``doc``: its runs of another script, glosses, embedded
        posts and romanised originals left out, neighbouring runs of one line joined."""
        prose = doc.prose
        min_greek = int(self.opts["min-greek-letters"])
        passage: list[tuple[int, int, str]] = []  # the runs of the passage being gathered
        for start, end in _block_pieces(doc, runs):
            text = prose[start:end]
            letters_in_run = [c for c in text if c.isalpha()]
            script = script_of(letters_in_run[0]) if letters_in_run else None
            if _inside_latin_word(prose, start, end) and script in _LOOK_ALIKE_SCRIPTS:
                continue  # "сancer": a look-alike letter, MT115's finding
            if len(letters_in_run) < 2:
                continue  # one letter is a symbol or separator ("3 х 4", "丨"), not a phrase
            script = script or "non-Latin"
            if script == "Greek" and max(len(w) for w in re.split(r"[\s'-]+", text)) < min_greek:
                continue
            if _is_gloss(prose, start, end) or in_embedded_post(doc, start):
                continue
            if passage and (
                not _PASSAGE_GAP.fullmatch(prose, passage[-1][1], start)
                or doc.block_at(passage[-1][0]) != doc.block_at(start)
            ):
                if not _romanised(prose, passage[0][0], passage[-1][1]):
                    yield passage
                passage = []
            passage.append((start, end, script))
        if passage and not _romanised(prose, passage[0][0], passage[-1][1]):
            yield passage


def _block_pieces(doc: Document, runs: list[re.Match[str]]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run, split where it crosses from one block into the next: headings
    side by side in several scripts are one run of letters and spaces, but one phrase each."""
    prose = doc.prose
    for m in runs:
        start, end = m.start(), m.end()
        while start < end:
            bi = doc.block_at(start)
            stop = end if bi is None else min(end, doc.blocks[bi].end)
            piece = prose[start:stop].rstrip()
            if piece:
                yield start, start + len(piece)
            start = stop
            while start < end and not prose[start].isalpha():
                start += 1


def _whole_block(doc: Document, passage: list[tuple[int, int, str]]) -> int | None:
    """The index of the block ``passage`` fills (most of its letters), else None."""
    bi = doc.block_at(passage[0][0])
    if bi is None:
        return None
    block = doc.blocks[bi]
    letters = sum(c.isalpha() for c in doc.prose[block.start : block.end])
    own = sum(c.isalpha() for start, end, _ in passage for c in doc.prose[start:end])
    return bi if letters and own * 2 > letters else None


def _read_blocks(doc: Document) -> set[int | None]:
    """The indices of the blocks that hold a ``<ruby>`` reading (HTML ``metadata["readings"]``)."""
    return {doc.block_at(start) for start, _end in doc.metadata.get("readings") or ()} - {None}


#: A page that prints readings over this many of its words (``<ruby>``) is written for readers of
#: the script it glosses.
_PAGE_READINGS = 3


def _taught_scripts(doc: Document, read: set[int | None]) -> set[str]:
    """The scripts of the blocks that hold ``<ruby>`` readings, when the page prints at least
    ``_PAGE_READINGS`` of them. Such a page sets the script out for readers learning it (a language
    lesson prints furigana over its kanji): a phrase given without a reading in the next paragraph,
    a heading or a sentence ("the expression てお", "つづく" over its English line) is the lesson's
    matter, not text a translation left behind. Machine translation prints no ``<ruby>``."""
    if len(doc.metadata.get("readings") or ()) < _PAGE_READINGS:
        return set()
    scripts: set[str] = set()
    for bi in read:
        if bi is not None:
            block = doc.blocks[bi]
            scripts.update(filter(None, map(script_of, doc.prose[block.start : block.end])))
    return scripts


#: A glossary table sets a word beside its reading or meaning in at least this many rows.
_GLOSSARY_ROWS = 2


def _glossary_cells(doc: Document, foreign: set[int]) -> set[int]:
    """The indices of the table cells in ``foreign`` (blocks filled by another script) that stand in a
    glossary: in their row a later cell holds Latin letters and no other script, and at least
    ``_GLOSSARY_ROWS`` rows of their table are so made (HTML ``metadata["table_rows"]``)."""
    rows = doc.metadata.get("table_rows")
    if not rows or not foreign:
        return set()
    prose = doc.prose
    by_table: dict[int, list[int]] = {}
    for start, end, table in rows:
        i = doc.block_at(start)
        if i is None:
            i = bisect_left(doc.block_starts, start)
        cells = []
        while i < len(doc.blocks) and doc.blocks[i].end <= end:
            if doc.blocks[i].kind == TABLE_CELL:
                cells.append(i)
            i += 1
        for k, cell in enumerate(cells):
            if cell in foreign and any(
                re.search("[A-Za-z]", prose[doc.blocks[c].start : doc.blocks[c].end])
                and not FOREIGN_RUN.search(prose, doc.blocks[c].start, doc.blocks[c].end)
                for c in cells[k + 1 :]
            ):
                by_table.setdefault(table, []).append(cell)
                break
    return {cell for cells in by_table.values() if len(cells) >= _GLOSSARY_ROWS for cell in cells}


#: Passages in this many scripts or more within ``_BANNER_BLOCKS`` blocks of each other are a
#: list of translations (a language switcher, a banner), not text left untranslated.
_BANNER_SCRIPTS = 3
_BANNER_BLOCKS = 3


#: A pinyin syllable, tone marks or not ("ai", "zhuang", "lǜ"): an initial, one to three vowels and
#: an "n", "ng" or "r" at most. English words rarely take that shape ("shops", "with" do not).
_V = "aeiouvüàáèéìíòóùúāēěīōūǎǐǒǔǖǘǚǜ"
_SYLLABLE = rf"(?i:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?[{_V}]{{1,3}}(?:ng|n|r)?)"


def _romanised(prose: str, start: int, end: int) -> bool:
    """True when the Chinese of ``prose[start:end]`` is followed by its romanisation, one syllable
    for each character and nothing more ("爱 逝去的爱 讨不回来 Ai shi qu de ai tao bu hui lai"): the
    original is given with its reading on purpose (lyrics, a poem, a phrase book), as a gloss is.
    Chinese writes one syllable per character, so the count is exact; a translation is not."""
    han = sum(script_of(c) == "Chinese" for c in prose[start:end])
    if not 3 <= han <= 40:
        return False
    m = re.compile(
        rf"(?:[^\S\n]+[(（]?{_SYLLABLE}[)）]?(?!\w))(?:[^\S\n]+[(（]?{_SYLLABLE}[)）]?(?!\w)){{{han - 1}}}"
    ).match(prose, end)
    if m is None:
        return False
    rest = prose[m.end() : m.end() + 2].lstrip(" ")
    return not rest[:1].isalpha() or script_of(rest[0]) is not None


#: What may stand between two runs of one untranslated passage: spaces, marks and digits, one line.
_PASSAGE_GAP = re.compile(r"(?:[^\w\n]|[\d_])*")


def _passage_finding(prose: str, passage: list[tuple[int, int, str]]) -> Finding:
    """One finding for the runs of one passage, spanning them all."""
    start, end, script = passage[0][0], passage[-1][1], passage[0][2]
    text = prose[start:end]
    return Finding(
        start,
        end,
        f"{script} text left untranslated: “{text}”; translate it, and give the original "
        "in parentheses after the English if readers need it",
    )


#: Scripts whose letters pass for Latin ones inside a word ("сancer" with a Cyrillic "с"): such a run glued to
#: Latin letters is MT115's mixed-script word. A Chinese, Japanese or Korean run glued to an English word
#: ("various刺激性 foods", a glossary entry the translation left) has no look-alike and is untranslated text.
_LOOK_ALIKE_SCRIPTS = frozenset({"Cyrillic", "Greek"})


def _inside_latin_word(prose: str, start: int, end: int) -> bool:
    """True when the run touches a Latin letter, i.e. it is part of a mixed-script word."""
    return (start > 0 and prose[start - 1].isalpha()) or (end < len(prose) and prose[end].isalpha())


#: A translation given after an equals sign, past the run's own closing marks.
_EQUALS_GLOSS = re.compile(r"[^\w\s=]{0,2}\s*=\s*[\"“‘'(]?[A-Za-z]")


def _is_gloss(prose: str, start: int, end: int) -> bool:
    """True when the run is a deliberate use of the original: enclosed, romanised or translated after
    (in brackets or after "="), or mentioned."""
    line_start = prose.rfind("\n", 0, start) + 1
    line_end = prose.find("\n", end)
    line_end = len(prose) if line_end == -1 else line_end
    before = prose[line_start:start].rstrip()
    after = prose[end:line_end].lstrip()
    if before and after:
        closers = _ENCLOSERS.get(before[-1])
        if closers and after[0] in closers:
            return True
    if after.startswith(("(", "（")) and re.match(r"[(（]\s*[A-Za-z]", after):
        return True
    if _EQUALS_GLOSS.match(after):
        return True  # "毎日薬を飲みます。= I take medicine every day."
    return bool(_MENTION.search(prose[max(line_start, start - 60) : start]))
