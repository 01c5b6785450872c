"""The stall bench's account of what its longest stalls met."""

from __future__ import annotations

from bench.stall import _what_it_met


def test_the_longest_stall_names_the_collections_and_saves_it_met() -> None:
    met = {"collections": [[1, 5.63], [0, 0.4]], "saves": 1}
    assert _what_it_met(met) == (
        "in it: cycle collection of generation 1, 5.6 ms; "
        "in it: cycle collection of generation 0, 0.4 ms; a window save in flight"
    )


def test_a_stall_that_met_nothing_says_nothing() -> None:
    assert _what_it_met({"collections": [], "saves": 0}) == ""
    assert _what_it_met(None) == ""
