"""A vertelpunt in Lindewaard with stories in every moderation state.

The stories are written for the demo; nobody really told them. Approved ones show on the public
page in their masked wording, so the demo shows what moderation changes.
"""

import datetime

from django.db import transaction

from samenspraak.trajects.models import Traject

from . import services
from .models import Story, StoryPoint
from .template import default_template

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
REJECT_REASON = "Reclame, geen ervaring met hulp."

STORIES = [
    {
        "draft": {
            "title": "Eindelijk iemand die luisterde",
            "text": (
                "Mijn man kreeg een beroerte. Ik wist niet waar ik moest beginnen. "
                "Via de huisarts kwam ik bij Anja van het wijkteam. Zij kwam binnen een week "
                "langs en regelde de douchestoel en hulp in huis."
            ),
            "role": "Familielid of mantelzorger",
            "feeling": 4,
            "topics": ["Het eerste contact", "De hulp zelf"],
            "wish_for_others": "ja",
            "msc": "Ik sta er niet meer alleen voor.",
        },
        "consent": True,
        "decision": Story.Status.APPROVED,
        "masked": (
            "Mijn man kreeg een beroerte. Ik wist niet waar ik moest beginnen. "
            "Via de huisarts kwam ik bij [medewerker] van het wijkteam. Zij kwam binnen een "
            "week langs en regelde de douchestoel en hulp in huis."
        ),
    },
    {
        "draft": {
            "title": "Zes weken wachten",
            "text": (
                "Ik heb in september gebeld over hulp bij het huishouden. Pas na zes weken "
                "kwam er iemand. In die tijd deed mijn dochter alles, naast haar werk."
            ),
            "role": "Cliënt",
            "feeling": 2,
            "topics": ["Wachten"],
            "wish_for_others": "nee",
        },
        "consent": True,
        "decision": Story.Status.APPROVED,
        "masked": None,
    },
    {
        "draft": {
            "text": (
                "De brief met het besluit was vier kantjes. Ik begreep niet of ik nu wel of "
                "geen hulp kreeg. Mijn buurman Kees heeft het voor me uitgelegd."
            ),
            "role": "Cliënt",
            "feeling": 2,
            "topics": ["Het besluit"],
            "wish_for_others": "nee",
        },
        "consent": False,
        "decision": Story.Status.INTERNAL,
        "masked": (
            "De brief met het besluit was vier kantjes. Ik begreep niet of ik nu wel of geen "
            "hulp kreeg. Mijn buurman heeft het voor me uitgelegd."
        ),
    },
    {
        "draft": {
            "text": "Als jongere weet je niet eens dat je bij het wijkteam mag aankloppen.",
            "role": "Inwoner die hulp zocht",
            "feeling": 3,
            "topics": ["Informatie vinden"],
        },
        "consent": True,
        "decision": None,
        "masked": None,
    },
    {
        "draft": {"text": "Bezoek onze webwinkel voor de beste scootmobielen!"},
        "consent": True,
        "decision": Story.Status.REJECTED,
        "masked": None,
    },
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or StoryPoint.objects.filter(traject=traject).exists():
        return ["Demo story point: already present."]
    point = services.create_story_point(
        traject=traject,
        title="Vertel ons hoe het ging",
        intro=(
            "Heeft u de afgelopen tijd hulp gevraagd aan de gemeente of het wijkteam? "
            "Vertel ons hoe dat ging. Met uw verhaal maken we de weg naar hulp beter."
        ),
        roles=default_template()["roles"],
        topics=default_template()["topics"],
        ask_msc=True,
    )
    services.set_status(story_point=point, status=StoryPoint.Status.OPEN)
    for number, data in enumerate(STORIES):
        story = services.submit_story(
            story_point=point, draft=data["draft"], consent_public=data["consent"]
        )
        # Spread the demo stories over the autumn instead of all on today.
        story.submitted_on = datetime.date(2026, 10, 5) + datetime.timedelta(days=6 * number)
        story.save(update_fields=["submitted_on"])
        if data["decision"]:
            services.moderate(
                story=story,
                decision=data["decision"],
                masked_text=data["masked"] or data["draft"]["text"],
                masked_msc=data["draft"].get("msc", ""),
                reason=REJECT_REASON if data["decision"] == Story.Status.REJECTED else "",
            )
    return [f"Demo story point: {len(STORIES)} stories in {traject}, in every moderation state."]
