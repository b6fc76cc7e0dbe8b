"""RSS and Atom feeds of published versions, per traject and per municipality."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from samenspraak.organisations.models import Municipality, Region

from . import selectors


class MunicipalityFeed(Feed):
    def get_object(self, request, slug):
        return get_object_or_404(Municipality, slug=slug)

    def title(self, municipality):
        return _("What %(name)s did with what residents said") % {"name": municipality.name}

    def link(self, municipality):
        from django.urls import reverse

        return reverse("feedback:overview", args=[municipality.slug])

    def description(self, municipality):
        return _("Each new version of a feedback page of %(name)s.") % {"name": municipality.name}

    def items(self, municipality):
        return selectors.recent_publications(municipality=municipality)

    def item_title(self, publication):
        return _("%(title)s — version %(version)s") % {
            "title": publication.traject.title,
            "version": publication.version,
        }

    def item_description(self, publication):
        return publication.content.get("intro", "")

    def item_pubdate(self, publication):
        return publication.published_at

    def item_guid(self, publication):
        return f"samenspraak:terugkoppeling:{publication.traject_id}:{publication.version}"

    item_guid_is_permalink = False


class TrajectFeed(MunicipalityFeed):
    def get_object(self, request, slug, traject_pk):
        publication = selectors.published_version(
            get_object_or_404(Municipality, slug=slug), traject_pk
        )
        return publication.traject

    def title(self, traject):
        return _("News about “%(title)s”") % {"title": traject.title}

    def link(self, traject):
        from django.urls import reverse

        return reverse("feedback:page", args=[traject.municipality.slug, traject.pk])

    def description(self, traject):
        return _("Each new version of this feedback page.")

    def items(self, traject):
        return selectors.recent_publications(traject=traject)


class RegionFeed(MunicipalityFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Region, slug=slug)

    def title(self, region):
        return _("What the municipalities of %(name)s did with what residents said") % {
            "name": region.name
        }

    def link(self, region):
        from django.urls import reverse

        return reverse("feedback:region", args=[region.slug])

    def description(self, region):
        return _("Each new version of a feedback page of a municipality in %(name)s.") % {
            "name": region.name
        }

    def items(self, region):
        return selectors.recent_publications(region=region)

    def item_title(self, publication):
        return _("%(municipality)s: %(title)s — version %(version)s") % {
            "municipality": publication.traject.municipality.name,
            "title": publication.traject.title,
            "version": publication.version,
        }


class MunicipalityAtomFeed(MunicipalityFeed):
    feed_type = Atom1Feed
    subtitle = MunicipalityFeed.description


class TrajectAtomFeed(TrajectFeed):
    feed_type = Atom1Feed
    subtitle = TrajectFeed.description


class RegionAtomFeed(RegionFeed):
    feed_type = Atom1Feed
    subtitle = RegionFeed.description
