"""Background export files: only their requester downloads them, never half-written, and they
disappear when they expire, are replaced, or their instrument goes."""

import datetime

import pytest
from django.utils import timezone

from samenspraak.organisations.roles import Role
from samenspraak.responses import export_files
from samenspraak.responses.models import ExportFile
from tests.factories import InstrumentFactory, MembershipFactory, TrajectFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def instrument(municipality):
    return InstrumentFactory(traject=TrajectFactory(municipality=municipality))


def base(instrument):
    return f"/werkruimte/lindewaard/instrumenten/{instrument.pk}/"


def ask(client, instrument, capture, kind="xlsx"):
    with capture(execute=True):
        client.post(base(instrument) + f"export/maken/{kind}/")
    return ExportFile.objects.latest("created_at")


def test_the_file_is_made_in_the_background_and_offered_on_the_export_page(
    client, member_client, instrument, django_capture_on_commit_callbacks
):
    member_client(Role.ANALIST)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        client.post(base(instrument) + "export/maken/xlsx/")
    export = ExportFile.objects.get()
    assert export.status == "wacht"  # nothing written during the request itself
    assert not export_files.path_of(export).exists()
    for callback in callbacks:
        callback()
    export.refresh_from_db()
    assert export.status == "klaar" and export.size > 0
    page = client.get(base(instrument) + "export/").content.decode()
    assert f"export/bestanden/{export.pk}/" in page


def test_only_the_requester_may_download(
    client, member_client, municipality, instrument, django_capture_on_commit_callbacks
):
    member_client(Role.ANALIST)
    export = ask(client, instrument, django_capture_on_commit_callbacks)
    colleague = MembershipFactory(municipality=municipality, role=Role.BEHEERDER)
    client.force_login(colleague.user)
    assert client.get(base(instrument) + f"export/bestanden/{export.pk}/").status_code == 404
    assert f"export/bestanden/{export.pk}/" not in client.get(base(instrument) + "export/")


def test_an_expired_file_is_not_offered_and_is_deleted(
    client, member_client, instrument, django_capture_on_commit_callbacks
):
    member_client(Role.ANALIST)
    export = ask(client, instrument, django_capture_on_commit_callbacks)
    path = export_files.path_of(export)
    assert path.exists()
    ExportFile.objects.filter(pk=export.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    assert client.get(base(instrument) + f"export/bestanden/{export.pk}/").status_code == 404
    assert export_files.delete_expired() == 1
    assert not path.exists()


def test_a_new_request_replaces_the_older_file(
    client, member_client, instrument, django_capture_on_commit_callbacks
):
    member_client(Role.ANALIST)
    first = ask(client, instrument, django_capture_on_commit_callbacks)
    old_path = export_files.path_of(first)
    second = ask(client, instrument, django_capture_on_commit_callbacks)
    assert list(ExportFile.objects.values_list("pk", flat=True)) == [second.pk]
    assert not old_path.exists()


def test_a_failed_writer_leaves_no_file_and_says_so(
    client, member_client, instrument, django_capture_on_commit_callbacks, monkeypatch
):
    def broken(instrument, columns, path):
        with open(path, "wb") as handle:
            handle.write(b"half")
        raise OSError("disk full")

    member_client(Role.ANALIST)
    with django_capture_on_commit_callbacks(execute=False):
        client.post(base(instrument) + "export/maken/xlsx/")
    export = ExportFile.objects.get()
    monkeypatch.setitem(export_files.WRITERS, "xlsx", broken)
    with pytest.raises(OSError):  # the task layer records it and tries again later
        export_files.write(export)
    export.refresh_from_db()
    assert export.status == "mislukt"
    assert not list(export_files.path_of(export).parent.glob(f"{export.name}*"))
    assert client.get(base(instrument) + f"export/bestanden/{export.pk}/").status_code == 404


def test_an_unknown_kind_is_not_found(client, member_client, instrument):
    member_client(Role.ANALIST)
    assert client.post(base(instrument) + "export/maken/pdf/").status_code == 404
    assert not ExportFile.objects.exists()
