import csv
import datetime
import io

import pytest
from openpyxl import load_workbook

from samenspraak.organisations.roles import Role
from samenspraak.responses.models import Answer, ExportRecord, Response
from tests.factories import InstrumentFactory, TrajectFactory, questionnaire_definition


@pytest.fixture
def instrument(municipality):
    definition = questionnaire_definition()
    definition["sections"][0]["questions"].append(
        {
            "key": "kanalen",
            "type": "multiple_choice",
            "text": "Hoe zocht u contact?",
            "other_option": True,
            "options": [
                {"value": "telefoon", "label": "Telefoon"},
                {"value": "balie", "label": "Balie"},
            ],
        }
    )
    instrument = InstrumentFactory(
        traject=TrajectFactory(municipality=municipality), version=definition
    )
    for answers in (
        {
            "contact": "ja",
            "wachten": 12,
            "serieus": "4",
            "beter": '=HYPERLINK("http://x")',
            "kanalen": {"choice": ["telefoon", "anders"], "other": "-via de buurvrouw"},
        },
        {"contact": "nee", "serieus": "weet_niet", "kanalen": ["balie"]},
    ):
        response = Response.objects.create(
            instrument=instrument,
            version=instrument.current_version,
            round=instrument.rounds.first(),
            status="compleet",
            channel="straat",
            submitted_on=datetime.date(2027, 3, 1),
        )
        Answer.objects.bulk_create(
            Answer(response=response, question_key=k, value=v) for k, v in answers.items()
        )
    Response.objects.create(  # unfinished: never exported
        instrument=instrument, version=instrument.current_version, round=instrument.rounds.first()
    )
    return instrument


def base(instrument):
    return f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/"


def made_file(client, instrument, kind, capture):
    """Ask for a background export and download it once the task made it."""
    from samenspraak.responses.models import ExportFile

    with capture(execute=True):
        client.post(base(instrument) + f"export/maken/{kind}/")
    export = ExportFile.objects.latest("created_at")
    response = client.get(base(instrument) + f"export/bestanden/{export.pk}/")
    assert response.status_code == 200
    return b"".join(response.streaming_content)


def read_csv(response, delimiter):
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:]), delimiter=delimiter))


@pytest.mark.django_db
@pytest.mark.parametrize(("param", "delimiter"), [("", ","), ("?scheiding=puntkomma", ";")])
def test_csv_export_reads_back(client, member_client, instrument, param, delimiter):
    member_client(Role.ANALIST)
    rows = read_csv(client.get(base(instrument) + "export.csv" + param), delimiter)
    assert len(rows) == 2
    first, second = rows
    assert first["datum"] == "2027-03-01"
    assert first["kanaal"] == "Straatinterview"
    assert (first["contact"], first["wachten"], first["serieus"]) == ("ja", "12", "4")
    assert (first["kanalen__telefoon"], first["kanalen__balie"], first["kanalen__anders"]) == (
        "1",
        "0",
        "1",
    )
    assert (second["kanalen__telefoon"], second["kanalen__balie"]) == ("0", "1")
    assert second["serieus"] == "weet_niet"
    assert second["wachten"] == ""


@pytest.mark.django_db
def test_formula_cells_are_neutralised(client, member_client, instrument):
    member_client(Role.ANALIST)
    first = read_csv(client.get(base(instrument) + "export.csv"), ",")[0]
    assert first["beter"] == '\'=HYPERLINK("http://x")'
    assert first["kanalen_anders"] == "'-via de buurvrouw"


@pytest.mark.django_db
def test_xlsx_export_with_codebook_sheet(
    client, member_client, instrument, django_capture_on_commit_callbacks
):
    member_client(Role.BEHEERDER)
    content = made_file(client, instrument, "xlsx", django_capture_on_commit_callbacks)
    workbook = load_workbook(io.BytesIO(content))
    sheet = workbook["antwoorden"]
    header = [cell.value for cell in sheet[1]]
    assert header[:6] == ["respons_id", "versie", "meting", "kanaal", "respondentgroep", "datum"]
    assert sheet.max_row == 3
    values = dict(zip(header, [cell.value for cell in sheet[2]], strict=True))
    assert values["wachten"] == 12
    assert values["beter"].startswith("'=")
    codebook = [[c.value for c in row] for row in workbook["codeboek"].iter_rows()]
    assert ["serieus", "Ik werd serieus genomen.", "likert", None, None] in codebook
    assert [None, None, None, "weet_niet", "Weet ik niet / niet van toepassing"] in codebook


@pytest.mark.django_db
def test_codebook_lists_value_labels(client, member_client, instrument):
    member_client(Role.ANALIST)
    text = client.get(base(instrument) + "codeboek.csv").content.decode("utf-8-sig")
    assert "gevoel;Hoe voelde het contact?;smiley5;;" in text
    assert ";;;1;Heel slecht" in text


@pytest.mark.django_db
def test_every_export_is_recorded(client, member_client, instrument):
    membership = member_client(Role.ANALIST)
    client.post(base(instrument) + "export/maken/xlsx/")
    client.get(base(instrument) + "codeboek.csv")
    records = list(ExportRecord.objects.values_list("user", "what"))
    assert records == [(membership.user.pk, "codeboek"), (membership.user.pk, "xlsx")]
    assert "xlsx" in client.get(base(instrument) + "export/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.MEDEWERKER, Role.ADVIESRAAD, Role.VRIJWILLIGER])
def test_only_analist_and_beheerder_export(client, member_client, instrument, role):
    member_client(role)
    for tail in ("export/", "export.csv", "codeboek.csv"):
        assert client.get(base(instrument) + tail).status_code == 403
    assert client.post(base(instrument) + "export/maken/xlsx/").status_code == 403
    assert not ExportRecord.objects.exists()


@pytest.mark.django_db
def test_sav_export_reads_back_with_labels(
    client, member_client, instrument, tmp_path, django_capture_on_commit_callbacks
):
    import pyreadstat

    member_client(Role.ANALIST)
    path = tmp_path / "export.sav"
    path.write_bytes(made_file(client, instrument, "sav", django_capture_on_commit_callbacks))
    frame, meta = pyreadstat.read_sav(str(path), user_missing=True)
    assert len(frame) == 2
    labels = dict(zip(meta.column_names, meta.column_labels, strict=True))
    assert labels["serieus"] == "Ik werd serieus genomen."
    assert meta.variable_value_labels["serieus"][4.0] == "Mee eens"
    assert meta.variable_value_labels["serieus"][99.0] == "Weet ik niet / niet van toepassing"
    assert list(frame["serieus"]) == [4.0, 99.0]
    assert meta.missing_ranges["serieus"] == [{"lo": 99.0, "hi": 99.0}]
    assert frame["wachten"].iloc[0] == 12.0
    assert meta.variable_value_labels["contact"] == {1.0: "Ja", 2.0: "Nee"}
