"""Facet filters: AND across facets, OR within one, with counts that answer 'what if'."""

import pytest

from samenspraak.methods.facets import FACETS
from samenspraak.methods.selectors import search_catalogue
from tests.factories import MethodFactory


@pytest.fixture
def methods(db):
    return [
        MethodFactory(
            slug="poll",
            data_overrides={
                "type": "peiling",
                "phases": ["ophalen"],
                "depth": ["peilend"],
                "channel": "online",
                "target_groups": ["inwoners", "jongeren"],
                "group_sizes": ["breed"],
                "cost": "laag",
                "lead_time": "dagen",
                "question_focus": ["huidige-ervaring"],
            },
        ),
        MethodFactory(
            slug="journey",
            data_overrides={
                "type": "verdiepende-gespreksmethode",
                "phases": ["ophalen", "vertalen"],
                "depth": ["verdiepend"],
                "channel": "beide",
                "target_groups": ["clienten", "lvb"],
                "group_sizes": ["individueel"],
                "cost": "middel",
                "lead_time": "weken",
                "regional_purposes": ["aanpak-vergelijken"],
            },
        ),
        MethodFactory(
            slug="council",
            data_overrides={
                "type": "algemene-gespreksmethode",
                "phases": ["veranderen", "terugkoppelen"],
                "depth": ["structureel"],
                "channel": "fysiek",
                "target_groups": ["adviesraad"],
                "group_sizes": ["klein"],
                "participation_levels": ["adviseren"],
                "effort": "hoog",
                "lead_time": "maanden",
            },
        ),
    ]


def slugs(result):
    return sorted(m.slug for m in result.methods)


@pytest.mark.parametrize(
    ("facet", "value", "expected"),
    [
        ("type", "peiling", ["poll"]),
        ("phases", "vertalen", ["journey"]),
        ("depth", "structureel", ["council"]),
        ("participation_levels", "adviseren", ["council"]),
        ("target_groups", "lvb", ["journey"]),
        ("regional_purposes", "aanpak-vergelijken", ["journey"]),
        ("channel", "online", ["poll"]),
        ("effort", "hoog", ["council"]),
        ("cost", "middel", ["journey"]),
        ("lead_time", "maanden", ["council"]),
        ("group_sizes", "breed", ["poll"]),
        ("question_focus", "huidige-ervaring", ["poll"]),
    ],
)
def test_each_facet_filters(methods, facet, value, expected):
    assert slugs(search_catalogue(methods, selected={facet: {value}})) == expected


def test_every_facet_is_covered_by_the_test_above():
    tested = {
        "type",
        "phases",
        "depth",
        "participation_levels",
        "target_groups",
        "regional_purposes",
        "channel",
        "effort",
        "cost",
        "lead_time",
        "group_sizes",
        "question_focus",
    }
    assert {facet.key for facet in FACETS} == tested


def test_values_within_a_facet_are_alternatives(methods):
    result = search_catalogue(methods, selected={"depth": {"peilend", "verdiepend"}})
    assert slugs(result) == ["journey", "poll"]


def test_facets_combine(methods):
    result = search_catalogue(methods, selected={"phases": {"ophalen"}, "channel": {"online"}})
    assert slugs(result) == ["poll"]


def test_filters_combine_with_search(methods):
    result = search_catalogue(methods, selected={"phases": {"ophalen"}}, query="methode")
    assert slugs(result) == ["journey", "poll"]


def test_counts_show_what_each_option_would_give(methods):
    result = search_catalogue(methods, selected={"phases": {"ophalen"}})
    counts = {
        (facet.key, option.value): option.count
        for facet in result.facets
        for option in facet.options
    }
    assert counts[("channel", "online")] == 1  # poll, among the two ophalen methods
    assert counts[("channel", "fysiek")] == 0
    # Within the chosen facet, counts ignore that facet's own selection.
    assert counts[("phases", "veranderen")] == 1
    assert counts[("phases", "ophalen")] == 2


@pytest.mark.django_db
def test_catalogue_page_filters_without_javascript(client, methods):
    html = client.get("/methoden/?depth=structureel").content.decode()
    assert "1 werkvorm gevonden" in html
    assert 'value="structureel" id="f-depth-structureel" checked' in html


@pytest.mark.django_db
def test_unknown_filter_value_is_ignored_not_an_error(client, methods):
    response = client.get("/methoden/?depth=onzin&q=")
    assert response.status_code == 200
