"""MT108's constructions of machine translation from Chinese, Japanese and Russian
(``medlint/rules/translation/_construction_scan.py``): exact positions where each fires, and the
native frames next to each that must stay silent.

The case loader of tests/test_rule_cases.py takes one file per rule (``MT108.yml`` is named by its
rule), so these cases live here.
"""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.diagnostic import Severity
from medlint.errors import ConfigError
from medlint.fixes import apply_fixes
from medlint.linter import Linter
from medlint.rules.translation._construction_scan import CONSTRUCTION_PATTERNS, _ing


def _found(text: str, options: dict[str, object] | None = None) -> list[tuple[int, int, int, str, str]]:
    """(line, column, end column, text, pattern) of every construction finding of MT108."""
    linter = Linter(Config(), select=["MT108"], rule_options={"MT108": options} if options else None)
    diags = linter.lint_text(text, "text")
    assert [d.message for d in diags if d.code == "ML901"] == []
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.data["pattern"])
        for d in diags
        if d.code == "MT108" and d.data.get("pattern") in CONSTRUCTION_PATTERNS
    ]


FIRES = [
    (
        "Patients should insist to take medicine on time.",
        [(1, 17, 31, "insist to take", "verb-complement")],
    ),
    (
        "The body is perfectly capable to heal naturally. He is incapable to walk.",
        [
            (1, 23, 38, "capable to heal", "verb-complement"),
            (1, 56, 73, "incapable to walk", "verb-complement"),
        ],
    ),
    (
        "Many old people in winter appear headache, dizzy and other symptoms.",
        [(1, 27, 42, "appear headache", "intransitive-object")],
    ),
    (
        "In some patients occurred fever and rash.",
        [(1, 18, 32, "occurred fever", "intransitive-object")],
    ),
    (
        "Experts remind, if appear chest tightness, go to the hospital.",
        [(1, 9, 15, "remind", "remind-object"), (1, 17, 26, "if appear", "subjectless-clause")],
    ),
    (
        "Ginger helps at nausea, including at pregnant women. It is rare at children.",
        [(1, 35, 52, "at pregnant women", "at-group"), (1, 65, 76, "at children", "at-group")],
    ),
    (
        "When get up in the morning, move slowly.",
        [(1, 1, 9, "When get", "subjectless-clause")],
    ),
    (
        "Take food first. If take the tablets alone, the stomach hurts.",
        [(1, 18, 25, "If take", "subjectless-clause")],
    ),
    (
        "A blood test can tell you if have the gene.",
        [(1, 27, 34, "if have", "subjectless-clause")],
    ),
    (
        "Rest well, because go to bed late raises blood pressure.",
        [(1, 12, 22, "because go", "subjectless-clause")],
    ),
    (
        "The doctor also reminded that the virus has side effects.",
        [(1, 17, 30, "reminded that", "remind-object")],
    ),
    (
        "If chest pain starts, you should go to the hospital timely.",
        [(1, 53, 59, "timely", "timely-adverb")],
    ),
    (
        "Drink much water every days, and let each patients rest.",
        [(1, 18, 28, "every days", "every-plural"), (1, 38, 51, "each patients", "every-plural")],
    ),
    (
        "Eat more fruits, which contain rich vitamin and fibre.",
        [(1, 24, 44, "contain rich vitamin", "contain-rich")],
    ),
    (
        "Please avoid the cold wind stimulate.",
        [(1, 8, 37, "avoid the cold wind stimulate", "avoid-bare-verb")],
    ),
    (
        "Many old people feel dizzy in winter, this is because blood pressure is not stable.",
        [(1, 37, 54, ", this is because", "comma-splice")],
    ),
    (
        "The agency informed that cases rose.",
        [(1, 12, 25, "informed that", "remind-object")],
    ),
    (
        "I waited for one and a half hour. It lasts 2 and a half day, then stops.",
        [(1, 14, 33, "one and a half hour", "half-plural"), (1, 44, 60, "2 and a half day", "half-plural")],
    ),
    (
        "Take it daily.\n\nWhen occur bleeding, stop the drug.",
        [(3, 1, 11, "When occur", "subjectless-clause")],
    ),
    (
        "High blood sugar can harm your heart, kidneys and also eyes.",
        [(1, 47, 55, "and also", "list-and-also")],
    ),
    (
        "Type I diabetic patients is an autoimmune system disease.",
        [(1, 17, 57, "patients is an autoimmune system disease", "patient-as-disease")],
    ),
    (
        "It is not as widespread as type II diabetes patients, but it is serious.",
        [(1, 14, 53, "widespread as type II diabetes patients", "patient-as-disease")],
    ),
    (
        "Diabetes patients have always been diseases that are hard to treat.",
        [(1, 10, 44, "patients have always been diseases", "patient-as-disease")],
    ),
    (
        "It may help people prevent and heal diabetes patients.",
        [(1, 20, 54, "prevent and heal diabetes patients", "patient-as-disease")],
    ),
    (
        "Botox is used to prevent chronic migraine sufferers.",
        [(1, 18, 52, "prevent chronic migraine sufferers", "patient-as-disease")],
    ),
    (
        "They differentiate into many cells, Resulting in new tissue.",
        [(1, 37, 46, "Resulting", "comma-capital")],
    ),
    (
        "The trial enrolled women, While tamoxifen delays growth in some.",
        [(1, 27, 32, "While", "comma-capital")],
    ),
    (
        "Patients should pay much attention to keep the stomach warm. Pay attention to check whether it works.",
        [
            (1, 17, 43, "pay much attention to keep", "preposition-to"),
            (1, 62, 84, "Pay attention to check", "preposition-to"),
        ],
    ),
    (
        "We are looking forward to see you.",
        [(1, 8, 30, "looking forward to see", "preposition-to")],
    ),
    (
        "Drink water to prevent from dehydration. Rest to prevent fatigue to affect the recovery.",
        [
            (1, 16, 28, "prevent from", "prevent-from"),
            (1, 50, 75, "prevent fatigue to affect", "prevent-from"),
        ],
    ),
    (
        "Avoid food which is easily to produce gas. The fluid is need to supply.",
        [(1, 18, 30, "is easily to", "be-easily-to"), (1, 54, 64, "is need to", "be-easily-to")],
    ),
    (
        "This is another evidence for it. Another good news is that it works. We have an important information.",
        [
            (1, 9, 25, "another evidence", "uncountable-article"),
            (1, 34, 51, "Another good news", "uncountable-article"),
            (1, 78, 102, "an important information", "uncountable-article"),
        ],
    ),
    (
        "Don't taking drugs on your own. People with liver disease are easy to get angry. You should intake less salt.",
        [
            (1, 1, 13, "Don't taking", "dont-ing"),
            (1, 59, 74, "are easy to get", "person-easy-to"),
            (1, 93, 99, "intake", "intake-verb"),
        ],
    ),
    (
        "Chemotherapy will assist reduce a growth. It damages healthy and balanced cells. Choose rest instead of undergo surgery.",
        [
            (1, 19, 32, "assist reduce", "bare-after-assist"),
            (1, 54, 80, "healthy and balanced cells", "healthy-and-balanced"),
            (1, 94, 112, "instead of undergo", "bare-after-assist"),
        ],
    ),
    (
        "Try and prevent the yolk. This maybe the reason. Acne can not be disappeared. Myopia makes people cannot see.",
        [
            (1, 9, 25, "prevent the yolk", "prevent-food"),
            (1, 32, 37, "maybe", "maybe-verb"),
            (1, 63, 77, "be disappeared", "passive-intransitive"),
            (1, 86, 105, "makes people cannot", "make-modal"),
        ],
    ),
    (
        "Spicy food is easy to cause damp-heat. Relapse is easy to occur.",
        [
            (1, 12, 28, "is easy to cause", "person-easy-to"),
            (1, 48, 64, "is easy to occur", "person-easy-to"),
        ],
    ),
    (
        "Cirrhosis causes the symptoms appear quickly.",
        [(1, 11, 37, "causes the symptoms appear", "cause-bare-verb")],
    ),
    (
        "After enter the autumn, keep warm. Before eat the meal, wash your hands.",
        [(1, 1, 12, "After enter", "after-bare-verb"), (1, 36, 46, "Before eat", "after-bare-verb")],
    ),
]


