"""Harvest forms tailored to the regional werkvormen of the Inspiratiegids.

Each werkvorm yields something different: the landkaart a position per municipality and theme,
a werkbezoek observations, a wereldcafé what was said per round and table, a "week van…" its
activities and their reach, kunst & cultuur works and what they say about access. Every entry is
still one ``HarvestItem`` with one ``Contribution``, so the evidence pool reads it like any other
harvest; what is particular to the form lives in ``HarvestItem.details``, checked here against a
small schema per form before anything is saved.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from samenspraak.core.forms import NativeDateInput

from .models import HarvestForm, HarvestItem

MAX_SETTING_LINES = {"themes": 10, "rounds": 6}
# The list a session's settings hold for a form, when it has one.
SETTING_KEY = {HarvestForm.LANDKAART: "themes", HarvestForm.WERELDCAFE: "rounds"}
SETTING_LABELS = {
    HarvestForm.LANDKAART: gettext_lazy("Themes on the landkaart"),
    HarvestForm.WERELDCAFE: gettext_lazy("The question of each round"),
}

POSITIONS = {
    1: gettext_lazy("1 – not started yet"),
    2: gettext_lazy("2 – exploring"),
    3: gettext_lazy("3 – first agreements made"),
    4: gettext_lazy("4 – working together"),
    5: gettext_lazy("5 – working together as a matter of course"),
}
ASPECTS = {
    "gezien": gettext_lazy("What we saw"),
    "werkt": gettext_lazy("What works well"),
    "meenemen": gettext_lazy("What we take home"),
}
ART_FORMS = {
    "beeld": gettext_lazy("Painting, drawing or object"),
    "foto": gettext_lazy("Photo or film"),
    "tekst": gettext_lazy("Poem, story or song"),
    "voorstelling": gettext_lazy("Performance or theatre"),
    "anders": gettext_lazy("Something else"),
}

# The keys each form stores in ``details`` and their type; nothing else is accepted.
SCHEMAS = {
    HarvestForm.ALGEMEEN: {},
    HarvestForm.LANDKAART: {"gemeente": str, "thema": str, "stand": int, "toelichting": str},
    HarvestForm.WERKBEZOEK: {"aspect": str, "gemeente": str},
    HarvestForm.WERELDCAFE: {"vraag": str},
    HarvestForm.WEEK_VAN: {"activiteit": str, "datum": str, "plaats": str, "bereik": int},
    HarvestForm.KUNST: {"werk": str, "vorm": str, "beschrijving": str},
}
# Extra export columns per form, after the general ones: the details keys.
EXPORT_COLUMNS = {form: list(schema) for form, schema in SCHEMAS.items()}


def details_problems(harvest_form: str, details: dict) -> list[str]:
    """What is wrong with an item's details for its session's form; empty when sound."""
    schema = SCHEMAS.get(harvest_form)
    if schema is None:
        return [f"unknown harvest form {harvest_form!r}"]
    if not isinstance(details, dict):
        return ["details must be a mapping"]
    problems = [f"unexpected detail {key!r}" for key in details if key not in schema]
    for key, kind in schema.items():
        value = details.get(key)
        if type(value) is not kind:
            problems.append(f"detail {key!r} must be {kind.__name__}")
    if harvest_form == HarvestForm.LANDKAART and details.get("stand") not in POSITIONS:
        problems.append("detail 'stand' must be 1 to 5")
    if harvest_form == HarvestForm.WERKBEZOEK and details.get("aspect") not in ASPECTS:
        problems.append("detail 'aspect' is not a known aspect")
    if harvest_form == HarvestForm.KUNST and details.get("vorm") not in ART_FORMS:
        problems.append("detail 'vorm' is not a known form")
    return problems


def conflict(session, details: dict, exclude_pk=None) -> ValidationError | None:
    """A landkaart holds one position per municipality and theme; a second would hide the
    first in the table, so it is refused with a pointer to changing the first."""
    if session.harvest_form != HarvestForm.LANDKAART:
        return None
    others = HarvestItem.objects.filter(
        session=session,
        details__gemeente=details["gemeente"],
        details__thema=details["thema"],
    ).exclude(pk=exclude_pk)
    if others.exists():
        return ValidationError(
            {
                "thema": _(
                    "%(municipality)s already has a position on this theme. Change that one "
                    "instead."
                )
                % {"municipality": details["gemeente"]}
            }
        )
    return None


def settings_problems(harvest_form: str, settings: dict) -> list[str]:
    key = SETTING_KEY.get(harvest_form)
    if key is None:
        return [] if not settings else [_("This harvest form has no settings.")]
    lines = settings.get(key) if isinstance(settings, dict) else None
    if not isinstance(lines, list) or not lines or not all(isinstance(x, str) for x in lines):
        return [_("Write at least one line.")]
    problems = []
    if len(lines) > MAX_SETTING_LINES[key]:
        problems.append(_("Write at most %(max)s lines.") % {"max": MAX_SETTING_LINES[key]})
    if any(not line.strip() or len(line) > 200 for line in lines):
        problems.append(_("Every line has between 1 and 200 characters."))
    if len({line.casefold() for line in lines}) != len(lines):
        problems.append(_("Two lines are the same."))
    return problems


def municipality_names(session) -> list[str]:
    """The municipalities that can be named on a landkaart or werkbezoek: the region's members,
    or only the session's own municipality when it has no region."""
    from samenspraak.organisations.models import Municipality

    municipality = session.municipality
    if municipality.region_id is None:
        return [municipality.name]
    return list(
        Municipality.objects.filter(region_id=municipality.region_id)
        .order_by("name")
        .values_list("name", flat=True)
    )


