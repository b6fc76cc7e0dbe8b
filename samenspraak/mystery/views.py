from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.privacy.selectors import may_read_raw
from samenspraak.responses.downloads import raw_data_download
from samenspraak.trajects.selectors import trajects_of

from . import exports, services
from .forms import AssignForm, RoundForm, VisitForm
from .models import MysteryRound
from .selectors import assignments_for, criterion_means, rounds_of, visit_matrix
from .template import default_template


def _round(request, pk):
    return get_object_or_404(rounds_of(request.municipality), pk=pk)


@requires(Permission.MANAGE_TRAJECTS)
def round_list(request, gemeente):
    return render(request, "mystery/staff_list.html", {"rounds": rounds_of(request.municipality)})


@requires(Permission.MANAGE_TRAJECTS)
def round_create(request, gemeente):
    trajects = trajects_of(request.municipality)
    template = default_template()
    form = RoundForm(
        posted(request),
        trajects=trajects,
        initial={
            "traject": request.GET.get("traject"),
            "instructions": _(
                "Ask your help question as if it were your own. Do not say that you are a "
                "mystery guest. Write your report the same day."
            ),
            "scenarios": "\n".join(
                f"{s['title']}: {s['help_question']}" for s in template["scenarios"]
            ),
            "locations": "\n".join(template["locations"]),
            "criteria": "\n".join(template["criteria"]),
        },
    )
    if request.method == "POST" and form.is_valid():
        try:
            mystery_round = services.create_round(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The round is made. Now assign visits to the guests."))
            return redirect(mystery_round.get_absolute_url())
    return render(
        request, "mystery/staff_create.html", {"form": form, "has_trajects": trajects.exists()}
    )


@requires(Permission.MANAGE_TRAJECTS)
def round_detail(request, gemeente, pk):
    """The visit matrix, the assignments, and a form to assign one more visit."""
    mystery_round = _round(request, pk)
    form = AssignForm(posted(request), mystery_round=mystery_round)
    if request.method == "POST" and form.is_valid():
        try:
            services.assign(mystery_round=mystery_round, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The visit is assigned."))
            return redirect(mystery_round.get_absolute_url())
    return render(
        request,
        "mystery/staff_detail.html",
        {
            "round": mystery_round,
            "form": form,
            "matrix": visit_matrix(mystery_round, raw=may_read_raw(request.membership)),
            "criteria": criterion_means(mystery_round),
            "assignments": mystery_round.assignments.select_related(
                "guest", "scenario", "location"
            ),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def round_status(request, gemeente, pk):
    mystery_round = _round(request, pk)
    status = request.POST.get("status")
    if status in (MysteryRound.Status.OPEN, MysteryRound.Status.GESLOTEN):
        services.set_status(mystery_round=mystery_round, status=status)
        messages.success(
            request,
            _("Guests can report their visits now.")
            if status == MysteryRound.Status.OPEN
            else _("The round is closed."),
        )
    return redirect(mystery_round.get_absolute_url())


@requires(Permission.DO_VISITS)
def my_visits(request, gemeente):
    return render(
        request,
        "mystery/guest_list.html",
        {"assignments": assignments_for(request.user, request.municipality)},
    )


@requires(Permission.DO_VISITS)
def visit_report(request, gemeente, assignment_pk):
    """A guest reports one visit; only their own assignments exist for them."""
    assignment = get_object_or_404(
        assignments_for(request.user, request.municipality), pk=assignment_pk
    )
    form = VisitForm(posted(request), criteria=assignment.round.criteria.all())
    if request.method == "POST" and form.is_valid():
        try:
            services.record_visit(
                assignment=assignment,
                scores=form.scores(),
                **{
                    n: form.cleaned_data[n]
                    for n in ("visited_on", "channel", "what_happened", "quotes")
                },
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("Thank you. Your report is saved."))
            return redirect("mystery:my-visits", request.municipality.slug)
    return render(request, "mystery/guest_visit.html", {"assignment": assignment, "form": form})


@requires(Permission.EXPORT_RAW_DATA)
def export(request, gemeente, pk, kind):
    mystery_round = _round(request, pk)
    return raw_data_download(
        request,
        exports.rows(mystery_round),
        kind=kind,
        what=f"mystery-{pk}",
        filename=exports.filename(mystery_round, kind),
        sheet="bezoeken",
    )
