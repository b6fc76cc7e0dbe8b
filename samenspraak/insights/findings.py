"""Findings and the collective-story report: reading the evidence behind each finding, and
making report versions (rendered once, as HTML and as a tagged PDF, by a background task)."""

from collections import Counter
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Max, Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Code, Coding, Contribution, Finding, MaskState, Report


@dataclass
class Strength:
    contributions: int
    sources: list[tuple[str, int]]
    groups: list[tuple[str, int]]


def strength(finding: Finding) -> Strength:
    """How much evidence stands behind a finding: contributions coded with its codes (or their
    sub-codes), by kind of source and by respondent group."""
    codes = list(finding.codes.all())
    if not codes:
        return Strength(0, [], [])
    ids = Coding.objects.filter(
        Q(code__in=codes) | Q(code__parent__in=codes), contribution__traject=finding.traject
    ).values("contribution_id")
    contributions = Contribution.objects.filter(pk__in=ids)
    labels = dict(Contribution.SourceType.choices)
    sources = Counter(contributions.values_list("source_type", flat=True))
    groups = Counter(g for g in contributions.values_list("respondent_group", flat=True) if g)
    return Strength(
        contributions=contributions.count(),
        sources=[(str(labels.get(k, k)), n) for k, n in sources.most_common()],
        groups=groups.most_common(),
    )


def quote_candidates(finding: Finding):
    """Masked contributions coded with the finding's codes: what a quote can be chosen from."""
    codes = list(finding.codes.all())
    return (
        Contribution.objects.filter(
            Q(codings__code__in=codes) | Q(codings__code__parent__in=codes),
            traject=finding.traject,
        )
        .exclude(mask_state=MaskState.PENDING)
        .distinct()
        .order_by("-consent_public", "-created_on")
    )


@transaction.atomic
def save_finding(*, traject, finding: Finding | None = None, codes=(), quotes=(), **fields):
    finding = finding or Finding(
        traject=traject, position=(traject.findings.aggregate(m=Max("position"))["m"] or 0) + 1
    )
    for name, value in fields.items():
        setattr(finding, name, value.strip() if isinstance(value, str) else value)
    if not finding.statement:
        raise ValidationError({"statement": _("Write the finding in one sentence.")})
    if any(code.codebook.traject_id != traject.pk for code in codes):
        raise ValidationError({"codes": _("Choose codes of this traject.")})
    if any(quote.traject_id != traject.pk or not quote.is_masked for quote in quotes):
        raise ValidationError({"quotes": _("Choose checked contributions of this traject.")})
    finding.full_clean()
    finding.save()
    finding.codes.set(codes)
    finding.quotes.set(quotes)
    return finding


# --- The report ----------------------------------------------------------------------------


def report_context(traject) -> dict:
    """Everything the collective story tells, read once when a version is made."""
    from samenspraak.instruments.models import Instrument
    from samenspraak.journeys.models import Journey
    from samenspraak.responses.models import Response

    from . import dashboards

    contributions = Contribution.objects.filter(traject=traject)
    labels = dict(Contribution.SourceType.choices)
    instruments = []
    for instrument in Instrument.objects.filter(traject=traject).order_by("title"):
        complete = Response.objects.filter(
            instrument=instrument, status=Response.Status.COMPLETE
        ).count()
        instruments.append(
            {
                "instrument": instrument,
                "responses": complete,
                "figures": dashboards.question_figures(instrument) if complete else [],
            }
        )
    findings = []
    for finding in traject.findings.prefetch_related("codes__parent", "quotes"):
        findings.append(
            {
                "finding": finding,
                "strength": strength(finding),
                "quotes": [q for q in finding.quotes.all() if q.is_masked],
            }
        )
    checked = contributions.exclude(mask_state=MaskState.PENDING)
    # Ideas harvested in meetings are what residents wish for; "Wat goed gaat" what to keep.
    wishes = checked.filter(harvest_item__kind="idee").order_by("-created_on")[:10]
    going_well = (
        checked.filter(codings__code__name="Wat goed gaat", consent_public=True)
        .distinct()
        .order_by("-created_on")[:8]
    )
    return {
        "traject": traject,
        "municipality": traject.municipality,
        "instruments": instruments,
        "journeys": [journey_summary(j) for j in Journey.objects.filter(traject=traject)],
        "sources": [
            (labels.get(row["source_type"], row["source_type"]), row["n"])
            for row in contributions.values("source_type").annotate(n=Count("pk")).order_by("-n")
        ],
        "total": contributions.count(),
        "findings": findings,
        "wishes": wishes,
        "going_well": going_well,
        "codes": Code.objects.filter(codebook__traject=traject, parent__isnull=True),
        "minimum": dashboards.minimum(),
    }


def journey_summary(journey) -> dict:
    """The average curve with phases under the minimum hidden, and the lowest points (hot
    spots) with masked quotes that residents agreed to share."""
    from samenspraak.journeys.selectors import average_curve

    from . import dashboards

    rows = average_curve(journey)
    for row in rows:
        row["hidden"] = row["n"] < dashboards.minimum()
        if row["hidden"]:
            row.update(mean=None, spread=None, bejegening=None, communicatie=None)
            row["deskundigheid"] = None
    scored = sorted((r for r in rows if r["mean"] is not None), key=lambda r: r["mean"])
    hotspots = []
    for row in scored[:2]:
        quotes = (
            Contribution.objects.filter(
                traject=journey.traject,
                source_type=Contribution.SourceType.JOURNEY_PHASE,
                phase=row["name"],
                consent_public=True,
            )
            .exclude(mask_state=MaskState.PENDING)
            .order_by("score", "-created_on")[:3]
        )
        hotspots.append({"phase": row, "quotes": list(quotes)})
    return {"journey": journey, "rows": rows, "hotspots": hotspots}


@transaction.atomic
def start_report(*, traject, summary_b1: str, user) -> Report:
    from .tasks import make_report

    summary_b1 = summary_b1.strip()
    if not summary_b1:
        raise ValidationError({"summary_b1": _("Write a short summary for residents.")})
    if not traject.findings.exists():
        raise ValidationError(_("Write at least one finding first."))
    version = (traject.reports.aggregate(m=Max("version"))["m"] or 0) + 1
    report = Report.objects.create(
        traject=traject, version=version, summary_b1=summary_b1, created_by=user
    )
    transaction.on_commit(lambda: make_report.enqueue(report.pk))
    return report


def render_report(report: Report) -> Report:
    """The task's work: the HTML snapshot and the tagged PDF, made once per version."""
    from weasyprint import HTML

    if report.published_at:
        raise ValidationError(_("A published report does not change."))
    try:
        with translation.override("nl"):
            context = {**report_context(report.traject), "report": report}
            report.html = render_to_string("insights/_report_body.html", context)
            document = render_to_string(
                "insights/report_document.html", {**context, "body": report.html}
            )
        report.pdf = HTML(string=document).write_pdf(pdf_variant="pdf/ua-1")
        report.status = Report.Status.DONE
    except Exception as error:
        report.status, report.error = Report.Status.FAILED, str(error)[:2000]
        report.save(update_fields=["status", "error"])
        raise
    report.save(update_fields=["html", "pdf", "status"])
    return report


def publish_report(*, report: Report) -> Report:
    if report.status != Report.Status.DONE:
        raise ValidationError(_("Only a finished report can be published."))
    if report.published_at is None:
        report.published_at = timezone.now()
        report.save(update_fields=["published_at"])
    return report
