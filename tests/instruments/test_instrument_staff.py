import csv
import datetime
import io

import pytest
from PIL import Image

from samenspraak.instruments import templates_catalogue
from samenspraak.instruments.models import Instrument, InvitationCode
from samenspraak.instruments.templates_catalogue import QuestionnaireTemplate
from samenspraak.organisations.roles import Role
from tests.factories import InstrumentFactory, TrajectFactory, questionnaire_definition


@pytest.fixture
def traject(municipality):
    return TrajectFactory(municipality=municipality)


@pytest.fixture
def instrument(traject):
    return InstrumentFactory(traject=traject, status="concept")


@pytest.fixture
def fake_templates(monkeypatch):
    definition = questionnaire_definition(
        intro="{gemeente} wil weten hoe u de hulp ervaart. Het duurt drie minuten."
    )
    template = QuestionnaireTemplate("proef", "Proef", "", ("toegangsscan",), definition)
    monkeypatch.setattr(templates_catalogue, "templates", lambda: {"proef": template})
    monkeypatch.setattr("samenspraak.instruments.services.templates", lambda: {"proef": template})
    monkeypatch.setattr("samenspraak.instruments.forms.templates", lambda: {"proef": template})


def base(instrument):
    return f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/"


@pytest.mark.django_db
def test_questionnaire_is_made_from_a_template(client, member_client, traject, fake_templates):
    member_client(Role.MEDEWERKER)
    response = client.post(
        f"/werkruimte/lindewaard/trajecten/{traject.pk}/vragenlijst-maken/",
        {"template": "proef", "title": ""},
    )
    instrument = Instrument.objects.get()
    assert response.url == base(instrument)
    assert instrument.title == "Proef"
    assert instrument.status == Instrument.Status.CONCEPT
    definition = instrument.current_version.definition
    assert definition["intro"].startswith("Lindewaard wil weten")
    assert [r.name for r in instrument.rounds.all()] == ["0-meting"]


@pytest.mark.django_db
def test_publish_with_dates_and_close(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(
        base(instrument) + "publiceren/",
        {
            "opens_on": "2026-01-01",
            "closes_on": "2099-12-31",
            "access": "open",
            "feedback_expected": "in juni 2027",
        },
    )
    instrument.refresh_from_db()
    assert instrument.status == Instrument.Status.GEPUBLICEERD
    assert instrument.is_open
    client.post(base(instrument) + "sluiten/")
    instrument.refresh_from_db()
    assert instrument.status == Instrument.Status.GESLOTEN


@pytest.mark.django_db
def test_closing_before_opening_is_refused_and_input_kept(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    response = client.post(
        base(instrument) + "publiceren/",
        {"opens_on": "2027-05-01", "closes_on": "2027-04-01", "access": "open"},
    )
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert "De einddatum moet op of na de begindatum liggen." in html
    assert 'value="2027-04-01"' in html
    instrument.refresh_from_db()
    assert instrument.status == Instrument.Status.CONCEPT


@pytest.mark.django_db
def test_new_round_is_numbered(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(base(instrument) + "metingen/", {"name": "1-meting"})
    assert [(r.number, r.name) for r in instrument.rounds.all()] == [
        (0, "0-meting"),
        (1, "1-meting"),
    ]


@pytest.mark.django_db
def test_codes_are_made_and_downloaded_for_a_letter_merge(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    client.post(base(instrument) + "codes/", {"count": "25"})
    assert InvitationCode.objects.filter(instrument=instrument).count() == 25
    response = client.get(base(instrument) + "codes.csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["code", "link"]
    assert len(rows) == 26
    assert rows[1][1].endswith(f"/doe-mee/{instrument.public_code}/")


@pytest.mark.django_db
def test_too_many_codes_is_refused(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    response = client.post(base(instrument) + "codes/", {"count": "20000"})
    assert "Vul een getal in van 1 tot en met 10000." in response.content.decode()
    assert not InvitationCode.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("kind", ["svg", "png"])
def test_qr_code_downloads(client, member_client, instrument, kind):
    member_client(Role.MEDEWERKER)
    response = client.get(base(instrument) + f"qr.{kind}")
    assert response.status_code == 200
    if kind == "png":
        assert Image.open(io.BytesIO(response.content)).format == "PNG"
    else:
        assert b"<svg" in response.content


@pytest.mark.django_db
def test_preview_shows_every_question_with_one_h1(client, member_client, instrument):
    member_client(Role.ADVIESRAAD)
    html = client.get(base(instrument) + "voorbeeld/").content.decode()
    assert html.count("<h1") == 1
    for text in ("Had u contact met het wijkteam?", "Ik werd serieus genomen.", "Wat kan beter?"):
        assert text in html


@pytest.mark.django_db
def test_results_show_distributions(client, member_client, instrument):
    from samenspraak.responses.models import Answer, Response

    instrument.status = "gepubliceerd"
    instrument.save()
    for value in ("ja", "ja", "nee"):
        response = Response.objects.create(
            instrument=instrument,
            version=instrument.current_version,
            round=instrument.rounds.first(),
            status="compleet",
            submitted_on=datetime.date(2027, 3, 1),
        )
        Answer.objects.create(response=response, question_key="contact", value=value)
    member_client(Role.ANALIST)
    html = client.get(base(instrument) + "resultaten/").content.decode()
    assert "n = 3" in html
    assert "67%" in html and "33%" in html


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_read_only_roles_cannot_publish(client, member_client, instrument, role):
    member_client(role)
    assert client.post(base(instrument) + "publiceren/", {"access": "open"}).status_code == 403
    assert client.post(base(instrument) + "codes/", {"count": "3"}).status_code == 403


@pytest.mark.django_db
def test_vrijwilliger_does_not_see_results(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    assert client.get(base(instrument) + "resultaten/").status_code == 403


@pytest.mark.django_db
def test_deleting_a_municipality_removes_its_instruments(instrument, municipality):
    from samenspraak.responses.models import Response

    Response.objects.create(
        instrument=instrument, version=instrument.current_version, round=instrument.current_round
    )
    municipality.delete()
    assert not Instrument.objects.exists()