@pytest.mark.parametrize(("text", "want"), FIRES, ids=[w[0][4] for _, w in FIRES])
def test_construction_fires_at_exact_positions(text: str, want: list[tuple[int, int, int, str, str]]) -> None:
    assert _found(text) == want


def test_list_and_also_is_info_by_default() -> None:
    # professional translators write it too (WMT22 references), so it only points
    diags = Linter(Config(), select=["MT108"]).lint_text("It harms the heart, kidneys and also eyes.", "text")
    assert [(d.data["pattern"], d.severity) for d in diags] == [("list-and-also", Severity.INFO)]


def test_list_and_also_fix() -> None:
    linter = Linter(Config(), select=["MT108"])
    text = "It harms the heart, kidneys and also eyes."
    diags = [d for d in linter.lint_text(text, "text") if d.code == "MT108"]
    fixed, _ = apply_fixes(text, diags)
    assert fixed == "It harms the heart, kidneys and eyes."


def test_half_plural_fix() -> None:
    linter = Linter(Config(), select=["MT108"])
    text = "It took one and a half hour."
    diags = [d for d in linter.lint_text(text, "text") if d.code == "MT108"]
    fixed, _ = apply_fixes(text, diags)
    assert fixed == "It took one and a half hours."


SILENT = [
    "Take it every day, each of the patients every two weeks, and each other's notes.",
    "The body is capable of healing. Capable to the end, she kept going.",
    "The study looked only at patients who took warfarin, and the diet is aimed primarily at people with IBS.",
    "She was angry at patients. The trial was good at helping people. Drugs at risk men may need were tested.",
    "Investigators at Children's Mercy and at women's clinics took part.",
    "It was given to at least children over five, at 400 people a day.",
    "When do the diabetes and hearing loss typically develop? When have the results come back?",
    "Treatment is not needed unless damage to the kidney occurs.",
    "The device may be used if damage to the left ventricle is severe.",
    "Call us when help arrives or if pain the next day is worse.",
    "When Take the Pills, a guide for carers, is out now.",
    # verb complements: "insist on", "insist that"; other -ing verbs take a purpose infinitive after
    # a fronted object
    "She insisted on taking it. He insists that it works. The foods you should avoid to reduce your risk.",
    "It is recommended to eat less salt. We considered to be at risk.",
    # appear, occur: an adjective, a preposition, a time noun, a subject after them
    "Symptoms may appear months or even years after the injury. It may occur weeks later.",
    "The rash may appear red. Bleeding may occur following surgery. Pain can occur anywhere.",
    "The symptoms that appear headache-free days later are rare. Problems occur today.",
    # a subject after the conjunction; a past participle; a noun that is also a verb
    "If it appears, call us. If needed, repeat it. If pain persists, see a doctor. When taken early, it works.",
    # remind with its object; passive; aside
    "Experts remind us that flu is serious. I was reminded that it matters. He got reminded, again.",
    "Doctors remind patients, every winter, to get the vaccine.",
    "Stay informed, and keep well informed that way. The staff, reminded, agreed. We were informed that it works.",
    # the unit of a mixed number: plural, or a modifier of a noun
    "It took one and a half hours. A two and a half hour drive. Two and a half cup servings.",
    # timely as an adjective
    "Treatment was timely. A timely visit helps. Care must be early and timely. It is not timely.",
    # rich in, plenty of, rich as an adjective of the noun after a determiner
    "Fruits contain plenty of vitamins. Foods that are rich in fibre help. It contains rich sources of iron.",
    # avoid + noun phrase, avoid + a relative clause, avoid + a noun that WordNet calls a verb
    "Avoid foods that irritate the stomach. Avoid cold wind. To avoid a potentially deadly overdose, ask.",
    "Avoid the cold. Try to avoid another colon cleanse, then rest.",
    # the explanation after a full stop or a semicolon
    "Blood pressure rises in winter. This is because vessels contract; this is why it matters.",
    # names and titles
    "When Harry Met Sally was shown. In Remind, the app, you set alarms.",
    # "and also" between clauses and verb phrases, or before a longer last item
    "The drug is cheap and also works well. It lowers blood pressure, and also helps the heart.",
    "Eat fruit, vegetables and also whole grains every day. He was tired, and also he was cold.",
    "I am happy with the performance, which we showed and also with the result.",
    # patients in frames that are about patients: a comparison, a participle, an object that goes on
    "For many patients surgery is worse than the disease. Most patients are diagnosed with incurable disease.",
    "Nurses prevent patients from falling. We prevent patients' falls. It helps prevent patients and staff from harm.",
    "These patients are a heterogeneous group. Patients are at risk of disease. The patient is a disease carrier.",
    "Diabetes is as common as heart disease in patients. It is more common in older patients than in younger patients.",
    # a capital after a comma that starts a name, a title or an interjection, or follows a number
    "The books Quartet, So Is Life and others. Smith, And Jones wrote it. He said, Well, let us go. In 2020, While away.",
    # the prepositional "to" with an -ing form or a noun; "prevent" with its object before "from", the
    # passive, or "to" before a noun; "easy to", "needed to"; "after" with an -ing form or a noun
    "Pay attention to keeping warm. Pay attention to diet and rest. We look forward to the results.",
    "Nurses prevent falls from happening. Substances are prevented from being reabsorbed. "
    "Vaccines prevent infection to the baby. The best way to prevent it is to take care.",
    "It is easy to use. More research is needed to confirm it. It needs to be done. The need to eat is strong.",
    "After eating the meal, rest. After the meal, rest. Before surgery the team meets. After use, wash it.",
    # "don't" with a bare verb; the person as the object of "easy to"; "intake" the noun
    "Don't take drugs on your own. Do not eat it. Children are easy to get along with. He is easy to catch.",
    "It is easy to get tired. The flu is easy to catch. Reduce your intake of salt. Compared to intake of fat, it is low.",
    "It is easy to cause damage. This is easy to cause. There is easy to occur nothing.",
    # "assist" with its object or "in"; "instead of" with an -ing form or a noun; a healthy and balanced diet
    "We assisted patients. Nurses assist in reducing pain. Instead of eating fruit, he slept. Instead of surgery, rest.",
    "Eat a healthy and balanced diet. A healthy and balanced lifestyle helps.",
    # "prevent" with an outcome or "from"; "maybe" the adverb; the agent's passive; "make" and a complement
    "Wash hands to prevent food poisoning. A lack of it prevents dietary fats from being absorbed.",
    "Maybe it is. Thousands were disappeared by the regime. What makes you happy cannot be bought. "
    "They make sure you cannot fall.",
    # "cause" with "to", or with a noun phrase that goes on
    "It causes the body to produce insulin. This caused the pain relief observed.",
    # a non-count noun in a compound, with a noun before it, or not counted
    "We held a news conference. Read an information leaflet. John Pierce, a cancer research[er], spoke. "
    "A good knowledge of English helps. The news is good. More research is needed. A piece of advice.",
]


