"""Every staff URL refuses members of another municipality; every region URL refuses users
without access to that region.

The URLs are discovered from the URL configuration, so a URL added later is covered without
editing this file. A URL that is neither tenant-scoped, region-scoped nor listed as public makes
the test fail: whoever adds it has to decide which it is.
"""

import re

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from samenspraak.organisations.roles import Role
from samenspraak.organisations.scoping import TENANT_KWARG
from samenspraak.regions.roles import RegionRole
from samenspraak.regions.scoping import REGION_KWARG
from tests.factories import MunicipalityFactory, RegionFactory, RegionMembershipFactory

# URL names that are public or need only a login (no municipality data behind them).
NOT_TENANT_SCOPED = {
    "core:home",
    "core:accessibility",
    "core:privacy",
    "core:health",
    "core:text-size",
    "accounts:login",
    "accounts:logout",
    "accounts:password-reset",
    "accounts:password-reset-done",
    "accounts:password-reset-confirm",
    "accounts:password-reset-complete",
    "accounts:accept-invitation",
    "organisations:workspace-choice",
    "organisations:public",
    "organisations:theme-css",
    "methods:catalogue",
    "methods:recommender",
    "methods:detail",
    "responses:start",
    "responses:question",
    "responses:review",
    "responses:thanks",
    "responses:later",
    "responses:resume",
    "responses:kiosk-restart",
    "responses:api-submit",
    "stories:start",
    "stories:story",
    "stories:questions",
    "stories:review",
    "stories:thanks",
    "journeys:start",
    "journeys:phase",
    "journeys:review",
    "journeys:thanks",
    "walks:public",
    "walks:add",
    "walks:support",
    "diaries:diary",
    "feedback:overview",
    "feedback:municipality-rss",
    "feedback:municipality-atom",
    "feedback:page",
    "feedback:version",
    "feedback:pdf",
    "feedback:recognise",
    "feedback:subscribe",
    "feedback:subscribe-from",
    "feedback:qr",
    "feedback:traject-rss",
    "feedback:traject-atom",
    "feedback:confirm",
    "feedback:unsubscribe",
    "feedback:region",
    "feedback:region-rss",
    "feedback:region-atom",
    "set_language",
    "media",
}
SAMPLE_VALUES = {
    "int": "1",
    "slug": "iets",
    "str": "iets",
    "uuid": "00000000-0000-0000-0000-000000000000",
}


def walk(patterns, prefix="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            if ns.startswith("admin:"):
                continue  # Django's admin has its own staff checks
            yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), ns)
        elif isinstance(pattern, URLPattern):
            yield f"{namespace}{pattern.name}", prefix + str(pattern.pattern)


def all_urls():
    return sorted(set(walk(get_resolver().url_patterns)))


def tenant_urls():
    return [(name, route) for name, route in all_urls() if f"<slug:{TENANT_KWARG}>" in route]


def region_urls():
    return [(name, route) for name, route in all_urls() if f"<slug:{REGION_KWARG}>" in route]


def fill(route: str, gemeente: str = "iets", regio: str = "iets") -> str:
    def replace(match):
        converter, name = match.group(1) or "str", match.group(2)
        if name == TENANT_KWARG:
            return gemeente
        if name == REGION_KWARG:
            return regio
        return SAMPLE_VALUES.get(converter, "iets")

    return "/" + re.sub(r"<(?:(\w+):)?(\w+)>", replace, route)


def test_every_url_is_classified():
    unclassified = [
        name
        for name, route in all_urls()
        if name not in NOT_TENANT_SCOPED
        and f"<slug:{TENANT_KWARG}>" not in route
        and f"<slug:{REGION_KWARG}>" not in route
    ]
    assert unclassified == [], (
        "Add these URLs under werkruimte/<slug:gemeente>/ or regio/<slug:regio>/, or list them"
    )


def test_staff_urls_exist():
    assert len(tenant_urls()) >= 5


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), tenant_urls())
@pytest.mark.parametrize("method", ["get", "post"])
def test_member_of_another_municipality_is_refused(
    client, member_client, municipality, other_municipality, name, route, method
):
    member_client(Role.BEHEERDER, target=other_municipality)
    response = getattr(client, method)(fill(route, municipality.slug))
    assert response.status_code in (403, 404), name


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), tenant_urls())
def test_anonymous_visitor_is_sent_to_login(client, municipality, name, route):
    response = client.get(fill(route, municipality.slug))
    assert response.status_code == 302
    assert response.url.startswith("/inloggen/")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), tenant_urls())
def test_unknown_municipality_is_not_found(client, member_client, name, route):
    member_client(Role.BEHEERDER)
    assert client.get(fill(route, "bestaat-niet")).status_code == 404


def test_region_urls_exist():
    assert len(region_urls()) >= 2


@pytest.fixture
def region_user(client, db):
    """Someone with every kind of access, but to another region than the one asked for."""
    elsewhere = RegionFactory(slug="elders")
    membership = RegionMembershipFactory(region=elsewhere, role=RegionRole.COORDINATOR)
    municipality = MunicipalityFactory(region=elsewhere)
    municipality.memberships.create(user=membership.user, role=Role.BEHEERDER)
    client.force_login(membership.user)
    return membership.user


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), region_urls())
@pytest.mark.parametrize("method", ["get", "post"])
def test_user_without_access_to_the_region_is_refused(
    client, region_user, municipality, name, route, method
):
    region = municipality.region
    response = getattr(client, method)(fill(route, regio=region.slug))
    assert response.status_code in (403, 404), name


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), region_urls())
def test_anonymous_visitor_of_a_region_is_sent_to_login(client, municipality, name, route):
    response = client.get(fill(route, regio=municipality.region.slug))
    assert response.status_code == 302
    assert response.url.startswith("/inloggen/")


@pytest.mark.django_db
@pytest.mark.parametrize(("name", "route"), region_urls())
def test_unknown_region_is_not_found(client, region_user, name, route):
    assert client.get(fill(route, regio="bestaat-niet")).status_code == 404
