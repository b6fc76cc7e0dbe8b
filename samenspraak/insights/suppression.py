"""Small-cell suppression: no figure based on fewer than the minimum number of respondents.

A table is a grid of counts (answer options × groups) whose row totals (all groups together)
and column bases (respondents per group) are published. Hiding a small cell is not enough when
its value can be worked out from a published total, so after the primary suppression every
line with a published total must hide either nothing or at least two cells (complementary
suppression, smallest visible cell first). A group with too few respondents is hidden whole.
"""

from dataclasses import dataclass


@dataclass
class Suppressed:
    hidden_cells: set[tuple[int, int]]
    hidden_columns: set[int]

    def shows(self, row: int, column: int) -> bool:
        return (row, column) not in self.hidden_cells and column not in self.hidden_columns


def suppress(counts: list[list[int]], bases: list[int], minimum: int) -> Suppressed:
    rows = range(len(counts))
    columns = range(len(bases))
    hidden_columns = {c for c in columns if 0 < bases[c] < minimum}
    # A hidden group's base can be worked out from the overall n: hide another group too.
    if len(hidden_columns) == 1 and len(bases) > 1:
        visible = [c for c in columns if c not in hidden_columns]
        hidden_columns.add(min(visible, key=lambda c: (bases[c], c)))
    hidden = {(r, c) for r in rows for c in hidden_columns}
    hidden |= {(r, c) for r in rows for c in columns if 0 < counts[r][c] < minimum}

    changed = True
    while changed:
        changed = False
        lines = [[(r, c) for c in columns] for r in rows]  # each option over the groups
        lines += [[(r, c) for r in rows] for c in columns if c not in hidden_columns]
        for line in lines:
            concealed = [cell for cell in line if cell in hidden]
            if len(concealed) == 1 and len(line) > 1:
                visible = [cell for cell in line if cell not in hidden]
                hidden.add(min(visible, key=lambda cell: (counts[cell[0]][cell[1]], cell)))
                changed = True
    return Suppressed(hidden_cells=hidden, hidden_columns=hidden_columns)
