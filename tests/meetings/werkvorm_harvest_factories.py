"""Held meetings with a tailored harvest form, for the werkvorm harvest tests."""

import datetime

from samenspraak.meetings.models import HarvestForm
from samenspraak.trajects.werkvormen import werkvorm_for
from tests.factories import MeetingSessionFactory


def tailored_session(traject, harvest_form: str, **fields):
    """A meeting that has been held, with the werkvorm's own themes or round questions."""
    template = werkvorm_for(harvest_form)
    return MeetingSessionFactory(
        traject=traject,
        harvest_form=harvest_form,
        harvest_settings=template.harvest_settings if template else {},
        held_on=datetime.date(2026, 9, 15),
        **fields,
    )


__all__ = ["HarvestForm", "tailored_session"]
