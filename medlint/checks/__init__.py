"""Built-in rules written in Python, one module per rule family.

Every Rule subclass with a ``code`` defined in a module of this package is
registered automatically; see ``medlint.registry``.
"""
