"""Regional trajects: one question, plan and set of questionnaires that member municipalities
join with a traject of their own; the region compares only what the participants share."""

import random

import pytest

from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.models import Instrument
from samenspraak.organisations.roles import Role
from samenspraak.regions import regional
from samenspraak.regions.models import RegionalParticipation, SharingLevel
from samenspraak.regions.roles import RegionRole
from samenspraak.regions.services import set_sharing
from samenspraak.responses import services as response_services
from samenspraak.responses.demo import ceo_answers
from samenspraak.trajects.models import Traject
from tests.factories import MembershipFactory, MunicipalityFactory, UserFactory
from tests.regions.test_spiegel import run_ceo

pytestmark = pytest.mark.django_db

FORM = {
    "title": "Samen de weg naar cliëntondersteuning",
    "question": "Weten inwoners dat er gratis cliëntondersteuning is?",
    "goal": "Iedereen die hulp vraagt, hoort ervan.",
    "plan": "Maart — 0-meting in elke gemeente\n\n  Juni — regio-overleg over de spiegel  ",
    "template_keys": ["ceo-wmo", "toegangsscan"],
}


@pytest.fixture
def regional_traject(region):
    return regional.save_regional_traject(region=region, user=UserFactory(), **FORM)


def test_coordinator_starts_a_regional_traject_with_plan_and_questionnaires(
    client, region_client, region
):
    region_client(region, role=RegionRole.COORDINATOR)
    response = client.post(f"/regio/{region.slug}/regionale-trajecten/nieuw/", FORM)
    saved = region.regional_trajects.get()
    assert response.status_code == 302
    assert response["Location"] == f"/regio/{region.slug}/regionale-trajecten/{saved.pk}/"
    assert saved.plan == [
        "Maart — 0-meting in elke gemeente",
        "Juni — regio-overleg over de spiegel",
    ]
    assert saved.template_keys == ["ceo-wmo", "toegangsscan"]


def test_an_unknown_questionnaire_or_missing_question_keeps_what_was_typed(
    client, region_client, region
):
    region_client(region, role=RegionRole.COORDINATOR)
    response = client.post(
        f"/regio/{region.slug}/regionale-trajecten/nieuw/",
        {**FORM, "question": "", "template_keys": ["bestaat-niet"]},
    )
    assert response.status_code == 200
    assert not region.regional_trajects.exists()
    form = response.context["form"]
    assert set(form.errors) == {"question", "template_keys"}
    assert form["title"].value() == FORM["title"]


@pytest.mark.parametrize("who", ["reader", "staff"])
def test_only_a_coordinator_starts_or_changes_one(
    client, region_client, staff_client, region, lindewaard, regional_traject, who
):
    if who == "reader":
        region_client(region)
    else:
        staff_client(lindewaard, Role.BEHEERDER)
    base = f"/regio/{region.slug}/regionale-trajecten/"
    assert client.post(base + "nieuw/", FORM).status_code == 403
    assert client.post(f"{base}{regional_traject.pk}/bewerken/", FORM).status_code == 403
    assert client.get(f"{base}{regional_traject.pk}/").status_code == 200


