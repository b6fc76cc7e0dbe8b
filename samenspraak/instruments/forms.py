from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Instrument
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

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = [
            (t.key, f"{t.title} — {t.question_count} vragen") for t in templates().values()
        ]


class PublishForm(forms.ModelForm):
    class Meta:
        model = Instrument
        fields = ["opens_on", "closes_on", "access", "feedback_expected"]
        widgets = {
            "opens_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
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
