"""The keuzehulp: rank methods for a municipality's situation and say why.

Every criterion adds to or subtracts from a method's score and leaves a sentence behind: a
reason when it fits, a point to watch when it does not. Facets that the catalogue marks as
judgement (``judged_facets``) are flagged in the reasons, so staff know what the sources say
and what is our estimate. The sources advise combining methods and repeating them; the
``mix`` therefore picks one peilend, one verdiepend and one structureel method and makes sure
every chosen phase is covered.

Three refinements keep the ranking honest on a catalogue of seventy-odd methods, where many
would otherwise tie: a method made *for* the people you want to reach ranks above one that
merely includes them; a fit that the sources state weighs a little more than one that is our
estimate; and guides and overviews (type ``hulpmiddel``) rank below the methods they help
you choose. A free-text goal, when given, adds how well a method's own texts match it.
"""

from dataclasses import dataclass, field
from functools import lru_cache

from django.utils.translation import get_language, gettext

from .facets import (
    CHANNEL,
    COST,
    DEPTH,
    FACETS_BY_KEY,
    GROUP_SIZES,
    LEAD_TIME,
    LEVELS,
    ORDERED_LEVELS,
    PHASES,
    QUESTION_FOCUS,
    REGIONAL_PURPOSES,
    TARGET_GROUPS,
)
from .models import Method
from .search import partial_scores, terms

BROAD_GROUPS = {"inwoners", "clienten"}
WEIGHTS = {
    "phases": 3.0,
    "focus": 2.0,
    "depth": 3.0,
    "target_groups": 3.0,
    "channel": 1.5,
    "lead_time": 1.0,
    "cost": 1.0,
    "group_size": 1.5,
    "regional": 2.5,
    "levels": 1.5,
    "goal": 3.0,
}
JUDGED_SHARE = 0.9  # a fit that is our estimate counts for a little less than a stated one
GUIDE_TYPE = "hulpmiddel"
GUIDE_FACTOR = 0.8


@dataclass(frozen=True)
class RecommenderQuery:
    phases: frozenset[str] = frozenset()
    focus: str = ""
    depths: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    channel: str = ""
    max_lead_time: str = ""
    max_cost: str = ""
    group_sizes: frozenset[str] = frozenset()
    regional_purposes: frozenset[str] = frozenset()
    levels: frozenset[str] = frozenset()
    goal: str = ""

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name) for name in self.__dataclass_fields__)

    def as_dict(self) -> dict:
        return {
            name: sorted(value) if isinstance(value, frozenset) else value
            for name, value in self.__dict__.items()
        }


@dataclass
class Reason:
    text: str
    judged: bool = False


@dataclass
class Recommendation:
    method: Method
    score: float
    fit: int  # 0–100: share of the attainable score
    reasons: list[Reason] = field(default_factory=list)
    watch_outs: list[Reason] = field(default_factory=list)


@lru_cache(maxsize=1024)
def _translated(language: str, message: str) -> str:
    return gettext(message)


@lru_cache(maxsize=4096)
def _translated_label(language: str, facet_key: str, value: str) -> str:
    return FACETS_BY_KEY[facet_key].label_for(value).lower()


class _Texts:
    """Translations for one ranking, looked up once per language.

    A ranking writes the same few sentences and labels thousands of times; asking gettext
    (and the active language) each time was most of its cost.
    """

    def __init__(self, language: str):
        self.language = language

    def gettext(self, message: str) -> str:
        return _translated(self.language, message)

    def label(self, facet, value: str) -> str:
        return _translated_label(self.language, facet.key, value)

    def labels(self, facet, values) -> str:
        return ", ".join(self.label(facet, value) for value in sorted(values))


