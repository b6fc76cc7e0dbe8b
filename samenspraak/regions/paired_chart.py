"""A dumbbell chart per statement: for each municipality and the region a dot per group on a
0–100 % line, joined so the distance between the groups shows at a glance.

Groups differ by shape as well as by colour (circle, square, diamond), and the table beside the
chart says everything in text, so the drawing itself is decorative.
"""

from .journey_chart import marker

WIDTH, ROW, TOP, BOTTOM = 760, 44, 16, 40
LEFT, RIGHT = 300, 30
SHAPES = ("circle", "square", "diamond")
SIZES = {"circle": 8, "square": 7, "diamond": 9}  # of about the same weight on the line
TICKS = (0, 25, 50, 75, 100)


def _marker(number: int, x: float, y: float) -> str:
    shape = SHAPES[number % len(SHAPES)]
    return marker(shape, x, y, size=SIZES[shape])


def legend(groups) -> list[tuple[str, int, str]]:
    """(label, group number, marker path in a 20 × 20 box) per group, for the legend."""
    return [(group.label, number, _marker(number, 10, 10)) for number, group in enumerate(groups)]


def _x(percentage: float) -> float:
    return round(LEFT + percentage * (WIDTH - LEFT - RIGHT) / 100, 1)


def drawing(lines) -> dict:
    """``lines`` are a round table's lines; hidden figures are left out of the picture."""
    height = TOP + ROW * len(lines) + BOTTOM
    rows = []
    for index, line in enumerate(lines):
        y = TOP + ROW * index + ROW / 2
        dots = [
            {
                "x": _x(cell.value),
                "path": _marker(number, _x(cell.value), y),
                "group": number,
            }
            for number, cell in enumerate(line.cells)
            if cell.status == "shown"
        ]
        xs = [dot["x"] for dot in dots]
        rows.append(
            {
                "label": line.column.label,
                "y": y,
                "dots": dots,
                "from_x": min(xs) if len(xs) > 1 else None,
                "to_x": max(xs) if len(xs) > 1 else None,
            }
        )
    return {
        "width": WIDTH,
        "height": height,
        "left": LEFT,
        "label_x": LEFT - 12,
        "axis_y": height - BOTTOM + 24,
        "top": TOP,
        "bottom": height - BOTTOM,
        "ticks": [{"x": _x(t), "label": f"{t}%"} for t in TICKS],
        "rows": rows,
    }
