"""The extraction progress bar: drawn on a terminal, silent elsewhere, the batches unchanged."""
from __future__ import annotations

import io

from tasks.progress import tracked


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_silent_and_transparent_off_a_terminal():
    stream = io.StringIO()
    batches = [[1, 2], [3]]
    assert list(tracked(iter(batches), 3, stream=stream)) == batches
    assert stream.getvalue() == ""


def test_a_terminal_sees_the_bar():
    stream = Terminal()
    assert list(tracked(iter([[1, 2], [3]]), 3, "extracting", stream=stream)) == [[1, 2], [3]]
    drawn = stream.getvalue()
    assert "extracting" in drawn and "3/3" in drawn


def test_nothing_to_do_draws_nothing():
    stream = Terminal()
    assert list(tracked(iter([]), 0, stream=stream)) == []
    assert stream.getvalue() == ""
