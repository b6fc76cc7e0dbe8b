from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput, non_empty_lines
from samenspraak.organisations.roles import Role

from .models import MysteryRound, Visit

NOT_APPLICABLE = "nvt"
SCORES = [
    ("1", _("Very bad")),
    ("2", _("Bad")),
    ("3", _("Not good, not bad")),
    ("4", _("Good")),
    ("5", _("Very good")),
    (NOT_APPLICABLE, _("Does not apply")),
]


class RoundForm(forms.ModelForm):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))
    scenarios = forms.CharField(
        label=_("Scenarios"),
        help_text=_("One per line: a short title, a colon, then the help question the guest asks."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    locations = forms.CharField(
        label=_("Locations and channels (one per line)"),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    criteria = forms.CharField(
        label=_("Criteria, scored from 1 to 5 (one per line)"),
        widget=forms.Textarea(attrs={"rows": 5}),
    )

    class Meta:
        model = MysteryRound
        fields = ["traject", "title", "instructions"]
        widgets = {"instructions": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, trajects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traject"].queryset = trajects

    def clean_scenarios(self):
        pairs = []
        for line in non_empty_lines(self.cleaned_data["scenarios"]):
            title, colon, question = line.partition(":")
            if not colon or not title.strip() or not question.strip():
                raise forms.ValidationError(
                    _("Write every line as: title: help question. This line is not: %(line)s"),
                    params={"line": line[:80]},
                )
            pairs.append((title.strip(), question.strip()))
        return pairs

    def clean_locations(self):
        return non_empty_lines(self.cleaned_data["locations"])

    def clean_criteria(self):
        return non_empty_lines(self.cleaned_data["criteria"])


class AssignForm(forms.Form):
    guest = forms.ModelChoiceField(queryset=None, label=_("Guest"))
    scenario = forms.ModelChoiceField(queryset=None, label=_("Scenario"))
    location = forms.ModelChoiceField(queryset=None, label=_("Location or channel"))

    def __init__(self, *args, mystery_round, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["guest"].queryset = get_user_model().objects.filter(
            memberships__municipality=mystery_round.municipality,
            memberships__role=Role.MYSTERY_GUEST,
        )
        self.fields["guest"].label_from_instance = lambda user: user.full_name or user.email
        self.fields["scenario"].queryset = mystery_round.scenarios.all()
        self.fields["location"].queryset = mystery_round.locations.all()


class VisitForm(forms.ModelForm):
    class Meta:
        model = Visit
        fields = ["visited_on", "channel", "what_happened", "quotes"]
        widgets = {
            "visited_on": NativeDateInput(),
            "channel": forms.RadioSelect,
            "what_happened": forms.Textarea(attrs={"rows": 6}),
            "quotes": forms.Textarea(attrs={"rows": 3}),
        }
        help_texts = {
            "what_happened": _("Write what you saw and heard, step by step. No names of staff."),
            "quotes": _("Sentences you heard word for word, between quotation marks."),
        }

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = Visit.Channel.choices
        self.criteria = list(criteria)
        for criterion in self.criteria:
            self.fields[f"criterium_{criterion.pk}"] = forms.ChoiceField(
                label=criterion.name,
                choices=SCORES,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose a score, or “Does not apply”.")},
            )

    def scores(self) -> dict:
        result = {}
        for criterion in self.criteria:
            value = self.cleaned_data[f"criterium_{criterion.pk}"]
            result[criterion.pk] = None if value == NOT_APPLICABLE else int(value)
        return result
