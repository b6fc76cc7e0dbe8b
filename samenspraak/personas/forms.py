"""The persona form (who, their journey, the evidence) and the route form (one municipality,
every phase in one go)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.privacy.selectors import public_text

from .models import MAX_WAITING_DAYS, Persona
from .selectors import QUOTE_CHOICES_SHOWN
from .services import PERSONA_FIELDS, PhaseInput, StepInput

REGION_OWNER = "regio"
SCORE_CHOICES = [
    ("", _("Not known")),
    ("2", _("+2 very good")),
    ("1", _("+1 good")),
    ("0", _("0 neutral")),
    ("-1", _("−1 bad")),
    ("-2", _("−2 very bad")),
]


class PersonaForm(forms.ModelForm):
    """``owners`` are the (value, label) pairs of who may make it; only asked for a new
    persona. ``phases`` are (key, name) pairs in route order."""

    findings = forms.ModelMultipleChoiceField(
        label=_("Findings the persona is based on"),
        help_text=_("Findings of trajects that the maker shares with the region."),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    quotes = forms.ModelMultipleChoiceField(
        label=_("Quotes"),
        help_text=_(
            "Only masked texts with consent, of trajects that the maker shares with the region "
            "at the level quotes."
        ),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Persona
        fields = list(PERSONA_FIELDS)
        widgets = {
            "situation": forms.Textarea(attrs={"rows": 4}),
            "help_question": forms.Textarea(attrs={"rows": 2}),
            "needs": forms.Textarea(attrs={"rows": 3}),
            "status": forms.RadioSelect,
        }
        error_messages = {
            "name": {"required": _("Give the persona a made-up name.")},
            "life_phase": {"required": _("Fill in the age or life phase.")},
            "situation": {"required": _("Describe the situation of the persona.")},
            "help_question": {"required": _("Fill in the help question.")},
            "needs": {"required": _("Say what the persona needs.")},
        }

    def __init__(self, *args, owners=(), phases=(), findings, quotes, **kwargs):
        super().__init__(*args, **kwargs)
        self.phase_keys = [(key, name) for key, name in phases]
        if owners:
            self.fields = {
                "made_by": forms.ChoiceField(
                    label=_("Who makes the persona?"),
                    choices=list(owners),
                    initial=owners[0][0],
                    widget=forms.RadioSelect,
                    error_messages={"required": _("Choose who makes the persona.")},
                ),
                **self.fields,
            }
        self.fields["made_with_group"].help_text = _(
            "Tick when the persona was made together with people from the group it stands for."
        )
        self.fields["findings"].queryset = findings
        self.fields["findings"].label_from_instance = lambda finding: (
            f"{finding.traject.municipality.name}: {finding.statement}"
        )
        chosen = []
        if self.instance.pk:
            chosen = list(self.instance.quotes.values_list("pk", flat=True))
            self.initial.setdefault("quotes", chosen)
            self.initial.setdefault(
                "findings", list(self.instance.findings.values_list("pk", flat=True))
            )
        shown = list(quotes.values_list("pk", flat=True)[:QUOTE_CHOICES_SHOWN])
        self.fields["quotes"].queryset = quotes.filter(pk__in=shown + chosen)
        self.fields["quotes"].label_from_instance = lambda contribution: (
            f"“{public_text(contribution)}” ({contribution.traject.municipality.name})"
        )
        existing = {}
        if self.instance.pk:
            existing = {phase.phase_key: phase for phase in self.instance.phases.all()}
        for key, _name in self.phase_keys:
            phase = existing.get(key)
            self.fields[f"experience_{key}"] = forms.CharField(
                label=_("What does the persona experience?"),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=phase.experience if phase else "",
            )
            self.fields[f"score_{key}"] = forms.TypedChoiceField(
                label=_("How will it feel?"),
                choices=SCORE_CHOICES,
                coerce=int,
                empty_value=None,
                required=False,
                initial="" if phase is None or phase.score is None else str(phase.score),
            )

    @property
    def main_fields(self):
        phase_fields = {
            f"{kind}_{key}" for key, _name in self.phase_keys for kind in ("experience", "score")
        }
        return [
            self[name]
            for name in self.fields
            if name not in phase_fields and name not in ("findings", "quotes")
        ]

    @property
    def phase_rows(self):
        return [
            (name, self[f"experience_{key}"], self[f"score_{key}"]) for key, name in self.phase_keys
        ]

    def journey(self) -> dict[str, PhaseInput]:
        return {
            key: PhaseInput(
                experience=self.cleaned_data.get(f"experience_{key}", ""),
                score=self.cleaned_data.get(f"score_{key}"),
            )
            for key, _name in self.phase_keys
        }

    def persona_fields(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}


class RouteForm(forms.Form):
    """How one municipality would help the persona, phase by phase, in one form."""

    def __init__(self, *args, phases, route=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.phases = list(phases)
        steps = {step.phase_id: step for step in route.steps.all()} if route else {}
        for phase in self.phases:
            step = steps.get(phase.pk)
            key = phase.phase_key
            self.fields[f"where_who_{key}"] = forms.CharField(
                label=_("Where does the persona go, and who helps?"),
                max_length=200,
                required=False,
                initial=step.where_who if step else "",
            )
            self.fields[f"what_happens_{key}"] = forms.CharField(
                label=_("What happens?"),
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=step.what_happens if step else "",
                error_messages={
                    "required": _("Say what happens in the phase “%(phase)s”.")
                    % {"phase": phase.phase_name}
                },
            )
            self.fields[f"waiting_days_{key}"] = forms.IntegerField(
                label=_("Waiting time in days (about)"),
                help_text=_("Leave empty when there is no waiting."),
                min_value=0,
                max_value=MAX_WAITING_DAYS,
                required=False,
                initial=step.waiting_days if step else None,
                error_messages={
                    "invalid": _("Fill in a number of days."),
                    "min_value": _("Fill in 0 days or more."),
                    "max_value": _("Fill in at most %(limit_value)s days."),
                },
            )
            self.fields[f"goes_well_{key}"] = forms.CharField(
                label=_("What goes well?"),
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=step.goes_well if step else "",
            )
            self.fields[f"gets_stuck_{key}"] = forms.CharField(
                label=_("Where does it get stuck?"),
                widget=forms.Textarea(attrs={"rows": 2}),
                required=False,
                initial=step.gets_stuck if step else "",
            )

    @property
    def rows(self):
        kinds = ("where_who", "what_happens", "waiting_days", "goes_well", "gets_stuck")
        return [
            (phase, [self[f"{kind}_{phase.phase_key}"] for kind in kinds]) for phase in self.phases
        ]

    def steps(self) -> dict[str, StepInput]:
        data = self.cleaned_data
        return {
            phase.phase_key: StepInput(
                where_who=data[f"where_who_{phase.phase_key}"],
                what_happens=data[f"what_happens_{phase.phase_key}"],
                waiting_days=data[f"waiting_days_{phase.phase_key}"],
                goes_well=data[f"goes_well_{phase.phase_key}"],
                gets_stuck=data[f"gets_stuck_{phase.phase_key}"],
            )
            for phase in self.phases
        }