class _Scorer:
    def __init__(self, method: Method, texts: _Texts):
        self.method = method
        self.texts = texts
        self.score = 0.0
        self.attainable = 0.0
        self.reasons: list[Reason] = []
        self.watch_outs: list[Reason] = []

    def judged(self, facet_key: str) -> bool:
        return self.method.is_judged(facet_key)

    def fits(self, weight: float, text: str, facet_key: str, share: float = 1.0):
        judged = self.judged(facet_key)
        self.attainable += weight
        self.score += weight * share * (JUDGED_SHARE if judged else 1.0)
        self.reasons.append(Reason(text, judged))

    def misses(self, weight: float, text: str, facet_key: str, penalty: float = 1.0):
        self.attainable += weight
        self.score -= weight * penalty
        self.watch_outs.append(Reason(text, self.judged(facet_key)))

    def overlaps(self, wanted, facet, weight, fit_text, miss_text, penalty=1.0):
        """A "one of these" question: fits when the method has any wanted value.

        The texts name the shared values when it fits, the method's own values when it does not.
        """
        have = set(self.method.values(facet.key))
        if common := wanted & have:
            values = self.texts.labels(facet, common)
            self.fits(weight, fit_text % {"values": values}, facet.key)
        else:
            values = self.texts.labels(facet, have)
            self.misses(weight, miss_text % {"values": values}, facet.key, penalty)


def _score_method(
    method: Method,
    query: RecommenderQuery,
    texts: _Texts,
    goal: tuple[float, list[str]] | None = None,
) -> Recommendation:
    _ = texts.gettext
    s = _Scorer(method, texts)

    def have(key: str) -> set[str]:
        return set(method.values(key))

    if query.phases:
        covered = query.phases & have("phases")
        if covered:
            s.fits(
                WEIGHTS["phases"],
                _("Fits the phase you chose: %(phases)s.")
                % {"phases": texts.labels(PHASES, covered)},
                "phases",
                share=len(covered) / len(query.phases),
            )
        else:
            s.misses(
                WEIGHTS["phases"],
                _("Serves another phase of the cycle: %(phases)s.")
                % {"phases": texts.labels(PHASES, have("phases"))},
                "phases",
                penalty=1.5,
            )

    if query.focus:
        focus = have("question_focus")
        if query.focus in focus:
            s.fits(
                WEIGHTS["focus"],
                _("Helps you learn: %(focus)s.")
                % {"focus": texts.label(QUESTION_FOCUS, query.focus)},
                "question_focus",
            )
        elif focus:
            s.misses(
                WEIGHTS["focus"],
                _("Is better at another question: %(focus)s.")
                % {"focus": texts.labels(QUESTION_FOCUS, focus)},
                "question_focus",
                penalty=0.5,
            )
        else:
            s.attainable += WEIGHTS["focus"]

    if query.depths:
        s.overlaps(
            query.depths,
            DEPTH,
            WEIGHTS["depth"],
            _("Has the depth you want: %(values)s."),
            _("Has another depth: %(values)s."),
        )

    if query.target_groups:
        groups = have("target_groups")
        specific = query.target_groups & groups
        broad = (groups & BROAD_GROUPS) and not specific
        if specific:
            coverage = len(specific) / len(query.target_groups)
            made_for = len(specific) / len(groups)
            s.fits(
                WEIGHTS["target_groups"] * 1.5,
                _("Suits the people you want to reach: %(groups)s.")
                % {"groups": texts.labels(TARGET_GROUPS, specific)},
                "target_groups",
                share=0.3 + 0.5 * coverage + 0.2 * made_for,
            )
        elif broad:
            s.attainable += WEIGHTS["target_groups"] * 1.5
            s.score += WEIGHTS["target_groups"] * 0.3
            s.watch_outs.append(
                Reason(
                    _("Made for residents in general, not specially for %(groups)s: adapt it.")
                    % {"groups": texts.labels(TARGET_GROUPS, query.target_groups)},
                    s.judged("target_groups"),
                )
            )
        else:
            s.misses(
                WEIGHTS["target_groups"] * 1.5,
                _("Not meant for %(groups)s.")
                % {"groups": texts.labels(TARGET_GROUPS, query.target_groups)},
                "target_groups",
                penalty=0.7,
            )

    if query.channel:
        channel = method.data.get("channel")
        if channel in (query.channel, "beide"):
            s.fits(
                WEIGHTS["channel"],
                _("Works %(channel)s.") % {"channel": texts.label(CHANNEL, query.channel)},
                "channel",
            )
        else:
            s.misses(
                WEIGHTS["channel"],
                _("Only works %(channel)s.") % {"channel": texts.label(CHANNEL, channel)},
                "channel",
                penalty=2.0,
            )

    for facet, wanted, weight_key, fit_text, miss_text in (
        (
            LEAD_TIME,
            query.max_lead_time,
            "lead_time",
            _("Fits your time: preparation takes %(value)s."),
            _("Needs more preparation time than you have: %(value)s."),
        ),
        (
            COST,
            query.max_cost,
            "cost",
            _("Fits your budget: cost %(value)s."),
            _("Costs more than you planned: %(value)s."),
        ),
    ):
        value = method.data.get(facet.key)
        if wanted and value:
            text_values = {"value": texts.label(facet, value)}
            if ORDERED_LEVELS[value] <= ORDERED_LEVELS[wanted]:
                s.fits(WEIGHTS[weight_key], fit_text % text_values, facet.key)
            else:
                s.misses(WEIGHTS[weight_key], miss_text % text_values, facet.key)

    if query.group_sizes:
        s.overlaps(
            query.group_sizes,
            GROUP_SIZES,
            WEIGHTS["group_size"],
            _("Suits a group of this size: %(values)s."),
            _("Is meant for another group size: %(values)s."),
        )

    if query.regional_purposes:
        s.overlaps(
            query.regional_purposes,
            REGIONAL_PURPOSES,
            WEIGHTS["regional"],
            _("Serves your regional purpose: %(values)s."),
            _("Is not described for regional cooperation."),
            penalty=0.8,
        )

    if query.levels:
        s.overlaps(
            query.levels,
            LEVELS,
            WEIGHTS["levels"],
            _("Reaches the participation level you want: %(values)s."),
            _("Works at another participation level: %(values)s."),
            penalty=0.5,
        )

    if goal is not None:
        share, words = goal
        s.attainable += WEIGHTS["goal"]
        if share:
            s.score += WEIGHTS["goal"] * share
            s.reasons.append(
                Reason(
                    _("Its description matches what you wrote: %(words)s.")
                    % {"words": ", ".join(words)}
                )
            )

    if method.data.get("type") == GUIDE_TYPE:
        if s.score > 0:
            s.score *= GUIDE_FACTOR
        s.watch_outs.append(
            Reason(
                _(
                    "This is a guide or overview, not a method in itself: use it to choose "
                    "or improve a method."
                )
            )
        )

    pitfalls = method.data.get("pitfalls") or []
    if pitfalls:
        s.watch_outs.append(Reason(pitfalls[0]))
    fit = round(100 * max(s.score, 0) / s.attainable) if s.attainable else 0
    return Recommendation(method, round(s.score, 3), min(fit, 100), s.reasons, s.watch_outs)


