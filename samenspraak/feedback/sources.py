"""Where a resident can ask for news: the public thing they just took part in.

The subscribe link on a thank-you page names the kind of source and its public code (or, for a
diary, the participant's private link), so the form knows the traject without showing or
guessing any internal number.
"""

from dataclasses import dataclass

from django.http import Http404

from .models import Subscription

S = Subscription.Source


@dataclass
class Source:
    kind: str
    traject: object
    title: str
    back_url: str


def resolve(kind: str, code: str) -> Source:
    if kind == S.QUESTIONNAIRE:
        from samenspraak.instruments.models import Instrument

        item = (
            Instrument.objects.exclude(status=Instrument.Status.CONCEPT)
            .select_related("traject__municipality")
            .filter(public_code=code)
            .first()
        )
        return _source(kind, item, lambda i: i.get_public_url())
    if kind == S.STORY_POINT:
        from samenspraak.stories.models import StoryPoint

        item = StoryPoint.objects.select_related("traject__municipality").filter(public_code=code)
        return _source(kind, item.first(), lambda i: i.get_public_url())
    if kind == S.WALK:
        from samenspraak.walks.models import Walk

        item = Walk.objects.select_related("traject__municipality").filter(public_code=code)
        return _source(kind, item.first(), lambda i: i.get_public_url())
    if kind == S.JOURNEY:
        from samenspraak.journeys.models import Journey

        item = Journey.objects.select_related("traject__municipality").filter(public_code=code)
        return _source(kind, item.first(), lambda i: i.get_public_url())
    if kind == S.DIARY:
        from django.urls import reverse

        from samenspraak.diaries.services import participant_for

        participant = participant_for(code)
        diary = participant.diary if participant else None
        return _source(kind, diary, lambda _d: reverse("diaries:diary", args=[code]))
    raise Http404


def _source(kind, item, back_url) -> Source:
    if item is None:
        raise Http404
    return Source(kind, item.traject, item.title, back_url(item))
