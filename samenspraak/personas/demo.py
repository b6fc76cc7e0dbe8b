"""Demo persona's for Regio Waterland-Zuid: an older woman living alone who needs help at home,
a young mother with a question about her son, and a man with a mild intellectual disability
(made together with a group of people with LVB). All three municipalities record their route,
so the comparison shows where they differ."""

from django.contrib.auth import get_user_model
from django.db import transaction

from samenspraak.journeys.phases import default_phases
from samenspraak.organisations.demo import REGION
from samenspraak.organisations.models import Municipality, Region
from samenspraak.regions.demo import COORDINATOR_EMAIL

from . import selectors
from .models import Persona
from .services import PhaseInput, StepInput, record_route, save_persona

KEYS = [phase["key"] for phase in default_phases()]

# Per persona: fields, maker (None: the region), journey [(experience, score)] in KEYS order,
# and per municipality seven steps (where/who, what happens, days, goes well, gets stuck).
PERSONAS = [
    {
        "fields": {
            "name": "Mevrouw Gerda Smit",
            "life_phase": "81 jaar, woont sinds de dood van haar man alleen",
            "situation": "Gerda woont in een rijtjeshuis met een trap. Haar dochter woont ver "
            "weg en belt elke zondag. Sinds een val vorig jaar lukt stofzuigen en de was niet "
            "meer. Ze wil niemand tot last zijn.",
            "help_question": "Iemand die helpt met het huishouden, zodat ze thuis kan blijven "
            "wonen.",
            "needs": "Eén vast aanspreekpunt, uitleg op papier, en iemand die de tijd neemt. "
            "Geen formulieren op internet.",
            "made_with_group": False,
            "group": "",
            "status": Persona.Status.GEDEELD,
        },
        "maker": None,
        "journey": [
            ("Ze merkt dat het huis vuil blijft, maar wacht lang met vragen.", -1),
            ("Haar dochter zoekt op internet; Gerda belt zelf liever.", -1),
            ("Ze vertelt aan de telefoon haar verhaal.", 0),
            ("Een medewerker komt thuis en neemt de tijd.", 1),
            ("Een brief met moeilijke woorden.", -2),
            ("Een vaste hulp komt elke week.", 2),
            ("Na een jaar belt er iemand om te vragen hoe het gaat.", 1),
        ],
        "routes": {
            "lindewaard": [
                (
                    "Huisarts",
                    "De huisarts noemt het sociaal loket.",
                    None,
                    "Huisarts kent de weg.",
                    "",
                ),
                (
                    "Sociaal loket, telefoon",
                    "Ze krijgt meteen een medewerker.",
                    0,
                    "Korte lijn.",
                    "",
                ),
                ("Wmo-consulent", "De consulent noteert de vraag aan de telefoon.", 3, "", ""),
                (
                    "Wmo-consulent, thuis",
                    "Keukentafelgesprek; cliëntondersteuning wordt genoemd.",
                    14,
                    "Gesprek thuis.",
                    "",
                ),
                ("Brief", "Toekenning met uitleg in gewone taal.", 21, "Duidelijke brief.", ""),
                (
                    "Zorgaanbieder",
                    "Vaste hulp, twee uur per week.",
                    14,
                    "Steeds dezelfde hulp.",
                    "",
                ),
                ("Wmo-consulent", "Evaluatie na een jaar, telefonisch.", None, "", ""),
            ],
            "oosterbeemd": [
                (
                    "Buurvrouw",
                    "De buurvrouw wijst op de website van de gemeente.",
                    None,
                    "",
                    "Website is moeilijk te vinden.",
                ),
                (
                    "Website en formulier",
                    "Alleen een digitaal formulier.",
                    None,
                    "",
                    "Geen telefoonnummer op de site.",
                ),
                (
                    "Digitaal formulier",
                    "De dochter vult het formulier in.",
                    10,
                    "",
                    "Gerda kan het niet zelf.",
                ),
                (
                    "Wijkteam, thuis",
                    "Gesprek met wijkteam, geen cliëntondersteuner.",
                    28,
                    "Vriendelijk gesprek.",
                    "Niemand noemt cliëntondersteuning.",
                ),
                ("Brief", "Besluit met wetsartikelen.", 35, "", "Brief onbegrijpelijk."),
                ("Zorgaanbieder", "Wisselende hulpen.", 21, "", "Elke week iemand anders."),
                ("—", "Geen evaluatie gepland.", None, "", "Niemand vraagt hoe het gaat."),
            ],
            "marenveld": [
                (
                    "Ouderenadviseur",
                    "Tijdens de koffieochtend spreekt de ouderenadviseur haar aan.",
                    None,
                    "Hulp komt naar haar toe.",
                    "",
                ),
                ("Ouderenadviseur", "Belt samen met haar het loket.", 2, "Iemand die meegaat.", ""),
                ("Sociaal loket", "Melding aan de telefoon.", 5, "", ""),
                (
                    "Consulent en cliëntondersteuner",
                    "Gesprek thuis, ouderenadviseur is erbij.",
                    21,
                    "Ze staat er niet alleen voor.",
                    "",
                ),
                (
                    "Brief",
                    "Besluit per post, daarna uitleg aan de telefoon.",
                    28,
                    "Uitleg door de consulent.",
                    "Brief zelf is lang.",
                ),
                (
                    "Zorgaanbieder",
                    "Vaste hulp na een wachtlijst.",
                    42,
                    "",
                    "Lange wachtlijst voor de hulp.",
                ),
                ("Ouderenadviseur", "Komt na drie maanden langs.", None, "Vroeg terugkijken.", ""),
            ],
        },
    },
    {
        "fields": {
            "name": "Sara",
            "life_phase": "29 jaar, moeder van Daan (4), werkt drie dagen",
            "situation": "Sara en haar partner hebben het druk. Daan heeft veel driftbuien en "
            "de peuterspeelzaal maakt zich zorgen. Sara schaamt zich en weet niet of dit "
            "'normaal' is.",
            "help_question": "Is dit gewoon een fase, en zo niet: wie kan ons helpen met Daan?",
            "needs": "Snel iemand om mee te praten, zonder meteen een indicatie. Afspraken die "
            "passen bij werk en opvang.",
            "made_with_group": False,
            "group": "",
            "status": Persona.Status.GEDEELD,
        },
        "maker": "lindewaard",
        "journey": [
            ("De peuterspeelzaal zegt dat er iets is.", -1),
            ("Ze zoekt online en vindt veel verschillende loketten.", -2),
            ("Ze belt het consultatiebureau.", 0),
            ("Een gesprek met een jeugdconsulent.", 1),
            ("Er volgt een verwijzing of licht advies.", 0),
            ("Een paar gesprekken met een opvoedcoach.", 2),
            ("Terugkijken met de coach.", 1),
        ],
        "routes": {
            "lindewaard": [
                (
                    "Peuterspeelzaal",
                    "De leidster geeft een folder van het jeugdteam.",
                    None,
                    "Warme overdracht.",
                    "",
                ),
                (
                    "Jeugdteam, app en telefoon",
                    "Het jeugdteam belt binnen twee dagen terug.",
                    2,
                    "Snel contact.",
                    "",
                ),
                ("Jeugdteam", "Korte aanmelding aan de telefoon.", 0, "", ""),
                (
                    "Jeugdconsulent, thuis",
                    "Gesprek bij Sara thuis, 's avonds.",
                    7,
                    "Afspraak na werktijd.",
                    "",
                ),
                (
                    "Jeugdteam",
                    "Geen indicatie nodig: opvoedcoach uit het team.",
                    0,
                    "Geen formulieren.",
                    "",
                ),
                ("Opvoedcoach", "Vier gesprekken thuis.", 7, "Praktische tips.", ""),
                ("Opvoedcoach", "Laatste gesprek is de evaluatie.", None, "", ""),
            ],
            "oosterbeemd": [
                (
                    "Consultatiebureau",
                    "De jeugdverpleegkundige luistert.",
                    None,
                    "Vertrouwd gezicht.",
                    "",
                ),
                (
                    "Gemeente, telefoon",
                    "Ze wordt drie keer doorverbonden.",
                    5,
                    "",
                    "Niemand voelt zich eigenaar.",
                ),
                (
                    "Formulier jeugdhulp",
                    "Aanmelding met een lang formulier.",
                    14,
                    "",
                    "Formulier vraagt om een diagnose.",
                ),
                (
                    "Jeugdconsulent, gemeentehuis",
                    "Gesprek overdag op het gemeentehuis.",
                    21,
                    "",
                    "Sara moet vrij nemen.",
                ),
                ("Brief", "Verwijzing naar een aanbieder.", 14, "Duidelijk wie het wordt.", ""),
                (
                    "Jeugdhulpaanbieder",
                    "Wachtlijst, daarna gesprekken.",
                    56,
                    "Deskundige hulp.",
                    "Lange wachtlijst.",
                ),
                ("Aanbieder", "Eindverslag per post.", None, "", "Geen gesprek over hoe het ging."),
            ],
            "marenveld": [
                ("Peuterspeelzaal", "Ouders worden gewezen op het inloopspreekuur.", None, "", ""),
                (
                    "Inloopspreekuur in de bibliotheek",
                    "Sara loopt binnen zonder afspraak.",
                    3,
                    "Laagdrempelig.",
                    "",
                ),
                ("Inloopspreekuur", "De medewerker noteert de vraag.", 0, "", ""),
                ("Jeugdconsulent", "Gesprek op het consultatiebureau.", 10, "", "Alleen overdag."),
                ("Jeugdconsulent", "Advies en een oudercursus.", 7, "", "Cursus is vol."),
                (
                    "Oudercursus",
                    "Zes avonden met andere ouders.",
                    30,
                    "Herkenning bij andere ouders.",
                    "",
                ),
                ("—", "Geen terugkijkgesprek.", None, "", "Niemand vraagt hoe het nu gaat."),
            ],
        },
    },
    {
        "fields": {
            "name": "Kevin",
            "life_phase": "34 jaar, woont zelfstandig, werkt in de groenvoorziening",
            "situation": "Kevin heeft een licht verstandelijke beperking. Hij woont alleen en "
            "krijgt veel post die hij niet begrijpt. Er zijn schulden ontstaan. Hij zegt vaak "
            "'ja' terwijl hij het niet snapt.",
            "help_question": "Hulp met de brieven en de schulden, van iemand die hij vertrouwt.",
            "needs": "Eenvoudige taal, tijd, iemand die het voordoet, en dezelfde persoon bij "
            "elk gesprek. Een gesprek op een plek die hij kent.",
            "made_with_group": True,
            "group": "mensen met een licht verstandelijke beperking",
            "status": Persona.Status.GEDEELD,
        },
        "maker": None,
        "journey": [
            ("Hij stopt brieven ongeopend in een la.", -2),
            ("Zijn baas merkt dat er iets is.", -1),
            ("Samen met zijn baas belt hij.", -1),
            ("Een gesprek met veel vragen en moeilijke woorden.", -2),
            ("Hij krijgt hulp bij geldzaken.", 1),
            ("Een vaste begeleider helpt elke week met de post.", 2),
            ("Hij mag zelf zeggen wat beter kan.", 1),
        ],
        "routes": {
            "lindewaard": [
                ("Werkgever", "De werkgever kent het sociaal loket.", None, "", ""),
                (
                    "Sociaal loket",
                    "Medewerker spreekt eenvoudige taal.",
                    2,
                    "Rustig uitgelegd.",
                    "",
                ),
                ("Sociaal loket", "Melding samen met de werkgever.", 0, "", ""),
                (
                    "Consulent en cliëntondersteuner",
                    "Gesprek op het werk van Kevin.",
                    10,
                    "Bekende plek.",
                    "",
                ),
                (
                    "Brief en gesprek",
                    "Besluit in eenvoudige taal, met uitleg.",
                    14,
                    "Uitleg met plaatjes.",
                    "",
                ),
                ("Schuldhulp en begeleider", "Vaste begeleider.", 21, "Dezelfde persoon.", ""),
                ("Begeleider", "Evaluatie met een praatplaat.", None, "Kevin praat zelf mee.", ""),
            ],
            "oosterbeemd": [
                (
                    "Werkgever",
                    "Weet niet waar Kevin heen kan.",
                    None,
                    "",
                    "Werkgever kent de weg niet.",
                ),
                ("Website", "Website zonder eenvoudige taal.", None, "", "Te moeilijk."),
                (
                    "Formulier schuldhulp",
                    "Lang formulier met bewijsstukken.",
                    21,
                    "",
                    "Kevin haakt af.",
                ),
                (
                    "Schuldhulpverlener, kantoor",
                    "Gesprek op kantoor, veel vragen.",
                    35,
                    "Deskundig.",
                    "Kevin zegt overal ja op.",
                ),
                (
                    "Brief",
                    "Toekenning in ambtelijke taal.",
                    14,
                    "",
                    "Kevin begrijpt de brief niet.",
                ),
                ("Schuldhulp", "Wisselende contactpersonen.", 28, "", "Geen vaste persoon."),
                ("—", "Geen evaluatie.", None, "", ""),
            ],
            "marenveld": [
                ("Werkgever", "Werkgever belt de cliëntondersteuner.", None, "", ""),
                ("Cliëntondersteuner", "Komt langs op het werk.", 5, "Vertrouwde plek.", ""),
                (
                    "Cliëntondersteuner",
                    "Doet de melding samen met Kevin.",
                    0,
                    "Kevin hoeft niets alleen.",
                    "",
                ),
                (
                    "Consulent",
                    "Gesprek thuis met de cliëntondersteuner erbij.",
                    21,
                    "",
                    "Consulent gebruikt moeilijke woorden.",
                ),
                (
                    "Brief",
                    "Standaardbrief, cliëntondersteuner legt uit.",
                    21,
                    "",
                    "Brief niet in eenvoudige taal.",
                ),
                (
                    "Begeleider",
                    "Vaste begeleider na wachttijd.",
                    35,
                    "Dezelfde persoon.",
                    "Wachttijd.",
                ),
                ("Cliëntondersteuner", "Terugkijkgesprek met Kevin.", None, "", ""),
            ],
        },
    },
]