def landkaart_entry(municipality: str, theme: str, position: int, note: str = "") -> dict:
    """The item for one position on the landkaart. Without an explanation the text says the
    position in words, so the evidence pool still holds a readable sentence."""
    text = note or _("%(municipality)s on “%(theme)s”: %(position)s.") % {
        "municipality": municipality,
        "theme": theme,
        "position": POSITIONS[position],
    }
    return {
        "kind": HarvestItem.Kind.UITSPRAAK,
        "text": text,
        "details": {
            "gemeente": municipality,
            "thema": theme,
            "stand": position,
            "toelichting": note,
        },
        "question_text": theme,
        "location": municipality,
        "score": position,
    }


class TailoredForm(forms.Form):
    """Base of the tailored forms: ``entry()`` gives the keyword arguments of
    ``services.add_item``; ``initial_from(item)`` refills the form to change an item."""

    def __init__(self, *args, session, item=None, **kwargs):
        self.session = session
        self.item = item
        super().__init__(*args, **kwargs)

    def entry(self) -> dict:
        raise NotImplementedError

    @classmethod
    def initial_from(cls, item) -> dict:
        raise NotImplementedError


def _choices_keeping(values: list[str], own: str | None, blank="—") -> list[tuple[str, str]]:
    """Choices that still hold the value an item was given when the themes or the region have
    changed since: changing an item must not force another value on it."""
    if own and own not in values:
        values = [*values, own]
    return [("", blank), *((value, value) for value in values)]


