from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.methods.views import plan_context
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires

from . import lemniscaat, services
from .forms import TrajectForm, WerkvormStartForm
from .selectors import traject_for, trajects_of
from .werkvormen import label_for, werkvorm_for, werkvormen


def traject_list(request, gemeente):
    """Every traject with where its cycle stands, for those who may read results."""
    trajects = list(trajects_of(request.municipality))
    if request.membership.has_perm(Permission.VIEW_RESULTS):
        states = lemniscaat.overviews(trajects)
        for traject in trajects:
            traject.state = states[traject.pk]
    return render(request, "trajects/list.html", {"trajects": trajects})


@requires(Permission.MANAGE_TRAJECTS)
def traject_create(request, gemeente):
    form = TrajectForm(posted(request))
    if request.method == "POST" and form.is_valid():
        traject = services.create_traject(
            municipality=request.municipality, created_by=request.user, **form.cleaned_data
        )
        messages.success(request, _("The traject %(title)s is created.") % {"title": traject.title})
        return redirect(traject.get_absolute_url())
    return render(request, "trajects/form.html", {"form": form, "traject": None})


@requires(Permission.MANAGE_TRAJECTS)
def traject_edit(request, gemeente, pk):
    traject = traject_for(request.municipality, pk)
    form = TrajectForm(posted(request), instance=traject)
    if request.method == "POST" and form.is_valid():
        services.update_traject(traject=traject, **form.cleaned_data)
        messages.success(request, _("The traject is saved."))
        return redirect(traject.get_absolute_url())
    return render(request, "trajects/form.html", {"form": form, "traject": traject})


def traject_detail(request, gemeente, pk):
    traject = traject_for(request.municipality, pk)
    context = plan_context(traject)
    context["instruments"] = traject.instruments.all()
    context["meetings"] = traject.meeting_sessions.select_related("municipality")
    context["state"] = lemniscaat.overview(traject)
    context["werkvorm_label"] = label_for(traject.werkvorm)
    return render(request, "trajects/detail.html", context)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def new_round(request, gemeente, pk):
    traject = traject_for(request.municipality, pk)
    try:
        rounds = services.start_new_round(traject=traject, name=request.POST.get("name", ""))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Measurement “%(name)s” has started for %(count)s questionnaires.")
            % {"name": rounds[0].name, "count": len(rounds)},
        )
    return redirect(traject.get_absolute_url())


@requires(Permission.MANAGE_TRAJECTS)
def werkvorm_list(request, gemeente):
    """The regional werkvormen of the Inspiratiegids, each ready to start as a traject."""
    return render(request, "trajects/werkvorm_list.html", {"werkvormen": werkvormen()})


@requires(Permission.MANAGE_TRAJECTS)
def werkvorm_start(request, gemeente, key):
    template = werkvorm_for(key)
    if template is None:
        raise Http404
    form = WerkvormStartForm(
        posted(request), initial={"title": template.title, "question": template.question}
    )
    if request.method == "POST" and form.is_valid():
        try:
            traject, session = services.start_from_werkvorm(
                municipality=request.municipality,
                created_by=request.user,
                werkvorm=template.key,
                **form.cleaned_data,
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(
                request,
                _(
                    "The traject %(title)s is started with a plan and a meeting report. After "
                    "the meeting you write down the harvest here."
                )
                % {"title": traject.title},
            )
            return redirect(session.get_absolute_url())
    return render(request, "trajects/werkvorm_start.html", {"werkvorm": template, "form": form})
