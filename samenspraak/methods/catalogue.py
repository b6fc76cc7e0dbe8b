"""The method catalogue as versioned data: reading and validating the YAML files.

A broken entry fails loudly with its file and the path of the field, so that an editor of the
data sees exactly what to fix; nothing is loaded until every file is valid.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

CATALOGUE_DIR = Path(__file__).resolve().parent / "catalogue"
METHODS_DIR = CATALOGUE_DIR / "methods"
SCHEMA_PATH = CATALOGUE_DIR / "schema.json"
ATTENTION_POINTS_PATH = CATALOGUE_DIR / "attention_points.yaml"
LOCAL_SOURCE = "lokaal"


class CatalogueError(Exception):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__("Invalid method catalogue:\n" + "\n".join(problems))


@dataclass(frozen=True)
class CatalogueEntry:
    path: Path
    data: dict


@cache
def schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))


def validator() -> Draft202012Validator:
    return Draft202012Validator(schema())


def validate_entry(data, label: str) -> list[str]:
    """Problems with one entry, each naming ``label`` and the field path."""
    if not isinstance(data, dict):
        return [f"{label}: the file must hold one mapping (a method), not {type(data).__name__}"]
    problems = []
    for error in sorted(validator().iter_errors(data), key=lambda e: list(e.path)):
        field = "/".join(str(part) for part in error.path) or "(top level)"
        problems.append(f"{label}: field '{field}': {error.message}")
    return problems


def read_entries(directory: Path | None = None) -> list[CatalogueEntry]:
    """Read and validate every ``*.yaml`` file; raise CatalogueError listing all problems."""
    directory = directory or METHODS_DIR
    problems: list[str] = []
    entries: list[CatalogueEntry] = []
    seen_names: dict[str, str] = {}
    for path in sorted(directory.glob("*.yaml")):
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as error:
            problems.append(f"{path.name}: not valid YAML: {error}")
            continue
        entry_problems = validate_entry(data, path.name)
        if not entry_problems and LOCAL_SOURCE in data["sources"]:
            entry_problems.append(
                f"{path.name}: field 'sources': '{LOCAL_SOURCE}' is only for a municipality's "
                "own methods, not for the catalogue"
            )
        if not entry_problems and data["slug"] != path.stem:
            entry_problems.append(
                f"{path.name}: field 'slug': '{data['slug']}' must equal the file name "
                f"'{path.stem}'"
            )
        if not entry_problems:
            name_key = data["name"].casefold()
            if name_key in seen_names:
                entry_problems.append(
                    f"{path.name}: field 'name': '{data['name']}' is also used in "
                    f"{seen_names[name_key]}"
                )
            seen_names[name_key] = path.name
        problems += entry_problems
        if not entry_problems:
            entries.append(CatalogueEntry(path, data))
    if problems:
        raise CatalogueError(problems)
    return entries


@dataclass(frozen=True)
class AttentionPoint:
    key: str
    text: str
    source: str


@cache
def attention_points() -> tuple[AttentionPoint, ...]:
    raw = yaml.safe_load(ATTENTION_POINTS_PATH.read_text(encoding="utf-8"))
    return tuple(AttentionPoint(**item) for item in raw)
