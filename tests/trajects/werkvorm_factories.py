"""Factories for the werkvorm tests: the five catalogue methods a werkvorm traject plans with."""

from samenspraak.trajects.werkvormen import werkvormen
from tests.factories import MethodFactory


def werkvorm_methods():
    """The catalogue methods of every werkvorm, as the loaded catalogue would hold them."""
    return {
        werkvorm.method: MethodFactory(
            slug=werkvorm.method,
            name=werkvorm.title,
            data_overrides={"type": "regionale-werkvorm"},
        )
        for werkvorm in werkvormen()
    }
