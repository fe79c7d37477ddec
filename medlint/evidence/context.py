"""ConText-style scope for claims: is this claim negated, hedged, hypothetical,
attributed, cited, debunked, or part of a disclaimer?

Following ConText (Harkema et al. 2009; medspaCy), each cue has a direction
(it affects words after it, before it, or both) and its scope ends at the
sentence boundary or at a terminator ("but", "however", ";"). A claim inside
the scope of a negation or debunking cue is not a claim; inside a hedge or a
hypothetical it is softened. Cue lists live in ``rules/data/context-cues.yml``
with their sources (medspaCy ConText rules, pyConTextNLP, BioScope,
wooorm/hedges).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..data import data_file
from ..document import HEADING, LIST_ITEM, PARAGRAPH, QUOTE, TABLE_CELL, Document, Sentence
from ..text.matching import phrase_words
from ..text.quotes import (
    CLOSE_CURLY,
    OPEN_CURLY,
    in_embedded_post,
    inside_quotes,
    introduced_passage,
    lead_in,
    open_that_lead_in,
    quotation_around,
    social_post_sentence,
)
from ..text.speech_verbs import REPORTING_VERBS
from .apostrophe import cue
from .citations import cited_near, in_reference_entry
from .health_subject import BROAD
from .sources import names_source

_TERMINATORS = cue(
    # "yet" after "not" is an adverb ("not yet the magic bullet"), not a contrast, and so is the
    # "yet" of "has yet to", "is yet to" ("a cure for this disease has yet to be discovered")
    r"\b(?:but|however|although|though|(?<!not )(?<!has )(?<!have )(?<!had )(?<!is )(?<!are )yet|whereas|except)\b|[;:\u2014]",
    re.IGNORECASE,
)
# "added" after a form of "be" is a passive of adding, not speech: "Fluoride is added to water"; after an article it
# is an adjective (s60: "An added benefit of using Herbal Oil is that ...")
_SPOKEN = REPORTING_VERBS.replace(
    "added|",
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"(?<!\ban\s)(?<!\bAn\s)(?<!\bthe\s)(?<!\bThe\s)(?<!\bno\s)(?<!\bwith\s)added|",
    1,
)
#: verbs that hand a statement to someone else in the claim's sentence (``_ATTRIBUTION``; a line
#: that introduces a block quotation is read by ``quotes.lead_in``)
_ATTRIBUTION = cue(
    rf"\b(?:{_SPOKEN}|stated|states|wrote|writes|claimed|claims|insists|insisted|declared|declares|"
    # (the writer's own "I can proudly say that ..." hands the claim to no one else)
    r"(?<!\bI )(?<!\bI can )(?<!\bI must )(?<!\bproudly )(?<!\bhonestly )(?<!\btruthfully )"
    r"say(?!\s+(?:goodbye|hello|no|yes)\b)|reported|"
    # what is put forward as true: "The video's narrator asserts that ...", "the author contends that ..."
    r"asserts|asserted|contends|contended|"
    # a name others give it: "Advertisers call it a breakthrough", "fans dubbed it a miracle" (not the
    # writer's own "I call it", nor the passive "is called", which names a thing: "a condition called")
    r"(?<!\bI\s)(?<!\bwe\s)(?<!\bWe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bbe\s)"
    # (or the thing named: "Some sellers call turmeric a superfood", "marketers love to call kale a miracle food")
    r"(?:call|calls|called|dub|dubs|dubbed)\s+(?:(?:it|them|this|that)\s+(?:an?\s+|the\s+)?(?=\w)|"
    r"(?:[\w'\u2019-]+\s+){1,3}?(?:an?|the))|"
    # what a product professes or purports: "solutions professing the cure for hair loss"
    r"profess(?:es|ed|ing)?|purport(?:s|ed|ing)?(?:\s+to\s+(?:be|offer|provide|have))?|"
    # sellers' claims reported: "providers of the method advertise that its effectiveness is proven"
    r"advertise[sd]?\s+that|"
    r"reports|claim|claiming|insist|announced|"
    # a named document's verdict, reported: "Their report, which concluded homeopathy is effective, was published"
    r"(?:report|review|paper|committee|panel|inquiry|assessment|petition|submission|dossier)s?\s*,?\s+(?:which\s+|that\s+)?"
    r"(?:had\s+|has\s+)?conclude[sd]|"
    # "report" as a finite verb: a headline's second verb ("Russian scientists test vaccine, report no side
    # effects"), or after people who report (not "we", the writer's own finding); ", report says" is a report too
    r"(?:(?<=,\s)|(?<=\band\s)|(?<=\bthey\s)|(?<=\bscientists\s)|(?<=\bresearchers\s)|(?<=\bdoctors\s)|"
    r"(?<=\bofficials\s)|(?<=\bexperts\s)|(?<=\bauthors\s)|(?<=\bdevelopers\s)|(?<=\bphysicians\s))report|"
    # charges reported: "They hid the data, the senator alleged", "Critics accused the agency of hiding it"
    r"alleged|alleges|alleging|accused|accuses|accusing|"
    # the writer's doubt about what others say happened: "the day after she supposedly died from the
    # vaccine", "the allegedly miraculous recovery" (not the neutral "reportedly")
    r"supposedly|allegedly|purportedly|ostensibly|"
    # a quoted text's own words: "'I threw away my insulin,' one testimonial reads", "the label reads"
    r"(?:label|testimonial|ad|advert|advertisement|website|site|page|post|sign|headline|caption|box|package|"
    r"packaging|leaflet|brochure|e-?mail|message|review|text|letter|flyer|poster)s?\s+(?:that\s+)?reads|"
    # what the reader has read or heard elsewhere, or what others believe: "You may have read online that
    # vinegar cures diabetes", "you've probably heard that", "many people believe that"
    # ("have seen" with a count of outcomes is an observation, not a report: "his 669 patients have seen
    # zero hospitalizations")
    r"(?:have|\w['\u2019]ve)\s+(?:probably\s+|likely\s+|already\s+|often\s+)?(?:read|heard|seen(?!\s+(?:zero|no|not\s+(?:a\s+single|one)|fewer|\d)\b))|"
    # (s61) promoters explaining their own product: "Detox and cleanse advocates will usually produce a bulletpointed
    # list of why their specific liver cleansing protocol is healthy for you" (the "their" is the promoters')
    r"(?:advocates|proponents|promoters|sellers|marketers|makers|manufacturers|companies|vendors|practitioners|"
    r"influencers)\b[^.!?]{0,80}?\b(?:why|how)\s+their\b|"
    # (up to two words between: "People like to believe that it helps melt fat")
    r"(?:people|many|some|others|proponents|advocates|supporters|fans|believers|practitioners|defenders)\s+"
    r"(?:\w+\s+){0,2}?(?:(?:believe|think|argue|maintain|insist|hold)\s+that|"
    # their sworn word, with or without "that" or "by": "A lot of people swear homeopathy works"; their view of it
    # (s59): "Many people consider apple cider vinegar as a magical potion that can help in reducing weight"
    r"(?:swear|swore|sworn|consider|regard|view)\b)|"
    # one person's belief, reported in the third person: "He believed that the tea had cured his cancer",
    # "My neighbour thinks that garlic cures high blood pressure", "She was convinced that ..." (the writer's
    # own "I believe that" stays the writer's claim)
    r"(?:(?<![\w'\u2019-])(?:he|she|they)|\b(?:my|his|her|their|a|one)\s+(?:[\w-]+\s+)?(?:friend|neighbou?r|"
    r"mother|father|mom|mum|dad|son|daughter|sister|brother|husband|wife|partner|aunt|uncle|cousin|relative|"
    r"colleague|grandmother|grandfather|grandma|grandpa|patient|client|reader))\s+(?:(?:firmly|truly|really|"
    r"still|honestly)\s+)?(?:believed|believes|thought|thinks|(?:is|was|were|are)\s+(?:(?:absolutely|"
    r"completely|firmly)\s+)?(?:convinced|sure)|feels|felt)\s+that|"
    # a belief named as such: "It is a common belief that vinegar regulates blood sugar"
    r"(?:a|the)\s+(?:common|popular|widespread|widely\s+held|folk)\s+belief\s+that|"
    r"(?:widely|commonly|often|popularly)\s+(?:believed|thought|held)|"
    # others' labels, reported: "has been called the Holy Grail", "hailed as a game changer"
    r"has been called|have been called|is called the|been dubbed|was dubbed|hailed as|billed as|described as|"
    # a third party's label put on the thing: "The ad called it a revolutionary cure", "critics dubbed them"
    r"(?<!\bI\s)(?<!\bwe\s)(?:called|dubbed|labell?ed|hailed|billed|branded|touted)\s+(?:it|them|this|these|those)\s+(?:as\s+)?|"
    # framings the writer reports and keeps at a distance: "can be cast as either a rogue therapy or a
    # breakthrough", "touted as a miracle cure", "recounted how patients seemed to make miraculous recoveries"
    # (the thing promoted may stand between: "internet marketers who promoted acai berries as a weight loss
    # miracle", "some people began promoting laetrile as a 'highly active compound' that can cure cancer")
    # (every verb of publicity, in every form: "have been widely publicised as a miracle cancer cure",
    # "wellness brands promote them as a way to rid the body of toxins"; a bare or third-person form only
    # with its object, so that the nouns "market" and "pitch" stay out: "the market as a whole")
    r"(?:cast|touted|marketed|promoted|pitched|advertised|sold|publici[sz]ed|heralded|hyped|peddled)\s+as|"
    r"(?:touted|touting|marketed|marketing|promoted|promoting|pitched|pitching|advertised|advertising|"
    r"publici[sz]ed|publici[sz]ing|heralded|heralding|hyped|hyping|peddled|peddling)\s+"
    r"(?:[\w\u00c0-\u024f'\u2019-]+\s+){1,4}?as\b|"
    r"(?:promotes?|touts?|markets?|advertises?|pitch(?:es)?|sells?|publici[sz]es?|heralds?|hypes?|peddles?|"
    r"(?<!\bwe\s)(?<!\bI\s)(?:hails?|describes?|portrays?|characteri[sz]es?))\s+"
    r"(?:it|them|this|these|those|the|their|its|such|his|her)\s+(?:[\w\u00c0-\u024f'\u2019-]+\s+){0,3}?as\b|"
    # the same with a bare noun phrase as the object ("Some clinics advertise stem cell injections as a cure",
    # "Influencers push celery juice as a detox"; not "market" and "pitch", which are nouns too), and the verbs
    # that put a label on it ("Some bloggers hail turmeric as a miracle spice", "Marketers describe the
    # supplement as a miracle"; not "label" and "brand", nouns that a verb may follow: "food labels list sugar as")
    r"(?<!\bwe\s)(?<!\bI\s)(?:promotes?|touts?|advertises?|sells?|hypes?|peddles?|push(?:es)?|pushed|pushing|"
    r"hails?|hailing|heralds?|heralding|describes?|describing|portrays?|portraying|characteri[sz]es?|"
    r"characteri[sz]ing)\s+"
    r"(?!(?:it|them|this|these|those|the|their|its|such|his|her|our|my)\b)(?:[\w\u00c0-\u024f'\u2019-]+\s+){1,4}?as\b|"
    # a seller's offer, named as the writer describes it: "Weight loss promotions that offer the magic cure",
    # "products that promise to detox your liver", "clinics that sell stem cell cures"
    r"(?:promotions?|products?|ads|adverts?|advertisements?|commercials?|companies|sellers?|vendors?|"
    r"marketers?|websites?|sites|clinics?|programs?|programmes?|schemes?|scams?|anything|anyone|something|"
    r"someone)\s+(?:that|which|who)\s+(?:offers?|promises?|advertises?|touts?|sells?|peddles?|pitch(?:es)?)\b|"
    r"recounted|recounts|recalled|recalls|"
    # a reporting clause set between commas after the words it reports, with a seller or its publicity for
    # subject: "Take these pills daily, their marketing suggests, and soon you'll be ..."
    r",\s+(?:their|its|the|his|her)\s+(?:[\w-]+\s+)?(?:marketing|ads?|advertising|adverts?|advertisements?|labels?|"
    r"packaging|makers?|manufacturers?|sellers?|websites?|brochures?|promoters?|proponents?|commercials?)\s+"
    r"(?:suggests?|claims?|promises?|implies|insists?|says?|boasts?)(?=\s*,)|"
    # others' texts named by what they are about: "several posts about how garlic can cure Covid-19 have
    # been circulating", "messages saying that lemon kills the virus"
    r"(?:posts?|messages?|videos?|memes?|tweets?|rumou?rs?|chain\s+letters?|broadcasts?|voice\s+notes?)\s+"
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:about\s+how|saying(?:\s+that)?|claiming(?:\s+that)?|suggesting\s+that|"
    r"stating\s+that|alleging\s+that|"
    # or by their spreading: "Doctored video circulates that a doctor has found a cure"
    r"(?:circulat(?:es|ed|ing)|spread(?:s|ing)?|going\s+viral|went\s+viral)\s+(?:online\s+|widely\s+|on\s+"
    r"(?:social\s+media|facebook|whatsapp|tiktok|youtube|x|twitter)\s+)?(?:that|claiming|saying))|"
    # what others' texts or sellers offer, said of them as the sentence's subject: "These comments usually promise
    # miraculous results" (their own products, which a page may call "these pills", are not in the list)
    r"(?:these|those|such|the|their|its|many|some|most)\s+(?:[\w-]+\s+)?(?:comments|posts|messages|ads|adverts|"
    r"advertisements|commercials|infomercials|e-?mails|videos|websites|sites|listings|testimonials|reviews|"
    r"sellers|scammers|fraudsters|companies|marketers|vendors|promoters|influencers)\s+(?:(?:usually|often|"
    r"typically|may|might|all|also|even|frequently|commonly)\s+)?(?:promise|promised|offer|offered|claim|"
    r"guarantee|guaranteed|tout|touted|advertise|advertised)\b|"
    # a loud or public saying: "it's scientifically proven effective, the ads and posts exclaim"
    r"exclaim|exclaims|exclaimed|proclaim|proclaims|proclaimed|"
    # the advertisers' version, framed as such: "To hear the infomercials tell it, ...", "if the ads are to be
    # believed", "if you believe the marketing"
    r"to\s+hear\s+(?:[\w'\u2019-]+\s+){1,6}?(?:tell|say)\s+it|"
    r"if\s+(?:[\w'\u2019-]+\s+){1,4}?(?:is|are)\s+to\s+be\s+believed|"
    r"if\s+you\s+(?:believe|listen\s+to)\s+(?:the\s+)?(?:ads|adverts|advertisements|marketing|marketers|sellers|"
    r"hype|headlines|labels?|packaging|infomercials|promoters|manufacturers?))\b"
    # one person's view, named as such: "To 62-year-old Hal Kaye, the injection was a miracle cure"
    r"|^\s*(?-i:To)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:(?-i:[A-Z][a-z]+)\s+){0,2}(?-i:[A-Z][a-z]+|him|her|them|me),",
    re.IGNORECASE,
)


#: An appeal to unnamed authority opening a sentence: "According to experts,", "Doctors say", "Science
#: says", "Many researchers agree" (no name, no institution, no publication).
_VAGUE_SPEAKER = cue(
    r"\s*(?:(?:and|but|so|now|today)\s*,?\s+)?(?:according\s+to\s+(?:(?:many|most|some|leading|top|the|"
    r"medical|health)\s+)*(?:experts?|doctors|scientists|researchers|specialists|studies|research|science|"
    r"nutritionists|professionals)\b"
    r"|(?:(?:many|most|some|leading|top|the|medical|health)\s+)*(?:experts|doctors|scientists|researchers|"
    r"specialists|nutritionists|professionals|studies|research|science)\s+(?:now\s+|also\s+|all\s+)?"
    r"(?:say|says|agree|agrees|believe|claim|claims|confirm|confirms|tell\s+us)\b)",
    re.IGNORECASE,
)


# Where a clause ends inside a sentence: a coordinating conjunction (or a comma) followed by a
# new predicate or subject ("has no side effects | and is 100% safe", "all natural, | has no
# side effects"). A determiner negation ("no side effects") or a hedge ("may help") reaches
# only to the end of its own clause; a complement-taking cue ("no evidence that ...")
# reaches across (see ``Cues.sentential``).
#: A time in the future after a hedged claim: the claim is a hope ("might provide a cure ... in the future")
_FUTURE_TIME = (
    ("in", "the", "future"),
    ("in", "future"),
    ("one", "day"),
    ("someday",),
    ("in", "years", "to", "come"),
    ("in", "the", "years", "to", "come"),
    ("in", "the", "coming", "years"),
    ("in", "the", "coming", "decades"),
    ("in", "the", "long", "run"),
)
#: A premise of a practice named before a colon that gives its content ("based on two ideas: that ...")
#: A premise defined by a copula, its content the rest of the sentence however long ("Like-cures-like is the idea
#: that, for example, if I eat plant X and it makes me feel warmth, then the plant has a substance that can cure a
#: fever"): the sentence defines a practice's tenet and asserts none of it. Not when the clause is coordinated
#: away from it (", and it cures ...").
_PREMISE_COPULA = cue(
    r"\b(?:is|are|was|were)\s+(?:(?:simply|just|basically)\s+)?(?:the|a|an)\s+"
    r"(?:(?:basic|central|core|main|underlying|key|old|popular|simple|odd|strange)\s+)?"
    r"(?:idea|belief|theory|premise|principle|notion|concept|doctrine|assumption)\s+that\b"
    r"(?![^\n]*,\s+(?:and|but|so)\s)",
    re.IGNORECASE,
)
_PREMISE_COLON = cue(
    r"\b(?:ideas?|beliefs?|theor(?:y|ies)|premises?|notions?)\s*:\s*(?:that\b|[\"\u201c])"
    # the same premise judged before its colon, as careful pages sum up a pitch: "The idea is seductive: drink a tea,
    # eliminate toxins", "The narrative is seductive: modern life is poisonous", "The pitch is simple: ..."
    r"|\bthe\s+(?:idea|belief|theory|premise|notion|narrative|pitch|promise|logic|story|sales\s+pitch)\s+"
    r"(?:is|was|sounds|seems|goes)\s+(?:(?:very|so|quite|simple|and|deceptively)\s+){0,2}[a-z]+\s*:",
    re.IGNORECASE,
)
#: A subordinate clause that opens the sentence, up to the comma that closes it (no other comma
#: inside: "Because of this, ..." and lists keep their reading)
_OPENING_ADJUNCT = cue(
    r"^\s*(?:since|because|as|although|though|while|whereas|once|after|before|when|whenever)\b[^,;:]{3,120},\s*",
    re.IGNORECASE,
)
_CLAUSE_BREAK = cue(
    r"(?:,\s*|\s)(?:and|or|but|so|plus|yet)\s+(?=(?:it|they|this|that|these|he|she|we|you|is|are|was|were|"
    r"has|have|had|will|can|could|does|do|did|it['\u2019]s|they['\u2019]re|makes?|works?|gives?|helps?|"
    r"contains?|comes?|keeps?|offers?|provides?)\b)"
    r"|,\s*(?=(?:it|they|this|is|are|was|were|has|have|had|will|contains?|makes?|gives?|helps?|works?|"
    r"it['\u2019]s|they['\u2019]re)\b)",
    re.IGNORECASE,
)
#: A kind of claim named, then an example of it in quotation marks: 'Success stories, such as, "It cured my
#: diabetes"', 'phrases like "miracle cure"', 'claims such as "detoxifies the liver"' (up to the opening mark).
_EXAMPLE_QUOTE = re.compile(
    r"\b(?:stories|testimonials?|claims?|promises?|phrases?|slogans?|statements?|words|terms|ads|adverts?|"
    r"advertisements|labels?|headlines?|buzzwords?|red\s+flags?|wording)\s*,?\s+(?:such\s+as|like|e\.g\.|"
    r"including|for\s+(?:example|instance))\s*[,:]?\s*(?:[\"\u201c\u2018']\s*[^\"\u201d\u2019']{0,80}[\"\u201d\u2019']\s*"
    r"(?:,|or|and)\s*)*[\"\u201c\u2018']\s*$",
    re.IGNORECASE,
)
#: The writer's own saying, whose modal is no hedge of what is said: "now I can proudly say that I quit my
#: thyroid medication" states it as the writer's ("I can say" is read as "I say").
_OWN_SAYING = re.compile(
    r"\bI\s+(?:can|could|must)\s+(?:(?:now|proudly|honestly|truly|safely|truthfully)\s+)?say\b"
    # the writer's rhetorical telling: "What if I told you that the disease is completely reversible?", "what if
    # we told you that something close to a magic elixir has existed", "Let me tell you", "I'm telling you" (the
    # writer asserts the claim; no one else is handed it)
    r"|\b(?:what\s+if|if)\s+(?:I|we)\s+(?:told|tell|said)\s+you\b|\blet\s+(?:me|us)\s+tell\s+you\b"
    r"|\b(?:I(?:['\u2019]m|\s+am)|we(?:['\u2019]re|\s+are))\s+telling\s+you\b",
    re.IGNORECASE,
)
# A negative imperative of encouragement or alarm ("Don't let the FDA silence the truth",
# "Don't miss this cure", "Never underestimate the power of a liver cleanse"): its "not" negates the reader's inaction, not the claim that
# follows, which the writer asserts. Not when the verb that follows is one of persuasion
# ("Don't let anyone tell you that tea cures cancer"): then the claim is rejected.
_NEG_IMPERATIVE = cue(
    # the first person's exhortation, too: "Let's not surrender in front of Medical crooks" (the writer urges
    # resistance; the words after it are the writer's charge)
    r"(?:^|(?<=[,;:.!?\u2014]))\s*let['\u2019]?s\s+not\s+(?=(?:surrender|give\s+(?:in|up)|bow|be\s+fooled|fall\s+for|"
    r"be\s+(?:silent|silenced|afraid))\b)|"
    r"(?:^|(?<=[,;:.!?\u2014]))\s*(?:(?:so|and|please|just)\s+)?(?:do\s+not|don['\u2019]t|never)\s+"
    r"(?=(?:let|allow|miss|ignore|wait|settle|suffer|forget|lose|waste|delay|hesitate|underestimate|overlook|"
    # an order of steps, not a refusal: "Don't start with a liver cleanse!" (do the colon cleanse first)
    r"neglect|skip|(?:start|begin)\s+with)\b"
    r"(?![^.!?]*\b(?:tell|telling|tells|convince|fool|trick|persuade|sell|talk you|scare|say|says|believe)\b))",
    re.IGNORECASE,
)
# a negated verb of realising or admitting presupposes its that-clause, which the writer asserts:
# "What many don't seem to understand is that insulin is just a band-aid", "Most people don't realize
# that sugar feeds cancer", "Doctors won't admit that ..." ("know" is left out: "we don't know that it
# works" denies the knowledge, and the claim with it)
_NEGATED_FACTIVE = cue(
    r"\b(?:do\s+not|does\s+not|did\s+not|don['\u2019]t|doesn['\u2019]t|didn['\u2019]t|never|won['\u2019]t|will\s+not|"
    r"would\s+not|wouldn['\u2019]t)\s+(?:(?:seem|appear|want|even|yet|fully|really|quite|ever)\s+(?:to\s+)?){0,2}"
    r"(?:reali[sz]e|understand|notice|appreciate|admit|recogni[sz]e|grasp|acknowledge)\s+(?:is\s+)?that\b",
    re.IGNORECASE,
)
# an idiom that asserts with "no" in it is no negation: "There is no doubt that vaccines cause autism",
# "Make no mistake, ...", "No wonder Big Pharma hides the cure", "There's no denying that ..."
_ASSERTING_NO = cue(
    r"\b(?:(?:there\s+(?:is|was|can\s+be)|there[\u2019']s|it\s+is|it[\u2019']s|make|have|has)\s+)?no\s+"
    r"(?:doubt|wonder|mistake|question|denying|surprise)\b(?:\s+(?:about\s+it|whatsoever))?",
    re.IGNORECASE,
)
# the sarcastic tag that takes back the sentence before it: "It's a weight-loss miracle! Said no one ever." (s56)
_SAID_NO_ONE = cue(
    r"[\s\"'\u201d\u2019]*(?:said|says)\s+(?:no\s*one|nobody|no\s+doctor|no\s+expert)(?:\s+ever)?\b",
    re.IGNORECASE,
)
# praise told as a negated comparison asserts what it praises: "there is no better day to start a liver cleanse",
# "no better remedy for a cold than ginger", "Nothing works better than castor oil", "nothing beats turmeric" (s56;
# "X is no better than a placebo", with "than" right after the comparative, denies X and is left)
_PRAISE_BY_NO = cue(
    r"\b(?:there\s+(?:is|was|are|can\s+be)\s+|there[\u2019']s\s+)?no\s+(?:better|finer|greater|easier|simpler|safer|"
    r"quicker|faster|more\s+(?:effective|powerful|natural|reliable|important))\s+(?!than\b)[a-z]+\b|"
    r"\bnothing\s+(?:(?:is|works|can\s+be|could\s+be|else)\s+)?(?:better|finer|more\s+(?:effective|powerful))\s+than\b|"
    r"\bnothing\s+(?:else\s+)?(?:beats|compares\s+to)\b|\bthere(?:\s+is|[\u2019']s)\s+nothing\s+like\b",
    re.IGNORECASE,
)
# amazement told with a negated "believe" asserts what amazed: "My doctor couldn't believe it when my cholesterol
# dropped 80 points", "I can't believe how fast my pain went away"
_AMAZED = cue(
    r"\b(?:could\s*n['\u2019]?t|could\s+not|can['\u2019]?t|cannot|can\s+not|did\s*n['\u2019]t|did\s+not)\s+"
    r"(?:even\s+)?believe\s+(?:it|(?:my|his|her|their|our)\s+eyes|(?:my|his|her|their|our)\s+ears|how|what|the\s+results?)\b",
    re.IGNORECASE,
)
# an intensifier that holds a negation word and asserts what follows: "The results are nothing short of miraculous",
# "nothing less than a miracle" (s55)
_NOTHING_SHORT = cue(r"\bnothing\s+(?:short\s+of|less\s+than)\b", re.IGNORECASE)
# praise told with a negated "enough": "I cannot tell you enough about how green tea has changed my life", "I can't
# recommend it enough", "we cannot stress enough how well it works" (s53) assert what they praise
_EMPHATIC_ENOUGH = cue(
    r"\b(?:could\s*n['\u2019]?t|could\s+not|can['\u2019]?t|cannot|can\s+not)\s+(?:tell\s+(?:you|people)|say|stress|"
    r"emphasi[sz]e|recommend\s+(?:it|this|them|these|this\s+\w+)|praise\s+(?:it|this|them)|thank\s+\w+)\s+enough\b",
    re.IGNORECASE,
)
# an additive "not only" asserts what it adds to: "detox tea not only detoxifies the body but also brings a glow
# to the skin", "not just lowers blood pressure" (the claim after it stands, as the "but also" after it does)
_ADDITIVE_NOT = cue(
    r"\bnot\s+(?:only|just|merely|simply)\b(?!\s+(?:a\s+)?(?:myth|claim|false|wrong|true)\b)", re.IGNORECASE
)
# a doubt that ranks, not one that hedges: "perhaps the most astounding discovery is that coconut oil reverses
# Alzheimer's disease", "arguably the best remedy" (the adverb grades the superlative; the claim after it stands)
#: Negations of a verb, which scope over a whole clause (unlike "no" or "without" before a noun)
_VERB_NEGATION = frozenset({"not", "never", "n't", "cannot", "nor", "neither", "hardly"})
_RANKING_DOUBT = cue(
    r"\b(?:perhaps|possibly|probably|arguably|maybe)\s+(?:even\s+)?(?:the\s+|one\s+of\s+the\s+)?"
    r"(?:most|best|biggest|greatest|largest|single\s+most)\b",
    re.IGNORECASE,
)
# an exception after "no" affirms what follows it: "The medical system has no solution for high blood
# pressure other than dangerous drugs", "There is no treatment except surgery" (the claim opens right
# after the exception word; "there is no evidence that it works" has none)
_EXCEPTION_AFTER_NO = cue(
    r"\bno\b[^.!?;:]{0,80}?\b(?:other\s+than|except(?:\s+for)?|apart\s+from|besides)\s+$",
    re.IGNORECASE,
)
# A comparison that prefers something else to the word: "more like science fiction than a
# breakthrough", "more of a gamble than a miracle" (the claim word follows "than" directly)
_DENYING_COMPARISON = cue(
    r"\bmore\s+(?:like|of|(?:a|an)\s+\w+)\b[^.!?]{0,120}\bthan\s+(?:(?:a|an|the|any)\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# a "whether ... or ..." clause closed by a comma: a concession over every case, not a question
_WHETHER_ADJUNCT = cue(r"\bwhether\b[^,;:.!?]*\bor\b[^,;:.!?]*,", re.IGNORECASE)

# A condition of use reduced to its participle: "this advice, if strictly followed, can lower your BP",
# "Taken daily, ..." / "if used regularly": it says how the remedy is taken, not whether the claim holds,
# so the main clause after it asserts (not a condition of fact that may not come true: "if approved",
# "if confirmed" keep their doubt)
_USE_CONDITION = cue(
    r"\b(?:if|when|once)\s+(?:(?:strictly|properly|correctly|regularly|consistently|faithfully|daily)\s+)?"
    r"(?:taken|used|followed|applied|consumed|eaten|drunk|practi[cs]ed|done|combined|administered)"
    r"(?:\s+(?:daily|regularly|correctly|properly|consistently|faithfully|as\s+directed|every\s+day))?\b\s*,?"
    # the reader's own doing as the condition, the promise's form: "if we change our lifestyle we can reverse the
    # disease", "If you follow this plan, you will cure your diabetes" (the condition clause ends at its comma or
    # where the main clause's subject and modal begin; "if the results hold" names no reader's act and stays a doubt)
    r"|\b(?:if|when|once)\s+(?:you|we)\s+(?:just\s+|simply\s+|only\s+|really\s+)?(?:follow|change|eat|drink|take|use|"
    r"try|stick|adopt|start|cut|add|avoid|switch|make|include|lose|exercise|apply|do)(?:s|es|ed|d|ing)?\b[^,.;:!?]{0,60}?"
    r"(?:,|(?=\s+(?:you|we|it|this|they)\s+(?:can|will|could|would|should|may)\b))"
    # the reader's wish as the condition, with the claim's verb right after it: "focus on your diet if you want to
    # cure diabetes without medication" (the advice around it promises the cure; an s45 page)
    r"|\b(?:if|when)\s+you\s+(?:really\s+|truly\s+)?(?:want|wish|would\s+like|['\u2019]d\s+like|hope|"
    r"are\s+(?:looking|trying|hoping|ready))\s+to\s*$"
    # (s65) the reader's complaint or search as the condition, the promise's address: "If you also have acne, coconut
    # oil is an excellent treatment", "If you're also facing this issue, the following tonic will help you", "If
    # you're seeking a natural remedy, onion juice might be the answer" (the clause ends at its comma; a condition
    # that names no reader's complaint, "if the results hold", stays a doubt)
    r"|\b(?:if|when)\s+you(?:\s+are|['\u2019]re)?\s+(?:also\s+|already\s+|still\s+|ever\s+|currently\s+)?(?:have|has|"
    r"suffer|suffering|struggle|struggling|deal|dealing|face|facing|battle|battling|experience|experiencing|live|"
    r"living|seek|seeking|look\s+for|looking\s+for|search\s+for|searching\s+for|diagnosed|prone|one\s+of)\b"
    r"(?:(?!\b(?:and|or|but)\s+(?:the|if|when|it|this|that|they)\b)[^,.;:!?]){1,80}?,",
    re.IGNORECASE,
)

# A negative quantifier opening a clause: "None of the trials ...", "In none of the studies ..."
_NEGATIVE_QUANTIFIER = cue(
    r"\W*(?:(?:and|so|but)\s+)?(?:(?:in|for|with|among|from)\s+)?(?:none|neither|not\s+(?:one|a\s+single))\s+of\b",
    re.IGNORECASE,
)
# research reported to have found nothing: "studies show no benefit", "well-conducted trials found
# no effect" (not an absence of harm, which is a safety claim of its own)
_NULL_FINDING = (
    r"(?:[\w-]+\s+){0,3}?(?:studies|research|trials|reviews?|the\s+evidence|data)\s+(?:have\s+|has\s+)?"
    r"(?:show|shows|showed|shown|found|find|finds|suggest|suggests)\s+(?:that\s+)?(?:no|little|nothing|neither)\b"
    r"(?![^.!?;:]{0,40}?\b(?:safety|side[- ]effects?|adverse|harms?|harmful|risks?|dangers?|toxic\w*|complications?)\b)"
)
# A claim someone else makes, rebutted in the next clause or sentence: "Some websites claim
# the tea cures diabetes; it does not." Only read after an attribution verb.
_REBUTTAL_CLAUSE = cue(
    r"^[^;:\u2014]*?(?:[;:\u2014]|,?\s*\b(?:but|however|yet)\b)\s*,?\s*"
    r"(?:(?:in fact|in reality|actually|sadly)\s*,?\s*)?(?:"
    r"(?:it|they|this|that|these|those|the\s+\w+|such\s+\w+)\s+(?:(?:does|do|did|is|are|was|were|has|have|had|will|"
    r"can|could)\s*(?:not|n['\u2019]t)|cannot|can['\u2019]t|won['\u2019]t|never)\b"
    r"|there\s+(?:is|was|are|has been)\s+no\b|no\s+(?:study|studies|trial|trials|evidence|research|good evidence|"
    r"scientific evidence|reliable evidence)\b|(?:that|this|it)\s+is\s+(?:\w+ly\s+)?(?:not true|false|untrue|wrong|a myth)\b"
    rf"|{_NULL_FINDING})",
    re.IGNORECASE,
)
_REBUTTAL_SENTENCE = cue(
    r"\s*(?:(?:but|however|in fact|in reality|actually)\s*,?\s*)?"
    # a concession before the verdict: "But, while it might seem like a good idea, many claims ... are devoid of"
    r"(?:(?:while|although|though|even\s+though)\b[^.!?;,]{1,80},\s*)?(?:"
    r"(?:it|they|this|that|these|those|such claims|these claims|the claims?)\s+(?:(?:does|do|did|is|are|was|"
    r"were|has|have|had|will|can|could)\s*(?:not|n['\u2019]t)|cannot|can['\u2019]t|won['\u2019]t|never)\b"
    r"|(?:this|that|the claim|these claims|such claims|it)\s+(?:is|are)\s+(?:\w+ly\s+)?(?:false|untrue|not true|a myth|"
    r"misleading|wrong|unproven|unfounded)\b"
    # the believers judged: "Some people think ... They are mistaken."
    r"|(?:they|these\s+people|those\s+people|such\s+people)\s+(?:are|were)\s+(?:\w+ly\s+)?(?:mistaken|wrong)\b"
    r"|there\s+is\s+no\s+(?:good\s+|scientific\s+|reliable\s+)?evidence\s+(?:for|of|to support)\s+"
    r"(?:this|that|it|these|such|the claims?)\b"
    # "These claims go far beyond the evidence", "The evidence does not support them"
    r"|(?:these|such|the|this|that)\s+claims?\s+(?:go|goes|went)\s+(?:far\s+|well\s+|way\s+)?beyond\b"
    r"|the\s+(?:evidence|research|science|studies)\s+(?:does|do)\s+not\s+support\b"
    # "many claims surrounding detox diets are devoid of any scientific backing": the claims judged unsupported
    r"|(?:many|most|the|these|such|all|those)\s+(?:of\s+(?:the|these|those)\s+)?claims?\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:are|is)\s+(?:\w+ly\s+)?(?:devoid\s+of|without|lacking|unsupported|unproven|unfounded|baseless|not\s+"
    r"(?:supported|backed))|(?:lack|lacks)\s+(?:any\s+)?(?:good\s+|solid\s+|scientific\s+)?(?:evidence|support|backing|proof))\b"
    # "None of these claims is supported by clinical trials"
    r"|(?:none|neither)\s+of\s+(?:these|those|the|such)\s+(?:claims?|remedies|products|treatments|cures)\s+"
    r"(?:is|are|has|have|was|were)\b"
    # the claim set up to be refuted: "It is claimed that ... However, studies show no benefit."
    rf"|{_NULL_FINDING})",
    re.IGNORECASE,
)
# The sentence after a statement hands it back to someone: "Vaccines cause SIDS. That is what a viral
# post says", "... So goes a rumour on Facebook", "... At least, that's what a post claims", "... Or so
# claims a viral video", "... This is what many parents believe". A fact-check often states the myth
# first in its own words and names whose it is only in the next sentence; the statement is then
# reported, not asserted (the writer's own voice is kept: "That is what I tell my patients", "That is
# what we recommend" do not attribute)
_BACK_VERBS = (
    r"says?|said|claims?|claimed|believes?|believed|think|thinks|argues?|argued|alleges?|alleged|wrote|writes|"
    r"posted|posts|shared|shares|promises?|promised|suggests?|suggested|tells?|told|spread|spreads|insists?|"
    r"insisted|maintains?|maintained|asserts?|asserted|reads|read|states?|stated|would\s+have\s+you\s+believe"
)
_ATTRIBUTED_BACK = cue(
    r"\s*(?:(?:or\s+)?at\s+least\s*,?\s*)?(?:"
    rf"(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+(?:also\s+|exactly\s+|precisely\s+)?what\s+"
    rf"(?!(?:i|we|our|my|you)\b)(?:[\w'\u2019-]+\s+){{1,6}}?(?:{_BACK_VERBS})\b"
    r"|(?:that|this)(?:['\u2019]s|\s+is|\s+was)\s+the\s+(?:claim|message|gist|rumou?r|theory|assertion|"
    r"contention|premise|story)\s+(?:of|in|made|spread|behind|circulating|being|that\s+(?:a|an|the|some|many)\b)"
    r"|(?:or\s+)?so\s+(?:goes|go|went)\s+(?:the|a|an|one|this|that)\b"
    # the speaker before the verb after "Or so": "Or so the story goes", "Or so they say", "Or so the ads claim"
    rf"|or\s+so\s+(?!(?:i|we)\b)(?:[\w'\u2019-]+\s+){{1,4}}?(?:{_BACK_VERBS}|goes|go|went)\b"
    rf"|(?:or\s+)?so\s+(?:{_BACK_VERBS})\s+(?!(?:i|we)\b)(?:the|a|an|one|this|that|some|many|[A-Z])"
    r")",
    re.IGNORECASE,
)
# A speech tag after a quotation that closes on "!" or "?": "“I threw away my insulin!” the post said." The
# segmenter ends the sentence at the mark, so the tag ("the post said", "one user wrote", "said the post")
# stands as a sentence of its own that opens in lower case; it attributes the quotation before it
_SPEECH_TAG = cue(
    r"\s*(?-i:[a-z])[\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,5}?\s+"
    rf"(?:{_BACK_VERBS}|asked|asks|added|adds|replied|tweeted|commented|wrote|announced|explained)\b"
    rf"|\s*(?-i:(?:{_BACK_VERBS}|asked|added|replied|tweeted|commented|wrote))\s+(?:the|a|an|one|his|her|their|this|that)\b",
    re.IGNORECASE,
)
_QUOTE_CLOSED_ON_MARK = cue(r"[!?][\"'\u201d\u2019]\s*$")
# a verdict given after the attribution, in the same sentence or the next: "That is what a viral post
# says, but experts say it is not true" / "Or so claims a viral post. It is false."
_LATE_VERDICT = cue(
    r"\b(?:not\s+true|untrue|false|a\s+myth|a\s+hoax|a\s+lie|wrong|incorrect|debunked|disproven|baseless|"
    r"unfounded|misleading|misinformation|no\s+(?:good\s+|scientific\s+|reliable\s+)?evidence|not\s+supported|"
    # held against the evidence: "or so patients believed, despite lots of evidence to the contrary"
    r"(?:evidence|proof|data|studies|research)\s+to\s+the\s+contrary)\b",
    re.IGNORECASE,
)
# the statement handed to its believers in its own sentence, after a dash or comma: "Apricot seeds can
# cure cancer — or so thousands of cancer patients believed in the 1970s" (the next sentence's form,
# "Or so claims a viral video", is in ``_ATTRIBUTED_BACK``)
_OR_SO_TAIL = cue(
    rf"(?:[,;]|\s[-\u2013]|\u2014)\s*or\s+so\s+(?!(?:i|we)\b)(?:[\w'\u2019-]+\s+){{1,6}}?(?:{_BACK_VERBS})\b",
    re.IGNORECASE,
)
# a belief named as the subject, the claim its content: "the immediate thought that comes to mind is that
# ointments and pills will cure psoriasis", "the common misconception is that ..." (a misconception is
# also judged false; the writer's own "my belief is that" keeps the claim)
_BELIEF_IS_THAT = cue(
    r"(?<!\bmy\s)(?<!\bour\s)\b(?P<noun>thought|belief|assumption|misconception|misbelief|impression|perception|expectation)s?\s+"
    r"(?:[\w'\u2019-]+\s+){0,6}?(?:is|was)\s+that\b",
    re.IGNORECASE,
)
# a third person's belief that they had found or done what the claim says: "John Richardson thought he'd
# found a cure for cancer" (the writer's own "I thought I had found" is not attributed)
_THIRD_PERSON_BELIEF = cue(
    r"\b(?:thought|believed|was\s+convinced|were\s+convinced|was\s+sure|were\s+sure)\s+(?:that\s+)?"
    r"(?:he|she|they)(?:['\u2019]d|\s+had|\s+would|\s+could)\b",
    re.IGNORECASE,
)


# What the words right after a claim say of it: an object that denies the verb ("cures nothing", "prevents
# nobody's cancer" is not read: only the bare pronoun), a noun that names the claim a myth, scam or fad ("The
# Detox Myth", "the miracle cure scam"), or a harm the claim's subject does ("Miracle Cures Can Make You Sick!",
# "detox teas can be dangerous"): a warning, not a claim.
_JUDGED_AFTER = cue(
    r"\s*(?:(?P<nothing>nothing|no\s*one|nobody|none)\b(?!\s+(?:else|but|less|short)\b)"
    r"|[\"'\u201d\u2019]?\s*(?:myths?|hoax(?:es)?|scams?|fallac(?:y|ies)|frauds?|con\b|swindles?|quackery|"
    # (a headline's "Lie": "The Natural Cancer Cure Lie", s53)
    r"snake\s+oil|racket|lies?\b(?!\s+(?:in|with|at|on|within|behind|beneath|between|ahead|down)\b))\b"
    r"|[\"'\u201d\u2019]?\s*(?:[\w-]+\s+){0,2}?(?:(?:can|may|could|will|often|do|does|are|is)\s+)?"
    r"(?:(?:also|actually|really|even)\s+)?(?:make\s+(?:you|people|patients|them)\s+(?:sick|ill|worse)|harm\s+(?:you|people|patients|your)|"
    r"hurt\s+(?:you|people|patients)|kill\s+(?:you|people|patients)|be\s+(?:dangerous|deadly|harmful|risky|"
    r"toxic|a\s+scam|a\s+waste)|put\s+(?:you|your\s+health)\s+at\s+risk|cost\s+(?:you|lives)|"
    r"(?:are|is)\s+(?:dangerous|deadly|harmful|risky|a\s+scam|scams|a\s+waste\s+of\s+money|"
    # judged worthless in so many words: "Thus, the flush is useless", "these pads are bogus"
    r"(?:(?:completely|totally|utterly|entirely|largely|simply|just)\s+)?(?:useless|worthless|ineffective|bogus|"
    r"pointless|nonsense|pseudoscience|pseudoscientific|unproven|fake|phony|fraudulent)\b))"
    # what became of it: "The miracle cure never materialised", "the promised miracle turned out to be a hoax",
    # "The breakthrough turned out to be a statistical fluke", "proved worthless"
    r"|[\"'\u201d\u2019]?\s*(?:[\w-]+\s+){0,2}?(?:(?:never|did\s*(?:not|n[\'\u2019]t)|failed\s+to)\s+"
    r"(?:materiali[sz]ed?|happened?|came|come|arrived?|panned\s+out|pan\s+out|worked?|delivered?)"
    r"|(?:turned|turns)\s+out\s+to\s+be\s+(?:(?:a|an|just|only|nothing\s+but|little\s+more\s+than)\s+)*"
    r"(?:[\w-]+\s+)?(?:hoax|scam|fake|fraud|myth|fluke|dud|flop|placebo|false|wrong|worthless|useless|bleach|"
    r"nothing|sugar|water|poison|dangerous|deadly|ineffective)"
    r"|proved?\s+(?:to\s+be\s+)?(?:(?:a|an)\s+)?(?:false|worthless|useless|ineffective|hoax|scam|fraud|dud)\b)"
    # a verdict after a colon or a dash: "The truth about miracle cures: most don't work"
    r"|(?:\s+[\w-]+){0,2}?\s*[:\u2014\u2013]\s*(?:(?:most|many|they|these|those|none|few|all|some)\s+)?(?:of\s+them\s+)?"
    r"(?:don[\'\u2019]t|do\s+not|doesn[\'\u2019]t|does\s+not|never|rarely|seldom)\s+(?:actually\s+|really\s+)?work\b"
    # judged by the sentence it stands in: "This miracle cure is too good to be true", "Miracle cures are a red
    # flag", "are a warning sign"
    r"|[\"'\u201d\u2019]?\s*(?:[\w-]+\s+){0,2}?(?:is|are|sounds?|seems?|looks?)\s+(?:(?:just|simply|often|usually|"
    r"always|probably)\s+)?(?:too\s+good\s+to\s+be\s+true|(?:a|an|another|the\s+first)?\s*(?:red\s+flags?|warning\s+signs?)))",
    re.IGNORECASE,
)


# a belief named by its gerund as the subject of what the sentence says about it: "believing that vaccines can
# cause autism undermines vaccination efforts" (an s31 careful page), "thinking that sugar feeds cancer is common";
# and so is a proof still to be made ("Proving that homeopathy works more than placebo is of no interest to them");
# with no "that", the belief's own subject may stand between ("thinking garlic will detox your body is a stretch");
# a saying named by its gerund is the same ("Saying a tea product gets rid of toxins is like saying a pill gets rid
# of diseases", an s43 careful page)
_GERUND_BELIEF = cue(
    r"(?:^|[,;:]\s*|\b(?:and|but|so|therefore|thus|yet)\s+)(?:believing|thinking|assuming|proving|showing|"
    r"demonstrating|establishing|saying|claiming|suggesting|insisting)\s+"
    r"(?:that\s*|(?!that\b)(?:[\w'\u2019-]+\s+){1,3})$",
    re.IGNORECASE,
)


# others' belief with no "that", in the claim's own clause: "Some people think garlic cures the flu",
# "Many parents believe vaccines cause autism" (read in the text before the claim cut at its nearest
# contrast, so "Many people think diabetes is for life, but this tea reverses it" keeps the claim after
# "but" as the writer's; "that" forms are in ``_ATTRIBUTION``)
_BELIEF = cue(
    r"\b(?:people|many|some|others|proponents|advocates|supporters|fans|believers|parents|users|skeptics|"
    r"sceptics|critics|activists|conspiracy\s+theorists|"
    # (s61) buyers and the public by their name ("natural supplements that consumers believe are completely safe")
    r"consumers|customers|shoppers|buyers|patients|americans|the\s+public|"
    # one person of the story, by pronoun, in the past: "She believed juicing had cured her cancer, but the tumour
    # returned" (a narrated belief; the writer's present "I believe" is not one)
    r"(?-i:[Hh]e|[Ss]he|[Tt]hey)(?=\s+(?:\w+\s+)?(?:believed|thought|assumed|was\s+convinced|were\s+convinced))|"
    # one named third party: "intrigued to discover what the author thought this miracle cure was"
    r"(?:the|this|that|its)\s+(?:author|writer|seller|vendor|maker|manufacturer|company|blogger|influencer|"
    r"naturopath|website|book|video))\s+(?:\w+\s+)?(?:believe|believes|believed|think|thinks|thought|"
    r"assume|assumes|assumed|are\s+convinced|were\s+convinced|is\s+convinced|was\s+convinced)\s+"
    r"(?!that\b|so\b|about\b|of\b|in\b|it\s+is\b)",
    re.IGNORECASE,
)


# others' practice, reported: "Many people turn to herbal remedies to cure their ailments", "some patients use
# turmeric to treat arthritis", "parents swear by honey for coughs" (what people do with a remedy is the
# writer's report, not a claim that it works; the writer's own "you can use", "we use" is not read, nor advice
# that people should: "urged people to resort to herbs")
_OTHERS_PRACTICE = cue(
    r"\b(?:people|many|some|others|patients|parents|users|consumers|folks|women|men|sufferers|americans|"
    r"followers|fans|practitioners|healers|cultures|generations)\s+(?:(?!(?:to|who|that|which)\b)\w+\s+)?(?:use|used|turn\s+to|turned\s+to|"
    r"try|tried|rely\s+on|relied\s+on|swear\s+by|swore\s+by|resort\s+to|resorted\s+to|take|took|have\s+used|"
    r"have\s+tried|have\s+turned\s+to)\b",
    re.IGNORECASE,
)


# a question about a claim's truth puts the claim in someone else's mouth: "Is it true that the FDA
# is in bed with Big Pharma?", "Is there any truth to claims that ...?" (a fact-check's headline or
# reader question); read only when the sentence is a question the article does not answer yes
_INQUIRY = cue(
    # (a reader's question in a Q&A, "Q: Is it true that ...?", asks it as well)
    r"\W*(?:(?:q|question)\s*:\s*)?(?:(?:is|was)\s+it\s+(?:really\s+|actually\s+|also\s+)?true\s+that"
    r"|is\s+there\s+(?:any\s+)?truth\s+(?:to|in|behind)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:claims?|idea|notion|rumou?rs?|reports?|posts?|stories|story)\s+that)\b",
    re.IGNORECASE,
)
# "no" and "evidence"/"proof" with words between them still take a clause: "There is no scientific
# evidence that ...", "no good clinical evidence that ..." (the cue list holds the bare "no evidence
# that", which the 8-word window loses when the claim stands further on)
_NO_EVIDENCE_THAT = cue(
    # ("There is no doubt the evidence that vaccines cause autism is overwhelming" asserts it); a study or research
    # said to be missing takes its clause the same way: "There is no scientific study to prove that consuming betel
    # leaf ... can cure coronary artery disease"
    r"\bno\s+(?!(?:doubt|wonder|matter|question)\b)(?:[a-z-]+\s+){1,3}?(?:evidence|proof)\s+"
    r"(?:(?:at\s+all|whatsoever)\s+)?that\b|"
    # evidence said to be lacking, through "without" or "lack of", however qualified (s56): "market their product
    # without any validating research or empirical evidence that it will in fact do any of those miraculous things"
    r"\b(?:without|lacks?|lacking|lack\s+of|absence\s+of)\s+(?:any\s+)?(?:[a-z-]+\s+){0,5}?(?:evidence|proof)\s+"
    r"(?:(?:at\s+all|whatsoever)\s+)?(?:that|showing|to\s+(?:show|prove|support|suggest|confirm|demonstrate))\b|"
    # (s61) evidence said to be scant or unsettled takes the clause of what it would show: "there is inconclusive
    # evidence showing that melatonin supplements can help you reverse your sleep cycle"
    r"\b(?:little|scant|scarce|limited|insufficient|inconclusive|weak|poor|mixed|conflicting|not\s+enough|no\s+(?:good|"
    r"strong|clear|convincing|conclusive|reliable))\s+(?:[a-z-]+\s+){0,2}?(?:evidence|proof)\s+(?:showing|"
    r"to\s+(?:show|prove|support|suggest|confirm|demonstrate))\b|"
    r"\bno\s+(?:(?:scientific|clinical|medical|published|good|reliable|solid|real)\s+)?(?:study|studies|research|"
    r"trials?|data)\s+(?:(?:has|have)\s+(?:ever\s+)?been\s+(?:done|conducted|published)\s+)?to\s+(?:prove|show|"
    r"support|suggest|confirm|demonstrate)\s+that\b",
    re.IGNORECASE,
)
# a post, video or message that "suggests" or "implies" something reports a claim, as "says" does:
# "Posts shared on social media suggest that ...", "A viral video implies that ..." (research that
# suggests is not attributed here: "Studies suggest that ..." is a finding's cautious wording)
# It also reports what the item "purports to show" or "claims to prove", and what posts "saying" or
# "alleging" something say, with or without "that": "A screenshot purports to show that ...", "Do not
# believe posts saying ..." (images and clips as well as posts)
_MEDIA_SUGGESTS = cue(
    # (not the page's own: "our email newsletter recommended garlic")
    r"(?<!\bour\s)(?<!\bmy\s)\b(?:posts?|videos?|memes?|messages?|tweets?|websites?|blogs?|ads?|adverts?|advertisements?|"
    r"headlines?|screenshots?|rumou?rs?|chain\s+(?:letters?|e-?mails?)|e-?mails?|podcasts?|influencers?|accounts?|"
    r"images?|photos?|pictures?|graphics?|infographics?|clips?|footage|flyers?|leaflets?)\b[^.!?;:]{0,60}?\b(?:"
    r"(?:suggest(?:s|ed|ing)?|impl(?:y|ies|ied|ying)|insinuat(?:e|es|ed|ing)|purport(?:s|ed|ing)?|"
    r"assert(?:s|ed|ing)?)\s+that"
    # (s67) what the item recommends, touts or names as the source of the cure: "a widely circulated email recommended
    # putting Vicks VapoRub on children's feet ... to cure coughs", "The email identified the source of the miracle
    # cure as ..." (the writer retells the item's content)
    r"|(?:recommend(?:s|ed)|tout(?:s|ed)|hail(?:s|ed)|identif(?:ies|ied)|describ(?:es|ed)|promot(?:es|ed)|"
    r"advis(?:es|ed)|urg(?:es|ed))(?!\s+(?:by|in|on)\b)"
    r"|(?:purport(?:s|ed|ing)?|claim(?:s|ed|ing)?|pretend(?:s|ed|ing)?|appear(?:s|ed|ing)?|seem(?:s|ed|ing)?)\s+to\s+"
    r"(?:show|prove|reveal|demonstrate|confirm|expose)"
    r"|(?:saying|stating|alleging|asserting|suggesting|implying|purporting|insisting|warning))\b",
    re.IGNORECASE,
)
# a question the next sentence sets out to answer from the evidence is asked, not claimed:
# "Is Big Pharma hiding a cure? Here's what the science says.", "... We checked."
_INQUIRY_AFTER = cue(
    r"\W*(?:here[\u2019']?s\s+what\s+(?:the\s+)?(?:science|research|evidence|experts?|doctors|studies|data|"
    r"we\s+(?:know|found))|we\s+(?:checked|looked\s+into\s+it|looked\s+at\s+the\s+evidence|asked\s+(?:the\s+)?experts)"
    r"|what\s+(?:the\s+)?(?:science|research|evidence|experts?)\s+(?:says?|shows?)|let[\u2019']?s\s+(?:look|check))\b",
    re.IGNORECASE,
)
# A sentence whose subject is a reported idea and its that-clause: "The suggestion that drug companies
# hide a cure because it can't be patented is a conspiracy theory". A claim inside the clause is the
# idea's content, which the sentence talks about rather than asserts, however long the clause runs
# before the main verb judges it.
_REPORTED_SUBJECT = cue(
    r"\W*(?:the|this|that|any|a|such)\s+(?:[\w-]+\s+){0,2}?(?:idea|suggestion|claim|notion|belief|theory|"
    r"rumou?r|myth|assertion|allegation|argument|contention|premise|story)s?\s+that\b(?![^;:\u2014]*[;:\u2014])",
    re.IGNORECASE,
)
# A sentence that reports named research: a hedged claim here is the cautious wording of a
# finding ("Researchers at Iowa say the compound may cure ..."), not a seller's promise. The
# people or the model must be named: "studies show it may cure cancer" names nothing ...
_RESEARCH = cue(
    r"\b(?:researchers?|scientists?|investigators?|study authors?|lead author|professor|university|institute|"
    r"laborator(?:y|ies)|in the lab|in (?:mice|rats|animals|cells|the dish|test tubes)|preclinical|"
    r"phase\s+(?:[123]|I{1,3})\b|randomi[sz]ed|journal|published in|presented at)",
    re.IGNORECASE,
)
# ... unless the article names its source somewhere (a journal, trial, conference, DOI): then a
# sentence about "the study", "experiments" or "the discovery" reports that named research
_RESEARCH_GENERIC = cue(
    r"\b(?:stud(?:y|ies)|trials?|experiments?|research|findings?|results|data|discovery|discovered)\b",
    re.IGNORECASE,
)


# A medical intervention as the means ("Blood and marrow stem cell transplants may cure the
# disorder", "Surgery ... can possibly lead to a cure"): a clinician's qualified prognosis, not a
# product's promise; likewise a cure limited to some people ("may cure it in some people who ...")
_MEDICAL_MEANS = cue(
    r"\b(?:transplant\w*|surgery|surgical|operations?|resection|removal|removing|chemotherapy|radiotherapy|"
    r"radiation|antibiotics?|antivirals?|antifungals?|medications?|medicines?|drugs?|dialysis|"
    # the gene and cell therapies of news about a first cure ("the first patient treated for, and hopefully
    # cured of, sickle-cell anemia since a new gene therapy was approved")
    r"gene\s+(?:therap(?:y|ies)|editing)|crispr|bone\s+marrow|immunotherap(?:y|ies)|car-?t|"
    r"in (?:some|many|most|selected) (?:people|patients|cases|children|adults)|in (?:people|patients|children) who)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cues:
    negation_forward: tuple[tuple[str, ...], ...]
    negation_backward: tuple[tuple[str, ...], ...]
    hedge: tuple[tuple[str, ...], ...]
    hypothetical: tuple[tuple[str, ...], ...]
    debunk_forward: tuple[tuple[str, ...], ...]
    debunk_backward: tuple[tuple[str, ...], ...]

    @functools.cached_property
    def longest(self) -> int:
        """Words in the longest cue: the n-grams of a window are built up to this length."""
        every = (
            *self.negation_forward,
            *self.negation_backward,
            *self.hedge,
            *self.hypothetical,
            *self.debunk_forward,
            *self.debunk_backward,
        )
        return max((len(c) for c in every), default=1)

    @functools.cached_property
    def sentential(self) -> tuple[tuple[str, ...], ...]:
        """Negation cues that take a clause as complement ("no evidence that", "not true
        that", "has not been shown to"): their scope is the rest of the sentence, across
        clause breaks, where a determiner "no" reaches only its own clause."""
        return tuple(
            c
            for c in self.negation_forward
            if c[-1] in ("that", "to") or "evidence" in c or "proof" in c or "true" in c
        )

    @functools.cached_property
    def sentential_debunk(self) -> tuple[tuple[str, ...], ...]:
        """Debunking cues that govern a phrase, not a word ("be wary of", "promising to",
        "watch out for"): their scope is the rest of the sentence, so each item of a list
        they head is covered ("Be wary of products promising to cure arthritis in 7 days or
        to melt away fat"). One-word labels ("false", "myth") stay within the word window."""
        return tuple(c for c in self.debunk_forward if len(c) > 1 or c == ("beware",))

    @functools.cached_property
    def sentential_hypothetical(self) -> tuple[tuple[str, ...], ...]:
        """Hypothetical cues that take a clause ("hopeful that", "hopes that", "whether"): like
        the sentential negations, their scope is the rest of the sentence ("It is unclear whether
        the operation leads to a greater number of long-term cured patients")."""
        return tuple(c for c in self.hypothetical if (len(c) > 1 and c[-1] == "that") or c == ("whether",))


@functools.lru_cache(maxsize=2)
def load_cues(path: str | None = None) -> Cues:
    """Cue phrases from the context-cues pack (parsed once per process)."""
    from ..yamlio import safe_load_cached

    file = Path(path) if path else data_file("context-cues.yml")
    data = safe_load_cached(file.read_text(encoding="utf-8"))["cues"]

    def words(key: str) -> tuple[tuple[str, ...], ...]:
        bad = [p for p in data.get(key, ()) if not isinstance(p, str)]
        if bad:
            raise ValueError(f"{file}: cues.{key} must be strings (quote YAML words like no/yes): {bad!r}")
        return tuple(
            sorted(
                {tuple(phrase_words(p)) for p in data.get(key, ()) if phrase_words(p)}, key=len, reverse=True
            )
        )

    return Cues(
        words("negation_forward"),
        words("negation_backward"),
        words("hedge"),
        words("hypothetical"),
        words("debunk_forward"),
        words("debunk_backward"),
    )


@dataclass(frozen=True)
class ClaimContext:
    negated: bool = False
    hedged: bool = False
    hypothetical: bool = False
    attributed: bool = False
    cited: bool = False
    debunked: bool = False
    quoted: bool = False
    in_disclaimer: bool = False
    question: bool = False
    #: an attribution verb in the sentence ("said", "according to"); ``attributed`` is also
    #: true inside quotation marks, which a testimonial signed "- Linda, Texas" is too
    said: bool = False
    #: the sentence reports research (named researchers, a trial, an animal model; for a hedged
    #: claim also a study when the article names its source) or cites: a hedge there is
    #: caution, not a sales pitch
    research: bool = False
    #: (hedged claims only) the sentence names a medical intervention or limits the outcome to
    #: some people ("transplants may cure it in some people"): a clinician's qualified prognosis
    medical: bool = False
    #: the words are in an entry of the reference list: a cited work's title ("Green tea cures
    #: diabetes in mice. J Med Food. 2020"), not the article's own sentence
    in_reference: bool = False
    #: the words stand on a page about no health subject, in a paragraph that names none: a
    #: streaming service's "game changer" in business news, polo's "Holy Grail", an app that "has
    #: helped thousands of people monetize" their posts. The claim rules are about health claims
    off_topic: bool = False

    @property
    def suppressed(self) -> bool:
        """Contexts in which the words are not the article's own claim at all."""
        return self.negated or self.debunked or self.in_disclaimer or self.in_reference or self.off_topic

    @property
    def softened(self) -> bool:
        return self.hedged or self.hypothetical or self.question


def _negated_after_parenthesis(
    doc: Document, s_start: int, start: int, end: int, s_end: int, cues: Cues
) -> bool:
    """A claim inside a dash-delimited aside takes the predicate after the closing dash: "A
    perfect sleeping pill — one that works fast, with no side effects — is still a dream"."""
    prose = doc.prose
    opening = prose.rfind("—", s_start, start)
    if opening == -1:
        return False
    closing = prose.find("—", end, s_end)
    if closing == -1 or _TERMINATORS.search(prose, opening + 1, start) is not None:
        return False
    tail = _tokens(_scope(prose[closing + 1 : s_end], before=False))[:4]
    return _any_cue(_ngrams(tail, cues.longest), cues.negation_backward)


def _ngrams(tokens: list[str], longest: int = 6) -> set[tuple[str, ...]]:
    """Every run of up to ``longest`` consecutive tokens: a window of 8 words has at most
    48, so one set intersection replaces a scan of the window for each of 100+ cues."""
    n = len(tokens)
    return {tuple(tokens[i:j]) for i in range(n) for j in range(i + 1, min(n, i + longest) + 1)}


def _any_cue(grams: set[tuple[str, ...]], cues: tuple[tuple[str, ...], ...]) -> bool:
    return not grams.isdisjoint(cues)


#: Words that end an appeal taking a that-clause ("it is well known that ...", "experts agree
#: that ...", "science has shown that ..."): what follows "that" is the appeal's content, not a
#: predicate of the appeal, so a harm or a denial there ("that gluten can cause inflammation")
#: does not negate it.
_CLAUSE_TAKING = frozenset(
    "known know knows knew believed believe believes agree agrees agreed shown show shows showed "
    "says say said proven proved proves accepted knowledge fact true clear obvious".split()
)


def _takes_clause(claim: list[str], after: list[str]) -> bool:
    """The claim phrase is an appeal whose that-clause follows it (not a noun a relative clause
    describes: "cleanses that can cause dehydration" keeps its backward negation)."""
    return bool(claim) and claim[-1] in _CLAUSE_TAKING and after[:1] == ["that"]


def _tokens(text: str) -> list[str]:
    return phrase_words(text.replace("n't", " not").replace("n\u2019t", " not"))


def sentence_of(doc: Document, offset: int) -> Sentence | None:
    sents = doc.sentences
    i = bisect.bisect_right(doc.sentence_starts, offset) - 1
    if i >= 0 and sents[i].start <= offset < max(sents[i].end, sents[i].start + 1):
        return sents[i]
    return None


def _scope(text: str, before: bool) -> str:
    """The part of a clause a cue can reach: cut at the nearest terminator."""
    parts = _TERMINATORS.split(text)
    return parts[-1] if before else parts[0]


def said_only_after(doc: Document, start: int, end: int) -> bool:
    """Whether the only verb in the sentence that could hand the words at [start, end) to someone
    stands after them, where it may be an attribute ("Research shows that the most commonly reported
    trigger ..."), with none before them ("Says ...", "A blogger asserts that ...") and no lead-in."""
    sent = sentence_of(doc, start)
    if sent is None:
        return False
    return (
        _ATTRIBUTION.search(doc.prose, end, max(sent.end, end)) is not None
        and _ATTRIBUTION.search(doc.prose, sent.start, start) is None
        and not _attributing_lead_in(doc, sent.start)
    )


#: How far from a claim, in characters, its sentence is read. Every cue reaches a clause or two; a run-on
#: "sentence" of thousands of words (scraped text with no full stops) read whole for each of its claims made
#: such a text quadratic (5,000 words of dense claims took 20 s a rule).
CONTEXT_REACH = 1500


def context_window(prose: str, s_start: int, s_end: int, start: int, end: int) -> tuple[int, int]:
    """The part of the sentence [s_start, s_end) read for the claim at [start, end): all of it, unless it
    runs more than ``CONTEXT_REACH`` characters beyond the claim, where it is cut at a space."""
    if start - s_start > CONTEXT_REACH:
        cut = prose.find(" ", start - CONTEXT_REACH, start)
        s_start = cut + 1 if cut != -1 else start - CONTEXT_REACH
    if s_end - end > CONTEXT_REACH:
        cut = prose.rfind(" ", end, end + CONTEXT_REACH)
        s_end = cut if cut != -1 else end + CONTEXT_REACH
    return s_start, s_end


def claim_context(doc: Document, start: int, end: int) -> ClaimContext:
    """Classify the claim at [start, end) by the cues around it in its sentence."""
    cues = load_cues()
    sent = sentence_of(doc, start)
    if sent is None:
        s_start, s_end = start, end
    else:
        s_start, s_end = context_window(doc.prose, sent.start, max(sent.end, end), start, end)
    before_text = _NEG_IMPERATIVE.sub(" ", _scope(doc.prose[s_start:start], before=True))
    if "say" in before_text or "tell" in before_text or "told" in before_text:
        before_text = _OWN_SAYING.sub(" I say ", before_text)
    if "that" in before_text or "That" in before_text:
        before_text = _NEGATED_FACTIVE.sub(" ", before_text)
    if "no " in before_text or "No " in before_text or "NO " in before_text:
        before_text = _ASSERTING_NO.sub(" ", before_text)
        before_text = _EXCEPTION_AFTER_NO.sub(" ", before_text)
        before_text = _PRAISE_BY_NO.sub(" ", before_text)
    if "not " in before_text or "Not " in before_text:
        before_text = _ADDITIVE_NOT.sub(" ", before_text)
    if "believe" in before_text:
        before_text = _AMAZED.sub(" ", before_text)
    if "enough" in before_text:
        before_text = _EMPHATIC_ENOUGH.sub(" ", before_text)
    if "nothing" in before_text or "Nothing" in before_text:
        before_text = _PRAISE_BY_NO.sub(" ", _NOTHING_SHORT.sub(" ", before_text))
    if "rhaps" in before_text or "bly" in before_text or "aybe" in before_text:
        before_text = _RANKING_DOUBT.sub(" ", before_text)
    before_all = _tokens(before_text)
    before = before_all[-8:]
    clause_text = before_text
    opening = _OPENING_ADJUNCT.match(clause_text)
    if opening is not None:
        # a subordinate clause that opens the sentence ends at its comma: a negation inside it stays
        # there ("Since no one can patent a natural cure, the cures are suppressed"; "Although there is
        # no cure, this tea reverses diabetes" asserts its main clause)
        clause_text = clause_text[opening.end() :]
    clause = _tokens(_CLAUSE_BREAK.split(clause_text)[-1])[-8:]
    after = _tokens(_scope(doc.prose[end:s_end], before=False))[:8]
    claim = _tokens(doc.prose[start:end])
    longest = cues.longest
    before_grams = _ngrams(before, longest)
    clause_grams = before_grams if clause == before else _ngrams(clause, longest)
    after_grams = _ngrams(after, longest)
    # the 20 words before the claim, for cues that take a clause and so reach past the 8-word window
    far_grams = before_grams if len(before_all) <= 8 else _ngrams(before_all[-20:], longest)
    # (s60) a claim that is its own negative phrase, coordinated after another ("inexpensive, without any chemical and
    # no side effects"), lists the negatives; "without" or "no" before the "and" does not deny it. A verb's negation
    # ("It is not cheap and no side effects are known") still scopes over the clause
    coordinated_negative = (
        len(claim) > 1
        and claim[0] in ("no", "without", "zero")
        and clause[-1:] in (["and"], ["or"])
        and not _VERB_NEGATION.intersection(clause)
    )
    negated = (
        (_any_cue(clause_grams, cues.negation_forward) and not coordinated_negative)
        # a cue that ends in "to" when the claim opens on it: "Cannabis oil failed to cure autism",
        # "unable to cure", "has not been shown to reverse"
        or (claim[:1] == ["to"] and _any_cue(_ngrams([*clause[-5:], "to"], longest), cues.negation_forward))
        # a complement-taking cue reaches further back than the 8-word window: "There is no
        # evidence that the tea works or that it is completely safe"
        or _any_cue(far_grams, cues.sentential)
        or (
            ("vidence" in before_text or "roof" in before_text or " to " in before_text)
            and bool(_NO_EVIDENCE_THAT.search(before_text))
        )
        or (
            not _takes_clause(claim, after)
            and (
                _any_cue(_ngrams(after[:4], longest), cues.negation_backward)
                or _negated_predicate(after, object_follows=bool(claim) and claim[-1] in ("for", "of", "to"))
                or (
                    bool(claim)
                    and claim[-1] in ("for", "of", "to")
                    and _denied_after_object(after, cues.negation_backward, longest)
                )
            )
        )
        or _negated_after_parenthesis(doc, s_start, start, end, s_end, cues)
        or (sent is not None and _SAID_NO_ONE.match(doc.prose, sent.end) is not None)
    )
    hedged = _any_cue(clause_grams, cues.hedge)
    if hedged and "possible to" in before_text:
        # "it is possible to cure FM" says it can be cured, as "can" does; "it is possible that"
        # keeps its doubt
        rest = _tokens(_POSSIBLE_TO.sub(" ", _CLAUSE_BREAK.split(before_text)[-1]))[-8:]
        hedged = _any_cue(_ngrams(rest, longest), cues.hedge)
    syntax = _syntax_scope(doc, s_start, s_end, start, end) if sent is not None else None
    if syntax is not None:
        # the parser sees scope the word window cannot (a negation many words before the verb);
        # but a claim that is itself a negative phrase ("no side effects") carries its own "no"
        own_negative = bool(claim) and claim[0] in ("no", "not", "without") and len(claim) > 1
        negated = negated or (syntax[0] and not own_negative)
        hedged = hedged or syntax[1]
    if not negated:
        # a negative quantifier that opens the clause scopes over all of it, however far the claim
        # stands from it: "In none of the individual studies that included older people did the
        # researchers find ..."
        # ("None of the patients needed insulin, and it is a miracle" ends its scope at the new clause)
        negated = bool(_NEGATIVE_QUANTIFIER.match(before_text)) and not _CLAUSE_BREAK.search(before_text)
    if not negated and " than " in before_text:
        # "felt more like 'a cool piece of science fiction' than a breakthrough": the comparison
        # denies the word; "more than a breakthrough" does not
        negated = bool(_DENYING_COMPARISON.search(before_text))
    hypothetical = (
        _any_cue(before_grams, cues.hypothetical)  # a condition governs its main clause
        # a hope that takes a clause reaches across it: "Jongen is hopeful that smaller and cheaper
        # machines will be the game changer"
        or (len(before_all) > 8 and _any_cue(far_grams, cues.sentential_hypothetical))
        # a premise named before a colon, its content after it (the colon ends the cue window):
        # "Homeopathy is based on two ideas: that like cures like, meaning that a substance ... can cure"
        or (":" in doc.prose[s_start:start] and bool(_PREMISE_COLON.search(doc.prose, s_start, start)))
        or ("that" in before_text and bool(_PREMISE_COPULA.search(before_text)))
    )
    if not hypothetical and hedged and _any_cue(after_grams, _FUTURE_TIME):
        # a possibility placed in the future is a hope, not a claim about what works now: "nanotechnology might
        # well provide a cure for cancer in the future", "gene therapy could one day reverse it"
        hypothetical = True
    if hypothetical and "whether" in before_text.lower() and _WHETHER_ADJUNCT.search(before_text):
        # "Whether you have arthritis or gout, this tea cures it": a closed "whether ... or ..."
        # clause is an adjunct that concedes every case; the main clause after it asserts
        rest = _tokens(_WHETHER_ADJUNCT.sub(" ", before_text))
        hypothetical = _any_cue(_ngrams(rest[-8:], longest), cues.hypothetical) or _any_cue(
            _ngrams(rest[-20:], longest), cues.sentential_hypothetical
        )
    if hypothetical and _USE_CONDITION.search(before_text):
        rest = _tokens(_USE_CONDITION.sub(" ", before_text))
        hypothetical = _any_cue(_ngrams(rest[-8:], longest), cues.hypothetical) or _any_cue(
            _ngrams(rest[-20:], longest), cues.sentential_hypothetical
        )
    if not hypothetical and ":" in doc.prose[s_start:s_end]:
        # a glossary's entry defines a kind ("Alternative diet: A diet used to replace medical
        # treatment"), which says nothing of whether such a thing works
        hypothetical = _in_definition(doc, start)
    # a question asks rather than claims ("Are 3-D mammograms a breakthrough?"), and so does a
    # heading that opens as a question without its mark ("## Can the COVID vaccine change my DNA")
    # and an indirect question ("It is unclear whether the operation leads to more cured patients"):
    # not a question that only dresses a claim ("Did you know that turmeric cures cancer?") or one
    # the article answers yes at once ("Can turmeric cure cancer? Yes!")
    asked = doc.prose[s_start:s_end].rstrip().endswith("?") or _asking_heading(doc, start)
    # (s61) a rhetorical question keeps its claim even where a verb of asking stands inside it ("Don't you want to
    # know how to cure thyroid permanently?": the writer presupposes the cure; "Many people want to know how to ..."
    # is still someone else's question)
    rhetorical = asked and _rhetorical(doc, s_start, s_end)
    question = (
        (asked and not rhetorical)
        or (hypothetical and _asks_whether(before_text))
        or (_asked_about(before_text) and not rhetorical)
    )
    debunked = (
        _any_cue(before_grams, cues.debunk_forward)
        or (len(before_all) > 8 and _any_cue(far_grams, cues.sentential_debunk))
        # a phrase-taking debunking cue inside the span, before the claim's last words: a pattern that opens
        # on the product reads across the reporting verb ("tea packets, and influencers promising to 'flush
        # toxins'"), which the window before the span never sees
        or (len(claim) > 3 and _any_cue(_ngrams(claim[1:-1], longest), cues.sentential_debunk))
        or _any_cue(after_grams, cues.debunk_backward)
        or bool(_DEBUNK_LABEL.match(doc.prose, s_start))
        or _labelled_claim_answered(doc, s_start, end)
        or _listed_as_warning(doc, start)
    )
    sentence_text = doc.prose[s_start:s_end]
    quoted = (
        (
            inside_quotes(doc, start)
            and not _scare_quoted_opening(doc, start, end)
            and not _lost_closer(doc, start)
        )
        or _introduced_block_quote(doc, start)
        # (s62) the plain-text form of the same: a passage set apart after a lead-in line that hands it to someone ("...
        # including one published by Mahmuda Khatun on March 8, 2020. It opened:" and the post on its own line)
        or introduced_passage(doc, start) is not None
        or in_embedded_post(doc, start)
        or social_post_sentence(sentence_text)
        or _lost_opening_quote(doc, start, end)
    )
    # the verb must hand the words to someone from outside them: an appeal's own "say" ("science says",
    # "some people say", "according to research") is the claim, not a report of it
    said = (
        bool(_ATTRIBUTION.search(doc.prose, s_start, start) or _ATTRIBUTION.search(doc.prose, end, s_end))
        or _attributing_lead_in(doc, s_start)
        or _advertised(doc.prose, s_start, start, end)
        or _under_recording_lead_in(doc, s_start)
    )
    if said and ("tell" in before_text or "told" in before_text or "I say" in before_text):
        # the writer's own telling ("What if I told you that ...") hands the words to no one: blank it and look again
        own = _OWN_SAYING.sub(lambda m: " " * len(m.group()), doc.prose[s_start:start])
        said = bool(
            _ATTRIBUTION.search(own) or _ATTRIBUTION.search(doc.prose, end, s_end)
        ) or _attributing_lead_in(doc, s_start)
    q_end = s_end  # where the words attributed end: the claim's sentence, or a quotation's last one
    if quoted and not debunked and _EXAMPLE_QUOTE.search(doc.prose[s_start:start]):
        # a quotation given as an example of a kind of claim the sentence is about ('Success stories, such as,
        # "It cured my diabetes" or "My tumors are gone," are easy to make up'): the kind is the subject
        debunked = True
    if quoted and not said:
        said, q_end = _attributed_at_opening(doc, start, s_start, s_end)
    if quoted and not said:
        said = _tagged_at_close(doc, start, s_end)
    if not said and "so" in doc.prose[end:s_end]:
        or_so = _OR_SO_TAIL.search(doc.prose, end, s_end)
        if or_so is not None:
            said = True
            debunked = debunked or bool(_LATE_VERDICT.search(doc.prose, or_so.end(), s_end))
    if not said and not debunked:
        # the next sentence names whose statement this was, and may go on to reject it
        said, debunked = _attributed_back(doc, s_end)
    if not said and not debunked:
        # the sentence before named these words as a claim, perhaps judging it
        said, debunked = _claim_named_before(doc, s_start, start, end)
    if _REPORTED_SUBJECT.match(doc.prose, s_start, start):
        said = True
        # the main verb that judges the idea may stand far after the claim
        debunked = debunked or _any_cue(_ngrams(_tokens(doc.prose[end:s_end]), longest), cues.debunk_backward)
    if quoted and not said and _headline_scare_quote(doc, start):
        quoted = False
    if not said and _MEDIA_SUGGESTS.search(doc.prose, s_start, start):
        said = True
    if not said and _over_spreader_field(doc, start):
        said = True
    if not said and not debunked:
        said, debunked = _named_back_as_examples(doc, s_start, s_end)
    if not said and any(
        w in before_text
        for w in (
            "eve",
            "elie",
            "hink",
            "ought",
            "onvinced",
            "sure",
            "ssum",
            "roving",
            "howing",
            "onstrat",
            "stablish",
            "aying",
            "laiming",
            "uggesting",
            "nsisting",
        )
    ):
        said = bool(
            _BELIEF.search(before_text)
            or _THIRD_PERSON_BELIEF.search(before_text)
            or _GERUND_BELIEF.search(before_text)
        )
    if not said and any(
        w in before_text for w in (" use", " turn", " tr", " rel", " swear", " resort", " take", " took")
    ):
        said = bool(_OTHERS_PRACTICE.search(before_text))
    if not said and " that" in before_text:
        belief = _BELIEF_IS_THAT.search(before_text)
        if belief is not None:
            said = True
            debunked = debunked or belief.group("noun").lower() in ("misconception", "misbelief")
    if question and not said:
        nxt = _next_sentence(doc, s_end)
        said = bool(_INQUIRY.match(doc.prose, s_start, start)) or (
            nxt is not None and bool(_INQUIRY_AFTER.match(doc.prose, nxt.start, nxt.end))
        )
    if (question or asked) and not debunked:
        # a question answered no at once, asked (or rhetorical: "How does garlic cure cancer? It does not.")
        nxt = _next_sentence(doc, s_end)
        debunked = nxt is not None and bool(_ANSWERED_NO.match(doc.prose, nxt.start, nxt.end))
    tail = doc.prose[end:s_end]
    if not debunked and ("-" in tail or "\u2014" in tail or "\u2013" in tail):
        debunked = bool(_DASH_VERDICT.search(doc.prose, end, s_end))
    if not debunked and not negated:
        judged = _JUDGED_AFTER.match(doc.prose, end, s_end)
        if judged is not None:
            # "alkaline water actually cures nothing" (the verb's object denies it), "The Detox Myth"
            # (the words name a myth), "Miracle Cures Can Make You Sick!" (their subject of a harm)
            if judged.group("nothing"):
                negated = True
            else:
                debunked = True
    if not debunked:
        debunked = _myth_line(doc, s_start, start, end)
    if said and not debunked:
        # someone's claim rebutted next, or given a verdict ("Claim: ..." then "Rating: False")
        debunked = _rebutted(doc, s_start, end, q_end) or _labelled_false(doc, q_end, end)
    elif not debunked:
        # the article's own words, labelled false next ("Vaccines cause autism. This is false.")
        # or under a label of their own ("Myth #3" as a heading or a line of its own)
        debunked = (
            _labelled_false(doc, s_end, end)
            or _no_evidence_after(doc, end, s_end)
            or _denied_next(doc, s_end, start, end)
            or _under_myth_label(doc, start)
            or _myth_page_subheading(doc, start)
            or _in_myth_table(doc, start)
            or bool(_CROSS_MARK.match(doc.prose, s_start))
        )
    if not debunked:
        debunked = _judged_later(doc, start, s_end)
    if said and _VAGUE_SPEAKER.match(doc.prose, s_start) and not names_source(doc):
        # "Doctors say turmeric cures arthritis" on a page that names no study, journal or expert
        # anywhere: the appeal to unnamed authority is the page's own claim (DS103's vague source)
        said = False
    attributed = quoted or said
    cited = cited_near(doc, start, end)
    in_disclaimer = _in_disclaimer(doc, start)
    research = cited or bool(_RESEARCH.search(sentence_text))
    medical = False
    if hedged and not research:
        # only a hedged claim's severity turns on these; reading the article's sources is the
        # costly part, so it waits until a hedged claim asks
        medical = bool(_MEDICAL_MEANS.search(sentence_text))
        research = bool(_RESEARCH_GENERIC.search(sentence_text)) and names_source(doc)
    return ClaimContext(
        negated,
        hedged,
        hypothetical,
        attributed,
        cited,
        debunked,
        quoted,
        in_disclaimer,
        question,
        said,
        research,
        medical,
        in_reference_entry(doc, start),
        off_topic(doc, start),
    )


#: what a health claim is about (``health_subject.BROAD``: a body, a condition, a treatment, a health
#: habit or the people who give or need care). Read by the hundred words, not one by one: a business
#: or sports page names one now and then (its menu's "Health" link), a health page names one in
#: almost every sentence
_HEALTH_SUBJECT = cue(rf"\b(?:{BROAD})\b", re.IGNORECASE)
#: a text this long is judged by its page: a post or a snippet shorter than this is judged by itself
_TOPIC_MIN_WORDS = 200
#: a page that names a health subject less often than this per 1,000 words is about something else
#: (FakeHealth's health stories: median 57; a saved business, sports or tech page: 0 to 3)
_TOPIC_MIN_RATE = 5.0


def off_topic(doc: Document, offset: int) -> bool:
    """Whether the words at ``offset`` stand on a page about no health subject (``_HEALTH_SUBJECT``
    fewer than ``_TOPIC_MIN_RATE`` times per 1,000 words, in a text of ``_TOPIC_MIN_WORDS`` words
    or more) in a paragraph that names none: a claim rule's words there claim nothing about health."""
    if not doc.derived(_about_no_health):
        return False
    bi = doc.block_at(offset)
    if bi is None:
        return True
    block = doc.blocks[bi]
    return _HEALTH_SUBJECT.search(doc.prose, block.start, block.end) is None


def _about_no_health(doc: Document) -> bool:
    words = doc.word_count
    if words < _TOPIC_MIN_WORDS:
        return False
    limit = words * _TOPIC_MIN_RATE / 1000
    hits = 0
    for _m in _HEALTH_SUBJECT.finditer(doc.prose):
        hits += 1
        if hits >= limit:
            return False
    return True


# a headline that casts doubt on its own quoted words puts them in scare quotes to distance itself
_DOUBT = cue(
    r"n[\'\u2019]t\b|\b(?:not|no|never|myths?|hype|hyped|really|truth|so-called|fails?|failed|falls? short|"
    r"debunk\w*|beware|fake|false|bogus|or not|why|spot|scams?|red flags?|warning signs?|avoid)\b|\?",
    re.IGNORECASE,
)
# a quoted phrase followed by one of these names the phrase as a label or a product category
_MENTION_NOUN = cue(
    r"\s*(?:claims?|labels?|labell?ing|products?|ads?|adverts?|advertisements?|advertising|marketing|"
    r"websites?|sites?|sellers?|promises?|language|wording|terms?|buzzwords?|boom|craze|fad|trend|"
    r"industry|pitch(?:es)?|slogans?|packaging)\b",
    re.IGNORECASE,
)


def _scare_quoted_opening(doc: Document, start: int, end: int) -> bool:
    """Whether only the claim's first words stand in quotation marks, a scare quote of at most three
    words that closes before the claim's last word, which lies outside every quotation: "Most people
    who took the \u201cvaccine\u201d ... were lied to", "The \u201cexperts\u201d lied about masks". The
    quotation holds a word the writer disowns, not the claim, so the claim is the writer's own (a
    quotation that holds the whole claim, or runs on past it, is still a quotation)."""
    bounds = quotation_around(doc, start)
    if bounds is None or bounds[1] >= end - 1:
        return False
    if len(doc.prose[bounds[0] + 1 : bounds[1]].split()) > 3:
        return False
    return not inside_quotes(doc, end - 1)


def _headline_scare_quote(doc: Document, start: int) -> bool:
    """Whether a quoted claim is a headline's scare quote: a quotation of at most four words in
    a heading that names no speaker ("'Holy grail' of breast cancer prevention may be in
    sight"). Nobody is quoted: the headline lifts the hype word and makes it its own framing,
    so the words count as the outlet's (a speaker named with a verb, "... hailed as a 'game
    changer'", or a label before a colon, "Oncologist: 'a game changer'", keeps the quote)."""
    bi = doc.block_at(start)
    if bi is None:
        return False
    block = doc.blocks[bi]
    line = doc.prose[block.start : block.end].strip()
    # a heading, or the document's title: its first block, one line with no final stop (a
    # headline longer than a heading line in plain text)
    title = bi == 0 and "\n" not in line and line[-1:] not in ".!?:;,"
    # the headline of the page (a top-level heading or the title line), not a subheading: a careful
    # page's sections name the phrases they discuss ("## 'Miracle cure' websites")
    if not title and not (block.kind == HEADING and block.level <= 1):
        return False
    if _DOUBT.search(line):
        return False  # quotes that distance: "The 'miracle' cure that wasn't", "Why 'detox' teas fail"
    bounds = quotation_around(doc, start)
    if bounds is None:
        return False
    if ":" in doc.prose[block.start : bounds[0]]:
        return False
    if _MENTION_NOUN.match(doc.prose, bounds[1] + 1):
        return False  # the phrase named as a label, not used: "'Risk-free' labels", "'Detox' products"
    words = doc.prose[bounds[0] + 1 : bounds[1]]
    if len(words.split()) > 4:
        return False
    # the headline quotes someone after all when the body gives the same words to a speaker: "In what
    # researchers are calling a 'breakthrough'", "Yuan refers to Young as her 'miracle patient'"
    return not _attributed_in_body(doc, words, block.end)


_BODY_LOOKUPS = 20  # occurrences of a headline's quoted words read in the body, at most


def _attributed_in_body(doc: Document, words: str, after: int) -> bool:
    """Whether the body (from ``after``) has ``words`` inside quotation marks or in a sentence
    that names a speaker: the headline then quotes that speaker, not its own framing."""
    needle = " ".join(words.lower().split()).strip(" ,.!?;:")
    lowered = doc.lower
    if not needle or len(lowered) != len(doc.prose):
        return False
    pos = lowered.find(needle, after)
    for _ in range(_BODY_LOOKUPS):
        if pos == -1:
            return False
        if inside_quotes(doc, pos):
            return True
        sent = sentence_of(doc, pos)
        if sent is not None and _ATTRIBUTION.search(sent.text):
            return True
        pos = lowered.find(needle, pos + len(needle))
    return False


# an interrogative opening a heading: "Can the COVID vaccine change my DNA", "Do vaccines cause autism"
# (a wh-word opens a question only with an auxiliary after it: "Why do vaccines ...", "How does the
# vaccine ..."; "How I Cured My Diabetes", "How to reverse ..." and "Why this tea cures cancer" are
# headlines that state, and "What your doctor won't tell you" is their framing)
_ASKING = cue(
    r"\W*(?:(?:do|does|did|can|could|will|would|is|are|was|were|should|has|have)\b"
    r"|(?:how|why|what|which|who|when|where)\s+(?:do|does|did|can|could|will|would|is|are|was|were|should|"
    r"has|have|may|might)\b)",
    re.IGNORECASE,
)


def _asking_heading(doc: Document, offset: int) -> bool:
    """Whether the claim is in a heading that opens with an interrogative: headings often drop
    the question mark ("Can the COVID vaccine change my DNA")."""
    bi = doc.block_at(offset)
    if bi is None or doc.blocks[bi].kind != HEADING:
        return False
    return bool(_ASKING.match(doc.prose, doc.blocks[bi].start, doc.blocks[bi].end))


# a question that states its claim: "Did you know that ...?", "Have you heard ...?", "Isn't it time
# ...?", "Don't you want ...?": the writer presupposes the answer. So does a question of how or why a thing
# does what the claim says ("How, then, does coconut oil reverse Alzheimer's?", "Why does garlic lower blood
# pressure?"): it asks for the mechanism of an effect it takes as given, where a yes-or-no question ("Does
# garlic lower blood pressure?") asks whether there is one. Not a reader's how-to ("How can you ...", "How do
# I ...") nor why people believe something (their belief is the claim's frame, read as attribution); such a
# question answered no at once ("It does not.") is debunked all the same
_RHETORICAL_OPENER = cue(
    r"\W*(?:(?:so|and|but|now|well|then)\s*,?\s*)?(?:"
    r"(?:did|do|have|has)\s+(?:you|they|we)\s+(?:ever\s+|already\s+)?(?:know|knew|heard|hear|realized?|realised?|"
    r"noticed?|seen)\b"
    r"|(?:is|are|was|were|do|does|did|can|could|would|will|have|has|should|wo)n['\u2019]?t\b"
    r"|(?:how|why)\s*(?:,\s*(?:then|exactly|again)\s*,\s*|\s(?:then|exactly)\s+)?(?:does|do|did)\s+"
    r"(?!(?:you|i|we|they|people|anyone|someone|some|many|most|doctors|scientists|researchers|experts)\b)"
    # (not how a thing became known as one: "How did bone broth become the magic elixir du jour?" asks of a fashion)
    r"(?![^?.!]{0,40}?\b(?:become|became|get|got|gain|gained|earn|earned|come\s+to|turn\s+into|acquire|win|won)\b)"
    # (and the praise a question takes as given: "Why is turmeric so effective at curing arthritis?", "What makes
    # garlic such a powerful cure for cancer?")
    r"|why\s+(?:is|are)\s+(?![^?]{0,40}?\bnot\b)[^?.!]{1,40}?\bso\s+(?:effective|good|powerful|great|beneficial|"
    r"helpful|potent|successful)\b|what\s+makes\s+[^?.!]{1,40}?\b(?:so|such\s+an?)\s+(?:effective|good|powerful|"
    r"great|beneficial|helpful|potent|successful|miraculous|amazing)\b"
    r"|what\s+if\b|who\s+knew\b|guess\s+what\b"
    # (s61) a how-to headline or sentence with a question mark ("How to Cure Thyroid Permanently?"): no auxiliary, so it
    # asks nothing; it promises the way
    r"|how\s+to\s+(?:cure|reverse|heal|get\s+rid\s+of|eliminate|beat|banish|stop)\b"
    # (s62) and the writer's own story told the same way ("How I Reversed My Diabetes With The Help Of This Natural Cure?")
    r"|how\s+I\s+(?:cured|reversed|healed|beat|fixed|got\s+rid\s+of|conquered|overcame|eliminated)\b)",
    re.IGNORECASE,
)
# the article answers its own question yes at once: the question was the claim's setup
_ANSWERED_YES = cue(
    # "yes" is an answer; "of course", "absolutely" and the like only standing alone ("Absolutely!")
    # or with the claim's pronoun ("Of course it can"): "Of course, Hologic has done some selling"
    # opens a new point
    # (after a Q&A's answer label too: "A: Yes.")
    r"\s*(?:(?:a|answer)\s*:\s*)?(?:yes|yep|the\s+answer\s+is\s+(?:a\s+)?(?:resounding\s+)?yes)\b"
    r"|\s*(?:(?:a|answer)\s*:\s*)?(?:absolutely|of\s+course|definitely|certainly|sure|indeed)\s*(?:[.!]|,?\s+(?:it|they)\s+"
    r"(?:can|does|do|is|are|will|works?)\b)",
    re.IGNORECASE,
)
# a question answered no at once: "Is Big Pharma hiding a cure? No." / "No, it does not." / "The short
# answer is no." ("No one knows" and "No studies ..." go on as statements of their own)
_ANSWERED_NO = cue(
    # (after a Q&A's answer label too: "Q: Is it true that ...? / A: No.")
    r"\s*(?:(?:a|answer)\s*:\s*)?(?:no\s*(?:[.!:;\u2014\u2013]|,\s|\s+(?:it|they|he|she|this|that)\s+(?:does|do|did|is|are|was|were|can|will|has|have)"
    r"(?:\s*not|n[''\u2019]t)\b)|not\s+at\s+all\b|(?:the\s+)?(?:short\s+|simple\s+)?answer\s+is\s+(?:a\s+)?(?:clear\s+|resounding\s+)?no\b"
    # the answer given by those who know, or a short denial: "Experts say no.", "The evidence says
    # otherwise.", "Not according to the CDC.", "Probably not.", "Not really." ("Experts say no one
    # should ..." goes on as a statement)
    r"|(?:most\s+|many\s+)?(?:experts?|scientists?|doctors?|physicians?|researchers?|studies|fact-?checkers|"
    r"(?:health\s+)?authorities|the\s+(?:evidence|science|research|data|studies|experts))\s+"
    r"(?:say|says|said|suggests?|shows?)\s+(?:no\s*[.!,;:\u2014\u2013]|otherwise\b)"
    r"|not\s+according\s+to\b|(?:probably|almost\s+certainly|certainly|definitely)\s+not\b|not\s+really\b"
    r"|not\s+so\s*(?:[.!]|fast\b)|not\s+quite\b|(?:highly\s+|very\s+)?unlikely\s*[.!]"
    # a denial of the question's verb, standing alone: "It does not.", "They don't.", "It can't."
    # (s61: "You cannot.", "We can't." answer a how-to's question too)
    r"|(?:it|they|this|that|he|she|you|we)\s+(?:does|do|did|is|are|was|were|can|will|has|have)(?:\s*not|n[''\u2019]t)\s*[.!])",
    re.IGNORECASE,
)
# "whether" opening the clause that holds the claim, up to the claim with no clause break
_WHETHER_TAIL = cue(r"\bwhether\b[^.!?;:]*$", re.IGNORECASE)
# a verb of asking or wondering whose question holds the claim, still open at it: "Many people ask how to
# get rid of diabetes", "patients want to know whether turmeric cures arthritis", "people wonder if it can
# be reversed" (what someone asks is not what the page claims; "learn how to" and "find out how to" are a
# page's promise and stay out, as do questions closed before the claim)
_ASKED_TAIL = cue(
    r"\b(?:ask|asks|asked|asking|wonder|wonders|wondered|wondering|(?:want|wants|wanted|wanting)\s+to\s+know|"
    r"(?:are|is|were|was)\s+(?:often\s+)?curious\s+(?:about|as\s+to)|inquire|inquires|inquired|enquire|enquires|"
    r"enquired)\s+(?:whether|if|how|why)\b[^.!?;:,]*$",
    re.IGNORECASE,
)


# an indirect question after a verb of checking, still open at the claim: "Let's look into the research and see which
# benefits are backed by science", "researchers tested whether the extract lowers blood sugar", "find out if turmeric
# really works" (s56; "learn which" and "discover which" promise an answer and are left)
_CHECKED_TAIL = cue(
    r"\b(?:see|check|checks|checked|checking|examine[sd]?|examining|find(?:ing)?\s+out|found\s+out|explore[sd]?|"
    r"exploring|investigate[sd]?|investigating|test(?:s|ed|ing)?|determine[sd]?|determining|"
    r"look(?:s|ed|ing)?\s+(?:at|into))\s+(?:whether|if|which)\b[^.!?;:,]*$",
    re.IGNORECASE,
)


# others said to look for the thing the claim names, its object still open at the claim: "while many look for a quick
# fix in their spice cabinet", "desperate patients searching for a miracle cure", "people who hope for a cure" (not the
# reader: "Looking for a natural cure? This tea is it" sells to the reader, and stays the page's claim)
_SOUGHT_TAIL = cue(
    r"\b(?:people|many|most|some|others|patients|sufferers|consumers|families|parents|millions|thousands|those|they|who)\b"
    r"[^.!?;:]{0,40}?\b(?:look(?:s|ing|ed)?\s+for|search(?:es|ing|ed)?\s+for|seek(?:s|ing)?|sought|"
    r"hop(?:e|es|ing|ed)\s+for|in\s+search\s+of|long(?:s|ing)?\s+for|desperate\s+for)\s+"
    r"(?:a|an|the|some|any|that)?\s*(?:[\w'\u2019-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _next_sentence(doc: Document, s_end: int) -> Sentence | None:
    """The sentence that follows the one ending at ``s_end`` with at most a few characters of
    space between them (not one after a heading or a gap): where an answer, a label ("That is
    false.") or a rebuttal of the sentence stands."""
    j = bisect.bisect_left(doc.sentence_starts, s_end)
    if j >= len(doc.sentences):
        return None
    nxt = doc.sentences[j]
    return nxt if nxt.start - s_end < 4 else None


_DENIALS = frozenset({"not", "no", "never", "cannot"})


def _denied_next(doc: Document, s_end: int, start: int, end: int) -> bool:
    """The next sentence says the claim again with its verb denied: a myth page's numbered claim and its answer
    ("14. Vaccines cause autism" over "Vaccines do not cause autism. We repeat ...", an s31 careful page). The
    claim's first word must open the denial's clause with "not", "no", "never" or "cannot" within three words after
    it, and every content word of the claim must stand in the denial ("Doctors do not want you to know that
    vaccines cause autism" denies something else)."""
    nxt = _next_sentence(doc, s_end)
    if nxt is None:
        return False
    claim = [w for w in _tokens(doc.prose[start:end]) if len(w) > 2]
    if len(claim) < 2:
        return False
    words = _tokens(doc.prose[nxt.start : nxt.end])
    if not set(claim) <= set(words):
        return False
    first = words.index(claim[0])
    return not _DENIALS.isdisjoint(words[first + 1 : first + 4])


#: A sentence that names a statement as a claim ("Lack of clinical evidence for the claim that dog dewormer
#: fenbendazole cures cancer"), up to the claim's words.
_CLAIM_THAT = re.compile(r"\b(?:claims?|rumou?rs?|myths?|posts?|allegations?)\s+that\s+", re.IGNORECASE)
#: Words in that sentence that judge the claim false or unsupported.
_CLAIM_VERDICT = re.compile(
    r"\b(?:lack\s+of|no|little|insufficient|without)\s+(?:\w+\s+)?evidence\b|\b(?:false|misleading|unproven|"
    r"unsupported|debunked|myth|no\s+proof)\b",
    re.IGNORECASE,
)


def _claim_named_before(doc: Document, s_start: int, start: int, end: int) -> tuple[bool, bool]:
    """(said, debunked): the sentence just before named these words as a claim ("... for the claim that dog
    dewormer fenbendazole cures cancer" over the line "Fenbendazole cures cancer", a fact-check's card) and
    perhaps judged it; the claim's words must all stand after that sentence's "claim that"."""
    i = bisect.bisect_right(doc.sentence_starts, s_start - 1) - 1
    if i < 0:
        return False, False
    prev = doc.sentences[i]
    if prev.end > s_start or s_start - prev.end > 4:
        return False, False
    m = _CLAIM_THAT.search(doc.prose, prev.start, prev.end)
    if m is None:
        return False, False
    named = set(_tokens(doc.prose[m.end() : prev.end]))
    words = _tokens(doc.prose[start:end])
    if not words or not all(w in named for w in words):
        return False, False
    return True, bool(_CLAIM_VERDICT.search(doc.prose, prev.start, m.start()))


def _attributed_back(doc: Document, s_end: int) -> tuple[bool, bool]:
    """Whether the next sentence hands the statement to someone ("That is what a viral post
    says"), and whether that sentence, after the attribution, or the one after it rejects it."""
    nxt = _next_sentence(doc, s_end)
    if nxt is None:
        return False, False
    m = _ATTRIBUTED_BACK.match(doc.prose, nxt.start, nxt.end)
    if m is None and _QUOTE_CLOSED_ON_MARK.search(doc.prose, max(0, s_end - 3), s_end):
        m = _SPEECH_TAG.match(doc.prose, nxt.start, nxt.end)
    if m is None:
        return False, False
    if _LATE_VERDICT.search(doc.prose, m.end(), nxt.end):
        return True, True
    after = _next_sentence(doc, nxt.end)
    rejected = after is not None and bool(
        _LABELLED_FALSE.match(doc.prose, after.start, after.end)
        or _REBUTTAL_SENTENCE.match(doc.prose, after.start, after.end)
        or _NO_EVIDENCE_START.match(doc.prose, after.start, after.end)
    )
    return True, rejected


# the page's own clientele as the speaker of a quotation: "One of our clients wrote:", "My patients say:"
_OWN_CLIENTELE = cue(
    r"\b(?:our|my)\s+(?:[\w-]+\s+)?(?:clients?|customers?|patients?|members?|users?|readers?|buyers?|students?|"
    r"followers?|community)\b",
    re.IGNORECASE,
)


def _attributed_at_opening(doc: Document, start: int, s_start: int, s_end: int) -> tuple[bool, int]:
    """Whether the quotation that holds the claim opened in an earlier sentence that hands it to
    someone ("A viral post reads: \u201cMy thyroid is healed. I haven't taken a pill in two years.\u201d
    This is misleading."), and the end of the sentence where the quotation closes, after which a
    rebuttal stands. A testimonial quoted with no speaker named before it is not attributed here."""
    span = quotation_around(doc, start)
    if span is None or span[0] >= s_start:
        return False, s_end
    opening = sentence_of(doc, span[0])
    if opening is None:
        return False, s_end
    head = doc.prose[opening.start : span[0]]
    if not (_ATTRIBUTION.search(head) or _MEDIA_SUGGESTS.search(head) or lead_in(head)):
        return False, s_end
    if _OWN_CLIENTELE.search(head):
        return False, s_end  # the seller's own testimonials, offered as proof: "Our clients say it best:"
    closing = sentence_of(doc, span[1])
    return True, max(s_end, closing.end) if closing is not None else s_end


#: The speaker of a speech tag: a pronoun, or a name of up to three capitalised words ("Dr. Lee", "Liz Johnson").
_TAG_SPEAKER = r"(?:she|he|they|(?-i:[A-Z][\w'\u2019.-]+)(?:\s+(?-i:[A-Z][\w'\u2019.-]+)){0,2})"
#: A speech tag right after a quotation's closing mark: '," she said', '" Liz told Babe', '," says Dr. Lee'.
_TAG_AFTER_CLOSE = cue(
    rf"[\"'\u201d\u2019]\s*(?:{_TAG_SPEAKER}\s+"
    r"(?:said|says|told|tells|explained|explains|added|adds|wrote|writes|recalled|recalls|insisted|insists)\b"
    rf"|(?:said|says|told|explained|added|wrote|recalled)\s+{_TAG_SPEAKER})",
    re.IGNORECASE,
)
#: The tail of a sentence whose quotation closed on a speech tag, up to the next quotation's opening mark.
_CONTINUED_AFTER_TAG = cue(
    rf"[\"\u201d]\s*,?\s*(?:{_TAG_SPEAKER}\s+"
    rf"(?:said|says|told\s+\w+|explained|explains|added|adds|recalled|recalls)|(?:said|says)\s+{_TAG_SPEAKER})"
    r"[^\"\u201c\u201d]{0,100}?[.!?]\s*",
    re.IGNORECASE,
)


def _tagged_at_close(doc: Document, start: int, s_end: int) -> bool:
    """Whether the quotation that holds the claim runs past the claim's sentence and closes on a speech tag:
    '"It's over, it is done with, I am healed. I feel it in my spirit," she said.' (a news story's quotation of
    several sentences; the tag in the last one attributes them all, as it does a one-sentence quotation)."""
    span = quotation_around(doc, start)
    if span is None:
        return False
    if span[1] >= s_end - 1 and span[1] < len(doc.prose):
        if _TAG_AFTER_CLOSE.match(doc.prose, span[1], min(len(doc.prose), span[1] + 60)):
            return True
    # a quotation that goes on from a tagged one: '"I'm feeling really good," she said, sitting in my exam room.
    # "I stopped all my medicines ..."' (the speaker just named speaks on)
    before = doc.prose[max(0, span[0] - 160) : span[0]]
    last_close = max(before.rfind("\u201d"), before.rfind('"'))
    return last_close != -1 and bool(_CONTINUED_AFTER_TAG.fullmatch(before, last_close))


def _rhetorical(doc: Document, s_start: int, s_end: int) -> bool:
    """Whether a sentence that ends in "?" states its claim instead of asking it: a rhetorical
    opener, or an answer of yes that follows at once ("Can turmeric cure cancer? Yes, it can")."""
    if _RHETORICAL_OPENER.match(doc.prose, s_start, s_end):
        return True
    nxt = _next_sentence(doc, s_end)
    return nxt is not None and bool(_ANSWERED_YES.match(doc.prose, nxt.start, nxt.end))


def _asks_whether(before_text: str) -> bool:
    """Whether the claim stands in an indirect question: a "whether" clause still open at the
    claim ("It is impossible to answer whether the mushroom can cure disease"); a closed
    "whether ... or ...," concession ("Whether you have arthritis or gout, this tea cures it")
    is not one."""
    tail = _WHETHER_TAIL.search(before_text)
    return tail is not None and not _WHETHER_ADJUNCT.search(tail.group())


def _asked_about(before_text: str) -> bool:
    """Whether the claim stands in a question someone is said to ask: "Many people want to know how to
    get rid of diabetes completely" reports a wish, not a cure; or is what others are said to seek: "while many
    look for a quick fix in their spice cabinet", "patients searching for a miracle cure"."""
    low = before_text.lower()
    if (
        "ask" in low or "wonder" in low or "know" in low or "curious" in low or "quir" in low
    ) and _ASKED_TAIL.search(before_text) is not None:
        return True
    if ("whether" in low or "if" in low or "which" in low) and _CHECKED_TAIL.search(before_text) is not None:
        return True
    return ("look" in low or "search" in low or "seek" in low or "sought" in low or "hop" in low) and bool(
        _SOUGHT_TAIL.search(before_text)
    )


# the negative verdicts of the fact-checkers' rating scales: PolitiFact (False, Mostly False, Pants on Fire),
# Snopes (False, Mostly False, Unproven, Scam), AFP (False, Misleading, Partly false), Health Feedback
# (Inaccurate, Incorrect, Misleading, Unsupported); "half true", "mixture" and "true" are not among them
_RATED_FALSE = (
    r"(?:(?:mostly|partly|largely|entirely|completely|totally)\s+)?(?:false|untrue|not\s+true|wrong|fake|"
    r"inaccurate|incorrect)\b|misleading\b|unsupported\b|unproven\b|pants\s+on\s+fire\b|a\s+scam\b|scam\b"
)
# the next sentence calls the claim false in so many words: unlike ``_REBUTTAL_SENTENCE`` (read only
# after someone else's claim) a bare "it does not" is not enough, since the article's own claim is
# often followed by a sentence such as "It does not contain sugar."
_LABELLED_FALSE = cue(
    r"\s*(?:(?:but|however|in fact|in reality|actually)\s*,?\s*)?(?:"
    # the next sentence sets the reality against it: "Detox teas flush toxins. In reality, your liver does that."
    r"(?<![\w,])in\s+(?:reality|truth)\s*,|"
    r"(?:this|that|the claim|these claims|such claims|it|this claim|that claim)\s+(?:is|are|was)\s+(?:\w+ly\s+)?"
    r"(?:false|untrue|not true|a myth|a hoax|a lie|misinformation|wrong|incorrect|debunked|disproven)\b"
    r"|(?:false|untrue|not true|fiction|myth|wrong)\s*[.!]"
    # a label and a verdict of the fact-checkers' rating scales (PolitiFact, Snopes, AFP, Health Feedback):
    # "Verdict: false", "The verdict: misleading", "Rating: Mostly False", "Our rating: Inaccurate"
    r"|(?:(?:the|our|my|final)\s+)?(?:verdict|rating|fact|truth|reality)\s*[:\u2013\u2014-]\s*"
    rf"(?:{_RATED_FALSE}|myth|no\b)"
    # the checker's verb of rating: "We rated this claim False.", "PolitiFact rates the statement Pants on Fire",
    # "We rate it Mostly False" (a true or a mixed rating does not match: "We rate this claim True")
    r"|(?:we|(?-i:[A-Z][\w.-]*)(?:\s+(?-i:[A-Z][\w.-]*))?)\s+(?:(?:have|has|therefore|thus|so)\s+)?"
    r"(?:rated|rate|rates|label(?:l?ed|s)?|deemed|deem|deems)\s+(?:this|that|the|it|these|such)\b"
    r"(?:\s+(?:claim|claims|statement|post|posts|video|article|story|rumou?r|assertion)s?)?\s+(?:as\s+)?"
    rf"[\"'\u201c\u2018]?(?:{_RATED_FALSE})\b"
    # a sentence that restates others' claims as its subject and calls them false: "Claims research conducted
    # by the Doherty Institute found garlic can cure COVID-19 are false."
    r"|(?:the\s+|such\s+|these\s+)?(?:claims?|reports?|posts?|rumou?rs?|suggestions?|assertions?|messages?)\b"
    r"[^.!?\n]{0,160}?\b(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:false|untrue|not\s+true|a\s+myth|a\s+hoax|"
    r"misleading|wrong|incorrect|unfounded|baseless|debunked)\b)",
    re.IGNORECASE,
)
# a verdict that closes the claim's own sentence after a dash: "Vaccines cause autism — FALSE", "Garlic
# cures the flu - a myth." (a caption's or a list's verdict; the dash ends the claim's clause, so the
# negation window never reads it)
_DASH_VERDICT = cue(
    r"(?:\s[-\u2013]|\u2014)\s*(?:(?:that|this|it)(?:['\u2019]s|\s+is)\s+)?(?:totally\s+|completely\s+|simply\s+)?"
    r"(?:false|untrue|not\s+true|fake|fiction|a\s+myth|myth|a\s+hoax|hoax|a\s+lie|misleading|wrong|debunked|busted)"
    r"\s*[.!]*\s*$",
    re.IGNORECASE,
)
# a line that opens with a myth label holds the myth in every sentence of it up to the label of the
# answer, when that label follows on the line or on the next: "Myth: Covid was never the threat. The real
# bioweapon is the vax. / Fact: ..." (``_DEBUNK_LABEL`` reads only the line's first sentence; with no
# answer label after it, a later sentence may be the page's own answer and keeps its findings)
_ANSWER_LABEL = cue(
    r"(?:^|(?<=[.!?\n])|(?<=[.!?]\s))\s*(?:the\s+)?(?:fact|facts|truth|reality|verdict|rating|answer)\s*[:\u2013\u2014-]",
    re.IGNORECASE,
)
# a block that is only a label for what follows: "Myth", "Myth #3", "False claim:"
_MYTH_LABEL_BLOCK = cue(
    r"\W*(?:(?:(?:the\s+)?(?:myth|claim|rumou?r|misconception)|fiction|false|false claim|fake|hoax|myth or fact|"
    r"fact or myth|fact or fiction|true or false)s?\s*(?:#?\s*\d+)?"
    # a fact-check's heading over the claim it checks: "What was claimed", "The claim being checked",
    # "What the post says", "Claim reviewed"
    r"|what(?:\s+was|\s+is|[\u2019']s)?\s+(?:being\s+)?claimed|(?:the\s+)?(?:viral\s+|online\s+)?claims?\s+"
    r"(?:being\s+|we\s+)?(?:checked|reviewed|examined|investigated)"
    r"|what\s+(?:the|a|this)\s+(?:[\w-]+\s+)?(?:posts?|videos?|memes?|messages?|tweets?|articles?|ads?|websites?)\s+"
    r"(?:says?|claims?|said|claimed)"
    # a fact-check's own labels: "Full Claim", "Reviewed content", and a rating scale's verdict on a line of
    # its own right above the claim (Health Feedback's "Unsupported", "Inaccurate", "Misleading")
    r"|(?:full|original|main|key)\s+claims?|reviewed\s+(?:content|claims?|statements?)"
    r"|unsupported|inaccurate|misleading|incorrect|unproven|mostly\s+false|pants\s+on\s+fire)\W*",
    re.IGNORECASE,
)


def _introduced_block_quote(doc: Document, offset: int) -> bool:
    """A block quotation introduced as someone's words ("One viral post read:" and a blockquote):
    quoted, though it has no quotation marks. A blockquote after a lead-in of the writer's own
    ("Here is the truth:") is the writer's callout, not a quotation."""
    bi = doc.block_at(offset)
    if bi is None or doc.blocks[bi].kind != QUOTE:
        return False
    j = bi
    while j > 0 and doc.blocks[j].kind == QUOTE:
        j -= 1
    lead = doc.blocks[j]
    if lead.kind == QUOTE:
        return False
    text = doc.prose[lead.start : lead.end]
    return lead_in(text[text.rfind("\n") + 1 :])


# a cross mark that opens a statement in a myth-versus-fact list: "\u274c Vaccines cause autism"
_CROSS_MARK = cue(r"\s*(?:\u274c|\u2717|\u2718|\u2716|\U0001f6ab)")


def _in_myth_table(doc: Document, offset: int) -> bool:
    """A table cell in a table one of whose earlier cells is a "Myth" (or "Claim", "False")
    header: a myth-versus-fact table states its myths in order to correct them."""
    bi = doc.block_at(offset)
    if bi is None or doc.blocks[bi].kind != TABLE_CELL:
        return False
    j = bi - 1
    while j >= 0 and doc.blocks[j].kind == TABLE_CELL and bi - j <= 200:
        cell = doc.blocks[j]
        if _MYTH_LABEL_BLOCK.fullmatch(doc.prose, cell.start, cell.end):
            return True
        j -= 1
    return False


#: A label that presents what follows as a view to be examined, not the writer's: "The idea:", "The belief:",
#: "What they say:" (judged only with an answer label after it: ``_labelled_claim_answered``)
_CLAIM_LABEL = cue(
    r"\W*(?:the\s+)?(?:claim|idea|belief|theory|notion|assumption|promise|pitch|hype|headline|"
    r"what\s+(?:they|people|some|sellers|the\s+ads?)\s+(?:say|claim|promise))\s*[:\u2013\u2014]",
    re.IGNORECASE,
)
#: How far after the claim its answer label may stand (characters)
_ANSWER_REACH = 300


def _labelled_claim_answered(doc: Document, s_start: int, end: int) -> bool:
    """The claim's sentence opens with a label that presents it as a view ("The idea: lemon water cures
    cancer.") and an answer label follows within a few lines ("The reality: it does not."): a myth-and-fact pair
    written with other words."""
    if _CLAIM_LABEL.match(doc.prose, s_start) is None:
        return False
    return _ANSWER_LABEL.search(doc.prose, end, min(len(doc.prose), end + _ANSWER_REACH)) is not None


def _labelled_false(doc: Document, s_end: int, end: int | None = None) -> bool:
    """The sentence after the claim calls it false: "Vaccines cause autism. This is false." /
    "... Verdict: false"; or, given the claim's ``end``, a line of the same sentence after it does
    (a fact-check's claim line with no full stop, then "Rating: False" on the next line)."""
    if end is not None:
        brk = doc.prose.find("\n", end, s_end)
        if brk >= 0 and _LABELLED_FALSE.match(doc.prose, brk + 1, s_end):
            return True
    nxt = _next_sentence(doc, s_end)
    return nxt is not None and bool(_LABELLED_FALSE.match(doc.prose, nxt.start, nxt.end))


# the writer reports finding no evidence for what was just said: "So once again, a real miracle
# cure ... but we haven't found sufficient evidence", "... There is no good evidence for that."
# (not an absence of evidence of harm, which supports a safety claim)
_NO_EVIDENCE = (
    r"\s*,?\s*(?:(?:but|however|yet|in fact|so far|to date|unfortunately|sadly|the\s+truth\s+is|in\s+truth|"
    r"in\s+reality|the\s+reality\s+is)\s*,?\s*)*"
    # a concession before the verdict: "But, while it might seem like a good idea, many claims ..."
    r"(?:(?:while|although|though|even\s+though)\b[^.!?;,]{1,80},\s*)?(?:"
    # the claims about the thing judged unsupported: "many claims surrounding detox diets are devoid of any
    # scientific backing", "most of these claims lack evidence"
    r"(?:many|most|the|these|such|all|those)\s+(?:of\s+(?:the|these|those)\s+)?claims?\s+(?:[\w-]+\s+){0,4}?"
    # (or called false or hype outright: "The truth is, most of those claims are hype")
    r"(?:(?:are|is)\s+(?:\w+ly\s+)?(?:devoid\s+of|without|lacking|unsupported|unproven|unfounded|baseless|false|"
    r"untrue|hype|bogus|nonsense|myths?\b|exaggerated|overblown|misleading)|"
    r"(?:lack|lacks)\s+(?:any\s+)?(?:good\s+|solid\s+|scientific\s+)?(?:evidence|support|backing|proof))|"
    r"(?:we|i|researchers|scientists|studies|research|science)\s+(?:have|has|had|did|could|can|do|does)\s*"
    r"(?:not|n['\u2019]t|never)\s+(?:yet\s+)?(?:found|find|shown|show|proven|prove|confirmed|confirm|identified)\s+"
    r"(?:any\s+|a\s+single\s+|sufficient\s+|enough\s+|good\s+|reliable\s+|convincing\s+|solid\s+|scientific\s+)?"
    r"(?:evidence|proof|stud(?:y|ies)|trials?|support)"
    r"|there\s+(?:is|are)\s+(?:still\s+|currently\s+|simply\s+)?no\s+(?:good\s+|reliable\s+|scientific\s+|"
    r"convincing\s+|sufficient\s+|solid\s+)?(?:evidence|proof|studies)"
    r"|(?:this|that|it)\s+has\s+(?:never|not)\s+been\s+(?:proven|shown|investigated|studied|verified|tested))"
    r"(?!\s+(?:of|for|on|about)\s+(?:\w+\s+)?(?:harms?|side|risks?|dangers?|adverse|safety|toxicity))\b"
)
_NO_EVIDENCE_START = cue(_NO_EVIDENCE, re.IGNORECASE)
# the article's own statement, contradicted at once by research that found nothing: "Turmeric cures
# cancer. However, studies show no benefit." (the contrast word is required: without it the next
# sentence may be a finding of its own)
_CONTRARY_FINDING = cue(
    r"\s*(?:but|however|yet|in fact|in reality|actually)\s*,?\s*" + _NULL_FINDING, re.IGNORECASE
)
# (s66) the claims just set out, challenged at once by a question of their evidence: "... and even to cure diseases such
# as diabetes and cancer. But does the evidence actually support these claims?" (a careful page's set-up)
_CHALLENGE_QUESTION = cue(
    r"\s*(?:but|so)\s*,?\s*(?:does|do|is|are|can|will)\s+(?:the|any|there|it|they|these|this|that|such)\b[^.!?]{0,80}?"
    r"\b(?:evidence|science|research|studies|true|hold\s+up|back\s+(?:it|this|them)\s+up|supports?)\b[^.!?]*\?",
    re.IGNORECASE,
)
_NO_EVIDENCE_CLAUSE = cue(r"\b(?:but|however|yet)\b" + _NO_EVIDENCE, re.IGNORECASE)
# a cure denied outright in the claim's own sentence, after a contrast: "Many want to know how to get rid of
# diabetes completely, but unfortunately, there is no such permanent cure for diabetes" (in the next sentence
# it may deny another disease's cure, so only here)
_NO_CURE_CLAUSE = cue(
    r"\b(?:but|however|yet)\s*,?\s*(?:(?:unfortunately|sadly|in\s+fact)\s*,?\s*)?there\s+(?:is|are)\s+"
    r"(?:still\s+|currently\s+|simply\s+|as\s+yet\s+)?no\s+(?:such\s+|known\s+|permanent\s+|real\s+|definitive\s+|"
    r"proven\s+)*cures?\s*(?:for\b|[.!;]|$)",
    re.IGNORECASE,
)


_LEAD_IN_WORDS = 12  # a lead-in is a short sentence of its own
#: a capability, not a doubt: "it is possible to cure", "it is entirely possible to reverse"
_POSSIBLE_TO = re.compile(
    r"\bit\s+is\s+(?:(?:quite|entirely|very|completely|absolutely|totally)\s+)?possible\s+to\b", re.IGNORECASE
)
#: a yes-or-no question about what was just said ("Is that what your doctor said?", "Did they tell you
#: this?"): its "that" points back, so it hands nothing after it to anyone
_ASKS_BACK = re.compile(
    r"\s*(?:is|was|are|were|did|does|do|has|have|had)\s+(?:that|this|it)\b", re.IGNORECASE
)


def _attributing_lead_in(doc: Document, s_start: int) -> bool:
    """The sentence before, in the same block, is a short lead-in that hands what follows to
    someone: "The bottom line, according to the experts? Start with a small dose." / "Her
    advice, she says:" (a question or a colon that names a speaker); or the line above leaves
    others' "that" clause open ("They say that……"), and the claim's line goes on with it."""
    line_start = doc.prose.rfind("\n", 0, s_start) + 1
    if line_start > 0:
        above = doc.prose[doc.prose.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        if open_that_lead_in(above):
            return True  # "They say that……" on a line of its own: the next line is what they say
    i = bisect.bisect_right(doc.sentence_starts, s_start - 1) - 1
    if i < 0:
        return False
    prev = doc.sentences[i]
    if prev.start >= s_start or s_start - prev.end > 3:
        return False
    text = prev.text.rstrip()
    if text[-1:] not in ("?", ":") or len(text.split()) > _LEAD_IN_WORDS:
        return False
    if "\n" in doc.prose[prev.end : s_start]:
        return False  # a heading or a block of its own, not a lead-in
    if _ASKS_BACK.match(text):
        return False  # "Is that what your doctor said?" asks about what came before, not what follows
    return bool(_ATTRIBUTION.search(text))


#: The claim's words named as what is advertised: "when you see ads for cancer cures", "promotions of detox teas"
#: (a noun of publicity and "for", "of" or a participle of selling, at most three words before the claim)
_ADVERTISED = cue(
    r"\b(?:ads|adverts?|advertisements?|advertising|commercials?|infomercials?|promotions?|marketing|pitches|"
    r"spam|sales\s+pitches)\s+(?:for|of|promising|touting|selling|peddling|pushing)\s+(?:[\w'\u2019-]+\s+){0,3}$",
    re.IGNORECASE,
)


#: A verb of publicity right before the claim, as a participle or an infinitive (``_advertised``): "videos with famous
#: personalities promoting a cure for hypertension", "Old West nostrum sellers used to market treatments for many
#: diseases" (the writer's own "we are promoting" is the writer's offer; a present tense, "the market now sells a
#: miracle cure", is left to the other cues)
_PUBLICISING = cue(
    r"(?<!\bwe\s)(?<!\bI\s)(?<!\bwe\sare\s)(?<!\bI\sam\s)(?<!\bwe['\u2019]re\s)(?<!\bI['\u2019]m\s)"
    r"\b(?:promot(?:ed|ing)|tout(?:ed|ing)|market(?:ed|ing)|(?<=\bto\s)(?:market|promote|sell|peddle|tout)|"
    r"advertis(?:ed|ing)|selling|peddl(?:ed|ing)|hawk(?:ed|ing)|endors(?:ed|ing))\s+"
    r"(?:(?:a|an|the|their|his|her|its|so-called|supposed|miracle|natural|quick|fake|bogus|unproven)\s+){0,3}$",
    re.IGNORECASE,
)
#: What a seller offers, opening the claim's words: a cure, a remedy, a treatment, a therapy, a fix. A verb of
#: publicity before anything else ("They got rich selling useless jabs") leaves the words the writer's.
_OFFER_HEAD = cue(
    r"(?:[\w'\u2019-]+\s+){0,3}?(?:cures?|remed(?:y|ies)|treatments?|therap(?:y|ies)|solutions?|fix(?:es)?)\b",
    re.IGNORECASE,
)


def _advertised(prose: str, s_start: int, start: int, end: int) -> bool:
    """The claim's words are the object of a noun of publicity (what the ads sell, not what the page says), or
    a seller's offer that a verb of publicity takes as its object (``_PUBLICISING``, ``_OFFER_HEAD``)."""
    if _ADVERTISED.search(prose, max(s_start, start - 80), start) is not None:
        return True
    return (
        _PUBLICISING.search(prose, max(s_start, start - 80), start) is not None
        and _OFFER_HEAD.match(prose, start, end) is not None
    )


#: A paragraph of its own that hands the paragraphs under it to a recording or a text: "When transcribed, the
#: audio of the footage read:", "The post's caption says:" (a transcript or a quoted post set as plain text)
_RECORDING_LEAD_IN = cue(
    r"[^\n]{0,60}?\b(?:audio|footage|video|clip|recording|transcript|voice\s*note|voice-?over|narrator|caption|"
    r"post|message|text|letter|e-?mail|advert(?:isement)?|ad|label|script|broadcast)\b[^\n:]{0,60}?\b"
    r"(?:read|reads|said|says|goes|went|states|stated|claims|claimed|ran|runs)\s*:\s*$",
    re.IGNORECASE,
)
#: A paragraph of its own that hands the paragraphs under it to a side's case, not the writer's: "The most basic
#: argument for the baking soda treatment falls into two realms:", "Proponents make three claims:" (a noun of
#: argument "for" something or a side that argues, ending in a colon)
_ARGUMENT_LEAD_IN = cue(
    r"[^\n]{0,80}?(?:\b(?:arguments?|case|rationale|reasoning|claims?|theory|theories|premises?|beliefs?)\s+"
    r"(?:for|behind|in\s+favou?r\s+of|made\s+(?:for|by))\b|\b(?:proponents|supporters|advocates|believers|"
    r"promoters|defenders)\b)[^\n:]{0,80}:\s*$",
    re.IGNORECASE,
)
#: how many paragraphs under such a lead-in are read as what it introduces
_RECORDING_PARAGRAPHS = 3


def _under_recording_lead_in(doc: Document, s_start: int) -> bool:
    """The claim's paragraph is one of the first few under a paragraph that introduces a recording's or a
    text's words (``_RECORDING_LEAD_IN``), with only paragraphs between: the page transcribes or quotes it; or one
    that introduces a side's case ("The most basic argument for the baking soda treatment falls into two realms:",
    ``_ARGUMENT_LEAD_IN``): the page sets out what others argue."""
    bi = doc.block_at(s_start)
    if bi is None:
        return False
    for back in range(1, _RECORDING_PARAGRAPHS + 1):
        j = bi - back
        if j < 0:
            return False
        block = doc.blocks[j]
        if block.kind != PARAGRAPH:
            return False
        if _RECORDING_LEAD_IN.fullmatch(doc.prose, block.start, block.end) or _ARGUMENT_LEAD_IN.fullmatch(
            doc.prose, block.start, block.end
        ):
            return True
    return False


# the claim's subject denied outright in the next sentence: "Superfoods prevent cancer" (a myth's heading),
# then "There really is no such thing as a superfood." (the thing must be a word of the claim's sentence:
# "There is no such thing as a cure-all" after "Turmeric cures cancer" denies something else)
_NO_SUCH_THING = cue(
    r"\s*there\s+(?:really\s+|simply\s+|actually\s+)?(?:is|are)\s+(?:really\s+|simply\s+|actually\s+)?"
    r"no\s+such\s+thing\s+as\s+(?:an?\s+|the\s+)?[\"'\u201c\u2018]?(?P<thing>[A-Za-z][\w-]*)",
    re.IGNORECASE,
)


def _no_evidence_after(doc: Document, end: int, s_end: int) -> bool:
    """The rest of the sentence, after a contrast, or the next sentence says no evidence was found, or
    that the claim's subject does not exist."""
    if _NO_EVIDENCE_CLAUSE.search(doc.prose, end, s_end) or _NO_CURE_CLAUSE.search(doc.prose, end, s_end):
        return True
    nxt = _next_sentence(doc, s_end)
    if nxt is None:
        return False
    if (
        _NO_EVIDENCE_START.match(doc.prose, nxt.start, nxt.end)
        or _CONTRARY_FINDING.match(doc.prose, nxt.start, nxt.end)
        or _CHALLENGE_QUESTION.match(doc.prose, nxt.start, nxt.end)
    ):
        return True
    thing = _NO_SUCH_THING.match(doc.prose, nxt.start, nxt.end)
    if thing is None:
        return False
    sentence = sentence_of(doc, end - 1)
    stem = thing.group("thing").lower()[:6]
    return sentence is not None and stem in sentence.text.lower()


# (s62) a later sentence that takes back the claims just set out and finds them unsupported: "Despite these claims, you
# should remember that very few studies have supported these claims", "None of these uses has been proven", "Such
# claims remain unproven": a careful page's paragraph of folk beliefs ("It is believed that apple cider vinegar helps
# flush acid crystals out of the body") is the debunking's set-up. The claims are named back ("these claims", "such
# beliefs") and judged lacking support in the same sentence; a bare "Despite these claims" is not enough.
_CLAIMS_NAMED_BACK = (
    r"(?:these|such|those|the\s+above|all\s+(?:these|the|of\s+these))\s+(?:[\w-]+\s+)?"
    r"(?:claims?|beliefs?|assertions?|uses|benefits|remedies|promises|stories|anecdotes|reports)\b"
)
_LACKS_SUPPORT = (
    r"(?:(?:very\s+)?(?:few|no|little|limited|scant|insufficient|not\s+enough|not\s+much)\s+(?:[\w-]+\s+)?"
    r"(?:studies|evidence|research|trials|proof|data)\b|\b(?:has|have|had)\s+(?:not|never)\s+been\s+(?:\w+\s+)?"
    r"(?:proven|proved|supported|backed|confirmed|substantiated|tested|studied)\b|\b(?:remain|remains|are|is)\s+"
    r"(?:\w+\s+)?(?:unproven|unsupported|unsubstantiated|untested|anecdotal|not\s+supported|not\s+proven)\b)"
)
_LATER_VERDICT = cue(
    rf"[^.!?\n]*?\b{_CLAIMS_NAMED_BACK}[^.!?\n]*?\b{_LACKS_SUPPORT}"
    rf"|[^.!?\n]*?\b{_LACKS_SUPPORT}[^.!?\n]*?\b{_CLAIMS_NAMED_BACK}",
    re.IGNORECASE,
)
#: the words one of which a verdict that names the claims back holds (the document's word index is lower-cased)
_NAMING_BACK_WORDS = frozenset({"these", "such", "those", "above", "all"})
#: how far after the claim's block such a verdict may stand: the claim's paragraph and the next two
_VERDICT_BLOCKS = 3


def _verdict_starts(doc: Document) -> list[tuple[int, int]]:
    """(block index, start) of each sentence that names the claims before it back and finds them unsupported."""
    out: list[tuple[int, int]] = []
    prose = doc.prose
    if not _NAMING_BACK_WORDS & doc.word_index.keys():
        return out  # no word that names claims back ("These claims", "such beliefs", "all the uses"), in any case
    for sentence in doc.sentences:
        if _LATER_VERDICT.match(prose, sentence.start, sentence.end):
            out.append((sentence.block, sentence.start))
    return out


def _judged_later(doc: Document, start: int, s_end: int) -> bool:
    """A sentence after the claim's, in its paragraph or the next two with no heading between, names the claims back
    and finds them unsupported (``_LATER_VERDICT``)."""
    verdicts = doc.derived(_verdict_starts)
    if not verdicts:
        return False
    sentence = sentence_of(doc, start)
    if sentence is None:
        return False
    for block, at in verdicts:
        if at < s_end or block < sentence.block:
            continue
        if block - sentence.block >= _VERDICT_BLOCKS:
            return False
        return not any(doc.blocks[b].kind == HEADING for b in range(sentence.block + 1, block + 1))
    return False


def _under_myth_label(doc: Document, offset: int) -> bool:
    """The claim's block follows a block that is only a label such as "Myth" or "Myth #3", or whose
    last line is one: a fact-check's header block ends on its rating ("Fact Check / Diet & Weight /
    False") right above the claim it rates. (s67) A heading that names its section's myths ("Snake Oil
    Myths", "Common Asthma Myths") labels the run of one-line blocks under it, each a myth in its
    own words, up to the first block of prose or an answer's label."""
    bi = doc.block_at(offset)
    if bi is None or bi == 0:
        return False
    prev = doc.blocks[bi - 1]
    last_line = doc.prose.rfind("\n", prev.start, prev.end) + 1
    if _MYTH_LABEL_BLOCK.fullmatch(doc.prose, max(prev.start, last_line), prev.end):
        return True
    for j in range(bi - 1, max(-1, bi - 1 - _MYTH_RUN_BLOCKS), -1):
        block = doc.blocks[j]
        if _MYTH_SECTION_HEADING.fullmatch(doc.prose, block.start, block.end):
            return True
        if not _one_line_block(doc, j) or _ANSWER_LABEL.match(doc.prose, block.start, block.end):
            return False
    return False


#: a heading that names the myths of its section, with a few words of topic: "Snake Oil Myths", "Common
#: Asthma Myths", "Myths About Migraine", "Popular Misconceptions"
_MYTH_SECTION_HEADING = cue(
    r"\W*(?:[\w'\u2019-]+\s+){0,4}(?:myths?|misconceptions?)(?:\s+(?:about|of|on|surrounding)\s+(?:[\w'\u2019-]+\s+){0,3}"
    r"[\w'\u2019-]+)?\W*",
    re.IGNORECASE,
)
#: the most one-line blocks read back from a myth to the heading that names its section
_MYTH_RUN_BLOCKS = 6
#: the longest one-line block read as a myth stated on its own line
_MYTH_LINE_WORDS = 30


def _one_line_block(doc: Document, index: int) -> bool:
    """Whether block ``index`` is one short line: a myth of a list stated on its own, not a paragraph of prose."""
    block = doc.blocks[index]
    text = doc.prose[block.start : block.end].strip()
    return "\n" not in text and len(text.split()) <= _MYTH_LINE_WORDS


#: a headline that announces the page's myths: "5 Most Common Myths About the Cold", "Flu Misconceptions",
#: "Cold remedies: fact or fiction?"
_MYTH_HEADLINE = cue(
    r"\b(?:myths?|misconceptions?|myth-?bust\w*|fact\s+(?:or|vs\.?|versus)\s+(?:fiction|myth)|myths?\s+(?:and|vs\.?|versus|or)"
    r"\s+facts?)\b",
    re.IGNORECASE,
)
#: the longest title line of a plain-text block read as a subheading
_SUBHEADING_WORDS = 12


def _myth_page_subheading(doc: Document, offset: int) -> bool:
    """(s67) The claim is a subheading of a page whose headline announces myths ("5 Most Common Myths About the
    Cold" over "Vicks VapoRub in your socks cures coughs" and the paragraph that answers it): each subheading of such
    a page states one of the myths. A subheading is a heading block, or a plain-text block's first line of a few words
    with no closing punctuation and the answer below it."""
    if not doc.blocks:
        return False
    first = doc.blocks[0]
    first_line_end = doc.prose.find("\n", first.start, first.end)
    headline_end = first.end if first_line_end < 0 else first_line_end
    if not _MYTH_HEADLINE.search(doc.prose, first.start, headline_end):
        return False
    bi = doc.block_at(offset)
    if bi is None or bi == 0:
        return False
    block = doc.blocks[bi]
    if block.kind == HEADING:
        return True
    if block.kind != PARAGRAPH:
        return False
    line_end = doc.prose.find("\n", block.start, block.end)
    if line_end < 0:
        line_end = block.end
    line = doc.prose[block.start : line_end].rstrip()
    return (
        offset < line_end
        and 0 < len(line.split()) <= _SUBHEADING_WORDS
        and line[-1:] not in ".!?:;,"
        and (line_end < block.end or bi + 1 < len(doc.blocks))
    )


# a fact-check's claim card: the claim on a line of its own, then the field naming who spread it
# ("SOURCE: Social media users, Facebook, TikTok", "Claimed by: Joe Tippens, Facebook"): people,
# accounts and platforms where claims circulate, not a source of evidence
_SPREADER_FIELD = re.compile(
    r"(?:(?:claim\s+)?source|claim(?:ed)?\s+by|made\s+by|posted\s+by|shared\s+by)\s*:\s*[^\n]{0,80}?\b(?:"
    r"facebook|tiktok|youtube|instagram|twitter|telegram|whatsapp|rumble|bitchute|truth\s+social|"
    r"social\s+media|users?|posts?|accounts?|influencers?|bloggers?|websites?|podcasts?)\b[^\n]*",
    re.IGNORECASE,
)
#: a claim card's claim is one short line
_CARD_CLAIM_WORDS = 60


def _over_spreader_field(doc: Document, offset: int) -> bool:
    """The claim's block is one short line and the next block is a field naming who spread it: a
    fact-check's claim card ("Fenbendazole cures cancer" / "SOURCE: Joe Tippens, Facebook"), so the
    words are the spreader's, reported by the page."""
    bi = doc.block_at(offset)
    if bi is None or bi + 1 >= len(doc.blocks):
        return False
    block, nxt = doc.blocks[bi], doc.blocks[bi + 1]
    text = doc.prose[block.start : block.end]
    if "\n" in text.strip() or len(text.split()) > _CARD_CLAIM_WORDS:
        return False
    return bool(_SPREADER_FIELD.fullmatch(doc.prose[nxt.start : nxt.end].strip()))


# what came before named as examples of others' wording: "... what products using those slogans should
# really say", "Claims like these are red flags", "Such promises are false"
_EXAMPLES_NAMED_BACK = cue(
    r"\b(?:(?:those|these|such)\s+(?:[\w-]+\s+)?(?:slogans|claims|promises|pitches|ads|advertisements|"
    r"headlines|taglines|marketing\s+lines|sales\s+lines)|(?:slogans|claims|promises|pitches|headlines)\s+"
    r"(?:like|such\s+as)\s+(?:these|those|this|that)(?!\s+\w+\s+(?:of|is|are)\b))\b",
    re.IGNORECASE,
)
#: how many sentences after the claim's may name it back as an example, each before it short
_EXAMPLES_AHEAD = 3
_EXAMPLE_WORDS = 20


def _named_back_as_examples(doc: Document, s_start: int, s_end: int) -> tuple[bool, bool]:
    """Whether one of the next few sentences names the claim's sentence, and any short ones between,
    as examples of slogans or claims ("Lose weight without dieting! Eat your way to a trimmer you!"
    then "what products using those slogans should really say is ..."): the words are the
    advertisers', quoted by the page; and whether that sentence also calls them false."""
    if len(doc.prose[s_start:s_end].split()) > _EXAMPLE_WORDS:
        return False, False
    at = s_end
    for _ in range(_EXAMPLES_AHEAD):
        nxt = _next_sentence(doc, at)
        if nxt is None:
            return False, False
        if _EXAMPLES_NAMED_BACK.search(doc.prose, nxt.start, nxt.end):
            return True, bool(_LATE_VERDICT.search(doc.prose, nxt.start, nxt.end))
        if len(doc.prose[nxt.start : nxt.end].split()) > _EXAMPLE_WORDS:
            return False, False
        at = nxt.end
    return False, False


# a line that is a glossary's entry: a short term, a colon, then "a"/"an" and a noun phrase that a
# participle of use defines ("Alternative diet: A diet used to replace ...", "Chelation: a treatment
# given to ..."); not a relative clause, which may carry the page's own claim ("Garlic: a herb that
# kills cancer")
_DEFINITION_LINE = re.compile(
    r"[ \t]*(?:[-*\u2022][ \t]*)?[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,3}[ \t]*:[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?:used|designed|intended|meant|given|taken|in[ \t]+which)\b",
    re.IGNORECASE,
)


def _in_definition(doc: Document, offset: int) -> bool:
    """The claim's words stand on a line that is a glossary's entry."""
    return _DEFINITION_LINE.match(doc.prose, doc.prose.rfind("\n", 0, offset) + 1) is not None


def _lost_closer(doc: Document, start: int) -> bool:
    """The quotation that holds ``start`` never closes in its block and opened inside it, in an earlier
    sentence: its closing mark was lost ("the principle \u201cSimilia Similibus Curantur:, a Latin
    phrase ..." and then the page's own sentences), so it quoted no further than its own sentence. A
    quotation opened at the block's start is a quoted paragraph (English leaves its closing mark for
    the last one) and runs on."""
    around = quotation_around(doc, start)
    bi = doc.block_at(start)
    if around is None or bi is None:
        return False
    opener, closer = around
    block = doc.blocks[bi]
    if closer < block.end or opener <= block.start + 1:
        return False
    opened_in = sentence_of(doc, opener)
    return opened_in is not None and opened_in.end <= start


def _lost_opening_quote(doc: Document, start: int, end: int) -> bool:
    """A closing curly quote right after the claim's words with no opening one before them in the
    block: scare quotes whose opening mark was lost ("the latest breakthrough\u201d findings"). The
    curly closer says which way it faces; a straight quote does not, so it never counts here."""
    if doc.prose[end : end + 1] != CLOSE_CURLY:
        return False
    bi = doc.block_at(start)
    if bi is None:
        return False
    return doc.prose.rfind(OPEN_CURLY, doc.blocks[bi].start, start) < 0


def _rebutted(doc: Document, s_start: int, end: int, s_end: int) -> bool:
    """Someone's claim that the article denies next: "Some websites claim the tea cures
    diabetes; it does not." / "... cures diabetes. That is false." / "... We could not find
    a single study", or has just denied: "We could not find a single study that examined
    whether the technique works. And this despite the fact that its providers advertise that
    its effectiveness is scientifically proven." """
    if _REBUTTAL_CLAUSE.search(doc.prose[end:s_end]):
        return True
    i = bisect.bisect_right(doc.sentence_starts, s_start - 1) - 1
    if i >= 0:
        prev = doc.sentences[i]
        if (
            prev.start < s_start
            and s_start - prev.end < 4
            and _NO_EVIDENCE_START.match(doc.prose, prev.start, prev.end)
        ):
            return True
    nxt = sentence_of(doc, s_end + 1)
    if nxt is None or nxt.start < s_end:
        j = bisect.bisect_right(doc.sentence_starts, s_end)
        if j >= len(doc.sentences):
            return False
        nxt = doc.sentences[j]
    if nxt.start - s_end >= 4:
        return False
    return bool(
        _REBUTTAL_SENTENCE.match(doc.prose, nxt.start, nxt.end)
        or _NO_EVIDENCE_START.match(doc.prose, nxt.start, nxt.end)
    )


_NEG_AUX = frozenset(
    {
        "do",
        "does",
        "did",
        "is",
        "are",
        "was",
        "were",
        "can",
        "could",
        "will",
        "would",
        "has",
        "have",
        "should",
    }
)
_COORD = frozenset({"and", "or", "nor"})
#: Pronouns that, after "and", make the words before a negated verb a new clause's subject ("Neurologists push
#: pharmaceuticals and most of them don't tell you about diet"), not a noun coordinated with the claim
_CLAUSE_SUBJECT_PRONOUNS = frozenset({"them", "they", "we", "you", "he", "she", "it", "i", "us"})


def _denied_after_object(after: list[str], denials: tuple[tuple[str, ...], ...], longest: int) -> bool:
    """A claim ending in a preposition ("a cure for") whose object, one to three words, is followed
    at once by a predicate that denies it: "A cure for type 1 diabetes remains elusive", "a cure
    for Alzheimer's disease does not exist yet". The predicate must start right after the object:
    a denial further on belongs to another clause ("a cure for cancer, and chemo can cause
    nausea")."""
    for k in range(1, min(len(after), 4)):
        if after[k - 1] in ("and", "or", "but", "while", "whereas"):
            return False  # the object is over and another clause opens
        if _any_cue({tuple(after[k : k + n]) for n in range(1, longest + 1)}, denials):
            return True
    return False


def _negated_predicate(after: list[str], object_follows: bool = False) -> bool:
    """The claim is the subject of a negated verb: "Detox teas and juice cleanses do not
    remove toxins". A coordinated noun phrase ("and juice cleanses", one to three words)
    may stand between the claim and the verb; a coordinated verb ("... and does not
    require a prescription") is a new predicate and does not negate the claim, nor do words with a
    pronoun among them, a new clause's subject ("... and most of them don't tell you"). When the
    claim ends in a preposition ("a cure for"), its object comes first: "a cure for
    cancer has not happened yet", "a cure for this disease has yet to be discovered" (a
    perfect "has yet to" denies as "has not" does)."""
    i = 0
    if object_follows:
        while i < min(len(after), 3) and after[i] not in _NEG_AUX:
            i += 1
    elif after and after[0] in _COORD:
        j = 1
        while j < min(len(after), 5) and after[j] not in _NEG_AUX:
            j += 1
        if j == 1 or j >= len(after):
            return False
        if _CLAUSE_SUBJECT_PRONOUNS.intersection(after[1:j]):
            return False  # a new clause's own subject ("... and most of them don't tell you"), no coordinated noun
        i = j
    if i + 1 >= len(after) or after[i] not in _NEG_AUX:
        return False
    return after[i + 1] in ("not", "never") or (
        after[i] in ("has", "have", "is", "are") and after[i + 1 : i + 3] == ["yet", "to"]
    )


# "can" states a capability, not a doubt ("it can cure"): as the hedge cues of context-cues.yml
_MODALS = frozenset({"may", "might", "could", "would", "should"})

# a statement labelled as false: "Myth: detox teas flush toxins", "Red flag #2 - 'cures in days'"
_DEBUNK_LABEL = cue(
    # a word before ("Common myth:", "Another myth:") and the kind of thing after ("Fake cure:", "Bogus claim:")
    # a title before it, up to a dash ("Don't Believe the Hype – Cancer Myth #5 : ..."), and the topic the myth is
    # about ("Cancer myth #5:", "Diabetes myth:"; not a denial, "Not a myth:", nor "Fact")
    r"\W*(?:(?:[\w'\u2019-]+\s+){1,6}[\u2013\u2014-]\s+)?"
    r"(?:(?:a|an|the|another|common|popular|persistent|big|biggest|top)\s+)?"
    r"(?:(?!(?:not|no|never|fact|facts|true|truth|real)\b)[\w-]+\s+)??"
    r"(?:myth|fiction|false|misconception|rumou?r|fake|bogus|hoax|scam|red flag|warning sign)s?"
    r"(?:\s+(?:cure|claim|news|remed(?:y|ie)|treatment|belief|promise)s?)?"
    r"\s*(?:#?\d+)?\s*\W{0,3}\s*[:\u2013\u2014-]",
    re.IGNORECASE,
)
# a lead-in that introduces a list of warning signs: "watch out for these red flags:"
_WARNING_LEAD_IN = cue(
    r"\b(?:red flags?|warning signs?|watch out for|beware|be wary|be suspicious|be skeptical|be sceptical|"
    r"avoid|scams?|fraud\w*|myths?|tip-?offs?|don.t believe|do not believe|"
    # what a regulator or a reviewer calls the claims listed: "Among the deceptive practices FTC detailed are:"
    r"(?:false|misleading|deceptive|dubious|bogus|questionable|unproven|unsubstantiated|unsupported|exaggerated|"
    r"illegal|unlawful|phony|fake|fraudulent|outlandish)\s+(?:[\w-]+\s+)?(?:practices|claims|promises|ads|"
    r"advertising|advertisements|tactics|marketing|statements|representations)|"
    # what the reader will read or hear elsewhere: "Online, you may read things like:", "Claims you may see
    # online:", "You have probably heard that:"
    r"you(?:['\u2019]ve|['\u2019]ll|\s+(?:may|might|will|could|can|often|probably|have))*\s+(?:\w+\s+)?"
    r"(?:read|hear|heard|be\s+told|come\s+across|encounter(?:ed)?|see(?:n)?\s+(?:online|on\s+(?:social\s+media|"
    r"the\s+internet|tv)|in\s+(?:ads|adverts|advertisements)))|"
    # what sellers or promoters say: "Here is what the sellers promise:", "Proponents claim:"
    r"(?:sellers?|marketers?|companies|websites?|ads|adverts?|advertisements?|advertisers?|proponents|promoters|"
    r"influencers|manufacturers|vendors|they)\s+(?:often\s+|typically\s+|usually\s+|may\s+|might\s+)?"
    r"(?:promise|claim|say|tell\s+you|advertise|suggest))\b"
    r"[^\n]{0,120}:\s*$",
    re.IGNORECASE,
)


def _myth_line(doc: Document, s_start: int, start: int, end: int) -> bool:
    """The claim's sentence is a later sentence of a line that opens with a myth label ("Myth: ...
    . ..."), and the label of the answer ("Fact:", "The truth:") comes after the claim, on its line or
    on the next, and not before it."""
    prose = doc.prose
    line_start = prose.rfind("\n", 0, s_start) + 1
    if line_start >= s_start or not prose[line_start:s_start].strip():
        return False
    m = _DEBUNK_LABEL.match(prose, line_start, s_start)
    if m is None or _ANSWER_LABEL.search(prose, m.end(), start) is not None:
        return False
    nl = prose.find("\n", end)
    nl2 = -1 if nl == -1 else prose.find("\n", nl + 1)
    while nl2 != -1 and not prose[nl + 1 : nl2].strip():  # blank lines between
        nl2 = prose.find("\n", nl2 + 1)
    stop = len(prose) if nl == -1 or nl2 == -1 else nl2
    return _ANSWER_LABEL.search(prose, end, min(stop, end + 600)) is not None


# the items of a list run into its lead-in's paragraph ("recognize the red flags such as: - Miracle cure
# - Quick fix"; a crawled page or an answer whose line breaks were lost): each item a short dash- or
# bullet-led phrase with no sentence end, up to the one that holds the word
_INLINE_ITEMS = cue(
    r"(?:\s+[-*\u2022]\s+(?:(?!\s[-*\u2022]\s)[^\n:.!?]){1,60})*\s+[-*\u2022]\s+(?:(?!\s[-*\u2022]\s)[^\n:.!?]){0,60}"
)
_SENTENCE_END = cue(r"[.!?]\s")


def _listed_inline_as_warning(doc: Document, offset: int) -> bool:
    """The word is an item of a list run into its lead-in's line, and the lead-in (the sentence up to its
    colon) calls the list warning signs or myths: "To protect yourself, recognize the red flags such as:
    - Miracle cure - Quick fix"."""
    prose = doc.prose
    line_start = prose.rfind("\n", 0, offset) + 1
    colon = prose.rfind(":", line_start, offset)
    if colon == -1 or _INLINE_ITEMS.fullmatch(prose, colon + 1, offset) is None:
        return False
    lead_start = max(line_start, colon - 200)
    ends = [m.end() for m in _SENTENCE_END.finditer(prose, lead_start, colon)]
    lead_start = ends[-1] if ends else lead_start
    return _WARNING_LEAD_IN.search(prose, lead_start, colon + 1) is not None


#: A sentence that announces the lines after it as claims to distrust, with or without a colon ("Watch out for
#: these claims.", "Consumers should recognize certain phrases as red flags, including:"), or as myths the page
#: answers ("it is worth dispelling some of the more persistent misunderstandings.", "Common misconceptions
#: include:", a myth page's list of its myths set as short lines).
_WARNING_ANNOUNCEMENT = cue(
    r"\b(?:(?:watch|look)\s+out\s+for|beware\s+of|be\s+(?:wary|suspicious|skeptical|sceptical)\s+of|"
    r"recogni[sz]e|spot|avoid)\s+(?:(?:these|the\s+following|such|common|certain|any)\s+)?(?:[\w-]+\s+)?"
    r"(?:claims?|red\s+flags?|warning\s+signs?|phrases?|promises?|tip-?offs?|slogans?|buzzwords?)\b|"
    r"\b(?:red\s+flags?|warning\s+signs?|tip-?offs?)\s*,?\s+(?:include|including|such\s+as|like|are)\b|"
    r"\b(?:dispel(?:s|led|ling)?|debunk(?:s|ed|ing)?|bust(?:s|ed|ing)?|correct(?:s|ed|ing)?|address(?:es|ing)?)\s+"
    r"(?:\w+\s+){0,5}?(?:myths?|misconceptions?|misunderstandings?|misbeliefs?|legends?|falsehoods?|fallacies)\b|"
    r"\b(?:myths|misconceptions|misunderstandings|misbeliefs)\s+(?:about\s+[\w\s-]{1,30}?\s+)?(?:include|including|"
    r"such\s+as|are\s+as\s+follows)\b|"
    # "Here are some common lies or misunderstandings about psoriasis, let's take a look at them:"
    r"\b(?:here\s+are|these\s+are|below\s+are|the\s+following\s+are)\s+(?:\w+\s+){0,3}?(?:myths|misconceptions|"
    r"misunderstandings|misbeliefs|lies|falsehoods|fallacies)\b",
    re.IGNORECASE,
)
#: The first words of a section that warns against what its heading names ("If it seems too good to be true")
_WARNING_OPENS_SECTION = cue(
    r"\s*(?:if\s+(?:it|something|an?\s+\w+|the\s+\w+|a\s+product|an\s+offer)\s+(?:seems|sounds|looks)\s+too\s+good\s+"
    r"to\s+be\s+true|beware\b|be\s+(?:wary|careful|skeptical|sceptical|suspicious)\b|watch\s+out\b|"
    r"don['\u2019]t\s+(?:be\s+fooled|fall\s+for)|do\s+not\s+(?:be\s+fooled|fall\s+for))",
    re.IGNORECASE,
)
#: The first words of a section that names what its heading says as a belief to be examined ("Garlic fights
#: colds and flu" over "The popular notion that garlic cures colds ..."; "Detox teas work" over "Claims that
#: detox teas ..."): a myth-busting page sets each myth as a heading and opens its section so
_BELIEF_OPENS_SECTION = cue(
    r"\s*(?:(?:the|this|that|a|one)\s+)?(?:(?:popular|common|commonly\s+held|widespread|widely\s+held|persistent|"
    r"age-old|old|long-standing|prevailing|enduring|oft-repeated|frequent)\s+)?(?:notion|idea|belief|claim|myth|"
    r"assumption|theory|perception|misconception|rumou?r|saying|suggestion)s?\s+(?:that|is|are|has|have|goes)\b"
    r"|\s*claims?\s+that\b"
    r"|\s*(?:many|some|most)\s+people\s+(?:believe|think|assume|claim|say)\b"
    r"|\s*it\s+is\s+(?:often|commonly|widely|frequently|popularly)\s+(?:said|believed|claimed|thought|assumed)\b",
    re.IGNORECASE,
)
#: How far above a claim line its announcement may stand (lines), and how long a claim line may be (words).
_ANNOUNCED_LINES = 16
_ANNOUNCED_LINE_WORDS = 10


def _line_set_out_for_scrutiny(doc: Document, offset: int) -> bool:
    """The claim stands on a short line of its own (a slogan: "Miracle Cure!", "Cures cancer") under a sentence
    that announces the lines after it as claims to distrust ("Watch out for these claims.", "Consumers should
    recognize certain phrases as red flags, including:"), a few lines above with short lines or their
    explanations between: a warning page's list of scam claims set as plain lines (an FDA release, an NIH
    health-fraud page). A claim on the announcement's own line after its colon is read the same way. So is a
    short line that heads a section opening with a warning or naming the line's words a belief ("The popular
    notion that ..."): the section examines what its heading says."""
    prose = doc.prose
    line_start = prose.rfind("\n", 0, offset) + 1
    line_end = prose.find("\n", offset)
    line_end = len(prose) if line_end == -1 else line_end
    line = prose[line_start:line_end].strip()
    colon = prose.rfind(":", line_start, offset)
    if colon != -1 and not _SENTENCE_END.search(prose, colon, offset):
        lead_start = max(line_start, colon - 200)
        ends = [m.end() for m in _SENTENCE_END.finditer(prose, lead_start, colon)]
        if _WARNING_ANNOUNCEMENT.search(prose, ends[-1] if ends else lead_start, colon):
            return True
    if not line or len(line.split()) > _ANNOUNCED_LINE_WORDS or line.endswith((".", ",", ";")):
        return False
    # a heading whose section opens with the warning ("Miracles for Sale" over "If it seems too good to be
    # true, it probably is"): the heading names what the section warns against; or with the heading's
    # words named as a belief ("The popular notion that ..."): it names what the section examines
    next_start = line_end + 1
    while next_start < len(prose) and prose[next_start] == "\n":
        next_start += 1
    if next_start < len(prose) and (
        _WARNING_OPENS_SECTION.match(prose, next_start) or _BELIEF_OPENS_SECTION.match(prose, next_start)
    ):
        return True
    pos = line_start
    for _ in range(_ANNOUNCED_LINES):
        if pos <= 0:
            return False
        prev_start = prose.rfind("\n", 0, pos - 1) + 1
        text = prose[prev_start : pos - 1]
        if text.strip() and _WARNING_ANNOUNCEMENT.search(text):
            return True
        pos = prev_start
    return False


#: The first sentence after a list that rejects its items: "None of these are backed by evidence", "All of
#: these claims are false", "Don't fall for these claims"
_LIST_DISMISSAL = cue(
    r"\s*(?:but\s+|however,?\s+|sadly,?\s+|unfortunately,?\s+)?(?:"
    r"(?:none|not\s+one)\s+of\s+(?:these|them|those)\b[^.!?\n]{0,60}?\b(?:evidence|proven|proof|true|works?|"
    r"backed|supported|shown|science|research)"
    r"|(?:all|each|any)\s+of\s+(?:these|them|those)\s+(?:[\w-]+\s+)?(?:are|is|were)\s+(?:[\w-]+\s+)?(?:false|untrue|"
    r"myths?|wrong|unproven|bogus|baseless|nonsense|misleading|debunked)"
    r"|(?:these|those|such)\s+(?:[\w-]+\s+)?(?:claims|promises|statements|ideas|beliefs)\s+(?:are|were|have\s+been)\s+"
    r"(?:[\w-]+\s+)?(?:false|untrue|myths?|wrong|unproven|bogus|baseless|debunked|misleading|not\s+(?:true|"
    r"supported|backed|proven))"
    r"|(?:don['\u2019]t|do\s+not)\s+(?:fall\s+for|believe)\s+(?:these|them|any\s+of|such))\b",
    re.IGNORECASE,
)


def _list_dismissed(doc: Document, last_item: int) -> bool:
    """The block after the list whose last item is block ``last_item`` opens with a sentence that rejects
    the items: the list sets out claims to refute ("Online, you may read ... - Garlic cures high blood
    pressure ... None of these are backed by evidence")."""
    nxt = last_item + 1
    if nxt >= len(doc.blocks) or doc.blocks[nxt].kind == LIST_ITEM:
        return False
    block = doc.blocks[nxt]
    return _LIST_DISMISSAL.match(doc.prose, block.start, min(block.end, block.start + 200)) is not None


def _listed_as_warning(doc: Document, offset: int) -> bool:
    """A list item under a lead-in that calls the list warning signs or myths, or hands it to others (a
    list block, or its items run into the lead-in's line, or plain short lines under a sentence that
    announces them), or one that the sentence after the list rejects."""
    bi = doc.block_at(offset)
    if bi is None or doc.blocks[bi].kind != LIST_ITEM:
        return _listed_inline_as_warning(doc, offset) or _line_set_out_for_scrutiny(doc, offset)
    j = bi
    while j > 0 and doc.blocks[j].kind == LIST_ITEM:
        j -= 1
    lead = doc.blocks[j]
    if lead.kind != LIST_ITEM and _WARNING_LEAD_IN.search(doc.prose, lead.start, lead.end):
        return True
    last = bi
    while last + 1 < len(doc.blocks) and doc.blocks[last + 1].kind == LIST_ITEM:
        last += 1
    return _list_dismissed(doc, last) or _line_set_out_for_scrutiny(doc, offset)


def _syntax_scope(doc: Document, s_start: int, s_end: int, start: int, end: int) -> tuple[bool, bool] | None:
    """(negated, hedged) from a dependency parse of the claim's sentence, when a trained
    pipeline is configured (``nlp.model``) and installed; None otherwise.

    The claim's governing verb is found by walking up from the claim's first
    token; a ``neg`` child of that verb negates it and a modal auxiliary hedges it.
    """
    if doc.nlp_model in (None, "", "blank"):
        return None
    from ..nlp import get_syntax_nlp

    nlp = get_syntax_nlp(doc.nlp_model)
    if nlp is None:
        return None
    parsed_cache = doc.derived(_parsed_sentences)
    parsed = parsed_cache.get(s_start)
    if parsed is None:
        parsed = nlp(doc.prose[s_start:s_end])
        parsed_cache[s_start] = parsed
    rel_start, rel_end = start - s_start, end - s_start
    tokens = [t for t in parsed if t.idx < rel_end and t.idx + len(t.text) > rel_start]
    if not tokens:
        return None
    verb = tokens[0]
    for _ in range(20):  # walk up to the governing verb (bounded: parses can be odd)
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    children = list(verb.children)
    # a negation inside the claim's own words is part of the claim ("HIV does not cause AIDS")
    negated = any(c.dep_ == "neg" and not rel_start <= c.idx < rel_end for c in children)
    hedged = any(c.dep_ == "aux" and c.lower_ in _MODALS for c in children)
    return negated, hedged


def _parsed_sentences(doc: Document) -> dict[int, Any]:
    """Sentence start -> its spaCy parse, filled as sentences are asked about."""
    return {}


def _disclaimer_starts(doc: Document) -> list[int]:
    from .disclaimer import find_disclaimers

    return [d.start for d in find_disclaimers(doc)]


def _in_disclaimer(doc: Document, offset: int) -> bool:
    from .disclaimer import find_disclaimers

    spans = find_disclaimers(doc)  # sorted, one per block: a bisect keeps this O(log n)
    i = bisect.bisect_right(doc.derived(_disclaimer_starts), offset) - 1
    return i >= 0 and spans[i].start <= offset < spans[i].end


# a lead-in that a list's items answer, read on its last line: the list's items are then its own claims
# ("Benefits of black seed oil:" / "Turmeric health benefits" and "- Prevents cancer"); at most 14 words
_LEAD_IN_LINE_WORDS = 14
# a run of short lines under a lead-in line that ends with a colon, inside one paragraph (plain text with no
# list marks): each line at most this many words
_RUN_LINE_WORDS = 8


def items_under_lead_in(
    doc: Document, lead_in: re.Pattern[str], item: Callable[[int, int], re.Match[str] | None]
) -> list[re.Match[str]]:
    """The matches of ``item`` (tried on the span of each list item, or of each short line of a run of
    lines) whose list's lead-in matches ``lead_in`` (searched in the lead-in's last line); the lead-in is
    read only for an item that matches.

    The lead-in is the block before the list: a heading ("Turmeric health benefits") or a line
    ending the paragraph before it ("Benefits of black seed oil:"); a short colon line with no remedy of its own
    ("Here are a few:") hands the reading to the heading just above it. In a paragraph of plain lines, a
    line that ends with a colon leads the short lines under it. The pack's ``lead_in`` decides what
    the lead-in must name; what it must not (a myth, a risk) is the pattern's too."""
    prose = doc.prose
    found: list[re.Match[str]] = []

    def last_line(bi: int) -> str:
        b = doc.blocks[bi]
        text = prose[b.start : b.end]
        return text[text.rfind("\n") + 1 :].strip()

    def leads(bi: int) -> bool:
        line = last_line(bi)
        if not line or len(line.split()) > _LEAD_IN_LINE_WORDS:
            return False
        if lead_in.search(line):
            return True
        block = doc.blocks[bi]
        # "Here are a few:" under a heading that names the remedy
        return (
            block.kind != HEADING
            and line.endswith(":")
            and bi > 0
            and doc.blocks[bi - 1].kind == HEADING
            and bool(lead_in.search(last_line(bi - 1)))
        )

    run_start = -1  # the first block of the current run of list items
    run_lead: bool | None = None
    for bi, block in enumerate(doc.blocks):
        if block.kind == LIST_ITEM:
            if bi == 0 or doc.blocks[bi - 1].kind != LIST_ITEM:
                run_start, run_lead = bi, None
            m = item(block.start, block.end)
            if m is None:
                continue
            if run_lead is None:
                run_lead = run_start > 0 and leads(run_start - 1)
            if run_lead:
                found.append(m)
            continue
        colon = prose.find(":\n", block.start, block.end)
        # a paragraph of lines: "Benefits of black seed oil:\nPrevents cancer\nCures diabetes"; only the
        # lines after a line that ends with a colon are read
        while colon != -1:
            colon_line = prose[prose.rfind("\n", block.start, colon) + 1 : colon + 1].strip()
            leading: bool | None = None
            pos = colon + 2
            next_colon = -1
            while pos < block.end:
                nl = prose.find("\n", pos, block.end)
                line_end = block.end if nl == -1 else nl
                stripped = prose[pos:line_end].strip()
                if stripped.endswith(":"):
                    # the next lead-in line (one with spaces after its colon is found by the search below)
                    next_colon = line_end - 1 if prose[line_end - 1] == ":" else -1
                    break
                words = len(stripped.split())
                if not 0 < words <= _RUN_LINE_WORDS:
                    break
                lead = pos + len(prose[pos:line_end]) - len(prose[pos:line_end].lstrip())
                m = item(lead, lead + len(stripped))
                if m is not None:
                    if leading is None:
                        leading = len(colon_line.split()) <= _LEAD_IN_LINE_WORDS and bool(
                            lead_in.search(colon_line)
                        )
                    if not leading:
                        break
                    found.append(m)
                pos = line_end + 1
            colon = next_colon if next_colon != -1 else prose.find(":\n", pos, block.end)
    return found


# a sentence whose subject is a pronoun: "They cause autism.", "It destroys your immune system." (the
# pronoun alone, before a lower-case word: not "These shots ...", a determiner before its plural noun, nor "It's")
_PRONOUN_SUBJECT = re.compile(
    r"(?:(?:and|but|so|yes|now|also|sadly|worse|plus)[ \t]*,?[ \t]+)?(they|it|(?:these|those)(?![ \t]+[a-z]+s\b))(?=[ \t]+[a-z])",
    re.IGNORECASE,
)


def pronoun_antecedents(
    doc: Document, antecedent: re.Pattern[str]
) -> list[tuple[Sentence, int, int, int, int, str]]:
    """The sentences whose subject is a pronoun that stands for a head noun of ``antecedent`` in the
    sentence just before (same block, or the block just before: a headline over its text), as
    ``(sentence, pronoun start, pronoun end, head start, head end, words)``, where ``words`` are the
    head noun and up to three words before it (its modifiers: "the mRNA vaccines"): "The government
    pushed the jabs on us. They cause autism." reads "They" as "jabs". The nearest head noun that
    agrees in number is the antecedent ("they", "these", "those": a plural; "it": a singular); what
    the sentence then claims about it is the claim rule's to read, with its own predicate, so a
    pronoun that stands for people ("Doctors push the jabs. They lie.") makes no claim about the
    jabs that a pattern of harm or cure can match."""
    out: list[tuple[Sentence, int, int, int, int, str]] = []
    sents = doc.sentences
    # sentence index -> (plural, head start, head end, words, hops) of a pronoun subject already read:
    # a pronoun whose sentence before names no head noun but opens with a pronoun of the same number
    # stands for what that one stands for ("Don't get the booster. It is poison. It causes heart
    # attacks."), up to _PRONOUN_HOPS sentences along one run of pronoun subjects
    resolved: dict[int, tuple[bool, int, int, str, int]] = {}
    for sent in sents:
        out += _clause_pronouns(sent, antecedent)
    for i in range(1, len(sents)):
        sent = sents[i]
        m = _PRONOUN_SUBJECT.match(sent.text) or _PRONOUN_CONTRACTED.match(sent.text)
        if m is None:
            continue
        prev = sents[i - 1]
        if prev.block not in (sent.block, sent.block - 1):
            continue
        plural = m.group(1).lower() != "it"
        # "It's poison." passes its antecedent on to the next pronoun but is not read itself (the
        # patterns read a verb after the subject, not a contraction)
        link_only = m.re is _PRONOUN_CONTRACTED
        p_start, p_end = sent.start + m.start(1), sent.start + m.end(1)
        candidates = [a for a in antecedent.finditer(prev.text) if a.group().lower().endswith("s") == plural]
        if candidates:
            a = candidates[-1]
            # the head noun with up to three words before it, its modifiers ("the mRNA vaccines"): the
            # claim rule tries its patterns at each of these words
            before = _WORDS_BEFORE.search(prev.text, 0, a.start())
            words = prev.text[before.start() if before is not None else a.start() : a.end()]
            a_start, a_end = prev.start + a.start(), prev.start + a.end()
            resolved[i] = (plural, a_start, a_end, words, 0)
            if not link_only:
                out.append((sent, p_start, p_end, a_start, a_end, words))
        elif (chain := resolved.get(i - 1)) is not None and chain[0] == plural and chain[4] < _PRONOUN_HOPS:
            # no head noun in the sentence before, whose own subject is a pronoun of the same number
            _, a_start, a_end, words, hops = chain
            resolved[i] = (plural, a_start, a_end, words, hops + 1)
            if not link_only:
                out.append((sent, p_start, p_end, a_start, a_end, words))
    return out


def _clause_pronouns(
    sent: Sentence, antecedent: re.Pattern[str]
) -> list[tuple[Sentence, int, int, int, int, str]]:
    """The pronouns that open a later clause of ``sent`` (after ", and", ", but", ", so" or ";") and
    stand for a head noun of ``antecedent`` earlier in the same sentence: "Chemo is poison, and it
    kills more people than it saves" reads "it" as "Chemo". The nearest head noun before the pronoun
    that agrees in number is the antecedent, as for a sentence's opening pronoun."""
    out: list[tuple[Sentence, int, int, int, int, str]] = []
    text = sent.text
    for m in _CLAUSE_PRONOUN.finditer(text):
        plural = m.group(1).lower() != "it"
        candidates = [
            a for a in antecedent.finditer(text, 0, m.start()) if a.group().lower().endswith("s") == plural
        ]
        if not candidates:
            continue
        a = candidates[-1]
        before = _WORDS_BEFORE.search(text, 0, a.start())
        words = text[before.start() if before is not None else a.start() : a.end()]
        out.append(
            (
                sent,
                sent.start + m.start(1),
                sent.start + m.end(1),
                sent.start + a.start(),
                sent.start + a.end(),
                words,
            )
        )
    return out


#: A pronoun subject opening a coordinated clause inside a sentence: ", and it kills", "; they cause".
_CLAUSE_PRONOUN = re.compile(r"(?:,[ \t]*(?:and|but|so)|;)[ \t]+(it|they)(?=[ \t]+[a-z])", re.IGNORECASE)
_PRONOUN_CONTRACTED = re.compile(r"(it|they)['\u2019](?:s|re)\b", re.IGNORECASE)
_PRONOUN_HOPS = 3  # pronoun subjects read back through at most this many sentences of pronouns


_WORDS_BEFORE = re.compile(r"(?:[\w'\u2019&-]+[ \t]+){1,3}$")
