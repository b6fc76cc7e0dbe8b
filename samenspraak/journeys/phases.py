"""Journey phases: the default route comes from a data file; staff edit it as plain lines.

One line per phase, in order: ``name`` or ``name: touchpoint, touchpoint``. Keys are derived
from the names, so a renamed phase is a new phase for analysis.
"""

from functools import cache
from pathlib import Path

import yaml
from django.utils.text import slugify
from django.utils.translation import gettext as _

TEMPLATE = Path(__file__).resolve().parent / "templates_data" / "klantreis-sociaal-domein.yaml"
MAX_PHASES = 15


def phase_problems(phases) -> list[str]:
    problems = []
    if not isinstance(phases, list) or not phases:
        return [_("Give the journey at least two phases.")]
    if len(phases) < 2:
        problems.append(_("Give the journey at least two phases."))
    if len(phases) > MAX_PHASES:
        problems.append(_("A journey has at most %(max)s phases.") % {"max": MAX_PHASES})
    keys = [phase.get("key") for phase in phases]
    if len(set(keys)) != len(keys):
        problems.append(_("Two phases have the same name."))
    for phase in phases:
        if not phase.get("key") or not str(phase.get("name", "")).strip():
            problems.append(_("Every phase needs a name."))
        if not isinstance(phase.get("touchpoints", []), list):
            problems.append(_("Touchpoints are a list."))
    return problems


@cache
def default_phases() -> tuple[dict, ...]:
    data = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    problems = phase_problems(data.get("phases"))
    if problems:
        raise ValueError(f"{TEMPLATE.name}: " + "; ".join(problems))
    return tuple(data["phases"])


def phases_from_lines(text: str) -> list[dict]:
    phases = []
    for line in text.splitlines():
        name, _sep, rest = line.partition(":")
        name = name.strip()
        if not name:
            continue
        touchpoints = [t.strip() for t in rest.split(",") if t.strip()]
        phases.append({"key": slugify(name)[:50], "name": name[:100], "touchpoints": touchpoints})
    return phases


def phases_as_lines(phases) -> str:
    return "\n".join(
        f"{p['name']}: {', '.join(p['touchpoints'])}" if p.get("touchpoints") else p["name"]
        for p in phases
    )
