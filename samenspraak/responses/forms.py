from django import forms
from django.utils.translation import gettext_lazy as _


class StartForm(forms.Form):
    code = forms.CharField(
        label=_("Your code"),
        help_text=_("You find the code in the letter from the municipality."),
        max_length=16,
        required=False,
    )
    # A field people never see; automated form fillers do fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    def __init__(self, *args, needs_code: bool, **kwargs):
        super().__init__(*args, **kwargs)
        if needs_code:
            self.fields["code"].required = True
            self.fields["code"].error_messages["required"] = _("Fill in the code from your letter.")
        else:
            del self.fields["code"]

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))


class FeedbackForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We only use it to tell you what the municipality did with the answers."),
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in an e-mail address like name@example.nl."),
        },
    )
