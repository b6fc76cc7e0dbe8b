from django import forms
from django.utils.translation import gettext_lazy as _

from .models import FeedbackPage, Recognition
from .services import REMARK_MAX_LENGTH


class PageForm(forms.ModelForm):
    class Meta:
        model = FeedbackPage
        fields = ["intro", "take_part"]
        widgets = {
            "intro": forms.Textarea(attrs={"rows": 5}),
            "take_part": forms.Textarea(attrs={"rows": 3}),
        }
        error_messages = {"intro": {"required": _("Write in a few sentences what you asked.")}}


class RecognitionForm(forms.Form):
    answer = forms.ChoiceField(
        label=_("Do you recognise yourself in this?"),
        choices=Recognition.Answer.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes, partly or no.")},
    )
    remark = forms.CharField(
        label=_("Do you want to tell us more?"),
        help_text=_("Do not write your name or address. At most 500 characters."),
        required=False,
        max_length=REMARK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": _("Write at most 500 characters.")},
    )


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We only use it to tell you when there is news on this page. You can stop at any time."
        ),
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in an e-mail address like name@example.nl."),
        },
    )
