import re

import pytest
from django.core import mail

from tests.factories import UserFactory


@pytest.mark.django_db
def test_password_reset_by_email(client):
    user = UserFactory(email="vergeten@example.org")
    response = client.post("/wachtwoord-vergeten/", {"email": "vergeten@example.org"})
    assert response.status_code == 302
    body = mail.outbox[-1].body
    link = re.search(r"http://testserver(/wachtwoord-herstellen/\S+/)", body).group(1)
    form_page = client.get(link, follow=True)
    response = client.post(
        form_page.request["PATH_INFO"],
        {"new_password1": "nieuw-en-lang-2026", "new_password2": "nieuw-en-lang-2026"},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nieuw-en-lang-2026")


@pytest.mark.django_db
def test_unknown_address_reveals_nothing(client):
    response = client.post("/wachtwoord-vergeten/", {"email": "niemand@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []
