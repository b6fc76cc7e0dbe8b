"""`manage.py privacy mask` masks what waits, per municipality if asked."""

import pytest
from django.core.management import CommandError, call_command

from samenspraak.insights.models import MaskState
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_command_masks_waiting_texts(capsys):
    waiting = ContributionFactory(
        text="Ik sprak met Anouk de Jong.", masked_text="", mask_state=MaskState.PENDING
    )
    call_command("privacy", "mask", gemeente=waiting.municipality.slug)
    waiting.refresh_from_db()
    assert waiting.masked_text == "Ik sprak met [naam]."
    assert "1 contributions masked" in capsys.readouterr().out


def test_unknown_municipality_is_an_error():
    with pytest.raises(CommandError):
        call_command("privacy", "mask", gemeente="nergens")
