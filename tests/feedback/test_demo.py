"""`make run` shows the whole cycle: a 0- and 1-meting, and a published feedback page."""

import pytest
from django.core.management import call_command

from samenspraak.feedback import selectors
from samenspraak.trajects.models import Traject

pytestmark = pytest.mark.django_db


def test_the_demo_closes_the_cycle(client):
    call_command("load_demo")
    call_command("load_demo")  # idempotent
    traject = Traject.objects.get(municipality__slug="lindewaard")
    publication = traject.publications.get()
    indicators = [
        indicator
        for goal in publication.content["goals"]
        for node in [goal, *goal["children"]]
        for indicator in node["indicators"]
    ]
    measured_twice = [
        i for i in indicators if sum(p["value"] is not None for p in i["points"]) == 2
    ]
    assert measured_twice, "an indicator compares the 0-meting with the 1-meting"
    statuses = {action["status"] for action in publication.content["actions"]}
    assert {"voorgesteld", "besloten", "in_uitvoering", "gerealiseerd", "niet_overgenomen"} <= (
        statuses
    )
    flagged = [row for row in selectors.recognition_counts(traject) if row.flagged]
    assert len(flagged) == 1
    page = client.get(f"/gemeente/lindewaard/terugkoppeling/{traject.pk}/")
    assert page.status_code == 200
    assert "groter dan toeval" in page.content.decode()
