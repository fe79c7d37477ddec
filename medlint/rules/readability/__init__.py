"""Built-in readability rules, one per file (<CODE>.py); helpers several of them use are in _shared.py.

RD: reading level, sentence length and jargon for patient material.

Health-literacy guidance (NIH, AMA, CDC Clear Communication Index) asks for
patient material at grade 6 to 8. SMOG is the usual formula for health
material (it predicts 100% comprehension; McLaughlin 1969) and Flesch-Kincaid
the most common; both come from textstat, offline."""
