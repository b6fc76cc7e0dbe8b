"""Demo content for Kiezen: the catalogue, and a traject with a participation plan in Lindewaard."""

from django.db import transaction

from samenspraak.organisations.models import Municipality
from samenspraak.trajects.models import Traject

from .models import Method
from .services import add_to_plan, plan_for, set_checked_points, sync_catalogue

PLAN = [
    ("toegangsscan", "ophalen", "Alle inwoners, via de website en de bibliotheek", "januari 2027"),
    ("klantreis", "ophalen", "Twaalf cliënten met een Wmo-voorziening", "februari 2027"),
    (
        "praat-met-mij",
        "ophalen",
        "Bewoners van twee woonvormen voor mensen met een LVB",
        "februari 2027",
    ),
    (
        "focusgroep",
        "vertalen",
        "Adviesraad sociaal domein en twee cliëntondersteuners",
        "maart 2027",
    ),
    ("adviesraad-clientenraad", "veranderen", "Adviesraad sociaal domein", "april 2027"),
    ("ceo-wmo", "terugkoppelen", "Cliënten met een maatwerkvoorziening", "mei 2027"),
]


@transaction.atomic
def load() -> list[str]:
    report = sync_catalogue()
    lines = [
        f"Method catalogue: {Method.objects.filter(municipality__isnull=True).count()} methods "
        f"({report.created} new, {report.updated} updated)."
    ]
    municipality = Municipality.objects.get(slug="lindewaard")
    traject, created = Traject.objects.get_or_create(
        municipality=municipality,
        title="Vindbare toegang tot de Wmo",
        defaults={
            "question": "Inwoners weten vaak niet waar ze terechtkunnen met een vraag over hulp "
            "thuis. Wie het loket vindt, moet vaak lang wachten op een eerste gesprek.",
            "goal": "In 2028 weet driekwart van de cliënten waar ze met hun hulpvraag moeten zijn.",
            "target_groups": ["inwoners", "clienten", "ouderen", "lvb"],
            "status": Traject.Status.LOPEND,
        },
    )
    if created:
        for slug, phase, who, when in PLAN:
            method = Method.objects.filter(slug=slug, municipality__isnull=True).first()
            if method is not None:
                add_to_plan(traject=traject, method=method, phase=phase, who=who, when=when)
        set_checked_points(
            plan=plan_for(traject),
            keys=["wie-bereiken", "vraag-en-resultaat", "ceo-verbinden"],
            known={"wie-bereiken", "vraag-en-resultaat", "ceo-verbinden"},
        )
    return lines
