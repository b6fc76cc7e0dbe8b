import datetime
import io

import factory
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from samenspraak.methods.search import build_index
from samenspraak.organisations.models import Membership, Municipality, Region
from samenspraak.organisations.roles import Role

PASSWORD = "een-goed-wachtwoord-123"


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    name = factory.Sequence(lambda n: f"Regio {n}")
    slug = factory.Sequence(lambda n: f"regio-{n}")


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Gemeente {n}")
    slug = factory.Sequence(lambda n: f"gemeente-{n}")
    cbs_code = factory.Sequence(lambda n: f"GM{n % 10000:04d}")
    region = factory.SubFactory(RegionFactory)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@example.org")
    username = factory.LazyAttribute(lambda o: o.email)
    full_name = factory.Faker("name", locale="nl_NL")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def save_password(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = Role.MEDEWERKER


def method_data(slug="wereldcafe", name="Wereldcafé", **overrides) -> dict:
    """A catalogue entry that satisfies the schema; override any field."""
    data = {
        "slug": slug,
        "name": name,
        "type": "algemene-gespreksmethode",
        "phases": ["ophalen"],
        "depth": ["verdiepend"],
        "participation_levels": ["raadplegen"],
        "target_groups": ["inwoners"],
        "channel": "fysiek",
        "effort": "middel",
        "cost": "laag",
        "lead_time": "weken",
        "group_sizes": ["groot"],
        "summary": "Inwoners praten in kleine groepjes aan tafels over één vraag.",
        "when": "Als je veel ideeën wilt ophalen in korte tijd.",
        "with_whom": "Inwoners en professionals samen.",
        "how": "Deelnemers wisselen na elke ronde van tafel en nemen ideeën mee naar de volgende.",
        "steps": ["Kies een vraag.", "Nodig mensen uit.", "Houd drie rondes."],
        "sources": ["000"],
    }
    data.update(overrides)
    return data


class MethodFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "methods.Method"

    slug = factory.Sequence(lambda n: f"methode-{n}")
    name = factory.Sequence(lambda n: f"Methode {n}")
    municipality = None
    data = factory.LazyAttribute(lambda o: method_data(o.slug, o.name, **o.data_overrides))
    search_index = factory.LazyAttribute(lambda o: build_index(o.data))

    class Params:
        data_overrides = factory.Dict({})


class TrajectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "trajects.Traject"

    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Traject {n}")
    question = "Inwoners weten niet waar ze met hun vraag heen kunnen."


def questionnaire_definition(**overrides) -> dict:
    """A small sound questionnaire with skip logic, a matrix and an open question."""
    definition = {
        "key": "proef",
        "title": "Uw ervaring met het wijkteam",
        "intro": "Gemeente Lindewaard wil weten hoe u de hulp ervaart. Het duurt 3 minuten.",
        "closing": "Dank u wel. In juni leest u op onze website wat we ermee doen.",
        "estimated_minutes": 3,
        "sections": [
            {
                "key": "contact",
                "title": "Contact",
                "questions": [
                    {
                        "key": "contact",
                        "type": "yes_no",
                        "text": "Had u contact met het wijkteam?",
                        "required": True,
                    },
                    {
                        "key": "wachten",
                        "type": "number",
                        "text": "Hoeveel dagen wachtte u?",
                        "min": 0,
                        "max": 365,
                        "required": True,
                        "show_if": {
                            "all": [{"question": "contact", "op": "equals", "value": "ja"}]
                        },
                    },
                    {
                        "key": "stellingen",
                        "type": "matrix",
                        "text": "Hoe eens bent u het hiermee?",
                        "scale": "likert5",
                        "required": True,
                        "allow_unknown": True,
                        "statements": [
                            {"key": "serieus", "text": "Ik werd serieus genomen."},
                            {"key": "snel", "text": "Ik werd snel geholpen."},
                        ],
                    },
                    {"key": "gevoel", "type": "smiley5", "text": "Hoe voelde het contact?"},
                    {"key": "beter", "type": "text_long", "text": "Wat kan beter?"},
                ],
            }
        ],
    }
    definition.update(overrides)
    return definition


class InstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "instruments.Instrument"
        skip_postgeneration_save = True

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.LazyAttribute(lambda o: o.traject.municipality)
    title = "Uw ervaring met het wijkteam"
    status = "gepubliceerd"

    @factory.post_generation
    def version(obj, create, extracted, **kwargs):
        from samenspraak.instruments.models import QuestionnaireVersion, Round

        obj.current_version = QuestionnaireVersion.objects.create(
            instrument=obj, number=1, definition=extracted or questionnaire_definition()
        )
        obj.current_round = Round.objects.create(instrument=obj, number=0, name="0-meting")
        obj.save(update_fields=["current_version", "current_round"])


class MeetingSessionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "meetings.MeetingSession"

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.SelfAttribute("traject.municipality")
    title = factory.Sequence(lambda n: f"Wereldcafé wijk {n}")
    held_on = datetime.date(2026, 10, 1)
    participant_count = 24
    participant_kinds = "inwoners, mantelzorgers en twee wijkteammedewerkers"


class StoryPointFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "stories.StoryPoint"

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.SelfAttribute("traject.municipality")
    title = "Vertel uw verhaal"
    intro = "De gemeente wil weten hoe het gaat als u hulp vraagt."
    status = "open"
    roles = factory.LazyFunction(lambda: ["Cliënt", "Mantelzorger"])
    topics = factory.LazyFunction(lambda: ["Wachten", "Het gesprek", "Het besluit"])
    ask_msc = True


def journey_phases() -> list[dict]:
    return [
        {"key": "zoeken", "name": "Zoeken en eerste contact", "touchpoints": ["website"]},
        {"key": "gesprek", "name": "Het gesprek", "touchpoints": []},
        {"key": "besluit", "name": "Het besluit", "touchpoints": ["brief"]},
    ]


class JourneyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "journeys.Journey"

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.SelfAttribute("traject.municipality")
    title = "Hoe ging uw weg naar hulp?"
    intro = "De gemeente wil weten hoe elke stap ging."
    status = "open"
    phases = factory.LazyFunction(journey_phases)


class WalkFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "walks.Walk"

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.SelfAttribute("traject.municipality")
    title = "Schouw rond het Lindeplein"
    area = "Rond gezondheidscentrum Lindeplein"
    intro = "We lopen samen door de wijk."
    status = "open"


class ContributionFactory(factory.django.DjangoModelFactory):
    """A contribution already masked, as after the scheduled masking run."""

    class Meta:
        model = "insights.Contribution"

    traject = factory.SubFactory(TrajectFactory)
    municipality = factory.SelfAttribute("traject.municipality")
    source_type = "open_antwoord"
    text = factory.Sequence(lambda n: f"Ik moest lang wachten op een gesprek ({n}).")
    masked_text = factory.SelfAttribute("text")
    mask_state = "automatisch"
    created_on = factory.LazyFunction(datetime.date.today)


class RegionMembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "regions.RegionMembership"

    user = factory.SubFactory(UserFactory)
    region = factory.SubFactory(RegionFactory)
    role = "lezer"


def _now():
    from django.utils import timezone

    return timezone.now()


class TrajectSharingFactory(factory.django.DjangoModelFactory):
    """What a traject shares with its region; tests name the level they need."""

    class Meta:
        model = "regions.TrajectSharing"

    traject = factory.SubFactory(TrajectFactory)
    level = "aggregaten"
    changed_at = factory.LazyFunction(_now)


class NetworkAnalysisFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "regions.NetworkAnalysis"

    region = factory.SubFactory(RegionFactory)
    title = "Cliëntondersteuning in de regio"
    moment = "Voorjaar 2026"


class NetworkNodeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = "regions.NetworkNode"

    analysis = factory.SubFactory(NetworkAnalysisFactory)
    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = "anders"


def photo_with_gps(size=(3000, 2000)) -> SimpleUploadedFile:
    """A phone photo as uploads bring it: camera make and GPS position in its EXIF data, and the
    owner's name in the file name; none of it may survive the upload."""
    image = Image.new("RGB", size, "darkgreen")
    exif = Image.Exif()
    exif[0x010F] = "CameraMaker"  # Make
    exif[0x8825] = {1: "N", 2: (52.0, 5.0, 0.0)}  # GPSInfo
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile("IMG_0042 Jansen.jpg", buffer.getvalue(), "image/jpeg")
