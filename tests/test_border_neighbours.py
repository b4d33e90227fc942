"""A state named only across a border ("near the border with Pakistan") is no vote for the document's country
(tasks/extract/border_neighbours.py, round left23)."""
from __future__ import annotations

from tasks.extract.border_neighbours import across_a_border

ACROSS = ["fireworks near the border with Pakistan after", "villages close to the frontier with Uganda", "posts along the boundary with the Sudan"]
NOT_ACROSS = ["AMRITSAR, India (Reuters)", "talks with Pakistan on the border", "Pakistan denied sending them"]


def _last_capitalised(text: str) -> int:
    return max(i for i, w in enumerate(text) if w.isupper() and (i == 0 or text[i - 1] == " "))


def test_a_state_across_a_border_is_a_neighbour():
    assert all(across_a_border(text, _last_capitalised(text)) for text in ACROSS)


def test_a_state_named_otherwise_is_no_neighbour():
    assert not any(across_a_border(text, text.index(name)) for text, name in zip(NOT_ACROSS, ["India", "Pakistan", "Pakistan"]))
