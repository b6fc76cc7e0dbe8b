from decimal import Decimal, InvalidOperation

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput, non_empty_lines

from .models import Instrument
from .questionnaire import iter_questions
from .templates_catalogue import templates


class CreateQuestionnaireForm(forms.Form):
    template = forms.ChoiceField(
        label=_("Start from a template"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a template.")},
    )
    title = forms.CharField(
        label=_("Title for residents"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the template's title."),
    )

    def __init__(self, *args, trajects=None, **kwargs):
        super().__init__(*args, **kwargs)
        if trajects is not None:
            self.fields["traject"] = forms.ModelChoiceField(
                label=_("For which traject?"),
                queryset=trajects,
                empty_label=None,
                error_messages={"required": _("Choose a traject.")},
            )
            self.order_fields(["traject", "template", "title"])
        self.fields["template"].choices = [
            (t.key, f"{t.title} — {t.question_count} vragen") for t in templates().values()
        ]


class PublishForm(forms.ModelForm):
    class Meta:
        model = Instrument
        fields = ["opens_on", "closes_on", "access", "feedback_expected"]
        widgets = {
            "opens_on": NativeDateInput(),
            "closes_on": NativeDateInput(),
            "access": forms.RadioSelect,
        }
        error_messages = {
            "opens_on": {"invalid": _("Fill in a date, for example 15-03-2027.")},
            "closes_on": {"invalid": _("Fill in a date, for example 15-03-2027.")},
        }


class RoundForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the new measurement"),
        max_length=100,
        help_text=_("For example: 1-meting, spring 2028."),
        error_messages={"required": _("Give the measurement a name.")},
    )


class CodesForm(forms.Form):
    count = forms.IntegerField(
        label=_("How many codes?"),
        min_value=1,
        max_value=10_000,
        help_text=_("One code per letter. Each code can be used once."),
        error_messages={
            "required": _("Fill in a number."),
            "invalid": _("Fill in a whole number."),
            "min_value": _("Fill in a number from 1 to 10000."),
            "max_value": _("Fill in a number from 1 to 10000."),
        },
    )


QUESTION_TYPES = [
    ("single_choice", _("One answer from a list")),
    ("multiple_choice", _("Several answers from a list")),
    ("likert5", _("Agree scale (5 points)")),
    ("smiley3", _("Smileys (3), with words")),
    ("smiley5", _("Smileys (5), with words")),
    ("mark_0_10", _("Mark from 0 to 10")),
    ("mark_1_10", _("Mark from 1 to 10")),
    ("yes_no", _("Yes or no")),
    ("number", _("Number")),
    ("date", _("Date")),
    ("text_short", _("Short text")),
    ("text_long", _("Long text")),
    ("matrix", _("Several statements on one scale")),
]
NEW_SECTION = "__nieuw__"


class QuestionForm(forms.Form):
    """One question, in words staff use; ``to_question`` turns it into definition data."""

    section = forms.ChoiceField(label=_("Part of the questionnaire"))
    new_section_title = forms.CharField(
        label=_("Title of the new part"), max_length=200, required=False
    )
    text = forms.CharField(
        label=_("Question"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Write the question.")},
    )
    help = forms.CharField(
        label=_("Explanation under the question"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    type = forms.ChoiceField(label=_("Kind of answer"), choices=QUESTION_TYPES)
    required = forms.BooleanField(label=_("An answer is required"), required=False)
    options = forms.CharField(
        label=_("Answer options"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One option per line. Only for questions with a list."),
    )
    other_option = forms.BooleanField(label=_("Add “Other, namely …”"), required=False)
    allow_unknown = forms.BooleanField(
        label=_("Add “I don't know / not applicable”"), required=False
    )
    statements = forms.CharField(
        label=_("Statements"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("One statement per line. Only for several statements on one scale."),
    )
    scale = forms.ChoiceField(
        label=_("Scale for the statements"),
        required=False,
        choices=[
            ("likert5", _("Agree scale (5 points)")),
            ("smiley5", _("Smileys (5), with words")),
            ("mark_1_10", _("Mark from 1 to 10")),
        ],
    )
    minimum = forms.DecimalField(label=_("Lowest number"), required=False)
    maximum = forms.DecimalField(label=_("Highest number"), required=False)
    condition_question = forms.ChoiceField(
        label=_("Only show this question when …"),
        required=False,
        help_text=_("Choose an earlier question. Leave empty to always show it."),
    )
    condition_op = forms.ChoiceField(
        label=_("… the answer"),
        required=False,
        choices=[
            ("equals", _("is")),
            ("one_of", _("is one of")),
            ("greater_than", _("is more than")),
        ],
    )
    condition_value = forms.CharField(
        label=_("… this value"),
        max_length=200,
        required=False,
        help_text=_("The answer code, e.g. ja. Several codes: separate with commas."),
    )

    def __init__(self, *args, definition: dict, question: dict | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.definition, self.question = definition, question
        self.fields["section"].choices = [
            (s["key"], s["title"]) for s in definition["sections"]
        ] + [(NEW_SECTION, _("A new part"))]
        earlier = []
        for _section, item in iter_questions(definition):
            if question is not None and item["key"] == question["key"]:
                break
            earlier.append((item["key"], f"{item['key']}: {item['text'][:60]}"))
        self.fields["condition_question"].choices = [("", "—"), *earlier]
        if question is not None and not self.is_bound:
            self.initial.update(self.initial_from(question))

    @staticmethod
    def initial_from(question: dict) -> dict:
        condition = (question.get("show_if") or {}).get("all", [None])[0]
        value = condition["value"] if condition else ""
        return {
            "text": question["text"],
            "help": question.get("help", ""),
            "type": question["type"],
            "required": question.get("required", False),
            "options": "\n".join(o["label"] for o in question.get("options", [])),
            "other_option": question.get("other_option", False),
            "allow_unknown": question.get("allow_unknown", False),
            "statements": "\n".join(s["text"] for s in question.get("statements", [])),
            "scale": question.get("scale", "likert5"),
            "minimum": question.get("min"),
            "maximum": question.get("max"),
            "condition_question": condition["question"] if condition else "",
            "condition_op": condition["op"] if condition else "equals",
            "condition_value": ", ".join(value) if isinstance(value, list) else value,
        }

    def clean(self):
        data = super().clean()
        kind = data.get("type")
        if (
            kind in {"single_choice", "multiple_choice"}
            and len(non_empty_lines(data.get("options"))) < 2
        ):
            self.add_error("options", _("Write at least two options, each on its own line."))
        if kind == "matrix" and len(non_empty_lines(data.get("statements"))) < 2:
            self.add_error("statements", _("Write at least two statements, each on its own line."))
        if kind == "number":
            low, high = data.get("minimum"), data.get("maximum")
            if low is None or high is None or low >= high:
                self.add_error(
                    "maximum",
                    _("Fill in a lowest and a highest number; the highest must be bigger."),
                )
        if data.get("section") == NEW_SECTION and not data.get("new_section_title"):
            self.add_error("new_section_title", _("Give the new part a title."))
        if data.get("condition_question") and not data.get("condition_value"):
            self.add_error("condition_value", _("Fill in the answer that shows this question."))
        elif data.get("condition_op") == "greater_than" and data.get("condition_question"):
            try:
                Decimal(data["condition_value"].replace(",", "."))
            except InvalidOperation:
                self.add_error("condition_value", _("Fill in a number, for example 12."))
        return data

    def to_question(self, key: str) -> dict:
        from .editing import new_key

        data, old = self.cleaned_data, self.question or {}
        question = {
            "key": key,
            "type": data["type"],
            "text": data["text"],
            "required": data["required"],
        }
        if data["help"]:
            question["help"] = data["help"]
        if data["type"] in {"single_choice", "multiple_choice"}:
            old_values = {o["label"]: o["value"] for o in old.get("options", [])}
            options, taken = [], set()
            for label in non_empty_lines(data["options"]):
                value = old_values.get(label) or new_key({"sections": []}, label, taken)
                value = value.replace("_", "-")
                taken.add(value)
                options.append({"value": value, "label": label})
            question["options"] = options
            if data["other_option"]:
                question["other_option"] = True
        if data["allow_unknown"]:
            question["allow_unknown"] = True
        if data["type"] == "matrix":
            old_keys = {s["text"]: s["key"] for s in old.get("statements", [])}
            statements, taken = [], set()
            for text in non_empty_lines(data["statements"]):
                statement_key = old_keys.get(text) or new_key(self.definition, text, taken | {key})
                taken.add(statement_key)
                statements.append({"key": statement_key, "text": text})
            question["statements"] = statements
            question["scale"] = data["scale"] or "likert5"
        if data["type"] == "number":
            question["min"], question["max"] = _number(data["minimum"]), _number(data["maximum"])
        if data["condition_question"]:
            value = data["condition_value"]
            if data["condition_op"] == "one_of":
                value = [v.strip() for v in value.split(",") if v.strip()]
            elif data["condition_op"] == "greater_than":
                value = _number(value)
            question["show_if"] = {
                "all": [
                    {
                        "question": data["condition_question"],
                        "op": data["condition_op"] or "equals",
                        "value": value,
                    }
                ]
            }
        return question


def _number(value):
    number = Decimal(str(value).replace(",", "."))
    return int(number) if number == number.to_integral_value() else float(number)


class TextsForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    intro = forms.CharField(
        label=_("Introduction"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Say who asks, why, how long it takes, and that taking part is voluntary."),
    )
    closing = forms.CharField(
        label=_("Thank-you text"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Say what happens with the answers and when residents hear back."),
    )
    estimated_minutes = forms.IntegerField(label=_("Minutes it takes"), min_value=1, max_value=60)
