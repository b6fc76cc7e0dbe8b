from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth import views as auth_views
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import posted
from samenspraak.organisations import selectors, services

from .forms import AcceptInvitationForm, LoginForm

LOGIN_LIMITS = [
    ratelimit(key="samenspraak.core.ratelimit.client_key", rate="30/h", method="POST", block=True),
    ratelimit(key="post:username", rate="10/15m", method="POST", block=True),
]


@method_decorator(LOGIN_LIMITS, name="post")
class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "accounts/login.html"
    redirect_authenticated_user = True


@method_decorator(
    ratelimit(key="samenspraak.core.ratelimit.client_key", rate="10/h", method="POST", block=True),
    name="post",
)
class PasswordResetView(auth_views.PasswordResetView):
    template_name = "accounts/password_reset.html"
    email_template_name = "accounts/email/password_reset.txt"
    subject_template_name = "accounts/email/password_reset_subject.txt"
    success_url = reverse_lazy("accounts:password-reset-done")


class PasswordResetDoneView(auth_views.PasswordResetDoneView):
    template_name = "accounts/password_reset_done.html"


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "accounts/password_reset_confirm.html"
    success_url = reverse_lazy("accounts:password-reset-complete")


class PasswordResetCompleteView(auth_views.PasswordResetCompleteView):
    template_name = "accounts/password_reset_complete.html"


@ratelimit(key="samenspraak.core.ratelimit.client_key", rate="30/h", method="POST", block=True)
def accept_invitation(request, token):
    invitation = selectors.open_invitation_by_token(token)
    if invitation is None:
        return render(request, "accounts/invitation_invalid.html", status=404)
    existing = get_user_model().objects.filter(email=invitation.email).first()
    if existing is not None:
        if request.user != existing:
            return render(request, "accounts/invitation_login.html", {"invitation": invitation})
        if request.method == "POST":
            return _accept(request, invitation, user=existing)
        return render(request, "accounts/invitation_confirm.html", {"invitation": invitation})

    form = AcceptInvitationForm(posted(request), email=invitation.email)
    if request.method == "POST" and form.is_valid():
        return _accept(
            request,
            invitation,
            full_name=form.cleaned_data["full_name"],
            password=form.cleaned_data["password1"],
        )
    return render(
        request, "accounts/invitation_accept.html", {"form": form, "invitation": invitation}
    )


def _accept(request, invitation, **kwargs):
    try:
        user = services.accept_invitation(invitation=invitation, **kwargs)
    except ValidationError:
        return render(request, "accounts/invitation_invalid.html", status=404)
    login(request, user, backend="samenspraak.accounts.backends.EmailBackend")
    messages.success(
        request, _("Welcome! You are now a member of %(name)s.") % {"name": invitation.municipality}
    )
    return redirect("organisations:dashboard", gemeente=invitation.municipality.slug)
