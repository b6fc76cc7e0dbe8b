import pytest
from django.core.management import call_command
from django.utils import translation

from samenspraak.personas.comparison import compare
from samenspraak.personas.models import Persona, PersonaRoute


@pytest.mark.django_db
def test_the_demo_has_three_compared_personas(client):
    call_command("load_demo")
    call_command("load_demo")  # idempotent
    personas = Persona.objects.filter(region__slug="waterland-zuid")
    assert personas.count() == 3
    assert PersonaRoute.objects.count() == 9
    made_with = personas.get(made_with_group=True)
    assert made_with.name == "Kevin" and "licht verstandelijke beperking" in made_with.group
    assert all(p.phases.count() == 7 for p in personas)
    gerda = personas.get(name="Mevrouw Gerda Smit")
    assert gerda.findings.exists()  # Lindewaard's finding shared with the region
    with translation.override("en"):
        found = compare(gerda, viewer_municipality_ids=[], anonymous=False)
    totals = {c.label: c.total_waiting for c in found.columns}
    assert len(set(totals.values())) == 3  # the routes differ
    client.force_login(gerda.created_by)
    for path in ("", f"{gerda.pk}/", f"{gerda.pk}/kaart.pdf"):
        assert client.get(f"/regio/waterland-zuid/personas/{path}").status_code == 200
