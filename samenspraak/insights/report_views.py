"""Findings and the collective-story report, for staff."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.trajects.selectors import traject_for

from . import findings, readability, selectors
from .forms import FindingForm, ReportForm
from .models import Contribution, Finding, Report


@requires(Permission.VIEW_RESULTS)
def finding_list(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    items = [
        {"finding": finding, "strength": findings.strength(finding)}
        for finding in traject.findings.prefetch_related("codes__parent", "quotes")
    ]
    return render(request, "insights/findings.html", {"traject": traject, "items": items})


@requires(Permission.MANAGE_TRAJECTS)
def finding_edit(request, gemeente, traject_pk, pk=None):
    traject = traject_for(request.municipality, traject_pk)
    finding = get_object_or_404(Finding, traject=traject, pk=pk) if pk else None
    codes = selectors.codes_for_choice(traject)
    candidates = findings.quote_candidates(finding) if finding else Contribution.objects.none()
    initial = (
        {
            "statement": finding.statement,
            "explanation": finding.explanation,
            "figures": finding.figures,
            "codes": finding.codes.all(),
            "quotes": finding.quotes.all(),
        }
        if finding
        else {}
    )
    form = FindingForm(posted(request), initial=initial, codes=codes, candidates=candidates)
    if request.method == "POST" and form.is_valid():
        try:
            saved = findings.save_finding(traject=traject, finding=finding, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The finding is saved."))
            return redirect("insights:finding-edit", gemeente, traject.pk, saved.pk)
    return render(
        request,
        "insights/finding_form.html",
        {
            "traject": traject,
            "form": form,
            "finding": finding,
            "strength": findings.strength(finding) if finding else None,
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def finding_delete(request, gemeente, traject_pk, pk):
    traject = traject_for(request.municipality, traject_pk)
    finding = get_object_or_404(Finding, traject=traject, pk=pk)
    if request.method == "POST":
        finding.delete()
        messages.success(request, _("The finding is deleted."))
        return redirect("insights:findings", gemeente, traject.pk)
    return render(request, "insights/finding_delete.html", {"traject": traject, "finding": finding})


@requires(Permission.VIEW_RESULTS)
def report_list(request, gemeente, traject_pk):
    """Versions of the report, and the form for a new one with its readability check."""
    traject = traject_for(request.municipality, traject_pk)
    latest = traject.reports.first()
    form = ReportForm(posted(request), initial={"summary_b1": latest.summary_b1 if latest else ""})
    check = None
    if request.method == "POST":
        if not request.membership.has_perm(Permission.MANAGE_TRAJECTS):
            raise Http404
        if form.is_valid():
            check = readability.measure(form.cleaned_data["summary_b1"])
            if request.POST.get("actie") == "maken":
                try:
                    report = findings.start_report(
                        traject=traject,
                        summary_b1=form.cleaned_data["summary_b1"],
                        user=request.user,
                    )
                except ValidationError as error:
                    apply_validation_error(form, error)
                else:
                    messages.success(
                        request, _("Version %(n)s is being made.") % {"n": report.version}
                    )
                    return redirect("insights:report", gemeente, traject.pk, report.pk)
    return render(
        request,
        "insights/reports.html",
        {
            "traject": traject,
            "reports": traject.reports.all(),
            "form": form,
            "check": check,
            "b1_minimum": readability.B1_MINIMUM,
            "long_sentence": readability.LONG_SENTENCE,
        },
    )


def _report(request, traject_pk, pk):
    traject = traject_for(request.municipality, traject_pk)
    return traject, get_object_or_404(Report, traject=traject, pk=pk)


@requires(Permission.VIEW_RESULTS)
def report_detail(request, gemeente, traject_pk, pk):
    traject, report = _report(request, traject_pk, pk)
    return render(request, "insights/report.html", {"traject": traject, "report": report})


@requires(Permission.VIEW_RESULTS)
def report_pdf(request, gemeente, traject_pk, pk):
    traject, report = _report(request, traject_pk, pk)
    if report.status != Report.Status.DONE:
        raise Http404
    response = HttpResponse(bytes(report.pdf), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="samenspraak-rapport-{traject.pk}-v{report.version}.pdf"'
    )
    return response


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def report_publish(request, gemeente, traject_pk, pk):
    _traject, report = _report(request, traject_pk, pk)
    try:
        findings.publish_report(report=report)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("This version is published. It will not change any more."))
    return redirect("insights:report", gemeente, report.traject_id, report.pk)
