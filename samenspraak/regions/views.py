from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.personas.access import abilities_for
from samenspraak.personas.selectors import personas_for
from samenspraak.trajects import lemniscaat
from samenspraak.trajects.selectors import traject_for, werkvorm_trajects_for_region

from . import innovation, overview, paired, regional, selectors, services, spiegel, spiral
from .downloads import KINDS, comparison_download
from .forms import (
    ComparisonSettingsForm,
    InnovationForm,
    PhaseForm,
    RegionMemberForm,
    SharingForm,
)
from .models import RegionMembership, SharingLevel
from .roles import REGION_ROLE_DESCRIPTIONS, RegionPermission, RegionRole
from .scoping import requires_region
from .spiral import PHASES

QUOTES_ON_PAGE = 50


def region_overview(request, regio):
    """The member municipalities and, per member, only the trajects it chose to share."""
    shared = {}
    trajects = list(selectors.shared_trajects(request.region))
    states = lemniscaat.overviews(trajects)  # counts only, no raw data
    for traject in trajects:
        traject.state = states[traject.pk]
        shared.setdefault(traject.municipality_id, []).append(traject)
    members = [
        (municipality, shared.get(municipality.pk, []))
        for municipality in selectors.member_municipalities(request.region)
    ]
    return render(
        request,
        "regions/region.html",
        {
            "members": members,
            "regional_trajects": regional.regional_trajects_of(request.region),
            "werkvormen": werkvorm_trajects_for_region(request.region, trajects),
            "personas": personas_for(
                request.region, abilities_for(request.user, request.region_access)
            ),
            "comparisons": spiegel.comparable_templates(request.region),
            "paired_sets": paired.comparable_sets(request.region),
            "innovations": overview.innovation_states(request.region),
            "network": overview.latest_network(request.region),
        },
    )


def region_traject(request, regio, pk):
    traject = selectors.shared_traject(request.region, pk)
    if traject is None:
        raise Http404
    return render(
        request,
        "regions/traject.html",
        {
            "traject": traject,
            "state": lemniscaat.overview(traject),
            "quotes": selectors.shared_quotes(traject, limit=QUOTES_ON_PAGE),
            "shares_quotes": selectors.sharing_level(traject) == SharingLevel.CITATEN,
        },
    )


@requires_region(RegionPermission.MANAGE_REGION_MEMBERS)
def region_members(request, regio):
    form = RegionMemberForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            membership = services.add_region_member(
                region=request.region,
                email=form.cleaned_data["email"],
                role=form.cleaned_data["role"],
                added_by=request.user,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request, _("%(user)s is now a member of the region.") % {"user": membership.user}
            )
            return redirect("regions:members", regio=regio)
    return render(
        request,
        "regions/members.html",
        {
            "form": form,
            "memberships": selectors.members_of_region(request.region),
            "role_descriptions": [
                (RegionRole(r).label, d) for r, d in REGION_ROLE_DESCRIPTIONS.items()
            ],
        },
    )


