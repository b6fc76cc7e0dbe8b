"""The keuzehulp on the real catalogue, for situations the source documents describe.

Each scenario is a question a municipality brings; the expected methods are the ones the
sources themselves point to for that situation.
"""

import pytest
from django.utils import translation

from samenspraak.methods.models import Method
from samenspraak.methods.recommender import RecommenderQuery, balanced_mix, recommend
from samenspraak.methods.services import sync_catalogue


@pytest.fixture(scope="module")
def catalogue(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        sync_catalogue()
        methods = list(Method.objects.filter(municipality__isnull=True))
        yield methods
        Method.objects.filter(municipality__isnull=True).delete()


@pytest.fixture(autouse=True)
def english():
    """Reasons are asserted on their English source text."""
    with translation.override("en"):
        yield


def q(**kwargs):
    return RecommenderQuery(
        **{k: frozenset(v) if isinstance(v, set) else v for k, v in kwargs.items()}
    )


def top(catalogue, query, n):
    return [r.method.slug for r in recommend(catalogue, query)[:n]]


def test_reaching_people_with_a_mild_intellectual_disability(catalogue):
    query = q(phases={"ophalen"}, target_groups={"lvb"}, channel="fysiek")
    ranked = top(catalogue, query, 5)
    assert ranked[0] == "praat-met-mij"
    assert {"spelvormen", "praatplaat"} <= set(ranked)


def test_comparing_approaches_across_the_region(catalogue):
    query = q(regional_purposes={"aanpak-vergelijken"}, target_groups={"regiogemeenten"})
    ranked = recommend(catalogue, query)
    assert {r.method.slug for r in ranked[:4]} == {
        "ggz-spiegel",
        "klantreis",
        "mystery-guest",
        "persona",
    }
    assert any("regional purpose" in reason.text for reason in ranked[0].reasons)


def test_a_quick_broad_poll(catalogue):
    query = q(
        phases={"ophalen"},
        depths={"peilend"},
        channel="online",
        max_lead_time="dagen",
        max_cost="laag",
        group_sizes={"breed"},
    )
    ranked = recommend(catalogue, query)
    slugs = [r.method.slug for r in ranked]
    assert "flitspeiling" in slugs[:2]
    assert all(r.method.data["type"] == "peiling" for r in ranked[:4])
    assert all(r.method.data["lead_time"] != "maanden" for r in ranked[:6])


def test_deep_insight_in_where_clients_get_stuck(catalogue):
    query = q(
        phases={"ophalen"},
        focus="huidige-ervaring",
        depths={"verdiepend"},
        target_groups={"clienten"},
        group_sizes={"individueel"},
        goal="Waar lopen cliënten vast? Knelpunten in de toegang",
    )
    ranked = recommend(catalogue, query)
    assert {"shadowing", "klantreis"} <= {r.method.slug for r in ranked[:3]}
    assert any("knelpunten" in reason.text.lower() for reason in ranked[0].reasons)


def test_reaching_young_people(catalogue):
    assert top(catalogue, q(phases={"ophalen"}, target_groups={"jongeren"}), 1) == [
        "vloggen-met-jongeren"
    ]


def test_talking_with_homeless_people_on_a_small_budget(catalogue):
    query = q(
        phases={"ophalen"}, target_groups={"dak-en-thuislozen"}, channel="fysiek", max_cost="laag"
    )
    assert top(catalogue, query, 2) == ["pizzameeting", "peerconsultatie"]


def test_a_lasting_voice_for_residents(catalogue):
    query = q(
        depths={"structureel"},
        target_groups={"inwoners", "clienten"},
        levels={"adviseren"},
        phases={"ophalen", "veranderen"},
    )
    assert set(top(catalogue, query, 2)) == {"klantenpanel", "adviesraad-clientenraad"}


def test_informing_residents_together_with_the_region(catalogue):
    query = q(regional_purposes={"inwoners-informeren"}, levels={"informeren"})
    ranked = recommend(catalogue, query)
    assert {r.method.slug for r in ranked[:2]} == {"de-week-van", "kunst-en-cultuur"}
    assert ranked[2].fit < ranked[1].fit


def test_letting_residents_co_decide(catalogue):
    query = q(levels={"meebeslissen"}, phases={"veranderen"}, depths={"structureel"})
    assert set(top(catalogue, query, 2)) == {"methode-jet", "maatschappelijk-akkoord"}


def test_hearing_people_with_mental_health_problems(catalogue):
    assert top(catalogue, q(target_groups={"ggz"}, phases={"ophalen"}), 1) == ["ggz-spiegel"]


def test_goals_and_indicators_with_carers(catalogue):
    query = q(
        target_groups={"naasten"}, phases={"veranderen", "terugkoppelen"}, depths={"structureel"}
    )
    assert top(catalogue, query, 1) == ["doelenboom"]


def test_the_yearly_client_experience_survey(catalogue):
    query = q(
        phases={"ophalen", "terugkoppelen"},
        target_groups={"clienten"},
        group_sizes={"breed"},
        depths={"structureel"},
    )
    assert set(top(catalogue, query, 2)) == {"ceo-wmo", "continu-clientervaringsonderzoek"}


def test_stimulating_regional_cooperation(catalogue):
    query = q(regional_purposes={"samenwerking-stimuleren"})
    ranked = recommend(catalogue, query)
    leaders = [r for r in ranked if r.fit == 100]
    assert {"wereldcafe", "landkaart", "netwerkanalyse", "innovatiespiraal"} <= {
        r.method.slug for r in leaders
    }
    assert all("samenwerking-stimuleren" in r.method.values("regional_purposes") for r in leaders)


def test_guides_rank_below_the_methods_they_describe(catalogue):
    query = q(phases={"ophalen"}, depths={"peilend"}, channel="online", group_sizes={"breed"})
    ranked = recommend(catalogue, query)
    position = {r.method.slug: i for i, r in enumerate(ranked)}
    assert position["flitspeiling"] < position["keuzewijzer-e-tools"]
    guide = ranked[position["keuzewijzer-e-tools"]]
    assert any("guide or overview" in w.text for w in guide.watch_outs)


def test_the_mix_spans_the_depths_and_covers_every_chosen_phase(catalogue):
    query = q(phases={"ophalen", "terugkoppelen"}, target_groups={"clienten", "inwoners"})
    mix = balanced_mix(recommend(catalogue, query), query)
    depths = [d for r in mix for d in r.method.values("depth")]
    assert {"peilend", "verdiepend", "structureel"} <= set(depths)
    phases = {p for r in mix for p in r.method.values("phases")}
    assert {"ophalen", "terugkoppelen"} <= phases
