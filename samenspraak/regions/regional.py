"""Regional trajects: reading and changing them.

A coordinator writes the question, the plan and which questionnaires every participant runs.
A member municipality joins with its own traject: it gets the same question and the same
questionnaires (as drafts, so it picks its own dates and way of inviting), and it shares that
traject's aggregates with the region, because comparing is the point of running it together.
Joining is a decision of someone who may run trajects in that municipality; the region never
creates anything inside a municipality by itself.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from samenspraak.core.forms import non_empty_lines
from samenspraak.instruments import services as instrument_services
from samenspraak.instruments.templates_catalogue import templates
from samenspraak.organisations.models import Membership
from samenspraak.organisations.roles import Permission
from samenspraak.trajects import lemniscaat
from samenspraak.trajects.services import create_traject

from . import selectors
from .models import RegionalParticipation, RegionalTraject, SharingLevel
from .services import set_sharing


def regional_trajects_of(region):
    return RegionalTraject.objects.filter(region=region).prefetch_related(
        "participations__municipality"
    )


def regional_traject_in(region, pk) -> RegionalTraject | None:
    return RegionalTraject.objects.filter(region=region, pk=pk).first()


def questionnaire_choices() -> list[tuple[str, str]]:
    return sorted(
        ((key, template.title) for key, template in templates().items()),
        key=lambda choice: choice[1].casefold(),
    )


def questionnaire_titles(regional: RegionalTraject) -> list[tuple[str, str]]:
    catalogue = templates()
    return [(key, catalogue[key].title) for key in regional.template_keys if key in catalogue]


@dataclass
class Participant:
    participation: RegionalParticipation
    shared: bool  # whether the region may read the traject's aggregates (now)
    state: lemniscaat.Overview | None = None  # where it stands; counts only, never raw data


def participants(regional: RegionalTraject) -> list[Participant]:
    """Every member that joined; what is shown of each depends on what it shares today."""
    shared_ids = set(participant_trajects(regional).values_list("pk", flat=True))
    joined = list(regional.participations.select_related("municipality", "traject"))
    states = lemniscaat.overviews([p.traject for p in joined if p.traject_id in shared_ids])
    return [Participant(p, p.traject_id in shared_ids, states.get(p.traject_id)) for p in joined]


def participant_trajects(regional: RegionalTraject):
    return selectors.shared_trajects(regional.region).filter(
        regional_participation__regional_traject=regional
    )


def joinable_municipalities(regional: RegionalTraject, user) -> list:
    """Member municipalities where ``user`` may run trajects and that have not joined yet."""
    joined = set(regional.participations.values_list("municipality_id", flat=True))
    return [
        membership.municipality
        for membership in Membership.objects.select_related("municipality").filter(
            user=user, municipality__region=regional.region
        )
        if membership.has_perm(Permission.MANAGE_TRAJECTS)
        and membership.municipality_id not in joined
    ]


@transaction.atomic
def save_regional_traject(
    *, region, user, title, question, goal="", plan="", template_keys=(), instance=None
) -> RegionalTraject:
    unknown = [key for key in template_keys if key not in templates()]
    if unknown:
        raise ValidationError({"template_keys": _("Choose questionnaires from the list.")})
    regional = instance or RegionalTraject(region=region, created_by=user)
    regional.title = title.strip()
    regional.question = question.strip()
    regional.goal = goal.strip()
    regional.plan = non_empty_lines(plan)
    regional.template_keys = list(dict.fromkeys(template_keys))
    regional.full_clean()
    regional.save()
    return regional


@transaction.atomic
def join(*, regional: RegionalTraject, municipality, user) -> RegionalParticipation:
    """The municipality's own traject with the shared question and questionnaires."""
    if municipality.region_id != regional.region_id:
        raise ValidationError(_("Only municipalities of this region can join."))
    if municipality not in joinable_municipalities(regional, user):
        raise ValidationError(
            _("%(name)s has joined already, or you may not start trajects there.")
            % {"name": municipality.name}
        )
    traject = create_traject(
        municipality=municipality,
        created_by=user,
        title=regional.title,
        question=regional.question,
        goal=regional.goal,
    )
    for key in regional.template_keys:
        instrument_services.create_questionnaire(
            traject=traject, template_key=key, title="", user=user
        )
    set_sharing(traject=traject, level=SharingLevel.AGGREGATEN, user=user)
    try:
        with transaction.atomic():
            return RegionalParticipation.objects.create(
                regional_traject=regional,
                municipality=municipality,
                traject=traject,
                joined_by=user,
            )
    except IntegrityError as error:  # two people joining at the same moment
        raise ValidationError(
            _("%(name)s has joined already.") % {"name": municipality.name}
        ) from error
