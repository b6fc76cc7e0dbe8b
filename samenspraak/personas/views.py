"""Persona pages in the region space. The region middleware has already checked that the user
may read this region; these views add who may make, edit and record a route."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.journeys.phases import default_phases
from samenspraak.regions.downloads import pdf_response

from . import selectors, services
from .access import abilities_for
from .comparison import compare
from .forms import REGION_OWNER, PersonaForm, RouteForm


def _abilities(request):
    return abilities_for(request.user, request.region_access)


def _persona_or_404(request, pk, abilities):
    persona = selectors.persona_in(request.region, pk)
    if persona is None or not abilities.may_see(persona):
        raise Http404
    return persona


def _owners(abilities) -> list[tuple[str, str]]:
    owners = [(REGION_OWNER, _("The region"))] if abilities.region_wide else []
    return owners + [(str(m.pk), m.name) for m in abilities.municipalities]


def _evidence(region, abilities, persona=None):
    """The findings and quotes the form offers; the service checks them against the maker."""
    if persona is not None:
        scope = selectors.evidence_scope(persona)
    else:
        scope = None if abilities.region_wide else list(abilities.municipality_ids)
    return {
        "findings": selectors.finding_choices(region, scope),
        "quotes": selectors.quote_choices(region, scope),
    }


def _save(request, form, **target):
    """The persona from a valid form, or None with the service's errors on the form."""
    try:
        persona = services.save_persona(
            region=request.region,
            user=request.user,
            journey=form.journey(),
            findings=form.cleaned_data["findings"],
            quotes=form.cleaned_data["quotes"],
            **target,
            **form.persona_fields(),
        )
    except ValidationError as error:
        apply_validation_error(form, error)
        return None
    messages.success(request, _("The persona is saved."))
    return persona


def persona_list(request, regio):
    abilities = _abilities(request)
    return render(
        request,
        "personas/list.html",
        {
            "personas": selectors.personas_for(request.region, abilities),
            "abilities": abilities,
        },
    )


def persona_create(request, regio):
    abilities = _abilities(request)
    if not abilities.may_make:
        raise PermissionDenied
    owners = _owners(abilities)
    form = PersonaForm(
        posted(request),
        owners=owners,
        phases=[(phase["key"], phase["name"]) for phase in default_phases()],
        **_evidence(request.region, abilities),
    )
    if request.method == "POST" and form.is_valid():
        made_by = form.cleaned_data["made_by"]
        municipality = next((m for m in abilities.municipalities if str(m.pk) == made_by), None)
        saved = _save(request, form, municipality=municipality)
        if saved is not None:
            return redirect("personas:detail", regio=regio, pk=saved.pk)
    return render(request, "personas/form.html", {"form": form, "persona": None})


def persona_edit(request, regio, pk):
    abilities = _abilities(request)
    persona = _persona_or_404(request, pk, abilities)
    if not abilities.may_edit(persona):
        raise PermissionDenied
    form = PersonaForm(
        posted(request),
        instance=persona,
        phases=[(phase.phase_key, phase.phase_name) for phase in persona.phases.all()],
        **_evidence(request.region, abilities, persona),
    )
    if (
        request.method == "POST"
        and form.is_valid()
        and _save(request, form, persona=persona) is not None
    ):
        return redirect("personas:detail", regio=regio, pk=persona.pk)
    return render(request, "personas/form.html", {"form": form, "persona": persona})


def persona_detail(request, regio, pk):
    abilities = _abilities(request)
    persona = _persona_or_404(request, pk, abilities)
    drawing, rows = selectors.journey_curve(persona)
    return render(
        request,
        "personas/detail.html",
        {
            "persona": persona,
            "curve": drawing,
            "rows": rows,
            "findings": selectors.persona_findings(persona),
            "quotes": selectors.persona_quotes(persona),
            "comparison": compare(
                persona,
                viewer_municipality_ids=request.region_access.municipality_ids,
                anonymous=request.region.compare_anonymously,
            ),
            "may_edit": abilities.may_edit(persona),
            "route_municipalities": abilities.municipalities
            if abilities.may_record_route(persona)
            else (),
        },
    )


def persona_route(request, regio, pk):
    """A municipality's route for the persona; staff choose which of their own
    municipalities with ``?gemeente=<slug>`` and can never reach another's."""
    abilities = _abilities(request)
    persona = _persona_or_404(request, pk, abilities)
    if not abilities.may_record_route(persona):
        raise PermissionDenied
    slug = request.GET.get("gemeente") or abilities.municipalities[0].slug
    municipality = next((m for m in abilities.municipalities if m.slug == slug), None)
    if municipality is None:
        raise PermissionDenied
    route = persona.routes.filter(municipality=municipality).first()
    form = RouteForm(posted(request), phases=persona.phases.all(), route=route)
    if request.method == "POST" and form.is_valid():
        try:
            services.record_route(
                persona=persona, municipality=municipality, user=request.user, steps=form.steps()
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _("The route of %(municipality)s is saved.") % {"municipality": municipality},
            )
            return redirect("personas:detail", regio=regio, pk=persona.pk)
    return render(
        request,
        "personas/route.html",
        {
            "persona": persona,
            "form": form,
            "municipality": municipality,
            "others": [m for m in abilities.municipalities if m.pk != municipality.pk],
        },
    )


def persona_card(request, regio, pk):
    """The printable persona card: a tagged PDF for the regional meeting."""
    abilities = _abilities(request)
    persona = _persona_or_404(request, pk, abilities)
    return pdf_response(
        request,
        "personas/card_pdf.html",
        {
            "persona": persona,
            "phases": persona.phases.all(),
            "quotes": selectors.persona_quotes(persona),
        },
        f"persona-{slugify(persona.name) or persona.pk}.pdf",
    )
