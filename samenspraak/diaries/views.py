"""The participant's diary page, reached only through their private link."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import apply_validation_error

from . import services
from .forms import EntryForm, ReminderForm

CLIENT_KEY = "samenspraak.core.ratelimit.client_key"


def _participant(token):
    participant = services.participant_for(token)
    if participant is None:
        raise Http404
    return participant


@never_cache
@ratelimit(key=CLIENT_KEY, rate="120/h", block=True)
def diary(request, token):
    participant = _participant(token)
    today = timezone.localdate()
    entry_form = EntryForm(request.POST if "schrijven" in request.POST else None)
    reminder_form = ReminderForm(
        request.POST if "herinnering" in request.POST else None,
        initial={"email": getattr(getattr(participant, "reminder", None), "email", "")},
    )
    if request.method == "POST" and "schrijven" in request.POST and entry_form.is_valid():
        try:
            services.write_entry(participant=participant, **entry_form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(entry_form, error)
        else:
            messages.success(request, _("Saved. Thank you for writing today."))
            return redirect("diaries:diary", token)
    if request.method == "POST" and "herinnering" in request.POST and reminder_form.is_valid():
        services.set_reminder(participant=participant, email=reminder_form.cleaned_data["email"])
        messages.success(
            request,
            _("You will get reminders.")
            if reminder_form.cleaned_data["email"]
            else _("You will not get reminders."),
        )
        return redirect("diaries:diary", token)
    active = participant.starts_on <= today <= participant.ends_on and (
        participant.diary.status == participant.diary.Status.OPEN
    )
    return render(
        request,
        "diaries/diary.html",
        {
            "participant": participant,
            "diary": participant.diary,
            "public_municipality": participant.diary.municipality,
            "form": entry_form,
            "reminder_form": reminder_form,
            "active": active,
            "not_started": today < participant.starts_on,
            "day_number": participant.day_number(today),
            "prompt": participant.diary.prompt_for(participant.day_number(today)),
            "entries": participant.entries.all(),
            "token": token,
        },
    )
