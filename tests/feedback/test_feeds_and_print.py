"""Feeds per traject and per municipality, the QR code for posters and the printable PDF."""

import xml.etree.ElementTree as ET

import pytest

from samenspraak.feedback.services import render_pdf

from .conftest import page_url

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def parse(response):
    return ET.fromstring(response.content)  # noqa: S314 - our own feed, not untrusted input


def test_traject_feeds_list_every_version(client, publish, traject):
    publish()
    publish()
    rss = parse(client.get(page_url(traject, "nieuws.rss")))
    assert len(rss.findall("./channel/item")) == 2
    atom = parse(client.get(page_url(traject, "nieuws.atom")))
    entries = atom.findall(f"{ATOM}entry")
    assert len(entries) == 2
    assert (
        entries[0]
        .find(f"{ATOM}link")
        .get("href")
        .endswith(f"/terugkoppeling/{traject.pk}/versie/2/")
    )


def test_municipality_feed_holds_only_its_own_publications(
    client, publish, traject, other_municipality
):
    publish()
    own = parse(client.get("/gemeente/lindewaard/terugkoppeling/nieuws.atom"))
    assert len(own.findall(f"{ATOM}entry")) == 1
    other = client.get(f"/gemeente/{other_municipality.slug}/terugkoppeling/nieuws.atom")
    assert parse(other).findall(f"{ATOM}entry") == []


def test_the_qr_code_is_an_svg_leading_to_the_page(client, publish, traject):
    publish()
    response = client.get(page_url(traject, "qr-code.svg"))
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<svg")
    assert f"/terugkoppeling/{traject.pk}/" in svg  # the title names the address


def test_the_printable_version_is_a_tagged_pdf(client, publish, traject):
    from io import BytesIO

    from pypdf import PdfReader

    publication = render_pdf(publish())
    response = client.get(page_url(traject, "versie/1/afdrukken.pdf"))
    assert response["Content-Type"] == "application/pdf"
    reader = PdfReader(BytesIO(response.content))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "Inwoners weten niet waar ze heen moeten." in text
    assert "Jan de Vries" not in text
    assert "/StructTreeRoot" in reader.trailer["/Root"]
    assert publication.pdf_status == "klaar"


def test_a_pdf_that_is_not_ready_is_not_offered(client, publish, traject):
    publish()
    assert client.get(page_url(traject, "versie/1/afdrukken.pdf")).status_code == 404
    assert "afdrukken.pdf" not in client.get(page_url(traject)).content.decode()
