"""The shipped catalogue: complete, valid and findable the way staff search for methods."""

import pytest

from samenspraak.methods.catalogue import read_entries
from samenspraak.methods.models import Method
from samenspraak.methods.selectors import search_catalogue
from samenspraak.methods.services import sync_catalogue

# Every method the issue names, by source document, mapped to the slug of its entry.
# Merged duplicates (persona's, klantreis, wereldcafé, mystery guest, living lab,
# praatplaat ervaringsdeskundigheid, dialoogtafel met serious game) point to one entry.
REQUIRED = {
    "000": [
        "adviesraad-clientenraad",
        "praatplaat",
        "brainstormsessie",
        "wereldcafe",
        "pizzameeting",
        "dialoogtafel",
        "storytelling",
        "klantreis",
        "persona",
        "focusgroep",
        "spiegelgesprek",
        "peerconsultatie",
        "dagboekmethode",
        "schouw",
        "mystery-guest",
        "shadowing",
        "zet",
        "flitspeiling",
        "wensen-en-suggestiekaart",
        "online-vertelpunt",
        "peilingen-social-media",
        "chatgesprek",
        "theater",
        "fotoscan",
        "spelvormen",
        "brief-tekening-rap",
        "zelfportretten",
        "vergeet-jezelf-niet-als-bron",
        "waarderend-onderzoek",
        "design-thinking",
        "toegangsscan",
        "ceo-wmo",
        "continu-clientervaringsonderzoek",
    ],
    "001": [
        "landkaart",
        "werkbezoek",
        "netwerkanalyse",
        "innovatiespiraal",
        "ggz-spiegel",
        "de-week-van",
        "kunst-en-cultuur",
        "persona",
        "klantreis",
        "wereldcafe",
        "mystery-guest",
    ],
    "002": [
        "ervaringskennis-in-beleid",
        "living-lab",
        "praat-met-mij",
        "participatiewaaiers",
        "effecten-zichtbaar-maken",
        "inclusieve-participatie",
        "partners-in-participatie",
        "praatplaat",
        "keuzewijzer-e-tools",
        "wat-werkt-bij-dossiers",
        "inclusieve-burgermacht",
    ],
    "004": [
        "vragenlijst-na-contact",
        "straatinterviews",
        "ervaringenkaart",
        "klantenpanel",
        "diepte-interviews",
        "dialoogtafel",
        "methode-jet",
        "klankbordgroep",
        "startbijeenkomst",
    ],
    "003": [
        "kwaliteitskompas",
        "living-lab",
        "actie-onderzoek",
        "community-of-practice",
        "doorbraakmethode",
        "transitiearena",
        "doelenboom",
        "most-significant-change",
        "film-kijk-mee",
        "narratieve-monitoring",
        "maatschappelijk-akkoord",
        "fietstour-kernavond",
        "hackathon",
        "vloggen-met-jongeren",
        "wijksafari",
    ],
}


@pytest.fixture(scope="module")
def entries():
    return {entry.data["slug"]: entry.data for entry in read_entries()}


def test_the_shipped_catalogue_is_valid(entries):
    assert len(entries) >= 70


@pytest.mark.parametrize("source", sorted(REQUIRED))
def test_every_named_method_has_an_entry_citing_its_source(entries, source):
    missing = [slug for slug in REQUIRED[source] if slug not in entries]
    assert not missing
    not_cited = [slug for slug in REQUIRED[source] if source not in entries[slug]["sources"]]
    assert not not_cited


def test_merged_methods_keep_their_variants(entries):
    variant_names = {
        slug: {v["name"] for v in entries[slug].get("variants", [])}
        for slug in ("persona", "klantreis", "wereldcafe", "mystery-guest", "dialoogtafel")
    }
    assert "Persona's met mensen met een LVB" in variant_names["persona"]
    assert "Regionale vergelijking met persona's" in variant_names["persona"]
    assert "Regionale klantreis" in variant_names["klantreis"]
    assert "Regionaal wereldcafé" in variant_names["wereldcafe"]
    assert "Regionale mystery guest" in variant_names["mystery-guest"]
    assert "Dialoogtafel met serious game" in variant_names["dialoogtafel"]


def test_regional_werkvormen_name_their_purpose(entries):
    regional = [e for e in entries.values() if e["type"] == "regionale-werkvorm"]
    assert len(regional) == 7
    assert all(e.get("regional_purposes") for e in regional)


def test_examples_carry_the_sources_figures(entries):
    texts = {
        slug: " ".join(x["text"] for x in e.get("examples", [])) for slug, e in entries.items()
    }
    assert "96" in texts["vragenlijst-na-contact"]
    assert "15" in texts["klantenpanel"]
    assert "229" in texts["ggz-spiegel"] and "2500" in texts["ggz-spiegel"]
    assert "350" in texts["transitiearena"]


def test_every_entry_has_steps_and_a_plain_summary(entries):
    for entry in entries.values():
        assert len(entry["steps"]) >= 2, entry["slug"]
        assert len(entry["summary"]) <= 260, entry["slug"]


@pytest.fixture
def catalogue(db):
    sync_catalogue()
    return list(Method.objects.filter(municipality__isnull=True))


def found(methods, query):
    return [m.slug for m in search_catalogue(methods, selected={}, query=query).methods]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("clientenraad", "adviesraad-clientenraad"),
        ("CLIËNTENRAAD", "adviesraad-clientenraad"),
        ("verhalen", "storytelling"),
        ("wereldcafe", "wereldcafe"),
        ("klantreizen", "klantreis"),
        ("mystery guest", "mystery-guest"),
        ("appreciative inquiry", "waarderend-onderzoek"),
        ("cliëntervaringsonderzoek", "ceo-wmo"),
    ],
)
def test_search_on_the_real_catalogue(catalogue, query, expected):
    assert expected in found(catalogue, query)[:3]


def test_search_for_an_unknown_word_finds_nothing(catalogue):
    assert found(catalogue, "kwantumfysica") == []
