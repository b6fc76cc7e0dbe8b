import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import Workbook, load_workbook
from pypdf import PdfReader

from samenspraak.insights.models import Contribution
from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, Response
from tests.factories import InstrumentFactory, TrajectFactory

HEADER = "respondentgroep;contact;wachten;serieus;snel;gevoel;beter"


@pytest.fixture
def instrument(municipality):
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


def page(instrument):
    return f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/papier/"


def upload(client, instrument, content: bytes, name="ingevuld.csv"):
    return client.post(page(instrument), {"file": SimpleUploadedFile(name, content)})


@pytest.mark.django_db
def test_valid_csv_saves_every_row(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    content = "\n".join(
        [
            HEADER,
            "inwoner;ja;14;4;2;5;Meer uitleg over de wachttijd",
            "mantelzorger;nee;;weet_niet;3;;",
        ]
    ).encode("utf-8-sig")
    r = upload(client, instrument, content)
    assert r.status_code == 302
    assert Response.objects.filter(channel="papier", status="compleet").count() == 2
    first = Response.objects.get(respondent_group="inwoner")
    assert dict(first.answers.values_list("question_key", "value"))["wachten"] == 14
    assert Contribution.objects.get().text == "Meer uitleg over de wachttijd"


@pytest.mark.django_db
def test_broken_file_names_rows_and_columns_and_saves_nothing(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    content = "\n".join(
        [
            HEADER + ";onbekend",
            "inwoner;ja;14;4;2;5;Prima;x",  # fine apart from the unknown column
            "inwoner;misschien;;4;2;;;",  # bad yes/no
            "inwoner;ja;900;4;;;;",  # number out of range, matrix incomplete
        ]
    ).encode()
    html = upload(client, instrument, content).content.decode()
    assert "<title>Fout:" in html
    assert "Er is niets opgeslagen: 4 problemen in het bestand" in html
    cells = re.findall(r'<td class="utrecht-table__cell">([^<]*)</td>', html)
    found = {tuple(cells[i : i + 3]) for i in range(0, len(cells), 3)}
    assert found == {
        ("1", "onbekend", "Deze kolom staat niet in het sjabloon."),
        ("3", "contact", "Kies een van de antwoorden uit de lijst."),
        ("4", "wachten", "Vul een getal in tussen 0 en 365."),
        ("4", "serieus", "Kies bij elke zin een antwoord."),
    }
    assert not Response.objects.exists()
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_xlsx_template_round_trip(client, member_client, instrument):
    member_client(Role.MEDEWERKER)
    template = client.get(page(instrument) + "invoersjabloon.xlsx")
    workbook = load_workbook(io.BytesIO(template.content))
    header = [c.value for c in workbook["antwoorden"][1]]
    assert header == ["respondentgroep", "contact", "wachten", "serieus", "snel", "gevoel", "beter"]
    filled = Workbook()
    filled.active.append(header)
    filled.active.append(["", "ja", 3, 5, 5, 4, None])
    buffer = io.BytesIO()
    filled.save(buffer)
    assert upload(client, instrument, buffer.getvalue(), "ingevuld.xlsx").status_code == 302
    assert Response.objects.get().answers.get(question_key="wachten").value == 3


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("antwoorden.pdf", b"%PDF-1.4", "Kies een CSV- of XLSX-bestand."),
        ("leeg.csv", b"", "Het bestand is leeg."),
        ("kapot.xlsx", b"geen excel", "Dit is geen Excel-bestand dat wij kunnen lezen."),
        ("latin.csv", "contact\nja\xe9".encode("latin-1"), "Sla het CSV-bestand op als UTF-8"),
    ],
)
def test_unreadable_files_are_explained(client, member_client, instrument, name, content, message):
    member_client(Role.VRIJWILLIGER)
    assert message in upload(client, instrument, content, name).content.decode()
    assert not Response.objects.exists()


@pytest.mark.django_db
def test_printable_questionnaire_pdf(client, member_client, instrument):
    member_client(Role.VRIJWILLIGER)
    response = client.get(page(instrument) + "vragenlijst.pdf")
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    assert "Had u contact met het wijkteam?" in text
    assert "Ik werd serieus genomen." in text
    assert "Heel slecht" in text


@pytest.mark.django_db
def test_adviesraad_cannot_import(client, member_client, instrument):
    member_client(Role.ADVIESRAAD)
    assert upload(client, instrument, HEADER.encode()).status_code == 403
