from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import NativeDateInput

from .models import Action, Comment, Indicator, Milestone


class ActionForm(forms.ModelForm):
    findings = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        label=_("Findings it answers"),
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Action
        fields = [
            "title",
            "description",
            "owner",
            "findings",
            "planned_start",
            "planned_end",
            "actual_start",
            "actual_end",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 4}),
            "planned_start": NativeDateInput(),
            "planned_end": NativeDateInput(),
            "actual_start": NativeDateInput(),
            "actual_end": NativeDateInput(),
        }

    def __init__(self, *args, findings, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["findings"].queryset = findings


class StatusForm(forms.Form):
    to_status = forms.ChoiceField(label=_("New status"))
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the action is not adopted; residents read it."),
    )
    on = forms.DateField(label=_("Date"), widget=NativeDateInput())

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [(s.value, s.label) for s in action.next_statuses]


class ProgressForm(forms.Form):
    progress = forms.IntegerField(label=_("Progress in percent"), min_value=0, max_value=100)


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_on"]
        widgets = {"due_on": NativeDateInput()}


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["kind", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}


class GoalForm(forms.Form):
    title = forms.CharField(label=_("Goal"), max_length=200)
    description = forms.CharField(
        label=_("Explanation"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    parent = forms.ModelChoiceField(
        queryset=None, required=False, label=_("Part of"), empty_label=_("Nothing: a main goal")
    )
    actions = forms.ModelMultipleChoiceField(
        queryset=None,
        required=False,
        label=_("Actions for this goal"),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = traject.goals.filter(parent__isnull=True)
        self.fields["actions"].queryset = traject.actions.all()


class IndicatorForm(forms.Form):
    """What a measured indicator reads: a question, a client journey phase or a mystery guest
    criterion of this traject. Sources the traject has nothing for are not offered."""

    goal = forms.ModelChoiceField(queryset=None, label=_("Goal"), empty_label=None)
    name = forms.CharField(label=_("Indicator"), max_length=200)
    kind = forms.ChoiceField(
        label=_("Kind"), choices=Indicator.Kind.choices, widget=forms.RadioSelect
    )
    source = forms.ChoiceField(
        label=_("Measured with (for a measured indicator)"),
        required=False,
        initial=Indicator.Source.INSTRUMENT,
        widget=forms.RadioSelect,
    )
    question = forms.ChoiceField(label=_("Question (for a measured indicator)"), required=False)
    phase = forms.ChoiceField(
        label=_("Client journey phase"),
        required=False,
        help_text=_("The scores from −2 to +2 that people gave this phase."),
    )
    criterion = forms.ChoiceField(
        label=_("Mystery guest criterion"),
        required=False,
        help_text=_("The scores from 1 to 5, in every mystery guest round that has it."),
    )
    measure = forms.ChoiceField(
        label=_("Measure"),
        choices=Indicator.Measure.choices,
        help_text=_(
            "For a journey phase a score of +1 or +2 counts as positive; a mystery guest visit "
            "meets a criterion with a score of 4 or 5."
        ),
    )
    positive_values = forms.CharField(
        label=_("Answers that count as positive"),
        required=False,
        initial="4, 5",
        help_text=_(
            "The answer codes, separated by commas: 4, 5 for (strongly) agree; ja for yes."
        ),
    )
    direction = forms.ChoiceField(label=_("Direction"), choices=Indicator.Direction.choices)
    target = forms.DecimalField(label=_("Target value"), required=False, max_digits=8)

    def __init__(self, *args, traject, questions, phases=(), criteria=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["goal"].queryset = traject.goals.all()
        self.fields["question"].choices = [("", "—"), *questions]
        sources = [Indicator.Source.INSTRUMENT]
        for field, source, choices in (
            ("phase", Indicator.Source.JOURNEY, phases),
            ("criterion", Indicator.Source.MYSTERY, criteria),
        ):
            if choices:
                self.fields[field].choices = [("", "—"), *choices]
                sources.append(source)
            else:
                del self.fields[field]
        if len(sources) == 1:
            del self.fields["source"]
        else:
            self.fields["source"].choices = [(s.value, s.label) for s in sources]

    def clean(self):
        data = super().clean()
        source = data.get("source") or Indicator.Source.INSTRUMENT
        data["source"] = source
        if data.get("kind") == Indicator.Kind.MEASURED:
            if source == Indicator.Source.INSTRUMENT and not data.get("question"):
                self.add_error("question", _("Choose the question this indicator reads."))
            if source == Indicator.Source.JOURNEY and not data.get("phase"):
                self.add_error("phase", _("Choose the journey phase this indicator reads."))
            if source == Indicator.Source.MYSTERY and not data.get("criterion"):
                self.add_error(
                    "criterion", _("Choose the mystery guest criterion this indicator reads.")
                )
        instrument_pk, _sep, key = (data.get("question") or "").partition(":")
        data["instrument_pk"] = int(instrument_pk) if instrument_pk.isdigit() else None
        data["question_key"] = key
        journey_pk, _sep, phase_key = (data.get("phase") or "").partition(":")
        data["journey_pk"] = int(journey_pk) if journey_pk.isdigit() else None
        data["phase_key"] = phase_key
        data["criterion_name"] = data.get("criterion") or ""
        data["positive_values"] = [
            v.strip() for v in (data.get("positive_values") or "").split(",") if v.strip()
        ]
        return data


class CountedValueForm(forms.Form):
    indicator = forms.ModelChoiceField(queryset=None, label=_("Indicator"), empty_label=None)
    label = forms.CharField(label=_("Measurement"), max_length=50, help_text=_("For example 2026."))
    value = forms.DecimalField(label=_("Value"), max_digits=10)
    source = forms.CharField(label=_("Source"), max_length=200)

    def __init__(self, *args, traject, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicator"].queryset = Indicator.objects.filter(
            goal__traject=traject, kind=Indicator.Kind.COUNTED
        )
