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


class AssistedEntryForm(forms.Form):
    """How the answers reach us; the answers themselves are always the resident's own."""

    channel = forms.ChoiceField(
        label=_("How do you collect the answers?"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose how you collect the answers.")},
    )
    respondent_group = forms.ChoiceField(
        label=_("Who answers?"),
        widget=forms.RadioSelect,
        required=False,
        help_text=_("Ask the resident; do not guess."),
    )

    def __init__(self, *args, groups, **kwargs):
        from .models import Channel

        super().__init__(*args, **kwargs)
        self.fields["channel"].choices = [
            (c.value, c.label) for c in (Channel.ASSISTED, Channel.PHONE, Channel.STREET)
        ]
        if groups:
            self.fields["respondent_group"].choices = [(g["value"], g["label"]) for g in groups]
        else:
            del self.fields["respondent_group"]


class PaperImportForm(forms.Form):
    file = forms.FileField(
        label=_("File with the typed-in answers"),
        help_text=_("CSV or XLSX, made from the template below. At most 5 MB."),
        error_messages={"required": _("Choose a file."), "empty": _("The file is empty.")},
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is larger than 5 MB. Split it into parts."))
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Choose a CSV or XLSX file."))
        return upload
