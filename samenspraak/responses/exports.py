"""Raw-data exports of a questionnaire: one row per complete response.

Format version 1 (documented in docs/exports.md): fixed metadata columns, then one column per
answer variable in questionnaire order. Rows are produced by merging two ordered database
cursors (responses and answers), so memory stays flat however many rows there are.
"""

from dataclasses import dataclass
from itertools import groupby

from samenspraak.core.spreadsheets import csv_stream, safe_cell
from samenspraak.instruments.questionnaire import OTHER, choices_for, iter_questions

from .models import Answer, Channel, Response

FORMAT_VERSION = "1"
META_COLUMNS = ["respons_id", "versie", "meting", "kanaal", "respondentgroep", "datum"]
CHUNK = 5000


@dataclass(frozen=True)
class Variable:
    name: str
    label: str
    kind: str
    values: tuple[tuple[str, str], ...] = ()
    source_key: str = ""
    option: str = ""  # multiple choice: the option this 0/1 column stands for
    other_text: bool = False


def variables(definition: dict) -> list[Variable]:
    """The answer columns of a questionnaire version, in order."""
    result = []
    for _section, question in iter_questions(definition):
        kind, key = question["type"], question["key"]
        labels = tuple((c.value, c.label) for c in choices_for(question))
        if kind == "matrix":
            for statement in question["statements"]:
                result.append(
                    Variable(
                        statement["key"], statement["text"], "likert", labels, statement["key"]
                    )
                )
        elif kind == "multiple_choice":
            for value, label in labels:
                result.append(
                    Variable(
                        f"{key}__{value}",
                        f"{question['text']} — {label}",
                        "0/1",
                        (("0", "niet gekozen"), ("1", "gekozen")),
                        key,
                        option=value,
                    )
                )
        else:
            result.append(
                Variable(
                    key,
                    question["text"],
                    kind,
                    labels if kind not in {"text_short", "text_long", "number", "date"} else (),
                    key,
                )
            )
        if question.get("other_option"):
            result.append(
                Variable(
                    f"{key}_anders",
                    f"{question['text']} — anders, namelijk",
                    "text_short",
                    (),
                    key,
                    other_text=True,
                )
            )
    return result


def _cell(variable: Variable, answers: dict):
    value = answers.get(variable.source_key)
    if value is None:
        return ""
    if variable.other_text:
        return value.get("other", "") if isinstance(value, dict) else ""
    if isinstance(value, dict):
        value = value["choice"]
    if variable.option:
        chosen = value if isinstance(value, list) else [value]
        return 1 if variable.option in chosen else 0
    if value == OTHER:
        return OTHER
    return value


def rows(instrument, columns: list[Variable]):
    """Yield the header, then one list per complete response, streaming from the database."""
    channel_labels = dict(Channel.choices)
    yield META_COLUMNS + [v.name for v in columns]
    responses = (
        Response.objects.filter(instrument=instrument, status=Response.Status.COMPLETE)
        .order_by("pk")
        .values_list(
            "pk", "version__number", "round__name", "channel", "respondent_group", "submitted_on"
        )
        .iterator(chunk_size=CHUNK)
    )
    answers = (
        Answer.objects.filter(
            response__instrument=instrument, response__status=Response.Status.COMPLETE
        )
        .order_by("response_id")
        .values_list("response_id", "question_key", "value")
        .iterator(chunk_size=CHUNK)
    )
    grouped = groupby(answers, key=lambda row: row[0])
    pending = next(grouped, None)
    for pk, version, round_name, channel, group, day in responses:
        given = {}
        while pending is not None and pending[0] <= pk:
            if pending[0] == pk:
                given = {key: value for _pk, key, value in pending[1]}
            pending = next(grouped, None)
        meta = [
            pk,
            version,
            round_name,
            str(channel_labels.get(channel, channel)),
            group,
            day.isoformat() if day else "",
        ]
        yield [safe_cell(value) for value in meta + [_cell(v, given) for v in columns]]


