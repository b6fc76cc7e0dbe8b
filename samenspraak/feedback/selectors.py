"""Reading the feedback page: published versions for residents, recognition counts for staff."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q
from django.http import Http404

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


def latest_per_traject(municipality):
    """Each traject's newest version, newest first: the municipality's feedback overview."""
    publications = (
        Publication.objects.filter(traject__municipality=municipality)
        .select_related("traject")
        .order_by("traject_id", "-version")
    )
    latest = {}
    for publication in publications:
        latest.setdefault(publication.traject_id, publication)
    return sorted(latest.values(), key=lambda p: p.published_at, reverse=True)


def recent_publications(*, municipality=None, traject=None, limit: int = 20):
    publications = Publication.objects.select_related("traject__municipality").defer("pdf")
    if traject is not None:
        publications = publications.filter(traject=traject)
    else:
        publications = publications.filter(traject__municipality=municipality)
    return publications.order_by("-published_at")[:limit]


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
