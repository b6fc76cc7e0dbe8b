"""Counting stops at the cap, so a huge list still pages quickly."""

import pytest

from samenspraak.core.pagination import CappedPaginator
from samenspraak.insights.models import Contribution
from tests.factories import ContributionFactory, TrajectFactory

pytestmark = pytest.mark.django_db


def test_small_lists_get_the_exact_count(municipality):
    traject = TrajectFactory(municipality=municipality)
    for _ in range(4):
        ContributionFactory(traject=traject)
    paginator = CappedPaginator(Contribution.objects.order_by("pk"), 2, cap=5)
    assert (paginator.count, paginator.capped, paginator.num_pages) == (4, False, 2)


def test_large_lists_stop_counting_at_the_cap(municipality):
    traject = TrajectFactory(municipality=municipality)
    for _ in range(8):
        ContributionFactory(traject=traject)
    paginator = CappedPaginator(Contribution.objects.order_by("pk"), 2, cap=5)
    assert paginator.capped
    assert paginator.num_pages == 3  # six counted: the cap and one more
    assert len(paginator.get_page(3).object_list) == 2
