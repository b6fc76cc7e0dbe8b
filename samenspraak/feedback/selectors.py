"""Reading the feedback page: published versions for residents, recognition counts for staff."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404

from samenspraak.actions.models import Status
from samenspraak.insights.models import Finding

from .models import Publication, Recognition

# A finding is flagged for another look when at least the small-cell minimum of residents
# answered and at least this share of them does not recognise it.
NOT_RECOGNISED_SHARE = 1 / 3


def published_version(municipality, traject_pk: int, version: int | None = None) -> Publication:
    """The latest (or the asked) published version; anything else does not exist for residents."""
    publications = (
        Publication.objects.filter(traject__municipality=municipality, traject_id=traject_pk)
        .select_related("traject__municipality")
        .defer("pdf")
    )  # the PDF only when asked for
    publication = (
        publications.filter(version=version).first()
        if version is not None
        else publications.order_by("-version").first()
    )
    if publication is None:
        raise Http404
    return publication


def versions_of(traject):
    return traject.publications.only("version", "published_at", "traject_id").order_by("-version")


def _latest(publications) -> list[Publication]:
    """Each traject's newest version, newest first; older versions stay reachable by number."""
    latest = {}
    for publication in publications.order_by("traject_id", "-version"):
        latest.setdefault(publication.traject_id, publication)
    return sorted(latest.values(), key=lambda p: p.published_at, reverse=True)


def latest_per_traject(municipality):
    """Each traject's newest version, newest first: the municipality's feedback overview."""
    return _latest(
        Publication.objects.filter(traject__municipality=municipality).select_related("traject")
    )


def recent_publications(*, municipality=None, traject=None, region=None, limit: int = 20):
    publications = Publication.objects.select_related("traject__municipality").defer("pdf")
    if traject is not None:
        publications = publications.filter(traject=traject)
    elif region is not None:
        publications = publications.filter(traject__municipality__region=region)
    else:
        publications = publications.filter(traject__municipality=municipality)
    return publications.order_by("-published_at")[:limit]


@dataclass
class PublishedSummary:
    """What a resident sees of one published page on the region's page: the figures the page
    itself shows, counted from the same frozen version."""

    publication: Publication
    took_part: int
    findings: int
    actions_running: int
    actions_done: int
    not_adopted: int


def _summary(publication) -> PublishedSummary:
    content = publication.content
    participation = content.get("participation", {})
    took_part = sum(
        round_["n"] for q in participation.get("questionnaires", []) for round_ in q["rounds"]
    ) + sum(other["n"] for other in participation.get("other", []))
    statuses = [action["status"] for action in content.get("actions", [])]
    return PublishedSummary(
        publication=publication,
        took_part=took_part,
        findings=len(content.get("findings", [])),
        actions_running=sum(s in RUNNING for s in statuses),
        actions_done=statuses.count(Status.DONE),
        not_adopted=statuses.count(Status.NOT_ADOPTED),
    )


RUNNING = {Status.PROPOSED, Status.DECIDED, Status.IN_PROGRESS}


def region_overview(region) -> list[tuple]:
    """Per member municipality (by name) the newest version of each published page.

    Published pages are public already; the region's page only gathers them, so it needs no
    sharing decision and shows nothing a municipality has not published itself."""
    publications = (
        Publication.objects.filter(traject__municipality__region=region)
        .select_related("traject__municipality")
        .defer("pdf")
    )
    per_municipality = {}
    for publication in _latest(publications):
        per_municipality.setdefault(publication.traject.municipality, []).append(
            _summary(publication)
        )
    return sorted(per_municipality.items(), key=lambda item: item[0].name)


@dataclass
class RecognitionCount:
    finding: Finding
    yes: int
    partly: int
    no: int
    remarks: int

    @property
    def total(self) -> int:
        return self.yes + self.partly + self.no

    @property
    def flagged(self) -> bool:
        return (
            self.total >= settings.SMALL_CELL_MINIMUM
            and self.no >= NOT_RECOGNISED_SHARE * self.total
        )


def recognition_counts(traject) -> list[RecognitionCount]:
    A = Recognition.Answer
    findings = traject.findings.annotate(
        yes=Count("recognitions", filter=Q(recognitions__answer=A.YES)),
        partly=Count("recognitions", filter=Q(recognitions__answer=A.PARTLY)),
        no=Count("recognitions", filter=Q(recognitions__answer=A.NO)),
        remarks=Count("recognitions", filter=Q(recognitions__contribution__isnull=False)),
    ).order_by("position", "pk")
    return [RecognitionCount(f, f.yes, f.partly, f.no, f.remarks) for f in findings]
