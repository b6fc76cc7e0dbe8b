"""Staff side of the feedback page: write its texts, preview, publish, and read what residents
answered under each finding. Thin: forms in, services out."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspraak.core.forms import apply_validation_error, posted
from samenspraak.organisations.roles import Permission
from samenspraak.organisations.scoping import requires
from samenspraak.trajects.selectors import traject_for

from . import selectors, services
from .forms import PageForm
from .models import Publication
from .presentation import page_context


@requires(Permission.MANAGE_TRAJECTS)
def manage(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    page = getattr(traject, "feedback_page", None)
    form = PageForm(posted(request), instance=page)
    if request.method == "POST" and form.is_valid():
        try:
            services.save_page(traject=traject, **form.cleaned_data)
        except ValidationError as error:
            apply_validation_error(form, error)
        else:
            messages.success(request, _("The texts are saved. Preview the page, then publish."))
            return redirect("feedback:manage", gemeente, traject.pk)
    return render(
        request,
        "feedback/manage.html",
        {
            "traject": traject,
            "form": form,
            "has_page": page is not None,
            "versions": selectors.versions_of(traject),
            "recognitions": selectors.recognition_counts(traject),
            "subscribers": traject.subscriptions.filter(confirmed=True).count(),
            "minimum": settings.SMALL_CELL_MINIMUM,
        },
    )


@requires(Permission.MANAGE_TRAJECTS)
def preview(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    try:
        content = services.preview(traject)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("feedback:manage", gemeente, traject.pk)
    draft = Publication(
        traject=traject,
        version=(traject.publications.count() + 1),
        published_at=timezone.now(),
        content=content,
    )
    response = render(request, "feedback/page.html", page_context(draft, preview=True))
    response["X-Robots-Tag"] = "noindex"
    return response


@require_POST
@requires(Permission.MANAGE_TRAJECTS)
def publish(request, gemeente, traject_pk):
    traject = traject_for(request.municipality, traject_pk)
    try:
        publication = services.publish(traject=traject, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("Version %(version)s is published. Subscribers get an e-mail.")
            % {"version": publication.version},
        )
    return redirect("feedback:manage", gemeente, traject.pk)
