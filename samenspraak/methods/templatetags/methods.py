from django import template

from samenspraak.methods.facets import FACETS_BY_KEY

register = template.Library()


@register.filter
def facet_label(value, facet_key):
    """The readable label of a facet value, e.g. 'peiling' → '(Online) poll'."""
    facet = FACETS_BY_KEY.get(facet_key)
    return facet.label_for(value) if facet else value
