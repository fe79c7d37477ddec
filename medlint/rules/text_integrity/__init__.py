"""Built-in text integrity rules, one per file (<CODE>.py).

TX: broken punctuation, unpaired quotes and brackets, truncated and fragmentary text.

These are the marks a translation pipeline or a careless paste leaves behind.
Every pattern is checked against the *source* as well as the prose view: in
Markdown a blanked link target leaves spaces in the prose before a full stop
that are not in the source, and those must not count as "space before
punctuation"."""
