"""CL110 stop-or-replace-treatment: Advice to stop a prescribed treatment, or a claim that something replaces it."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ...diagnostic import Severity
from ...document import HEADING, Document
from ...evidence.apostrophe import cue
from ...evidence.claim_structure import in_boilerplate
from ...evidence.context import claim_context, sentence_of
from ...rule import Example, Finding, Rule
from ...text.lazy_re import lazy_compile
from ...text.matching import ProbedPattern, ProbeIndex, blocks_holding

_TREATMENT = (
    r"(?:medicines?|medications?|meds|drugs|pills|tablets|insulin|inhalers?|statins?|antidepressants?|"
    r"antibiotics?|blood thinners?|blood pressure (?:pills|tablets|medicines?|medications?)|chemo(?:therapy)?|"
    r"radiation|treatment|prescriptions?|injections|vaccines?|vaccinations?|(?:flu |covid |booster )?shots?|metformin|warfarin|levothyroxine|steroids?|"
    # drug classes by what they do
    r"pain ?killers?|pain relievers?|anti-?inflammator(?:y drugs|ies)|nsaids?|opioids?|antihistamines?|"
    r"anticoagulants?|beta[- ]blockers?|diuretics?|anticonvulsants?|antipsychotics?|immunosuppressants?|"
    # treatments taken for years besides the pills named above: a CPAP machine, SSRIs, ACE inhibitors, antiepileptics,
    # thyroid hormone ("dialysis" is left: "throw away the used dialysis bags" is a MedQuAD instruction)
    r"cpap(?: machines?)?|ssris?|ace inhibitors?|antiepileptics?|thyroid hormones?)"
)


# the treatments a life is promised free of ("Freedom from insulin shots"): taken daily for life, not "the
# treatment" of a trial's report
_DEPENDED_ON = (
    r"(?:insulin(?:\s+(?:shots|injections))?|dialysis|medications?|meds|pills|drugs|injections|statins?|"
    r"blood pressure (?:pills|tablets|medicines?|medications?)|inhalers?|antidepressants?)"
)


# refusing or getting rid of a treatment, said as advice that opens a sentence: "Say no to chemotherapy",
# "Say goodbye to insulin injections forever",
# "Refuse chemo and heal naturally", "Get rid of your blood pressure medication for good" (antibiotics,
# painkillers and opioids are left out: "say no to antibiotics for a cold" is stewardship advice, and
# surgery, whose overuse careful pages also warn about)
_REFUSE_TREATMENT = (
    r"(?:(?:refuse|reject|say no to|turn down|say goodbye to|kiss goodbye to|bid farewell to)\s+"
    r"(?:(?:all|your|their|the|any|more|conventional|toxic|"
    r"prescription|prescribed)\s+)*|get rid of\s+(?:all\s+(?:of\s+)?)?your\s+)"
    r"(?!(?:old|expired|unused|leftover|unwanted|out-of-date)\b)(?:[\w-]+\s+){0,2}?(?:chemo(?:therapy)?|radiation|radiotherapy|insulin|statins?|"
    r"medications?|medicines?|meds|pills|drugs|treatments?|antidepressants?|inhalers?|steroids?|blood thinners?|"
    r"metformin|levothyroxine|warfarin)"
)


# advice that opens a sentence: "Stop taking your insulin", "You can safely come off your statins"
_STOP = cue(
    # an opening time clause may come first: "Once you start the cleanse, stop taking ..."
    r"\s*(?:(?:once|when|after|as soon as|while|before|if)\b[^,.!?\n]{1,60},\s*)?"
    r"(?:(?:so\s+|then\s+|now\s+)?(?:you|patients|people|diabetics|sufferers|readers)\s+(?:should|must|can|"
    r"can safely|need to|ought to)\s+)?(?:(?:stop|quit|discontinue|ditch|throw (?:away|out)|give up|come off|get off|"
    r"forget(?: about)?|skip|drop|wean (?:yourself )?off)\s+(?:taking\s+|using\s+)?(?:all\s+)?(?:of\s+)?(?:(?:your|their|those|these|the)\b"
    r"[^.!?\n]{0,50}?\b|(?:[\w-]+\s+){0,2}?)" + _TREATMENT + "|" + _REFUSE_TREATMENT + r")\b",
    re.IGNORECASE,
)


#: The replacement named as the subject of a harm, in the clause that names it: "its use as a replacement for
#: conventional medicine can, in some cases, be dangerous and even fatal", "using herbs instead of insulin is risky".
#: The sentence warns against the swap it names.
_REPLACEMENT_WARNED = re.compile(
    r"[^.!?;:\n]{0,60}?\b(?:can|could|may|might|will|would|is|are|was|were|has\s+been|have\s+been)\b[\s,]+"
    r"(?:\w+[\s,]+){0,5}?(?:be\s+)?(?:(?:very|extremely|potentially|highly|especially|particularly|even|also)\s+)?"
    r"(?:dangerous|harmful|risky|deadly|fatal|unsafe|life-threatening|hazardous|a\s+(?:mistake|danger|risk)|"
    r"not\s+(?:recommended|advised|safe)|linked\s+to\s+(?:deaths?|harm))\b",
    re.IGNORECASE,
)


# a claim that something replaces the reader's treatment, anywhere in a sentence (the curly
# apostrophe is written as itself: an escape such as \u2019 would leave the pattern without probes)
#: The classes of medicine a page tells its reader to do without, which the three s53 forms of ``_REPLACE_FORMS`` share
#: ("rather than birth control pills", "you don't always need antacids", "and not through pills"); each adds its own
_DONE_WITHOUT = (
    r"pills|medications?|drugs|medicines?|painkillers|antibiotics|antidepressants|statins|insulin|steroids"
)
_REPLACE_FORMS = (
    r"\b(?:replaces?|can replace|will replace|a replacement for|a substitute for|substitutes? for|instead of|"
    r"in place of)\s+(?:(?:all\s+)?your\s+(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"|(?:prescription|conventional|"
    r"toxic|dangerous|big pharma)\s+(?:medicines?|medications?|drugs|treatments?|therapy|pills|meds))\b",
    # a remedy or a practice named as the alternative: "Alkaline Therapy As An Alternative to Chemotherapy",
    # "this juice protocol is a safe alternative to insulin" (not a medical treatment: "MRI is an alternative
    # to anal ultrasound", "proton therapy as an alternative to X-ray radiation")
    r"\b(?:diets?|remed(?:y|ies)|protocols?|juices?|juicing|herbs?|supplements?|oils?|foods?|cures?|cleanses?|detox|"
    r"fasting|(?:alkaline|ph|natural|herbal|holistic|homeopathic|energy|juice|vitamin|oxygen|ozone)\s+therap(?:y|ies))"
    r"\s+(?:is\s+|are\s+|as\s+)?an?\s+(?:(?:effective|safe|safer|gentle|real|viable|natural|proven)\s+)?alternative\s+to\s+"
    r"(?:conventional\s+|traditional\s+|toxic\s+)?(?:chemo(?:therapy)?|radiation|radiotherapy|insulin|vaccines?|"
    r"vaccination|statins?|antidepressants?|drugs|medications?|medicines?)\b",
    # the same of a plant's parts or a herbal treatment a few words on, and a remedy called an alternative treatment
    # of a serious disease ("Soursop tea is an alternative to chemotherapy", "herbal treatment using soursop
    # leaves can be used as an alternative cancer treatment"; "proton therapy as an alternative to X-ray
    # radiation" names no remedy)
    r"\b(?:teas?|leaf|leaves|extracts?|plants?|herbal\s+[\w-]+|herbs?|remed(?:y|ies)|juices?)\b[^.!?;:\n]{0,40}?\s"
    r"(?:is\s+|are\s+|as\s+)an?\s+(?:(?:effective|safe|safer|gentle|real|viable|natural|proven|good|great)\s+)?"
    r"alternative\s+(?:to\s+(?:conventional\s+|traditional\s+|toxic\s+)?(?:chemo(?:therapy)?|radiation|radiotherapy|"
    r"insulin|drugs|medications?|medicines?)|(?:cancer|diabetes|arthritis|tumou?r)\s+(?:treatments?|therap(?:y|ies)|"
    r"cures?|medicines?))\b",
    # a traditional system or a herbal kit said to replace dialysis ("An alternative to dialysis is Ayurveda
    # 24 renal care kit", "these herbs help as an excellent alternative to dialysis treatment"): dialysis
    # keeps people with kidney failure alive, and only a transplant replaces it ("peritoneal dialysis as an
    # alternative to haemodialysis" names no remedy)
    r"\b(?:an?\s+(?:(?:effective|safe|safer|excellent|natural|real|viable|proven|better|best)\s+)?alternative\s+to\s+"
    r"dialysis(?:\s+treatment)?\s+(?:is|are)\s+(?:the\s+)?(?:ayurved\w*|herbs?|herbal\s+[\w-]+|homeopath\w*|naturopath\w*|"
    r"siddha|unani|traditional\s+[\w-]+\s+medicine)|(?:ayurved\w*|herbs?|herbal\s+[\w-]+|homeopath\w*|naturopath\w*|"
    r"remed(?:y|ies)|teas?|diets?|kits?)\b[^.!?;:\n]{0,40}?\s(?:is|are|as)\s+an?\s+(?:(?:effective|safe|safer|excellent|"
    r"natural|real|viable|proven|better|best)\s+)?alternative\s+to\s+dialysis)\b",
    r"\b(?:natural|drug-free|herbal|safe|safer|gentle)\s+alternative\s+to\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drugs|medications?|medicines?|chemo(?:therapy)?|surgery|vaccines?|vaccination|insulin|statins?|"
    r"antidepressants?|antibiotics?)\b",
    # (s61) a prescribed treatment given up for the page's remedy ("She decided to reject doctor-prescribed treatments in
    # favor of the baking soda regimen"): the story told as the example to follow (0 on 4.9M clean words)
    r"\b(?:reject\w*|refus\w*|declin\w*|forg(?:o|oes|oing|went|one)|turn\w*\s+down|abandon\w*|ditch\w*|gave\s+up|giving\s+up|"
    r"give\s+up)\s+(?:(?:all|her|his|their|my|the|any|conventional|orthodox|doctor-prescribed|"
    r"prescribed|prescription)\s+)*(?:[\w-]+\s+)?" + _TREATMENT + r"s?\s+in\s+favou?r\s+of\b"
    # (not another medical care: "declined chemotherapy in favor of palliative care", "... of a newer drug")
    r"(?!\s+(?:palliative|hospice|comfort|another|other|newer|surgery|radiation|chemo\w*|immunotherapy|a\s+(?:different|"
    r"new|newer|clinical|second)|the\s+(?:new|newer)|[\w-]+\s+(?:drugs?|medications?|medicines?|inhalers?|injections?|"
    r"therapy|treatment|surgery)\b))",
    # (s62) the same trade told of the treatment bypassed or skipped for a natural way ("Some people may prefer to bypass
    # chemotherapy in exchange for a more natural approach"): a news story's "can safely skip chemotherapy in favor of
    # hormone therapy" names medical care, so the remedy must be called natural, holistic or alternative here
    r"\b(?:bypass\w*|skip\w*|avoid\w*|reject\w*|refus\w*|declin\w*|forg(?:o|oes|oing|went|one)|abandon\w*|ditch\w*)\s+"
    r"(?:(?:all|her|his|their|your|my|the|any|conventional|prescribed)\s+)*"
    r"(?:[\w-]+\s+)?"
    + _TREATMENT
    + r"s?\s+(?:in\s+favou?r\s+of|in\s+exchange\s+for|for)\s+(?:an?\s+|the\s+)?"
    r"(?:more\s+)?(?:natural|holistic|alternative|herbal|drug-free)\b",
    # (s62) and the treatment refused, then a natural way tried ("this man rejected chemotherapy and tried to find a natural
    # cure", "many cancer patients reject this treatment and try to defeat their cancer with alternative and natural
    # treatments"; 0 on 4.9M clean words)
    r"\b(?:reject\w*|refus\w*|declin\w*|forg(?:o|oes|oing|went|one)|abandon\w*|ditch\w*)\s+"
    r"(?:(?:all|her|his|their|my|the|this|that|any|conventional|prescribed)\s+)*(?:[\w-]+\s+)?"
    + _TREATMENT
    + r"s?\s+and\s+"
    r"(?:instead\s+)?(?:tried|try|tries|trying|turned|turns?|went|goes|go|chose|chooses?|opted|opts?|relied|rel(?:y|ies)|"
    r"started|starts?|began|begins?)\b[^.!?\n]{0,60}?\b(?:natural|alternative|herbal|holistic|home)\b",
    # (s62) natural remedies taken in the treatment's place ("choose natural treatments instead of chemotherapy"), and the
    # treatment's alternatives named with other natural or non-toxic ones ("a list of alternatives to chemotherapy and
    # other natural or non-toxic methods", a heading's "Alternatives to Chemotherapy and Other Non-Toxic Therapies"):
    # both 0 on 4.9M clean words
    r"\b(?:natural|herbal|holistic|alternative|ayurvedic|homeopathic|non-?toxic)\s+(?:[\w-]+\s+)?(?:treatments?|"
    r"remed(?:y|ies)|therap(?:y|ies)|methods?|approach(?:es)?|cures?|medicines?|options)\s+(?:instead\s+of|rather\s+than|"
    r"in\s+place\s+of)\s+(?:(?:your|the|their|conventional|prescribed|toxic|harsh)\s+)*"
    + _TREATMENT
    + r"s?\b",
    r"\balternatives?\s+to\s+(?:conventional\s+|traditional\s+)?"
    + _TREATMENT
    + r"s?\s+(?:and|or)\s+(?:other\s+)?"
    r"(?:[\w-]+\s+(?:or|and)\s+)?(?:natural|non-?toxic|holistic|herbal|alternative)\b",
    # (s61) a practice's record of taking its patients off the treatment ("every time we are able to wean a patient off of
    # their asthma inhalers"): first person, the practice's own claim (a doctor's tapering advice, "your doctor will wean
    # you off steroids", has no "we" or "I"; 0 on 4.9M clean words)
    r"\b(?:we|i)\s+(?:\w+\s+){0,3}?wean(?:ed|ing)?\s+(?:(?:a|our|my|the)\s+)?(?:patients?|clients?|people|them|him|her|"
    r"children|kids)\s+off\s+(?:of\s+)?(?:(?:their|the|his|her|all)\s+)?(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\b",
    # (s61) a practice's promise that the patient will be off the treatment ("within a few weeks that child will be off
    # of their medications and free of asthma"): a future promise, not a treatment's report ("radiosurgery allows
    # patients to get off the medications")
    r"\b(?:will|would|should|could)\s+(?:soon\s+|eventually\s+|finally\s+)?be\s+(?:completely\s+|totally\s+|entirely\s+)?"
    r"off\s+(?:of\s+)?(?:their|your|his|her|all|the)\s+(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    r"\b(?:you(?:'ll|’ll| will)?\s+(?:no longer|never again|never)\s+need|you\s+(?:won't|won’t|will not)\s+"
    r"(?:ever\s+)?need|no need for|say goodbye to)\s+(?:your|any)\s+(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    # the treatment named in an opening clause, then promised away through a pronoun: "If you are already on blood
    # pressure medication, following these tips can ensure that you will eventually no longer need them"; and the
    # reader who does not want it offered natural options instead ("If you do not want to take medications that can
    # have serious side effects, we would like to offer you several natural options"; both 0 in MedQuAD, the clean
    # sentences and FakeHealth)
    r"\b(?:if|when|once)\s+you\s+(?:are|['’]re)\s+(?:already\s+|currently\s+)?(?:on|taking)\s+(?:[\w-]+\s+){0,3}?"
    + _TREATMENT
    + r"\b[^.!?\n]{0,100}?\byou\s+(?:will\s+|['’]ll\s+|can\s+|could\s+|may\s+|might\s+)?(?:eventually\s+|soon\s+|"
    r"finally\s+)?(?:no\s+longer|never\s+again)\s+need\s+(?:them|it|those|any)\b",
    r"\bif\s+you\s+(?:do\s+not|don['’]t)\s+want\s+to\s+(?:take|use|rely\s+on|be\s+on)\s+(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\b[^.!?\n]{0,100}?\b(?:natural|herbal|holistic|home)\s+(?:options|alternatives|remedies|treatments|ways|"
    r"solutions|cures)\b",
    # the usual medicines' risk set against the page's natural ones: "Rather than risk the problems associated with these
    # drugs, use natural antihistamines" (0 in MedQuAD, the clean sentences and FakeHealth)
    r"\brather\s+than\s+(?:risk(?:ing)?|tak(?:e|ing)|us(?:e|ing)|rely(?:ing)?\s+on)\b[^.!?\n]{0,80}?\b"
    + _TREATMENT
    + r"\b[^.!?\n]{0,30}?,\s*(?:use|try|take|choose|opt\s+for|go\s+for)\s+(?:natural|herbal|home)\b",
    # "You don't need medication if you follow our plan": no need for the treatment, on condition of the
    # page's own product or plan ("you don't need antibiotics for a cold" names no product and is left)
    r"\byou\s+(?:don't|don’t|do not)\s+need\s+(?:to\s+(?:take|use)\s+)?(?:any\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\b(?=[^.!?\n]{0,40}\b(?:if|when|once|as long as)\s+you\s+(?:follow|use|take|try|start|stick to|buy|order|"
    r"drink|eat)\s+(?:our|this|these|my)\b)",
    # "you'll never need insulin again": "never" and "again" make it a promise, not a prognosis
    r"\byou(?:'ll|’ll| will)?\s+never\s+(?:again\s+)?need\s+(?:to\s+(?:take|use)\s+)?(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\b(?=[^.!?\n]{0,30}\b(?:again|anymore|any more)\b)",
    # "With this drink you can finally stop your levothyroxine": advice anywhere in the sentence
    r"\byou\s+(?:can|could|should|will be able to|may|are able to)\s+(?:finally\s+|safely\s+|now\s+|soon\s+)?"
    r"(?:stop|quit|ditch|come off|get off|throw away|give up|get rid of)\s+(?:taking\s+|using\s+)?(?:all\s+)?(?:of\s+)?"
    r"your\s+(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    # advice to turn from the usual treatment to natural ones: "In cases like these, we must turn to natural alternative
    # treatments and remedies" (a modal of obligation, or the imperative opening its sentence; "many patients turn to
    # natural remedies" describes what people do)
    r"(?:\b(?:must|should|need\s+to|have\s+to|ought\s+to|it.s\s+time\s+to|it\s+is\s+time\s+to|better\s+to)\s+|"
    r"(?:^|(?<=[.!?:]\s)))(?:turn|switch|resort|go\s+back)\s+to\s+(?:natural|alternative|herbal|holistic)\s+"
    r"(?:alternative\s+)?(?:treatments?|remed(?:y|ies)|cures?|medicine|therap(?:y|ies))\b",
    # "Instead of insulin, try our extract": an imperative offering a swap
    r"\b(?:instead of|rather than)\s+(?:(?:your|the|taking|using)\s+)?(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\s*,\s*(?:try|use|take|drink|choose|reach for|switch to|give)\b",
    # a testimonial of stopping: "many of our clients have been able to quit their antidepressants", also of
    # cutting it down to nothing ("Many readers have been able to reduce or eliminate their insulin")
    r"\b(?:been able to|were able to|was able to|managed to)\s+(?:stop|quit|come off|get off|ditch|give up|"
    r"throw away|(?:reduce|cut|lower|decrease)\s+(?:or|and)\s+(?:even\s+)?(?:eliminate|stop|quit|drop))\s+"
    r"(?:taking\s+|using\s+)?(?:all\s+)?(?:of\s+)?(?:their|your|his|her|my)\s+(?:[\w-]+\s+){0,2}?"
    + _TREATMENT
    + r"\b",
    # the same told as what the plan did for someone: "This plan helped me get off my blood pressure
    # medication", "It keeps me off any prescriptions" (past help, or "keeps me": a story, not a drug's use)
    r"\b(?:(?:helped|allowed|enabled)\s+(?:me|us|him|her|them|my\s+[\w-]+|(?:many|countless|thousands|hundreds)\s+"
    r"(?:of\s+)?(?:people|patients|clients|customers|readers))\s+(?:to\s+)?(?:get|come|stay)|keeps?\s+me)\s+off\s+"
    r"(?:of\s+)?(?:all\s+)?(?:(?:their|your|his|her|my|any|the)\s+)?(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    # a product or practice as the subject of "replaces": "Our protocol replaces chemotherapy" (not one
    # drug replacing another in a guideline: "apixaban replaces warfarin"), with no negation between
    # subject and verb ("Essential oils cannot replace antibiotics")
    r"\b(?:teas?|diet|herbs?|herbal\s+\w+|supplements?|protocol|plan|program(?:me)?|oils?|juices?|"
    r"remed(?:y|ies)|formula|foods?|fasting|tinctures?|extracts?|powders?|vitamins?|capsules?|drops|smoothies?|"
    r"shakes?|cleanse|detox|water|vinegar|homeopath\w*|"
    # minerals and nutrients sold as supplements: "If the public catches on, zinc could replace vaccines"
    r"minerals?|zinc|magnesium|selenium|iodine|quercetin|melatonin|nutrients?|nutrition|sunshine|sunlight)\b"
    r"(?:(?!\b(?:not|cannot|can't|can’t|never|no|nothing)\b)[^.!?\n]){0,40}?\b(?:replaces?|(?:can|could|will|would) replace|"
    r"(?:is|are) (?:a|an) (?:natural |safe |safer )?(?:substitute|replacement) for)\s+(?:the need for\s+)?"
    r"(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b",
    # or as the subject that ends the need for it, said flatly: "This tea eliminates the need for insulin" (not
    # "a diet may eliminate the need for medications", a hedged possibility an NIH page states)
    r"\b(?:teas?|herbs?|herbal\s+\w+|supplements?|protocol|oils?|juices?|remed(?:y|ies)|formula|tinctures?|extracts?|"
    r"powders?|capsules?|drops|smoothies?|shakes?|cleanse|detox|vinegar|homeopath\w*|enemas?)\s+(?:(?:also|even|"
    r"completely|totally|largely|often|simply)\s+)?(?:eliminates?|removes?|ends?)\s+(?:(?:all|any)\s+)?(?:the|your)\s+"
    r"need\s+for\s+(?:[\w-]+\s+){0,2}?(?:" + _TREATMENT + r"|sedation|surgery|dialysis)\b",
    # a life promised free of the treatment: "Freedom from insulin shots", "lead a healthy life without insulin
    # shots", "live free from medication" (the promise of a plan's page; "insulin independence" after a transplant
    # is a trial's outcome word and is not read)
    r"\b(?:freedom|free)\s+from\s+(?:(?:all|any|your|daily)\s+)?(?:[\w-]+\s+)?" + _DEPENDED_ON + r"\b"
    r"|\b(?:lead|live|enjoy|have)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:life|lives)\s+(?:free\s+of|without)\s+"
    r"(?:(?:any|your|daily)\s+)?(?:[\w-]+\s+)?" + _DEPENDED_ON + r"\b",
    # an imperative that opens the sentence and offers the swap of a treatment someone's life or health
    # rests on: "Use this tea instead of chemotherapy", "Choose natural healing rather than insulin" (the
    # alternative names no medical treatment of its own: "Take insulin instead of diabetes pills" is a
    # doctor's switch; news reports a choice, "patients chose surgery instead of chemotherapy", in the
    # third person)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:use|choose|try|take|drink|opt\s+for|switch\s+to|go\s+for|rely\s+on|turn\s+to)\s+"
    r"(?:(?!\b(?:insulin|medic\w*|drugs?|pills?|tablets?|therapy|treatments?|injections?|surgery|chemo\w*|"
    r"radiation|doctors?|your\s+doctor)\b)[^.!?\n]){1,60}?\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+"
    r"(?:(?:conventional|toxic|harsh|expensive|prescription)\s+)?(?:chemo(?:therapy)?|radiation|radiotherapy|"
    r"insulin|dialysis|statins?|antidepressants?|blood\s+thinners?|vaccines?|vaccination)\b",
    # a condition beaten or controlled "without drugs" by what the page offers: a how-to title ("14 Proven Ways to
    # Beat Depression Without Drugs", "Lower Blood Pressure Without Medication") or natural options ("natural
    # treatments that can control your eczema without medication"); not a person's wish ("People who want to
    # control their blood sugar without medications can choose ...") nor a guide's "Some people can control their
    # blood pressure without medication" (0 in MedQuAD, the clean sentences, FakeHealth and WMT22)
    r"(?:\b(?:natural|herbal|home|holistic)\b[^.!?\n]{0,60}?\b|(?:^|(?<=[.!?:]\s)|(?<=\n))(?:(?:\d+\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:ways?|remedies|tips|methods|steps|secrets)\s+to\s+|how\s+to\s+)?)(?:beat|cure|treat|"
    r"control|reverse|"
    r"heal|fight|overcome|lower|manage|eliminate|get\s+rid\s+of|relieve|ease|fix)\s+(?:your\s+)?(?:[\w-]+\s+){1,4}?"
    r"(?:naturally\s+)?without\s+(?:any\s+|the\s+use\s+of\s+|using\s+)?(?:drugs|medications?|medicines?|pills|"
    r"prescriptions?|prescription\s+(?:drugs|medications?)|"
    # a class of medicine by name ("fix indigestion without antacids", "beat insomnia without sleeping pills"); not
    # antibiotics, which careful pages say a cold needs none of, nor surgery, which a new procedure may spare
    r"antacids|laxatives|steroids|painkillers|pain\s+killers|antidepressants|sleeping\s+pills|statins|insulin|"
    r"inhalers|synthetic\s+[\w-]+)\b",
    # (s53) an imperative to treat a condition by the page's means in place of a class of medicine: "Treat your PCOS
    # with food rather than birth control pills" (the means names no medical treatment of its own)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:treat|manage|control|fight|beat|heal|cure|fix|reverse|ease|relieve)\s+"
    r"(?:your\s+)?(?:[\w-]+\s+){1,4}?(?:with|using|through)\s+(?:(?!\b(?:insulin|medic\w*|drugs?|pills?|tablets?|"
    r"therapy|treatments?|injections?|surgery|chemo\w*|radiation|doctors?)\b)[^.!?\n]){1,60}?\b(?:instead\s+of|"
    r"rather\s+than|in\s+place\s+of)\s+(?:(?:conventional|toxic|harsh|expensive|prescription|prescribed|synthetic|"
    r"birth\s+control|blood\s+pressure|diabetes)\s+)?(?:"
    + _DONE_WITHOUT
    + r"|chemo\w*|radiation|inhalers)\b",
    # the reader told they need not even or always take a class of medicine or see a doctor ("You don't always need
    # harsh laxatives or a doctor visit", "you don't always need antacids to manage these issues": s53; a doctor's
    # decision, "your doctor may decide that you do not need to take any drugs", names no such adverb)
    r"\b(?:you|we)\s+(?:don[\u2019']?t|do\s+not|won[\u2019']?t|will\s+not)\s+(?:always|even|really|necessarily)\s+"
    r"need\s+(?:any\s+|to\s+take\s+|to\s+use\s+|harsh\s+|expensive\s+|those\s+|these\s+|prescription\s+)?"
    r"(?:[\w-]+\s+)?(?:antacids|laxatives|pain\s+killers|"
    + _DONE_WITHOUT
    + r"|inhalers|surgery|a\s+doctor(?:\s+visit)?|"
    r"doctors)\b"
    r"(?:\s+or\s+(?:a\s+)?(?:doctor(?:['\u2019]s)?(?:\s+(?:visit|appointment))?|trip\s+to\s+the\s+doctor))?",
    # food, diet or a remedy set against a class of medicine as the way to treat ("the first line of effective
    # treatment should be through food and lifestyle changes, and not through birth control pills!"; 0 on 4.9M
    # clean words)
    r"\b(?:foods?|diet|lifestyle|natural\w*|herbs?|herbal|remed(?:y|ies)|nutrition)\b[^.!?\n]{0,80}?(?:,\s*|\s)"
    r"(?:and\s+|but\s+)?not\s+(?:through|with|by|from)\s+(?:taking\s+|using\s+)?(?:the\s+|your\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + _DONE_WITHOUT + r"|chemo\w*)\b",
)
# the reader told they need not depend on their treatment: "Thankfully, you do not have to really depend on
# them" (the medications of the sentence before, one of the s31 quack pages), "You no longer have to rely on
# insulin"; the same advice given to "we" or "people" ("we should not rely on medication for high blood
# pressure", "Diabetics need not depend on insulin"); "rely on medication alone" is a combined approach and is left
_RELY = re.compile(
    r"\b(?:you|we|one|people|patients|diabetics)\s+(?:do\s+not|don't|don’t|no\s+longer|won't|won’t|will\s+not|"
    r"never|should\s+not|shouldn't|shouldn’t|must\s+not|mustn't|mustn’t|need\s+not|needn't|needn’t)\s+"
    r"(?:have\s+to\s+|need\s+to\s+)?"
    r"(?:really\s+|always\s+|ever\s+)?(?:depend|rely)\s+on\s+(?:(?P<pronoun>them|these|those|it)\b|"
    # not stewardship advice, which careful pages give: "we should not rely on antibiotics for a cold"
    r"(?:(?:your|any|such|these|those|the)\s+)?(?!(?:[\w-]+\s+){0,2}?(?:antibiotics?|opioids?|pain ?killers?|"
    r"pain relievers?|nsaids?|steroids?)\b)(?:[\w-]+\s+){0,2}?" + _TREATMENT + r"\b)"
    r"(?!\s+(?:alone|only|solely|exclusively|by\s+themselves|by\s+itself)\b)",
    re.IGNORECASE,
)
_TREATMENT_WORD = re.compile(r"\b" + _TREATMENT + r"\b", re.IGNORECASE)
# advice that opens a sentence and tells the reader to refuse a vaccine: "Don't vaccinate your kids",
# "Say no to the jab", "Skip the booster", "Parents should refuse the MMR vaccine" (the FDA lists
# "vaccine alternative" among health-fraud tip-offs; refusing a vaccine is a treatment decision the
# page makes for its reader). "Live vaccines" is left out: "avoid live vaccines" is a standing
# instruction for people whose immune system is suppressed
_VACCINE = (
    r"(?:(?:the|a|an|any|your|their|his|her|this|that|another|more|every|all|these|those|covid(?:-19)?|"
    r"flu|influenza|mmr|hpv|measles|polio|mrna|booster|childhood|experimental|new|second|third)\s+)*"
    r"(?:vaccines?|vaccinations?|jabs?|shots?|boosters?|vax+)"
)
# matched at the start of a sentence only (its probes skip every block without a refusal verb and a
# vaccine word)
_REFUSE_RX = cue(
    r"(?:(?:so\s+|then\s+|please\s+|just\s+)?(?:you|parents|people|moms|mums|everyone|we)\s+"
    r"(?:should|must|need to|ought to)\s+)?"
    r"(?:(?:do\s+not|don['\u2019]t|never)\s+(?:ever\s+)?(?:(?:get|take|have|accept|allow)\s+"
    + _VACCINE
    + r"|"
    r"(?:vaccinate|jab)\s+(?:your|their|our)\s+(?:[\w-]+\s+)?(?:kids?|children|child|babies|baby|"
    r"sons?|daughters?|teens?|family)|get\s+(?:vaccinated|jabbed|boosted)|let\s+(?:them|anyone|"
    r"the\s+\w+|doctors|your\s+doctor)\s+(?:vaccinate|jab)\s+(?:you|your\s+(?:[\w-]+\s+)?\w+))"
    r"|(?:refuse|reject|avoid|skip|boycott|say\s+no\s+to|stay\s+away\s+from)\s+" + _VACCINE + r")\b",
    re.IGNORECASE,
)
# every refusal names a vaccine, so a block needs one of these words too (a second probe set;
# "immunize" is left out: as a probe, "immuni" is in every page that mentions immunity)
_REFUSE = ProbedPattern(
    _REFUSE_RX, ProbedPattern.of(_REFUSE_RX).probes, (("vaccin", "jab", "shot", "boost", "vax"),)
)

# a condition makes it medical guidance ("Don't get the vaccine if you have a fever", "Avoid the shot
# during an allergy flare-up"), as does timing relative to another dose or treatment
_REFUSE_CONDITION = cue(
    r"\b(?:if|unless|until|while|when|during|within|before|after|since|same\s+time|allerg\w*|pregnan\w*|"
    r"fever|sick|ill|immunocompromised|immune\s+system|weeks?|days?|months?|dose)\b",
    re.IGNORECASE,
)


# a prescribed treatment dismissed, which steers readers off it as surely as advice to stop: "insulin is
# just a band-aid", "synthetic drugs are not the answer" (not painkillers: "pain medicine is only a
# band-aid" for back pain is a clinician's fair point; not a drug class in general, "antibiotics are not
# the answer for a cold", which is stewardship)
_DISMISSED_TREATMENT = (
    r"(?:insulin|metformin|statins?|antidepressants?|chemo(?:therapy)?|blood pressure (?:pills|tablets|medicines?|"
    r"medications?)|(?:your|the|diabetes|thyroid|heart)\s+(?:medications?|medicines?|meds|drugs|pills|prescriptions?))"
)
_DISMISS_FORMS = (
    r"\b"
    + _DISMISSED_TREATMENT
    + r"\s+(?:is|are|was|were)\s+(?:just|only|merely|simply|nothing\s+(?:more\s+than|but))\s+"
    r"(?:a\s+)?(?:band[- ]?aids?|crutch(?:es)?)\b",
    r"\b(?:synthetic|prescription|prescribed|conventional|pharmaceutical|toxic)\s+(?:drugs|medications?|medicines?|pills|"
    r"treatments?)\s+(?:is|are|was|were)\s+(?:not|never)\s+the\s+(?:answer|solution|cure)\b",
    # the usual treatment called useless, a failure, or not the treatment at all: "The doctor's drugs were
    # completely useless", "Dialysis is not the treatment" (a limit stated after it is a fact, not a dismissal,
    # whatever it names: "metformin is useless for type 1 diabetes", "insulin is useless without food"; and
    # "dialysis is not a cure" is what careful pages say)
    r"\b(?:"
    + _DISMISSED_TREATMENT
    + r"|dialysis|(?:the|my|her|his|your|their)\s+doctor['\u2019]s\s+(?:drugs|medications?|medicines?|pills|meds))"
    r"\s+(?:is|are|was|were)\s+(?:(?:completely|totally|utterly|absolutely|simply|just)\s+)?(?:useless|worthless|"
    r"a\s+(?:complete\s+|total\s+|giant\s+)?(?:failure|dud|waste\s+of\s+(?:time|money))|not\s+the\s+"
    r"(?:real\s+|ultimate\s+|right\s+|true\s+)?(?:treatment|answer|solution|cure))\b"
    r"(?!\s+(?:for|against|in|when|if|unless|without|with)\b)",
    # the usual treatment called harmful in itself, before the page's own remedy: "Thyroid conditions are
    # treated with harmful medication", "prescription drugs are poison" (a named drug's named harm, "NSAIDs
    # can harm the stomach", is a warning and names no class of this form)
    r"\b(?:is|are|was|were|being|usually|often|typically|commonly|conventionally)\s+treated\s+with\s+"
    r"(?:(?:very|so|such|really)\s+)?(?:harmful|toxic|dangerous|poisonous|damaging)\s+(?:synthetic\s+|chemical\s+)?"
    r"(?:drugs|medications?|medicines?|pills|chemicals)\b",
    r"\b(?:synthetic|prescription|prescribed|conventional|pharmaceutical|big\s+pharma)\s+(?:drugs|medications?|"
    r"medicines?|pills)\s+(?:is|are)\s+(?:(?:all|just|nothing\s+but|pure|really|basically)\s+)?"
    r"(?:toxic|poisons?|poisonous|harmful)\b",
    # a whole class of medicines called dangerous or deadly as a flat predicate: "Most of the arthritis medications
    # are modestly effective and are very dangerous", "The drugs they're pushing aren't just ineffective -- they're
    # often deadly". The subject is a class (a quantifier, a determiner or the drugs someone pushes), and nothing
    # after the adjective limits it: "these drugs are dangerous in overdose", "to the unborn baby", "for people
    # with kidney disease" and "if mixed with alcohol" are warnings, not dismissals
    r"(?<!\bsome\s)(?<!\bsome\sof\s)\b(?:(?:most|all|many|prescription|prescribed|conventional|pharmaceutical|modern)\s+"
    r"(?:of\s+(?:the|these|those|their)\s+)?(?:[\w-]+\s+)?(?:medications|medicines|drugs|pills|meds)"
    r"|(?:medications|medicines|drugs|pills|meds)\s+(?:that\s+|which\s+)?(?:they|doctors|big\s+pharma|pharma)\s*"
    r"(?:['\u2019]re|are|keep)?\s*(?:pushing|push|selling|sell|peddling|peddle))"
    r"(?:\s+[^.!?;:\n]{0,40}?)?(?:\s+(?:are|were)|['\u2019]re)\s+(?:(?:very|extremely|so|really|often|highly|incredibly|"
    r"also|actually|downright|just\s+plain)\s+)*(?:dangerous|deadly|lethal|poisonous|hazardous)\b"
    r"(?:\s+to\s+(?:your|our|their)\s+(?:health|body|bodies|life|lives)\b"
    r"|(?![^.!?;\n]{0,3}\b(?:for|if|when|in|to|with|without|during|unless|because|at|after|than|if)\b))",
    # the same of a class of medicines named by what it treats, opening its sentence or heading with no determiner:
    # "HBP Drugs are Hazardous to Your Health", "Blood pressure medications are deadly" (the classes people misuse
    # are warned about with reason: "Opioid drugs are dangerous", "Street drugs are deadly")
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?!(?:opioid|narcotic|illegal|illicit|street|recreational|party|club|designer|fake|"
    r"counterfeit|expired|sleeping|weight[- ]loss|diet|some|many|most|all|these|those|the|such|other)\b)"
    r"(?:[\w-]+\s+){1,3}?(?:drugs|medications|medicines|pills|meds)\s+(?:are|were)\s+(?:(?:very|extremely|so|really|"
    r"often|highly|incredibly|downright|just\s+plain)\s+)*(?:dangerous|deadly|lethal|poisonous|hazardous)\b"
    r"(?:\s+to\s+(?:your|our|their)\s+(?:health|body|bodies|life|lives)\b"
    r"|(?![^.!?;\n]{0,3}\b(?:for|if|when|in|to|with|without|during|unless|because|at|after|than|if)\b))",
    # medicines said to do nothing for the disease's cause, and a reason given to ditch them: "While prescriptive
    # medications can help you control your blood sugar, they do nothing to get at the root cause of the
    # disease", "The primary reason to ditch insulin and drugs is because they don't work" (a reason to stop, with
    # "stop" or "come off", is how patient guides talk of side effects: only the quack's "ditch" and "dump" count)
    # (the nearest treatment word before it opens the span: the words between name no other)
    r"\b(?:medications?|medicines?|meds|drugs|pills|insulin|statins?|prescriptions?)\b"
    r"(?:(?!\b(?:medications?|medicines?|meds|drugs|pills|insulin|statins?|prescriptions?)\b)[^.!?;\n]){0,100}?"
    r"\b(?:do|does)\s+(?:absolutely\s+)?nothing\s+(?:to\s+)?(?:get\s+at|address|treat|fix|cure|tackle|touch|correct|reach|"
    r"remove|eliminate|solve|resolve)\s+"
    r"(?:the\s+)?(?:real\s+|true\s+|actual\s+|underlying\s+)?(?:root\s+)?causes?\b",
    # a class of medicines said to ruin the health it treats: "drugs utterly fail to cure diabetes, they also worsen
    # the health of patients" (a named drug's named harm, "NSAIDs can damage the kidneys", names an organ and a modal)
    r"\b(?:medications|medicines|drugs|pills|meds)\b"
    r"(?:(?!\b(?:medications?|medicines?|meds|drugs|pills|can|may|might|could|if|when)\b)[^.!?;\n]){0,80}?"
    r"\b(?:(?:they|which|that)\s+)?(?:(?:also|actually|only|just|really|even|slowly)\s+)?"
    r"(?:worsen|damage|destroy|ruin|poison|wreck)\s+(?:the\s+|your\s+|our\s+|their\s+)?(?:health|bodies|body)\b",
    # a class of medicines said to fail at treating: "these medications often fail to treat the condition", "drugs
    # utterly fail to cure diabetes" (not under a condition: "when medications fail to control the seizures, surgery
    # is an option" is how careful pages name the next step)
    r"(?<!\bwhen\s)(?<!\bif\s)(?<!\bwhere\s)\b(?:medications|medicines|drugs|pills|meds)\s+(?:(?:often|usually|always|simply|"
    r"utterly|completely|mostly|generally|frequently)\s+)?fail\s+to\s+(?:treat|cure|work|help|address|fix|heal|resolve)\b",
    r"\breasons?\s+to\s+(?:ditch|dump|toss|throw\s+(?:away|out))\s+"
    r"(?:taking\s+|using\s+)?(?:all\s+|your\s+)?(?:insulin|medications?|medicines?|drugs|pills|meds|statins?)\b"
    r"(?:\s+and\s+(?:insulin|medications?|medicines?|drugs|pills|meds|statins?))?\s+(?:is|are)\b",
    # the usual treatment called toxic by example, and said only to mask symptoms: "Toxic drugs, like Enbrel,
    # Cymbalta, and anticonvulsants like Lyrica, are the usual treatment", "they push pills that mask symptoms"
    # ("toxic chemicals such as those in cigarette smoke" are no treatment)
    r"\btoxic\s+(?:drugs|medications?|medicines|pills)\s*,?\s+(?:like|such\s+as)\b",
    # a class of medicines named by a harm as its epithet: "no solution other than dangerous drugs", "expensive and
    # side-effect-ridden blood pressure drugs" (a modifier of the class may stand between). The page names no drug and
    # no harm: the epithet is the dismissal. Street drugs ("illegal and dangerous drugs"), a degree ("less toxic drugs",
    # "highly toxic drugs" of chemotherapy news), a definite phrase and a list of named drugs that follows ("dangerous
    # drugs such as ...") are warnings, not this; a hyphened compound ("liver-toxic medications") is a drug's property
    r"(?<![-\w])(?<!\bless\s)(?<!\bmore\s)(?<!\bmost\s)(?<!\bhighly\s)(?<!\bvery\s)(?<!\bpotentially\s)(?<!\bthe\s)"
    r"(?<!\billegal\s)(?<!\billicit\s)(?<!\bstreet\s)(?<!\bother\s)(?<!\brecreational\s)"
    r"(?<!\billegal\sand\s)(?<!\billegal\sor\s)(?<!\billicit\sand\s)(?<!\billicit\sor\s)(?<!,\s)"
    r"(?:dangerous|toxic|harsh|poisonous|deadly|lethal|damaging|harmful|side[- ]effect[- ](?:ridden|laden))\s+"
    r"(?:(?:and\s+)?(?:expensive|costly|prescription|pharmaceutical|synthetic|chemical|conventional|man-made|"
    r"blood\s+pressure|diabetes|cholesterol|arthritis|psychiatric|heart)\s+){0,2}"
    r"(?:drugs|medications|medicines|pills|meds|pharmaceuticals|"
    # the classes a quack page names ("You don't always need harsh laxatives", "harsh steroid creams"; not opioids,
    # which news calls dangerous on evidence)
    r"laxatives|steroids|antidepressants|painkillers|antibiotics|inhalers|statins|creams|ointments)\b"
    r"(?!\s+(?:such\s+as|like|including)\b)",
    # the usual treatment said to be what makes the patient sick: "managing your diabetes is actually making you
    # sicker", "your medications are trapping you in a cycle of declining health", "the very approach your doctor
    # swears by is the reason you're getting sicker" (a disease's course, "patients get sicker as the disease
    # progresses", has no treatment for its subject; medicines "making you sick" is how patient pages speak of
    # side effects, "sicker" is the quack's comparison)
    r"\b(?:medications?|medicines?|meds|drugs|pills|insulin|statins?|treatments?|approach|prescriptions?|chemo\w*|"
    r"managing\s+your\s+[\w-]+)\b[^.!?;\n]{0,60}?\b(?:is|are|was|were)\s+(?:actually\s+|really\s+|just\s+|only\s+|"
    r"secretly\s+|slowly\s+)?(?:the\s+(?:real\s+)?reason\s+(?:you|people|patients|they)(?:['\u2019]re|\s+are)?\s+"
    r"(?:getting|get|becoming|feel|feeling)\s+(?:sicker|worse|ill)|making\s+(?:you|people|patients|them|us)\s+"
    r"sicker|trapping\s+(?:you|people|patients|them|us)\b)",
    # the usual treatments given a record of failure: "The medical treatments suggested by the medical industry have a
    # long and well-documented history of failure" (a news report speaks of a drug's trials failing, not of a record)
    r"\b(?:treatments?|medicines?|medications?|drugs|therap(?:y|ies)|chemo\w*|(?:conventional|modern|mainstream|western)\s+"
    r"medicine)\b[^.!?;\n]{0,80}?\b(?:history|record|track\s+record)\s+of\s+(?:failure|failing)\b",
    # the usual treatment called a lifelong reliance on pills, the quack's picture of the prescription ("For millions,
    # this is the beginning of a lifelong reliance on pills. But what if there was another way?"); "lifelong dependence
    # on insulin" or "on medication" is how careful pages state a fact of type 1 diabetes or hypothyroidism
    r"\b(?:lifelong|life-long|a\s+lifetime\s+of|permanent|endless)\s+(?:reliance|dependence|dependency)\s+on\s+"
    r"(?:(?:prescription|blood\s+pressure|diabetes|cholesterol)\s+)?(?:pills|meds)\b",
    # a class of medicines said, with "actually", not to do what it is taken for: "blood pressure drugs may not
    # actually prevent heart attacks or strokes at all" (a trial's null result is reported without the adverb:
    # "the drug did not prevent heart attacks")
    r"\b(?:drugs|medications?|medicines?|pills|meds|statins|insulin)\b[^.!?;\n]{0,60}?\b(?:may|might|do|does|will|can)"
    r"\s*(?:not|n['\u2019]t)\s+actually\s+(?:prevent|work|help|cure|lower|treat|reduce|protect|prolong|extend|save)\b",
    r"\b(?:pills|drugs|medications?|medicines|meds)\s+(?:that|which)?\s*(?:only\s+|just\s+|merely\s+|simply\s+)?"
    r"mask(?:s|ing)?\s+(?:the\s+)?symptoms\b",
    # the same said of medicine in general, with "only": "The medications prescribed by your doctor only treat the
    # symptom, not the problem" (an s31 quack page's "Secret #4"); a named kind of pill in news ("painkillers and
    # birth control pills only address the symptoms of menstrual cramps", FakeHealth) has a modifier of its own
    # before it, and "relieve" stays out ("there is no cure; medicines only relieve the symptoms")
    r"(?:^|(?<=[.!?:]\s)|\b(?:the|your|these|those|their|conventional|synthetic|prescription|prescribed|"
    r"pharmaceutical|western|modern|most|many|all|such)\s+)(?:medications?|medicines?|meds|drugs|pills)\b"
    r"(?:\s+(?:that\s+|which\s+)?(?:(?:your|the)\s+)?(?:prescribed|given|offered|recommended)\s+(?:by|to)\s+"
    r"(?:your|the|a|most)\s+(?:doctors?|physicians?|gps?)\b)?[^.!?;\n]{0,20}?\b(?:only|merely|just|simply)\s+"
    r"(?:(?:ever|really)\s+)?(?:(?:treats?|address(?:es)?|manages?|suppress(?:es)?|hides?|covers?\s+up|targets?|masks?)\s+"
    r"(?:the\s+)?symptoms?\b"
    # or only hide the problem itself ("The medications only hide the problem", a quack page): hiding, masking
    # or covering up is no treatment at all ("medicines only manage the disease" is what careful pages say)
    r"|(?:hides?|covers?\s+up|masks?)\s+(?:the\s+|your\s+)?(?:real\s+|underlying\s+|root\s+|true\s+)?"
    r"(?:problem|cause|disease|condition|illness)s?\b)",
    # medicines said only to help manage the disease instead of reaching its root: "the medication just helps you
    # to manage high blood pressure ... instead of getting to the root of the problem" (a careful page's "medicines
    # only manage the disease" sets no root against it; 0 in MedQuAD, the clean sentences and FakeHealth)
    r"\b(?:medications?|medicines?|meds|drugs|pills)\b[^.!?;\n]{0,20}?\b(?:only|just|merely|simply)\s+"
    r"(?:helps?\s+(?:you\s+)?(?:to\s+)?)?(?:manage|control|treat|suppress|mask|relieve)\b[^.!?;\n]{0,80}?"
    r"\b(?:instead\s+of|rather\s+than|without)\s+(?:getting\s+to|treating|addressing|fixing|tackling|curing|touching)\s+"
    r"(?:the\s+)?(?:real\s+|true\s+|underlying\s+)?(?:root|cause)\b",
    # a medicine, or medicine as a whole, said not to reach the disease's root cause ("the pill doesn't address the root
    # cause of the disease", "Why does modern medicine shave the prostate down instead of addressing the root cause?"):
    # the quack's "root cause" against the prescription (surgery is left: news reports a surgeon's limits; 0 in
    # MedQuAD, the clean sentences and FakeHealth)
    r"\b(?:pills?|drugs|medications?|medicines?|meds|(?:modern|conventional|western|mainstream|allopathic)\s+medicine)\b"
    r"[^.!?;\n]{0,60}?\b(?:(?:does|do)\s*(?:not|n['’]t)|never|fails?\s+to|won['’]t|will\s+not|can['’]t|cannot)\s+"
    r"(?:\w+\s+)?(?:address|treat|fix|cure|tackle|get\s+at|resolve|correct|touch|reach)\s+(?:the\s+)?(?:real\s+|true\s+|"
    r"actual\s+)?root\s+causes?\b",
    r"\b(?:pills?|drugs|medications?|medicines?|meds|doctors|(?:modern|conventional|western|mainstream|allopathic)\s+"
    r"medicine)\b[^.!?;\n]{0,80}?\binstead\s+of\s+(?:addressing|treating|fixing|tackling|finding|getting\s+at|correcting)\s+"
    r"the\s+(?:real\s+|true\s+|actual\s+)?root\s+causes?\b",
    # medicine as a whole ranked below the page's remedy, or its methods given a harm or a failure as epithets:
    # "the results can be dramatic and well beyond what traditional medicine can do", "an alternative to the
    # painful, invasive and often ineffective methods used by modern medicine" (0 in MedQuAD, the clean sentences
    # and FakeHealth)
    r"\bbeyond\s+what\s+(?:traditional|conventional|modern|western|mainstream|orthodox|allopathic)\s+"
    r"(?:medicine|doctors|treatments?|drugs)\s+(?:can|could|will|is\s+able\s+to)\s+(?:ever\s+)?(?:do|offer|achieve)\b",
    r"\b(?:painful|invasive|toxic|harmful|dangerous|ineffective|useless|poisonous|harsh|barbaric)\b[^.!?;\n]{0,40}?"
    r"\b(?:methods|treatments|drugs|procedures|therapies|approaches)\s+(?:used|offered|prescribed|pushed|favou?red|"
    r"practi[sc]ed)\s+by\s+(?:modern|conventional|western|mainstream|orthodox|allopathic)\s+(?:medicine|doctors)\b",
    # a treatment likened to a band-aid on the disease: "Simply taking a thyroid hormone pill will not fix the
    # autoimmune problem, it will only be like putting a band-aid on a deep, serious wound" (not under a
    # condition: "Pain medicine is only a band-aid if the back muscles stay weak"; not negated: "Insulin is not
    # just a band-aid")
    r"\b(?:pills?|drugs|medications?|medicines?|meds|hormones?|insulin|levothyroxine|synthroid|statins?|"
    r"antidepressants?|chemo(?:therapy)?|prescriptions?)\b[^.!?;\n]{0,80}?(?:,|\b(?:is|are|be|was|were)\b)"
    r"(?:(?!\b(?:not|never|if|unless|when)\b)[^,.!?;\n]){0,40}?"
    r"\b(?:only|just|merely|nothing\s+more\s+than|no\s+more\s+than)\s+(?:be\s+)?(?:like\s+)?(?:putting\s+)?"
    r"(?:a\s+)?band[- ]?aids?\b(?![^.!?;\n]{0,40}\b(?:if|unless|when)\b)",
    # the usual treatment said to make the organ it supports idle: "If you've been taking thyroid medication
    # the thyroid gets lazy", "insulin shots make your pancreas lazy" (a claim that steers readers off a
    # replacement hormone; "the body becomes dependent on heroin" names no organ's idleness)
    r"\b(?:medications?|medicines?|meds|drugs|pills|hormones?|insulin|levothyroxine|synthroid|dialysis)\b"
    r"[^.!?;\n]{0,60}?\b(?:(?:the|your|their|my)\s+)?(?:thyroid|pancreas|liver|kidneys?|adrenals?|adrenal\s+glands?)"
    r"\s+(?:(?:gets?|becomes?|will\s+(?:get|become)|goes|grows?|turns?|is\s+made)\s+(?:lazy|sluggish|idle)|"
    r"(?:stops?|will\s+stop)\s+(?:working|producing)\b)|\b(?:make|makes|made|making)\s+(?:the|your|their|my)\s+"
    r"(?:thyroid|pancreas|liver|kidneys?|adrenals?)\s+(?:lazy|sluggish|idle)\b",
)
_DISMISS = tuple(ProbedPattern.of(cue(p, re.IGNORECASE)) for p in _DISMISS_FORMS)
_DISMISS_INDEX = ProbeIndex(_DISMISS)


# a class of prescribed treatment given a flat verdict of failure: "Drugs don't work", "Inhalers aren't very
# effective", "Prescription drugs are useless", "The medications only hide the problem", "Steroid creams just mask
# the symptoms", "Pills are not the answer", and through a pronoun for the class the sentence before names ("Throw
# away the pills. They don't work."). The subject is a class, not one drug a study tested ("the drug did not work in
# the trial" is a result), nor the body's own insulin ("their insulin doesn't work properly"). What the class cannot
# do for a stated group, illness or germ ("antibiotics don't work against viruses", "won't help a cold", "are not
# the answer for a cold", "are not effective for everyone", "do not work in children") and a limit of degree ("don't
# work well") follow the verdict and leave it; so does a
# sentence that gives a frequency, a study, resistance or a medicine that stopped working (_VERDICT_LIMIT)
_VERDICT_CLASS = (
    r"(?:(?:the|these|those|all|most|such|prescription|pharmaceutical|conventional|modern|western|allopathic|"
    r"mainstream|standard|chemical|synthetic|blood\s+pressure|diabetes|diabetic|cholesterol|thyroid|arthritis|eczema|"
    r"asthma|acid|psychiatric|cancer|pain|steroid|cortisone|hydrocortisone)\s+){0,2}"
    r"(?:drugs|medications|medicines|meds|pills|pharmaceuticals|(?<!\btheir\s)(?<!\byour\s)(?<!\bour\s)(?<!\bhis\s)"
    r"(?<!\bher\s)(?<!\bown\s)insulin|statins|chemo(?:therapy)?|antibiotics|antidepressants|steroids|creams|"
    r"painkillers|inhalers|(?:eye)?glasses|spectacles|contact\s+lenses|vaccines|vaccinations|flu\s+shots)"
    r"|\b(?:conventional|modern|western|allopathic|mainstream|orthodox)\s+(?:medicine|treatments|drugs)"
    # the singular class, named by its kind: "Prescription medication is unnatural"
    r"|\b(?:prescription|pharmaceutical|synthetic|chemical)\s+(?:medication|medicine|drug)"
)
_VERDICT_SUBJECT = (
    r"\b(?:(?P<pronoun>they)|"
    + _VERDICT_CLASS
    + r")(?:\s+(?:really|actually|simply|just|also|even|in\s+fact|truly|themselves|alone))*"
)
_VERDICT_UNLIMITED = (
    r"(?!\s+(?:well|properly|much|enough|as\s+well|as\s+expected|for|against|on|in|to|with|at|among|right\s+away|"
    r"immediately|instantly|overnight|straight\s+away|unless|if|until|without|when|anymore|any\s+longer|a\s+cold|"
    r"colds?|viral|viruses)\b)"
)
_VERDICT_FORMS = (
    # does not work / help / fix: "Drugs don't work", "Wearing glasses will never fix your eyesight"
    _VERDICT_SUBJECT
    + r"\s+(?:(?:do|does|will|would|can)\s*(?:not|n't)|(?:(?:do|does|will|would|can)\s+)?never|cannot|can't|won't)"
    r"\s+(?:really\s+|actually\s+|ever\s+|truly\s+)?(?:work|help|fix|heal|solve|correct)\b"
    + _VERDICT_UNLIMITED,
    # is not effective / not the answer: "Inhalers aren't very effective", "Pills are not the answer"
    _VERDICT_SUBJECT
    + r"\s+(?:are|is)\s*(?:not|n't)\s+(?:just\s+|very\s+|really\s+|that\s+|even\s+|at\s+all\s+)?"
    r"(?:effective|the\s+(?:answer|solution))\b" + _VERDICT_UNLIMITED,
    # is ineffective / useless / a scam, and "not just ineffective": "Conventional drugs are completely useless"
    _VERDICT_SUBJECT
    + r"\s+(?:are|is)(?:\s*(?:not|n't)\s+(?:just|only|merely))?\s+(?:completely\s+|totally\s+|utterly\s+|largely\s+|"
    r"mostly\s+|simply\s+|just\s+)?(?:ineffective|useless|worthless|a\s+(?:scam|racket|sham))\b"
    + _VERDICT_UNLIMITED,
    # unnatural or toxic in itself, the class opening its sentence: "Prescription medication is unnatural",
    # "Pharmaceutical drugs are toxic" (not "toxic to the liver", a drug's stated harm, nor a part of the class, "Some
    # of these drugs are toxic"; a class called dangerous is read by the harms below; 0 in MedQuAD, the clean
    # sentences, FakeHealth and WMT22)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    + _VERDICT_SUBJECT
    + r"\s+(?:are|is)\s+(?:completely\s+|totally\s+|extremely\s+|very\s+|highly\s+|inherently\s+|simply\s+|just\s+)?"
    r"(?:unnatural|toxic|poisonous|poisons?)\b" + _VERDICT_UNLIMITED,
    # said to bring a host of side effects with it: "comes with a host of potentially dangerous side effects" (0 in the
    # same corpora)
    r"(?:^|(?<=[.!?]\s)|(?<=\n))"
    + _VERDICT_SUBJECT
    + r"(?:\s+(?:often|usually|all|also))?\s+(?:come|comes|carry|carries)\s+with\s+(?:it\s+|them\s+)?(?:a\s+host\s+of|"
    r"many|lots\s+of|a\s+(?:long\s+)?list\s+of|serious|dangerous|nasty|harmful|unpleasant|terrible|potentially)\b"
    r"[^.!?\n]{0,40}?side[- ]effects\b",
    # said to kill the people it treats: "Chemo kills within the first 30 days", "Statins kill more people than they
    # save", "up to 50 percent of people who receive chemotherapy are killed by the treatment" (a treatment kills
    # cells, bacteria or a tumour: no person is its object there; s58, 0 in MedQuAD, the clean sentences, FakeHealth
    # and WMT22)
    _VERDICT_SUBJECT
    + r"\s+(?:(?:can|will|may|could|often|actually|literally|routinely)\s+)?(?:kills?|killed|is\s+killing|are\s+killing)"
    r"\s+(?:(?:more|most|many|thousands\s+of|millions\s+of|hundreds\s+of)\s+(?:people|patients|americans|children|"
    r"women|men)|people|patients|you\b|within\s+(?:the\s+first\s+)?(?:\d+|a\s+few|weeks|months|days))",
    r"\b(?:people|patients|children|women|men)\b[^.!?\n]{0,60}?\b(?:are|were|get|got)\s+killed\s+by\s+(?:the\s+)?"
    r"(?:treatment|chemo(?:therapy)?|drugs|medications?|medicines?|vaccines?|radiation|statins)\b",
    # only masks the symptoms or hides the problem (a treatment said to "relieve" or "manage" symptoms says what it
    # does, and is left)
    _VERDICT_SUBJECT
    + r"(?:\s+(?:often))?\s+(?:only|just|simply|merely)\s+(?:mask|hide|cover\s+up|paper\s+over|patch\s+up|suppress)"
    r"(?:s|es)?\s+(?:the\s+|your\s+|their\s+|our\s+)?(?:[\w-]+\s+)?(?:symptoms?|problems?|issues?|pain|disease|"
    r"condition|illness)\b",
)
_VERDICTS = tuple(ProbedPattern.of(cue(p, re.IGNORECASE)) for p in _VERDICT_FORMS)
_VERDICT_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|until|once|in\s+case|where)\b", re.IGNORECASE)
_VERDICT_INDEX = ProbeIndex(_VERDICTS)
#: A sentence that limits the verdict: a debunking or someone's belief, a frequency, a study, resistance, the germs
#: a class cannot touch, a medicine that stopped working.
_VERDICT_LIMIT = cue(
    r"\b(?:myths?|misinformation|misconceptions?|debunk\w*|false(?:ly)?|untrue|wrong(?:ly)?|mistaken(?:ly)?|"
    r"rumou?rs?|claims?\s+that|believe[sd]?|think|thinks|thought|fear(?:s|ed)?|worr(?:y|ies|ied)|study|studies|"
    r"trials?|researchers?|data|analysis|review|reports?|according\s+to|percent|per\s+cent|%|\d+\s+in\s+\d|usually|"
    r"often|sometimes|rare(?:ly)?|some\s+(?:people|patients|children|adults|cases)|many\s+(?:people|patients|cases)|"
    r"in\s+(?:some|many|most)\s+cases|resistan(?:t|ce)|bacteria(?:l)?|viral|virus(?:es)?|no\s+longer|"
    r"stop(?:s|ped)?\s+working|overuse|misuse)\b",
    re.IGNORECASE,
)


# one pattern per form, each with its own probes: a text must hold a word of every required
# group of a form before the form's pattern runs
_REPLACE = tuple(ProbedPattern.of(cue(p, re.IGNORECASE)) for p in _REPLACE_FORMS)
_REPLACE_INDEX = ProbeIndex(_REPLACE)


# a promise to show the reader how to stop a prescribed treatment, anywhere in a sentence or a title ("how to
# stop taking high blood pressure medication", "How To Stop Kidney Dialysis Naturally"; reasons or ways to do it,
# "5 Scary Reasons to Stay Off Inhalers", "5 Steps to Get Off Your Asthma Inhaler", "It also covers how to opt out
# of vaccination"), or to end one
# naturally ("get off insulin naturally"); not tapering advice, which careful pages give ("how to stop taking
# antidepressants safely", "gradually", "withdrawal", a doctor in the sentence: _DOCTOR), and not the
# stewardship of antibiotics, opioids, painkillers or steroids
_HOW_TO_STOP = lazy_compile(
    r"\b(?:how\s+(?:to|you\s+can|i)\s+(?:stop|quit|come\s+off|get\s+off|get\s+rid\s+of|ditch|avoid|stay\s+off|"
    r"stay\s+away\s+from|opt\s+out\s+of)|"
    # reasons or ways to keep away from the treatment, not a reason to stop it ("A common reason to stop taking statins
    # is muscle pain", a patient guide)
    r"(?:reasons?|ways?)(?:\s+why)?\s+(?:to|you\s+should)\s+(?:stay\s+off|stay\s+away\s+from|ditch|opt\s+out\s+of)|"
    # (s60) the steps or secrets of a how-to title ("5 Steps to Get Off Your Asthma Inhaler")
    r"(?:steps?|tips?|secrets?|tricks?)\s+to\s+(?:finally\s+)?(?:stop|quit|come\s+off|get\s+off|get\s+rid\s+of|"
    r"ditch|kick))\s+"
    r"(?:taking\s+|using\s+|needing\s+)?(?:(?:your|all|the|my|their)\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:medications?|medicines?|meds|pills|insulin|statins?|dialysis|chemo(?:therapy)?|inhalers?|metformin|"
    r"levothyroxine|blood\s+thinners?|vaccinations?|vaccines)\b"
    r"|\b(?:stop|avoid|quit|get\s+off|come\s+off|end)\s+(?:(?:kidney|your|the)\s+)?(?:dialysis|insulin|"
    r"medications?|meds|pills|statins?|chemo(?:therapy)?)\s+naturally\b",
    re.IGNORECASE,
)
#: A word every reading of ``_HOW_TO_STOP`` holds: the regex runs only on a page with one.
_HOW_TO_STOP_WORDS = frozenset(
    "how naturally reason reasons way ways step steps tip tips secret secrets trick tricks".split()
)
_TAPERING_OR_STEWARDSHIP = re.compile(
    r"\b(?:safely|gradually|taper\w*|withdrawal|wean\w*|antibiotics?|opioids?|painkillers?|steroids?)\b", re.I
)


# "stop taking these medicines if symptoms get worse": stopping on a warning sign is safety advice
_SAFETY_STOP = cue(
    r"\b(?:if|when|as soon as)\b[^.!?]{0,60}?\b(?:worse|worsens?|worsening|rash|side effects?|reactions?|allerg\w*|"
    r"bleed\w*|lasts?|persists?|swelling|hives|blisters|pregnant|jaundice|dark urine)\b",
    re.IGNORECASE,
)


_MEDICINE_TAIL = "stopping or swapping a prescribed medicine can be dangerous; say that any change must be agreed with the prescriber"
_MEDICINE_FIX = "add: 'do not stop or change a prescribed medicine without talking to your doctor'"
_VACCINE_TAIL = (
    "vaccines recommended by health authorities are tested in large trials and monitored after approval; "
    "leaving a child or adult unprotected risks the disease itself; send readers to their doctor or nurse instead"
)
_VACCINE_FIX = "replace with: 'talk to your doctor or nurse about which vaccines are right for you'"
_GLASSES_TAIL = (
    "going without prescribed glasses or lenses can be unsafe (driving, a child's lazy eye); say that any change "
    "must be agreed with an eye doctor"
)
_GLASSES_FIX = "add: 'do not stop wearing prescribed glasses or lenses without talking to your eye doctor'"
# the prescription for the eyes dismissed, the eye-exercise pages' own form of the claim: advice to get rid of glasses
# or lenses ("In order to get our perfect vision back, we will have to get rid of the glasses first"), and glasses said to
# weaken the eyes they correct ("Glasses are a way of keeping our eyes from working correctly"; an s44 blind-set page).
# Stopping contact lenses on a doctor's word is ordinary advice (the sentence names no doctor), and "contact lenses can
# damage the cornea" is a warning about lenses, not glasses said to weaken the eyes
_GLASSES = tuple(
    ProbedPattern.of(cue(p, re.IGNORECASE))
    for p in (
        r"\b(?:stop|quit|get\s+rid\s+of|throw\s+away|ditch|give\s+up|wean\s+(?:yourself\s+)?off|toss|discard|ditching|"
        r"stopping|getting\s+rid\s+of|throwing\s+away)\s+(?:wearing\s+|using\s+)?(?:(?:your|the|their|our)\s+)?"
        r"(?:eye)?(?:glasses|spectacles|contact\s+lenses)\b",
        r"\b(?:glasses|spectacles|eyeglasses)\b[^.!?;\n]{0,40}?\b(?:(?:weaken|worsen|ruin)s?\s+(?:your|our|the)\s+"
        r"(?:eyes|eyesight|vision)|(?:keep|keeps|keeping)\s+(?:your|our|the)\s+eyes\s+from|teach(?:es)?\s+(?:your|our|the)"
        r"\s+eyes|make\s+(?:your|our|the)\s+eyes\s+(?:weaker|worse|lazy|dependent))\b",
    )
)


_DOCTOR = cue(
    r"\b(?:doctor|gp|physician|[a-z]+ologist|pharmacist|prescriber|nurse|care team|specialist|healthcare provider|"
    r"health care provider|medical supervision)\b",
    re.IGNORECASE,
)


class StopOrReplaceTreatment(Rule):
    """Advice to stop a prescribed treatment, or a claim that something replaces it.

    "Stop taking your insulin", "this tea replaces your blood pressure pills",
    "a natural alternative to chemotherapy": the FDA names "alternative to
    drugs or surgery" as a health-fraud tip-off, and stopping insulin,
    anticoagulants, antiepileptics or cancer treatment can kill. Advice to
    stop fires when the sentence does not send the reader to a doctor
    ("stop taking it only after you speak with your doctor" does not fire); a
    replacement claim fires whatever follows, and so does a remedy said flatly to end the need for the
    treatment ("This tea eliminates the need for insulin"; not "a diet may eliminate the need for
    medications") or a life promised free of a treatment taken daily ("Freedom from insulin shots",
    "lead a healthy life without insulin shots"), and a condition beaten "without drugs" by what the page
    offers ("14 Proven Ways to Beat Depression Without Drugs", "How to beat insomnia without sleeping pills", "natural
    ways to fix indigestion without antacids"; not antibiotics, which a cold needs none of). Negated ("do not stop taking
    your medicine"), debunked ("beware of claims that it replaces insulin")
    and quoted uses do not fire; attributed ones are reported at info.
    Changing a dose is CL109. Advice that opens a sentence and tells the reader
    to refuse a vaccine ("Don't vaccinate your kids", "Say no to the jab",
    "Parents should refuse the MMR vaccine") fires too, unless the sentence
    sets a condition ("if you have a fever", "while you take this medicine")
    or names a doctor: then it is medical guidance. A prescribed treatment
    dismissed ("insulin is just a band-aid", "synthetic drugs are not the
    answer", "The doctor's drugs were completely useless", "Dialysis is not the
    treatment", "The medications only hide the problem", "you do not have to depend on them" after a
    sentence naming the medicines), and a whole class of it given a flat verdict of failure ("Drugs
    don't work", "Inhalers aren't very effective", "Steroid creams just mask the symptoms", "They
    don't work" after a sentence naming a treatment, "Prescription medication is unnatural", "comes with a
    host of potentially dangerous side effects"), steers readers off it the same way and fires too
    ("rely on medication alone" does not, nor a limit stated after the verdict: "metformin is useless
    for type 1 diabetes", "antibiotics don't work against viruses", "don't work well"; nor a condition,
    "if the medicines don't work, surgery is an option", nor a sentence that gives a frequency, a study
    or resistance). Medicine as a whole ranked below the page's remedy ("well beyond what traditional
    medicine can do") or its methods given harms as epithets ("the painful, invasive and often
    ineffective methods used by modern medicine"), medicines said only to manage a disease instead of
    reaching its root, a treatment named in an opening clause and then promised away ("If you are
    already on blood pressure medication, ... you will eventually no longer need them") and natural
    options offered to a reader who does not want medicines fire as well. So is the prescription for the
    eyes on the eye-exercise pages: advice to get rid of glasses or lenses ("we will
    have to get rid of the glasses first") and glasses said to weaken the eyes
    ("Glasses are a way of keeping our eyes from working correctly"), with a message
    of its own; a sentence that names a doctor ("stop wearing contact lenses and see
    your eye doctor") is medical advice and does not fire.
    """

    code = "CL110"
    name = "stop-or-replace-treatment"
    category = "claims"
    severity = Severity.ERROR
    source = (
        "FDA 'Health Fraud Scams' tip-offs ('alternative to drugs or surgery', 'vaccine alternative'; "
        "../shared/data/health_claim_red_flags.tsv); FTC Health Products Compliance Guidance (2022); "
        "HONcode principle 2 (complementarity: information supports, not replaces, the patient-doctor "
        "relationship); NHS medicines guidance"
    )
    should_fire = (
        "Stop taking your blood pressure tablets once you feel better.",
        "The medications prescribed by your doctor only treat the symptom, not the problem.",
        "The medications only hide the problem.",
        "Simply taking a thyroid hormone pill will not fix the autoimmune problem, it will only be like putting a "
        "band-aid on a deep, serious wound.",
        "Doctors prescribe strong medications for anxiety. Thankfully, you do not have to really depend on them.",
        "You no longer have to rely on insulin.",
        "This plan helped me get off my blood pressure medication.",
        "Many readers have been able to reduce or eliminate their insulin.",
        "I totally agree with you that we should not rely on medication for high blood pressure.",
        "You should stop taking your insulin after the first week.",
        "This tea replaces your blood pressure pills.",
        Example("- A natural alternative to chemotherapy", format="markdown"),
        Example("Herbal treatment using soursop leaves can be used as an alternative cancer treatment."),
        Example("An alternative to dialysis is Ayurveda 24 renal care kit."),
        "With this diet you will never need your insulin again.",
        "You won't need your diabetes pills anymore.",
        "Our protocol replaces chemotherapy for most cancers.",
        "Follow the plan and you'll never need insulin again.",
        "Once you start the cleanse, stop taking your thyroid medication.",
        "With this simple morning drink you can finally stop your levothyroxine.",
        "Instead of insulin, try our bitter melon extract.",
        "Skip your flu shot and take elderberry syrup instead.",
        "Many of our clients have been able to quit their antidepressants completely.",
        "Zinc could replace vaccines if the public caught on.",
        "You can stop taking antibiotics as soon as you feel better.",
        "Don't vaccinate your kids.",
        "Say no to the jab.",
        "Parents should refuse the MMR vaccine.",
        "Say no to chemotherapy and heal naturally.",
        "You don't need medication if you follow our plan.",
        "Insulin is just a band-aid, and the disease keeps progressing.",
        "I knew that synthetic drugs were not the answer to getting healthy.",
        Example("# Alkaline Therapy As An Alternative to Chemotherapy", format="markdown"),
        "Thyroid conditions are treated with harmful medication, which have bad side effects.",
        "If you've been taking thyroid medication the thyroid gets lazy, so to speak.",
        "Instead, they push pills that mask symptoms while the disease goes on.",
        "Prescription drugs are poison.",
    )
    should_not_fire = (
        "Medicines only manage the disease; there is no cure.",
        "Do not stop taking your tablets without talking to your doctor.",
        "You don't need antibiotics for a cold. You don't need medication if your blood pressure is only a little high.",
        "Stop taking your tablets only after you speak with your doctor.",
        "Beware of claims that the tea replaces your medication.",
        "\u201cStop taking your insulin,\u201d the website told readers.",
        "Some patients receive radiation instead of surgery.",
        "There is no natural alternative to insulin for people with type 1 diabetes.",
        "Stop taking these medicines if symptoms get worse or if the diarrhea lasts more than 2 days.",
        "Parents may choose proton beam therapy instead of conventional X-ray radiation.",
        "In the new guideline, apixaban replaces warfarin for most patients.",
        "Essential oils cannot replace antibiotics for bacterial infections.",
        "Zinc cannot replace vaccines.",
        "Nothing suggests that zinc could replace vaccines.",
        "If you get a rash, stop taking the tablets and call your doctor.",
        "If you develop a rash, stop taking the tablets at once.",
        "You can stop your antibiotics early only if your doctor says so.",
        "Don't skip your flu shot this year.",
        "Don't get the vaccine if you have a fever.",
        "Avoid live vaccines while you take this medicine.",
        "Some parents refuse the MMR vaccine, and measles has returned.",
        "Say no to antibiotics for a cold.",
        "Get rid of expired medicines safely.",
        "Pain medicine is only a band-aid if the back muscles stay weak.",
        "Antibiotics are not the answer for a cold.",
        "Parents may choose proton therapy as an alternative to chemotherapy for some tumours.",
        "Peritoneal dialysis is an alternative to haemodialysis for many patients.",
        "Insulin is not just a band-aid: it keeps people with type 1 diabetes alive.",
        "You do not have to rely on medication alone.",
        "We should not rely on antibiotics for a cold.",
        "The other remedies women use for relief, painkillers and birth control pills, only address the symptoms.",
        "He is kind to everyone. You do not have to depend on them.",
    )

    def check(self, doc: Document) -> Iterable[Finding]:
        seen: set[int] = set()
        for sent in doc.sentences:
            if doc.blocks[sent.block].kind == HEADING and not sent.text[:1].isupper():
                continue
            m = _STOP.match(doc.prose, sent.start, sent.end)
            if m is None or _DOCTOR.search(sent.text) or _SAFETY_STOP.search(sent.text):
                continue
            start = m.start() + (len(m.group()) - len(m.group().lstrip()))
            finding = self._finding(doc, start, m.end(), "advice to stop a prescribed treatment")
            if finding is not None:
                seen.add(sent.start)
                yield finding
        # a refusal opens its sentence: an anchored match at each sentence start of the blocks that
        # hold a refusal word and a vaccine word (no scan of the text between)
        held = blocks_holding(doc, _REFUSE.probes, _REFUSE.also) if _REFUSE.could_match_doc(doc) else []
        if held != []:
            blocks = set(range(len(doc.blocks)) if held is None else held)
            for sent in doc.sentences:
                if sent.block not in blocks or sent.start in seen:
                    continue
                m = _REFUSE_RX.match(doc.prose, sent.start, sent.end)
                if m is None or _DOCTOR.search(sent.text) or _REFUSE_CONDITION.search(sent.text):
                    continue
                finding = self._finding(doc, m.start(), m.end(), "advice to refuse a vaccine", _VACCINE_TAIL)
                if finding is not None:
                    seen.add(sent.start)
                    yield finding
        for i in _DISMISS_INDEX.candidates(doc):
            for m in _DISMISS[i].finditer(doc):
                owner = sentence_of(doc, m.start())
                if owner is not None and owner.start in seen:
                    continue
                finding = self._finding(doc, m.start(), m.end(), "a prescribed treatment dismissed")
                if finding is not None:
                    if owner is not None:
                        seen.add(owner.start)
                    yield finding
        yield from self._verdicts(doc, seen)
        if not {"glasses", "spectacles", "eyeglasses", "lenses"}.isdisjoint(doc.word_set):
            for pattern in _GLASSES:
                for m in pattern.finditer(doc):
                    owner = sentence_of(doc, m.start())
                    if owner is None or owner.start in seen or _DOCTOR.search(owner.text):
                        continue
                    finding = self._finding(
                        doc, m.start(), m.end(), "prescribed glasses dismissed", _GLASSES_TAIL, _GLASSES_FIX
                    )
                    if finding is not None:
                        seen.add(owner.start)
                        yield finding
        if doc.word_set & _HOW_TO_STOP_WORDS:
            for m in _HOW_TO_STOP.finditer(doc.prose):
                owner = sentence_of(doc, m.start())
                if owner is None or owner.start in seen:
                    continue
                if (
                    _DOCTOR.search(owner.text)
                    or _TAPERING_OR_STEWARDSHIP.search(owner.text)
                    or _SAFETY_STOP.search(owner.text)
                ):
                    continue
                finding = self._finding(
                    doc, m.start(), m.end(), "a promise to show how to stop a prescribed treatment"
                )
                if finding is not None:
                    seen.add(owner.start)
                    yield finding
        if "rely" in doc.word_set or "depend" in doc.word_set:
            yield from self._reliance(doc, seen)
        matches = sorted(
            (m for i in _REPLACE_INDEX.candidates(doc) for m in _REPLACE[i].finditer(doc)),
            key=lambda m: (m.start(), -m.end()),
        )
        last_end = -1
        for m in matches:
            if m.start() < last_end:
                continue  # two forms over the same words: report once
            last_end = m.end()
            owner = sentence_of(doc, m.start())
            if owner is not None and owner.start in seen:
                continue
            if (
                owner is not None
                and m.group().lower().startswith("you")
                and (
                    _DOCTOR.search(doc.prose, owner.start, m.start())
                    or _DOCTOR.search(doc.prose, m.end(), owner.end)
                )
            ):
                continue  # "you can stop your antibiotics once your doctor says so" (the doctor outside the claim)
            if _REPLACEMENT_WARNED.match(
                doc.prose, m.end(), owner.end if owner is not None else m.end() + 120
            ):
                continue  # the replacement is what the sentence warns of: "its use as a replacement ... can be fatal"
            finding = self._finding(doc, m.start(), m.end(), "a claim that it replaces prescribed treatment")
            if finding is not None:
                yield finding

    def _verdicts(self, doc: Document, seen: set[int]) -> Iterable[Finding]:
        """A class of prescribed treatment said to fail (``_VERDICT_FORMS``), in a sentence that does not limit
        the verdict; "they" counts when the sentence before names a treatment."""
        sents = doc.sentences
        for i in _VERDICT_INDEX.candidates(doc):
            for m in _VERDICTS[i].finditer(doc):
                owner = sentence_of(doc, m.start())
                if owner is None or owner.start in seen or _VERDICT_LIMIT.search(owner.text):
                    continue
                if _VERDICT_CONDITION.search(doc.prose, owner.start, m.start()):
                    continue  # "if the medicines don't work, surgery is an option": the next step, not a verdict
                if m.groupdict().get("pronoun"):
                    k = sents.index(owner)
                    if k == 0 or not _TREATMENT_WORD.search(sents[k - 1].text):
                        continue
                finding = self._finding(doc, m.start(), m.end(), "a prescribed treatment dismissed")
                if finding is not None:
                    seen.add(owner.start)
                    yield finding

    def _reliance(self, doc: Document, seen: set[int]) -> Iterable[Finding]:
        """ "you do not have to depend on them": a pronoun counts when the sentence before names a treatment."""
        sents = doc.sentences
        for k, sent in enumerate(sents):
            if sent.start in seen:
                continue
            m = _RELY.search(doc.prose, sent.start, sent.end)
            if m is None or _DOCTOR.search(sent.text):
                continue
            if m.group("pronoun") and not (k > 0 and _TREATMENT_WORD.search(sents[k - 1].text)):
                continue
            finding = self._finding(doc, m.start(), m.end(), "a prescribed treatment dismissed")
            if finding is not None:
                seen.add(sent.start)
                yield finding

    def _finding(
        self, doc: Document, start: int, end: int, what: str, tail: str = "", fix: str = ""
    ) -> Finding | None:
        if in_boilerplate(doc, start):
            return None
        ctx = claim_context(doc, start, end)
        if ctx.suppressed or ctx.quoted:
            return None
        return Finding(
            start,
            end,
            f"{what} (\u201c{doc.source[start:end].strip()}\u201d): " + (tail or _MEDICINE_TAIL),
            (fix or (_VACCINE_FIX if tail else _MEDICINE_FIX),),
            # a named study's result ("patients in the trial were able to stop their insulin") is news
            severity=Severity.INFO if ctx.attributed or ctx.softened or ctx.research else None,
        )
