"""The side-by-side comparison of one persona: phases as rows, member municipalities as
columns, each cell the step that municipality recorded, with a short summary in words.

It follows the region's anonymous mode as the spiegel does: the viewer's own municipality by
name, the others as letters dealt per viewer. A letter is only worth something if the route
texts do not name the municipality behind it ("Wmo-loket Oosterbeemd"), so anonymously the names
of all member municipalities in the others' steps are replaced by a neutral word, as the
klantreis comparison does with phase names. The viewer's own steps stay as they wrote them.
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspraak.regions.journey_compare import _neutral
from samenspraak.regions.selectors import member_municipalities
from samenspraak.regions.spiegel import ordered_columns

from .models import PersonaStep

TEXT_FIELDS = ("where_who", "what_happens", "goes_well", "gets_stuck")


@dataclass
class Step:
    """A recorded step as this viewer may read it: a copy, so that neutral wording can never
    be saved over what the municipality wrote."""

    where_who: str
    what_happens: str
    waiting_days: int | None
    goes_well: str
    gets_stuck: str


@dataclass
class Column:
    label: str
    municipality_id: int
    own: bool = False
    recorded: bool = False
    total_waiting: int | None = None
    stuck_in: list[str] = field(default_factory=list)


@dataclass
class Row:
    phase: object
    cells: list  # Step or None, in the order of the columns


@dataclass
class Comparison:
    columns: list[Column]
    rows: list[Row]
    summary: list[str]

    @property
    def recorded(self) -> list[Column]:
        return [column for column in self.columns if column.recorded]


def _columns(municipalities, *, own_ids: set[int], anonymous: bool) -> list[Column]:
    return [
        Column(label, m.pk, own=own)
        for m, label, own in ordered_columns(municipalities, own_ids=own_ids, anonymous=anonymous)
    ]


def _step(step: PersonaStep | None, hide: list[str]) -> Step | None:
    if step is None:
        return None
    return Step(
        waiting_days=step.waiting_days,
        **{name: _neutral(getattr(step, name), hide) for name in TEXT_FIELDS},
    )


def compare(persona, *, viewer_municipality_ids, anonymous: bool) -> Comparison:
    phases = list(persona.phases.all())
    municipalities = list(member_municipalities(persona.region))
    columns = _columns(municipalities, own_ids=set(viewer_municipality_ids), anonymous=anonymous)
    # Every member, the viewer's own too: "verwezen naar Lindewaard" in another's route says
    # where that municipality lies.
    names = [m.name for m in municipalities] if anonymous else []
    steps = {
        (step.route.municipality_id, step.phase_id): step
        for step in PersonaStep.objects.filter(route__persona=persona).select_related("route")
    }
    rows = [
        Row(
            phase,
            [
                _step(steps.get((c.municipality_id, phase.pk)), [] if c.own else names)
                for c in columns
            ],
        )
        for phase in phases
    ]
    for index, column in enumerate(columns):
        cells = [row.cells[index] for row in rows]
        column.recorded = any(cells)
        waits = [cell.waiting_days for cell in cells if cell and cell.waiting_days is not None]
        column.total_waiting = sum(waits) if waits else None
        column.stuck_in = [
            row.phase.phase_name
            for row, cell in zip(rows, cells, strict=True)
            if cell and cell.gets_stuck
        ]
    return Comparison(columns, rows, _summary(persona, columns, rows))


def _summary(persona, columns: list[Column], rows: list[Row]) -> list[str]:
    """The table in a few sentences: who recorded, where it gets stuck, where waiting
    differs most."""
    recorded = [column for column in columns if column.recorded]
    lines = [
        ngettext(
            "%(recorded)s of %(total)s municipality has recorded how %(name)s would get help.",
            "%(recorded)s of %(total)s municipalities have recorded how %(name)s would get help.",
            len(columns),
        )
        % {"recorded": len(recorded), "total": len(columns), "name": persona.name}
    ]
    for column in recorded:
        if column.stuck_in:
            line = ngettext(
                "%(municipality)s: it gets stuck in %(count)s phase (%(phases)s).",
                "%(municipality)s: it gets stuck in %(count)s phases (%(phases)s).",
                len(column.stuck_in),
            ) % {
                "municipality": column.label,
                "count": len(column.stuck_in),
                "phases": ", ".join(column.stuck_in),
            }
        else:
            line = _("%(municipality)s: no phase where it gets stuck.") % {
                "municipality": column.label
            }
        if column.total_waiting is not None:
            line += " " + ngettext(
                "About %(days)s day of waiting in all.",
                "About %(days)s days of waiting in all.",
                column.total_waiting,
            ) % {"days": column.total_waiting}
        lines.append(line)
    for row in rows:
        waits = [
            (cell.waiting_days, column.label)
            for cell, column in zip(row.cells, columns, strict=True)
            if cell and cell.waiting_days is not None
        ]
        if len(waits) < 2 or min(waits)[0] == max(waits)[0]:
            continue
        shortest = min(waits, key=lambda wait: wait[0])
        longest = max(waits, key=lambda wait: wait[0])
        lines.append(
            _(
                "%(phase)s: waiting from %(shortest)s days (%(fast)s) to %(longest)s days "
                "(%(slow)s)."
            )
            % {
                "phase": row.phase.phase_name,
                "shortest": shortest[0],
                "fast": shortest[1],
                "longest": longest[0],
                "slow": longest[1],
            }
        )
    return lines
