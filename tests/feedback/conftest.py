import pytest

from samenspraak.actions import services as action_services
from samenspraak.feedback import services
from samenspraak.insights.findings import save_finding
from tests.factories import ContributionFactory, TrajectFactory, UserFactory


@pytest.fixture
def traject(municipality):
    return TrajectFactory(
        municipality=municipality, title="Vindbare toegang", created_by=UserFactory()
    )


@pytest.fixture
def finding(traject):
    consented = ContributionFactory(
        traject=traject,
        text="Ik belde Jan de Vries drie keer.",
        masked_text="Ik belde [NAAM] drie keer.",
        consent_public=True,
    )
    not_consented = ContributionFactory(
        traject=traject, text="Niet openbaar verhaal.", consent_public=False
    )
    return save_finding(
        traject=traject,
        statement="Inwoners weten niet waar ze heen moeten.",
        figures="6 van de 10 wisten het niet (n = 118).",
        quotes=[consented, not_consented],
    )


@pytest.fixture
def staff(municipality):
    return UserFactory()


@pytest.fixture
def action(traject, finding, staff):
    return action_services.save_action(
        traject=traject,
        user=staff,
        title="Eén telefoonnummer",
        description="U belt één nummer.",
        owner="Klantcontactcentrum",
        findings=[finding],
    )


@pytest.fixture
def publish(traject, finding, action, staff):
    """Publish a version of ``traject``'s page; texts can be given per call."""

    def _publish(intro="We vroegen hoe het ging.", take_part="In mei vragen we het opnieuw."):
        services.save_page(traject=traject, intro=intro, take_part=take_part)
        return services.publish(traject=traject, user=staff)

    return _publish


def page_url(traject, suffix=""):
    return f"/gemeente/{traject.municipality.slug}/terugkoppeling/{traject.pk}/{suffix}"
