"""`manage.py themes discover|suggest` read and write CSV as documented."""

import csv

import pytest
from django.core.management import CommandError, call_command

TEXTS = {
    "wacht": [
        "Ik wacht al drie maanden op een besluit over mijn aanvraag.",
        "Het duurde weken voordat er iemand langs kwam.",
        "Al acht weken niets gehoord over de huishoudelijke hulp.",
        "De wachtlijst voor dagbesteding is veel te lang.",
        "Pas na vier maanden kon de begeleiding starten.",
        "We wachten nog steeds op de traplift, het duurt zo lang.",
    ],
    "geld": [
        "De eigen bijdrage is te hoog voor mijn kleine pensioen.",
        "Ik kreeg een rekening van het CAK die ik niet kan betalen.",
        "Die hulp kost mij elke maand veel geld.",
        "Door de kosten heb ik de hulp maar opgezegd.",
        "De factuur voor de scootmobiel was duurder dan gezegd.",
        "Ik moest zelf bijbetalen voor de aanpassing, dat geld heb ik niet.",
    ],
    "telefoon": [
        "Niemand neemt de telefoon op bij het wijkteam.",
        "Ik hing een half uur in de wacht en toen werd er opgehangen.",
        "Mijn mail werd nooit beantwoord en terugbellen gebeurt niet.",
        "Het loket is alleen open op dinsdagochtend.",
        "Ik bel en bel maar de lijn is steeds bezet.",
        "Geen direct nummer van de consulent, alleen het algemene nummer.",
    ],
}


def write(path, header, rows):
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)


def read(path):
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def texts_csv(tmp_path):
    rows = [
        (f"{theme}-{i}", text) for theme, texts in TEXTS.items() for i, text in enumerate(texts)
    ]
    path = tmp_path / "texts.csv"
    write(path, ["id", "text"], rows)
    return path


def test_discover_groups_texts_about_one_experience(texts_csv, tmp_path):
    output = tmp_path / "themes.csv"
    call_command("themes", "discover", input=str(texts_csv), output=str(output), n_themes=3)
    rows = read(output)
    assert [row["id"] for row in rows] == [f"{t}-{i}" for t in TEXTS for i in range(6)]
    assert set(rows[0]) == {"id", "theme", "label"}
    by_group = {}
    for row in rows:
        by_group.setdefault(row["id"].split("-")[0], []).append(row["theme"])
    # Each group of six lands mostly in one theme of its own.
    majorities = {max(set(themes), key=themes.count) for themes in by_group.values()}
    assert len(majorities) == 3
    for themes in by_group.values():
        assert max(themes.count(t) for t in themes) >= 5
    labels = {row["theme"]: row["label"] for row in rows}
    assert all(labels.values())


def test_discover_chooses_the_number_of_themes_itself(texts_csv, tmp_path):
    output = tmp_path / "themes.csv"
    call_command("themes", "discover", input=str(texts_csv), output=str(output))
    assert 1 < len({row["theme"] for row in read(output)}) <= 12


def test_suggest_gives_a_code_and_confidence_per_text(texts_csv, tmp_path):
    coded = tmp_path / "coded.csv"
    write(
        coded,
        ["id", "text", "code"],
        [(f"c{i}", text, code) for code in TEXTS for i, text in enumerate(TEXTS[code][:2])],
    )
    inputs = tmp_path / "input.csv"
    rest = [(f"{code}-{i}", text) for code in TEXTS for i, text in enumerate(TEXTS[code][2:])]
    write(inputs, ["id", "text"], rest)
    output = tmp_path / "suggestions.csv"
    call_command("themes", "suggest", coded=str(coded), input=str(inputs), output=str(output))
    rows = read(output)
    assert [row["id"] for row in rows] == [row_id for row_id, _ in rest]
    assert all(0 < float(row["confidence"]) <= 1 for row in rows)
    right = sum(row["code"] == row["id"].split("-")[0] for row in rows)
    assert right >= 10  # of 12


def test_missing_column_is_a_clear_error(tmp_path):
    path = tmp_path / "bad.csv"
    write(path, ["nummer", "tekst"], [("1", "Lang gewacht.")])
    with pytest.raises(CommandError, match="missing column"):
        call_command("themes", "discover", input=str(path), output=str(tmp_path / "out.csv"))


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        call_command(
            "themes", "discover", input=str(tmp_path / "nope.csv"), output=str(tmp_path / "o")
        )
