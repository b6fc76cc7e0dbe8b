"""Demo region space: the regional team coordinates Waterland-Zuid, and Lindewaard shares the
aggregates of its demo traject with the region."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.organisations.demo import REGION
from samenspraak.organisations.models import Region
from samenspraak.responses.demo import TRAJECT_TITLE
from samenspraak.trajects.models import Traject

from . import journey_demo, mystery_demo, paired_demo, selectors
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
    _shared_ceo(region)
    _regional_traject(region, coordinator)
    _innovation(region, coordinator)
    _network(region, coordinator)
    paired_demo.load(region, coordinator)
    journey_demo.load(region, coordinator)
    mystery_demo.load(region, coordinator)
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


NETWORK_TITLE = "Cliëntondersteuning in Waterland-Zuid"
NETWORK_NODES = [
    ("Wmo-loket Lindewaard", "toegang"),
    ("Sociaal wijkteam Oosterbeemd", "toegang"),
    ("Toegangsteam Marenveld", "toegang"),
    ("Cliëntondersteuning Waterland-Zuid", "clientondersteuning"),
    ("Welzijn Samen", "welzijn"),
    ("Thuiszorg Het Anker", "zorgaanbieder"),
    ("Adviesraad Sociaal Domein Lindewaard", "clientenorganisatie"),
    ("Huisartsen Marenveld", "anders"),
]
# Per moment: who answers, for which organisation, and (to, kind, strength, should be stronger).
NETWORK_ANSWERS = {
    "Voorjaar 2026": {
        "beheerder@lindewaard.example": (
            "Wmo-loket Lindewaard",
            [
                ("Cliëntondersteuning Waterland-Zuid", "informeren", 1, True),
                ("Welzijn Samen", "doorverwijzen", 2, False),
                ("Thuiszorg Het Anker", "overleg", 2, False),
                ("Adviesraad Sociaal Domein Lindewaard", "overleg", 1, True),
            ],
        ),
        "beheerder@oosterbeemd.example": (
            "Sociaal wijkteam Oosterbeemd",
            [
                ("Welzijn Samen", "samenwerken", 3, False),
                ("Thuiszorg Het Anker", "samenwerken", 2, False),
                ("Cliëntondersteuning Waterland-Zuid", "doorverwijzen", 1, True),
            ],
        ),
        "beheerder@marenveld.example": (
            "Toegangsteam Marenveld",
            [
                ("Welzijn Samen", "informeren", 1, False),
                ("Wmo-loket Lindewaard", "overleg", 1, True),
            ],
        ),
    },
    "Najaar 2026": {
        "beheerder@lindewaard.example": (
            "Wmo-loket Lindewaard",
            [
                ("Cliëntondersteuning Waterland-Zuid", "doorverwijzen", 3, False),
                ("Welzijn Samen", "doorverwijzen", 2, False),
                ("Thuiszorg Het Anker", "overleg", 2, False),
                ("Adviesraad Sociaal Domein Lindewaard", "overleg", 2, False),
                ("Toegangsteam Marenveld", "overleg", 2, False),
            ],
        ),
        "beheerder@oosterbeemd.example": (
            "Sociaal wijkteam Oosterbeemd",
            [
                ("Welzijn Samen", "samenwerken", 3, False),
                ("Thuiszorg Het Anker", "samenwerken", 2, False),
                ("Cliëntondersteuning Waterland-Zuid", "doorverwijzen", 2, True),
                ("Schuldhulp Waterland", "doorverwijzen", 1, True),
            ],
        ),
        "beheerder@marenveld.example": (
            "Toegangsteam Marenveld",
            [
                ("Welzijn Samen", "informeren", 2, False),
                ("Cliëntondersteuning Waterland-Zuid", "doorverwijzen", 2, False),
                ("Huisartsen Marenveld", "informeren", 1, True),
            ],
        ),
    },
}
NETWORK_NEW_IN_AUTUMN = ("Schuldhulp Waterland", "anders")


def _network(region, coordinator) -> None:
    """The network analysis at two moments; the second compares with the first."""
    from . import network

    previous = None
    for moment, answers in NETWORK_ANSWERS.items():
        analysis = region.network_analyses.filter(title=NETWORK_TITLE, moment=moment).first()
        if analysis is None:
            analysis = network.create_analysis(
                region=region,
                title=NETWORK_TITLE,
                moment=moment,
                previous=previous,
                user=coordinator,
            )
            if previous is None:
                for name, kind in NETWORK_NODES:
                    network.add_node(analysis=analysis, name=name, kind=kind)
            else:
                network.add_node(
                    analysis=analysis, name=NETWORK_NEW_IN_AUTUMN[0], kind=NETWORK_NEW_IN_AUTUMN[1]
                )
            nodes = {node.name: node for node in network.nodes_of(analysis)}
            for email, (own, links) in answers.items():
                user = get_user_model().objects.filter(email=email).first()
                if user is None:
                    continue
                network.save_answers(
                    analysis=analysis,
                    user=user,
                    answers=[
                        network.LinkAnswer(nodes[own], nodes[to], kind, strength, stronger)
                        for to, kind, strength, stronger in links
                    ],
                )
        previous = analysis


# The other two municipalities ran the CEO Wmo as well and share the figures, so the spiegel
# compares three. Each gets its own character: (slug, answers, chance to know where to go).
CEO_RUNS = [("oosterbeemd", 96, 0.15), ("marenveld", 74, -0.2)]


def _shared_ceo(region) -> None:
    import random

    from samenspraak.instruments import services as instrument_services
    from samenspraak.instruments.models import Instrument
    from samenspraak.organisations.models import Municipality
    from samenspraak.responses.demo import START, ceo_answers, fill
    from samenspraak.trajects.services import create_traject

    rng = random.Random(2028)  # noqa: S311 - reproducible demo data, not a secret
    for slug, count, shift in CEO_RUNS:
        municipality = Municipality.objects.get(slug=slug, region=region)
        if Instrument.objects.filter(
            traject__municipality=municipality, template_key="ceo-wmo"
        ).exists():
            continue
        staff = get_user_model().objects.filter(email=f"beheerder@{slug}.example").first()
        traject = create_traject(
            municipality=municipality,
            created_by=staff,
            title="Cliëntervaring Wmo 2026",
            question="Hoe ervaren cliënten de toegang tot de Wmo en de ondersteuning?",
            status=Traject.Status.LOPEND,
        )
        ceo = instrument_services.create_questionnaire(
            traject=traject, template_key="ceo-wmo", title="", user=staff
        )
        instrument_services.publish(
            instrument=ceo, opens_on=None, closes_on=None, access=Instrument.Access.CODES
        )
        codes = [c.code for c in instrument_services.generate_codes(instrument=ceo, count=200)]

        def answers(rng, shift=shift):
            result = ceo_answers(rng)
            if rng.random() < abs(shift):
                better = shift > 0
                result["wist_waar"] = "5" if better else "2"
            return result

        fill(ceo, count, answers, rng, codes=codes, start=START)
        set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=staff)


REGIONAL = {
    "title": "Samen meten: cliëntervaring Wmo in de regio",
    "question": "Hoe ervaren inwoners de toegang tot de Wmo in elk van onze gemeenten, en wat "
    "kunnen we van elkaar leren?",
    "goal": "Elke gemeente weet waar zij staat naast de andere, en neemt één verbetering over.",
    "plan": [
        "Januari — elke gemeente zet de CEO Wmo uit bij cliënten van het afgelopen jaar",
        "April — de regiocoördinator maakt de spiegel en deelt die in het regio-overleg",
        "Mei — wereldcafé: per vraag waar een gemeente hoger scoort, vertelt zij hoe zij werkt",
        "September — elke gemeente kiest één aanpak om over te nemen",
        "Januari volgend jaar — 1-meting in alle gemeenten",
    ],
}


def _regional_traject(region, coordinator) -> None:
    """The demo's three CEO Wmo trajects were run together: tie them to one regional traject."""
    from samenspraak.instruments.models import Instrument

    from .models import RegionalParticipation, RegionalTraject

    regional, _created = RegionalTraject.objects.update_or_create(
        region=region,
        title=REGIONAL["title"],
        defaults={
            **{k: v for k, v in REGIONAL.items() if k != "title"},
            "template_keys": ["ceo-wmo"],
            "created_by": coordinator,
        },
    )
    shared = (
        selectors.shared_trajects(region)
        .filter(
            instruments__template_key="ceo-wmo",
            instruments__status__in=[Instrument.Status.GEPUBLICEERD, Instrument.Status.GESLOTEN],
        )
        .distinct()
    )
    for traject in shared:
        RegionalParticipation.objects.get_or_create(
            regional_traject=regional,
            municipality=traject.municipality,
            defaults={"traject": traject, "joined_by": traject.created_by},
        )
