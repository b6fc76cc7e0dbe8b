"""Small-cell suppression: direct, by group, and complementary so totals give nothing away."""

from samenspraak.insights.suppression import suppress


def test_small_cell_is_hidden_with_a_partner_in_its_column():
    # One group of 20: 2 said "nee". Hiding only that 2 would leave it as 20 − 18.
    result = suppress([[18], [2]], [20], minimum=5)
    assert result.hidden_cells == {(0, 0), (1, 0)}


def test_two_small_cells_protect_each_other():
    result = suppress([[3], [4], [30]], [37], minimum=5)
    assert result.hidden_cells == {(0, 0), (1, 0)}


def test_zero_is_shown():
    assert suppress([[0], [12]], [12], minimum=5).hidden_cells == set()


def test_small_group_is_hidden_whole_and_another_group_with_it():
    # Groups of 3, 40 and 50: the overall n would give the 3 away, so the 40 goes too.
    counts = [[1, 20, 30], [2, 20, 20]]
    result = suppress(counts, [3, 40, 50], minimum=5)
    assert result.hidden_columns == {0, 1}
    assert all((r, c) in result.hidden_cells for r in (0, 1) for c in (0, 1))
    assert result.shows(0, 2) and result.shows(1, 2)


def test_complementary_suppression_across_groups():
    # Row "nee": 3 in group A is hidden; the overall total for "nee" is published, so a
    # second cell in that row must go, and then each touched column needs a partner too.
    counts = [[30, 40, 50], [3, 10, 12]]
    result = suppress(counts, [33, 50, 62], minimum=5)
    hidden = result.hidden_cells
    for row in range(2):
        assert sum((row, c) in hidden for c in range(3)) != 1
    for column in range(3):
        assert sum((r, column) in hidden for r in range(2)) != 1
    assert (1, 0) in hidden


def test_larger_minimum():
    result = suppress([[8], [20]], [28], minimum=10)
    assert result.hidden_cells == {(0, 0), (1, 0)}
