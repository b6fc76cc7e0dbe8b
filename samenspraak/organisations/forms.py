from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Municipality
from .roles import Role


class InviteForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_("We send an invitation link to this address. It works for 14 days."),
        error_messages={
            "required": _("Fill in an e-mail address."),
            "invalid": _("Fill in an e-mail address like name@gemeente.nl."),
        },
    )
    role = forms.ChoiceField(
        label=_("Role"),
        choices=Role.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a role.")},
    )


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


class ThemeForm(forms.ModelForm):
    logo = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("A PNG or JPG picture. We remove hidden data such as location from the file."),
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)

    class Meta:
        model = Municipality
        fields = ["theme_primary_colour", "theme_text_on_primary"]
        widgets = {
            "theme_primary_colour": forms.TextInput(attrs={"type": "color"}),
            "theme_text_on_primary": forms.TextInput(attrs={"type": "color"}),
        }
        help_texts = {
            "theme_primary_colour": _("Used for buttons and the page header, e.g. #00689e."),
            "theme_text_on_primary": _("Must be easy to read on the main colour."),
        }
