"""Evidence named anywhere in an article: journals, conferences, named trials, DOIs,
reference lists, and stated caveats about animal and laboratory results.

A news story names the journal once ("published in BMJ Open") and then reports
the findings for ten paragraphs; a press release says "presented at the annual
meeting of the American Academy of Neurology" at the top and "the researchers
found" at the bottom. A check that looks for a citation beside each claim calls
every later sentence unsourced. The claim rules (CL106, CL108, CL115) and DS107
therefore ask one question of the whole article, answered here once per
document: does it name a source a reader could look up, and does it say that
animal results still have to be confirmed in people?
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from ..document import Document
from ..text.matching import ProbedPattern
from .apostrophe import cue
from .causal import TRIAL_REPORTED, claim_verb_match, doc_names_observational_design
from .citations import cites_anything

# "published in the journal Lung Cancer", "reported online in Archives of Surgery",
# "appears in the June 24 issue of the journal Nature", "in the journal Pediatrics"
_JOURNAL = cue(
    # the title may open in lower case where the journal's brand does: "npj Vaccines", "mBio", "eLife"
    r"\b(?:[Pp]ublished\s+(?:[\w.,]+\s+){0,10}?(?:in|by)|(?:reported|appear(?:s|ed|ing)?|described|detailed)\s+"
    r"(?:\w+\s+){0,4}?in)\s+"
    # (s66) a database or an agency is no journal ("a study published in the National Library of Medicine National
    # Institutes of Health", a claims page's stand-in for a citation)
    r"(?!(?:the\s+)?(?:National\s+Library\s+of\s+Medicine|PubMed|NCBI|NIH|National\s+Institutes?\s+of\s+Health|Google|"
    r"Internet|Web)\b)(?:the\s+)?"
    r"(?:(?:\w+\s+){0,4}?(?:issue|edition)\s+of\s+(?:the\s+)?)?"
    # "the journal", "the medical journal", "the peer-reviewed journal", then the title, perhaps in quotes
    r"(?:(?:[\w-]+\s+){0,2}?journal\s*,?\s+)?[\"\u201c]?"
    r"(?:[A-Z][\w&'.-]*|JAMA|BMJ|PLOS|PLoS|[a-z]{1,4}[A-Z][\w-]*|[a-z]{2,4}\s+[A-Z][\w-]+"
    # a title set in lower case as one word ending in a journal's noun: "in ecancermedicalscience"
    r"|[a-z]{6,}(?:science|medicine|journal|research)\b)"
    # the closing citation of a release: '"Title of the paper," Blood, published online Dec. 23, 2015'
    r"|[,.][\"\u201d]\s+(?:[A-Z][\w&'.-]*\s+){0,5}[A-Z][\w&'.-]*,\s+(?:e-?published|published|online)\b"
    r"|\b(?:in|by|of)\s+(?:the|a)\s+(?:[\w-]+\s+){0,3}journal,?\s+[A-Za-z][\w&-]+|\bthe journal,?\s+[A-Z][\w&-]+"
    # "The study, in Experimental Biology and Medicine": a capitalised title with a journal word
    r"|\b(?:study|report|paper|analysis|findings|research|review|trial|results),?\s+(?:published\s+)?(?:online\s+)?"
    r"in\s+(?:the\s+)?(?!(?:National\s+Library\s+of\s+Medicine|National\s+Institutes?\s+of\s+Health|NIH)\b)"
    r"(?:[A-Z][\w&-]*\s+(?:of\s+|and\s+|&\s+|for\s+)?){0,5}(?:Journal|Medicine|Biology|Research|"
    r"Science|Sciences|Reports|Letters|Review|Oncology|Cardiology|Neurology|Pediatrics|Psychiatry|Surgery|"
    r"Nutrition|Epidemiology|Health|Care|Diabetes|Cancer|Therapeutics|Investigation|Behaviors|Behaviour|"
    r"Psychology|Endocrinology|Gastroenterology|Urology|Dermatology|Rheumatology|Obstetrics|"
    # one-word titles: "a report in Circulation", "the study, in Radiology"
    r"Circulation|Radiology|Hypertension|Stroke|Blood|Nature|Cell|Lancet|Gut|Thorax|Obesity|Addiction|Neuron|"
    # or any one-word title shaped like a field or a disease ("Atherosclerosis", "Pediatrics",
    # "Arthritis"): no place or person is named so
    r"[A-Z][a-z]{3,}(?:ology|osis|itis|iatrics|etics|emia|aemia|pathy))\b"
    r"|\b(?:Archives|Annals|Proceedings|Journal|Bulletin)\s+of\s+(?:the\s+)?[A-Z][\w-]+"
    r"|\b(?:editors?|issue|edition|volume)\s+of\s+(?:the\s+)?(?:journal\s+)?[A-Z][\w-]+\s+(?:of\s+)?[A-Z][\w-]+"
    # "the May 31 online edition of Radiology": a dated or online issue names a periodical by one word
    r"|\b(?:online|print|(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)(?:\s+\d{1,2})?)\s+(?:online\s+)?(?:issue|edition)\s+of\s+(?:the\s+)?(?:journal\s+)?[A-Z][\w-]+"
    r"|\b(?:New England Journal of Medicine|NEJM|The Lancet|JAMA(?:\s+[A-Z][\w-]+)*|BMJ(?:\s+Open)?|"
    r"Cochrane|PLOS ONE|PLoS ONE|MMWR)\b"
    # a paper accepted but not yet out: "is in press in Psychology and Aging", "accepted for publication
    # in Circulation", "forthcoming in the journal Appetite"
    r"|\b(?:in press|accepted for publication|forthcoming|e-?published(?:\s+ahead of print)?)\s+(?:in|at|with)\s+"
    r"(?:the\s+)?(?:journal\s+)?[A-Z][\w&'-]*"
)
_JOURNAL_PROBED = ProbedPattern.of(_JOURNAL)  # the same matches, fewer positions tried
# "presented at the annual meeting of the American Academy of Neurology",
# "at the American Society of Clinical Oncology conference", "at ASCO 2016"
_CONFERENCE = cue(
    r"\b(?:present(?:s|ed|ing)?|presentation|reported|unveiled|announced|released|discussed|shown|"
    r"report(?:ed)? (?:their|the) findings)\s+"
    r"(?:[\w,'\u2019-]+\s+){0,8}?(?:at|to|during)\s+(?:the\s+|a\s+)?(?:[\w'\u2019&.,()/\u00ae\u2122-]+\s+){0,10}?"
    r"(?:meeting|conference|congress|sessions?|symposium|summit|convention|forum)\b"
    # "presented Saturday at the American Society of Clinical Oncology": a society's meeting
    r"|\bpresent(?:ed|ation)\s+(?:\w+\s+){0,3}?at\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:[A-Z][\w&'\u2019.-]*\s+){0,6}"
    r"(?:Society|Association|Academy|College|Federation|Congress)\s+(?:of|for)\b"
    r"|\b(?:annual|scientific|international|world|national)\s+(?:\w+\s+)?(?:meeting|conference|congress|sessions|"
    r"symposium)\s+of\s+the\s+[A-Z][\w-]+"
    r"|\b(?:ASCO|AACR|ESMO|ASH|EASD|ADA|ACC\.?\d{0,2}|AHA|ERS|ESC|DDW|CROI|IDWeek|SABCS|ASTRO)\s+"
    r"(?:\d{4}\s+)?(?:annual\s+)?(?:meeting|conference|congress|sessions|symposium)\b",
    re.IGNORECASE,
)
# "at the San Antonio Breast Cancer Symposium", "the American Diabetes Association's annual meeting"
_NAMED_MEETING = cue(
    # a meeting named in full wherever it stands: "for the San Antonio Breast Cancer Symposium, where
    # results were reported", "told a meeting of the American Urological Association"
    r"\b(?:[A-Z][\w&'\u2019.-]*\s+){2,8}(?:Symposium|Conference|Congress|Sessions|Summit)\b"
    r"|\b(?:[Mm]eeting|[Cc]onference|[Cc]ongress|[Ss]ymposium|[Ss]essions)\s+of\s+the\s+"
    r"(?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|and)\s+)?){1,6}(?:Society|Association|Academy|College|Federation)\b|"
    # the name may hold lower-case joining words: "at the American College of Cardiology meeting"
    r"\b(?:at|during|to)\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+|(?:19|20)\d{2}\s+)?"
    # trademark signs and slashes stand in names: "the ANESTHESIOLOGY\u00ae 2016 annual meeting",
    # "the 2015 ACR/ARHP Annual Meeting"
    r"(?:[A-Z][\w&'\u2019./\u00ae\u2122-]*\s+(?:(?:of|for|on|and|in)\s+(?:the\s+)?(?=[A-Z]))?){1,8}"
    r"(?:(?:19|20)\d{2}\s+)?"
    r"(?:(?:[Aa]nnual|[Ss]cientific)\s+)*(?:[Mm]eeting|[Cc]onference|[Cc]ongress|[Ss]ymposium|Sessions|Summit|Forum)\b"
    # a meeting known by its name and year: "presented his findings October 18 at OMED 15", "at SLEEP 2011"
    r"|\bpresent(?:s|ed|ing|ation)?\s+(?:[\w,'\u2019-]+\s+){0,8}?at\s+(?:the\s+)?(?:[A-Z][\w&'\u2019-]*\s+){1,4}"
    r"(?:\d{2}|\d{4})\b(?![,.]?\d)"
    r"|(?:'s|\u2019s)\s+(?:annual|scientific|international)\s+(?:\w+\s+)?(?:meeting|sessions|conference|congress|"
    r"symposium)\b"
)
# a meeting known by its acronym alone, after a verb of presenting: "published at ESMO on Sunday",
# "presented at ASCO", "told the European Society for Medical Oncology (ESMO)" (case-sensitive: the
# acronyms are also words, "ash", "aha")
_ACRONYMS = (
    r"(?:ASCO|AACR|ESMO|ASH|EASD|ADA|ACC|AHA|ERS|ESC|DDW|CROI|IDWeek|SABCS|ASTRO|AAN|EULAR|ACR|ATS|ECCMID|AUA|"
    r"ESHRE|ISTH|CTAD|AAIC|ASN|EHA|WCLC|ESCMID)\b"
)
# two branches, each probed on its own (their words are in few blocks; the acronyms are matched
# case-sensitively, the probes find their blocks)
_ACRONYM_MEETING = ProbedPattern.of(
    cue(
        r"\b(?:[Pp]resent(?:s|ed|ing)?|[Pp]ublished|[Rr]eported|[Uu]nveiled|[Rr]eleased|[Aa]nnounced|[Ss]hown)\s+"
        r"(?:[\w,'\u2019-]+\s+){0,4}?(?:at|to)\s+(?:the\s+)?(?:(?:19|20)\d{2}\s+)?" + _ACRONYMS
    )
)
_TOLD_SOCIETY = ProbedPattern.of(
    cue(
        r"\b(?:told|addressed)\s+(?:the\s+|a\s+)?(?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|and|on|in)\s+)?){1,6}"
        r"(?:Society|Association|Academy|College|Congress|Federation)\b"
    )
)
# the anchor words of links a copy of the page has lost: "the results from two papers — here and
# here —", "Here is one study that shows ...", "As this study described, ..." (the words point at
# a study the reader can open; only a hyperlink makes them make sense)
_LINK_ANCHOR = cue(
    r"\b(?:papers?|stud(?:y|ies)|reviews?|trials?|reports?|analys[ie]s|research|data)\s*[\u2014\u2013(,-]?\s*"
    r"here\s+and\s+here\b"
    r"|\bHere\s+is\s+(?:one|a|another|the)\s+(?:\w+\s+)?(?:study|paper|review|trial|analysis|report)\b"
    r"|\b[Aa]s\s+this\s+(?:study|paper|review|analysis|report|meta-analysis)\s+"
    r"(?:described|describes|notes|noted|explains|explained|found|finds|shows|showed|concluded|concludes|"
    r"puts\s+it|put\s+it)\b"
)
# one literal of each branch, case as written ("There is" holds "here is", not "Here is")
_LINK_ANCHOR_PROBES = ("here and here", "Here is ", "As this ", "as this ")
# "the STICH trial", "the ADVANCE Bridge-to-Transplant Trial", "NCT01234567", "Checkpoint-069 study"
_TRIAL = cue(
    r"\bNCT\d{8}\b"
    # "the National Lung Screening Trial", "the Diabetes Control and Complications Trial" (a name may hold
    # a lower-case "and" or "of" between its capitalised words)
    r"|\b(?:[A-Z][\w-]+\s+(?:(?:and|of)\s+(?=[A-Z]))?){2,6}Trial\b"
    # a cohort study by its name, after a lower-case "the" (not a Title-Case headline's "Large Swedish
    # Study"): "the Nurses' Health Study", "the Framingham Heart Study", "the Women's Health Study"
    r"|\bthe\s+(?:[A-Z][\w'\u2019-]+\s+){2,6}Study\b"
    r"|\b(?:the\s+)?[A-Z][A-Z0-9]{2,}(?:[- ][A-Z0-9][\w-]*){0,3}\s+(?:[Tt]rial|Study)\b"
    r"|\b[A-Z][a-z]+-\d{2,4}\s+(?:trial|study)\b"
    # a name in capitalised words with its acronym in brackets before the noun: "the Hyperglycemia and
    # Adverse Pregnancy Outcome (HAPO) study" (an abbreviation of a design is lower case: "randomized
    # controlled trial (RCT)")
    r"|\b(?:[A-Z][\w-]+\s+(?:(?:and|of|for|in|on|with)\s+(?=[A-Z]))?){2,8}\(\s*[A-Z][A-Z0-9-]{2,}\s*\)\s+"
    r"(?:[Ss]tudy|[Tt]rial)\b"
    # an acronym spelled out in brackets: "the CHARGE study (CHildhood Autism Risks from Genetics ...)"
    r"|\b[A-Z][A-Z0-9]{2,}\s+(?:trial|study)\s*\(\s*(?:[A-Z][\w-]*,?\s+(?:(?:of|for|in|and|from|the|with)\s+)*){2,}"
    # a study given its name: "a 27,500 patient study called Fourier", "the study on the combination,
    # called Keynote-189"; a name further off must be set off by a comma, naming the whole study (not
    # "a study of a gene called BRCA1"), and look like one (a digit or capitals)
    r"|\b(?:study|trial)\s+(?:called|named|dubbed|known as)\s+(?:the\s+)?[A-Z][\w-]+"
    r"|\b(?:study|trial)\b[^.!?;()]{0,60}?,\s*(?:called|named|dubbed|known as)\s+(?:the\s+)?"
    r"(?:[A-Z][A-Za-z]*-?\d[\w-]*|[A-Z][A-Z0-9]{2,}\b)"
)
# a guideline named with the body that issued it: "the American Heart Association 2017 Hypertension
# Practice Guidelines", "the American College of Physicians' clinical practice guideline"
_GUIDELINE = cue(
    r"\b(?:[A-Z][\w&'\u2019.-]*\s+(?:(?:of|for|on)\s+)?){0,5}(?:Association|Society|College|Academy|Institute|"
    r"Organi[sz]ation|Task Force|Council|Foundation)(?:'s|\u2019s)?\s+(?:(?:19|20)\d{2}\s+)?(?:[\w-]+\s+){0,5}?"
    r"(?:[Gg]uidelines?|[Rr]ecommendations|[Cc]onsensus [Ss]tatement|[Pp]osition [Ss]tatement)\b"
)
# a regulator's decision the article reports: "the FDA approved ...", "the Food and Drug Administration
# has cleared ..."; the approval names the evidence it rests on (the regulator's review), as a journal does
_REGULATOR_DECISION = cue(
    # the agency as the subject ("the FDA approved"), not a label ("is FDA approved", "FDA-approved")
    r"\b[Tt]he\s+(?:U\.\s?S\.\s+)?(?:FDA|Food and Drug Administration|EMA|European Medicines Agency|MHRA)\b"
    r"(?:\s*\([A-Z]{3,4}\))?(?:\s+(?:has|have|had|first|just|finally|formally|quickly|also|now|last\s+\w+|on\s+\w+))*\s+"
    r"(?:approved|cleared|authori[sz]ed|granted\s+(?:approval|clearance|accelerated\s+approval))\b"
    r"|\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?|[Rr]ecent)\s+(?:U\.\s?S\.\s+)?(?:FDA|EMA)(?:'s|\u2019s)?\s+"
    r"(?:approval|clearance|authori[sz]ation)\b"
    r"|\bHealth Canada\s+(?:has\s+)?(?:approved|authori[sz]ed)\b"
)
# "a diet intervention study (FATFUNC)": a name in brackets, not the initials of the words before it
# ("a randomized controlled trial (RCT)" defines an abbreviation, it names nothing)
_BRACKETED_NAME = cue(r"\b((?:[\w-]+\s+){0,4}(?:study|trial))\s*\(\s*([A-Z][A-Z0-9-]{2,})\s*\)")

# a caveat that animal or laboratory results have still to be shown in people
_CAVEAT = cue(
    r"\b(?:not|never|yet to be|has(?:n't| not)|have(?:n't| not))\s+(?:yet\s+)?(?:been\s+)?(?:tested|studied|shown|"
    r"proven|confirmed|tried|replicated)\s+(?:\w+\s+){0,3}?(?:in|on|with)\s+(?:humans|people|patients|"
    r"human (?:subjects|beings|volunteers))"
    r"|\b(?:human|clinical)\s+(?:trials?|studies|testing|research)\s+(?:\w+\s+){0,3}?(?:are|is|will be|would be|"
    r"remain|still)\s+(?:still\s+)?(?:needed|required|necessary|warranted|planned|under way|underway)"
    r"|\b(?:trials?|studies|research|testing)\s+(?:in|on|with|involving)\s+(?:humans|people|patients)\s+"
    r"(?:\w+\s+){0,3}?(?:are|is|will be|would be)\s+(?:still\s+)?(?:needed|required|necessary|warranted|planned)"
    r"|\b(?:more|further|additional)\s+(?:research|studies|work|testing)\s+(?:\w+\s+){0,4}?"
    r"(?:in|on|with)\s+(?:humans|people|patients)"
    r"|\b(?:rarely|seldom|often fail to|do(?:es)? not always|don't always|may not|might not|won't necessarily)\s+"
    r"(?:\w+\s+){0,2}?(?:translate|work|apply|hold|carry over|pan out)\w*\s+(?:\w+\s+){0,2}?(?:in|to|for)\s+"
    r"(?:humans|people|patients)"
    r"|\bwhether\s+(?:this|it|the same|these|that|they|the \w+)\s+(?:\w+\s+){0,2}?(?:works?|applies|apply|holds?|"
    r"translates?|happens?)\s+(?:\w+\s+){0,2}?(?:in|to|for)\s+(?:humans|people|patients)"
    r"|\b(?:before|until)\s+(?:\w+\s+){0,5}?(?:can be|could be|is|are)\s+(?:\w+\s+){0,2}?(?:tested|tried|used|"
    r"offered)\s+(?:in|on|to|with)\s+(?:humans|people|patients)"
    r"|\bpreclinical\b|\bearly[- ]stage\s+(?:research|study|studies|work|findings)"
    r"|\b(?:in|for|to)\s+(?:humans|people|patients)\s+(?:is|are|remains?|still)\s+(?:still\s+)?(?:uncertain|unclear|"
    r"unknown|unproven|not known|to be (?:seen|determined|shown))"
    r"|\b(?:clinical trials?|human trials?|first-in-human)\b[^.!?]{0,60}\b(?:next|planned|plan|hope|will|would)\b"
    # the record of animal results in people, a caveat by its numbers: "of about 500 treatments reported to improve
    # stroke outcomes in animals, only two treatments worked in humans", "most drugs that cure mice fail in people"
    r"|\bonly\s+(?:\w+\s+){0,3}?(?:worked|works|succeeded|helped|proved\s+(?:effective|useful|safe)|panned\s+out)\s+"
    r"in\s+(?:humans|people|patients)"
    r"|\b(?:most|many|the\s+majority)\b[^.!?]{0,60}\bfail(?:s|ed)?\b[^.!?]{0,30}\b(?:in|with)\s+(?:humans|people|"
    r"patients|clinical\s+trials|human\s+trials)",
    re.IGNORECASE,
)


# a stated limitation of the evidence (HealthNewsReview.org "quality of the evidence"; DISCERN
# item 8, "areas of uncertainty"): size, early stage, what the design cannot show, need for
# confirmation. Naming the design is not stating its limit: "an observational study",
# "a retrospective analysis" or "in mice" says what was done (``_DESIGN``), not that an
# association cannot show cause or that mice are not people (``_CAVEAT``)
_LIMITATION = cue(
    # a limitation of the evidence, not of the treatments it hopes to better ("overcome the limitations of
    # current cold storage", "the limitations of existing therapies")
    r"(?<!overcome the )(?<!overcomes the )(?<!overcoming the )(?<!address the )(?<!addresses the )"
    r"\blimitations?\b(?!\s+of\s+(?:the\s+)?(?:current|existing|conventional|traditional|standard|today\S*)\s+"
    r"(?!stud|trial|analys|research|work|finding|data|paper|report)\w)"
    r"|\blimited by\b|\b(?:small|short|pilot|preliminary|early|exploratory)\s+(?:\w+\s+)?"
    r"(?:study|studies|trial|trials|sample|number of|group of|findings|results|data)\b"
    r"|\bonly\s+(?:\d[\d,]*|a few|a handful of|a small number of)\s+(?:\w+\s+)?(?:patients|participants|people|"
    r"women|men|adults|children|subjects|volunteers|mice|rats)\b"
    r"|\bcannot\s+(?:prove|show|establish|determine|tell)\b|\bcan(?:not|'t|\u2019t)\s+(?:prove|show)\b"
    r"|\b(?:does|do|did)\s+not\s+(?:prove|show|establish)\s+(?:that|cause|a causal)\b|\bcause and effect\b|"
    r"\bcausal(?:ity)?\b|\bconfound\w*\b"
    r"|\b(?:more|further|additional|larger|longer|bigger)\s+(?:\w+\s+)?(?:research|studies|study|trials?|work|"
    r"investigation|follow-up)\s+(?:\w+\s+){0,3}?(?:is|are|will be|would be|is still|are still)?\s*"
    r"(?:needed|required|necessary|warranted|planned)"
    r"|\bneeds? to be\s+(?:confirmed|replicated|validated|verified)|\b(?:confirm|replicate|validate)\s+"
    r"(?:these|the|our|this)\s+(?:findings|results|finding)"
    # a caution about the result ("urged caution", "should be interpreted with caution"), not the legal
    # notice on forward-looking statements ("Cautionary Statement Regarding Forward-Looking Statements",
    # "readers are cautioned not to place undue reliance on these forward-looking statements") or a
    # label's precaution ("Caution should be exercised when ...")
    r"|\bcaution\w*\b(?![^.!?\n]{0,120}\bforward-looking\b)(?!\s+should\s+be\s+exercised\b)"
    r"|\bcaveats?\b|\bpreclinical\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:peer[- ]reviewed|published)\b|\bself-reported\b|\bsurrogate\b|\bno control group\b|\bnot randomi[sz]ed\b"
    r"|\b(?:without|lacked|lacks|did not (?:have|include))\s+(?:a\s+)?(?:control|comparison)\s+group\b"
    r"|\b(?:single|one)[- ](?:center|centre|site|institution|hospital)\b|\bshort\s+(?:follow-up|duration|period)\b"
    r"|\bwhether\s+(?:this|it|the|these)\b[^.!?]{0,60}"
    r"\b(?:in humans|in people|long[- ]term|remains to be seen|is unclear|is not known)"
    # the same statements in the shapes sentences give them, not only in set phrases:
    # research called for later in the sentence ("additional prospective studies using similar outcomes
    # ... are needed", "the results warrant future investigation")
    r"|\b(?:stud(?:y|ies)|research|trials?|investigations?|data|work|follow-up)\b[^.!?;]{0,120}?\b(?:is|are|will be|"
    r"would be|remains?)\s+(?:still\s+|also\s+)?(?:needed|required|necessary|warranted)\b"
    r"|\bwarrants?\s+(?:further|future|more|additional|larger)\s+(?:\w+\s+)?(?:stud|research|trials?|investigation)"
    # a need stated by its subject: "We still need more research", "we need more data before we can know"
    r"|\bneeds?\s+(?:\w+\s+)?(?:more|further|additional|larger|longer|bigger)\s+(?:\w+\s+)?(?:data|research|"
    r"studies|trials|evidence|work|follow-up)\b"
    # research still to come: "future studies", "a larger-scale study", "will be further studied" (not
    # "confirmatory", "follow-up" or "longer-term", which also describe the study reported: "a Phase 3
    # confirmatory trial", "the Health Professionals Follow-Up Study", "in the larger, longer-term trial")
    r"|\b(?:future|further|larger[- ]scale)\s+(?:\w+\s+){0,2}?(?:stud(?:y|ies)|"
    r"research|trials?|investigations?)\b|\b(?:be|being)\s+further\s+(?:studied|investigated|tested|evaluated)\b"
    # an open question about the result: "It is not yet clear whether all people ... can benefit"
    r"|\b(?:not\s+(?:yet\s+)?(?:clear|known|certain)|unclear|unknown|uncertain)\s+(?:whether|if|how|why|what|to what)\b"
    r"|\bremains?\s+to\s+be\s+(?:seen|determined|shown|proven|established|confirmed)\b"
    # evidence missing or thin: "a lack of controlled trials", "has not been sufficiently tested"
    r"|\b(?:lack|absence|paucity|shortage)\s+of\s+(?:\w+\s+){0,2}?(?:trials|studies|evidence|data|research)\b"
    r"|\b(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:sufficiently|adequately|fully|well|properly)\s+(?:tested|studied|"
    r"researched|investigated|proven|established)\b"
    # a small study named with a comma between: "In a small, phase I clinical trial"
    r"|\bsmall(?:,|\s+and)\s+(?:[\w-]+\s+){0,3}(?:study|trial|sample)\b"
    # a result that may not carry over: "results cannot yet be implied for humans"
    r"|\b(?:cannot|can't|can\u2019t|may\s+not|might\s+not)\s+(?:yet\s+)?(?:be\s+)?(?:generali[sz]ed|applied|"
    r"extrapolated|implied|transferred)\b"
    # a negative primary result: "the study narrowly missed statistical significance for its primary
    # efficacy endpoint", "the trial did not meet its primary endpoint"; and a result still to be
    # confirmed: "Confirmation of these findings in ongoing clinical trials may ..."
    r"|\b(?:missed|did\s+not\s+(?:reach|achieve|meet)|failed\s+to\s+(?:reach|achieve|meet))\s+(?:\w+\s+){0,2}?"
    r"(?:statistical\s+significance|(?:its|the)\s+primary\s+(?:\w+\s+)?(?:endpoints?|end\s+points?|outcomes?|goals?))\b"
    r"|\bprimary\s+(?:\w+\s+)?(?:endpoint|end\s+point|outcome)\s+(?:was|were)\s+(?:not\s+met|not\s+reached|negative)\b"
    r"|\bconfirmation\s+of\s+(?:these|the|our|this|such)\s+(?:findings|results|finding)\b",
    re.IGNORECASE,
)


# where the study sits in the hierarchy of evidence (HealthNewsReview.org "quality of the evidence":
# "Was it an animal study? An observational study? A small, safety trial? A large, randomized
# controlled trial? A meta-analysis or systematic review?")
_DESIGN = cue(
    r"\b(?:randomi[sz]ed|placebo|double-blind|controlled trial|observational|cohort|case-control|"
    r"cross-sectional|meta-analys[ie]s|systematic review|retrospective|prospective|pilot study|"
    r"phase\s+(?:[123]|I{1,3})\b|in mice|in rats|mouse|animal stud|cell cultures?|in the lab|laboratory stud"
    # the rest of the hierarchy, from case reports up: single cases and series, surveys and registries,
    # uncontrolled and crossover trials, longitudinal and population studies, cell and animal models
    r"|case (?:report|series|study of)|survey(?:ed)?\b|questionnaires?\b|registry|health records|medical records|"
    r"open-label|single-arm|non-?randomi[sz]ed|cross-?over (?:trial|study|design)|longitudinal|population-based|"
    r"in vitro|cell lines?|animal models?|mendelian randomi[sz]ation|genome-wide association"
    # the design told by what was done: a clinical trial, random assignment, a control group, people
    # followed over time ("followed 35 people with multiple sclerosis for six months")
    r"|randomly\s+(?:assigned|allocated|divided|split)|control\s+(?:group|arm)s?\b"
    r"|(?:followed|tracked|monitored)\s+(?:[\w,-]+\s+){1,8}?(?:for|over)\s+(?:\w+\s+)?(?:months|years|weeks|decades?)\b"
    # patients compared with healthy or matched controls (a case-control comparison); a clinical trial
    # reported by what it did or whom it took ("a two-year clinical trial that compared three drugs",
    # "a clinical trial among more than 300 patients", "the trial compared Lucentis injections with ..."),
    # not one still to come ("a clinical trial of the drug is planned", "we are doing a clinical trial with
    # 1000 participants"); a study of a database
    r"|(?:healthy|matched)\s+controls\b"
    r"|(?:clinical|drug|vaccine)\s+trials?\s+(?:that|which)\s+(?:compared|enrolled|tested|included|followed)\b"
    r"|(?<!\bdoing\sa\s)(?<!\bconducting\sa\s)(?<!\bplanning\sa\s)(?<!\blaunching\sa\s)(?<!\bstarting\sa\s)"
    r"(?:clinical|drug|vaccine)\s+trial\s+(?:among|involving|of|in|with)\s+(?:more\s+than\s+|nearly\s+|about\s+|over\s+"
    r"|almost\s+)?\d"
    r"|\btrial\s+compared\b|\bdatabase\s+(?:study|analysis|review)\b)",
    re.IGNORECASE,
)
# a word between a count and whom it counts, not a unit of time or a share
_DESCRIPTOR = r"(?!(?:days?|weeks?|months?|years?|hours?|minutes?|percent)\b)[\w-]+"
# a count and the words before whom it counts: up to three descriptors, or a list of them with commas, the last
# after "or"/"and" ("39 middle-aged, overweight or obese volunteers", "200 overweight, postmenopausal women");
# with no comma there is no list ("at 33 sites and included adults"); a span of time or a share is no
# descriptor ("30 percent of patients", "for 5 years, and women ..."); the count ends in a digit ("In 2015,
# women ..." is a year, then a comma)
_COUNT_BEFORE_NOUN = (
    rf"\b\d(?:[\d,]*\d)?\s+(?:(?:{_DESCRIPTOR}\s+){{0,3}}?"
    rf"|(?:{_DESCRIPTOR},\s+){{1,2}}(?:{_DESCRIPTOR}\s+)?(?:(?:and|or)\s+)?(?:{_DESCRIPTOR}\s+)?)"
)
# how many were studied: "1,200 patients", "48 healthy volunteers", "30 mice"
_SIZE = cue(
    _COUNT_BEFORE_NOUN + r"(?:patients|participants|people|women|men|adults|children|volunteers|"
    r"subjects|mice|rats|individuals|adolescents|teens|teenagers|infants|babies|newborns|girls|boys|students|"
    r"veterans|smokers|survivors|residents|workers|employees|nurses|physicians|doctors|twins|donors|recipients|"
    r"users|pregnancies|births|households|families|couples|monkeys|pigs|dogs|animals|athletes|players|runners|"
    r"soldiers|pupils|mothers|fathers|parents|seniors|retirees)\b"
    # a group counted by its frame, whoever it holds: "a group of 66 high school athletes", "a cohort of
    # 1,200 Danes", "a sample of 300 drivers", "a total of 40 cyclists"
    r"|\b(?:group|cohort|sample|total)\s+of\s+\d[\d,]*\s+(?:[\w-]+\s+){0,3}?[a-z-]+s\b"
    r"(?<!weeks)(?<!months)(?<!years)(?<!days)(?<!hours)(?<!minutes)(?<!sessions)(?<!doses)(?<!times)"
    # "a 1,200-patient trial", "n = 40"
    r"|\b\d[\d,]*-(?:patient|person|participant|subject|woman|man|child)\b|\bn\s*=\s*\d"
    # a count in brackets: "the number of participants (39)"
    r"|\b(?:patients|participants|people|subjects|volunteers|women|men|children|adults)\s+\((?:n\s*=\s*)?\d[\d,]*\)",
    re.IGNORECASE,
)
# the size in words: "five participants", "a sample of nine people", "Eighty-three men took ..."; not a
# population counted in millions ("three million people"), a fraction ("two thirds of people"), groups
# ("four groups of mice"), a range or a difference ("nine to 25 people", "three fewer among women"), "no
# two patients", or a family ("their three young children")
_SIZE_IN_WORDS = cue(
    r"(?<!\bno\s)(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bmy\s)(?<!\bour\s)\b(?:two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
    r"(?!\s+(?:million|billion|thousand|hundred|thirds?|quarters?|fifths?|tenths?|groups?|types?|kinds?|times|"
    r"out|of|in|to|fewer|more|less)\b)\s+(?:[\w-]+\s+){0,2}?(?:patients|participants|people|women|men|adults|children|volunteers|"
    r"subjects|individuals|adolescents|infants|mice|rats)\b",
    re.IGNORECASE,
)
# how long the study ran or followed its people (HealthNewsReview.org "quality of the evidence": a short
# study of a long-term outcome, or one whose length is not given, cannot be weighed; reviewers ask "for how
# long?" next to "how many?"): "for 12 weeks", "over two years", "followed for an average of 10 years", "a
# six-month trial", "long-term follow-up". Read only in a sentence about the study (its people, what was
# done to them, the study itself), not a background span ("for 20 years, Dr. Smith has ...")
_DURATION_NUMBER = (
    r"(?:\d[\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|"
    r"many|a\s+few)"
)
# a number or a range of them ("one to three years", "6-12 months")
_DURATION_COUNT = rf"{_DURATION_NUMBER}(?:\s*(?:to|-|\u2013)\s*{_DURATION_NUMBER})?"
_DURATION = cue(
    # "at" a time since the start is when the outcome was measured ("At six months, 83 percent of participants
    # ..."), not an age ("at 65 years of age", "at six years old", "at 13 to 23 weeks of gestation")
    r"\b(?:for|over|during|after|within|up\s+to|lasting|lasted|followed|at)\s+(?:a\s+period\s+of\s+|the\s+(?:next|"
    r"following|first)\s+|an?\s+average\s+of\s+|about\s+|nearly\s+|more\s+than\s+|at\s+least\s+|approximately\s+)?"
    + _DURATION_COUNT
    + r"[- ](?:days?|weeks?|months?|years?|decades?)\b(?![- ](?:of\s+(?:age|gestation|pregnancy)|old|gestation)\b)"
    # "a six-month trial", "12-week, placebo-controlled trials", and an outcome counted over a length
    # ("two-year overall survival", "the 5-year recurrence rate")
    r"|\b"
    + _DURATION_COUNT
    + r"[- ](?:day|week|month|year)(?:-long)?,?\s+(?:[\w-]+,?\s+){0,3}?(?:study|studies|trials?|period|program|programme|"
    r"follow-up|intervention|course|treatment|diet|regimen|phase|survival|recurrence|mortality|remission|relapse)\b"
    # a time counted from what was done: "one to three years after surgery", "12 weeks of treatment"
    r"|\b"
    + _DURATION_COUNT
    # ("12 weeks of treatment", "two weeks of CPAP treatment": what was given may be named before it)
    + r"\s+(?:days?|weeks?|months?|years?)\s+(?:after|later|of\s+(?:[\w-]+\s+){0,2}?(?:follow-up|treatment|therapy|use|"
    r"supplementation|the\s+(?:study|trial|program|intervention))\b)"
    r"|\bfollow(?:ed)?[- ]up\b|\blong[- ]term\b|\bshort[- ]term\b",
    re.IGNORECASE,
)
# the length of a follow-up, in any sentence: "Overall follow-up was about 16 years", "a median follow-up of
# 4.5 years", "after more than five years of follow-up"
_FOLLOW_UP_LENGTH = cue(
    r"\bfollow(?:ed)?[- ]up\s+(?:[\w,]+\s+){0,4}?"
    + _DURATION_COUNT
    + r"[- ](?:days?|weeks?|months?|years?|decades?)\b"
    # "After more than five years of follow-up, the researchers found ..."
    r"|\b" + _DURATION_COUNT + r"\s+(?:days?|weeks?|months?|years?|decades?)\s+of\s+follow[- ]?up\b",
    re.IGNORECASE,
)
_DURATION_STUDY_CONTEXT = cue(
    r"\b(?:stud(?:y|ies|ied)|trial|participants?|patients|people|volunteers|subjects|women|men|adults|children|"
    r"mice|rats|animals|researchers|scientists|investigators|treated|treatments?|therapy|surgery|took|received|given|followed|tracked|randomi[sz]ed|"
    r"assigned|enrolled|program|intervention|data)\b",
    re.IGNORECASE,
)
# a share of a population just before the count: "one in five women", "four of five patients", "one out of
# seven men" (how common something is, not how many were studied)
_SHARE_BEFORE = cue(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|of|out\s+of|of\s+out|out)\s+(?:every\s+)?$",
    re.IGNORECASE,
)


def _size_in_words(prose: str) -> bool:
    return any(
        _SHARE_BEFORE.search(prose, max(0, m.start() - 24), m.start()) is None
        for m in _SIZE_IN_WORDS.finditer(prose)
    )


# what the result was compared with (HealthNewsReview.org "quality of the evidence": a result with no
# comparison cannot separate the treatment from the natural course, the placebo effect or chance):
# random assignment, a placebo or sham, a control group, usual care, or any stated comparison
# ("compared with women who did not take it", "versus warfarin")
_COMPARISON = cue(
    r"\brandomi[sz]\w*|\brandomly\s+(?:assigned|allocated|divided|split)\b|\bplacebos?\b|\bsham\b|\bdummy\s+pills?\b"
    r"|\bcontrol\s+(?:groups?|arms?|subjects|participants|patients|mice|rats|animals|conditions?|cohorts?|"
    r"individuals|volunteers|children|women|men)\b|\b(?:healthy|matched|untreated)\s+controls\b|\buntreated\b"
    r"|\b(?:usual|standard)\s+(?:care|treatment|therapy)\b|\bcomparison\s+groups?\b"
    r"|\b(?:compared\s+(?:with|to)|than|versus|vs\.?)\s+(?:\w+\s+){0,3}?(?:those|people|participants|patients|"
    r"women|men|children|adults|individuals|subjects|mice|rats|animals|peers|counterparts|volunteers)\s+"
    r"(?:who|whose|that|with|without|not|receiving|taking|given|on|in)\b"
    # any comparison the study made: "compared the samples from 34 healthy women to ...", "as compared
    # to long-term use", "versus warfarin", "among the three age groups"
    r"|\bcompared\s+(?:\w+\s+){0,10}?(?:with|to)\b|\bversus\b|\bvs\.?\s"
    r"|\b(?:between|among|across)\s+(?:the\s+)?(?:two|three|four|both|all)\s+(?:\w+\s+)?(?:groups|arms)\b"
    # a group split in two, one half left as it was: "Half of the group engaged in resistance training
    # twice a week, while the other half continued to live their lives normally"
    r"|\bthe\s+other\s+(?:half|group)\s+(?:of\s+(?:the\s+)?(?:participants|patients|volunteers|subjects|group|"
    r"women|men|children|people|mice|rats)\s+)?(?:continued|received|got|was|were|took|kept|ate|drank|followed|"
    r"stayed|remained|served|had|went|underwent|used|wore|did)\b",
    re.IGNORECASE,
)
# a caution that an association does not show cause and effect (HealthNewsReview.org "quality of the
# evidence": a story about an observational study should say it cannot prove cause; Sumner et al.,
# BMJ 2014: causal claims from correlational studies are one of the three commonest exaggerations)
_CAUSATION_CAVEAT = cue(
    r"\bcan(?:not|'t|\u2019t)\s+(?:prove|show|establish|determine|tell)\b|\b(?:does|do|did)(?:\s+not|n't|n\u2019t)\s+"
    r"(?:prove|show|establish|mean|necessarily)\b|\bcause[- ]and[- ]effect\b|\bcausal(?:ity)?\b|\bcausation\b"
    r"|\bconfound\w*\b|\bnot\s+randomi[sz]ed\b|\bassociation\w*,?\s+(?:not|rather than)\b|\bonly\s+(?:an?\s+)?"
    r"(?:association|link|correlation)s?\b",
    re.IGNORECASE,
)
# research mentioned at all: the study, trial or researchers an article's evidence comes from
RESEARCH_MENTION = cue(
    r"\b(?:study|studies|trial|trials|research|researchers|scientists|investigators|findings)\b",
    re.IGNORECASE,
)
# a reported research result: "the study found", "researchers found that", "results showed"
REPORTED_RESULT = cue(
    r"\b(?:the|this|a|new|their|our)\s+(?:new\s+|recent\s+|large\s+|small\s+)?(?:study|trial|research|analysis|"
    r"findings|results|data)\s+(?:found|finds|show|shows|showed|shown|suggest|suggests|suggested|reveal|reveals|"
    r"revealed|demonstrate|demonstrates|demonstrated|indicate|indicates|indicated)\b"
    r"|\b(?:researchers|scientists|investigators|authors|we)\s+(?:found|discovered|showed|observed|report(?:ed)?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleEvidence:
    """What the whole article names: sources a reader can look up, and caveats."""

    sources: tuple[tuple[int, int, str], ...]
    caveats: tuple[tuple[int, int], ...]

    @property
    def names_source(self) -> bool:
        """A journal, conference, named trial or guideline, DOI, link, citation or reference list."""
        return bool(self.sources)

    @property
    def has_human_caveat(self) -> bool:
        """The article says somewhere that its animal or lab results still need testing in people."""
        return bool(self.caveats)


_MEETING_PROBES = (
    "meeting", "conference", "congress", "session", "symposium", "summit", "convention", "forum",
    "society", "association", "academy", "college", "federation", "present",
)  # fmt: skip
_REGULATOR_PROBES = ("fda", "food and drug", "ema", "medicines agency", "mhra", "health canada")
_LEAD_PARAGRAPHS = 2
_CAVEAT_PROBES = ("human", "people", "patient", "preclinical", "early", "clinical")


def _in_sentences(doc: Document, rx: re.Pattern[str], probes: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """Matches of ``rx`` within the sentences holding one of ``probes`` (lower-case): these
    patterns never cross a sentence, and most sentences hold none of their keywords."""
    prose = doc.prose
    lowered = doc.lower
    aligned = len(lowered) == len(prose)  # lower-casing kept every offset (almost always)
    if aligned:  # a probe the document lacks is in none of its sentences
        probes = tuple(p for p in probes if p in lowered)
        if not probes:
            return
    for sent in doc.sentences:
        lower = lowered[sent.start : sent.end] if aligned else sent.text.lower()
        if any(p in lower for p in probes):
            yield from rx.finditer(prose, sent.start, sent.end)


def _lead_end(doc: Document) -> int:
    """Where the opening ends: the title and the first two paragraphs, not counting lines of a
    word or two between them (an "AD" slot, a photo credit)."""
    paragraphs = 0
    for i, block in enumerate(doc.blocks):
        if i and len(doc.prose[block.start : block.end].split()) > 2:
            paragraphs += 1
            if paragraphs == _LEAD_PARAGRAPHS:
                return block.end
    return doc.blocks[-1].end if doc.blocks else 0


def _is_initialism(abbrev: str, words: str) -> bool:
    """Whether ``abbrev`` is built from the initials of the last words before it ("randomized
    controlled trial (RCT)", "Women's Health Initiative Study (WHIS)"): an abbreviation, not a name."""
    letters = [c for c in abbrev.upper() if c.isalpha()]
    initials = [w[0].upper() for w in re.split(r"[\s-]+", words) if w]
    return len(letters) <= len(initials) and initials[-len(letters) :] == letters


def article_evidence(doc: Document) -> ArticleEvidence:
    """The evidence named anywhere in ``doc`` (computed once per document)."""
    return doc.derived(_article_evidence)


def _article_evidence(doc: Document) -> ArticleEvidence:
    return ArticleEvidence(article_sources(doc), human_caveats(doc))


def article_sources(doc: Document) -> tuple[tuple[int, int, str], ...]:
    """``article_evidence(doc).sources``, found without looking for caveats: the rules that
    ask whether the article names a source (most of them) never need those."""
    return doc.derived(_article_sources)


def _article_sources(doc: Document) -> tuple[tuple[int, int, str], ...]:
    prose = doc.prose
    sources: list[tuple[int, int, str]] = []
    if cites_anything(doc):
        sources.append((0, 0, "citation"))
    journals = _JOURNAL_PROBED.finditer_text(prose, doc.lower, doc=doc)  # _JOURNAL.finditer(prose)
    sources += [(m.start(), m.end(), "journal") for m in journals]
    for kind, rx, probes in (
        ("conference", _CONFERENCE, _MEETING_PROBES),
        ("conference", _NAMED_MEETING, _MEETING_PROBES),
        ("trial", _TRIAL, ("trial", "study", "nct")),
        ("guideline", _GUIDELINE, ("guideline", "recommendations", "statement")),
    ):
        sources += [(m.start(), m.end(), kind) for m in _in_sentences(doc, rx, probes)]
    # the link anchors' first words are common ("here"): one look for their literals, then one pass
    for meeting in (_ACRONYM_MEETING, _TOLD_SOCIETY):
        sources += [(m.start(), m.end(), "conference") for m in meeting.finditer(doc)]
    if any(probe in prose for probe in _LINK_ANCHOR_PROBES):
        sources += [(m.start(), m.end(), "link") for m in _LINK_ANCHOR.finditer(prose)]
    # a regulator's decision is the source of a story about that decision: one its opening reports
    # (title and first paragraphs), not an approval recalled in the background ("In 2005, the FDA approved")
    lead_end = _lead_end(doc)
    sources += [
        (m.start(), m.end(), "regulator")
        for m in _in_sentences(doc, _REGULATOR_DECISION, _REGULATOR_PROBES)
        if m.start() < lead_end
    ]
    sources += [
        (m.start(), m.end(), "trial")
        for m in _in_sentences(doc, _BRACKETED_NAME, ("study", "trial"))
        if not _is_initialism(m.group(2), m.group(1))
    ]
    return tuple(sorted(sources))


def human_caveats(doc: Document) -> tuple[tuple[int, int], ...]:
    """``article_evidence(doc).caveats``: where the article says its animal or laboratory
    results still have to be shown in people."""
    return doc.derived(_human_caveats)


def _human_caveats(doc: Document) -> tuple[tuple[int, int], ...]:
    return tuple((m.start(), m.end()) for m in _in_sentences(doc, _CAVEAT, _CAVEAT_PROBES))


def states_limitations(doc: Document) -> bool:
    """The article names a limit of its evidence (design, size, stage, need to confirm),
    or a caveat that animal results still need testing in people."""
    return doc.derived(_states_limitations)


def _states_limitations(doc: Document) -> bool:
    return bool(human_caveats(doc)) or _LIMITATION.search(doc.prose) is not None


def names_design(doc: Document) -> bool:
    """The article says what kind of study it reports (trial, observational, animal, review); an
    observational design the causal reader knows (records of care, claims data) counts too."""
    return _DESIGN.search(doc.prose) is not None or doc_names_observational_design(doc)


def states_size(doc: Document) -> bool:
    """The article says how many people (or animals) were studied, in digits or in words."""
    return _SIZE.search(doc.prose) is not None or _size_in_words(doc.prose)


def states_duration(doc: Document) -> bool:
    """The article says how long the study ran or followed its people ("for 12 weeks", "a two-year
    trial", "long-term follow-up"), in a sentence about the study."""
    return doc.derived(_states_duration)


def _states_duration(doc: Document) -> bool:
    prose = doc.prose
    if _FOLLOW_UP_LENGTH.search(prose):
        return True  # a length of follow-up is the study's own wherever it stands
    starts = doc.sentence_starts
    sentences = doc.sentences
    for m in _DURATION.finditer(prose):
        i = bisect_right(starts, m.start()) - 1
        if i < 0 or m.start() >= sentences[i].end:
            continue  # between sentences
        sent = sentences[i]
        if _DURATION_STUDY_CONTEXT.search(prose, sent.start, sent.end):
            return True
    return False


# a study done once, with no length to give: a cross-sectional study, a survey, a questionnaire, a poll
_ONE_TIME_DESIGN = cue(
    r"\bcross-?sectional\b|\bsurvey(?:ed|s)?\b|\bquestionnaires?\b|\bpolls?\b", re.IGNORECASE
)


def names_one_time_design(doc: Document) -> bool:
    """The article names a study done at one time (a cross-sectional study, a survey, a poll), whose
    length is not a description it owes the reader."""
    return _ONE_TIME_DESIGN.search(doc.prose) is not None


def states_comparison(doc: Document) -> bool:
    """The article says what the result was compared with: random assignment, a placebo or
    sham, a control group, usual care, or a named comparison group."""
    return _COMPARISON.search(doc.prose) is not None


def reads_association_as_cause(doc: Document) -> bool:
    """The article names an observational design (a cohort, a survey, health records; not just
    "associated with", which trials use too) and reports no randomised trial, states an effect as
    cause and effect somewhere ("coffee prevents liver disease"), and never cautions that an
    association cannot show cause."""
    return doc.derived(_reads_association_as_cause)


def _reads_association_as_cause(doc: Document) -> bool:
    prose = doc.prose
    if not doc_names_observational_design(doc) or TRIAL_REPORTED.search(prose):
        return False
    if _CAUSATION_CAVEAT.search(prose):
        return False
    # claim_verb_match skips hedged ("may lower"), correlational ("linked to") and negated sentences
    return any(claim_verb_match(s.text) is not None for s in doc.sentences)


# the article grades the body of evidence it summarises: what the evidence rests on ("the current
# assessment is based mainly on studies over a maximum of 12 months"), where it is missing ("this is
# hardly researched at all", "still need to be better studied") or how far it reaches ("it is not
# possible to precisely quantify how great the effect is"). An evidence summary in this voice (a
# fact-check, a review) tells the reader what kind of evidence stands behind each "studies show"; a
# sales page's "studies show" does not. A news story's aside that a further question is open ("But
# no studies have determined whether one therapy is more effective") grades no evidence the article
# relies on, and does not count
_APPRAISAL = cue(
    r"\b(?:is|are|was|were)\s+based\s+(?:mainly\s+|mostly\s+|largely\s+|primarily\s+|only\s+|solely\s+)?on\s+"
    r"(?:[\w-]+\s+){0,3}?(?:studies|trials|data|research|evidence|reviews?)\b"
    r"|\b(?:hardly|barely|scarcely|poorly|insufficiently|little)\s+(?:been\s+)?(?:researched|studied|investigated|"
    r"examined)\b"
    r"|\bneeds?\s+to\s+be\s+(?:better|further|more\s+closely|properly)\s+(?:studied|researched|investigated|examined)\b"
    r"|\b(?:the\s+)?(?:evidence|data|study\s+situation|state\s+of\s+(?:the\s+)?research|body\s+of\s+evidence)\s+"
    r"(?:is|are|remains?)\s+(?:still\s+|currently\s+|too\s+|very\s+)?(?:insufficient|limited|weak|thin|sparse|"
    r"inconclusive|unclear|scarce|poor|contradictory|inconsistent)\b"
    r"|\b(?:some|several|many|considerable|great|remaining)\s+uncertaint(?:y|ies)\b"
    r"|\bnot\s+(?:yet\s+)?possible\s+to\s+(?:\w+\s+)?(?:quantify|say|determine|assess|conclude|estimate)\b",
    re.IGNORECASE,
)


def appraises_evidence(doc: Document) -> bool:
    """The article grades the evidence it summarises: what it rests on, where it is missing, how
    far it reaches (``_APPRAISAL``)."""
    return doc.derived(_appraises_evidence)


def _appraises_evidence(doc: Document) -> bool:
    return _APPRAISAL.search(doc.prose) is not None


def names_source(doc: Document, citable: bool = False) -> bool:
    """Whether the article names anything a reader could look the research up by.

    With ``citable``, a regulator's decision does not count: it names the basis of a claim
    (CL106), but it is not a citation of the study a story reports (DS107).
    """
    if not citable:
        return bool(article_sources(doc))
    return any(kind != "regulator" for _, _, kind in article_sources(doc))


__all__ = [
    "REPORTED_RESULT",
    "RESEARCH_MENTION",
    "ArticleEvidence",
    "appraises_evidence",
    "article_evidence",
    "article_sources",
    "human_caveats",
    "names_design",
    "names_one_time_design",
    "names_source",
    "reads_association_as_cause",
    "states_comparison",
    "states_duration",
    "states_limitations",
    "states_size",
]
