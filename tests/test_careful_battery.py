"""Careful writing about miracle cures, detox and breakthroughs, written for this test (no third-party text): none
of these sentences is the writer's own claim, so no claim rule warns on any. Each reads a structure the claim
context knows: a negation, a debunking or hypothetical cue, a verdict after the claim ("never materialised",
"turned out to be a hoax", "too good to be true", "are a red flag", "most don't work"), accounts named as such
("Stories of miracle cures"), money paid for a hope, and the organs' own work; a fourth battery reads the
structures of the s37 careful development pages in words of its own (a myth heading examined below it, a list of
false promises, sham and bogus cures, a panel's verdict reported, a proof still to be made)."""

from __future__ import annotations

import pytest

from medlint.config import Config
from medlint.linter import Linter

CAREFUL = [
    "There's no such thing as a miracle cure for arthritis.",
    "Be wary of any product that promises a miracle.",
    "Don't fall for miracle weight-loss pills.",
    "The so-called miracle cure turned out to be bleach.",
    "He called it a miracle cure, but the evidence says otherwise.",
    "The product was billed as a breakthrough, yet it failed in trials.",
    "Despite claims that it cures cancer, laetrile is toxic.",
    "Far from being a miracle cure, turmeric has modest effects.",
    "Turmeric won't cure your arthritis.",
    "Nothing cures the common cold.",
    "No diet can cure type 1 diabetes.",
    "Claims that apple cider vinegar cures diabetes are unfounded.",
    "Is there a miracle cure for baldness? Unfortunately, no.",
    "Miracle cures are a red flag.",
    "If a product claims to cure everything, it probably cures nothing.",
    "Sellers tout the supplement as a cure for everything from arthritis to cancer.",
    "The idea that alkaline water cures cancer has been debunked.",
    "Stories of miracle cures spread quickly on social media.",
    "The supposed cure was nothing more than sugar water.",
    "These so-called cures can delay real treatment.",
    "Miracle cure or marketing hype?",
    "Homeopathy cannot cure cancer, experts warn.",
    "There is no magic bullet for weight loss.",
    "Ivermectin is not a miracle cure for COVID-19.",
    "The miracle cure never materialised.",
    "Unfortunately, the promised miracle turned out to be a hoax.",
    "Many websites sell detox teas that supposedly flush toxins from your body.",
    "In reality, your liver and kidneys detox your body naturally.",
    "The search for a miracle cure has led many patients to unproven clinics.",
    "Some desperate patients pay thousands for a miracle cure.",
    "Her family hoped for a miracle.",
    'Doctors warn that the "miracle" pill contains hidden drugs.',
    "Why there is no miracle cure for the common cold.",
    "The truth about miracle cures: most don't work.",
    "This miracle cure is too good to be true.",
    "Fake cures like these can be deadly.",
    "Quacks have long peddled miracle cures for cancer.",
    "The breakthrough turned out to be a statistical fluke.",
    "Such remedies do not cure diabetes, and may be harmful.",
    "Black salve does not cure skin cancer; it burns the skin.",
    "Garlic has been touted for centuries as a cure for everything from colds to cancer.",
    "The website claimed its tea could reverse diabetes, which the FTC called deceptive.",
    "No, drinking bleach will not cure autism.",
    '"It cured my arthritis," one reviewer wrote, but reviews are not evidence.',
    "There's little evidence that turmeric can prevent cancer in people.",
    "Researchers caution that the findings in mice may not apply to humans.",
    "Critics say Big Pharma hides cheap cures, but there is no evidence for that.",
    "Despite the hype, the so-called breakthrough drug failed its final trial.",
    "Whether vitamin C prevents colds remains debated.",
    "Anyone who tells you to stop taking your insulin is putting your life at risk.",
    "The FDA has warned companies selling products that claim to cure COVID-19.",
    "Unlike what some influencers say, detox teas do not remove toxins.",
    "The notion that vaccines cause autism was based on a fraudulent study.",
    "A miracle cure for obesity? Not quite.",
    "It is a myth that sugar feeds cancer.",
    "The claim that cinnamon cures diabetes is not supported by trials.",
    "Supplement makers often promise to boost immunity, but such claims are vague.",
    "She was told the herbs would shrink her tumor; they did not.",
    "Some bloggers insist that apple cider vinegar melts fat.",
    "Clinics charge up to $20,000 for stem cell injections that promise to reverse MS.",
    "We found no trials showing that colloidal silver kills viruses in the body.",
    "Homeopathic products have not been shown to cure any disease.",
    "The ad called it a revolutionary cure for joint pain.",
    "Contrary to popular belief, eating carrots will not give you night vision.",
    "Fact check: False. Onions do not absorb viruses.",
    "Experts say there is no magic pill for weight loss.",
    "The video, which claims lemon water cures cancer, has been viewed a million times.",
    "Proponents of the alkaline diet claim it can reverse cancer.",
    "Don't believe posts saying that garlic protects you from the coronavirus.",
    "None of these so-called natural cures has been tested in a clinical trial.",
    "Beware of supplements that claim to have no side effects.",
    "No medicine is completely free of side effects.",
    'The label\'s promise of "results in 7 days" is not backed by any study.',
    "Products promising that you will lose 30 pounds in 30 days are scams.",
    'Testimonials such as "I was cured in a week" are not evidence.',
    "The company's claim that the pill is clinically proven was never substantiated.",
    'The phrase "doctor recommended" on the box does not mean any doctor tested it.',
    "There is no evidence that vaccines cause infertility.",
    "It is not true that the flu shot gives you the flu.",
    "Anti-vaccine groups falsely claim that the HPV vaccine is dangerous.",
    "Despite what some posts say, chemotherapy is not poison that kills more people than cancer.",
    "It's often said that everyone knows sugar causes hyperactivity, but studies disagree.",
    "The seller insisted the herb works as well as metformin, a claim regulators rejected.",
    "Weight-loss teas that claim to melt fat overnight are a scam.",
    "Fraudsters tell patients to stop taking their medication and use their products instead.",
    "Some websites say Big Pharma is hiding the cure for cancer; that is a conspiracy theory.",
    "A detox foot pad cannot pull toxins out through your feet.",
    "No credible study shows that alkaline water prevents cancer.",
    "If a supplement is advertised as risk-free, be skeptical.",
    # a fourth battery, of the structures the s37 careful development pages taught, in words of its own
    "Detox teas flush out toxins\n\nThe claim that detox teas flush out toxins is not supported by any trial.",
    "Among the false promises listed in the complaint:\n- Cures arthritis in 7 days\n- Reverses diabetes without insulin",
    "Companies selling sham cures for autism were fined by the FTC.",
    "The panel, which concluded that turmeric cures cancer, was later discredited.",
    "Demonstrating that garlic prevents cancer would take a trial of thousands of people.",
    "So-called miracle cures for diabetes are sold online every day.",
    "Garlic cures the common cold? Not according to the evidence.",
    "Homeopathy works, its defenders say, but trials show no effect beyond placebo.",
    "Bogus stem cell clinics promise to reverse autism.",
    "Eating kale does not detox your liver.",
    "A widely shared post claimed that lemon water kills cancer cells; it does not.",
    "Proponents argue that the alkaline diet cures cancer, a notion oncologists reject.",
    "The seller's website says the tea eliminates the need for insulin.",
    # a fifth, of structures no page set has shown yet: publicity with a bare object, a promise reported
    "Some clinics advertise stem cell injections as a cure for Parkinson's disease; none has been approved.",
    "Influencers push celery juice as a detox, despite no evidence.",
    "The company marketed its tea as a way to flush toxins from the liver.",
    "The ad promised that the patch would melt fat in 30 days.",
    "According to the manufacturer, the device cures migraines, but the FDA disagrees.",
    "Her family believed the herbs would cure her cancer; she died within a year.",
    "Anti-vaccine activists falsely claim that vaccines cause autism.",
    "Turmeric will not cure your cancer, no matter what the blogs say.",
    # a sixth, of the forty-fifth session: a belief narrated of one person, sellers who say, a gerund saying, an
    # additive "not only" in a debunking, a quotation of several sentences closed by its speech tag
    "She believed juicing had cured her cancer, but the tumor returned.",
    "Websites selling the pads say they draw toxins out of the body overnight. Tests found nothing of the kind.",
    "Saying a tea gets rid of toxins is like saying a pill gets rid of diseases.",
    'She went on a juice diet. "It\'s over, I am healed. I feel it in my body," she said. She died months later.',
    "Many look for a quick fix in their spice cabinet, but diabetes care is about a structured plan.",
    "Desperate patients searching for a miracle cure often turn to the internet.",
]

