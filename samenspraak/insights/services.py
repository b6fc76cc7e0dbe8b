"""Writing to the evidence pool and coding it. Every instrument adds its texts through here."""

from pathlib import Path

import yaml
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _

from .analysis import discovery, suggestion
from .models import (
    PALETTE,
    Code,
    Codebook,
    CodeSuggestion,
    Coding,
    Contribution,
    DiscoveredTheme,
    MaskState,
    ThemeRun,
)

CODEBOOK_TEMPLATE = Path(__file__).with_name("templates_data") / "codebook_toegang.yaml"


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


# --- Codebook ------------------------------------------------------------------------------


def template_codes() -> list[dict]:
    return yaml.safe_load(CODEBOOK_TEMPLATE.read_text(encoding="utf-8"))


@transaction.atomic
def start_codebook(*, traject, from_template: bool) -> Codebook:
    """A traject's codebook, empty or filled with the common access themes."""
    codebook, created = Codebook.objects.get_or_create(traject=traject)
    if not created and codebook.codes.exists():
        raise ValidationError(_("This traject already has codes."))
    if from_template:
        for position, entry in enumerate(template_codes()):
            parent = Code.objects.create(
                codebook=codebook,
                name=entry["name"],
                description=entry.get("description", ""),
                colour=PALETTE[position % len(PALETTE)],
                position=position * 100,
            )
            for child_position, child in enumerate(entry.get("children") or []):
                Code.objects.create(
                    codebook=codebook,
                    parent=parent,
                    name=child["name"],
                    description=child.get("description", ""),
                    colour=parent.colour,
                    position=position * 100 + child_position + 1,
                )
    return codebook


def _check_parent(code: Code, parent: Code | None) -> None:
    if parent is None:
        return
    if parent.codebook_id != code.codebook_id:
        raise ValidationError({"parent": _("Choose a code from this codebook.")})
    if parent.parent_id is not None:
        raise ValidationError({"parent": _("A code can only go one level deep.")})
    if code.pk and (parent.pk == code.pk or code.children.exists()):
        raise ValidationError(
            {"parent": _("A code that has codes under it cannot go under another code.")}
        )


def save_code(*, codebook, code: Code | None = None, **fields) -> Code:
    code = code or Code(codebook=codebook)
    for name, value in fields.items():
        setattr(code, name, value)
    _check_parent(code, fields.get("parent"))
    if code.pk is None:
        code.position = (codebook.codes.count() + 1) * 100
    code.full_clean(validate_constraints=False)  # a duplicate name gets its own message below
    try:
        with transaction.atomic():
            code.save()
    except IntegrityError as error:
        raise ValidationError({"name": _("There is already a code with this name.")}) from error
    return code


def delete_code(*, code: Code) -> None:
    """Deleting a code deletes its codings too; the view asks first and says how many."""
    code.delete()


# --- Coding --------------------------------------------------------------------------------


def _fragment_start(contribution: Contribution, fragment: str, raw: bool) -> int | None:
    if not fragment:
        return None
    text = contribution.text if raw else contribution.masked_text
    position = text.find(fragment)
    if position < 0:
        raise ValidationError(
            {
                "fragment": _(
                    "This piece of text does not occur in the contribution. Copy it exactly."
                )
            }
        )
    return position


@transaction.atomic
def apply_code(*, contributions, code: Code, coder, fragment: str = "", raw: bool = False) -> int:
    """The coder's code on each contribution (or one fragment of it); already coded is kept."""
    fragment = fragment.strip()
    contributions = list(contributions)
    if not contributions:
        raise ValidationError(_("Choose at least one contribution."))
    if fragment and len(contributions) > 1:
        raise ValidationError(
            {"fragment": _("A piece of text can only be coded on one contribution.")}
        )
    added = 0
    for contribution in contributions:
        if contribution.traject_id != code.codebook.traject_id:
            raise ValidationError(_("This code belongs to another traject."))
        _coding, created = Coding.objects.get_or_create(
            contribution=contribution,
            code=code,
            coder=coder,
            fragment=fragment,
            defaults={"fragment_start": _fragment_start(contribution, fragment, raw)},
        )
        added += created
    return added


def remove_coding(*, coding: Coding, user) -> None:
    if coding.coder_id != user.pk:
        raise ValidationError(_("You can only remove your own codes."))
    coding.delete()


# --- Suggestions ---------------------------------------------------------------------------


@transaction.atomic
def decide_suggestions(*, suggestions, accept: bool, coder) -> int:
    """Accepting makes the coder's coding; rejecting keeps the no, so it is not asked again."""
    count = 0
    for item in suggestions:
        if item.coder_id != coder.pk or item.status != CodeSuggestion.Status.OPEN:
            continue
        item.status = CodeSuggestion.Status.ACCEPTED if accept else CodeSuggestion.Status.REJECTED
        item.save(update_fields=["status"])
        if accept:
            Coding.objects.get_or_create(
                contribution_id=item.contribution_id,
                code_id=item.code_id,
                coder=coder,
                fragment="",
                defaults={"source": Coding.Source.SUGGESTION},
            )
        count += 1
    return count


# --- Merging two coders' work ---------------------------------------------------------------


@transaction.atomic
def merge_coders(*, traject, first, second, keep: set[tuple[int, int]]) -> int:
    """The agreed set for the contributions both coded: every code both gave, plus each
    disputed (contribution, code) pair the lead chose to keep. Redoing a merge replaces it."""
    from .agreement import compare

    result = compare(traject, first, second)
    disputed = {(unit, code.pk) for unit, code, _given in result.disagreements}
    if not keep <= disputed:
        raise ValidationError(_("Only codes the two coders disagree on can be chosen."))
    agreed = set(
        Coding.objects.filter(code__codebook__traject=traject, coder=first)
        .values_list("contribution_id", "code_id")
        .intersection(
            Coding.objects.filter(code__codebook__traject=traject, coder=second).values_list(
                "contribution_id", "code_id"
            )
        )
    )
    units = {unit for unit, _code in agreed} | {unit for unit, _code in disputed}
    Coding.objects.filter(
        code__codebook__traject=traject, coder__isnull=True, contribution_id__in=units
    ).delete()
    Coding.objects.bulk_create(
        Coding(contribution_id=unit, code_id=code, coder=None, source=Coding.Source.MERGE)
        for unit, code in sorted(agreed | keep)
    )
    return len(agreed | keep)


# --- Assisted coding and theme discovery --------------------------------------------------

MIN_EXAMPLES_PER_CODE = 3


def _analysable(traject):
    """Contributions the analysis works on: masked ones, read in their masked wording."""
    return Contribution.objects.filter(traject=traject).exclude(mask_state=MaskState.PENDING)


def codes_ready_for_suggestions(traject, coder) -> tuple[list[Code], list[Code]]:
    """Codes with enough of the coder's examples to learn from, and those still short."""
    counts = dict(
        Coding.objects.filter(code__codebook__traject=traject, coder=coder)
        .values("code")
        .annotate(n=Count("contribution", distinct=True))
        .values_list("code", "n")
    )
    codes = list(Code.objects.filter(codebook__traject=traject))
    ready = [code for code in codes if counts.get(code.pk, 0) >= MIN_EXAMPLES_PER_CODE]
    short = [code for code in codes if 0 < counts.get(code.pk, 0) < MIN_EXAMPLES_PER_CODE]
    return ready, short


@transaction.atomic
def suggest_codes(*, traject, coder) -> int:
    """Suggestions for every contribution the coder has not coded yet, one code each.

    Learns from the coder's own codings only, so two coders' work stays apart. A suggestion the
    coder rejected is not made again.
    """
    ready, _short = codes_ready_for_suggestions(traject, coder)
    if len(ready) < 2:
        raise ValidationError(
            _("Code at least %(n)s contributions for at least two codes first.")
            % {"n": MIN_EXAMPLES_PER_CODE}
        )
    by_name = {code.name: code for code in ready}
    pool = _analysable(traject)
    examples = (
        Coding.objects.filter(code__in=ready, coder=coder, contribution__in=pool)
        .select_related("contribution", "code")
        .order_by("pk")
    )
    # Code names, not ids: a name such as "Wachttijd" lets the curated examples help.
    coded = [(coding.contribution.masked_text, coding.code.name) for coding in examples]
    coded_ids = set(
        Coding.objects.filter(code__codebook__traject=traject, coder=coder).values_list(
            "contribution_id", flat=True
        )
    )
    rest = [c for c in pool.only("pk", "masked_text").order_by("pk") if c.pk not in coded_ids]
    if not rest:
        return 0
    decided = set(
        CodeSuggestion.objects.filter(coder=coder, code__codebook__traject=traject)
        .exclude(status=CodeSuggestion.Status.OPEN)
        .values_list("contribution_id", "code_id")
    )
    CodeSuggestion.objects.filter(
        coder=coder, code__codebook__traject=traject, status=CodeSuggestion.Status.OPEN
    ).delete()
    made = []
    for item in suggestion.suggest(coded, [c.masked_text for c in rest]):
        contribution, code = rest[item.index], by_name[item.code]
        if (contribution.pk, code.pk) in decided:
            continue
        made.append(
            CodeSuggestion(
                contribution=contribution,
                code=code,
                coder=coder,
                confidence=item.confidence,
                words=item.words,
            )
        )
    CodeSuggestion.objects.bulk_create(made)
    return len(made)


