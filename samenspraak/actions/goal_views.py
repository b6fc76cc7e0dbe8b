"""The goal tree with its indicators, for staff and the advisory council."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samenspraak.core.forms import apply_validation_error
from samenspraak.instruments.models import Instrument
from samenspraak.journeys.models import Journey
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.trajects.selectors import traject_for

from . import selectors, services
from .forms import CountedValueForm, GoalForm, IndicatorForm

FORMS = {"doel": "goal", "indicator": "indicator", "waarde": "value"}


@requires(Permission.VIEW_RESULTS)
def goal_tree(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    submitted = FORMS.get(request.POST.get("formulier")) if request.method == "POST" else None
    forms = {
        "goal": GoalForm(request.POST if submitted == "goal" else None, traject=traject),
        "indicator": IndicatorForm(
            request.POST if submitted == "indicator" else None,
            traject=traject,
            questions=selectors.question_choices(traject),
            phases=selectors.phase_choices(traject),
            criteria=selectors.criterion_choices(traject),
        ),
        "value": CountedValueForm(request.POST if submitted == "value" else None, traject=traject),
    }
    if submitted:
        if not request.membership.has_perm(Permission.MANAGE_TRAJECTS):
            raise Http404
        form = forms[submitted]
        if form.is_valid():
            try:
                _save(request, traject, submitted, form.cleaned_data)
            except ValidationError as error:
                apply_validation_error(form, error)
            else:
                messages.success(request, _("Saved."))
                return redirect(request.path)
    return render(
        request,
        "actions/goals.html",
        {
            "traject": traject,
            "tree": selectors.goal_tree(traject),
            "forms": forms,
            "may_manage": request.membership.has_perm(Permission.MANAGE_TRAJECTS),
        },
    )


def _save(request, traject, submitted, data):
    if submitted == "goal":
        services.save_goal(traject=traject, **data)
    elif submitted == "indicator":
        # Only what belongs to this traject is looked up; the service checks it again.
        services.save_indicator(
            goal=data["goal"],
            name=data["name"],
            kind=data["kind"],
            direction=data["direction"],
            target=data["target"],
            source=data["source"],
            instrument=Instrument.objects.filter(traject=traject, pk=data["instrument_pk"]).first(),
            question_key=data["question_key"],
            journey=Journey.objects.filter(traject=traject, pk=data["journey_pk"]).first(),
            phase_key=data["phase_key"],
            criterion_name=data["criterion_name"],
            measure=data["measure"],
            positive_values=data["positive_values"],
        )
    else:
        services.add_counted_value(user=request.user, **data)
