"""Choosing what a measured indicator reads: only a journey phase or mystery guest criterion of
this traject, checked by the form and again by the service; nothing is saved half."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.translation import gettext as _

from samenspraak.actions import selectors, services
from samenspraak.actions.forms import IndicatorForm
from samenspraak.actions.models import Indicator
from samenspraak.organisations.roles import Role
from tests.actions.conftest import mystery_round
from tests.factories import InstrumentFactory, JourneyFactory, TrajectFactory

pytestmark = pytest.mark.django_db


def journey_indicator(goal, journey, phase_key="gesprek", **fields):
    return services.save_indicator(
        goal=goal,
        name="Het gesprek",
        kind="gemeten",
        source="klantreis",
        journey=journey,
        phase_key=phase_key,
        measure="gemiddelde",
        **fields,
    )


def mystery_indicator(goal, name):
    return services.save_indicator(
        goal=goal,
        name="Vindbaarheid",
        kind="gemeten",
        source="mysteryguest",
        criterion_name=name,
        measure="aandeel",
    )


def test_service_refuses_a_journey_of_another_traject_or_municipality(
    goal, journey, other_municipality
):
    for other in (
        JourneyFactory(traject=TrajectFactory(municipality=goal.traject.municipality)),
        JourneyFactory(traject=TrajectFactory(municipality=other_municipality)),
    ):
        with pytest.raises(ValidationError) as error:
            journey_indicator(goal, other)
        assert set(error.value.message_dict) == {"phase"}
    with pytest.raises(ValidationError) as error:
        journey_indicator(goal, journey, phase_key="bestaat-niet")
    assert set(error.value.message_dict) == {"phase"}
    with pytest.raises(ValidationError):
        journey_indicator(goal, None)
    assert not Indicator.objects.exists()


def test_service_refuses_a_criterion_of_another_traject_or_municipality(goal, other_municipality):
    mystery_round(goal.traject, "Najaar", ["Bejegening"])
    mystery_round(TrajectFactory(municipality=goal.traject.municipality), "Ander", ["Wachttijd"])
    mystery_round(TrajectFactory(municipality=other_municipality), "Elders", ["Vindbaarheid"])
    for name in ("Wachttijd", "Vindbaarheid", "", "   "):
        with pytest.raises(ValidationError) as error:
            mystery_indicator(goal, name)
        assert set(error.value.message_dict) == {"criterion"}
    assert not Indicator.objects.exists()
    assert mystery_indicator(goal, "BEJEGENING").criterion_name == "Bejegening"


def test_service_keeps_only_the_chosen_source(goal, journey):
    instrument = InstrumentFactory(traject=goal.traject)
    indicator = journey_indicator(
        goal,
        journey,
        instrument=instrument,
        question_key="serieus",
        positive_values=["4", "5"],
        criterion_name="Vindbaarheid",
    )
    indicator.refresh_from_db()
    assert (indicator.source, indicator.journey, indicator.phase_key) == (
        "klantreis",
        journey,
        "gesprek",
    )
    assert (indicator.instrument, indicator.question_key, indicator.positive_values) == (
        None,
        "",
        [],
    )
    assert indicator.criterion_name == ""
    counted = services.save_indicator(
        goal=goal, name="Klachten", kind="geteld", source="klantreis", journey=journey
    )
    assert (counted.source, counted.journey, counted.phase_key) == ("vragenlijst", None, "")


def form(goal, data=None):
    traject = goal.traject
    return IndicatorForm(
        data,
        traject=traject,
        questions=selectors.question_choices(traject),
        phases=selectors.phase_choices(traject),
        criteria=selectors.criterion_choices(traject),
    )


def test_form_offers_only_this_trajects_phases_and_criteria(goal):
    fields = form(goal).fields
    assert "source" not in fields and "phase" not in fields  # only questions to choose from
    journey = JourneyFactory(traject=goal.traject)
    other = TrajectFactory(municipality=goal.traject.municipality)
    JourneyFactory(traject=other, title="Andere reis")
    mystery_round(other, "Ander", ["Wachttijd"])
    mystery_round(goal.traject, "Voorjaar", ["Vindbaarheid", "Bejegening"])
    mystery_round(goal.traject, "Najaar", ["vindbaarheid ", "Wachttijd"])
    fields = form(goal).fields
    assert [value for value, _label in fields["source"].choices] == [
        "vragenlijst",
        "klantreis",
        "mysteryguest",
    ]
    assert [value for value, _label in fields["phase"].choices] == [
        "",
        f"{journey.pk}:zoeken",
        f"{journey.pk}:gesprek",
        f"{journey.pk}:besluit",
    ]
    # Each name once, as the first round spells it; the other traject's criterion is not there.
    assert [value for value, _label in fields["criterion"].choices] == [
        "",
        "Vindbaarheid",
        "Bejegening",
        "Wachttijd",
    ]


def test_form_refuses_a_phase_of_another_traject_and_asks_for_a_missing_one(goal, journey):
    other = JourneyFactory(traject=TrajectFactory(municipality=goal.traject.municipality))
    base = {
        "goal": goal.pk,
        "name": "Het gesprek",
        "kind": "gemeten",
        "source": "klantreis",
        "measure": "gemiddelde",
        "direction": "hoger",
    }
    foreign = form(goal, {**base, "phase": f"{other.pk}:gesprek"})
    assert not foreign.is_valid() and "phase" in foreign.errors
    missing = form(goal, base)
    assert not missing.is_valid()
    with translation.override("nl"):
        assert missing.errors["phase"] == [_("Choose the journey phase this indicator reads.")]
    good = form(goal, {**base, "phase": f"{journey.pk}:gesprek"})
    assert good.is_valid(), good.errors
    assert (good.cleaned_data["journey_pk"], good.cleaned_data["phase_key"]) == (
        journey.pk,
        "gesprek",
    )


def test_goal_page_saves_a_journey_and_a_mystery_indicator(
    client, member_client, goal, journey, other_municipality
):
    mystery_round(goal.traject, "Najaar", ["Vindbaarheid"])
    elsewhere = JourneyFactory(traject=TrajectFactory(municipality=other_municipality))
    member_client(Role.MEDEWERKER)
    url = f"/werkruimte/lindewaard/trajecten/{goal.traject_id}/doelen/"
    page = client.get(url).content.decode()
    assert "Hoe ging uw weg naar hulp? — Het gesprek" in page and "Vindbaarheid" in page
    base = {
        "formulier": "indicator",
        "goal": goal.pk,
        "kind": "gemeten",
        "measure": "gemiddelde",
        "direction": "hoger",
    }
    refused = client.post(
        url, {**base, "name": "Ergens anders", "source": "klantreis", "phase": f"{elsewhere.pk}:x"}
    )
    assert refused.status_code == 200 and 'aria-invalid="true"' in refused.content.decode()
    refused = client.post(
        url, {**base, "name": "Onbekend", "source": "mysteryguest", "criterion": "Wachttijd"}
    )
    assert refused.status_code == 200
    assert not Indicator.objects.exists()
    saved = client.post(
        url, {**base, "name": "Gesprek", "source": "klantreis", "phase": f"{journey.pk}:gesprek"}
    )
    assert saved.status_code == 302
    client.post(
        url,
        {
            **base,
            "name": "Vindbaar",
            "source": "mysteryguest",
            "criterion": "Vindbaarheid",
            "measure": "aandeel",
        },
    )
    assert list(
        Indicator.objects.order_by("pk").values_list(
            "name", "source", "journey", "phase_key", "criterion_name"
        )
    ) == [
        ("Gesprek", "klantreis", journey.pk, "gesprek", ""),
        ("Vindbaar", "mysteryguest", None, "", "Vindbaarheid"),
    ]
