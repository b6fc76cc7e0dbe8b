"""The questionnaire builder: staff change wording, answers and skip logic question by question.

Every change goes through ``services.save_definition``: it is validated as a whole and, once
answers exist, lands in a new version so earlier answers keep the wording they answered.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires

from . import editing, services
from .forms import NEW_SECTION, QUESTION_TYPES, QuestionForm, TextsForm
from .questionnaire import iter_questions
from .selectors import instruments_of


def _instrument(request, pk):
    return get_object_or_404(instruments_of(request.municipality), pk=pk)


def _save(request, instrument, definition, form=None) -> bool:
    try:
        version = services.save_definition(instrument=instrument, definition=definition)
    except ValidationError as error:
        for message in error.messages:
            if form is not None:
                form.add_error(None, message)
            else:
                messages.error(request, message)
        return False
    messages.success(
        request, _("Saved in version %(number)s of the questionnaire.") % {"number": version.number}
    )
    return True


@requires(Permission.MANAGE_TRAJECTS)
def builder(request, gemeente, pk):
    instrument = _instrument(request, pk)
    version = instrument.current_version
    definition = version.definition
    texts = TextsForm(
        posted(request),
        initial={k: definition.get(k) for k in ("title", "intro", "closing", "estimated_minutes")},
    )
    if request.method == "POST" and texts.is_valid():
        changed = editing.update_texts(definition, **texts.cleaned_data)
        if _save(request, instrument, changed, texts):
            instrument.title = texts.cleaned_data["title"]
            instrument.save(update_fields=["title"])
            return redirect("instruments:builder", gemeente, pk)
    type_labels = dict(QUESTION_TYPES)
    return render(
        request,
        "instruments/builder.html",
        {
            "instrument": instrument,
            "version": version,
            "texts_form": texts,
            "form": texts,
            "items": [
                {"section": s, "question": q, "type_label": type_labels.get(q["type"], q["type"])}
                for s, q in iter_questions(definition)
            ],
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def question_edit(request, gemeente, pk, key=None):
    instrument = _instrument(request, pk)
    definition = instrument.current_version.definition
    question = None
    if key is not None:
        try:
            s_index, q_index = editing.find(definition, key)
        except KeyError as error:
            raise Http404 from error
        question = definition["sections"][s_index]["questions"][q_index]
    form = QuestionForm(
        posted(request),
        definition=definition,
        question=question,
        initial={"section": definition["sections"][s_index]["key"] if question else ""},
    )
    if request.method == "POST" and form.is_valid():
        new_key = key or editing.new_key(definition, form.cleaned_data["text"])
        changed_question = form.to_question(new_key)
        if question is not None:
            changed = editing.replace_question(definition, key, changed_question)
        else:
            section = form.cleaned_data["section"]
            if section == NEW_SECTION:
                changed = editing.add_section(definition, form.cleaned_data["new_section_title"])
                section = changed["sections"][-1]["key"]
            else:
                changed = definition
            changed = editing.add_question(changed, section, changed_question)
        if _save(request, instrument, changed, form):
            return redirect("instruments:builder", gemeente, pk)
    return render(
        request,
        "instruments/question_form.html",
        {"instrument": instrument, "form": form, "question": question},
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def question_move(request, gemeente, pk, key):
    instrument = _instrument(request, pk)
    step = -1 if request.POST.get("richting") == "omhoog" else 1
    try:
        changed = editing.move_question(instrument.current_version.definition, key, step)
    except KeyError as error:
        raise Http404 from error
    _save(request, instrument, changed)
    return redirect("instruments:builder", gemeente, pk)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def question_remove(request, gemeente, pk, key):
    instrument = _instrument(request, pk)
    try:
        changed = editing.remove_question(instrument.current_version.definition, key)
    except KeyError as error:
        raise Http404 from error
    _save(request, instrument, changed)
    return redirect("instruments:builder", gemeente, pk)
