"""Built-in translation rules, one per file (<CODE>.py).

MT121: two common nouns side by side that clean health writing never puts together.

Machine translation and article spinners swap one word of a fixed phrase for a
near-synonym ("heart assault", "lymph knots", "blood night"). Each word is
common and the sentence may be grammatical, so no word list or grammar checker
finds it; what is wrong is the combination. The reference tables
(``medlint.text.refstats``, counted from MedQuAD's NIH/CDC answers) say how often
each word occurs and how often each pair does. When both words are frequent
enough that clean text would be expected to pair them several times by chance,
yet never does, the absence is evidence that the pair is not English usage.
Only words frequent in the reference can be judged this way: "assault" and
"knots" are too rare in it, so "heart assault" and "lymph knots" pass.

MT120: a document whose word sequences fit together worse than clean health prose ever does.

Machine-translated and spun text keeps common words but loses the combinations
fluent writers use. A bigram model of clean consumer-health prose
(``medlint.text.refstats``: MedQuAD's NIH/CDC answers, build half) scores every pair
of adjacent words by how much better the first word predicts the second than
chance (SLOR: ``log P(w | previous) - log P(w)``, which cancels the rarity of the
words themselves). The document's score is the mean over its scored pairs; a
document far below anything clean text scores reads as machine-translated,
spun or garbled, and the finding lists its worst sentences.

Limits, measured (benchmarks/wmt22.py): the score depends on topic as much as on
fluency (news scores lower than health prose), and neural MT scores as high as
human translation or higher (AUC below 0.5 on six of seven WMT22 pairs; only a
broken system, ja-en AIST, is well separated: AUC 0.996). At the default
threshold 13-29% of human-translated news windows fall below it, so the finding
is **info**, not a warning: a prompt to read the listed sentences, not evidence
on its own.

MT113 grammar: LanguageTool findings through a LanguageTool server you run, or a
LanguageTool you installed.

medlint never downloads LanguageTool. In ``server`` mode (the default)
language-tool-python is only ever given ``remote_server``; the URL comes from
``[tool.medlint.languagetool] url`` or ``MEDLINT_LANGUAGETOOL_URL``. In
``local`` mode language-tool-python starts LanguageTool itself, and only when
Java is on PATH and a LanguageTool install already exists (its download folder,
``LTP_PATH``, or ``LTP_JAR_DIR_PATH``); medlint then names that installed
version so the library has nothing to download. A server is asked once at
start-up whether it answers, so a dead server costs one timeout, not one per
file.

When grammar was asked for (a server configured, or local mode) but cannot
run, every linted file gets one ML904 ``grammar-unavailable`` diagnostic saying
why: info by default, an error with ``languagetool.fail-on-unavailable``. A
notice on stderr would be hidden by ``-q``, which the pre-commit hooks use.
Without any configuration the rule is skipped with one notice, printed only
when MT113 was selected by its code or name.

LanguageTool sees each block with the blanked markup collapsed to single
spaces (so it does not report the double spaces medlint's prose view leaves
where markup was) and an index maps every character back to its source
offset. LanguageTool counts offsets in Java UTF-16 units; they are converted
to code points here.

MT106 and MT107: words run together and regular-looking forms of irregular words.

Scraped, spun and machine-translated pages lose spaces ("withtype 2
diabetes", "bloodsugar levelsare", "medicine.It") and non-native or
generated text regularises irregular words ("overcomed", "teached").
Both are found against a medical-aware dictionary (``medlint.text.lexicon``):
wordfreq's common English words plus the words of NIH and CDC health writing.

MT105: a known medical term or agency name with a word swapped for a thesaurus synonym.

MT rules written in Python: keyword stuffing and spinner residue.

(The lexicon rules MT101/MT104/MT111 are rule packs in ``rules/translation.yml``.)"""