def _text_field(label, required=True, help_text=""):
    return forms.CharField(
        label=label,
        required=required,
        max_length=4000,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LandkaartForm(TailoredForm):
    gemeente = forms.ChoiceField(label=gettext_lazy("Municipality"))
    thema = forms.ChoiceField(label=gettext_lazy("Theme"))
    stand = forms.TypedChoiceField(
        label=gettext_lazy("How far is this municipality in working together on this theme?"),
        coerce=int,
        choices=list(POSITIONS.items()),
        widget=forms.RadioSelect,
    )
    toelichting = _text_field(
        gettext_lazy("Explanation"),
        required=False,
        help_text=gettext_lazy("What was said about it, in a few sentences. Never names."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = self.item.details if self.item is not None else {}
        self.fields["gemeente"].choices = _choices_keeping(
            municipality_names(self.session), own.get("gemeente")
        )
        self.fields["thema"].choices = _choices_keeping(
            self.session.harvest_settings.get("themes", []), own.get("thema")
        )

    def entry(self):
        data = self.cleaned_data
        return landkaart_entry(
            data["gemeente"], data["thema"], data["stand"], data["toelichting"].strip()
        )

    @classmethod
    def initial_from(cls, item):
        return dict(item.details)


class WerkbezoekForm(TailoredForm):
    aspect = forms.ChoiceField(
        label=gettext_lazy("Kind of observation"),
        choices=list(ASPECTS.items()),
        widget=forms.RadioSelect,
    )
    tekst = _text_field(gettext_lazy("Observation"))
    gemeente = forms.ChoiceField(
        label=gettext_lazy("For which municipality"),
        required=False,
        help_text=gettext_lazy("Leave empty when it holds for every municipality."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        own = self.item.details.get("gemeente") if self.item is not None else None
        self.fields["gemeente"].choices = _choices_keeping(
            municipality_names(self.session), own, blank=gettext_lazy("All municipalities")
        )

    def entry(self):
        data = self.cleaned_data
        kind = HarvestItem.Kind.IDEE if data["aspect"] == "meenemen" else HarvestItem.Kind.UITSPRAAK
        return {
            "kind": kind,
            "text": data["tekst"],
            "details": {"aspect": data["aspect"], "gemeente": data["gemeente"]},
            "question_text": str(ASPECTS[data["aspect"]]),
            "location": data["gemeente"],
        }

    @classmethod
    def initial_from(cls, item):
        return {**item.details, "tekst": item.text}


class WereldcafeForm(TailoredForm):
    ronde = forms.TypedChoiceField(label=gettext_lazy("Round"), coerce=int)
    tafel = forms.CharField(
        label=gettext_lazy("Table"),
        max_length=50,
        help_text=gettext_lazy("A number or the name of the table."),
    )
    kind = forms.ChoiceField(label=gettext_lazy("Kind"), choices=HarvestItem.Kind.choices)
    tekst = _text_field(gettext_lazy("What was said"))
    mentions = forms.IntegerField(
        label=gettext_lazy("Heard from how many people"), min_value=1, max_value=10000, initial=1
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # An item keeps the question it was written under, also when the round questions were
        # changed or its round was removed since; only moving it to another round changes it.
        self.questions = dict(enumerate(self.session.harvest_settings.get("rounds", []), start=1))
        if self.item is not None and self.item.round_number is not None:
            self.questions[self.item.round_number] = self.item.details["vraag"]
        self.fields["ronde"].choices = [("", "—")] + [
            (number, _("Round %(number)s: %(question)s") % {"number": number, "question": q})
            for number, q in sorted(self.questions.items())
        ]

    def entry(self):
        data = self.cleaned_data
        question = self.questions[data["ronde"]]
        return {
            "kind": data["kind"],
            "text": data["tekst"],
            "table": data["tafel"],
            "round_number": data["ronde"],
            "mentions": data["mentions"],
            "details": {"vraag": question},
            "question_text": question,
        }

    @classmethod
    def initial_from(cls, item):
        return {
            "ronde": item.round_number,
            "tafel": item.table,
            "kind": item.kind,
            "tekst": item.text,
            "mentions": item.mentions,
        }


class WeekVanForm(TailoredForm):
    activiteit = forms.CharField(
        label=gettext_lazy("Activity"),
        max_length=200,
        help_text=gettext_lazy("For example: information market in the library."),
    )
    datum = forms.DateField(label=gettext_lazy("Date of the activity"), widget=NativeDateInput())
    plaats = forms.CharField(label=gettext_lazy("Place"), max_length=200)
    bereik = forms.IntegerField(
        label=gettext_lazy("How many people did you reach?"), min_value=0, max_value=100000
    )
    gehoord = _text_field(gettext_lazy("What did you hear?"))

    def clean_datum(self):
        date = self.cleaned_data["datum"]
        if date > timezone.localdate():
            raise ValidationError(_("This date is in the future. Fill in the day of the activity."))
        return date

    def entry(self):
        data = self.cleaned_data
        return {
            "kind": HarvestItem.Kind.UITSPRAAK,
            "text": data["gehoord"],
            "details": {
                "activiteit": data["activiteit"].strip(),
                "datum": data["datum"].isoformat(),
                "plaats": data["plaats"].strip(),
                "bereik": data["bereik"],
            },
            "question_text": data["activiteit"].strip(),
            "location": data["plaats"].strip(),
        }

    @classmethod
    def initial_from(cls, item):
        return {**item.details, "gehoord": item.text}


class KunstForm(TailoredForm):
    werk = forms.CharField(label=gettext_lazy("Title of the work"), max_length=200)
    vorm = forms.ChoiceField(
        label=gettext_lazy("Kind of work"),
        choices=list(ART_FORMS.items()),
        widget=forms.RadioSelect,
    )
    beschrijving = _text_field(
        gettext_lazy("Description"),
        help_text=gettext_lazy(
            "What can be seen or heard. Describe it for someone who was not there."
        ),
    )
    toegang = _text_field(gettext_lazy("What does it say about access to support?"))
    foto = forms.FileField(
        label=gettext_lazy("Photo of the work (optional)"),
        required=False,
        help_text=gettext_lazy(
            "A photo of the work, not of the people who made it. JPG, PNG, WebP or GIF, at most "
            "12 MB. Only staff of the municipality can see it."
        ),
        widget=forms.FileInput(attrs={"accept": "image/*"}),
    )
    foto_beschrijving = forms.CharField(
        label=gettext_lazy("What the photo shows"),
        required=False,
        max_length=300,
        help_text=gettext_lazy(
            "Needed with a photo, for people who cannot see it. For example: a drawing of a "
            "long queue in front of a closed door."
        ),
    )
    toestemming = forms.BooleanField(
        label=gettext_lazy(
            "The maker agrees that we keep this photo with the harvest, and nobody can be "
            "recognised in it."
        ),
        required=False,
    )
    foto_weghalen = forms.BooleanField(label=gettext_lazy("Remove the photo"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.has_photo:
            del self.fields["foto_weghalen"]
        else:
            self.fields["foto"].label = gettext_lazy("Another photo of the work (optional)")

    @property
    def has_photo(self) -> bool:
        return self.item is not None and hasattr(self.item, "photo")

    def clean(self):
        data = super().clean()
        new_photo = data.get("foto")
        if new_photo and not data.get("toestemming"):
            self.add_error(
                "toestemming",
                _("Tick that the maker agrees, or leave out the photo."),
            )
        keeps_photo = self.has_photo and not data.get("foto_weghalen")
        if (new_photo or keeps_photo) and not data.get("foto_beschrijving", "").strip():
            self.add_error(
                "foto_beschrijving",
                _("Describe what the photo shows, for people who cannot see it."),
            )
        if new_photo and self.errors:
            self.add_error(
                "foto",
                _("A browser does not keep a chosen file after an error: choose the photo again."),
            )
        return data

    def entry(self):
        data = self.cleaned_data
        found = {
            "kind": HarvestItem.Kind.UITSPRAAK,
            "text": data["toegang"],
            "details": {
                "werk": data["werk"].strip(),
                "vorm": data["vorm"],
                "beschrijving": data["beschrijving"].strip(),
            },
            "question_text": data["werk"].strip(),
            "photo": data.get("foto"),
            "photo_description": data["foto_beschrijving"],
            "maker_agrees": data["toestemming"],
        }
        if self.item is not None:
            found["remove_photo"] = data.get("foto_weghalen", False)
        return found

    @classmethod
    def initial_from(cls, item):
        initial = {**item.details, "toegang": item.text}
        if hasattr(item, "photo"):
            initial["foto_beschrijving"] = item.photo.description
        return initial


FORMS = {
    HarvestForm.LANDKAART: LandkaartForm,
    HarvestForm.WERKBEZOEK: WerkbezoekForm,
    HarvestForm.WERELDCAFE: WereldcafeForm,
    HarvestForm.WEEK_VAN: WeekVanForm,
    HarvestForm.KUNST: KunstForm,
}
