"""Drug names told by their shape: the endings of international nonproprietary names.

Several rules need to know a word names a drug without a list of every drug: TX109 must not call
"lisinopril" a misspelling, the claim rules read "I threw away my methotrexate" as a treatment
stopped, MT108 reads "reception of amoxicillin" as a medicine taken. One table of endings serves
them all, so a drug one of them knows the others know too. Pack patterns reach it as ``${drug_name}``
(``medlint.registry``'s pack definitions).
"""

from __future__ import annotations

#: Endings of drug names (the WHO's INN stems, "Guidance on the use of INN for pharmaceutical
#: substances", 2013, and the USAN Council's stem list), in the order ``drug_stem`` tries them.
DRUG_STEMS = (
    "azepine azepam azolam pril prilat sartan statin olol oxacin floxacin cillin mycin micin prazole "
    "tidine dronate triptan setron gliptin glitazone gliflozin tinib zumab ximab mumab parin semide "
    "thiazide profen cycline dipine oxetine pramine triptyline zodone barbital olone asone conazole "
    "vudine navir previr buvir lukast tropium terol fibrate lutamide platin rubicin taxel trexate "
    "formin thyroxine oxamine tadine azoline lamide oxifen coxib sterone vastatin dralazine pentin "
    "gabalin trigine tiapine peridol oxepin mazine quinine dronic lamine glutide nisone codone"
).split()

#: every stem at once, for ``str.endswith``'s one call
_STEM_ENDS = tuple(DRUG_STEMS)

#: A lower-case drug name as a regular expression fragment: three letters or more, then a stem
#: (longest stems first, so the alternation settles on the whole ending).
DRUG_NAME_PATTERN = "[a-z]{3,}(?:" + "|".join(sorted(DRUG_STEMS, key=lambda s: (-len(s), s))) + ")"


def drug_stem(word: str) -> str | None:
    """The drug-name stem the lower-case ``word`` ends in, with three letters or more before it, or
    None."""
    if not word.endswith(_STEM_ENDS):
        return None  # one call in C for most words (the stems' order still decides below)
    for stem in DRUG_STEMS:
        if word.endswith(stem) and len(word) >= len(stem) + 3:
            return stem
    return None


def is_drug_name(word: str) -> bool:
    """Whether the lower-case ``word`` ends in a drug-name stem (``drug_stem``)."""
    return drug_stem(word) is not None
