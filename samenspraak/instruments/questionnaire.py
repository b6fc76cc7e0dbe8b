"""Questionnaire definitions: structure, validation, skip logic and answer checking.

A definition is plain data (see ``templates_data/questionnaire.schema.json``). It is stored
with each questionnaire version, so an answer always points at the exact wording it answered.
Beyond the schema, a definition must be internally sound: unique keys, conditions that only
look back at earlier questions (which also rules out cycles), and the options a type needs.
"""

import datetime
import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path

from django.utils.translation import gettext as _
from jsonschema import Draft202012Validator

SCHEMA_PATH = Path(__file__).resolve().parent / "templates_data" / "questionnaire.schema.json"
CHOICE_TYPES = {"single_choice", "multiple_choice"}
UNKNOWN = "weet_niet"
OTHER = "anders"
DEFAULT_TEXT_LIMIT = {"text_short": 200, "text_long": 5000}
SCALES = {
    "likert5": [
        ("1", "Helemaal mee oneens"),
        ("2", "Mee oneens"),
        ("3", "Niet mee eens, niet mee oneens"),
        ("4", "Mee eens"),
        ("5", "Helemaal mee eens"),
    ],
    "smiley3": [("1", "Niet goed"), ("2", "Gaat wel"), ("3", "Goed")],
    "smiley5": [
        ("1", "Heel slecht"),
        ("2", "Slecht"),
        ("3", "Gaat wel"),
        ("4", "Goed"),
        ("5", "Heel goed"),
    ],
    "yes_no": [("ja", "Ja"), ("nee", "Nee")],
    "mark_0_10": [(str(n), str(n)) for n in range(11)],
    "mark_1_10": [(str(n), str(n)) for n in range(1, 11)],
}
UNKNOWN_LABEL = "Weet ik niet / niet van toepassing"


@cache
def _validator():
    return Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def iter_questions(definition: dict):
    """(section, question) in order."""
    for section in definition.get("sections", []):
        for question in section.get("questions", []):
            yield section, question


def _answer_keys(question: dict) -> list[str]:
    keys = [question["key"]]
    if question.get("type") == "matrix":
        keys += [s["key"] for s in question.get("statements", [])]
    return keys


def _conditions(show_if: dict | None) -> list[dict]:
    if not show_if:
        return []
    return show_if.get("all") or show_if.get("any") or []


def definition_problems(definition) -> list[str]:
    """Everything wrong with a definition, in readable sentences; empty when sound."""
    problems = [
        f"{'/'.join(str(p) for p in error.path) or '(top level)'}: {error.message}"
        for error in _validator().iter_errors(definition)
    ]
    if problems:
        return problems
    seen: set[str] = set()
    section_keys: set[str] = set()
    for section in definition["sections"]:
        if section["key"] in section_keys:
            problems.append(
                _("Section “%(key)s”: the key is used twice.") % {"key": section["key"]}
            )
        section_keys.add(section["key"])
        for condition in _conditions(section.get("show_if")):
            if condition["question"] not in seen:
                problems.append(
                    _(
                        "Section “%(key)s”: its condition refers to “%(ref)s”, which is not an "
                        "earlier question."
                    )
                    % {"key": section["key"], "ref": condition["question"]}
                )
        for question in section["questions"]:
            for condition in _conditions(question.get("show_if")):
                if condition["question"] not in seen:
                    problems.append(
                        _(
                            "Question “%(key)s”: its condition refers to “%(ref)s”, which is not "
                            "an earlier question."
                        )
                        % {"key": question["key"], "ref": condition["question"]}
                    )
            problems += _type_problems(question)
            for key in _answer_keys(question):
                if key in seen:
                    problems.append(_("Question “%(key)s”: the key is used twice.") % {"key": key})
                seen.add(key)
    return problems


def _type_problems(question: dict) -> list[str]:
    kind, key = question["type"], question["key"]
    problems = []
    if kind in CHOICE_TYPES and not question.get("options"):
        problems.append(_("Question “%(key)s”: add at least two answer options.") % {"key": key})
    if kind == "matrix" and not (question.get("statements") and question.get("scale")):
        problems.append(
            _("Question “%(key)s”: a matrix needs statements and a scale.") % {"key": key}
        )
    if kind == "number":
        low, high = question.get("min"), question.get("max")
        if low is None or high is None or low >= high:
            problems.append(
                _("Question “%(key)s”: the lowest number must be below the highest.") % {"key": key}
            )
    return problems


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


def choices_for(question: dict) -> list[Choice]:
    kind = question["type"]
    if kind in CHOICE_TYPES:
        items = [(o["value"], o["label"]) for o in question["options"]]
        if question.get("other_option"):
            items.append((OTHER, "Anders, namelijk"))
    elif kind == "matrix":
        items = list(SCALES[question["scale"]])
    else:
        items = list(SCALES.get(kind, []))
    if question.get("allow_unknown") and kind not in {"text_short", "text_long", "number", "date"}:
        items.append((UNKNOWN, UNKNOWN_LABEL))
    return [Choice(value, label) for value, label in items]


