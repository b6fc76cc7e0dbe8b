"""Where a traject stands in the lemniscaat: ophalen, vertalen, veranderen, terugkoppelen.

One read per step, so a policy officer sees at a glance where the cycle is and what comes next.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from samenspraak.actions.models import Action, Goal, Status
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
    contributions = Contribution.objects.filter(traject=traject)
    counts = dict(
        Action.objects.filter(traject=traject)
        .values("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    reports = Report.objects.filter(traject=traject)
    state = Overview(
        instruments=Instrument.objects.filter(traject=traject).count(),
        contributions=contributions.count(),
        waiting_masks=contributions.filter(mask_state=MaskState.PENDING).count(),
        codes=Code.objects.filter(codebook__traject=traject).count(),
        coded=contributions.filter(codings__isnull=False).distinct().count(),
        findings=Finding.objects.filter(traject=traject).count(),
        findings_waiting=Finding.objects.filter(traject=traject, actions__isnull=True).count(),
        actions={label: counts.get(value, 0) for value, label in Status.choices},
        reports=reports.count(),
        published_reports=reports.filter(published_at__isnull=False).count(),
        publications=traject.publications.count(),
        goals=Goal.objects.filter(traject=traject).count(),
        next_step="",
    )
    state.next_step = _next_step(state)
    last = Round.objects.filter(instrument__traject=traject).order_by("-number").first()
    state.next_round = f"{last.number + 1}-meting" if last else ""
    return state


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
