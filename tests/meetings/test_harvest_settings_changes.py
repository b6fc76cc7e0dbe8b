"""Changing a landkaart's themes or a wereldcafé's round questions leaves the items already
written with the theme or question they were given, also when such an item is changed later."""

import pytest

from samenspraak.meetings import services
from samenspraak.meetings.harvest import landkaart_entry
from samenspraak.meetings.models import HarvestItem
from samenspraak.organisations.models import Municipality
from samenspraak.organisations.roles import Role
from tests.factories import MunicipalityFactory, TrajectFactory

from .werkvorm_harvest_factories import tailored_session


@pytest.fixture
def traject(municipality):
    MunicipalityFactory(name="Oosterbeemd", region=municipality.region)
    return TrajectFactory(municipality=municipality)


@pytest.fixture
def staff(client, member_client):
    member_client(Role.MEDEWERKER)
    return client


def edit_url(item):
    return f"{item.session.get_absolute_url()}oogst/{item.pk}/wijzigen/"


def wereldcafe_item(session, number, text="Eerst bellen"):
    question = session.harvest_settings["rounds"][number - 1]
    return services.add_item(
        session=session,
        kind="uitspraak",
        text=text,
        table="A",
        round_number=number,
        details={"vraag": question},
        question_text=question,
    )


def wereldcafe_data(item, **changes):
    return {
        "ronde": str(item.round_number),
        "tafel": item.table,
        "kind": item.kind,
        "tekst": item.text,
        "mentions": str(item.mentions),
        **changes,
    }


@pytest.mark.django_db
def test_landkaart_item_keeps_a_removed_theme_when_changed(staff, traject):
    session = tailored_session(traject, "landkaart")
    theme = session.harvest_settings["themes"][0]
    item = services.add_item(session=session, **landkaart_entry("Oosterbeemd", theme, 2, "Los"))
    services.update_harvest_settings(session=session, lines=["Een ander thema"])

    assert f'<option value="{theme}" selected>' in staff.get(edit_url(item)).content.decode()
    response = staff.post(
        edit_url(item),
        {"gemeente": "Oosterbeemd", "thema": theme, "stand": "4", "toelichting": "Beter"},
    )
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.details["thema"], item.details["stand"]) == (theme, 4)
    assert item.contribution.question_text == theme


@pytest.mark.django_db
def test_removed_theme_is_offered_only_to_the_item_that_has_it(staff, traject):
    session = tailored_session(traject, "landkaart")
    theme = session.harvest_settings["themes"][0]
    kept = services.add_item(session=session, **landkaart_entry("Lindewaard", theme, 3))
    services.update_harvest_settings(session=session, lines=["Nieuw thema"])
    other = services.add_item(session=session, **landkaart_entry("Oosterbeemd", "Nieuw thema", 2))

    assert f'value="{theme}"' not in staff.get(edit_url(other)).content.decode()
    staff.post(edit_url(other), {"gemeente": "Oosterbeemd", "thema": theme, "stand": "2"})
    other.refresh_from_db()
    assert other.details["thema"] == "Nieuw thema"
    assert HarvestItem.objects.get(pk=kept.pk).details["thema"] == theme


@pytest.mark.django_db
def test_one_position_per_municipality_still_holds_on_a_removed_theme(staff, traject):
    session = tailored_session(traject, "landkaart")
    theme = session.harvest_settings["themes"][0]
    services.add_item(session=session, **landkaart_entry("Lindewaard", theme, 3))
    item = services.add_item(session=session, **landkaart_entry("Oosterbeemd", theme, 2))
    services.update_harvest_settings(session=session, lines=["Nieuw thema"])

    response = staff.post(edit_url(item), {"gemeente": "Lindewaard", "thema": theme, "stand": "2"})
    assert response.status_code == 200
    assert "thema" in response.context["form"].errors
    item.refresh_from_db()
    assert item.details["gemeente"] == "Oosterbeemd"


@pytest.mark.django_db
def test_wereldcafe_item_keeps_its_question_after_the_rounds_change(staff, traject):
    session = tailored_session(traject, "wereldcafe")
    item = wereldcafe_item(session, 2)
    question = item.details["vraag"]
    services.update_harvest_settings(session=session, lines=["Nieuwe eerste", "Nieuwe tweede"])

    page = staff.get(edit_url(item)).content.decode()
    assert question in page and "Nieuwe tweede" not in page
    response = staff.post(edit_url(item), wereldcafe_data(item, tekst="Eerst langs gaan"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert item.text == "Eerst langs gaan"
    assert item.details == {"vraag": question}
    assert item.contribution.question_text == question


@pytest.mark.django_db
def test_wereldcafe_item_moved_to_another_round_takes_that_rounds_question(staff, traject):
    session = tailored_session(traject, "wereldcafe")
    item = wereldcafe_item(session, 2)
    services.update_harvest_settings(session=session, lines=["Nieuwe eerste", "Nieuwe tweede"])

    staff.post(edit_url(item), wereldcafe_data(item, ronde="1"))
    item.refresh_from_db()
    assert item.round_number == 1
    assert item.details == {"vraag": "Nieuwe eerste"}
    assert item.contribution.question_text == "Nieuwe eerste"


@pytest.mark.django_db
def test_wereldcafe_item_can_be_changed_after_its_round_was_removed(staff, traject):
    session = tailored_session(traject, "wereldcafe")
    item = wereldcafe_item(session, 2)
    question = item.details["vraag"]
    services.update_harvest_settings(session=session, lines=["Alleen nog deze"])

    page = staff.get(edit_url(item))
    assert page.status_code == 200
    choices = page.context["form"].fields["ronde"].choices
    assert any(value == 2 and question in str(label) for value, label in choices)
    response = staff.post(edit_url(item), wereldcafe_data(item, mentions="3"))
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.round_number, item.mentions) == (2, 3)
    assert item.details == {"vraag": question}
    assert item.contribution.question_text == question
    # a round that is neither in the settings nor the item's own is still refused
    response = staff.post(edit_url(item), wereldcafe_data(item, ronde="3"))
    assert response.status_code == 200 and "ronde" in response.context["form"].errors


@pytest.mark.django_db
def test_werkbezoek_item_keeps_a_municipality_that_left_the_region(staff, traject, municipality):
    session = tailored_session(traject, "werkbezoek")
    item = services.add_item(
        session=session,
        kind="uitspraak",
        text="Vaste dagvoorzitter",
        details={"aspect": "werkt", "gemeente": "Oosterbeemd"},
    )
    Municipality.objects.filter(name="Oosterbeemd").update(region=None)
    data = {"aspect": "werkt", "tekst": "Een vaste dagvoorzitter", "gemeente": "Oosterbeemd"}

    assert staff.post(edit_url(item), data).status_code == 302
    item.refresh_from_db()
    assert (item.text, item.details["gemeente"]) == ("Een vaste dagvoorzitter", "Oosterbeemd")
    new = staff.get(session.get_absolute_url()).context["form"]
    assert "Oosterbeemd" not in [value for value, _label in new.fields["gemeente"].choices]
