"""Builders for indicators that read client journeys and mystery guest rounds."""

import datetime
import itertools

import pytest

from samenspraak.actions import services
from samenspraak.journeys.models import JourneyEntry, PhaseExperience
from samenspraak.mystery import services as mystery_services
from samenspraak.organisations.roles import Role
from tests.factories import JourneyFactory, MembershipFactory, TrajectFactory

_days = itertools.count()


def journey_entry(journey, day: datetime.date, **scores) -> JourneyEntry:
    """One journey submitted on ``day`` with a score per phase key; a missing phase is skipped."""
    entry = JourneyEntry.objects.create(journey=journey, submitted_on=day)
    names = {phase["key"]: phase["name"] for phase in journey.phases}
    for position, (key, score) in enumerate(scores.items()):
        PhaseExperience.objects.create(
            entry=entry, position=position, phase_key=key, phase_name=names[key], score=score
        )
    return entry


def mystery_round(traject, title, criteria, *, open_=True):
    made = mystery_services.create_round(
        traject=traject,
        title=title,
        instructions="Vraag het alsof het uw eigen vraag is.",
        scenarios=[("Respijtzorg", "U zorgt voor uw vader en wilt even rust.")],
        locations=["Balie wijkteam"],
        criteria=criteria,
    )
    if open_:
        mystery_services.set_status(mystery_round=made, status="open")
    return made


def visits(made_round, criterion_name, scores) -> None:
    """One visit per score (None: "does not apply") on the named criterion of the round."""
    guest = MembershipFactory(municipality=made_round.municipality, role=Role.MYSTERY_GUEST).user
    assignment = mystery_services.assign(
        mystery_round=made_round,
        guest=guest,
        scenario=made_round.scenarios.get(),
        location=made_round.locations.get(),
    )
    criterion = made_round.criteria.get(name=criterion_name)
    for score in scores:
        mystery_services.record_visit(
            assignment=assignment,
            visited_on=datetime.date(2026, 10, 1) + datetime.timedelta(days=next(_days) % 30),
            channel="balie",
            what_happened="Ik kreeg een folder mee.",
            scores={criterion.pk: score},
        )


@pytest.fixture
def goal(municipality):
    """A sub-goal in a fresh traject of Lindewaard."""
    traject = TrajectFactory(municipality=municipality)
    main = services.save_goal(traject=traject, title="Inwoners vinden de weg")
    return services.save_goal(traject=traject, title="Het gesprek helpt", parent=main)


@pytest.fixture
def journey(goal):
    return JourneyFactory(traject=goal.traject)
