import csv

import segno
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.core.spreadsheets import safe_cell
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.responses import selectors as response_selectors
from samenspraak.responses.presentation import field_state
from samenspraak.trajects.selectors import trajects_of

from . import services
from .forms import CodesForm, CreateQuestionnaireForm, PublishForm, RoundForm
from .questionnaire import iter_questions
from .selectors import instruments_of


def _instrument(request, pk):
    return get_object_or_404(instruments_of(request.municipality), pk=pk)


def instrument_list(request, gemeente):
    return render(
        request, "instruments/list.html", {"instruments": instruments_of(request.municipality)}
    )


@requires(Permission.MANAGE_TRAJECTS)
def instrument_create(request, gemeente, traject_pk=None):
    """From a traject, or from a method page (then the traject is chosen in the form)."""
    traject = (
        get_object_or_404(trajects_of(request.municipality), pk=traject_pk) if traject_pk else None
    )
    form = CreateQuestionnaireForm(
        posted(request),
        initial={"template": request.GET.get("sjabloon")},
        trajects=None if traject else trajects_of(request.municipality),
    )
    if request.method == "POST" and form.is_valid():
        try:
            instrument = services.create_questionnaire(
                traject=traject or form.cleaned_data["traject"],
                template_key=form.cleaned_data["template"],
                title=form.cleaned_data["title"],
                user=request.user,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The questionnaire is ready to check and publish."))
            return redirect(instrument.get_absolute_url())
    return render(request, "instruments/create.html", {"form": form, "traject": traject})


def _detail_context(request, instrument, **overrides):
    return {
        "instrument": instrument,
        "version": instrument.current_version,
        "publish_form": PublishForm(instance=instrument),
        "round_form": RoundForm(),
        "codes_form": CodesForm(),
        "public_url": request.build_absolute_uri(instrument.get_public_url()),
        "rounds": instrument.rounds.all(),
        "unused_codes": instrument.codes.filter(used_on__isnull=True).count(),
        "used_codes": instrument.codes.filter(used_on__isnull=False).count(),
        **overrides,
    }


def instrument_detail(request, gemeente, pk):
    instrument = _instrument(request, pk)
    return render(request, "instruments/detail.html", _detail_context(request, instrument))


def _detail_with_errors(request, instrument, **forms):
    """The detail page again, with one form's errors and everything that was typed."""
    context = _detail_context(request, instrument, error_title=True, **forms)
    return render(request, "instruments/detail.html", context)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def instrument_publish(request, gemeente, pk):
    instrument = _instrument(request, pk)
    form = PublishForm(request.POST, instance=instrument)
    if form.is_valid():
        try:
            services.publish(instrument=instrument, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The questionnaire is published."))
            return redirect(instrument.get_absolute_url())
    instrument.refresh_from_db()
    return _detail_with_errors(request, instrument, publish_form=form)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def instrument_close(request, gemeente, pk):
    instrument = _instrument(request, pk)
    services.close(instrument=instrument)
    messages.success(request, _("The questionnaire is closed. Nobody can answer any more."))
    return redirect(instrument.get_absolute_url())


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def round_create(request, gemeente, pk):
    instrument = _instrument(request, pk)
    form = RoundForm(request.POST)
    if form.is_valid():
        services.start_round(instrument=instrument, name=form.cleaned_data["name"])
        messages.success(request, _("New answers now count for the new measurement."))
        return redirect(instrument.get_absolute_url())
    return _detail_with_errors(request, instrument, round_form=form)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def codes_create(request, gemeente, pk):
    instrument = _instrument(request, pk)
    form = CodesForm(request.POST)
    if form.is_valid():
        services.generate_codes(instrument=instrument, count=form.cleaned_data["count"])
        messages.success(
            request, _("%(count)s codes are made.") % {"count": form.cleaned_data["count"]}
        )
        return redirect(instrument.get_absolute_url())
    return _detail_with_errors(request, instrument, codes_form=form)


@requires(Permission.MANAGE_TRAJECTS)
def codes_csv(request, gemeente, pk):
    """Unused codes with the link, for a letter merge in the municipality's mail program."""
    instrument = _instrument(request, pk)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="codes-{instrument.public_code}.csv"'
    response.write("\ufeff")
    writer = csv.writer(response, delimiter=";")
    writer.writerow(["code", "link"])
    link = request.build_absolute_uri(instrument.get_public_url())
    for code in instrument.codes.filter(used_on__isnull=True).values_list("code", flat=True):
        writer.writerow([safe_cell(code), safe_cell(link)])
    return response


def qr_code(request, gemeente, pk, kind):
    instrument = _instrument(request, pk)
    qr = segno.make(request.build_absolute_uri(instrument.get_public_url()), error="m")
    response = HttpResponse(content_type="image/svg+xml" if kind == "svg" else "image/png")
    qr.save(response, kind=kind, scale=10, border=4)
    response["Content-Disposition"] = f'attachment; filename="qr-{instrument.public_code}.{kind}"'
    return response


def preview(request, gemeente, pk):
    instrument = _instrument(request, pk)
    definition = instrument.current_version.definition
    questions = [
        {"section": section, "question": question, "field": field_state(question, {}, None)}
        for section, question in iter_questions(definition)
    ]
    return render(
        request,
        "instruments/preview.html",
        {"instrument": instrument, "definition": definition, "questions": questions},
    )


@requires(Permission.VIEW_RESULTS)
def results(request, gemeente, pk):
    instrument = _instrument(request, pk)
    return render(
        request,
        "instruments/results.html",
        {
            "instrument": instrument,
            "per_day": response_selectors.counts_per_day(instrument),
            "per_channel": response_selectors.counts_per_channel(instrument),
            "tables": response_selectors.distributions(instrument),
            "standard": response_selectors.standard_indicators(instrument),
        },
    )