def test_staff_join_with_their_own_traject_the_questionnaires_and_sharing(
    client, staff_client, region, lindewaard, regional_traject
):
    membership = staff_client(lindewaard, Role.MEDEWERKER)
    page = client.get(f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/")
    assert page.context["join_form"] is not None

    response = client.post(
        f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/meedoen/",
        {"municipality": lindewaard.pk},
    )

    participation = RegionalParticipation.objects.get()
    traject = participation.traject
    assert response["Location"] == traject.get_absolute_url()
    assert traject.municipality == lindewaard and traject.created_by == membership.user
    assert traject.question == FORM["question"] and traject.goal == FORM["goal"]
    instruments = Instrument.objects.filter(traject=traject)
    assert sorted(instruments.values_list("template_key", flat=True)) == [
        "ceo-wmo",
        "toegangsscan",
    ]
    assert {i.status for i in instruments} == {Instrument.Status.CONCEPT}
    assert traject.sharing.level == SharingLevel.AGGREGATEN


def test_joining_twice_or_without_the_permission_saves_nothing(
    client, staff_client, region, lindewaard, regional_traject
):
    staff = MembershipFactory(municipality=lindewaard, role=Role.MEDEWERKER).user
    regional.join(regional=regional_traject, municipality=lindewaard, user=staff)
    trajects = Traject.objects.count()
    with pytest.raises(Exception, match=r"doet al mee|joined already"):
        regional.join(regional=regional_traject, municipality=lindewaard, user=staff)

    staff_client(lindewaard, Role.ADVIESRAAD)  # reads results, runs no trajects
    page = client.get(f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/")
    assert page.context["join_form"] is None
    response = client.post(
        f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/meedoen/",
        {"municipality": lindewaard.pk},
    )
    assert response.status_code == 200 and response.context["join_form"].errors
    assert Traject.objects.count() == trajects
    assert RegionalParticipation.objects.count() == 1


def test_a_municipality_of_another_region_cannot_join(region, other_region, regional_traject):
    elsewhere = MunicipalityFactory(region=other_region)
    staff = MembershipFactory(municipality=elsewhere, role=Role.BEHEERDER).user
    with pytest.raises(Exception, match=r"regio|region"):
        regional.join(regional=regional_traject, municipality=elsewhere, user=staff)
    assert not Traject.objects.filter(municipality=elsewhere).exists()


def _publish_and_answer(traject, values):
    instrument = Instrument.objects.get(traject=traject, template_key="ceo-wmo")
    instrument_services.publish(
        instrument=instrument, opens_on=None, closes_on=None, access=Instrument.Access.OPEN
    )
    for value in values:
        answers = ceo_answers(random.Random(3))
        answers["wist_waar"] = value
        response_services.submit_complete(instrument=instrument, answers=answers, channel="online")


def test_its_comparison_holds_only_participants_that_share(
    client, region_client, region, lindewaard, oosterbeemd, regional_traject
):
    for municipality, values in ((lindewaard, ["5"] * 5), (oosterbeemd, ["2"] * 5)):
        staff = MembershipFactory(municipality=municipality, role=Role.BEHEERDER).user
        joined = regional.join(regional=regional_traject, municipality=municipality, user=staff)
        _publish_and_answer(joined.traject, values)
    run_ceo(MunicipalityFactory(name="Buitenstaander", region=region), ["4"] * 5)
    region.compare_anonymously = False
    region.save()
    region_client(region)
    url = f"/regio/{region.slug}/spiegel/ceo-wmo/"

    narrowed = client.get(url, {"regionaal": regional_traject.pk})
    everyone = client.get(url)

    labels = [str(c.label) for c in narrowed.context["comparison"].columns]
    assert "Buitenstaander" not in labels and "Lindewaard" in labels
    assert "Buitenstaander" in [str(c.label) for c in everyone.context["comparison"].columns]
    export = client.get(url + "spiegel.csv", {"regionaal": regional_traject.pk})
    assert "Buitenstaander" not in b"".join(export.streaming_content).decode()

    # A participant that stops sharing leaves the comparison and shows no state.
    set_sharing(
        traject=Traject.objects.get(municipality=oosterbeemd),
        level=SharingLevel.NIETS,
        user=UserFactory(),
    )
    assert client.get(url, {"regionaal": regional_traject.pk}).status_code == 404
    page = client.get(f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/")
    shared = {p.participation.municipality.name: p.shared for p in page.context["participants"]}
    assert shared == {"Lindewaard": True, "Oosterbeemd": False}


def test_a_regional_traject_of_another_region_is_not_found(
    client, region_client, region, other_region, regional_traject
):
    region_client(other_region, role=RegionRole.COORDINATOR)
    base = f"/regio/{other_region.slug}/"
    assert client.get(f"{base}regionale-trajecten/{regional_traject.pk}/").status_code == 404
    assert client.get(f"{base}spiegel/ceo-wmo/", {"regionaal": "x"}).status_code == 404


def test_the_joined_traject_says_it_is_part_of_the_regional_traject(
    client, staff_client, region, lindewaard, regional_traject
):
    membership = staff_client(lindewaard, Role.BEHEERDER)
    joined = regional.join(regional=regional_traject, municipality=lindewaard, user=membership.user)
    other = Traject.objects.create(municipality=lindewaard, title="Eigen traject", question="?")

    text = client.get(joined.traject.get_absolute_url()).content.decode()

    assert f"/regio/{region.slug}/regionale-trajecten/{regional_traject.pk}/" in text
    assert "/regionale-trajecten/" not in client.get(other.get_absolute_url()).content.decode()
