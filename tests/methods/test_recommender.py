"""The keuzehulp's mechanics on small, hand-made catalogues."""

import pytest

from samenspraak.methods.recommender import RecommenderQuery, balanced_mix, recommend
from tests.factories import MethodFactory


def q(**kwargs):
    return RecommenderQuery(
        **{k: frozenset(v) if isinstance(v, set) else v for k, v in kwargs.items()}
    )


@pytest.fixture
def catalogue(db):
    return {
        "peiling": MethodFactory(
            slug="peiling",
            data_overrides={
                "phases": ["ophalen"],
                "depth": ["peilend"],
                "channel": "online",
                "group_sizes": ["breed"],
                "cost": "laag",
                "lead_time": "dagen",
                "target_groups": ["inwoners"],
                "question_focus": ["huidige-ervaring"],
            },
        ),
        "praatplaat": MethodFactory(
            slug="praatplaat",
            data_overrides={
                "phases": ["ophalen"],
                "depth": ["verdiepend"],
                "channel": "fysiek",
                "group_sizes": ["klein"],
                "target_groups": ["lvb", "laaggeletterden"],
                "judged_facets": ["group_sizes"],
                "pitfalls": ["Neem genoeg tijd; haast maakt mensen onzeker."],
            },
        ),
        "panel": MethodFactory(
            slug="panel",
            data_overrides={
                "phases": ["ophalen", "terugkoppelen"],
                "depth": ["structureel"],
                "channel": "beide",
                "group_sizes": ["groot"],
                "cost": "hoog",
                "lead_time": "maanden",
                "target_groups": ["clienten"],
            },
        ),
    }


def ranking(catalogue, query):
    return [r.method.slug for r in recommend(catalogue.values(), query)]


def test_target_group_drives_the_ranking(catalogue):
    assert ranking(catalogue, q(target_groups={"lvb"}))[0] == "praatplaat"


def test_channel_mismatch_is_penalised_and_explained(catalogue):
    result = recommend(catalogue.values(), q(channel="online"))
    slugs = [r.method.slug for r in result]
    assert slugs.index("praatplaat") == 2
    praatplaat = next(r for r in result if r.method.slug == "praatplaat")
    assert any("alleen fysiek" in w.text for w in praatplaat.watch_outs)


def test_time_and_budget_limits(catalogue):
    result = recommend(catalogue.values(), q(max_lead_time="weken", max_cost="middel"))
    panel = next(r for r in result if r.method.slug == "panel")
    assert result[-1].method.slug == "panel"
    texts = " ".join(w.text for w in panel.watch_outs)
    assert "voorbereiding" in texts and "Kost meer" in texts


def test_every_recommendation_says_why(catalogue):
    for rec in recommend(catalogue.values(), q(phases={"ophalen"}, depths={"verdiepend"})):
        assert rec.reasons, rec.method.slug
        assert 0 <= rec.fit <= 100


def test_judged_facets_are_flagged_in_reasons(catalogue):
    rec = recommend(catalogue.values(), q(group_sizes={"klein"}))[0]
    assert rec.method.slug == "praatplaat"
    assert any(reason.judged for reason in rec.reasons)


def test_pitfall_from_the_sources_is_a_watch_out(catalogue):
    rec = recommend(catalogue.values(), q(target_groups={"lvb"}))[0]
    assert "Neem genoeg tijd; haast maakt mensen onzeker." in [w.text for w in rec.watch_outs]


def test_fit_is_complete_when_everything_matches(catalogue):
    rec = recommend(
        catalogue.values(), q(phases={"ophalen"}, depths={"peilend"}, channel="online")
    )[0]
    assert (rec.method.slug, rec.fit) == ("peiling", 100)


def test_balanced_mix_has_one_method_per_depth(catalogue):
    query = q(phases={"ophalen"})
    mix = balanced_mix(recommend(catalogue.values(), query), query)
    depths = [r.method.values("depth")[0] for r in mix]
    assert depths == ["peilend", "verdiepend", "structureel"]


def test_balanced_mix_covers_every_chosen_phase(catalogue):
    extra = MethodFactory(
        slug="verhalen", data_overrides={"phases": ["vertalen"], "depth": ["peilend"]}
    )
    methods = [*catalogue.values(), extra]
    query = q(phases={"ophalen", "vertalen"})
    mix = balanced_mix(recommend(methods, query), query)
    covered = {phase for r in mix for phase in r.method.values("phases")}
    assert {"ophalen", "vertalen"} <= covered


def test_empty_query_still_ranks_everything(catalogue):
    assert len(recommend(catalogue.values(), RecommenderQuery())) == 3


def test_a_method_made_for_the_group_ranks_above_one_that_includes_it(db):
    broad = MethodFactory(slug="breed", data_overrides={"target_groups": ["inwoners", "lvb"]})
    made_for = MethodFactory(slug="lvb", data_overrides={"target_groups": ["lvb"]})
    ranked = recommend([broad, made_for], q(target_groups={"lvb"}))
    assert [r.method.slug for r in ranked] == ["lvb", "breed"]
    assert ranked[0].fit == 100 > ranked[1].fit


def test_a_stated_fit_outranks_the_same_fit_as_our_estimate(db):
    estimated = MethodFactory(
        slug="geschat", name="A", data_overrides={"depth": ["peilend"], "judged_facets": ["depth"]}
    )
    stated = MethodFactory(slug="bron", name="B", data_overrides={"depth": ["peilend"]})
    ranked = recommend([estimated, stated], q(depths={"peilend"}))
    assert [r.method.slug for r in ranked] == ["bron", "geschat"]


def test_guides_rank_below_an_equal_method_and_say_what_they_are(db):
    guide = MethodFactory(slug="gids", name="A", data_overrides={"type": "hulpmiddel"})
    method = MethodFactory(slug="werkvorm", name="B")
    ranked = recommend([guide, method], q(phases={"ophalen"}))
    assert [r.method.slug for r in ranked] == ["werkvorm", "gids"]
    assert any("handreiking of overzicht" in w.text for w in ranked[1].watch_outs)


def test_a_free_text_goal_favours_methods_whose_texts_match(db):
    plain = MethodFactory(slug="gewoon", name="A")
    matching = MethodFactory(
        slug="knelpunt",
        name="B",
        data_overrides={"when": "Als u wilt weten waar cliënten vastlopen: de knelpunten."},
    )
    ranked = recommend([plain, matching], q(goal="Welke knelpunten ervaren cliënten?"))
    assert ranked[0].method.slug == "knelpunt"
    assert any("knelpunten" in reason.text for reason in ranked[0].reasons)
    assert ranked[1].fit < ranked[0].fit
