"""Agreement between two coders: Cohen's kappa per code and over all codes.

The units are the contributions that both coders coded (each gave at least one code), so a
contribution that only one of them has looked at does not count as a disagreement. Per code,
each unit is a yes/no decision by each coder; the overall kappa pools the decisions of all codes.
"""

from dataclasses import dataclass, field

from .models import Code, Coding
from .selectors import codes_for_choice


def cohen_kappa(first: list[bool], second: list[bool]) -> float | None:
    """κ = (pₒ − pₑ) / (1 − pₑ); None when chance agreement is total and κ is undefined."""
    n = len(first)
    if n == 0 or n != len(second):
        return None
    observed = sum(a == b for a, b in zip(first, second, strict=True)) / n
    yes_first, yes_second = sum(first) / n, sum(second) / n
    expected = yes_first * yes_second + (1 - yes_first) * (1 - yes_second)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass
class CodeAgreement:
    code: Code
    both: int
    only_first: int
    only_second: int
    neither: int
    kappa: float | None


@dataclass
class Agreement:
    units: int
    overall: float | None
    per_code: list[CodeAgreement] = field(default_factory=list)
    disagreements: list[tuple[int, Code, bool]] = field(default_factory=list)
    # (contribution id, code, whether the first coder gave it)


def _coded_by(traject, coder) -> dict[int, set[int]]:
    result: dict[int, set[int]] = {}
    rows = Coding.objects.filter(code__codebook__traject=traject, coder=coder).values_list(
        "contribution_id", "code_id"
    )
    for contribution_id, code_id in rows:
        result.setdefault(contribution_id, set()).add(code_id)
    return result


def compare(traject, first, second) -> Agreement:
    coded_first, coded_second = _coded_by(traject, first), _coded_by(traject, second)
    units = sorted(set(coded_first) & set(coded_second))
    codes = list(codes_for_choice(traject))
    result = Agreement(units=len(units), overall=None)
    pooled_first, pooled_second = [], []
    for code in codes:
        said_first = [code.pk in coded_first[unit] for unit in units]
        said_second = [code.pk in coded_second[unit] for unit in units]
        if not any(said_first) and not any(said_second):
            continue
        pairs = list(zip(said_first, said_second, strict=True))
        result.per_code.append(
            CodeAgreement(
                code=code,
                both=pairs.count((True, True)),
                only_first=pairs.count((True, False)),
                only_second=pairs.count((False, True)),
                neither=pairs.count((False, False)),
                kappa=cohen_kappa(said_first, said_second),
            )
        )
        pooled_first += said_first
        pooled_second += said_second
        for unit, (a, b) in zip(units, pairs, strict=True):
            if a != b:
                result.disagreements.append((unit, code, a))
    result.overall = cohen_kappa(pooled_first, pooled_second)
    result.disagreements.sort(key=lambda item: (item[0], item[1].name))
    return result
