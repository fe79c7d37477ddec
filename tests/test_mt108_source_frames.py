"""MT108's frames of Russian source grammar (``medlint/rules/translation/_source_frames.py``): exact
positions where each fires, and the English frames beside each that must stay silent."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter
from medlint.rules.translation._source_frames import SOURCE_FRAME_PATTERNS


def _found(text: str, options: dict[str, object] | None = None) -> list[tuple[int, int, int, str, str]]:
    """(line, column, end column, text, pattern) of every source-frame finding of MT108."""
    linter = Linter(Config(), select=["MT108"], rule_options={"MT108": options} if options else None)
    diags = linter.lint_text(text, "text")
    return [
        (d.start.line, d.start.column, d.end.column, d.text, d.data["pattern"])
        for d in diags
        if d.code == "MT108" and d.data.get("pattern") in SOURCE_FRAME_PATTERNS
    ]


FIRES = [
    (
        "At angina the tonsils swell. Diet at chronic pancreatitis is strict.",
        [(1, 1, 10, "At angina", "at-condition"), (1, 35, 58, "at chronic pancreatitis", "at-condition")],
    ),
    (
        "There is a strong pain at swallowing and burning at urination. Pain in the throat at swallowing.",
        [
            (1, 24, 37, "at swallowing", "at-action"),
            (1, 50, 62, "at urination", "at-action"),
            (1, 83, 96, "at swallowing", "at-action"),
        ],
    ),
    (
        "Reception of the preparation stops the pain. Do not eat before reception of food.",
        [
            (1, 1, 29, "Reception of the preparation", "reception-of"),
            (1, 64, 81, "reception of food", "reception-of"),
        ],
    ),
    (
        "At the first signs it is necessary to address to the pediatrician.",
        [(1, 39, 66, "address to the pediatrician", "address-to")],
    ),
    (
        "If not to treat angina, complications follow.",
        [(1, 1, 16, "If not to treat", "if-infinitive")],
    ),
    (
        "The child refuses from food. The kit consists from three parts.",
        [(1, 11, 23, "refuses from", "verb-preposition"), (1, 38, 51, "consists from", "verb-preposition")],
    ),
    (
        "Vaccination from the influenza is free. Buy the drops from conjunctivitis.",
        [
            (1, 1, 31, "Vaccination from the influenza", "remedy-from"),
            (1, 49, 74, "drops from conjunctivitis", "remedy-from"),
        ],
    ),
    (
        "At strongly expressed dysbacteriosis signs of anemia are shown.",
        [(1, 1, 37, "At strongly expressed dysbacteriosis", "at-condition")],
    ),
    (
        "Angina is a disease, at which the tonsils swell.",
        [(1, 22, 30, "at which", "at-condition")],
    ),
    (
        "The doctor will appoint the analyses. He should assign you a full course of examination.",
        [
            (1, 17, 37, "appoint the analyses", "appoint-treatment"),
            (1, 49, 73, "assign you a full course", "appoint-treatment"),
        ],
    ),
    (
        "Rinse the throat with salt water 4-5 times in a day.",
        [(1, 44, 52, "in a day", "times-in-a-day")],
    ),
    (
        "The method allows to reduce the dose.",
        [(1, 12, 28, "allows to reduce", "allow-to")],
    ),
    (
        "Why patients are so not disciplined? How it works? How long it takes? Why the pain is worse?",
        [
            (1, 1, 17, "Why patients are", "question-order"),
            (1, 38, 50, "How it works", "question-order"),
            (1, 52, 69, "How long it takes", "question-order"),
            (1, 71, 86, "Why the pain is", "question-order"),
        ],
    ),
    (
        "It is better replace them with generics. It is important drink plenty of water.",
        [
            (1, 7, 21, "better replace", "adjective-infinitive"),
            (1, 48, 63, "important drink", "adjective-infinitive"),
        ],
    ),
    (
        "The tea may allow you lose weight. It enables them breathe.",
        [
            (1, 13, 27, "allow you lose", "allow-to"),
            (1, 39, 59, "enables them breathe", "allow-to"),
        ],
    ),
    (
        "It spreads if it is not be prevented. It is always mistakenly be assumed to be flu.",
        [
            (1, 18, 37, "is not be prevented", "double-be"),
            (1, 42, 73, "is always mistakenly be assumed", "double-be"),
        ],
    ),
    (
        "Treatment of gastritis folk remedies should follow a diagnosis. Treatment folk remedies goiter is old.",
        [
            (1, 1, 37, "Treatment of gastritis folk remedies", "bare-means"),
            (1, 65, 88, "Treatment folk remedies", "bare-means"),
        ],
    ),
    (
        "Dengue is a disease that can make a person suffers a lot.",
        [(1, 30, 51, "make a person suffers", "causative-s")],
    ),
    (
        "A patient cannot appoint to himself the right treatment.",
        [(1, 18, 56, "appoint to himself the right treatment", "appoint-treatment")],
    ),
    (
        "Therapists recommend to listen to them. Experts advise to follow a diet. We suggest to take the pills.",
        [
            (1, 12, 31, "recommend to listen", "recommend-to"),
            (1, 49, 65, "advise to follow", "recommend-to"),
            (1, 77, 92, "suggest to take", "recommend-to"),
        ],
    ),
    (
        "Pour 200 ml of boiling water and insist 40 minutes. Insist for 2 hours. Add garlic, insist 5 - 6 hours, "
        "then let it insist.",
        [
            (1, 34, 51, "insist 40 minutes", "insist-steep"),
            (1, 53, 71, "Insist for 2 hours", "insist-steep"),
            (1, 85, 103, "insist 5 - 6 hours", "insist-steep"),
            (1, 117, 123, "insist", "insist-steep"),
        ],
    ),
    (
        "You should avoid from impulse. Patients should refrain blood thinners. The roots shouldn't contact with "
        "the pillow.",
        [
            (1, 12, 22, "avoid from", "verb-preposition"),
            (1, 48, 61, "refrain blood", "verb-preposition"),
            (1, 92, 104, "contact with", "verb-preposition"),
        ],
    ),
    (
        "I will suggest you to decrease the sugar. It is usual go to the doctor.",
        [
            (1, 8, 31, "suggest you to decrease", "recommend-to"),
            (1, 49, 57, "usual go", "adjective-infinitive"),
        ],
    ),
    (
        "Alcohol will interfere the metabolism of glucose.",
        [(1, 14, 27, "interfere the", "verb-preposition")],
    ),
    (
        "Medical agents these are substances of natural origin. Hypertension - this is a chronic disease. "
        "Angina \u2014 this is an infection. Strong-acting medical agents these are medicines.",
        [
            (1, 1, 25, "Medical agents these are", "copula-pronoun"),
            (1, 56, 78, "Hypertension - this is", "copula-pronoun"),
            (1, 98, 114, "Angina \u2014 this is", "copula-pronoun"),
            (1, 129, 167, "Strong-acting medical agents these are", "copula-pronoun"),
        ],
    ),
    (
        "This pathology provokes a violation of the secretory functions. Metabolic violations are common. "
        "It causes violations in the work of the heart.",
        [
            (1, 27, 63, "violation of the secretory functions", "violation-of-function"),
            (1, 65, 85, "Metabolic violations", "violation-of-function"),
            (1, 108, 143, "violations in the work of the heart", "violation-of-function"),
        ],
    ),
    (
        "There are painful sensations in the field of a stomach. Pain in the field of the heart is common.",
        [
            (1, 30, 55, "in the field of a stomach", "field-of-organ"),
            (1, 62, 87, "in the field of the heart", "field-of-organ"),
        ],
    ),
    (
        "Gastritis can worsen, go to chronic form or cause ulcers. The disease passes into a chronic form.",
        [
            (1, 23, 41, "go to chronic form", "into-chronic-form"),
            (1, 71, 97, "passes into a chronic form", "into-chronic-form"),
        ],
    ),
    (
        "It is very important to address the gastroenterologist on time.",
        [(1, 25, 55, "address the gastroenterologist", "address-to")],
    ),
    (
        "Patients are assigned absorbent drugs and painkillers.",
        [(1, 14, 38, "assigned absorbent drugs", "appoint-treatment")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRES)
def test_fires_at_exact_positions(text: str, expected: list[tuple[int, int, int, str, str]]) -> None:
    assert _found(text) == expected


PASSES = [
    # an audience, a possessive, a problem: English addresses these
    "She will address the doctors at the conference. We address the doctor's concerns. We need to address the "
    "physician shortage.",
    # a form named with no motion into it
    "The chronic form of the disease is rare. Fill in the form to the clinic.",
    # a trial's arms take "to"; a person is appointed to a post
    "Eyes were assigned randomly to treatment with Lucentis. Patients were assigned to different treatments. "
    "He was appointed head of the clinic.",
    # a discipline, not a place on the body
    "It came days after an initiative in the field of spine surgery. She works in the field of heart research.",
    # what English violates: laws, rights, rules, a body's privacy
    "It was a violation of the law. Such violations of patient rights and of the rules of the trial are rare. "
    "A violation of privacy followed.",
    # "at" that English takes: a time, a skill, a look, an age, a particle, a compound modifier
    "The age at diagnosis varies. Risk is higher at first pregnancy for some women, say experts at menopause clinics.",
    "Look at asthma differently. Doctors are good at cancer care. Water may chip away at childhood obesity.",
    "At osteoporosis clinics, staff measure bone density. Researchers at cancer centers agree. It is a disease at which point care changes.",
    # a symptom at a time or a place, not an action
    "Pain at rest and pain at night are signs. She felt tenderness at the injection site.",
    # a reception that is a welcome; "address" as a noun
    "The reception of the new drugs by doctors was warm. His address to the doctors was short.",
    "Her opening address to the nurses drew applause.",
    # "if" inside a sentence: "as if to", "if not to stop"
    "He nodded, as if to agree. The aim is to slow, if not to stop, the disease.",
    # "refuse" the noun; "depend on"; "from" after a remedy that comes from somewhere
    "Kitchen refuse from restaurants is collected daily. It depends on the dose.",
    "Drugs from the pharmacy are cheaper. Medicines from plants are popular. Relief from pain came fast.",
    "Patients treated from 2001 to 2005 were included. Drugs from cancer research help.",
    # "appoint" and "assign" with a person or a task, or as an adjective
    "She was appointed to the board. The board will appoint a new director. The assigned treatment stopped.",
    "Patients were assigned a low-fat diet. We will assign you a treatment group at random.",
    # a frequency "a day", and events counted within one day
    "Take two tablets three times a day. It rained three times in a day last week.",
    # "allow" with an object, in the passive, or bare as a recipe's imperative
    "It allows you to reduce the dose. Patients are allowed to eat. Allow to cool before serving.",
    # questions in question order; "what" + a noun as the subject; statements; a clause before the question
    "Why is it important? How many people are affected? What foods are safe? How does it work?",
    "Why it matters. When you talk with your doctor, is it ethical? Where it is cheaper, why pay more?",
    # "to" present; a noun after the adjective; "had better"; a passive before a main verb
    "It is better to replace them. It is important information. You had better take the pills.",
    "Medicines that may be recommended include glycine. It is best practice to rest.",
    # "recommend" with a person after "to", a gerund, a that-clause, or in the passive
    "I would recommend it to anyone. They recommend to patients a diet. Doctors recommend taking it.",
    "Experts advise patients to rest. It is recommended to take it. Patients were advised to eat.",
    # "allow" with a noun after the pronoun, or with "to"
    "It allows you more freedom. Doctors allowed him home. It allows you to lose weight.",
    # "be" after "to" or a modal, and "is to be"
    "It is to be treated. It can be treated. It is not to be taken lightly. It will be seen.",
    # the means with "with", "folk remedies" after a list word or as the treated thing
    "Treatment of gastritis with folk remedies is common. Treatments such as folk remedies exist. "
    "The treatment of folk remedies is old. Cough folk remedies are popular.",
    # "insist" on something, for a time that is no steeping unit, or with a count of things
    "She insisted for years that it worked. They insist two things are true. I insist on it. Let them insist.",
    # "avoid" with its object, "refrain from" and the noun "refrain", "contact" the noun or with its object
    "Avoid fried food. Please refrain from smoking. A common refrain. We should refrain entirely.",
    "It interferes with sleep. Do not let it interfere. Drugs that interfere in the process.",
    "I suggest you try it. They advise you to rest. It is good practice to wash. It is hard work. It is easy use.",
    "Social interaction was limited to contact with an assistant. Do not contact us. Keep in contact with them.",
    # "this is" or "these are" after a dash that comments on the subject, after a list or a phrase that opens
    # with a closed-class word, or opening a relative clause
    "Exercise - this is why it matters. Sleep - this is important. Sleep, diet, exercise - these are the keys.",
    "The way this is done matters. Most of these are mild. In children these are rare. Statins these are not.",
    "Overall these are good results. The drugs these are replacing cost more.",
    # a causative with a bare verb, or a noun after its object
    "It makes it less painful. Help them grow. The drug made patients sick. Let him go.",
]


@pytest.mark.parametrize("text", PASSES)
def test_native_frames_pass(text: str) -> None:
    assert _found(text) == []


def test_the_if_infinitive_message_offers_a_well_formed_gerund() -> None:
    (diag,) = Linter(Config(), select=["MT108"]).lint_text(
        "If not to take the pills, the pain returns.", "text"
    )
    assert "“Without taking ...”" in diag.message


def test_a_question_in_statement_order_is_read_in_headings_too() -> None:
    text = "# Why it is dangerous?\n\nAngina is an infection of the tonsils.\n"
    diags = Linter(Config(), select=["MT108"]).lint_text(text, "markdown")
    assert [(d.start.line, d.start.column, d.text) for d in diags] == [(1, 3, "Why it is")]
    assert diags[0].suggestions == ("Why is it",)


def test_a_treatment_with_no_with_is_read_in_a_title_too() -> None:
    text = "# Treatment of sore throats folk remedies\n\nAngina is an infection of the tonsils.\n"
    diags = Linter(Config(), select=["MT108"]).lint_text(text, "markdown")
    assert [(d.start.line, d.start.column, d.text) for d in diags] == [
        (1, 3, "Treatment of sore throats folk remedies")
    ]


def test_researches_before_a_plural_verb_is_the_noun() -> None:
    diags = Linter(Config(), select=["MT108"]).lint_text("However researches show that it works.", "text")
    assert [(d.start.column, d.text, d.severity.name) for d in diags] == [(9, "researches", "INFO")]
    assert Linter(Config(), select=["MT108"]).lint_text("She researches sleep.", "text") == []


def test_each_frame_can_be_disabled_or_moved_to_info() -> None:
    text = "At angina the tonsils swell."
    assert _found(text, {"disabled-patterns": ["at-condition"]}) == []
    linter = Linter(Config(), select=["MT108"], rule_options={"MT108": {"info-patterns": ["at-condition"]}})
    (diag,) = linter.lint_text(text, "text")
    assert diag.severity.name == "INFO"
    assert diag.suggestions == ("in angina", "with angina")
