"""Real-world evaluation: medlint on text nobody on the project wrote.

``medquad`` measures false-alarm rates on NIH/CDC consumer-health answers;
``fakehealth`` measures precision against hand-labelled verdicts on real
health news and press releases; ``run`` writes both into RESULTS.md.
"""
