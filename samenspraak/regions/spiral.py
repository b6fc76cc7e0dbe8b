"""The innovatiespiraal: the seven phases an idea passes on its way to a shared, embedded
practice, and their drawing as a spiral.

The phases follow the Inspiratiegids (after Zaalmink et al., 2007); the descriptions are our own
short wording. The drawing is plain SVG geometry for a template: one dot per phase along an
Archimedean spiral that widens outwards, the phases reached filled, the current one marked.
The page always gives the same information as a numbered list, so the picture is decorative.
"""

import math
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


@dataclass(frozen=True)
class Phase:
    number: int
    name: str
    summary: str


PHASES = [
    Phase(
        1,
        pgettext_lazy("innovatiespiraal", "First idea"),
        _("Someone runs into a problem or an unexpected event and gets an idea."),
    ),
    Phase(
        2,
        pgettext_lazy("innovatiespiraal", "Inspiration"),
        _("The idea is shared; others join in and an initiative group forms."),
    ),
    Phase(
        3,
        pgettext_lazy("innovatiespiraal", "Making a plan"),
        _("The network makes room for the idea and agrees on the goal, actions and who does what."),
    ),
    Phase(
        4,
        pgettext_lazy("innovatiespiraal", "Development"),
        _("The way of working is developed; dead ends lead to new agreements."),
    ),
    Phase(
        5,
        pgettext_lazy("innovatiespiraal", "Carrying out"),
        _("The idea is put into practice; other parties are needed to make it work."),
    ),
    Phase(
        6,
        pgettext_lazy("innovatiespiraal", "Spreading"),
        _("The new way of working becomes known and others take it over."),
    ),
    Phase(
        7,
        pgettext_lazy("innovatiespiraal", "Embedding"),
        _("Agreements make the change lasting: roles, contacts and funding change for good."),
    ),
]
PHASE_NUMBERS = [phase.number for phase in PHASES]

SIZE = 360
CENTRE = SIZE / 2
START_RADIUS = 30
GROWTH = 19  # radius added per phase
TURN = 2 * math.pi * 0.42  # angle between phases: a little under half a turn


def _point(position: float) -> tuple[float, float]:
    angle = position * TURN - math.pi / 2
    radius = START_RADIUS + GROWTH * position
    return (
        round(CENTRE + radius * math.cos(angle), 1),
        round(CENTRE + radius * math.sin(angle), 1),
    )


def drawing(current: int | None) -> dict:
    """Geometry of the spiral with the phases up to ``current`` reached."""
    steps = 12  # line segments per phase, enough for a smooth curve
    last = len(PHASES) - 1
    path = [_point(i / steps) for i in range(last * steps + 1)]
    dots = []
    for index, phase in enumerate(PHASES):
        x, y = _point(index)
        dots.append(
            {
                "x": x,
                "y": y,
                "number": phase.number,
                "reached": current is not None and phase.number <= current,
                "current": phase.number == current,
            }
        )
    return {
        "size": SIZE,
        "path": " ".join(f"{'M' if i == 0 else 'L'}{x},{y}" for i, (x, y) in enumerate(path)),
        "dots": dots,
    }
