"""Addresses left on a questionnaire's thank-you page become subscriptions to its traject.

They were given as an explicit opt-in for news about the outcome, so they count as confirmed.
"""

from django.db import migrations


def move_contacts(apps, schema_editor):
    FeedbackContact = apps.get_model("responses", "FeedbackContact")
    Subscription = apps.get_model("feedback", "Subscription")
    import secrets

    seen = set()
    for contact in FeedbackContact.objects.select_related("instrument").iterator():
        key = (contact.instrument.traject_id, contact.email.lower())
        if key in seen:
            continue
        seen.add(key)
        Subscription.objects.create(
            traject_id=key[0],
            email=key[1],
            source="vragenlijst",
            token=secrets.token_urlsafe(24),
            confirmed=True,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("feedback", "0001_initial"),
        ("responses", "0001_initial"),
    ]

    operations = [migrations.RunPython(move_contacts, migrations.RunPython.noop)]
