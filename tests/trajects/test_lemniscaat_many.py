"""The state of many trajects at once, as the traject list and the region pages need it: each
traject's own counts, in the same few queries however many trajects there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from samenspraak.insights.models import MaskState
from samenspraak.trajects.lemniscaat import overview, overviews
from tests.factories import ContributionFactory, InstrumentFactory, TrajectFactory

pytestmark = pytest.mark.django_db


def test_each_traject_gets_its_own_counts(municipality):
    busy, quiet, empty = (TrajectFactory(municipality=municipality) for _ in range(3))
    InstrumentFactory(traject=busy)
    InstrumentFactory(traject=busy)
    InstrumentFactory(traject=quiet)
    ContributionFactory(traject=busy, mask_state=MaskState.PENDING)
    ContributionFactory(traject=busy)
    ContributionFactory(traject=quiet)

    states = overviews([busy, quiet, empty])

    assert (states[busy.pk].instruments, states[busy.pk].contributions) == (2, 2)
    assert states[busy.pk].waiting_masks == 1
    assert (states[quiet.pk].instruments, states[quiet.pk].contributions) == (1, 1)
    assert (states[empty.pk].instruments, states[empty.pk].contributions) == (0, 0)
    assert states[empty.pk].next_round == ""
    assert states[busy.pk].next_round == "1-meting"  # after the 0-meting
    assert overview(quiet) == states[quiet.pk]


def test_the_number_of_queries_does_not_grow_with_the_trajects(municipality):
    def queries(count):
        trajects = [TrajectFactory(municipality=municipality) for _ in range(count)]
        for traject in trajects:
            InstrumentFactory(traject=traject)
            ContributionFactory(traject=traject)
        with CaptureQueriesContext(connection) as captured:
            overviews(trajects)
        return len(captured)

    assert queries(2) == queries(8)
