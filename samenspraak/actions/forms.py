from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Action, Comment, Milestone


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
            "planned_start": forms.DateInput(attrs={"type": "date"}),
            "planned_end": forms.DateInput(attrs={"type": "date"}),
            "actual_start": forms.DateInput(attrs={"type": "date"}),
            "actual_end": forms.DateInput(attrs={"type": "date"}),
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
    on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, action, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["to_status"].choices = [(s.value, s.label) for s in action.next_statuses]


class ProgressForm(forms.Form):
    progress = forms.IntegerField(label=_("Progress in percent"), min_value=0, max_value=100)


class MilestoneForm(forms.ModelForm):
    class Meta:
        model = Milestone
        fields = ["title", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}


class CommentForm(forms.ModelForm):
    class Meta:
        model = Comment
        fields = ["kind", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}
