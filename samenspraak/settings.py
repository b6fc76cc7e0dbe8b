"""Django settings for Samenspraak.

One settings module, configured by environment variables (12-factor). The defaults give the
embedded mode: SQLite under ``var/``, local media, console e-mail, no other service.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
PACKAGE_DIR = BASE_DIR / "samenspraak"
VAR_DIR = Path(os.environ.get("SAMENSPRAAK_VAR_DIR", BASE_DIR / "var"))


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "ja"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG and not env_bool("SAMENSPRAAK_ALLOW_INSECURE_KEY", False):
        raise ImproperlyConfigured(
            "Set SECRET_KEY (or DEBUG=1 / SAMENSPRAAK_ALLOW_INSECURE_KEY=1 for local use)."
        )
    SECRET_KEY = "insecure-local-development-key-do-not-use-in-production"  # noqa: S105

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
if not ALLOWED_HOSTS:
    ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django_tasks",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",
    "csp",
    "samenspraak.core",
    "samenspraak.accounts",
    "samenspraak.organisations",
    "samenspraak.trajects",
    "samenspraak.methods",
    "samenspraak.instruments",
    "samenspraak.responses",
    "samenspraak.insights",
    "samenspraak.meetings",
    "samenspraak.stories",
    "samenspraak.journeys",
    "samenspraak.walks",
    "samenspraak.mystery",
    "samenspraak.diaries",
    "samenspraak.privacy",
    "samenspraak.actions",
    "samenspraak.feedback",
    "samenspraak.regions",
    "samenspraak.personas",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "samenspraak.core.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "samenspraak.core.middleware.PermissionsPolicyMiddleware",
    "samenspraak.organisations.middleware.TenantMiddleware",
    "django_ratelimit.middleware.RatelimitMiddleware",
]

ROOT_URLCONF = "samenspraak.urls"
FORM_RENDERER = "samenspraak.core.forms_rendering.UtrechtFormRenderer"
WSGI_APPLICATION = "samenspraak.wsgi.application"
ASGI_APPLICATION = "samenspraak.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "samenspraak.core.context_processors.site",
            ],
        },
    }
]

# --- Database -------------------------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{VAR_DIR / 'samenspraak.sqlite3'}"),
        conn_max_age=int(env("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    Path(DATABASES["default"]["NAME"]).parent.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache (rate limits) ----------------------------------------------------------------------
CACHES = {
    "default": (
        {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": env("CACHE_URL")}
        if env("CACHE_URL")
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
RATELIMIT_ENABLE = env_bool("RATELIMIT_ENABLE", True)
# How long the JSON intake may reuse an instrument's settings (see instruments.selectors).
INTAKE_INSTRUMENT_CACHE_SECONDS = int(env("INTAKE_INSTRUMENT_CACHE_SECONDS", "5"))
# Figures based on fewer respondents are not shown (small-cell suppression); never below 5.
SMALL_CELL_MINIMUM = max(5, int(env("SMALL_CELL_MINIMUM", "5")))
# How old a regional comparison's answer tallies may be before they are checked against the
# answers again (responses/tallies.py); 0 checks on every page view.
ANSWER_TALLY_MAX_AGE = int(env("ANSWER_TALLY_MAX_AGE", "300"))
RATELIMIT_VIEW = "samenspraak.core.views.rate_limited"

# --- Background tasks (docs/background-tasks.md) -------------------------------------------
# Django's task interface (django-tasks backport: `@task()` and `.enqueue()`), with every task
# recorded in the ledger core.BackgroundTask. Without CELERY_BROKER_URL (the embedded default) a
# task runs at once, in the process that enqueues it, and `manage.py background_tasks run-due`
# (cron) runs its retries; with it, Celery workers (`celery -A samenspraak worker`) run them.
CELERY_BROKER_URL = env("CELERY_BROKER_URL", "")
TASKS = {
    "default": {
        "BACKEND": env(
            "TASKS_BACKEND",
            "samenspraak.core.task_backends."
            + ("CeleryBackend" if CELERY_BROKER_URL else "EmbeddedBackend"),
        )
    }
}
BACKGROUND_TASKS = {
    # A failed task runs again after 1, 4, 16 and 60 minutes (delay × factor^n, at most the
    # maximum), then counts as failed and shows on the workspace page for staff.
    "MAX_ATTEMPTS": max(1, int(env("BACKGROUND_TASKS_MAX_ATTEMPTS", "5"))),
    "RETRY_DELAY": float(env("BACKGROUND_TASKS_RETRY_DELAY", "60")),
    "RETRY_FACTOR": 4,
    "RETRY_MAX_DELAY": 3600,
    # A task still "running" after this long was interrupted (a process died): it is retried.
    "RUNNING_TIMEOUT": 2 * 3600,
    # With Celery: a task this far past its time never reached a worker; run-due sends it again.
    "OVERDUE_AFTER": 15 * 60,
    # Finished entries are deleted after this many days (their arguments are references only).
    "KEEP_DONE_DAYS": 30,
}
# Celery (only with CELERY_BROKER_URL, e.g. redis://127.0.0.1:6379/1 or amqp://user:pass@host//).
# The ledger is the result store: no result backend. JSON only, never pickle. A message is
# acknowledged after its task ran, so a worker that dies hands it back to the broker.
CELERY_TASK_DEFAULT_QUEUE = "samenspraak"
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 5
# Enqueueing in a request gives up on an unreachable broker within about a second; the entry
# waits in the ledger and run-due sends it again.
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.5,
    "interval_max": 0.5,
}
# Longer than the longest retry delay plus the running timeout, so that Redis does not hand out
# a message again while a worker still holds it.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "visibility_timeout": BACKGROUND_TASKS["RETRY_MAX_DELAY"]
    + BACKGROUND_TASKS["RUNNING_TIMEOUT"]
    + 3600
}

# --- Accounts -------------------------------------------------------------------------------
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = ["samenspraak.accounts.backends.EmailBackend"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "organisations:workspace-choice"
LOGOUT_REDIRECT_URL = "core:home"
PASSWORD_RESET_TIMEOUT = 60 * 60 * 24
INVITATION_VALID_DAYS = int(env("INVITATION_VALID_DAYS", "14"))

# --- E-mail ---------------------------------------------------------------------------------
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Samenspraak <noreply@samenspraak.localhost>")
# Where residents reach this installation; links in e-mails sent by background tasks use it.
PUBLIC_BASE_URL = env("PUBLIC_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [PACKAGE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", VAR_DIR / "media"))
# Files that must never be served as media (raw-data exports). Shared storage when Celery
# workers run on other machines than the web servers.
PRIVATE_ROOT = Path(env("PRIVATE_ROOT", VAR_DIR / "private"))
EXPORT_FILE_HOURS = int(env("EXPORT_FILE_HOURS", "24"))
# The embedded default serves uploaded media itself; behind a web server set SERVE_MEDIA=0.
SERVE_MEDIA = env_bool("SERVE_MEDIA", True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = DEBUG
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# --- Security -------------------------------------------------------------------------------
SECURE_COOKIES = env_bool("SECURE_COOKIES", not DEBUG)
SESSION_COOKIE_SECURE = SECURE_COOKIES
CSRF_COOKIE_SECURE = SECURE_COOKIES
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 60 * 60 * 8
SECURE_HSTS_SECONDS = int(env("SECURE_HSTS_SECONDS", "0" if DEBUG else "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY", False) else None
)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Privacy --------------------------------------------------------------------------------
# Rate limits key on a keyed hash of the client address that lives only in the cache.
RATELIMIT_HASH_SALT = env("RATELIMIT_HASH_SALT", SECRET_KEY)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", "INFO")},
    "loggers": {"django.server": {"level": "WARNING" if not DEBUG else "INFO"}},
}
