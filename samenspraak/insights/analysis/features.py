"""One matrix per set of texts: weighted word stems beside domain concepts.

Short feedback texts share few words, so plain word vectors scatter texts about the same
experience. The concept columns pull them together; the word columns keep what is specific.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from . import dutch

CONCEPT_WEIGHT = 1.5


@dataclass
class Features:
    matrix: sparse.csr_matrix
    names: list[str]  # readable: a surface word for a stem, or a concept's label
    concept_keys: list[str]
    word_count: int  # the first `word_count` columns are words, the rest concepts

    def first(self, count: int) -> "Features":
        """The same features for only the first `count` texts."""
        return Features(self.matrix[:count], self.names, self.concept_keys, self.word_count)

    def concept_columns(self) -> sparse.csr_matrix:
        return self.matrix[:, self.word_count :]


def _analyse(texts):
    token_lists = [dutch.tokens(text) for text in texts]
    splitter = dutch.CompoundSplitter.for_texts(token_lists)
    surfaces: dict[str, Counter] = defaultdict(Counter)
    term_lists, concept_rows = [], []
    for text, words in zip(texts, token_lists, strict=True):
        terms = dutch.terms(words, splitter)
        for word in words:
            if word not in dutch.STOPWORDS:
                surfaces[dutch.stem(word)][word] += 1
        term_lists.append(terms)
        concept_rows.append(dutch.concept_counts(dutch.normalise(text), terms))
    readable = {term: counts.most_common(1)[0][0] for term, counts in surfaces.items()}
    return term_lists, concept_rows, readable


def build(texts: list[str], *, concept_weight: float | None = None) -> Features:
    concept_weight = CONCEPT_WEIGHT if concept_weight is None else concept_weight
    term_lists, concept_rows, readable = _analyse(texts)
    many = len(texts) >= 50
    vectorizer = TfidfVectorizer(
        analyzer=lambda terms: terms,
        min_df=2 if many else 1,
        max_df=0.5 if many else 1.0,
        sublinear_tf=True,
    )
    try:
        words = vectorizer.fit_transform(term_lists)
        stems = list(vectorizer.get_feature_names_out())
    except ValueError:  # no term survives: texts of only stop words
        words, stems = sparse.csr_matrix((len(texts), 0)), []

    keys = [concept.key for concept in dutch.concepts()]
    position = {key: i for i, key in enumerate(keys)}
    rows, cols, values = [], [], []
    for row, counts in enumerate(concept_rows):
        for key, count in counts.items():
            rows.append(row)
            cols.append(position[key])
            values.append(1.0 + np.log(count))
    concepts = sparse.csr_matrix((values, (rows, cols)), shape=(len(texts), len(keys)))
    # Concepts named in almost every text say little; weigh them like words (idf).
    document_frequency = np.bincount(cols, minlength=len(keys)) if cols else np.zeros(len(keys))
    idf = np.log((1 + len(texts)) / (1 + document_frequency)) + 1
    concepts = normalize(concepts @ sparse.diags(idf))

    matrix = sparse.hstack([words, concept_weight * concepts]).tocsr()
    labels = dutch.concept_labels()
    names = [readable.get(s, s) for s in stems] + [labels[key] for key in keys]
    return Features(normalize(matrix), names, keys, len(stems))
