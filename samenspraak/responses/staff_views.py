"""Staff entry points into the resident flow: assisted entry and kiosk mode."""

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import posted
from samenspraak.instruments.selectors import instruments_of
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires

from . import services
from .forms import AssistedEntryForm
from .views import KIOSK_SESSION, bind_response


@requires(Permission.ENTER_RESPONSES)
def assisted_entry(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    groups = instrument.current_version.definition.get("respondent_groups", [])
    form = AssistedEntryForm(posted(request), groups=groups)
    if not instrument.is_open:
        messages.error(request, _("This questionnaire is not open, so no answers can be entered."))
        return redirect(instrument.get_absolute_url())
    if request.method == "POST" and form.is_valid():
        response = services.start_response(
            instrument=instrument,
            channel=form.cleaned_data["channel"],
            respondent_group=form.cleaned_data.get("respondent_group", ""),
        )
        bind_response(request, instrument, response)
        return redirect("responses:question", instrument.public_code, 1)
    return render(
        request, "responses/assisted_entry.html", {"form": form, "instrument": instrument}
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def start_kiosk(request, gemeente, pk):
    instrument = get_object_or_404(instruments_of(request.municipality), pk=pk)
    kiosk = set(request.session.get(KIOSK_SESSION, []))
    kiosk.add(instrument.pk)
    request.session[KIOSK_SESSION] = sorted(kiosk)
    return redirect("responses:kiosk-restart", instrument.public_code)
