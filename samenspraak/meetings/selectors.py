from django.db.models import Count

from samenspraak.methods.selectors import methods_for

from .models import MeetingSession

# Catalogue types whose methods happen as a conversation in a room.
CONVERSATION_TYPES = {
    "algemene-gespreksmethode",
    "verdiepende-gespreksmethode",
    "regionale-werkvorm",
}


def sessions_of(municipality):
    return (
        MeetingSession.objects.filter(municipality=municipality)
        .select_related("traject", "method", "municipality")
        .annotate(item_count=Count("items"))
    )


def is_conversation(method) -> bool:
    return method.data.get("type") in CONVERSATION_TYPES


def conversation_methods(municipality):
    """Methods a report can name: conversations from the catalogue, and the gemeente's own."""
    return [
        method
        for method in methods_for(municipality)
        if is_conversation(method) or method.municipality_id
    ]
