from django import forms
from django.contrib.auth import password_validation
from django.contrib.auth.forms import AuthenticationForm
from django.utils.translation import gettext_lazy as _


class LoginForm(AuthenticationForm):
    username = forms.EmailField(
        label=_("E-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Fill in your e-mail address."),
            "invalid": _("Fill in an e-mail address like name@gemeente.nl."),
        },
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        error_messages={"required": _("Fill in your password.")},
    )
    error_messages = {
        "invalid_login": _(
            "The e-mail address or password is not correct. Check both and try again."
        ),
        "inactive": _("This account is switched off. Ask your administrator."),
    }


class AcceptInvitationForm(forms.Form):
    full_name = forms.CharField(
        label=_("Your name"),
        max_length=150,
        error_messages={"required": _("Fill in your name.")},
    )
    password1 = forms.CharField(
        label=_("Choose a password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("At least 12 characters. Not only numbers, and not a common password."),
        error_messages={"required": _("Choose a password.")},
    )
    password2 = forms.CharField(
        label=_("Type the password again"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        error_messages={"required": _("Type the password again.")},
    )

    def __init__(self, *args, email, **kwargs):
        self.email = email
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords are not the same."))
        elif first:
            try:
                from django.contrib.auth import get_user_model

                password_validation.validate_password(
                    first, get_user_model()(email=self.email, full_name=cleaned.get("full_name"))
                )
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned
