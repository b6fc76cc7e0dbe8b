"""Coding in the Lindewaard demo: the access codebook, two coders who mostly agree, and one
run of theme discovery over what they did not code."""

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.trajects.models import Traject

from . import findings, services
from .analysis import dutch
from .models import Codebook, Contribution, MaskState

TRAJECT_TITLE = "Vindbare toegang tot de Wmo"
# The concept each demo coder reaches for first, and the template code it stands for.
CODE_FOR_CONCEPT = {
    "wachttijd": "Wachttijd",
    "bereikbaarheid": "Bereikbaarheid",
    "bejegening": "Bejegening",
    "informatie": "Informatie",
    "deskundigheid": "Deskundigheid",
    "samenhang": "Samenhang",
    "kosten": "Kosten",
    "clientondersteuning": "Cliëntondersteuning",
    "digitaal": "Digitaal regelen",
    "regels": "Regels en bewijs",
}


def _first_concept(text: str) -> str | None:
    found = dutch.concept_counts(dutch.normalise(text), dutch.terms(dutch.tokens(text)))
    known = {key: n for key, n in found.items() if key in CODE_FOR_CONCEPT}
    return max(known, key=known.get) if known else None


def load() -> list[str]:
    traject = Traject.objects.filter(municipality__slug="lindewaard", title=TRAJECT_TITLE).first()
    if traject is None or Codebook.objects.filter(traject=traject).exists():
        return ["Demo coding: already present."]
    lines = [_code(traject)]
    # Outside the coding transaction, so the task starts at once with the immediate backend.
    analyst = get_user_model().objects.get(email="analist@lindewaard.example")
    run = services.start_theme_run(traject=traject, user=analyst)
    run.refresh_from_db()
    lines.append(f"Demo theme discovery: {run.get_status_display()}, {run.themes.count()} themes.")
    lines.append(_findings_and_report(traject, analyst))
    return lines


FINDINGS = [
    (
        "Inwoners weten vaak niet bij wie ze met hun hulpvraag terechtkunnen.",
        "Veel mensen zoeken eerst op de website of bellen het algemene nummer, en worden daarna "
        "doorverwezen. Wie de weg niet kent, haakt af.",
        ["Informatie", "Bereikbaarheid"],
    ),
    (
        "Het wachten op een gesprek en op een besluit duurt te lang.",
        "Weken zonder bericht maken mensen onzeker; een korte tussenstand helpt al.",
        ["Wachttijd"],
    ),
]
SUMMARY = (
    "U vertelde ons hoe het ging toen u hulp vroeg. Veel mensen wisten niet waar ze moesten "
    "zijn. Sommigen wachtten lang op een gesprek. Dat willen we beter doen. Hieronder leest u "
    "wat we hoorden."
)


def _findings_and_report(traject, analyst) -> str:
    codes = {code.name: code for code in traject.codebook.codes.all()}
    for statement, explanation, names in FINDINGS:
        finding = findings.save_finding(
            traject=traject,
            statement=statement,
            explanation=explanation,
            figures="",
            codes=[codes[name] for name in names],
        )
        quotes = [c for c in findings.quote_candidates(finding) if c.consent_public][:2]
        finding.quotes.set(quotes)
    report = findings.start_report(traject=traject, summary_b1=SUMMARY, user=analyst)
    report.refresh_from_db()
    return f"Demo findings: {len(FINDINGS)}; report version {report.version}: {report.status}."


@transaction.atomic
def _code(traject) -> str:
    users = get_user_model().objects
    analyst = users.get(email="analist@lindewaard.example")
    colleague = users.get(email="medewerker@lindewaard.example")
    book = services.start_codebook(traject=traject, from_template=True)
    codes = {code.name: code for code in book.codes.all()}

    pool = list(
        Contribution.objects.filter(traject=traject)
        .exclude(mask_state=MaskState.PENDING)
        .order_by("pk")
    )
    coded = 0
    for index, contribution in enumerate(pool[:48]):
        concept = _first_concept(contribution.masked_text)
        if concept is None:
            continue
        code = codes[CODE_FOR_CONCEPT[concept]]
        services.apply_code(contributions=[contribution], code=code, coder=analyst)
        coded += 1
        if index < 36:
            # The colleague codes the first part as well, and sees some of it differently.
            other = codes["Informatie"] if index % 6 == 5 and code.name != "Informatie" else code
            services.apply_code(contributions=[contribution], code=other, coder=colleague)
    return f"Demo coding: {coded} contributions coded by two coders in {traject.title}."