def csv_lines(instrument, columns, delimiter=","):
    return csv_stream(rows(instrument, columns), delimiter)


def write_xlsx(instrument, columns, path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("antwoorden")
    for row in rows(instrument, columns):
        sheet.append(row)
    book = workbook.create_sheet("codeboek")
    for line in codebook_rows(columns):
        book.append([safe_cell(cell) for cell in line])
    workbook.save(path)


def codebook_rows(columns: list[Variable]):
    yield ["variabele", "vraag", "soort", "waarde", "betekenis"]
    yield ["respons_id", "Volgnummer van de ingevulde vragenlijst", "getal", "", ""]
    yield ["versie", "Versie van de vragenlijst (de precieze tekst)", "getal", "", ""]
    yield ["meting", "Meting (0-meting, 1-meting …)", "tekst", "", ""]
    yield ["kanaal", "Hoe de antwoorden binnenkwamen", "tekst", "", ""]
    yield ["respondentgroep", "Groep, opgegeven bij begeleide invoer", "tekst", "", ""]
    yield ["datum", "Dag van versturen (geen tijdstip)", "datum", "", ""]
    for variable in columns:
        yield [variable.name, variable.label, variable.kind, "", ""]
        for value, label in variable.values:
            yield ["", "", "", value, label]


def export_variables(instrument) -> list[Variable]:
    """Columns of the newest version first, then any that only older versions asked."""
    seen, columns = set(), []
    for version in instrument.versions.order_by("-number"):
        for variable in variables(version.definition):
            if variable.name not in seen:
                seen.add(variable.name)
                columns.append(variable)
    return columns


SAV_UNKNOWN_CODE = 99


def _sav_codes(variable: Variable) -> dict[str, int]:
    """Answer codes as SPSS numbers: numeric codes keep their number, others are numbered 1…n;
    "weet niet / n.v.t." becomes 99 and is declared a missing value."""
    codes, counter = {}, 1
    for value, _label in variable.values:
        if value == "weet_niet":
            codes[value] = SAV_UNKNOWN_CODE
        elif value.isdigit():
            codes[value] = int(value)
        else:
            codes[value] = counter
        counter += 1
    return codes


def write_sav(instrument, columns: list[Variable], path) -> None:
    """SPSS .sav with variable labels, value labels and missing values (pyreadstat)."""
    import pandas as pd
    import pyreadstat

    all_rows = rows(instrument, columns)
    header = next(all_rows)
    frame = pd.DataFrame(list(all_rows), columns=header)
    value_labels, missing = {}, {}
    for variable in columns:
        column = frame[variable.name]
        if variable.values and variable.kind != "0/1":
            codes = _sav_codes(variable)
            frame[variable.name] = pd.to_numeric(
                column.map(lambda v, codes=codes: codes.get(str(v)) if v != "" else None),
                errors="coerce",
            )
            value_labels[variable.name] = {
                float(codes[value]): label for value, label in variable.values
            }
            if "weet_niet" in codes:
                missing[variable.name] = [SAV_UNKNOWN_CODE]
        elif variable.kind in {"number", "0/1"}:
            frame[variable.name] = pd.to_numeric(column.replace("", None), errors="coerce")
        else:
            frame[variable.name] = column.astype(str)
    for name in ("respons_id", "versie"):
        frame[name] = pd.to_numeric(frame[name])
    for name in ("meting", "kanaal", "respondentgroep", "datum"):
        frame[name] = frame[name].astype(str)
    labels = {
        "respons_id": "Volgnummer",
        "versie": "Versie van de vragenlijst",
        "meting": "Meting",
        "kanaal": "Kanaal",
        "respondentgroep": "Respondentgroep",
        "datum": "Dag van versturen",
        **{v.name: v.label[:250] for v in columns},
    }
    pyreadstat.write_sav(
        frame,
        path,
        column_labels=[labels[name] for name in frame.columns],
        variable_value_labels=value_labels,
        missing_ranges=missing,
    )
