"""Built-in claims rules, one per file (<CODE>.py).

CL rules that need more than a lexicon: uncited research, causal overclaims,
animal results stated for people, and treatment advice with no doctor in sight.

(The lexicon claim rules CL101-CL105 are in ``rules/claims.yml``.)

CL rules for claims that can hurt people and need more than a word list: advice to
stop or replace a prescribed treatment, and "clinically proven" or "doctor
recommended" in an article that names no study at all.

(Conspiracy framing, promised timeframes, detox and testimonials are lexicon
rules in ``rules/claims.yml``; the other Python CL rules are in ``claims.py``.)

CL116: research results reported with no limitation stated anywhere in the article.

(An article-level rule: it fires once, at the first reported result. The other
CL rules are in ``claims.py``, ``claims_harm.py`` and ``rules/claims.yml``.)

CL118: research reported without its design, its size, its length or any limitation (opt-in, article-level,
fires once at the first mention of the research).

CL120: a news report or press release that never says what its research result was compared with
(opt-in, article-level, fires once at the first mention of the research).

CL121: in a news report or press release, an effect called "significant" or "substantial" in a
sentence that gives no figure (opt-in, info).

CL124: a headline that promises a health benefit from animal, laboratory or early-phase research
(opt-in, info).

CL123: a news report or press release whose research is reported only through surrogate markers,
naming no outcome patients feel (opt-in, info, article-level).

CL130: in a news report or press release, a change in risk given only as a relative percentage
("cut the risk by 32 percent") when the article gives no absolute figure anywhere (opt-in, info).

CL131: in a news report or press release, a first or a breakthrough claimed in the headline, the first two
sentences or a quoted speaker's words (opt-in, info, once per article).

CL132: in a news report or press release, a result reported in the headline and opening whose study's design and
size the article first gives in its second half (opt-in, info, once per article).

CL133: in a news report or press release, a benefit claimed in the headline or opening that the article later
says was not statistically significant or not shown (opt-in, info, once per article).

CL134: in a news report or press release, a health benefit claimed in the headline or opening that the article
reports only as a change in a surrogate measure, with no change in an outcome patients feel (opt-in, info, once
per article)."""
