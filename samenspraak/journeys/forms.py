from django import forms
from django.utils.translation import gettext_lazy as _

from .models import JourneyEntry
from .phases import phases_as_lines, phases_from_lines

MAX_NOTE = 3000
SCORES = [
    (-2, _("Very bad")),
    (-1, _("Bad")),
    (0, _("Not good, not bad")),
    (1, _("Good")),
    (2, _("Very good")),
]
RATINGS = [
    (1, _("Very bad")),
    (2, _("Bad")),
    (3, _("Not good, not bad")),
    (4, _("Good")),
    (5, _("Very good")),
]
NOTE_ERRORS = {"max_length": _("Make this shorter: at most %(limit_value)d letters.")}


def _rating(label):
    return forms.TypedChoiceField(
        label=label,
        required=False,
        coerce=int,
        empty_value=None,
        choices=RATINGS,
        widget=forms.RadioSelect,
    )


class PhaseForm(forms.Form):
    skipped = forms.BooleanField(label=_("I did not go through this step"), required=False)
    what_happened = forms.CharField(
        label=_("What happened?"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages=NOTE_ERRORS,
    )
    score = forms.TypedChoiceField(
        label=_("How was this step for you?"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=SCORES,
        widget=forms.RadioSelect,
    )
    bejegening = _rating(_("How were you treated? (optional)"))
    communicatie = _rating(_("Was the information clear? (optional)"))
    deskundigheid = _rating(_("Did the staff know what they were talking about? (optional)"))
    should_differ = forms.CharField(
        label=_("What should have been different here?"),
        required=False,
        max_length=MAX_NOTE,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages=NOTE_ERRORS,
    )

    def __init__(self, *args, require_score=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.require_score = require_score

    def clean(self):
        data = super().clean()
        if self.require_score and not data.get("skipped") and data.get("score") is None:
            self.add_error(
                "score",
                _("Choose how this step was for you, or tick that you did not go through it."),
            )
        return data


class JourneyForm(forms.Form):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))
    title = forms.CharField(label=_("Title"), max_length=200)
    intro = forms.CharField(
        label=_("Introduction"),
        help_text=_("Who asks, and why. Clients read this first. Write short sentences."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    phases = forms.CharField(
        label=_("Phases, in order"),
        help_text=_(
            "One phase per line. After a colon you may name the touchpoints, separated by "
            "commas. For example: Het besluit: brief, uitleg van de medewerker"
        ),
        widget=forms.Textarea(attrs={"rows": 9}),
    )

    def __init__(self, *args, trajects=None, **kwargs):
        super().__init__(*args, **kwargs)
        if trajects is None:
            for name in ("traject", "title", "intro"):
                del self.fields[name]
        else:
            self.fields["traject"].queryset = trajects

    def clean_phases(self):
        return phases_from_lines(self.cleaned_data["phases"])

    @staticmethod
    def lines(phases) -> str:
        return phases_as_lines(phases)


class AssistedForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Whose journey is this?"),
        choices=JourneyEntry.Kind.choices,
        widget=forms.RadioSelect,
        initial=JourneyEntry.Kind.KLANTREIS,
    )
    respondent_group = forms.CharField(
        label=_("Respondent group (optional)"),
        help_text=_("For example: older person, parent of a child with youth care. No names."),
        max_length=50,
        required=False,
    )
