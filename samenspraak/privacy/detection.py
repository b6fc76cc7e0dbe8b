"""Finding personal data in Dutch free text.

`deduce` (the Dutch de-identification library of UMC Utrecht) finds names, addresses, postcodes,
phone numbers and e-mail addresses. Around it this module adds what it lacks for resident
feedback: BSNs only when they pass the elfproef, IBANs only when the mod-97 check holds, dates
only when the text says they are a birth date, and no masking of place names on their own (a town
is not personal data and analysts need it).

Loading deduce's lookup lists costs about a gigabyte of memory and several seconds, so it is
loaded once per process and only by the code that masks (a task or a command), never by a page.
"""

import fcntl
import functools
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

KINDS = ("naam", "adres", "postcode", "email", "telefoon", "bsn", "iban", "geboortedatum")

PLACEHOLDERS = {
    "naam": "[naam]",
    "adres": "[adres]",
    "postcode": "[postcode]",
    "email": "[e-mail]",
    "telefoon": "[telefoon]",
    "bsn": "[bsn]",
    "iban": "[iban]",
    "geboortedatum": "[geboortedatum]",
}


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    kind: str

    def as_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind}


# deduce tags that we keep, and what they become.
_DEDUCE_KINDS = {"telefoonnummer": "telefoon", "emailadres": "email"}
# A form of address is not a name: "mevrouw [naam]" keeps the reader's sense of who is meant.
_TITLE = re.compile(
    r"(?:mevrouw|mevr\.?|mw\.?|meneer|mijnheer|dhr\.?|de heer|dokter|dr\.?|juffrouw|juf|meester)"
    r"\s+",
    re.IGNORECASE,
)

