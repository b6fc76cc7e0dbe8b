"""Turning a version's frozen data into what the page, the preview and the PDF show: status
names, findings by number, and each indicator told in words as well as in a chart."""

import datetime

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from samenspraak.actions.models import Status
from samenspraak.insights.charts import bar_chart
from samenspraak.insights.models import Contribution

from .forms import RecognitionForm

CHART_WIDTH = 400  # a few rounds with short names: half the dashboard's width, twice the text


def _number(value, percent: bool) -> str:
    """Rounded like the chart's labels (half up), with the language's decimal comma."""
    text = floatformat(value, 0 if percent else 1)
    return f"{text}%" if percent else text


def indicator_sentences(indicator: dict) -> list[str]:
    """The indicator in plain sentences, one per measurement, so nobody needs the chart."""
    percent = indicator["percent"]
    sentences = []
    baseline = None
    for point in indicator["points"]:
        if point["value"] is None:
            sentences.append(
                _("%(label)s: too few answers to show a figure.") % {"label": point["label"]}
            )
            continue
        values = {"label": point["label"], "value": _number(point["value"], percent)}
        if point["n"]:
            values["n"] = point["n"]
            sentence = _("%(label)s: %(value)s (%(n)s answers).") % values
        else:
            sentence = _("%(label)s: %(value)s.") % values
        if baseline is not None and point["compared"]:
            sentence += " " + (
                _("That difference with %(first)s is larger than chance would give.")
                if point["significant"]
                else _("That difference with %(first)s can be chance.")
            ) % {"first": baseline}
        baseline = baseline or point["label"]
        sentences.append(sentence)
    if indicator["target"] is not None:
        target = _number(indicator["target"], percent)
        if indicator["target_reached"]:
            sentences.append(
                _("The goal was %(target)s. That goal is reached.") % {"target": target}
            )
        elif indicator["target_reached"] is False:
            sentences.append(
                _("The goal is %(target)s. That goal is not reached yet.") % {"target": target}
            )
        else:
            sentences.append(_("The goal is %(target)s.") % {"target": target})
    return sentences


def _indicator_view(indicator: dict) -> dict:
    chart = None
    if indicator["percent"] and any(p["value"] is not None for p in indicator["points"]):
        chart = bar_chart(
            [p["label"] for p in indicator["points"]],
            [(indicator["name"], [p["value"] for p in indicator["points"]])],
            width=CHART_WIDTH,
        )
    return {**indicator, "sentences": indicator_sentences(indicator), "chart": chart}


def _goal_view(goal: dict) -> dict:
    return {
        "title": goal["title"],
        "indicators": [_indicator_view(i) for i in goal["indicators"]],
        "children": [_goal_view(child) for child in goal.get("children", [])],
    }


def _other_source(kind: str, n: int) -> str:
    """How many of each other kind of contribution, in words a resident uses."""
    T = Contribution.SourceType
    phrases = {
        T.STORY: ngettext("%(n)s story", "%(n)s stories", n),
        T.JOURNEY_PHASE: ngettext(
            "%(n)s step from client journeys", "%(n)s steps from client journeys", n
        ),
        T.MEETING_HARVEST: ngettext("%(n)s point from meetings", "%(n)s points from meetings", n),
        T.WALK_POINT: ngettext(
            "%(n)s point from the neighbourhood walk", "%(n)s points from the neighbourhood walk", n
        ),
        T.MYSTERY_VISIT: ngettext(
            "%(n)s visit by a mystery guest", "%(n)s visits by a mystery guest", n
        ),
        T.DIARY_ENTRY: ngettext("%(n)s diary entry", "%(n)s diary entries", n),
    }
    return phrases.get(
        kind, ngettext("%(n)s other contribution", "%(n)s other contributions", n)
    ) % {"n": n}


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def content_view(content: dict) -> dict:
    """The frozen content with labels and dates made readable; the data itself is unchanged."""
    labels = dict(Status.choices)
    statements = {f["pk"]: f["statement"] for f in content["findings"]}
    actions = []
    for action in content["actions"]:
        actions.append(
            {
                **action,
                "status_label": labels.get(action["status"], action["status"]),
                "planned_end": _date(action["planned_end"]),
                "actual_end": _date(action["actual_end"]),
                "finding_statements": [
                    statements[pk] for pk in action["findings"] if pk in statements
                ],
                "milestones": [
                    {**m, "due_on": _date(m["due_on"]), "done_on": _date(m["done_on"])}
                    for m in action["milestones"]
                ],
                "advice": [{**a, "given_on": _date(a["given_on"])} for a in action["advice"]],
            }
        )
    findings = [
        {**finding, "form": RecognitionForm(prefix=f"b{finding['pk']}")}
        for finding in content["findings"]
    ]
    walk_answers = [
        {**answer, "answered_on": _date(answer["answered_on"])}
        for answer in content["walk_answers"]
    ]
    participation = {
        **content["participation"],
        "other": [_other_source(o["source"], o["n"]) for o in content["participation"]["other"]],
    }
    return {
        **content,
        "participation": participation,
        "findings": findings,
        "actions": actions,
        "not_adopted": [a for a in actions if a["status"] == Status.NOT_ADOPTED],
        "adopted": [a for a in actions if a["status"] != Status.NOT_ADOPTED],
        "goals": [_goal_view(goal) for goal in content["goals"]],
        "walk_answers": walk_answers,
    }


def page_context(publication, *, preview: bool = False) -> dict:
    traject = publication.traject
    return {
        "publication": publication,
        "traject": traject,
        "public_municipality": traject.municipality,
        "content": content_view(publication.content),
        "versions": traject.publications.only("version", "published_at").order_by("-version")
        if not preview
        else [],
        "preview": preview,
    }
