import pytest

from tests.factories import MethodFactory


@pytest.fixture
def methods(db):
    MethodFactory(
        slug="peiling",
        name="Flitspeiling",
        data_overrides={"depth": ["peilend"], "channel": "online"},
    )
    MethodFactory(slug="gesprek", name="Focusgroep", data_overrides={"depth": ["verdiepend"]})


@pytest.mark.django_db
def test_page_without_answers_shows_only_the_form(client, methods):
    html = client.get("/methoden/keuzehulp/").content.decode()
    assert "Ons advies" not in html
    assert 'name="phases"' in html


@pytest.mark.django_db
def test_answers_give_ranked_advice_with_reasons(client, methods):
    html = client.get("/methoden/keuzehulp/?channel=online&depths=peilend").content.decode()
    assert "Ons advies: een goede mix" in html
    assert html.index("Flitspeiling") < html.index("Focusgroep")
    assert "Werkt online." in html
    assert 'value="online"' in html and "checked" in html  # answers stay filled in


@pytest.mark.django_db
def test_same_ranking_as_json(client, methods):
    response = client.get(
        "/methoden/keuzehulp/?channel=online&depths=peilend", HTTP_ACCEPT="application/json"
    )
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert body["query"]["channel"] == "online"
    assert [r["slug"] for r in body["results"]] == ["peiling", "gesprek"]
    first = body["results"][0]
    assert first["reasons"] and {"text", "judged"} <= set(first["reasons"][0])
    assert first["url"].endswith("/methoden/peiling/")
    assert body["mix"]


@pytest.mark.django_db
def test_browser_accept_header_gets_html(client, methods):
    response = client.get(
        "/methoden/keuzehulp/?channel=online",
        HTTP_ACCEPT="text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    )
    assert response["Content-Type"].startswith("text/html")


@pytest.mark.django_db
def test_invalid_answer_is_explained_and_nothing_is_lost(client, methods):
    response = client.get("/methoden/keuzehulp/?channel=per-post&depths=peilend")
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert 'id="id_depths_0" checked' in html
    assert 'href="#id_channel_0"' in html


@pytest.mark.django_db
def test_goal_in_own_words_is_kept_and_used(client, methods):
    response = client.get(
        "/methoden/keuzehulp/", {"goal": "een focusgroep"}, HTTP_ACCEPT="application/json"
    )
    body = response.json()
    assert body["query"]["goal"] == "een focusgroep"
    assert body["results"][0]["slug"] == "gesprek"
    html = client.get("/methoden/keuzehulp/", {"goal": "een focusgroep"}).content.decode()
    assert 'value="een focusgroep"' in html


@pytest.mark.django_db
def test_invalid_answer_as_json_is_a_400_naming_the_field(client, methods):
    response = client.get(
        "/methoden/keuzehulp/", {"channel": "per-post"}, HTTP_ACCEPT="application/json"
    )
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["channel"]
