"""Writing to the evidence pool. Every instrument adds its texts through functions here."""

from .models import Contribution


def contributions_from_response(
    *, response, open_questions: list[dict], values: dict
) -> list[Contribution]:
    """Each non-empty open answer becomes a contribution, tagged with where it came from."""
    instrument = response.instrument
    items = []
    for question in open_questions:
        text = values.get(question["key"])
        if isinstance(text, str) and text.strip():
            items.append(
                Contribution(
                    municipality_id=instrument.municipality_id,
                    traject_id=instrument.traject_id,
                    instrument=instrument,
                    round_id=response.round_id,
                    response=response,
                    source_type=Contribution.SourceType.OPEN_ANSWER,
                    channel=response.channel,
                    respondent_group=response.respondent_group,
                    question_key=question["key"],
                    question_text=question["text"],
                    text=text.strip(),
                    created_on=response.submitted_on,
                )
            )
    return Contribution.objects.bulk_create(items)
