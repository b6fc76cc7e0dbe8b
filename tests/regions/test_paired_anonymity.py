"""Anonymous paired comparison: a municipality sees itself by name and the others as letters
dealt exactly as the spiegel deals them, without counts; the region needs two municipalities
per group and gives no count. Neither order nor counts give a letter away."""

import pytest

from samenspraak.organisations.roles import Role
from samenspraak.regions import paired, spiegel
from tests.factories import MunicipalityFactory
from tests.regions.paired_helpers import PROFESSIONALS, answer, cells, region_line, run_pair

pytestmark = pytest.mark.django_db


@pytest.fixture
def three(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_pair(lindewaard, ["4", "5", "2", "2", "1"], ["5", "4", "4", "5", "3", "4"])
    run_pair(oosterbeemd, ["4"] * 7, ["4", "4", "4", "2", "3"])
    run_pair(heuvel, ["5"] * 9, ["2"] * 11)
    return lindewaard, oosterbeemd, heuvel


def viewed_by(region, municipality):
    return paired.comparison(
        region, "toegangsspiegel", viewer_municipality_ids=[municipality.pk], anonymous=True
    )


def test_own_name_and_letters_without_counts(region, three):
    lindewaard = three[0]
    found = viewed_by(region, lindewaard)
    labels = [str(c.label) for c in found.columns]
    assert labels[0] == "Lindewaard"
    assert "Oosterbeemd" not in labels and "Heuveldorp" not in labels
    lines = cells(found)
    assert [c.n for c in lines["Lindewaard"].cells] == [5, 6]
    others = [line for label, line in lines.items() if label.startswith("Gemeente ")]
    assert len(others) == 2
    assert all(c.n is None for line in others for c in line.cells)
    assert all(c.n is None for c in region_line(found).cells)


def test_letters_are_the_spiegels_and_follow_neither_names_nor_sizes(region, three):
    lindewaard, oosterbeemd, heuvel = three

    def letters():
        return {
            c.municipality_id: str(c.label)
            for c in viewed_by(region, lindewaard).columns
            if c.municipality_id and not c.own
        }

    before = letters()
    expected = spiegel._letters(lindewaard.pk, [oosterbeemd, heuvel])
    assert before == {pk: str(label) for pk, label in expected.items()}
    oosterbeemd.name, heuvel.name = "Aaa", "Zzz"
    oosterbeemd.save()
    heuvel.save()
    extra = paired_instrument(heuvel)
    answer(extra, ["4"] * 30)  # the smallest group becomes the largest
    assert letters() == before
    # Rows follow the letters, not names or sizes.
    rows = [str(c.label) for c in viewed_by(region, lindewaard).columns[1:-1]]
    assert rows == sorted(rows)


def paired_instrument(municipality):
    from samenspraak.instruments.models import Instrument

    return Instrument.objects.get(traject__municipality=municipality, template_key=PROFESSIONALS)


def test_letters_differ_between_viewers(region, three):
    lindewaard, oosterbeemd, _heuvel = three
    seen_by_linde = {
        c.municipality_id: str(c.label) for c in viewed_by(region, lindewaard).columns[1:-1]
    }
    seen_by_ooster = {
        c.municipality_id: str(c.label) for c in viewed_by(region, oosterbeemd).columns[1:-1]
    }
    assert lindewaard.pk not in seen_by_linde and oosterbeemd.pk not in seen_by_ooster
    both = {"Gemeente A", "Gemeente B"}
    assert set(seen_by_linde.values()) == set(seen_by_ooster.values()) == both


def test_anonymously_the_region_needs_two_municipalities_per_group(region, lindewaard, oosterbeemd):
    heuvel = MunicipalityFactory(name="Heuveldorp", slug="heuveldorp", region=region)
    run_pair(heuvel, ["2"] * 2, ["2"] * 2)  # too few in both groups
    run_pair(lindewaard, ["5"] * 6, ["5"] * 6)
    run_pair(oosterbeemd, ["4"] * 6, ["4", "2"])  # professionals too few: only Lindewaard's show
    found = viewed_by(region, oosterbeemd)
    clients, professionals = region_line(found).cells
    assert clients.value == 100.0 and clients.n is None
    # One municipality alone would be its own figure: Oosterbeemd would learn Lindewaard's.
    assert professionals.status == "few_municipalities" and professionals.value is None
    assert region_line(found).gaps[0].value is None


def test_pages_and_exports_follow_the_region_choice(client, staff_client, region, three):
    lindewaard = three[0]
    staff_client(lindewaard, Role.ANALIST)
    base = f"/regio/{region.slug}/spiegel-paren/toegangsspiegel/"
    page = client.get(base).content.decode()
    assert "Lindewaard" in page and "Oosterbeemd" not in page and "Heuveldorp" not in page
    assert "Gemeente A" in page and "n = 5" in page
    text = b"".join(client.get(f"{base}spiegel.csv").streaming_content).decode("utf-8-sig")
    assert "Lindewaard" in text and "Oosterbeemd" not in text and "Gemeente B" in text
    region.compare_anonymously = False
    region.save()
    page = client.get(base).content.decode()
    assert "Oosterbeemd" in page and "Heuveldorp" in page and "Gemeente A" not in page


def test_a_single_other_municipality_is_not_shown(region, lindewaard, oosterbeemd):
    run_pair(lindewaard, ["5"] * 6, ["5"] * 6)
    run_pair(oosterbeemd, ["4"] * 6, ["2"] * 6)
    found = viewed_by(region, oosterbeemd)
    for line in found.statements[0].tables[0].lines:
        if str(line.column.label) == "Gemeente A" or line.column.region:
            assert all(cell.status == "few_municipalities" for cell in line.cells)
        else:
            assert [cell.value for cell in line.cells] == [100.0, 0.0]
