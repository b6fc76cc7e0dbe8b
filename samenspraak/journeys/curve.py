"""The experience curve as plain SVG coordinates, drawn by the template without JavaScript.

A skipped phase leaves a gap in the line instead of pretending a score.
"""

WIDTH, HEIGHT = 720, 340
LEFT, RIGHT, TOP, BOTTOM = 70, 30, 30, 60
SCORES = (2, 1, 0, -1, -2)


def _y(score: float) -> float:
    return TOP + (2 - score) * (HEIGHT - TOP - BOTTOM) / 4


def curve(points: list[tuple[str, float | None]]) -> dict:
    """``points`` are (phase name, score or None) in route order."""
    step = (WIDTH - LEFT - RIGHT) / max(len(points) - 1, 1)
    dots, segments, current = [], [], []
    for index, (name, score) in enumerate(points):
        x = LEFT + index * step
        if score is None:
            if current:
                segments.append(current)
            current = []
            dots.append({"x": x, "y": None, "name": name, "score": None, "number": index + 1})
            continue
        y = _y(score)
        current.append(f"{x:.1f},{y:.1f}")
        dots.append({"x": x, "y": y, "name": name, "score": score, "number": index + 1})
    if current:
        segments.append(current)
    return {
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH - RIGHT,
        "label_y": HEIGHT - BOTTOM + 40,
        "lines": [{"score": s, "y": _y(s)} for s in SCORES],
        "segments": [" ".join(segment) for segment in segments],
        "dots": dots,
    }