@require_POST
@requires_region(RegionPermission.MANAGE_REGION_MEMBERS)
def region_member_remove(request, regio, pk):
    membership = get_object_or_404(RegionMembership, pk=pk, region=request.region)
    try:
        services.remove_region_member(membership=membership)
        messages.success(
            request, _("%(user)s is no longer a member of the region.") % {"user": membership.user}
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("regions:members", regio=regio)


@requires(Permission.MANAGE_TRAJECTS)
def traject_sharing(request, gemeente, pk):
    traject = traject_for(request.municipality, pk)
    initial = {"level": selectors.sharing_level(traject)}
    form = SharingForm(posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.set_sharing(
                traject=traject, level=form.cleaned_data["level"], user=request.user
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("What this traject shares with the region is saved."))
            return redirect(traject.get_absolute_url())
    return render(
        request,
        "regions/sharing.html",
        {
            "form": form,
            "traject": traject,
            "sharing": getattr(traject, "sharing", None),
            "region": request.municipality.region,
        },
    )


def innovation_list(request, regio):
    return render(
        request,
        "regions/innovations.html",
        {
            "innovations": innovation.innovations_of(request.region),
            "form": InnovationForm(),
            "phase_count": len(PHASES),
        },
    )


@require_POST
@requires_region(RegionPermission.MANAGE_INNOVATIONS)
def innovation_create(request, regio):
    form = InnovationForm(request.POST)
    if form.is_valid():
        try:
            created = innovation.save_innovation(
                region=request.region, user=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            return redirect("regions:innovation", regio=regio, pk=created.pk)
    return render(
        request,
        "regions/innovations.html",
        {
            "innovations": innovation.innovations_of(request.region),
            "form": form,
            "phase_count": len(PHASES),
        },
    )


def innovation_detail(request, regio, pk):
    item = innovation.innovation_in(request.region, pk)
    if item is None:
        raise Http404
    overview = innovation.phase_overview(item)
    current = max((row["phase"].number for row in overview if row["current"]), default=None)
    return render(
        request,
        "regions/innovation.html",
        {"innovation": item, "overview": overview, "spiral": spiral.drawing(current)},
    )


@requires_region(RegionPermission.MANAGE_INNOVATIONS)
def innovation_phase(request, regio, pk, phase):
    item = innovation.innovation_in(request.region, pk)
    if item is None or phase not in spiral.PHASE_NUMBERS:
        raise Http404
    record = item.phases.filter(phase=phase).first()
    evidence = innovation.evidence_choices(request.region)
    form = PhaseForm(posted(request), instance=record, evidence=evidence)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            innovation.record_phase(
                innovation=item,
                phase=phase,
                user=request.user,
                participants=data.pop("participants"),
                findings=list(data.pop("findings")),
                **data,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The phase is saved."))
            return redirect("regions:innovation", regio=regio, pk=item.pk)
    return render(
        request,
        "regions/innovation_phase.html",
        {
            "innovation": item,
            "phase": spiral.PHASES[phase - 1],
            "form": form,
            "furthest": innovation.furthest_phase(item),
        },
    )


def _regional_filter(request):
    """The regional traject a comparison is narrowed to (``?regionaal=``), if any."""
    pk = request.GET.get("regionaal", "")
    if not pk:
        return None
    found = regional.regional_traject_in(request.region, pk) if pk.isdigit() else None
    if found is None:
        raise Http404
    return found


def _comparison(request, template_key):
    """The comparison as this viewer may see it: their own municipality by name."""
    own = request.region_access.municipality_ids
    narrowed = _regional_filter(request)
    found = spiegel.comparison(
        request.region,
        template_key,
        viewer_municipality_ids=own,
        anonymous=request.region.compare_anonymously,
        trajects=regional.participant_trajects(narrowed) if narrowed else None,
    )
    if found is None:
        raise Http404
    found.regional = narrowed
    return found


def spiegel_list(request, regio):
    form = ComparisonSettingsForm(
        posted(request), initial={"anonymous": request.region.compare_anonymously}
    )
    if request.method == "POST":
        if not request.region_access.has_perm(RegionPermission.MANAGE_COMPARISON):
            raise PermissionDenied
        if form.is_valid():
            services.set_comparison_anonymous(
                region=request.region, anonymous=form.cleaned_data["anonymous"]
            )
            messages.success(request, _("The choice is saved."))
            return redirect("regions:spiegel", regio=regio)
    return render(
        request,
        "regions/spiegel_list.html",
        {"templates": spiegel.comparable_templates(request.region), "form": form},
    )


def spiegel_detail(request, regio, template_key):
    found = _comparison(request, template_key)
    return render(
        request,
        "regions/spiegel.html",
        {
            "comparison": found,
            "sections": [(row, found.table(row)) for row in found.rows],
            "minimum": settings.SMALL_CELL_MINIMUM,
            "refresh_minutes": settings.ANSWER_TALLY_MAX_AGE // 60,
        },
    )


def spiegel_export(request, regio, template_key, kind):
    if kind not in KINDS:
        raise Http404
    found = _comparison(request, template_key)
    return comparison_download(
        request,
        kind,
        filename=f"spiegel-{request.region.slug}-{template_key}.{kind}",
        rows=spiegel.table_rows(found),
        sheet="spiegel",
        pdf_template="regions/spiegel_pdf.html",
        context={
            "comparison": found,
            "sections": [(row, found.table(row)) for row in found.rows],
            "minimum": settings.SMALL_CELL_MINIMUM,
        },
    )