@pytest.mark.parametrize("text", SILENT)
def test_construction_silent_on_native_frames(text: str) -> None:
    assert _found(text) == []


def test_constructions_in_headings_and_quotes_are_left_alone() -> None:
    linter = Linter(Config(), select=["MT108"])
    text = '# Insist to take it\n\nHe said, "Insist to take it."\n'
    assert [d for d in linter.lint_text(text, "markdown") if d.code == "MT108"] == []


def test_construction_patterns_can_be_moved_to_info_or_switched_off() -> None:
    text = "Experts remind, if appear chest tightness, go to the hospital timely."
    assert {p for *_, p in _found(text, {"disabled-patterns": ["remind-object", "timely-adverb"]})} == {
        "subjectless-clause"
    }
    linter = Linter(Config(), select=["MT108"], rule_options={"MT108": {"info-patterns": ["timely-adverb"]}})
    severities = {d.data["pattern"]: d.severity for d in linter.lint_text(text, "text") if d.code == "MT108"}
    assert severities == {
        "remind-object": Severity.WARNING,
        "subjectless-clause": Severity.WARNING,
        "timely-adverb": Severity.INFO,
    }
    with pytest.raises(ConfigError, match="remind-object"):
        Linter(Config(), select=["MT108"], rule_options={"MT108": {"disabled-patterns": ["remind-objects"]}})


