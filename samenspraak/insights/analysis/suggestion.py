"""Assisted coding: suggest codes for uncoded texts from a few that a person coded.

A logistic regression over the same features as theme discovery learns from the coded examples.
With only a handful per code it leans on the domain concepts: a code whose name or examples
point to a concept (a code "wachttijd" and the concept "lang wachten") gets that concept as a
prior. Every suggestion carries its confidence and the words that drove it; a person decides.
"""

from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from . import domain, dutch
from . import features as feature_module

PRIOR_WEIGHT = 0.6
DOMAIN_WEIGHT = 0.6


@dataclass
class Suggestion:
    index: int  # into the uncoded texts
    code: str
    confidence: float
    words: list[str]


def _code_priors(codes: list[str], feats, coded_rows) -> np.ndarray:
    """Per code, how strongly each concept belongs to it: by its name, else by its examples."""
    concept_block = feats.concept_columns()
    priors = np.zeros((len(codes), len(feats.concept_keys)))
    for row, code in enumerate(codes):
        name_terms = dutch.terms(dutch.tokens(code.replace("_", " ").replace("-", " ")))
        named = dutch.concept_counts(dutch.normalise(code), name_terms)
        for key in named:
            if key in feats.concept_keys:
                priors[row, feats.concept_keys.index(key)] += 1.0
        examples = concept_block[coded_rows[code]]
        priors[row] += np.asarray((examples > 0).mean(axis=0)).ravel()
    priors /= np.maximum(priors.sum(axis=1, keepdims=True), 1e-9)
    return priors


def suggest(
    coded: list[tuple[str, str]], texts: list[str], *, use_domain: bool = True
) -> list[Suggestion]:
    """One suggestion per text in `texts`, from `coded` pairs of (text, code)."""
    codes = sorted({code for _, code in coded})
    if not texts or not codes:
        return []
    known = [text for text, _ in domain.examples()] if use_domain else []
    feats = feature_module.build([text for text, _ in coded] + list(texts) + known)
    train, target = feats.matrix[: len(coded)], [code for _, code in coded]
    end = len(coded) + len(texts)
    rest = feats.matrix[len(coded) : end]
    coded_rows = {code: [i for i, (_, c) in enumerate(coded) if c == code] for code in codes}

    if len(codes) == 1:
        probabilities = np.ones((len(texts), 1))
        model = None
    else:
        model = LogisticRegression(C=2.0, max_iter=2000, class_weight="balanced")
        model.fit(train, target)
        probabilities = model.predict_proba(rest)

    concepts = rest[:, feats.word_count :].toarray()
    prior = concepts @ _code_priors(list(model.classes_) if model else codes, feats, coded_rows).T
    totals = prior.sum(axis=1, keepdims=True)
    has_prior = totals.ravel() > 0
    prior[has_prior] /= totals[has_prior]
    blended = probabilities.copy()
    blended[has_prior] = (1 - PRIOR_WEIGHT) * probabilities[has_prior] + PRIOR_WEIGHT * prior[
        has_prior
    ]

    classes = list(model.classes_) if model else codes
    if use_domain:
        known_themes = domain.probabilities_for_codes(
            classes,
            feats.matrix,
            slice(end, None),
            slice(0, len(coded)),
            slice(len(coded), end),
            target,
        )
        if known_themes is not None:
            covered = known_themes.sum(axis=1) > 0
            blended[covered] = (1 - DOMAIN_WEIGHT) * blended[covered] + DOMAIN_WEIGHT * (
                known_themes[covered]
            )
    suggestions = []
    for index in range(len(texts)):
        best = int(blended[index].argmax())
        suggestions.append(
            Suggestion(
                index=index,
                code=classes[best],
                confidence=round(float(blended[index, best]), 3),
                words=_reasons(model, best, rest[index], feats),
            )
        )
    return suggestions


def _reasons(model, best, row, feats) -> list[str]:
    """The features of this text that pushed most towards the chosen code."""
    if model is None:
        return []
    coefficients = model.coef_[best] if model.coef_.shape[0] > 1 else model.coef_[0]
    row = row.tocoo()
    contributions = sorted(
        ((value * coefficients[col], col) for col, value in zip(row.col, row.data, strict=True)),
        reverse=True,
    )
    return [feats.names[col] for weight, col in contributions[:5] if weight > 0]
