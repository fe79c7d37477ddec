"""Built-in rules written in Python: one rule per file, in a folder per family
(``medlint/rules/<family>/<CODE>.py``).

Every Rule subclass with a ``code`` in a module under this package is registered
automatically (see ``medlint.registry``); modules whose name starts with ``_`` hold
helpers that several rules share. The YAML rule packs are data and live in the
top-level ``rules/`` folder, not here."""