def _holds(condition: dict, answers: dict) -> bool:
    given = answers.get(condition["question"])
    wanted = condition["value"]
    if given is None:
        return False
    op = condition["op"]
    if op == "equals":
        return given == wanted or (isinstance(given, list) and wanted in given)
    if op == "one_of":
        values = given if isinstance(given, list) else [given]
        return any(value in wanted for value in values)
    if op == "greater_than":
        try:
            return Decimal(str(given)) > Decimal(str(wanted))
        except (InvalidOperation, ValueError):
            return False
    return False


def is_visible(item: dict, answers: dict) -> bool:
    show_if = item.get("show_if")
    if not show_if:
        return True
    if "all" in show_if:
        return all(_holds(c, answers) for c in show_if["all"])
    return any(_holds(c, answers) for c in show_if["any"])


def visible_questions(definition: dict, answers: dict) -> list[tuple[dict, dict]]:
    return [
        (section, question)
        for section, question in iter_questions(definition)
        if is_visible(section, answers) and is_visible(question, answers)
    ]


class AnswerError(ValueError):
    """A resident's answer that cannot be accepted; the message is Dutch and says what to do."""


def clean_answer(question: dict, raw: dict):
    """Turn submitted form values into the stored answer, or raise AnswerError.

    ``raw`` maps field names to lists of submitted strings (a QueryDict's ``lists()``).
    Returns ``None`` for an unanswered optional question. For a matrix the result is a dict
    statement key → value; for "anders, namelijk" a dict with the choices and the text.
    """
    key, kind = question["key"], question["type"]
    required = question.get("required", False)
    values = [v.strip() for v in raw.get(key, []) if v.strip()]

    if kind == "matrix":
        allowed = {c.value for c in choices_for(question)}
        result, missing = {}, False
        for statement in question["statements"]:
            value = (raw.get(statement["key"]) or [""])[0].strip()
            if value and value not in allowed:
                raise AnswerError(_("Choose one answer for every statement."))
            if value:
                result[statement["key"]] = value
            else:
                missing = True
        if required and missing:
            raise AnswerError(_("Choose one answer for every statement."))
        return result or None

    if not values:
        if required:
            raise AnswerError(_required_message(kind))
        return None

    if kind in {"text_short", "text_long"}:
        text = values[0]
        limit = question.get("max_length") or DEFAULT_TEXT_LIMIT[kind]
        if len(text) > limit:
            raise AnswerError(
                _("Your answer is too long. Use at most %(limit)s characters.") % {"limit": limit}
            )
        return text

    if kind == "number":
        try:
            number = Decimal(values[0].replace(",", "."))
        except InvalidOperation as error:
            raise AnswerError(_("Fill in a number, for example 12.")) from error
        low, high = Decimal(str(question["min"])), Decimal(str(question["max"]))
        if not low <= number <= high:
            raise AnswerError(
                _("Fill in a number between %(min)s and %(max)s.")
                % {"min": _plain(low), "max": _plain(high)}
            )
        return int(number) if number == number.to_integral_value() else float(number)

    if kind == "date":
        return _parse_date(values[0]).isoformat()

    allowed = {choice.value for choice in choices_for(question)}
    if any(value not in allowed for value in values):
        raise AnswerError(_("Choose one of the answers in the list."))
    if kind == "multiple_choice":
        if UNKNOWN in values and len(values) > 1:
            raise AnswerError(_("“I don't know” cannot be combined with other answers."))
        chosen = values
    else:
        if len(values) > 1:
            raise AnswerError(_("Choose only one answer."))
        chosen = values[0]
    if OTHER in (chosen if isinstance(chosen, list) else [chosen]):
        other_text = (raw.get(f"{key}_anders") or [""])[0].strip()
        if not other_text:
            raise AnswerError(_("You chose “other”. Write down what you mean."))
        if len(other_text) > DEFAULT_TEXT_LIMIT["text_short"]:
            raise AnswerError(_("Your answer is too long. Use at most 200 characters."))
        return {"choice": chosen, "other": other_text}
    return chosen


DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y")


def clean_answers(definition: dict, raw_for) -> tuple[dict, list[tuple[dict, AnswerError]]]:
    """Validate a whole filled-in questionnaire at once: the answers and every problem.

    ``raw_for(question)`` gives that question's submitted values. Conditions only look back, so
    walking in order lets skip logic see exactly the answers it depends on; hidden questions
    are neither checked nor kept. A matrix adds one answer per statement.
    """
    answers: dict = {}
    problems: list[tuple[dict, AnswerError]] = []
    for section, question in iter_questions(definition):
        if not (is_visible(section, answers) and is_visible(question, answers)):
            continue
        try:
            value = clean_answer(question, raw_for(question))
        except AnswerError as problem:
            problems.append((question, problem))
            continue
        if value is None:
            continue
        if question["type"] == "matrix":
            answers.update(value)
        else:
            answers[question["key"]] = value
    return answers, problems


def _parse_date(text: str) -> datetime.date:
    """Browsers send ISO dates; people who type use the Dutch day-month-year order."""
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise AnswerError(_("Fill in a date, for example 15-03-2027."))


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f").replace(".", ",")


def _required_message(kind: str) -> str:
    if kind in {"text_short", "text_long"}:
        return _("Write an answer.")
    if kind == "number":
        return _("Fill in a number.")
    if kind == "date":
        return _("Fill in a date.")
    if kind == "multiple_choice":
        return _("Choose at least one answer.")
    return _("Choose an answer.")
