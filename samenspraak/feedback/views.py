"""The public feedback page and what hangs from it: versions, recognition, PDF, QR code and the
e-mail subscription. No login anywhere; only published versions exist for these views."""

import segno
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.decorators import ratelimit

from samenspraak.core.forms import posted
from samenspraak.core.ratelimit import client_key
from samenspraak.organisations.models import Municipality, Region

from . import selectors, services, sources
from .forms import RecognitionForm, SubscribeForm
from .models import Publication, Subscription
from .presentation import page_context

CLIENT_KEY = client_key


def _municipality(slug):
    return get_object_or_404(Municipality, slug=slug)


def overview(request, slug):
    municipality = _municipality(slug)
    return render(
        request,
        "feedback/overview.html",
        {
            "public_municipality": municipality,
            "publications": selectors.latest_per_traject(municipality),
        },
    )


def region_overview(request, slug):
    """The region's residents see in one place what each member municipality published."""
    region = get_object_or_404(Region, slug=slug)
    return render(
        request,
        "feedback/region.html",
        {"public_region": region, "municipalities": selectors.region_overview(region)},
    )


def page(request, slug, traject_pk, version=None):
    publication = selectors.published_version(_municipality(slug), traject_pk, version)
    return render(request, "feedback/page.html", page_context(publication))


@never_cache
@ratelimit(key=CLIENT_KEY, rate="30/h", method="POST", block=True)
def recognise(request, slug, traject_pk, finding_pk):
    """The form sits under each finding on the page; errors and thanks get a page of their own,
    so it works the same without JavaScript."""
    publication = selectors.published_version(_municipality(slug), traject_pk)
    finding = next((f for f in publication.content["findings"] if f["pk"] == finding_pk), None)
    if finding is None:
        raise Http404
    form = RecognitionForm(posted(request), prefix=f"b{finding_pk}")
    if request.method == "POST" and form.is_valid():
        try:
            services.recognise(
                publication=publication,
                finding_pk=finding_pk,
                answer=form.cleaned_data["answer"],
                remark=form.cleaned_data["remark"],
            )
        except ValidationError as error:
            raise Http404 from error
        return render(
            request,
            "feedback/recognised.html",
            {**page_context(publication), "finding": finding},
        )
    return render(
        request,
        "feedback/recognise.html",
        {**page_context(publication), "finding": finding, "form": form},
    )


def pdf(request, slug, traject_pk, version):
    publication = selectors.published_version(_municipality(slug), traject_pk, version)
    if publication.pdf_status != Publication.PdfStatus.READY:
        raise Http404
    response = HttpResponse(bytes(publication.pdf), content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="terugkoppeling-{traject_pk}-versie-{version}.pdf"'
    )
    return response


def qr_code(request, slug, traject_pk):
    """For posters: the QR code always leads to the newest version."""
    municipality = _municipality(slug)
    selectors.published_version(municipality, traject_pk)
    url = request.build_absolute_uri(reverse("feedback:page", args=[slug, traject_pk]))
    svg = segno.make(url, error="m").svg_inline(
        scale=8, title=url, dark="#000", light="#fff", border=4
    )
    return HttpResponse(svg, content_type="image/svg+xml")


@never_cache
@ratelimit(key=CLIENT_KEY, rate="10/h", method="POST", block=True)
def subscribe(request, slug, traject_pk):
    publication = selectors.published_version(_municipality(slug), traject_pk)
    form = SubscribeForm(posted(request))
    sent = False
    if request.method == "POST" and form.is_valid():
        services.subscribe(
            traject=publication.traject,
            email=form.cleaned_data["email"],
            source=Subscription.Source.FEEDBACK_PAGE,
        )
        sent = True
    return render(
        request,
        "feedback/subscribe.html",
        {**page_context(publication), "form": form, "sent": sent},
    )


@never_cache
@ratelimit(key=CLIENT_KEY, rate="10/h", method="POST", block=True)
def subscribe_from(request, kind, code):
    """The optional step after taking part: an address for news, never stored with answers."""
    source = sources.resolve(kind, code)
    form = SubscribeForm(posted(request))
    sent = False
    if request.method == "POST" and form.is_valid():
        services.subscribe(traject=source.traject, email=form.cleaned_data["email"], source=kind)
        sent = True
    return render(
        request,
        "feedback/subscribe_from.html",
        {
            "source": source,
            "public_municipality": source.traject.municipality,
            "form": form,
            "sent": sent,
        },
    )


@never_cache
def confirm(request, token):
    subscription = services.confirm(token=token)
    return render(
        request,
        "feedback/confirmed.html",
        {
            "subscription": subscription,
            "public_municipality": subscription.traject.municipality if subscription else None,
        },
    )


@never_cache
@csrf_exempt  # the secret token authorises; mail programs send one-click POSTs without a form
@ratelimit(key=CLIENT_KEY, rate="30/h", method="POST", block=True)
def unsubscribe(request, token):
    """A GET only asks, so a mail scanner following links unsubscribes nobody."""
    subscription = (
        Subscription.objects.select_related("traject__municipality").filter(token=token).first()
    )
    if request.method == "POST":
        services.unsubscribe(token=token)
        return render(
            request,
            "feedback/unsubscribed.html",
            {"public_municipality": subscription.traject.municipality if subscription else None},
        )
    if subscription is None:
        return render(request, "feedback/unsubscribed.html", {"public_municipality": None})
    return render(
        request,
        "feedback/unsubscribe.html",
        {"subscription": subscription, "public_municipality": subscription.traject.municipality},
    )