@transaction.atomic
def load() -> list[str]:
    region = Region.objects.get(slug=REGION["slug"])
    users = get_user_model().objects
    coordinator = users.get(email=COORDINATOR_EMAIL)
    made = 0
    for data in PERSONAS:
        persona = Persona.objects.filter(region=region, name=data["fields"]["name"]).first()
        if persona is None:
            persona = _make(region, coordinator, data)
            made += 1
        for slug, steps in data["routes"].items():
            municipality = Municipality.objects.get(slug=slug)
            if persona.routes.filter(municipality=municipality).exists():
                continue
            record_route(
                persona=persona,
                municipality=municipality,
                user=users.get(email=f"beheerder@{slug}.example"),
                steps={
                    key: StepInput(
                        where_who=where,
                        what_happens=what,
                        waiting_days=days,
                        goes_well=well,
                        gets_stuck=stuck,
                    )
                    for key, (where, what, days, well, stuck) in zip(KEYS, steps, strict=True)
                },
            )
    return [f"  Persona's: {made} new, /regio/{region.slug}/personas/"]


def _make(region, coordinator, data) -> Persona:
    maker = data["maker"] and Municipality.objects.get(slug=data["maker"])
    scope = [maker.pk] if maker else None
    user = coordinator
    if maker:
        user = get_user_model().objects.get(email=f"beheerder@{maker.slug}.example")
    return save_persona(
        region=region,
        user=user,
        municipality=maker or None,
        journey={
            key: PhaseInput(experience=text, score=score)
            for key, (text, score) in zip(KEYS, data["journey"], strict=True)
        },
        findings=list(selectors.finding_choices(region, scope)[:2]),
        quotes=list(selectors.quote_choices(region, scope)[:2]),
        **data["fields"],
    )
