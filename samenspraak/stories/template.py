"""The starting set of self-signification choices for a story point, kept as a data file."""

from functools import cache
from pathlib import Path

import yaml

TEMPLATE = Path(__file__).resolve().parent / "templates_data" / "vertelpunt.yaml"


def template_problems(data) -> list[str]:
    if not isinstance(data, dict):
        return ["the template is not a mapping"]
    problems = []
    for name in ("roles", "topics"):
        values = data.get(name)
        if not isinstance(values, list) or not values:
            problems.append(f"{name}: give at least one")
            continue
        if any(not isinstance(v, str) or not v.strip() or len(v) > 100 for v in values):
            problems.append(f"{name}: every entry is a text of 1 to 100 characters")
        if len(set(values)) != len(values):
            problems.append(f"{name}: an entry appears twice")
    if not isinstance(data.get("ask_msc"), bool):
        problems.append("ask_msc: true or false")
    return problems


@cache
def default_template() -> dict:
    data = yaml.safe_load(TEMPLATE.read_text(encoding="utf-8"))
    problems = template_problems(data)
    if problems:
        raise ValueError(f"{TEMPLATE.name}: " + "; ".join(problems))
    return data
