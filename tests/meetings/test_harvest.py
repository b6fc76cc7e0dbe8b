"""Recording a meeting's harvest: each item is also a contribution, and they move together."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from samenspraak.insights.models import Contribution
from samenspraak.meetings import services
from samenspraak.meetings.models import HarvestItem, MeetingSession
from tests.factories import MeetingSessionFactory, MethodFactory, TrajectFactory


@pytest.fixture
def session(municipality):
    return MeetingSessionFactory(
        traject=TrajectFactory(municipality=municipality), method=MethodFactory()
    )


@pytest.mark.django_db
def test_item_becomes_a_tagged_contribution(session):
    item = services.add_item(
        session=session,
        kind="citaat",
        text="  Ik wist niet dat ik hulp mocht vragen voor mijn moeder.  ",
        table="3",
        round_number=2,
        mentions=4,
    )
    contribution = Contribution.objects.get()
    assert contribution == item.contribution
    assert contribution.text == "Ik wist niet dat ik hulp mocht vragen voor mijn moeder."
    assert contribution.source_type == "gespreksoogst"
    assert contribution.municipality == session.municipality
    assert contribution.traject == session.traject
    assert contribution.method == session.method
    assert contribution.created_on == session.held_on
    assert contribution.channel == "bijeenkomst"
    assert contribution.harvest_item.mentions == 4


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"kind": "citaat", "text": "   "}, "text"),
        ({"kind": "gerucht", "text": "Iets"}, "kind"),
        ({"kind": "idee", "text": "Iets", "mentions": 0}, "mentions"),
        ({"kind": "idee", "text": "Iets", "round_number": 0}, "round_number"),
    ],
)
def test_invalid_item_saves_nothing(session, fields, field):
    with pytest.raises(ValidationError) as error:
        services.add_item(session=session, **fields)
    assert field in error.value.message_dict
    assert not Contribution.objects.exists()
    assert not HarvestItem.objects.exists()


@pytest.mark.django_db
def test_removing_an_item_removes_its_contribution(session):
    keep = services.add_item(session=session, kind="idee", text="Spreekuur in de bibliotheek")
    gone = services.add_item(session=session, kind="uitspraak", text="De brief was onduidelijk")
    services.remove_item(item=gone)
    assert list(Contribution.objects.values_list("text", flat=True)) == [keep.text]
    assert list(session.items.all()) == [keep]


@pytest.mark.django_db
def test_deleting_a_session_empties_its_part_of_the_pool(session):
    services.add_item(session=session, kind="idee", text="Spreekuur in de bibliotheek")
    other = MeetingSessionFactory(traject=session.traject)
    services.add_item(session=other, kind="idee", text="Een vaste contactpersoon")
    services.delete_session(session=session)
    assert list(Contribution.objects.values_list("text", flat=True)) == ["Een vaste contactpersoon"]
    assert list(MeetingSession.objects.all()) == [other]


@pytest.mark.django_db
def test_changing_method_and_date_follows_into_the_pool(session):
    services.add_item(session=session, kind="idee", text="Spreekuur in de bibliotheek")
    focusgroep = MethodFactory(slug="focusgroep", name="Focusgroep")
    services.update_session(
        session=session,
        method=focusgroep,
        title="Focusgroep mantelzorgers",
        held_on=datetime.date(2026, 9, 15),
        participant_count=8,
        participant_kinds="mantelzorgers",
    )
    contribution = Contribution.objects.get()
    assert contribution.method == focusgroep
    assert contribution.created_on == datetime.date(2026, 9, 15)


@pytest.mark.django_db
def test_a_meeting_cannot_be_in_the_future(municipality):
    with pytest.raises(ValidationError) as error:
        services.create_session(
            traject=TrajectFactory(municipality=municipality),
            method=None,
            title="Dialoogtafel",
            held_on=datetime.date.today() + datetime.timedelta(days=3),
            participant_count=10,
            participant_kinds="inwoners",
        )
    assert "held_on" in error.value.message_dict
    assert not MeetingSession.objects.exists()


@pytest.mark.django_db
def test_another_municipalitys_own_method_is_refused(municipality, other_municipality):
    foreign = MethodFactory(slug="eigen", name="Eigen methode", municipality=other_municipality)
    with pytest.raises(ValidationError) as error:
        services.create_session(
            traject=TrajectFactory(municipality=municipality),
            method=foreign,
            title="Gesprek",
            held_on=datetime.date(2026, 10, 1),
            participant_count=5,
            participant_kinds="inwoners",
        )
    assert "method" in error.value.message_dict
