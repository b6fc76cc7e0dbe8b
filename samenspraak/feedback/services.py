"""Changing the feedback page: its texts, publishing versions, residents' recognition answers
and the e-mail subscriptions that announce a new version."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspraak.insights.models import Contribution
from samenspraak.trajects.models import Traject

from . import snapshot
from .models import FeedbackPage, Notification, Publication, Recognition, Subscription

REMARK_MAX_LENGTH = 500


def save_page(*, traject: Traject, intro: str, take_part: str = "") -> FeedbackPage:
    page = getattr(traject, "feedback_page", None) or FeedbackPage(traject=traject)
    page.intro = intro.strip()
    page.take_part = take_part.strip()
    if not page.intro:
        raise ValidationError({"intro": _("Write in a few sentences what you asked, and why.")})
    page.full_clean()
    page.save()
    return page


def preview(traject: Traject) -> dict:
    """Exactly what the next version would say, without saving anything."""
    page = getattr(traject, "feedback_page", None)
    if page is None:
        raise ValidationError(_("Write the introduction first; then you can preview the page."))
    return snapshot.build(traject, page)


@transaction.atomic
def publish(*, traject: Traject, user) -> Publication:
    """A new dated version; its PDF and the e-mails to subscribers follow in the background."""
    content = preview(traject)
    if not content["findings"] and not content["actions"]:
        raise ValidationError(
            _("There is nothing to tell yet: add at least one finding or action first.")
        )
    locked = Traject.objects.select_for_update().get(pk=traject.pk)
    version = (locked.publications.aggregate(m=Max("version"))["m"] or 0) + 1
    publication = Publication.objects.create(
        traject=traject,
        version=version,
        published_at=timezone.now(),
        published_by=user,
        content=content,
    )
    from . import tasks

    transaction.on_commit(lambda: tasks.make_pdf.enqueue(publication.pk))
    transaction.on_commit(lambda: tasks.announce.enqueue(publication.pk))
    return publication


def render_pdf(publication: Publication) -> Publication:
    """The printable version for residents without internet: tagged PDF/UA, like the report."""
    from django.template.loader import render_to_string
    from django.utils import translation
    from weasyprint import HTML

    from .presentation import content_view

    with translation.override("nl"):
        html = render_to_string(
            "feedback/print.html",
            {
                "publication": publication,
                "traject": publication.traject,
                "municipality": publication.traject.municipality,
                "content": content_view(publication.content),
                "page_url": settings.PUBLIC_BASE_URL + publication.get_absolute_url(),
            },
        )
    publication.pdf = HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
    publication.pdf_status = Publication.PdfStatus.READY
    publication.save(update_fields=["pdf", "pdf_status"])
    return publication


@transaction.atomic
def recognise(*, publication: Publication, finding_pk: int, answer: str, remark: str = ""):
    """One answer under a published finding. A remark becomes a contribution in the evidence
    pool, masked like every other text before anyone but the raw-data role reads it."""
    if not any(item["pk"] == finding_pk for item in publication.content["findings"]):
        raise ValidationError(_("This finding is not on the page."))
    if answer not in Recognition.Answer.values:
        raise ValidationError({"answer": _("Choose yes, partly or no.")})
    remark = remark.strip()
    if len(remark) > REMARK_MAX_LENGTH:
        raise ValidationError(
            {"remark": _("Write at most %(n)s characters.") % {"n": REMARK_MAX_LENGTH}}
        )
    traject = publication.traject
    finding = traject.findings.filter(pk=finding_pk).first()
    if finding is None:  # deleted since this version was published
        raise ValidationError(_("This finding is not on the page."))
    today = timezone.localdate()
    contribution = None
    if remark:
        contribution = Contribution.objects.create(
            municipality_id=traject.municipality_id,
            traject=traject,
            source_type=Contribution.SourceType.RECOGNITION,
            question_key=f"bevinding-{finding.pk}",
            question_text=finding.statement,
            text=remark,
            created_on=today,
        )
    return Recognition.objects.create(
        finding=finding,
        publication=publication,
        answer=answer,
        contribution=contribution,
        created_on=today,
    )


def subscribe(*, traject: Traject, email: str, source: str, confirmed: bool = False):
    """Ask for news about a traject. An address typed on a public form is only used once its
    owner clicked the link we send, so nobody can sign up someone else."""
    email = email.strip().lower()
    subscription = Subscription(traject=traject, email=email, source=source, confirmed=confirmed)
    # The address is checked here; an existing subscription is found below, not refused.
    subscription.full_clean(exclude=["token"], validate_unique=False, validate_constraints=False)
    try:
        with transaction.atomic():
            subscription.save()
    except IntegrityError:
        subscription = Subscription.objects.get(traject=traject, email=email)
        if confirmed and not subscription.confirmed:
            subscription.confirmed = True
            subscription.save(update_fields=["confirmed"])
    if not subscription.confirmed:
        from . import tasks

        transaction.on_commit(lambda: tasks.ask_confirmation.enqueue(subscription.pk))
    return subscription


def confirm(*, token: str) -> Subscription | None:
    subscription = Subscription.objects.filter(token=token).select_related("traject").first()
    if subscription is not None and not subscription.confirmed:
        subscription.confirmed = True
        subscription.save(update_fields=["confirmed"])
    return subscription


def unsubscribe(*, token: str) -> bool:
    deleted, _detail = Subscription.objects.filter(token=token).delete()
    return bool(deleted)


def forget_contacts(traject: Traject) -> int:
    """When a traject closes, nobody's address stays behind."""
    deleted, _detail = Subscription.objects.filter(traject=traject).delete()
    return deleted


def pending_notifications(publication: Publication) -> list[Notification]:
    """One notification row per confirmed subscriber; existing rows mean already handled, so a
    retried or repeated announcement never mails anyone twice."""
    subscribers = publication.traject.subscriptions.filter(confirmed=True)
    Notification.objects.bulk_create(
        [Notification(publication=publication, subscription=s) for s in subscribers],
        ignore_conflicts=True,
    )
    return list(
        publication.notifications.filter(sent_at__isnull=True, subscription__confirmed=True)
        .select_related("subscription")
        .order_by("pk")
    )


def mark_sent(notification: Notification) -> None:
    notification.sent_at = timezone.now()
    notification.save(update_fields=["sent_at"])
