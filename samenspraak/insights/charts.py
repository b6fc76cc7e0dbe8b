"""Bar charts as plain SVG geometry, drawn by a template without JavaScript.

Each answer option gets a label line and one bar per group (all respondents, or per round,
channel or respondent group). Bars carry their value as text, so colour is never the only cue;
the colours are the Okabe–Ito palette. A hidden (suppressed) value draws no bar and says so.
"""

WIDTH = 720
LABEL_WIDTH = 0
BAR_HEIGHT = 18
BAR_GAP = 4
LABEL_HEIGHT = 22
GROUP_GAP = 14
VALUE_SPACE = 90
SERIES_CLASSES = [f"ss-bar--{n}" for n in range(8)]


def bar_chart(
    categories: list[str], series: list[tuple[str, list[float | None]]], *, width: int = WIDTH
) -> dict:
    """``series`` are (group name, percentage per category or None when hidden). A narrower
    ``width`` draws larger text for the same space, for charts with few, short labels."""
    scale = (width - VALUE_SPACE) / 100
    y = 0.0
    blocks = []
    for index, category in enumerate(categories):
        label_y = y + LABEL_HEIGHT - 6
        y += LABEL_HEIGHT
        bars = []
        for number, (name, values) in enumerate(series):
            value = values[index]
            length = 0 if value is None else max(value * scale, 1 if value > 0 else 0)
            bars.append(
                {
                    "x": 0,
                    "y": round(y, 1),
                    "width": round(length, 1),
                    "height": BAR_HEIGHT,
                    "class": SERIES_CLASSES[number % len(SERIES_CLASSES)],
                    "text_x": round(length + 6, 1),
                    "text_y": round(y + BAR_HEIGHT - 4, 1),
                    "value": value,
                    "series": name,
                }
            )
            y += BAR_HEIGHT + BAR_GAP
        blocks.append({"label": category, "label_y": round(label_y, 1), "bars": bars})
        y += GROUP_GAP
    return {
        "width": width,
        "height": round(y, 1),
        "blocks": blocks,
        "legend": [
            {"name": name, "class": SERIES_CLASSES[n % len(SERIES_CLASSES)]}
            for n, (name, _values) in enumerate(series)
        ],
    }
