"""Shared text machinery: tokens (the word pattern), sentence segmentation, phrase and
pattern matching, dates, quotes, word frequencies, readability and reference statistics.

Nothing here knows about rules; rules and rule kinds read documents through these modules."""
