from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput

from .models import Innovation, InnovationPhase, ParticipantRole, SharingLevel
from .roles import RegionRole


class SharingForm(forms.Form):
    level = forms.ChoiceField(
        label=_("What do you share with the region?"),
        choices=SharingLevel.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "Other municipalities in the region never see raw answers, names or texts that have "
            "not been masked."
        ),
        error_messages={"required": _("Choose what you share.")},
    )


class RegionMemberForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("The e-mail address of someone who already has a Samenspraak account."),
        error_messages={
            "required": _("Fill in an e-mail address."),
            "invalid": _("Fill in an e-mail address like name@gemeente.nl."),
        },
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=RegionRole.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a role.")},
    )


class InnovationForm(forms.ModelForm):
    class Meta:
        model = Innovation
        fields = ["title", "aim"]
        widgets = {"aim": forms.Textarea(attrs={"rows": 3})}
        error_messages = {"title": {"required": _("Say in a few words what is being renewed.")}}


class PhaseForm(forms.ModelForm):
    participants = forms.MultipleChoiceField(
        label=_("Who took part?"),
        help_text=_("Roles, never names."),
        choices=ParticipantRole.choices,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one role that took part.")},
    )
    findings = forms.ModelMultipleChoiceField(
        label=_("Evidence used"),
        help_text=_("Findings that member municipalities share with the region."),
        queryset=None,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = InnovationPhase
        fields = [
            "happened_on",
            "what_happened",
            "decisions",
            "participants",
            "findings",
            "next_step",
        ]
        widgets = {
            "happened_on": NativeDateInput(),
            "what_happened": forms.Textarea(attrs={"rows": 4}),
            "decisions": forms.Textarea(attrs={"rows": 3}),
            "next_step": forms.Textarea(attrs={"rows": 2}),
        }
        error_messages = {
            "happened_on": {
                "required": _("Fill in a date."),
                "invalid": _("Fill in a date like 14-03-2027."),
            },
            "what_happened": {"required": _("Say what was done in this phase.")},
        }

    def __init__(self, *args, evidence, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["findings"].queryset = evidence
        self.fields["findings"].label_from_instance = lambda finding: (
            f"{finding.traject.municipality.name}: {finding.statement}"
        )


class ComparisonSettingsForm(forms.Form):
    anonymous = forms.TypedChoiceField(
        label=_("How does the region compare municipalities?"),
        choices=[
            ("1", _("Anonymously: each municipality sees its own name, the others as A, B, C")),
            ("0", _("With names: everyone sees every municipality's name")),
        ],
        coerce=lambda value: value == "1",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how the region compares.")},
    )


class RegionalTrajectForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=200,
        error_messages={"required": _("Give the regional traject a title.")},
    )
    question = forms.CharField(
        label=_("Improvement question"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "The question every municipality works on, for example: how do residents find "
            "the way to client support?"
        ),
        error_messages={"required": _("Write down the question you work on together.")},
    )
    goal = forms.CharField(
        label=_("Goal"), widget=forms.Textarea(attrs={"rows": 2}), required=False
    )
    plan = forms.CharField(
        label=_("Plan"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
        help_text=_(
            "One step per line, with when and who. For example: March — 0-meting in every "
            "municipality."
        ),
    )
    template_keys = forms.MultipleChoiceField(
        label=_("Questionnaires every municipality runs"),
        help_text=_("Each municipality that joins gets these as drafts and picks its own dates."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        from .regional import questionnaire_choices

        super().__init__(*args, **kwargs)
        self.fields["template_keys"].choices = questionnaire_choices()

    @classmethod
    def initial_from(cls, regional) -> dict:
        return {
            "title": regional.title,
            "question": regional.question,
            "goal": regional.goal,
            "plan": "\n".join(regional.plan),
            "template_keys": regional.template_keys,
        }


class JoinForm(forms.Form):
    municipality = forms.ModelChoiceField(
        label=_("Join for"),
        queryset=None,
        empty_label=None,
        error_messages={
            "required": _("Choose a municipality."),
            "invalid_choice": _("Choose a municipality."),
        },
    )

    def __init__(self, *args, municipalities, **kwargs):
        from samenspraak.organisations.models import Municipality

        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = Municipality.objects.filter(
            pk__in=[m.pk for m in municipalities]
        )
