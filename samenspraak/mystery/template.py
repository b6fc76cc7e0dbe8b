"""The starting scenarios, locations and criteria of a mystery guest round, as a data file."""

from functools import cache
from pathlib import Path

import yaml

TEMPLATE = Path(__file__).resolve().parent / "templates_data" / "mystery-guest.yaml"


def template_problems(data) -> list[str]:
    if not isinstance(data, dict):
        return ["the template is not a mapping"]
    problems = []
    scenarios = data.get("scenarios")
    if not isinstance(scenarios, list) or not scenarios:
        problems.append("scenarios: give at least one")
    elif any(not s.get("title") or not s.get("help_question") for s in scenarios):
        problems.append("scenarios: every scenario has a title and a help_question")
    for name in ("locations", "criteria"):
        values = data.get(name)
        if not isinstance(values, list) or not values:
            problems.append(f"{name}: give at least one")
        elif len(set(values)) != len(values):
            problems.append(f"{name}: an entry appears twice")
    return problems


@cache
def default_template() -> dict:
    data = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    problems = template_problems(data)
    if problems:
        raise ValueError(f"{TEMPLATE.name}: " + "; ".join(problems))
    return data
