import pytest


@pytest.mark.django_db
def test_health_reports_database(client):
    response = client.get("/gezondheid/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_health_reports_broken_database(client, monkeypatch):
    from django.db.backends.utils import CursorWrapper

    def broken(*args, **kwargs):
        raise RuntimeError("database down")

    monkeypatch.setattr(CursorWrapper, "execute", broken)
    response = client.get("/gezondheid/")
    assert response.status_code == 503
    assert response.json()["database"] == "error"


@pytest.mark.django_db
def test_security_headers(client):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera=()" in response["Permissions-Policy"]


def test_production_defaults_are_strict(monkeypatch):
    """Without DEBUG the settings demand a secret key and switch on secure cookies and HSTS."""
    import importlib

    import samenspraak.settings as settings_module

    for name in (
        "DEBUG",
        "SECURE_COOKIES",
        "SECURE_HSTS_SECONDS",
        "SAMENSPRAAK_ALLOW_INSECURE_KEY",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    reloaded = importlib.reload(settings_module)
    try:
        assert reloaded.DEBUG is False
        assert reloaded.SESSION_COOKIE_SECURE is True
        assert reloaded.CSRF_COOKIE_SECURE is True
        assert reloaded.SECURE_HSTS_SECONDS >= 31536000
        monkeypatch.delenv("SECRET_KEY")
        from django.core.exceptions import ImproperlyConfigured

        with pytest.raises(ImproperlyConfigured):
            importlib.reload(settings_module)
    finally:
        monkeypatch.setenv("SAMENSPRAAK_ALLOW_INSECURE_KEY", "1")
        importlib.reload(settings_module)