_CODES = [
    "CL101",
    "CL102",
    "CL103",
    "CL105",
    "CL110",
    "CL111",
    "CL112",
    "CL113",
    "CL114",
    "CL115",
    "CL119",
    "CL122",
    "CL125",
    "CL126",
    "CL140",
]


@pytest.mark.parametrize("sentence", CAREFUL)
def test_careful_sentence_draws_no_claim_warning(sentence: str) -> None:
    diags = Linter(Config(), select=_CODES).lint_text(sentence, "text")
    assert [(d.code, d.text) for d in diags if str(d.severity) != "info"] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "This miracle cure reverses diabetes in weeks.",
        "This detox tea will detox your body in 7 days.",
        "Miracle cures are finally here.",
        "This breakthrough works for everyone.",
    ],
)
def test_the_same_words_asserted_still_warn(sentence: str) -> None:
    diags = Linter(Config(), select=_CODES).lint_text(sentence, "text")
    assert [d for d in diags if str(d.severity) != "info"] != []


#: Quack claims written for this test, each of a shape the claim rules read (a remedy's regrowth of nerves, an
#: organ "cleaned", a treatment waved goodbye, a food that stops a heart attack), with its rule.
QUACK = [
    ("CL101", "Our stem cell therapy can regenerate damaged nerves in MS patients."),
    ("CL113", "This tea lowers cholesterol and cleans your arteries."),
    ("CL110", "Say goodbye to insulin injections forever."),
    ("CL119", "Cayenne pepper can stop a heart attack in 60 seconds."),
    ("CL119", "Garlic also can suppress ovarian, colorectal and other forms of cancer."),
    ("CL101", "Follow our simple plan to reverse and cure diabetes."),
    ("CL110", "This tea eliminates the need for insulin."),
    ("CL111", "What your doctor doesn't know about high blood pressure"),
    ("CL114", "This diet saved my life."),
    ("CL125", "Homeopathy is extremely effective."),
    ("CL113", "Most disease comes from the toxins accumulated in the body."),
    ("CL113", "We sell our tea as a way to flush toxins from the liver."),
    ("CL101", "Our clinic markets stem cell injections as a cure for autism."),
    ("CL113", "This tea not only detoxifies the body but also brings a glow to the skin."),
    ("CL101", "Our program defeats type 2 diabetes in eight weeks."),
    ("CL114", "Thousands of people have healed their diabetes with raw food."),
    ("CL101", "Focus on your diet if you want to cure diabetes without medication."),
]


@pytest.mark.parametrize(("code", "sentence"), QUACK)
def test_quack_claim_warns(code: str, sentence: str) -> None:
    diags = Linter(Config(), select=[code]).lint_text(sentence, "text")
    assert [d.code for d in diags if str(d.severity) != "info"] == [code]
