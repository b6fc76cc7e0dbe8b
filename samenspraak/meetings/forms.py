from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput
from samenspraak.methods.models import Method

from .models import HarvestItem, MeetingSession


class SessionForm(forms.ModelForm):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))
    method = forms.ModelChoiceField(
        queryset=None,
        label=_("Method"),
        required=False,
        empty_label=_("Another way of talking"),
    )

    class Meta:
        model = MeetingSession
        fields = ["traject", "title", "method", "held_on", "participant_count", "participant_kinds"]
        widgets = {"held_on": NativeDateInput()}

    def __init__(self, *args, trajects=None, methods=(), **kwargs):
        super().__init__(*args, **kwargs)
        # Optional on the model only while a werkvorm's meeting is still planned.
        for name in ("held_on", "participant_count", "participant_kinds"):
            self.fields[name].required = True
        self.fields["method"].queryset = Method.objects.filter(pk__in=[m.pk for m in methods])
        if trajects is None:
            del self.fields["traject"]
        else:
            self.fields["traject"].queryset = trajects


class HarvestItemForm(forms.ModelForm):
    """The general harvest form; ``entry()`` as the tailored forms in ``harvest.py`` have it."""

    class Meta:
        model = HarvestItem
        fields = ["kind", "text", "table", "round_number", "mentions"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def entry(self) -> dict:
        return self.cleaned_data


class HarvestSettingsForm(forms.Form):
    """The landkaart's themes or the wereldcafé's round questions, one per line."""

    lines = forms.CharField(widget=forms.Textarea(attrs={"rows": 6}), max_length=3000)

    def __init__(self, *args, label, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lines"].label = label
        self.fields["lines"].help_text = _("One per line.")
