from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.methods.facets import TARGET_GROUPS

from .models import Traject


class TrajectForm(forms.ModelForm):
    target_groups = forms.MultipleChoiceField(
        label=_("Whom do you want to involve?"),
        choices=list(TARGET_GROUPS.options.items()),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )

    class Meta:
        model = Traject
        fields = ["title", "question", "goal", "target_groups", "status"]
        widgets = {
            "question": forms.Textarea(attrs={"rows": 3}),
            "goal": forms.Textarea(attrs={"rows": 3}),
            "status": forms.RadioSelect,
        }
        help_texts = {
            "goal": _("What should be different when the traject is finished?"),
        }
        error_messages = {
            "title": {"required": _("Give the traject a title.")},
            "question": {"required": _("Describe what you want to improve.")},
        }


class WerkvormStartForm(forms.Form):
    """Title and question of a traject started from a werkvorm, prefilled from the template."""

    title = forms.CharField(
        label=_("Title of the traject"),
        max_length=200,
        error_messages={"required": _("Give the traject a title.")},
    )
    question = forms.CharField(
        label=_("Improvement question"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A suggestion from the werkvorm. Make it your own."),
        error_messages={"required": _("Describe what you want to improve.")},
    )
