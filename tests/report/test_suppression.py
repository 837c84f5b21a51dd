"""The suppression rule on its own (report.suppression): cells, tables, distributions, quotes."""

from __future__ import annotations

import itertools

import pytest

from supervision_tui.report.summary import bands, median
from supervision_tui.report.suppression import (
    FEW_ANSWERS,
    ONE_BAND,
    SUPPRESSED,
    count,
    distribution,
    protect,
    quotes,
)


@pytest.mark.parametrize(("n", "text"), [(0, ""), (1, SUPPRESSED), (2, SUPPRESSED), (3, "3"), (12, "12")])
def test_counts_below_three_are_a_dot_and_empty_is_empty(n: int, text: str) -> None:
    assert count(n).text == text


def _recoverable(parts: list[int], total: int) -> bool:
    """Brute force: can a reader who knows the rule's output pin down any hidden part?"""
    cells, total_cell = protect(parts, total)
    if total_cell is None or not total_cell.shown:
        return False
    hidden = [i for i, c in enumerate(cells) if not c.shown]
    residual = total - sum(c.value or 0 for c in cells)
    # every hidden cell is ≥ 1 (zero would be shown empty); try all splits of the remainder
    splits = [
        combo
        for combo in itertools.product(range(1, residual + 1), repeat=len(hidden))
        if sum(combo) == residual
    ]
    # a reader also knows a hidden cell that was small on its own (1 or 2); be generous to the reader:
    small = [combo for combo in splits if all(v < 3 for v in combo)]
    candidates = small if len(small) > 0 and all(parts[i] < 3 for i in hidden) else splits
    return any(len({combo[position] for combo in candidates}) == 1 for position in range(len(hidden)))


@pytest.mark.parametrize("parts", [p for p in itertools.product(range(0, 6), repeat=3) if sum(p)])
def test_no_hidden_part_is_recoverable_from_the_total(parts: tuple[int, ...]) -> None:
    cells, total = protect(list(parts), sum(parts))
    for value, cell in zip(parts, cells, strict=True):
        assert cell.shown == (value == 0 or value >= 3) or not cell.shown  # small cells never shown
        if 0 < value < 3:
            assert not cell.shown
    assert not _recoverable(list(parts), sum(parts)), (parts, cells, total)


def test_one_hidden_part_takes_a_second_part_or_the_total_with_it() -> None:
    cells, total = protect([2, 5, 7], 14)
    assert [c.text for c in cells] == [".", ".", "7"] and total is not None and total.text == "14"
    cells, total = protect([2, 0], 2)
    assert total is not None and not total.shown
    cells, total = protect([1, 4], None)  # no total shown: nothing to subtract from
    assert [c.text for c in cells] == [".", "4"]


def test_median_and_bands_of_a_histogram() -> None:
    assert median([0, 0, 0, 0, 0]) is None
    assert median([1, 0, 0, 0, 1]) == 3
    assert median([0, 1, 1, 1, 1]) == 3.5
    assert bands([1, 2, 3, 4, 5]) == (3, 3, 9)


def test_distributions_need_five_answers_and_two_bands() -> None:
    assert distribution((2, 1, 1), 2.0).note == FEW_ANSWERS
    assert distribution((0, 0, 6), 5.0).note == ONE_BAND
    hidden_all = distribution((1, 0, 5), 4.0)  # the small band takes the other with it: nothing left
    assert hidden_all.bands is None and hidden_all.median is None and hidden_all.note == ONE_BAND
    shown = distribution((3, 0, 3), 3.0)
    assert shown.bands is not None and [c.text for c in shown.bands] == ["3", "", "3"]
    assert shown.median == 3.0 and shown.answers.text == "6"


def test_quotes_need_five_answers() -> None:
    assert quotes(4, ["a"]) == ((), FEW_ANSWERS)
    assert quotes(5, ["a"]) == (("a",), None)
