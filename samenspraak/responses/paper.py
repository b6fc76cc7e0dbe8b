"""Paper questionnaires: a template that matches the export, and an all-or-nothing import.

The import template uses exactly the answer columns of the export (format version 1), so data
typists and researchers see the same names. A file is checked completely first; only when every
row is right are all rows saved, in one transaction, as responses on the channel "papier".
"""

import csv
import io
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.services import contributions_from_response
from samenspraak.instruments.questionnaire import clean_answers, iter_questions

from .exports import META_COLUMNS, Variable, variables
from .models import Answer, Channel, Response

MAX_ROWS = 20_000
GROUP_COLUMN = "respondentgroep"


@dataclass(frozen=True)
class RowError:
    row: int
    column: str
    message: str


class ImportRejected(Exception):
    def __init__(self, errors: list[RowError]):
        self.errors = errors
        super().__init__(f"{len(errors)} problems")


def template_columns(definition: dict) -> list[str]:
    return [GROUP_COLUMN] + [v.name for v in variables(definition)]


def read_table(upload) -> list[dict[str, str]]:
    """Rows of an uploaded CSV (comma or semicolon, UTF-8) or XLSX file, as text."""
    name = upload.name.lower()
    data = upload.read()
    if name.endswith(".xlsx"):
        from openpyxl import load_workbook

        try:
            sheet = load_workbook(io.BytesIO(data), read_only=True, data_only=True).worksheets[0]
        except Exception as error:  # openpyxl raises many kinds for a damaged file
            raise ImportRejected(
                [RowError(0, "", _("This is not an Excel file we can read."))]
            ) from error
        lines = [
            ["" if c is None else str(c).strip() for c in row]
            for row in sheet.iter_rows(values_only=True)
        ]
    elif name.endswith(".csv"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ImportRejected(
                [RowError(0, "", _("Save the CSV file as UTF-8 and try again."))]
            ) from error
        delimiter = (
            ";" if text.split("\n", 1)[0].count(";") > text.split("\n", 1)[0].count(",") else ","
        )
        lines = [
            [cell.strip() for cell in row]
            for row in csv.reader(io.StringIO(text), delimiter=delimiter)
        ]
    else:
        raise ImportRejected([RowError(0, "", _("Choose a CSV or XLSX file."))])
    lines = [line for line in lines if any(line)]
    if not lines:
        raise ImportRejected([RowError(0, "", _("The file is empty."))])
    header, body = lines[0], lines[1:]
    if len(body) > MAX_ROWS:
        raise ImportRejected(
            [RowError(0, "", _("At most %(max)s rows per file.") % {"max": MAX_ROWS})]
        )
    return [
        dict(zip(header, line + [""] * (len(header) - len(line)), strict=False)) for line in body
    ]


def _raw_for(question: dict, row: dict, columns: dict[str, Variable]) -> dict[str, list[str]]:
    key, kind = question["key"], question["type"]
    if kind == "matrix":
        return {s["key"]: [row.get(s["key"], "")] for s in question["statements"]}
    if kind == "multiple_choice":
        chosen = [
            v.option
            for v in columns.values()
            if v.source_key == key and v.option and row.get(v.name, "") in ("1", "1.0", "x", "X")
        ]
        raw = {key: chosen}
    else:
        raw = {key: [row.get(key, "")]}
    if question.get("other_option"):
        raw[f"{key}_anders"] = [row.get(f"{key}_anders", "")]
    return raw


def check_rows(definition: dict, rows: list[dict[str, str]]) -> tuple[list[dict], list[RowError]]:
    columns = {v.name: v for v in variables(definition)}
    errors: list[RowError] = []
    if rows:
        known = set(columns) | {GROUP_COLUMN, *META_COLUMNS}
        unknown = sorted(set(rows[0]) - known)
        errors += [RowError(1, name, _("This column is not in the template.")) for name in unknown]
    parsed = []
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        answers, problems = clean_answers(
            definition, lambda question, row=row: _raw_for(question, row, columns)
        )
        errors += [RowError(number, _column_for(q), str(problem)) for q, problem in problems]
        parsed.append({"group": row.get(GROUP_COLUMN, "")[:50], "answers": answers})
    return parsed, errors


def _column_for(question: dict) -> str:
    if question["type"] == "matrix":
        return question["statements"][0]["key"]
    if question["type"] == "multiple_choice":
        return f"{question['key']}__…"
    return question["key"]


@transaction.atomic
def import_rows(*, instrument, parsed: list[dict]) -> int:
    version = instrument.current_version
    round_ = instrument.current_round
    open_questions = [
        q
        for _s, q in iter_questions(version.definition)
        if q["type"] in {"text_short", "text_long"}
    ]
    today = timezone.localdate()
    for item in parsed:
        response = Response.objects.create(
            instrument=instrument,
            version=version,
            round=round_,
            channel=Channel.PAPER,
            respondent_group=item["group"],
            status=Response.Status.COMPLETE,
            submitted_on=today,
        )
        Answer.objects.bulk_create(
            Answer(response=response, question_key=key, value=value)
            for key, value in item["answers"].items()
        )
        contributions_from_response(
            response=response, open_questions=open_questions, values=item["answers"]
        )
    return len(parsed)


def import_file(*, instrument, upload) -> int:
    """Check the whole file; save every row or none. Raises ImportRejected with all problems."""
    rows = read_table(upload)
    parsed, errors = check_rows(instrument.current_version.definition, rows)
    if errors:
        raise ImportRejected(errors)
    return import_rows(instrument=instrument, parsed=parsed)
