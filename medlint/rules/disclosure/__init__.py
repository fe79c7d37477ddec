"""Built-in disclosure rules, one per file (<CODE>.py); helpers several of them use are in _shared.py.

DS: disclosure and sourcing, after the JAMA benchmarks (authorship, attribution,
disclosure, currency; Silberg, Lundberg, Musacchio 1997) and HONcode.

Metadata comes first (front matter, HTML meta, JSON-LD, normalised by the
format loaders); prose bylines ("By Jane Roe", "Medically reviewed by ...")
and datelines ("Last updated: 3 March 2024") count too, so plain-text
articles are judged fairly."""
