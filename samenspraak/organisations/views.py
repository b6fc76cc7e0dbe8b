from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.core.selectors import failed_task_count
from samenspraak.regions.selectors import region_memberships_for
from samenspraak.trajects.selectors import trajects_of

from . import selectors, services
from .forms import InviteForm, RoleForm, ThemeForm
from .models import Membership, Municipality
from .roles import ROLE_DESCRIPTIONS, Permission, Role
from .scoping import requires


@login_required
def workspace_choice(request):
    memberships = list(selectors.memberships_for(request.user))
    region_memberships = list(region_memberships_for(request.user))
    if len(memberships) == 1 and not region_memberships:
        return redirect(memberships[0].get_home_url())
    return render(
        request,
        "organisations/workspace_choice.html",
        {"memberships": memberships, "region_memberships": region_memberships},
    )


def dashboard(request, gemeente):
    return render(
        request,
        "organisations/dashboard.html",
        {
            "municipality": request.municipality,
            "member_count": selectors.members_of(request.municipality).count(),
            "next_steps": dashboard_next_steps(request),
            "traject_count": trajects_of(request.municipality).count(),
            "failed_task_count": (
                failed_task_count(request.municipality)
                if request.membership.has_perm(Permission.MANAGE_TRAJECTS)
                else 0
            ),
        },
    )


def dashboard_next_steps(request):
    """What a newcomer should do first, by permission; later apps add their own steps."""
    steps = []
    if request.membership.has_perm(Permission.MANAGE_TRAJECTS) and not (
        trajects_of(request.municipality).exists()
    ):
        steps.append(
            {
                "text": _("Start a traject with the question you want to improve."),
                "url_name": "trajects:create",
            }
        )
    if request.membership.has_perm(Permission.MANAGE_MEMBERS) and (
        selectors.members_of(request.municipality).count() < 2
    ):
        steps.append(
            {
                "text": _("Invite your colleagues and the advisory council."),
                "url_name": "organisations:members",
            }
        )
    return steps


@requires(Permission.MANAGE_MEMBERS)
def members(request, gemeente):
    form = InviteForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            services.invite_member(
                municipality=request.municipality,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                invited_by=request.user,
                base_url=request.build_absolute_uri("/").rstrip("/"),
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request, _("Invitation sent to %(email)s.") % {"email": form.cleaned_data["email"]}
            )
            return redirect("organisations:members", gemeente=gemeente)
    return render(
        request,
        "organisations/members.html",
        {
            "form": form,
            "memberships": selectors.members_of(request.municipality),
            "invitations": selectors.open_invitations(request.municipality),
            "role_descriptions": [(Role(r).label, d) for r, d in ROLE_DESCRIPTIONS.items()],
            "role_choices": Role.choices,
        },
    )


@require_POST
@requires(Permission.MANAGE_MEMBERS)
def member_change_role(request, gemeente, pk):
    membership = get_object_or_404(Membership, pk=pk, municipality=request.municipality)
    form = RoleForm(request.POST)
    if form.is_valid():
        try:
            services.change_role(membership=membership, role=form.cleaned_data["role"])
            messages.success(
                request, _("The role of %(user)s is changed.") % {"user": membership.user}
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
    return redirect("organisations:members", gemeente=gemeente)


@require_POST
@requires(Permission.MANAGE_MEMBERS)
def member_remove(request, gemeente, pk):
    membership = get_object_or_404(Membership, pk=pk, municipality=request.municipality)
    try:
        services.remove_member(membership=membership)
        messages.success(request, _("%(user)s is no longer a member.") % {"user": membership.user})
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("organisations:members", gemeente=gemeente)


@requires(Permission.MANAGE_SETTINGS)
def theme(request, gemeente):
    municipality = request.municipality
    form = ThemeForm(posted(request), request.FILES or None, instance=municipality)
    if request.method == "POST" and form.is_valid():
        try:
            services.update_theme(
                municipality=municipality,
                primary=form.cleaned_data["theme_primary_colour"],
                text_on_primary=form.cleaned_data["theme_text_on_primary"],
                logo=form.cleaned_data.get("logo"),
                remove_logo=form.cleaned_data["remove_logo"],
            )
        except ValidationError as error:
            municipality.refresh_from_db()
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The theme is saved."))
            return redirect("organisations:theme", gemeente=gemeente)
    return render(request, "organisations/theme.html", {"form": form})


def municipality_public(request, slug):
    from samenspraak.feedback.selectors import latest_per_traject
    from samenspraak.instruments.selectors import open_instruments_of
    from samenspraak.journeys.selectors import open_journeys_of
    from samenspraak.stories.selectors import open_story_points_of
    from samenspraak.walks.selectors import open_walks_of

    municipality = get_object_or_404(Municipality, slug=slug)
    return render(
        request,
        "organisations/public.html",
        {
            "public_municipality": municipality,
            "open_instruments": open_instruments_of(municipality),
            "open_story_points": open_story_points_of(municipality),
            "open_journeys": open_journeys_of(municipality),
            "open_walks": open_walks_of(municipality),
            "feedback": latest_per_traject(municipality)[:5],
        },
    )


def municipality_theme_css(request, slug):
    """The municipality's colours as design-token overrides; a file, so the CSP stays strict."""
    municipality = get_object_or_404(Municipality, slug=slug)
    css = render(
        request, "organisations/theme.css", {"m": municipality}, content_type="text/css"
    ).content
    response = HttpResponse(css, content_type="text/css; charset=utf-8")
    response["Cache-Control"] = "public, max-age=300"
    return response
