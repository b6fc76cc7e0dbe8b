"""Where a traject stands in the lemniscaat: ophalen, vertalen, veranderen, terugkoppelen.

A few grouped reads, so a policy officer sees at a glance where the cycle is and what comes next.
"""

from dataclasses import dataclass

from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _

from samenspraak.actions.models import Action, Goal, Status
from samenspraak.feedback.models import Publication
from samenspraak.insights.models import Code, Contribution, Finding, MaskState, Report
from samenspraak.instruments.models import Instrument, Round


@dataclass
class Overview:
    instruments: int
    contributions: int
    waiting_masks: int
    codes: int
    coded: int
    findings: int
    findings_waiting: int
    actions: dict
    reports: int
    published_reports: int
    publications: int
    goals: int
    next_step: str
    next_round: str = ""

    @property
    def coded_share(self) -> int:
        return round(100 * self.coded / self.contributions) if self.contributions else 0


def overview(traject) -> Overview:
    return overviews([traject])[traject.pk]


def _per_traject(queryset, field="traject_id", **counts) -> dict:
    """{traject id: {name: count}} in one grouped query."""
    rows = queryset.values(field).annotate(**counts).values(field, *counts).order_by()
    return {row[field]: row for row in rows}


def overviews(trajects) -> dict[int, Overview]:
    """Every traject's state in ten grouped queries, however many trajects a list or a region
    page shows."""
    ids = [traject.pk for traject in trajects]
    contributions = _per_traject(
        Contribution.objects.filter(traject__in=ids),
        n=Count("pk"),
        waiting=Count("pk", filter=Q(mask_state=MaskState.PENDING)),
    )
    coded = _per_traject(
        Contribution.objects.filter(traject__in=ids, codings__isnull=False),
        n=Count("pk", distinct=True),
    )
    instruments = _per_traject(Instrument.objects.filter(traject__in=ids), n=Count("pk"))
    codes = _per_traject(
        Code.objects.filter(codebook__traject__in=ids), "codebook__traject_id", n=Count("pk")
    )
    findings = _per_traject(
        Finding.objects.filter(traject__in=ids),
        n=Count("pk", distinct=True),
    )
    findings_waiting = _per_traject(
        Finding.objects.filter(traject__in=ids, actions__isnull=True), n=Count("pk")
    )
    actions = {}
    for row in (
        Action.objects.filter(traject__in=ids)
        .values("traject_id", "status")
        .annotate(n=Count("pk"))
        .order_by()
    ):
        actions.setdefault(row["traject_id"], {})[row["status"]] = row["n"]
    reports = _per_traject(
        Report.objects.filter(traject__in=ids),
        n=Count("pk"),
        published=Count("pk", filter=Q(published_at__isnull=False)),
    )
    publications = _per_traject(Publication.objects.filter(traject__in=ids), n=Count("pk"))
    goals = _per_traject(Goal.objects.filter(traject__in=ids), n=Count("pk"))
    last_rounds = _per_traject(
        Round.objects.filter(instrument__traject__in=ids),
        "instrument__traject_id",
        last=Max("number"),
    )
    found = {}
    for pk in ids:
        counts = actions.get(pk, {})
        state = Overview(
            instruments=instruments.get(pk, {}).get("n", 0),
            contributions=contributions.get(pk, {}).get("n", 0),
            waiting_masks=contributions.get(pk, {}).get("waiting", 0),
            codes=codes.get(pk, {}).get("n", 0),
            coded=coded.get(pk, {}).get("n", 0),
            findings=findings.get(pk, {}).get("n", 0),
            findings_waiting=findings_waiting.get(pk, {}).get("n", 0),
            actions={label: counts.get(value, 0) for value, label in Status.choices},
            reports=reports.get(pk, {}).get("n", 0),
            published_reports=reports.get(pk, {}).get("published", 0),
            publications=publications.get(pk, {}).get("n", 0),
            goals=goals.get(pk, {}).get("n", 0),
            next_step="",
        )
        state.next_step = _next_step(state)
        last = last_rounds.get(pk, {}).get("last")
        state.next_round = f"{last + 1}-meting" if last is not None else ""
        found[pk] = state
    return found


def _next_step(state: Overview) -> str:
    """The first thing the cycle still needs, in the order of the lemniscaat."""
    steps = [
        (not state.instruments, _("Choose methods and make a first instrument.")),
        (not state.contributions, _("Invite residents: nothing has come in yet.")),
        (state.waiting_masks, _("Let the new texts be checked for personal data.")),
        (not state.codes, _("Make a codebook and code what residents said.")),
        (not state.findings, _("Write the findings: what do many residents experience?")),
        (state.findings_waiting, _("Decide on the findings that have no action yet.")),
        (not state.reports, _("Make the report: the collective story.")),
        (not state.published_reports, _("Publish the report, so residents see what happened.")),
        (
            not state.publications,
            _("Publish the feedback page: what we heard, what we do, what it brought."),
        ),
        (not state.goals, _("Set goals and indicators, to see what the actions bring.")),
    ]
    for needed, text in steps:
        if needed:
            return text
    return _("Measure again: start a new round and compare it with the baseline.")
