import pytest

from samenspraak.methods import search
from samenspraak.methods.selectors import search_catalogue
from tests.factories import MethodFactory


@pytest.fixture
def methods(db):
    return [
        MethodFactory(
            slug="adviesraad-clientenraad",
            name="Advies- of cliëntenraad",
            data_overrides={
                "summary": "Een vaste groep inwoners geeft de gemeente gevraagd advies."
            },
        ),
        MethodFactory(
            slug="storytelling",
            name="Storytelling",
            data_overrides={
                "summary": "Inwoners vertellen hun verhaal over een ervaring met hulp."
            },
        ),
        MethodFactory(
            slug="flitspeiling",
            name="Flitspeiling",
            data_overrides={
                "summary": "Een paar korte vragen online, om snel een beeld te krijgen."
            },
        ),
    ]


def found(methods, query):
    return [m.slug for m in search_catalogue(methods, selected={}, query=query).methods]


def test_accents_and_case_are_ignored(methods):
    assert found(methods, "clientenraad") == ["adviesraad-clientenraad"]
    assert found(methods, "CLIËNTENRAAD") == ["adviesraad-clientenraad"]


def test_word_forms_match(methods):
    assert found(methods, "verhalen") == ["storytelling"]
    assert found(methods, "vertellen") == ["storytelling"]


def test_part_of_a_compound_matches(methods):
    assert found(methods, "raad") == ["adviesraad-clientenraad"]


def test_all_words_must_match(methods):
    assert found(methods, "verhaal online") == []
    assert found(methods, "snel online") == ["flitspeiling"]


def test_name_matches_rank_above_text_matches(db):
    in_text = MethodFactory(
        name="Focusgroep", data_overrides={"how": "Je organiseert een peiling."}
    )
    in_name = MethodFactory(name="Peiling via social media")
    assert found([in_text, in_name], "peiling") == [in_name.slug, in_text.slug]


def test_stopwords_alone_find_everything_not_nothing(methods):
    assert len(found(methods, "de het een")) == 3


def test_fold_removes_diacritics():
    assert search.fold("Cliënt Één") == "client een"


def test_total_is_the_whole_catalogue_while_searching(methods):
    result = search_catalogue(methods, selected={}, query="clientenraad")
    assert (len(result.methods), result.total) == (1, 3)
