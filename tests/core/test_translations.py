"""Every interface string has a Dutch translation; Dutch is what residents see by default."""

from pathlib import Path

import polib
import pytest

CATALOGUE = Path(__file__).resolve().parents[2] / "samenspraak/locale/nl/LC_MESSAGES/django.po"


def test_dutch_catalogue_is_complete():
    po = polib.pofile(str(CATALOGUE))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize(
    "entry", [e for e in polib.pofile(str(CATALOGUE)) if e.translated()], ids=lambda e: e.msgid[:40]
)
def test_placeholders_survive_translation(entry):
    import re

    pattern = re.compile(r"%\(\w+\)s")
    translations = [entry.msgstr] if not entry.msgid_plural else entry.msgstr_plural.values()
    for text in translations:
        assert sorted(pattern.findall(text)) == sorted(pattern.findall(entry.msgid))
