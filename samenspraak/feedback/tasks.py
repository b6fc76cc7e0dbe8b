"""Background work for the feedback page: its printable PDF and the e-mails to subscribers.

Each e-mail is its own task, so a failing mail server only retries the mails that did not go
out, and a notification row that is already sent is never sent again.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_tasks import task

from samenspraak.core.background import describe

from .models import Notification, Publication, Subscription


def _absolute(path: str) -> str:
    return settings.PUBLIC_BASE_URL + path


def _send(*, to: str, subject: str, template: str, context: dict, unsubscribe: str) -> None:
    message = EmailMessage(
        subject=subject,
        body=render_to_string(template, context),
        to=[to],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()


def _municipality(model, **lookup):
    return model.objects.filter(**lookup).values_list("traject__municipality_id", flat=True).first()


@describe(
    gettext_lazy("Printable version of the feedback page (PDF)"),
    municipality=lambda publication_pk: _municipality(Publication, pk=publication_pk),
    max_attempts=3,
)
@task()
def make_pdf(publication_pk: int) -> str:
    from .services import render_pdf

    publication = Publication.objects.select_related("traject__municipality").get(pk=publication_pk)
    try:
        return render_pdf(publication).pdf_status
    except Exception:
        publication.pdf_status = Publication.PdfStatus.FAILED
        publication.save(update_fields=["pdf_status"])
        raise


@describe(
    gettext_lazy("Announce a new version of the feedback page"),
    municipality=lambda publication_pk: _municipality(Publication, pk=publication_pk),
)
@task()
def announce(publication_pk: int) -> int:
    from .services import pending_notifications

    publication = Publication.objects.get(pk=publication_pk)
    notifications = pending_notifications(publication)
    for notification in notifications:
        send_notification.enqueue(notification.pk)
    return len(notifications)


@describe(
    gettext_lazy("E-mail about a new version to a resident"),
    municipality=lambda notification_pk: _municipality(
        Publication, notifications__pk=notification_pk
    ),
)
@task()
def send_notification(notification_pk: int) -> bool:
    from .services import mark_sent

    notification = (
        Notification.objects.select_related("publication__traject__municipality", "subscription")
        .filter(pk=notification_pk, sent_at__isnull=True)
        .first()
    )
    if notification is None:
        return False  # sent already, or the resident unsubscribed in the meantime
    publication, subscription = notification.publication, notification.subscription
    traject = publication.traject
    unsubscribe = _absolute(reverse("feedback:unsubscribe", args=[subscription.token]))
    with translation.override("nl"):
        _send(
            to=subscription.email,
            subject=_("News about “%(title)s”") % {"title": traject.title},
            template="feedback/email/new_version.txt",
            context={
                "traject": traject,
                "municipality": traject.municipality,
                "link": _absolute(publication.get_absolute_url()),
                "unsubscribe": unsubscribe,
            },
            unsubscribe=unsubscribe,
        )
    mark_sent(notification)
    return True


@describe(
    gettext_lazy("E-mail asking a resident to confirm news"),
    municipality=lambda subscription_pk: _municipality(Subscription, pk=subscription_pk),
)
@task()
def ask_confirmation(subscription_pk: int) -> bool:
    subscription = (
        Subscription.objects.select_related("traject__municipality")
        .filter(pk=subscription_pk, confirmed=False)
        .first()
    )
    if subscription is None:
        return False
    traject = subscription.traject
    unsubscribe = _absolute(reverse("feedback:unsubscribe", args=[subscription.token]))
    with translation.override("nl"):
        _send(
            to=subscription.email,
            subject=_("Please confirm: news about “%(title)s”") % {"title": traject.title},
            template="feedback/email/confirm.txt",
            context={
                "traject": traject,
                "municipality": traject.municipality,
                "link": _absolute(reverse("feedback:confirm", args=[subscription.token])),
                "unsubscribe": unsubscribe,
            },
            unsubscribe=unsubscribe,
        )
    return True
