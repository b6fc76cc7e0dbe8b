"""Actions in every status for the Lindewaard demo traject, tied to its findings."""

import datetime

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.trajects.models import Traject

from . import services
from .models import Action

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
ACTIONS = [
    # title, description, owner, finding index, statuses with reasons, progress
    (
        "Eén telefoonnummer voor alle vragen over hulp",
        "Wie belt, krijgt één nummer en één mens aan de lijn. Die regelt de rest.",
        "Klantcontactcentrum gemeente",
        0,
        [("besloten", "Het college stemde in."), ("in_uitvoering", "")],
        40,
    ),
    (
        "Binnen twee weken een eerste gesprek",
        "Na uw melding hoort u binnen twee weken wanneer het gesprek is.",
        "Wijkteams Lindewaard",
        1,
        [("besloten", "Past in het werkplan 2027.")],
        0,
    ),
    (
        "Een tussenbericht als het langer duurt",
        "Duurt het besluit langer dan zes weken, dan krijgt u een brief met de reden.",
        "Team Wmo",
        1,
        [("besloten", ""), ("in_uitvoering", ""), ("gerealiseerd", "")],
        100,
    ),
    (
        "Een inloopspreekuur op zaterdag",
        "Voor mensen die doordeweeks werken of mantelzorgen.",
        "Wijkteams Lindewaard",
        0,
        [
            (
                "niet_overgenomen",
                "Er kwamen bij een proef te weinig mensen; we bellen nu ook 's avonds.",
            )
        ],
        0,
    ),
    (
        "Folders in eenvoudige taal bij de huisarts",
        "Een korte uitleg over waar u met uw vraag heen kunt, bij elke huisarts in de wachtkamer.",
        "Team Communicatie",
        0,
        [],
        0,
    ),
]


@transaction.atomic
def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Action.objects.filter(traject=traject).exists():
        return ["Demo actions: already present."]
    findings = list(traject.findings.all())
    users = get_user_model().objects
    staff = users.get(email="beheerder@lindewaard.example")
    council = users.get(email="adviesraad@lindewaard.example")
    start = datetime.date(2026, 9, 1)
    for number, (title, description, owner, finding, steps, progress) in enumerate(ACTIONS):
        action = services.save_action(
            traject=traject,
            user=staff,
            title=title,
            description=description,
            owner=owner,
            findings=[findings[finding]] if len(findings) > finding else [],
            planned_start=start,
            planned_end=start + datetime.timedelta(days=120 + 30 * number),
        )
        if number == 1:
            services.add_comment(
                action=action,
                author=council,
                kind="advies",
                text=(
                    "De adviesraad adviseert positief. Vraag na drie maanden aan inwoners of "
                    "het werkt."
                ),
                on=start,
            )
        for day, (status, reason) in enumerate(steps, start=1):
            services.change_status(
                action=action,
                to_status=status,
                reason=reason,
                user=staff,
                on=start + datetime.timedelta(days=14 * day),
            )
        if action.status == "in_uitvoering":
            services.set_progress(action=action, progress=progress)
            services.add_milestone(action=action, title="Nummer aangevraagd", due_on=start)
            services.add_milestone(
                action=action, title="Medewerkers getraind", due_on=start + datetime.timedelta(60)
            )
            services.complete_milestone(milestone=action.milestones.first(), on=start)
    _goal_tree(traject, staff)
    return [f"Demo actions: {len(ACTIONS)} and a goal tree in {traject.title}."]


def _goal_tree(traject, staff) -> None:
    from samenspraak.instruments.models import Instrument

    actions = {action.title: action for action in traject.actions.all()}
    main = services.save_goal(
        traject=traject,
        title="Inwoners vinden snel en zonder omwegen hulp",
        description="Het hoofddoel van dit traject.",
    )
    find = services.save_goal(
        traject=traject,
        parent=main,
        title="Inwoners weten waar ze met hun vraag heen kunnen",
        actions=[actions[ACTIONS[0][0]], actions[ACTIONS[4][0]]],
    )
    quick = services.save_goal(
        traject=traject,
        parent=main,
        title="Inwoners worden snel geholpen",
        actions=[actions[ACTIONS[1][0]], actions[ACTIONS[2][0]]],
    )
    ceo = Instrument.objects.filter(traject=traject, template_key="ceo-wmo").first()
    if ceo is not None:
        services.save_indicator(
            goal=find,
            name="Aandeel dat wist waar het moest zijn met de hulpvraag",
            kind="gemeten",
            instrument=ceo,
            question_key="wist_waar",
            measure="aandeel",
            positive_values=["4", "5"],
            direction="hoger",
            target=70,
        )
        services.save_indicator(
            goal=quick,
            name="Aandeel dat zich snel geholpen voelde",
            kind="gemeten",
            instrument=ceo,
            question_key="snel_geholpen",
            measure="aandeel",
            positive_values=["4", "5"],
            direction="hoger",
            target=60,
        )
    _journey_and_mystery_indicators(traject, find, quick)
    complaints = services.save_indicator(
        goal=quick,
        name="Klachten over wachttijd bij de Wmo",
        kind="geteld",
        direction="lager",
        target=10,
    )
    for label, value in (("2025", 31), ("2026 (tot oktober)", 18)):
        services.add_counted_value(
            indicator=complaints, label=label, value=value, source="Klachtenregistratie", user=staff
        )


def _journey_and_mystery_indicators(traject, find, quick) -> None:
    """One indicator on the client journeys and one on the mystery guest round (both loaded
    before this module; see ``core/management/commands/load_demo.py``)."""
    from samenspraak.journeys.models import Journey
    from samenspraak.mystery.models import Criterion

    journey = Journey.objects.filter(traject=traject).order_by("created_at").first()
    if journey is not None and any(phase["key"] == "melding" for phase in journey.phases):
        services.save_indicator(
            goal=quick,
            name="Hoe cliënten het vragen om hulp beleven",
            kind="gemeten",
            source="klantreis",
            journey=journey,
            phase_key="melding",
            measure="gemiddelde",
            direction="hoger",
            target=0.5,
        )
    if Criterion.objects.filter(round__traject=traject, name="Duidelijke vervolgstap").exists():
        services.save_indicator(
            goal=find,
            name="Aandeel mystery-guestbezoeken met een duidelijke vervolgstap",
            kind="gemeten",
            source="mysteryguest",
            criterion_name="Duidelijke vervolgstap",
            measure="aandeel",
            direction="hoger",
            target=80,
        )
