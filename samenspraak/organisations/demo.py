"""Demo region: three fictional municipalities with a member for every role.

Names and CBS codes (GM99xx) are made up so that demo data is never mistaken for a real
municipality's.
"""

from django.contrib.auth import get_user_model
from django.db import transaction

from .models import Membership, Municipality, Region
from .roles import Role

DEMO_PASSWORD = "samenspraak-demo"  # noqa: S105 - printed for the local demo only

REGION = {"name": "Regio Waterland-Zuid", "slug": "waterland-zuid"}
MUNICIPALITIES = [
    {
        "name": "Lindewaard",
        "slug": "lindewaard",
        "cbs_code": "GM9901",
        "contact_email": "meedoen@lindewaard.example",
        "contact_phone": "14 0999",
        "theme_primary_colour": "#00689e",
    },
    {
        "name": "Oosterbeemd",
        "slug": "oosterbeemd",
        "cbs_code": "GM9902",
        "contact_email": "info@oosterbeemd.example",
        "contact_phone": "0900 123 4567",
        "theme_primary_colour": "#7a2e0e",
    },
    {
        "name": "Marenveld",
        "slug": "marenveld",
        "cbs_code": "GM9903",
        "contact_email": "loket@marenveld.example",
        "contact_phone": "",
        "theme_primary_colour": "#2b5d34",
    },
]
PEOPLE = {
    Role.BEHEERDER: "Sanne de Boer",
    Role.ANALIST: "Yusuf Kaya",
    Role.MEDEWERKER: "Petra Jansen",
    Role.ADVIESRAAD: "Henk Mulder",
    Role.VRIJWILLIGER: "Noor el Amrani",
    Role.MYSTERY_GUEST: "Ria Verbeek",
}


def demo_email(role: str, municipality_slug: str) -> str:
    return f"{role}@{municipality_slug}.example"


@transaction.atomic
def load() -> list[str]:
    """Create or update the demo organisations; return the login lines to print."""
    region, _ = Region.objects.update_or_create(slug=REGION["slug"], defaults=REGION)
    users = get_user_model().objects
    credentials = []
    for data in MUNICIPALITIES:
        municipality, _ = Municipality.objects.update_or_create(
            slug=data["slug"], defaults={**data, "region": region}
        )
        for role, name in PEOPLE.items():
            email = demo_email(role, municipality.slug)
            user = users.filter(email=email).first()
            if user is None:
                user = users.create_user(email=email, password=DEMO_PASSWORD, full_name=name)
            Membership.objects.update_or_create(
                user=user, municipality=municipality, defaults={"role": role}
            )
            credentials.append((municipality.name, Role(role).label, email))
    # One person who works for two municipalities, to show switching.
    shared = users.filter(email="regio@waterland-zuid.example").first() or users.create_user(
        email="regio@waterland-zuid.example", password=DEMO_PASSWORD, full_name="Regio Team"
    )
    for slug in ("lindewaard", "oosterbeemd"):
        Membership.objects.update_or_create(
            user=shared,
            municipality=Municipality.objects.get(slug=slug),
            defaults={"role": Role.MEDEWERKER},
        )
    credentials.append(("Lindewaard + Oosterbeemd", Role.MEDEWERKER.label, shared.email))
    lines = ["Log in at /inloggen/ with:"]
    lines += [f"  {name:<26} {role:<28} {email}" for name, role, email in credentials]
    lines.append(f"  Password for every demo account: {DEMO_PASSWORD}")
    return lines