def _goal_matches(methods, goal: str) -> dict[int, tuple[float, list[str]]]:
    """Per method: its text relevance to the goal (0–1 of the best) and the words that matched."""
    words: dict[str, str] = {}
    for word in goal.split():
        for term in terms(word):
            words.setdefault(term, word.strip(".,;:!?\"'()"))
    indexes = [method.search_index for method in methods]
    scored = partial_scores(indexes, list(words))
    best = max((total for total, _ in scored), default=0) or 1
    return {
        method.pk: (total / best, [words[term] for term in words if term in matched])
        for method, (total, matched) in zip(methods, scored, strict=True)
    }


def recommend(methods, query: RecommenderQuery, limit: int | None = None) -> list[Recommendation]:
    methods = list(methods)
    texts = _Texts(get_language())
    goals = _goal_matches(methods, query.goal) if query.goal.strip() else {}
    ranked = sorted(
        (_score_method(method, query, texts, goals.get(method.pk)) for method in methods),
        key=lambda r: (-r.score, r.method.name),
    )
    return ranked[:limit] if limit else ranked


def balanced_mix(ranked: list[Recommendation], query: RecommenderQuery) -> list[Recommendation]:
    """One good method per depth, then whatever covers a chosen phase that is still open."""
    candidates = [r for r in ranked if r.score > 0] or ranked
    mix: list[Recommendation] = []
    for depth in ("peilend", "verdiepend", "structureel"):
        choice = next(
            (r for r in candidates if depth in r.method.values("depth") and r not in mix), None
        )
        if choice:
            mix.append(choice)
    for phase in sorted(query.phases):
        if not any(phase in r.method.values("phases") for r in mix):
            choice = next(
                (r for r in candidates if phase in r.method.values("phases") and r not in mix),
                None,
            )
            if choice:
                mix.append(choice)
    return mix