_POSTCODE = re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")
_NINE_DIGITS = re.compile(
    r"(?<![\d.,-])(\d{4}[. ]?\d{2}[. ]?\d{3}|\d{3}[. ]?\d{3}[. ]?\d{3})(?!\d|[.,]\d)"
)
_IBAN = re.compile(r"\b[A-Z]{2}\d{2} ?(?:[A-Z0-9]{4} ?){2,7}[A-Z0-9]{1,4}\b")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[ -]?(?:\(0\))?[ -]?|0)"
    r"(?:6[ -]?(?:\d[ -]?){7}\d|[1-9](?:[ -]?\d){8})(?!\d)"
)
# A house number's addition that deduce leaves out: "15-II", "14 a", "2-hs", "117 bis".
_HOUSE_NUMBER_ADDITION = re.compile(r"(?:-?(?:[IVX]{1,4}|hs|bis|\d{1,3})|\s?[a-zA-Z])\b")
# "familie Achterberg", "gezin Hakimi": deduce needs a first name or initial, these have none.
_FAMILY = re.compile(
    r"\b(?:familie|fam\.|gezin|echtpaar)\s+"
    r"((?:(?:van|de|der|den|ter|ten|van der|van den|van de) )?[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_MONTHS = (
    "januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    "jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = re.compile(
    r"\b(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d{2}"
    rf"|\d{{1,2}} (?:{_MONTHS})\.? (?:19|20)\d{{2}})\b",
    re.IGNORECASE,
)
_BIRTH_CONTEXT = re.compile(
    r"(?:geboren|geb\.?|geboortedatum|geboortedag|geb\. ?datum|jarig)\s*(?:op|is|:)?\s*$",
    re.IGNORECASE,
)


def elfproef(digits: str) -> bool:
    """A BSN is nine digits whose weighted sum (9…2, then −1) is a multiple of eleven."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True))
    return (total - int(digits[8])) % 11 == 0


def iban_is_valid(iban: str) -> bool:
    compact = iban.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


# deduce rebuilds its cache when it thinks the lists changed and writes the pickle in place; the
# lock keeps parallel processes (test workers, task workers) from reading a half-written one.
_BUILD_LOCK = Path(tempfile.gettempdir()) / "samenspraak-deduce.lock"


@functools.cache
def _deduce():
    from deduce import Deduce

    with open(_BUILD_LOCK, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            return Deduce()
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def prepare() -> None:
    """Build deduce's lookup cache ahead of the first masking run.

    deduce judges its cache by comparing file times in local time, and Django sets the process
    time zone to TIME_ZONE; a cache built outside Django therefore looks stale inside it for the
    first hour (and every process rebuilds it). Building it here, under the settings, keeps it.
    """
    _deduce()


def _from_deduce(text: str) -> list[Span]:
    spans = []
    document = _deduce().deidentify(text, disabled={"institutions", "ages", "urls", "dates"})
    for annotation in document.annotations:
        tag, start, end = annotation.tag, int(annotation.start_char), int(annotation.end_char)
        if tag == "persoon":
            title = _TITLE.match(annotation.text)
            spans.append(Span(start + (title.end() if title else 0), end, "naam"))
        elif tag in _DEDUCE_KINDS:
            spans.append(Span(start, end, _DEDUCE_KINDS[tag]))
        elif tag.startswith("locatie"):
            spans.extend(_location(text, start, end))
        elif tag == "bsn" and elfproef(re.sub(r"\D", "", annotation.text)):
            spans.append(Span(start, end, "bsn"))
    return spans


def _location(text: str, start: int, end: int) -> list[Span]:
    """Keep postcodes and street addresses with a number; a place name alone stays readable."""
    part = text[start:end]
    spans = []
    rest_start, rest_end = start, end
    for match in _POSTCODE.finditer(part):
        spans.append(Span(start + match.start(), start + match.end(), "postcode"))
        if match.start() == 0:
            rest_start = start + match.end()
        else:
            rest_end = min(rest_end, start + match.start())
    rest = text[rest_start:rest_end]
    if re.search(r"\d", rest):
        stripped = rest.strip(" ,")
        offset = rest_start + rest.find(stripped)
        address_end = offset + len(stripped)
        if addition := _HOUSE_NUMBER_ADDITION.match(text, address_end):
            address_end = addition.end()
        spans.append(Span(offset, address_end, "adres"))
    return spans


def _from_patterns(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "postcode") for m in _POSTCODE.finditer(text)]
    spans += [Span(m.start(), m.end(), "email") for m in _EMAIL.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "naam") for m in _FAMILY.finditer(text)]
    spans += [Span(m.start(), m.end(), "telefoon") for m in _PHONE.finditer(text)]
    for match in _NINE_DIGITS.finditer(text):
        if elfproef(re.sub(r"\D", "", match.group())):
            spans.append(Span(match.start(), match.end(), "bsn"))
    for match in _IBAN.finditer(text):
        if iban_is_valid(match.group()):
            spans.append(Span(match.start(), match.end(), "iban"))
    for match in _DATE.finditer(text):
        if _BIRTH_CONTEXT.search(text[max(0, match.start() - 30) : match.start()]):
            spans.append(Span(match.start(), match.end(), "geboortedatum"))
    return spans


def _resolve(spans: list[Span]) -> list[Span]:
    """Overlapping finds become one span; the more specific kind of the longest find wins."""
    specific = {"bsn": 0, "iban": 0, "geboortedatum": 0, "email": 1, "telefoon": 1, "postcode": 2}
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start)))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = min((last.kind, span.kind), key=lambda k: specific.get(k, 3))
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged


def detect(text: str) -> list[Span]:
    """Every stretch of personal data in `text`, without overlaps, in reading order."""
    if not text.strip():
        return []
    return _resolve(_from_patterns(text) + _from_deduce(text))


def detect_patterns(text: str) -> list[Span]:
    """Only the rule-based finds (e-mail, phone, BSN, IBAN, postcode, birth date, "gezin X"):
    cheap enough for a page, for text the full run has not masked yet. Names need deduce."""
    return _resolve(_from_patterns(text)) if text.strip() else []


def apply(text: str, spans: list[Span]) -> str:
    """The text with every span replaced by a readable placeholder such as "[naam]"."""
    pieces, position = [], 0
    for span in sorted(spans):
        pieces.append(text[position : span.start])
        pieces.append(PLACEHOLDERS[span.kind])
        position = span.end
    pieces.append(text[position:])
    return "".join(pieces)
