"""The catalogue data is validated when loaded; a broken entry names its file and field."""

import pytest
import yaml
from django.core.management import CommandError, call_command

from samenspraak.methods import catalogue
from samenspraak.methods.catalogue import CatalogueError, read_entries
from tests.factories import method_data


def write(directory, data, name=None):
    path = directory / f"{name or data['slug']}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_valid_entry_is_read(tmp_path):
    write(tmp_path, method_data())
    entries = read_entries(tmp_path)
    assert [entry.data["slug"] for entry in entries] == ["wereldcafe"]


@pytest.mark.parametrize(
    ("override", "field"),
    [
        ({"phases": ["ophalen", "dromen"]}, "phases/1"),
        ({"depth": []}, "depth"),
        ({"channel": "telefoon"}, "channel"),
        ({"summary": "kort"}, "summary"),
        ({"steps": ["Eén stap."]}, "steps"),
        ({"sources": ["009"]}, "sources/0"),
        ({"unknown_field": "x"}, "(top level)"),
        ({"examples": [{"text": "Een voorbeeld zonder bron erbij."}]}, "examples/0"),
        ({"further_reading": [{"title": "x", "url": "ftp://x"}]}, "further_reading/0/url"),
    ],
)
def test_broken_entry_names_file_and_field(tmp_path, override, field):
    write(tmp_path, method_data(**override))
    with pytest.raises(CatalogueError) as error:
        read_entries(tmp_path)
    assert any(
        problem.startswith(f"wereldcafe.yaml: field '{field}'") for problem in error.value.problems
    ), error.value.problems


def test_missing_required_field(tmp_path):
    data = method_data()
    del data["when"]
    write(tmp_path, data)
    with pytest.raises(CatalogueError, match="'when' is a required property"):
        read_entries(tmp_path)


def test_slug_must_match_file_name(tmp_path):
    write(tmp_path, method_data(), name="iets-anders")
    with pytest.raises(CatalogueError, match="must equal the file name"):
        read_entries(tmp_path)


def test_names_are_unique(tmp_path):
    write(tmp_path, method_data("a", "Wereldcafé"))
    write(tmp_path, method_data("b", "wereldcafé"))
    with pytest.raises(CatalogueError, match=r"also used in a\.yaml"):
        read_entries(tmp_path)


def test_local_source_is_not_allowed_in_the_catalogue(tmp_path):
    write(tmp_path, method_data(sources=["lokaal"]))
    with pytest.raises(CatalogueError, match="only for a municipality's own methods"):
        read_entries(tmp_path)


def test_invalid_yaml_is_reported(tmp_path):
    (tmp_path / "kapot.yaml").write_text("name: [unclosed", encoding="utf-8")
    with pytest.raises(CatalogueError, match=r"kapot\.yaml: not valid YAML"):
        read_entries(tmp_path)


def test_all_problems_are_listed_at_once(tmp_path):
    write(tmp_path, method_data("a", "A-methode", channel="x"))
    write(tmp_path, method_data("b", "B-methode", effort="x"))
    with pytest.raises(CatalogueError) as error:
        read_entries(tmp_path)
    assert len(error.value.problems) == 2


@pytest.mark.django_db
def test_command_fails_loudly_on_a_broken_catalogue(tmp_path, monkeypatch):
    write(tmp_path, method_data(channel="telefoon"))
    monkeypatch.setattr(catalogue, "METHODS_DIR", tmp_path)
    with pytest.raises(CommandError, match=r"wereldcafe\.yaml: field 'channel'"):
        call_command("load_methods")
