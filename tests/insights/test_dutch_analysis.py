"""Dutch normalisation: accents, word forms, compounds and the domain concepts."""

from samenspraak.insights.analysis import dutch
from samenspraak.insights.analysis.domain import theme_for_code


def test_accents_and_case_do_not_matter():
    assert dutch.tokens("Cliëntondersteuning") == dutch.tokens("clientondersteuning")


def test_word_forms_share_a_stem():
    assert dutch.stem("wachten") == dutch.stem("wacht")


def test_compounds_split_into_known_parts():
    splitter = dutch.CompoundSplitter.for_texts([["wijkteam", "telefoonnummer"]])
    assert splitter.split("telefoonnummer") == ("telefoon", "nummer")
    assert splitter.split("wijkteam") == ("wijk", "team")
    assert splitter.split("bellen") == ()  # too short to be a compound
    assert splitter.split("eigenbijdrage") == ("eigen", "bijdrage")


def test_concepts_found_by_word_and_by_phrase():
    text = "Ik hing een half uur in de wacht en niemand belde terug."
    terms = dutch.terms(dutch.tokens(text))
    found = dutch.concept_counts(dutch.normalise(text), terms)
    assert found["bereikbaarheid"] >= 2  # "in de wacht" and "belde"
    assert "kosten" not in found


def test_code_names_map_to_known_themes():
    assert theme_for_code("Wachttijden") == "wachttijd"
    assert theme_for_code("Lange wachttijd bij de Wmo") == "wachttijd"
    assert theme_for_code("Samenwerking") == "samenhang"
    assert theme_for_code("C1") is None
