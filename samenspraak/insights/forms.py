from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput
from samenspraak.responses.models import Channel

from .models import PALETTE, Code, Contribution, MaskState

COLOUR_NAMES = {
    "#0072B2": _("Blue"),
    "#E69F00": _("Orange"),
    "#009E73": _("Green"),
    "#CC79A7": _("Pink"),
    "#56B4E9": _("Light blue"),
    "#D55E00": _("Red"),
    "#F0E442": _("Yellow"),
    "#000000": _("Black"),
}


ALL = _("All")


def _optional(choices):
    return [("", ALL), *choices]


class PoolFilterForm(forms.Form):
    """The pool's filters, read from the query string: every field may be left empty."""

    q = forms.CharField(label=_("Search in the texts"), required=False, max_length=200)
    traject = forms.TypedChoiceField(label=_("Traject"), required=False, coerce=int)
    instrument = forms.TypedChoiceField(label=_("Instrument"), required=False, coerce=int)
    source_type = forms.ChoiceField(label=_("Kind of contribution"), required=False)
    round_number = forms.TypedChoiceField(
        label=_("Measurement"),
        required=False,
        coerce=int,
        choices=_optional([(0, _("Baseline (0-meting)")), (1, _("1-meting")), (2, _("2-meting"))]),
    )
    channel = forms.ChoiceField(label=_("Channel"), required=False)
    respondent_group = forms.ChoiceField(label=_("Respondent group"), required=False)
    phase = forms.ChoiceField(label=_("Journey phase"), required=False)
    score = forms.TypedChoiceField(
        label=_("Experience score"),
        required=False,
        coerce=int,
        choices=_optional([(n, f"{n:+d}") for n in range(-2, 3)]),
    )
    date_from = forms.DateField(label=_("From"), required=False, widget=NativeDateInput())
    date_to = forms.DateField(
        label=_("Up to and including"),
        required=False,
        widget=NativeDateInput(),
    )
    code = forms.TypedChoiceField(label=_("Code"), required=False, coerce=int)
    uncoded = forms.BooleanField(label=_("Only contributions without a code"), required=False)
    consent = forms.BooleanField(label=_("Only with consent to quote"), required=False)
    mask_state = forms.ChoiceField(
        label=_("Personal data check"),
        required=False,
        choices=_optional(MaskState.choices),
    )

    def __init__(self, *args, trajects=None, instruments=(), codes=(), values=None, raw, **kw):
        super().__init__(*args, **kw)
        values = values or {}
        if trajects is None:
            del self.fields["traject"]
        else:
            self.fields["traject"].choices = _optional([(t.pk, t.title) for t in trajects])
        self.fields["instrument"].choices = _optional([(i.pk, i.title) for i in instruments])
        self.fields["source_type"].choices = _optional(Contribution.SourceType.choices)
        channel_labels = dict(Channel.choices)
        self.fields["channel"].choices = _optional(
            [(c, channel_labels.get(c, c)) for c in values.get("channel", [])]
        )
        for name in ("respondent_group", "phase"):
            self.fields[name].choices = _optional([(v, v) for v in values.get(name, [])])
        if codes:
            self.fields["code"].choices = _optional([(c.pk, str(c)) for c in codes])
        else:
            del self.fields["code"]
            del self.fields["uncoded"]
        if not raw:
            del self.fields["mask_state"]

    def filters(self) -> dict:
        """The filters that are valid; a wrong one shows its error and is left out."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return self.cleaned_data


class CodeForm(forms.ModelForm):
    class Meta:
        model = Code
        fields = ["name", "description", "parent", "colour"]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 2}),
            "colour": forms.RadioSelect(choices=[(c, COLOUR_NAMES[c]) for c in PALETTE]),
        }
        labels = {"parent": _("Falls under")}

    def __init__(self, *args, codebook, **kwargs):
        super().__init__(*args, **kwargs)
        parents = codebook.codes.filter(parent__isnull=True)
        if self.instance.pk:
            parents = parents.exclude(pk=self.instance.pk)
        self.fields["parent"].queryset = parents
        self.fields["parent"].empty_label = _("Nothing: a main code")
        self.fields["parent"].required = False


class ApplyCodeForm(forms.Form):
    code = forms.ModelChoiceField(queryset=None, label=_("Code"), empty_label=None)
    fragment = forms.CharField(
        label=_("Only this piece of the text (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Copy the words exactly from the text. Leave empty to code the whole text."),
    )

    def __init__(self, *args, codes, with_fragment=True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].queryset = codes
        if not with_fragment:
            del self.fields["fragment"]


class MaskCorrectionForm(forms.Form):
    masked_text = forms.CharField(
        label=_("Text as others read it"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Replace every name, address or other personal data by a word in brackets, "
            "such as [naam]."
        ),
    )


class ThemeRunForm(forms.Form):
    n_themes = forms.IntegerField(
        label=_("Number of themes"),
        required=False,
        min_value=2,
        max_value=30,
        help_text=_("Leave empty to let Samenspraak choose."),
    )


class ThemeAcceptForm(forms.Form):
    name = forms.CharField(label=_("Name of the code"), max_length=80)


class FindingForm(forms.Form):
    statement = forms.CharField(
        label=_("Finding"),
        max_length=200,
        help_text=_(
            "One sentence, for example: “Residents do not know where to go with a question.”"
        ),
    )
    explanation = forms.CharField(
        label=_("Explanation"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    figures = forms.CharField(
        label=_("Figures"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("For example: “6 of 10 people did not know where to go (n = 118).”"),
    )
    codes = forms.ModelMultipleChoiceField(
        queryset=None,
        label=_("Codes behind it"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    quotes = forms.ModelMultipleChoiceField(
        queryset=None, label=_("Quotes"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, codes, candidates, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["codes"].queryset = codes
        self.fields["quotes"].queryset = candidates
        self.fields["quotes"].label_from_instance = lambda c: (
            f"{c.masked_text[:160]}" + ("" if c.consent_public else " " + str(_("(internal only)")))
        )
        if not candidates.exists():
            self.fields["quotes"].help_text = _(
                "Choose codes and save first; then the contributions with those codes appear here."
            )


class ReportForm(forms.Form):
    summary_b1 = forms.CharField(
        label=_("Summary for residents (B1)"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Short sentences, everyday words. Say what you heard and what happens next."),
    )