def test_the_lead_smoke_text_is_caught() -> None:
    """Issue 13's Chinese->English smoke text: eight of its nine sentences hold a construction."""
    text = (
        "How to prevent the high blood pressure in winter\n\n"
        "Because the weather is cold, the blood vessel will contract. Many old people in winter appear "
        "headache, dizzy and other symptoms, this is because blood pressure is not stable. The patients "
        "should insist to take medicine on time, can not stop the medicine by themselves. Please avoid the "
        "cold wind stimulate. Eat more vegetables and fruits, which contain rich vitamin and cellulose. "
        "Experts remind, if appear chest tightness, palpitation and other discomfort, should go to the "
        "hospital timely.\n"
    )
    assert [p for *_, p in _found(text)] == [
        "intransitive-object",
        "comma-splice",
        "verb-complement",
        "avoid-bare-verb",
        "contain-rich",
        "remind-object",
        "subjectless-clause",
        "timely-adverb",
    ]


@pytest.mark.parametrize(
    ("verb", "ing"),
    [("take", "taking"), ("stop", "stopping"), ("see", "seeing"), ("die", "dying"), ("go", "going")],
)
def test_ing_form_of_the_suggestion(verb: str, ing: str) -> None:
    assert _ing(verb) == ing


def test_comma_capital_fix_lowers_the_word() -> None:
    linter = Linter(Config(), select=["MT108"])
    text = "The cells divide, Resulting in new tissue."
    diags = [d for d in linter.lint_text(text, "text") if d.code == "MT108"]
    fixed, _ = apply_fixes(text, diags)
    assert fixed == "The cells divide, resulting in new tissue."


def test_every_plural_suggests_no_irregular_singular() -> None:
    diags = Linter(Config(), select=["MT108"]).lint_text("Give each children a cup of water.", "text")
    assert [(d.text, d.suggestions) for d in diags] == [("each children", ("all children",))]
