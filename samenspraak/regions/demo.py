"""Demo region space: the regional team coordinates Waterland-Zuid, and Lindewaard shares the
aggregates of its demo traject with the region."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.organisations.demo import REGION
from samenspraak.organisations.models import Region
from samenspraak.responses.demo import TRAJECT_TITLE
from samenspraak.trajects.models import Traject

from .models import RegionMembership, SharingLevel
from .roles import RegionRole
from .services import set_sharing

COORDINATOR_EMAIL = "regio@waterland-zuid.example"


@transaction.atomic
def load() -> list[str]:
    region = Region.objects.get(slug=REGION["slug"])
    coordinator = get_user_model().objects.get(email=COORDINATOR_EMAIL)
    RegionMembership.objects.update_or_create(
        user=coordinator, region=region, defaults={"role": RegionRole.COORDINATOR}
    )
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is not None:
        beheerder = get_user_model().objects.filter(email="beheerder@lindewaard.example").first()
        set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=beheerder)
    _innovation(region, coordinator)
    return [
        f"  {region.name:<26} {RegionRole.COORDINATOR.label:<28} {COORDINATOR_EMAIL}",
        f"  Region space: /regio/{region.slug}/",
    ]


INNOVATION = "Toegangsmedewerkers verwijzen vanzelfsprekend naar cliëntondersteuning"
# (phase, date, what was done, decisions, roles, next step)
PHASES = [
    (
        1,
        datetime.date(2026, 3, 10),
        "Bij een regio-overleg bleek dat veel inwoners pas laat horen van gratis "
        "cliëntondersteuning. Een Wmo-consulent uit Lindewaard stelde voor dit samen "
        "aan te pakken.",
        "",
        ["toegang", "beleid"],
        "Het idee bespreken met cliëntondersteuners en de adviesraden.",
    ),
    (
        2,
        datetime.date(2026, 5, 19),
        "Een wereldcafé met drie gemeenten, cliëntondersteuners en ervaringsdeskundigen. Er "
        "ontstond een werkgroep van zes mensen.",
        "De werkgroep neemt het voortouw; elke gemeente levert één contactpersoon.",
        ["toegang", "clientondersteuning", "ervaringsdeskundigen", "clientvertegenwoordiging"],
        "Een plan maken met doel, acties en taken.",
    ),
    (
        3,
        datetime.date(2026, 9, 22),
        "De werkgroep schreef een plan: bij elk keukentafelgesprek wordt cliëntondersteuning "
        "genoemd en staat het in de brief.",
        "De wethouders van de drie gemeenten stemden in met het plan.",
        ["beleid", "bestuur", "clientondersteuning"],
        "Een korte uitleg en een folder in eenvoudige taal ontwikkelen.",
    ),
    (
        4,
        datetime.date(2026, 11, 3),
        "Een eerste versie van de uitleg is getest met inwoners met een licht verstandelijke "
        "beperking; de tekst werd korter.",
        "",
        ["inwoners", "ervaringsdeskundigen", "toegang"],
        "In januari starten twee wijkteams met de nieuwe werkwijze.",
    ),
]


def _innovation(region, coordinator) -> None:
    from . import innovation

    if region.innovations.filter(title=INNOVATION).exists():
        return
    item = innovation.save_innovation(
        region=region,
        title=INNOVATION,
        aim="Elke inwoner die om hulp vraagt, hoort van gratis, onafhankelijke "
        "cliëntondersteuning.",
        user=coordinator,
    )
    evidence = list(innovation.evidence_choices(region)[:1])
    for number, day, done, decisions, roles, next_step in PHASES:
        innovation.record_phase(
            innovation=item,
            phase=number,
            participants=roles,
            findings=evidence if number == 2 else (),
            user=coordinator,
            happened_on=day,
            what_happened=done,
            decisions=decisions,
            next_step=next_step,
        )