def start_theme_run(*, traject, user, n_themes: int | None = None) -> ThemeRun:
    """Queues discovery over the traject's uncoded, masked contributions."""
    from .tasks import discover_themes

    count = _analysable(traject).filter(codings__isnull=True).count()
    if count < MIN_TEXTS_FOR_THEMES:
        raise ValidationError(
            _("Theme discovery needs at least %(n)s uncoded contributions; this traject has %(c)s.")
            % {"n": MIN_TEXTS_FOR_THEMES, "c": count}
        )
    run = ThemeRun.objects.create(
        traject=traject, requested_by=user, n_themes=n_themes, text_count=count
    )
    transaction.on_commit(lambda: discover_themes.enqueue(run.pk))
    return run


MIN_TEXTS_FOR_THEMES = 10


def run_theme_discovery(run: ThemeRun) -> ThemeRun:
    """The task's work: progress is saved as it goes, so the page can show it."""

    def progress(percent: int) -> None:
        ThemeRun.objects.filter(pk=run.pk).update(progress=percent)

    run.status = ThemeRun.Status.RUNNING
    run.save(update_fields=["status"])
    try:
        texts = list(
            _analysable(run.traject)
            .filter(codings__isnull=True)
            .order_by("pk")
            .values_list("pk", "masked_text")
        )
        result = discovery.discover(
            [text for _pk, text in texts], n_themes=run.n_themes, progress=progress
        )
        ids = [pk for pk, _text in texts]
        with transaction.atomic():
            for theme in result.themes:
                DiscoveredTheme.objects.create(
                    run=run,
                    number=theme.number,
                    label=theme.label[:120],
                    words=theme.words,
                    size=theme.size,
                    representatives=[ids[i] for i in theme.representatives],
                    members=[
                        ids[i]
                        for i, number in enumerate(result.assignments)
                        if number == theme.number
                    ],
                )
            run.status = ThemeRun.Status.DONE
            run.progress = 100
            run.text_count = len(texts)
            run.finished_at = timezone.now()
            run.save(update_fields=["status", "progress", "text_count", "finished_at"])
    except Exception as error:
        run.status = ThemeRun.Status.FAILED
        run.error = str(error)[:2000]
        run.finished_at = timezone.now()
        run.save(update_fields=["status", "error", "finished_at"])
        raise
    return run


@transaction.atomic
def accept_theme(*, theme: DiscoveredTheme, name: str, user) -> Code:
    """The theme becomes a code; its texts become suggestions for the user to confirm."""
    if theme.status != DiscoveredTheme.Status.OPEN:
        raise ValidationError(_("This theme has already been handled."))
    codebook, _created = Codebook.objects.get_or_create(traject=theme.run.traject)
    code = codebook.codes.filter(name=name.strip()).first() or save_code(
        codebook=codebook,
        name=name.strip(),
        description=_("From theme discovery; characteristic words: %(words)s")
        % {"words": ", ".join(theme.words[:6])},
        colour=PALETTE[codebook.codes.count() % len(PALETTE)],
    )
    CodeSuggestion.objects.bulk_create(
        [
            CodeSuggestion(
                contribution_id=pk,
                code=code,
                coder=user,
                confidence=0.9 if pk in theme.representatives else 0.6,
                words=theme.words[:5],
            )
            for pk in theme.members
        ],
        ignore_conflicts=True,
    )
    theme.status = DiscoveredTheme.Status.ACCEPTED
    theme.code = code
    theme.save(update_fields=["status", "code"])
    return code


@transaction.atomic
def merge_themes(*, target: DiscoveredTheme, others) -> DiscoveredTheme:
    for other in others:
        if other.run_id != target.run_id or other.pk == target.pk:
            raise ValidationError(_("Choose other themes from the same run."))
        if other.status != DiscoveredTheme.Status.OPEN:
            raise ValidationError(_("This theme has already been handled."))
        target.members = target.members + other.members
        target.representatives = target.representatives + other.representatives[:2]
        target.words = list(dict.fromkeys(target.words + other.words))[:8]
        other.status = DiscoveredTheme.Status.MERGED
        other.save(update_fields=["status"])
    target.size = len(target.members)
    target.save(update_fields=["members", "representatives", "words", "size"])
    return target


def rename_theme(*, theme: DiscoveredTheme, label: str) -> DiscoveredTheme:
    label = label.strip()
    if not label:
        raise ValidationError({"label": _("Give the theme a name.")})
    theme.label = label[:120]
    theme.save(update_fields=["label"])
    return theme


def reject_theme(*, theme: DiscoveredTheme) -> None:
    theme.status = DiscoveredTheme.Status.REJECTED
    theme.save(update_fields=["status"])
