"""medlint.collector: the cyclic collector is paused while a document is linted and put back as found."""

from __future__ import annotations

import gc
import threading

import pytest

from medlint import collector
from medlint.linter import Linter


def test_paused_turns_the_collector_off_and_back_on() -> None:
    assert gc.isenabled()
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_paused_leaves_a_collector_that_was_off_off() -> None:
    gc.disable()
    try:
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_restored_when_the_body_raises() -> None:
    with pytest.raises(ValueError), collector.paused():
        raise ValueError("a rule crashed")
    assert gc.isenabled()


def test_nested_pauses_restore_once_the_outermost_ends() -> None:
    with collector.paused():
        with collector.paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still running
    assert gc.isenabled()


def test_concurrent_pauses_restore_when_the_last_one_ends() -> None:
    inside, release = threading.Event(), threading.Event()

    def other() -> None:
        with collector.paused():
            inside.set()
            release.wait(5)

    t = threading.Thread(target=other)
    with collector.paused():
        t.start()
        assert inside.wait(5)
    assert not gc.isenabled()  # the other thread's lint still runs
    release.set()
    t.join(5)
    assert gc.isenabled()


def test_lint_text_restores_the_collector_and_its_findings_are_unchanged() -> None:
    text = "# Cure\n\nThis miracle supplement cures cancer in days. Doctors hate it.\n"
    linter = Linter()
    paused = linter.lint_text(text, format="markdown")
    assert gc.isenabled()
    gc.disable()  # the pause does nothing when the collector is off already: the plain path
    try:
        plain = linter.lint_text(text, format="markdown")
    finally:
        gc.enable()
    assert paused == plain
    assert paused  # a text that some rule reports
