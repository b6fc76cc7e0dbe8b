"""Codebook, agreement between coders, assisted coding and theme discovery, for staff."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.privacy.selectors import readable_text
from samenspraak.responses.downloads import raw_data_download, record_export
from samenspraak.trajects.selectors import traject_for

from . import exports, qdpx, selectors, services
from .agreement import compare
from .forms import CodeForm, ThemeAcceptForm, ThemeRunForm
from .models import Code, Contribution, DiscoveredTheme, ThemeRun


def _codebook_url(gemeente, traject):
    return redirect("insights:codebook", gemeente, traject.pk)


@requires(Permission.VIEW_RESULTS)
def codebook(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    return render(
        request,
        "insights/codebook.html",
        {
            "traject": traject,
            "codebook": selectors.codebook_of(traject),
            "codes": selectors.codes_of(traject),
            "coders": selectors.coders_of(traject),
            "template_codes": services.template_codes(),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def codebook_start(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    try:
        services.start_codebook(traject=traject, from_template=request.POST.get("sjabloon") == "1")
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The codebook is ready."))
    return _codebook_url(gemeente, traject)


@requires(Permission.MANAGE_TRAJECTS)
def code_edit(request, gemeente, traject_pk, code_pk=None):
    traject = traject_for(request.municipality, traject_pk)
    book = selectors.codebook_of(traject) or services.start_codebook(
        traject=traject, from_template=False
    )
    code = get_object_or_404(Code, codebook=book, pk=code_pk) if code_pk else None
    form = CodeForm(posted(request), instance=code, codebook=book)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_code(codebook=book, code=code, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The code is saved."))
            return _codebook_url(gemeente, traject)
    return render(
        request, "insights/code_form.html", {"traject": traject, "form": form, "code": code}
    )


@requires(Permission.MANAGE_TRAJECTS)
def code_delete(request, gemeente, traject_pk, code_pk):
    traject = traject_for(request.municipality, traject_pk)
    code = get_object_or_404(Code, codebook__traject=traject, pk=code_pk)
    if request.method == "POST":
        services.delete_code(code=code)
        messages.success(request, _("The code is deleted."))
        return _codebook_url(gemeente, traject)
    return render(
        request,
        "insights/code_delete.html",
        {"traject": traject, "code": code, "uses": code.codings.count()},
    )


@requires(Permission.VIEW_RESULTS)
def agreement(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    coders = list(selectors.coders_of(traject))
    by_pk = {str(coder.pk): coder for coder in coders}
    first, second = by_pk.get(request.GET.get("eerste")), by_pk.get(request.GET.get("tweede"))
    result = None
    if first and second and first != second:
        result = compare(traject, first, second)
        texts = {
            c.pk: readable_text(c, raw=False)
            for c in Contribution.objects.filter(
                pk__in={unit for unit, _code, _given in result.disagreements}
            )
        }
        result.rows = [
            (unit, code, given, texts.get(unit, "")) for unit, code, given in result.disagreements
        ]
    return render(
        request,
        "insights/agreement.html",
        {
            "traject": traject,
            "coders": coders,
            "first": first,
            "second": second,
            "result": result,
            "same": first is not None and first == second,
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def agreement_merge(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    users = get_user_model().objects.filter(codings__code__codebook__traject=traject).distinct()
    first = get_object_or_404(users, pk=request.POST.get("eerste"))
    second = get_object_or_404(users, pk=request.POST.get("tweede"))
    keep = set()
    for value in request.POST.getlist("houden"):
        unit, _sep, code = value.partition("-")
        if unit.isdigit() and code.isdigit():
            keep.add((int(unit), int(code)))
    try:
        count = services.merge_coders(traject=traject, first=first, second=second, keep=keep)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("The agreed set holds %(n)s codes.") % {"n": count})
    return redirect(
        f"{request.path.rsplit('samenvoegen/', 1)[0]}?eerste={first.pk}&tweede={second.pk}"
    )


@requires(Permission.MANAGE_TRAJECTS)
def suggestions(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    ready, short = services.codes_ready_for_suggestions(traject, request.user)
    open_ones = selectors.open_suggestions(traject, request.user)
    total = open_ones.count()
    items = list(open_ones[:200])
    for item in items:
        item.shown_text = readable_text(item.contribution, raw=False)
        item.percent = round(item.confidence * 100)
    return render(
        request,
        "insights/suggestions.html",
        {
            "traject": traject,
            "ready": ready,
            "short": short,
            "items": items,
            "total": total,
            "minimum": services.MIN_EXAMPLES_PER_CODE,
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def suggestions_make(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    try:
        count = services.suggest_codes(traject=traject, coder=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(n)s suggestions are ready to check.") % {"n": count})
    return redirect("insights:suggestions", gemeente, traject.pk)


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def suggestions_decide(request, gemeente, traject_pk):
    """Accept or reject the ticked suggestions, or accept all above a confidence at once."""
    traject = traject_for(request.municipality, traject_pk)
    mine = selectors.open_suggestions(traject, request.user)
    if request.POST.get("actie") == "boven":
        try:
            threshold = float(request.POST.get("drempel", ""))
        except ValueError:
            threshold = None
        if threshold is None or not 0.5 <= threshold <= 1:
            messages.error(request, _("Choose a confidence between 0.5 and 1."))
            return redirect("insights:suggestions", gemeente, traject.pk)
        chosen, accept = mine.filter(confidence__gte=threshold), True
    else:
        chosen = mine.filter(pk__in=[p for p in request.POST.getlist("suggestie") if p.isdigit()])
        accept = request.POST.get("actie") == "aanvaarden"
    count = services.decide_suggestions(suggestions=chosen, accept=accept, coder=request.user)
    if accept:
        messages.success(request, _("%(n)s suggestions accepted.") % {"n": count})
    else:
        messages.success(request, _("%(n)s suggestions rejected.") % {"n": count})
    return redirect("insights:suggestions", gemeente, traject.pk)


@requires(Permission.MANAGE_TRAJECTS)
def themes(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    form = ThemeRunForm(posted(request))
    if request.method == "POST" and form.is_valid():
        try:
            run = services.start_theme_run(
                traject=traject, user=request.user, n_themes=form.cleaned_data["n_themes"]
            )
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            return redirect("insights:theme-run", gemeente, traject.pk, run.pk)
    return render(
        request,
        "insights/themes.html",
        {"traject": traject, "form": form, "runs": traject.theme_runs.all()[:10]},
    )


@requires(Permission.MANAGE_TRAJECTS)
def theme_run(request, gemeente, traject_pk, run_pk):
    traject = traject_for(request.municipality, traject_pk)
    run = get_object_or_404(ThemeRun, traject=traject, pk=run_pk)
    found = list(run.themes.all())
    quotes = {
        c.pk: readable_text(c, raw=False)
        for c in Contribution.objects.filter(
            pk__in={pk for theme in found for pk in theme.representatives}
        )
    }
    for theme in found:
        # Identical answers are common ("Goed geholpen."); show different ones.
        theme.quotes = list(
            dict.fromkeys(quotes[pk] for pk in theme.representatives if pk in quotes)
        )[:3]
    return render(
        request,
        "insights/theme_run.html",
        {
            "traject": traject,
            "run": run,
            "themes": found,
            "open_themes": [t for t in found if t.status == DiscoveredTheme.Status.OPEN],
            "running": run.status in (ThemeRun.Status.QUEUED, ThemeRun.Status.RUNNING),
        },
    )


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def theme_decide(request, gemeente, traject_pk, run_pk, theme_pk):
    traject = traject_for(request.municipality, traject_pk)
    theme = get_object_or_404(DiscoveredTheme, run__traject=traject, run_id=run_pk, pk=theme_pk)
    action = request.POST.get("actie")
    try:
        if action == "aanvaarden":
            form = ThemeAcceptForm(request.POST)
            if not form.is_valid():
                raise ValidationError(_("Give the code a name."))
            code = services.accept_theme(
                theme=theme, name=form.cleaned_data["name"], user=request.user
            )
            messages.success(
                request,
                _("Code “%(code)s” is made. Its texts wait for you under suggestions.")
                % {"code": code.name},
            )
        elif action == "hernoemen":
            services.rename_theme(theme=theme, label=request.POST.get("name", ""))
            messages.success(request, _("The theme has a new name."))
        elif action == "samenvoegen":
            others = DiscoveredTheme.objects.filter(
                run=theme.run, pk__in=[p for p in request.POST.getlist("met") if p.isdigit()]
            )
            if not others:
                raise ValidationError(_("Choose the themes to merge with this one."))
            services.merge_themes(target=theme, others=others)
            messages.success(request, _("The themes are merged."))
        elif action == "afwijzen":
            services.reject_theme(theme=theme)
            messages.success(request, _("The theme is rejected."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("insights:theme-run", gemeente, traject.pk, run_pk)


@requires(Permission.EXPORT_RAW_DATA)
def coded_export(request, gemeente, traject_pk, kind):
    traject = traject_for(request.municipality, traject_pk)
    return raw_data_download(
        request,
        exports.rows(traject),
        kind=kind,
        what=f"codering-{traject.pk}",
        filename=exports.filename(traject, kind),
        sheet="codering",
    )


@requires(Permission.EXPORT_RAW_DATA)
def qdpx_export(request, gemeente, traject_pk):
    """The REFI-QDA project, with masked texts, to go on in ATLAS.ti, MAXQDA or NVivo."""
    traject = traject_for(request.municipality, traject_pk)
    record_export(request, f"codering-{traject.pk}.qdpx")
    response = HttpResponse(qdpx.project_archive(traject), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="{qdpx.filename(traject)}"'
    return response
