import pytest
from django.core.management import call_command

from samenspraak.methods.catalogue import CatalogueEntry
from samenspraak.methods.models import Method
from samenspraak.methods.services import sync_catalogue
from tests.factories import method_data


def entries(*datas):
    return [CatalogueEntry(path=None, data=data) for data in datas]


@pytest.mark.django_db
def test_sync_creates_updates_and_retires():
    report = sync_catalogue(entries(method_data("a", "A"), method_data("b", "B")))
    assert (report.created, report.updated, report.retired) == (2, 0, 0)

    report = sync_catalogue(entries(method_data("a", "A nieuw")))
    assert (report.created, report.updated, report.retired) == (0, 1, 1)
    assert Method.objects.get(slug="a").name == "A nieuw"
    assert Method.objects.get(slug="b").is_retired

    report = sync_catalogue(entries(method_data("a", "A nieuw"), method_data("b", "B")))
    assert (report.created, report.updated, report.retired) == (0, 1, 0)
    assert not Method.objects.get(slug="b").is_retired


@pytest.mark.django_db
def test_sync_is_idempotent():
    data = entries(method_data("a", "A"))
    sync_catalogue(data)
    report = sync_catalogue(data)
    assert (report.created, report.updated, report.retired) == (0, 0, 0)


@pytest.mark.django_db
def test_sync_builds_the_search_index():
    sync_catalogue(entries(method_data("a", "Cliëntenraad")))
    assert "clientenraad" in Method.objects.get(slug="a").search_index


@pytest.mark.django_db
def test_repository_catalogue_loads(capsys):
    call_command("load_methods")
    assert "Method catalogue:" in capsys.readouterr().out
    call_command("load_methods", "--check")
