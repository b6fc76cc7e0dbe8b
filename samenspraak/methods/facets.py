"""The facets of a participation method: their values, labels and how they combine.

Values are the Dutch slugs used in the catalogue data (schema.json); labels go through gettext.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Facet:
    key: str
    label: Promise
    options: dict[str, Promise]
    multiple: bool = True  # the method's value is a list

    def label_for(self, value: str) -> str:
        return str(self.options.get(value, value))


TYPE = Facet(
    "type",
    _("Kind of method"),
    {
        "algemene-gespreksmethode": _("General conversation method"),
        "verdiepende-gespreksmethode": _("In-depth conversation method"),
        "meelopen-in-de-praktijk": _("Walking along in practice"),
        "peiling": _("(Online) poll"),
        "creatieve-vorm": _("Creative form"),
        "veranderaanpak": _("Change approach"),
        "regionale-werkvorm": _("Regional working method"),
        "leer-en-verbeteraanpak": _("Learning and improvement approach"),
        "hulpmiddel": _("Guide or tool"),
    },
    multiple=False,
)
PHASES = Facet(
    "phases",
    _("Phase of the cycle"),
    {
        "ophalen": _("Collect experiences"),
        "vertalen": _("Translate into a collective story"),
        "veranderen": _("Change policy and practice"),
        "terugkoppelen": _("Evaluate and report back"),
    },
)
DEPTH = Facet(
    "depth",
    _("Depth"),
    {
        "peilend": _("Sounding out (quick and broad)"),
        "verdiepend": _("In depth"),
        "structureel": _("Structural (ongoing)"),
    },
)
LEVELS = Facet(
    "participation_levels",
    _("Participation level"),
    {
        "informeren": _("Inform"),
        "raadplegen": _("Consult"),
        "adviseren": _("Advise"),
        "coproduceren": _("Co-produce"),
        "meebeslissen": _("Co-decide"),
    },
)
TARGET_GROUPS = Facet(
    "target_groups",
    _("With whom"),
    {
        "inwoners": _("Residents"),
        "clienten": _("Clients"),
        "naasten": _("Relatives and carers"),
        "jongeren": _("Young people"),
        "ouderen": _("Older people"),
        "lvb": _("People with a mild intellectual disability"),
        "laaggeletterden": _("People with low literacy"),
        "ggz": _("People with mental health problems"),
        "dak-en-thuislozen": _("Homeless people"),
        "migranten": _("Migrants"),
        "moeilijk-bereikbaar": _("Hard-to-reach groups"),
        "professionals": _("Professionals"),
        "bestuurders": _("Administrators and council"),
        "adviesraad": _("Advisory council"),
        "regiogemeenten": _("Municipalities in the region"),
    },
)
REGIONAL_PURPOSES = Facet(
    "regional_purposes",
    _("Regional purpose"),
    {
        "kennismaken-en-uitwisselen": _("Get acquainted and exchange"),
        "inwoners-informeren": _("Inform residents"),
        "aanpak-vergelijken": _("Compare approaches"),
        "samenwerking-stimuleren": _("Stimulate cooperation"),
    },
)
QUESTION_FOCUS = Facet(
    "question_focus",
    _("What do you want to know"),
    {
        "huidige-ervaring": _("How it goes now"),
        "toekomstwensen": _("Ideas and wishes for the future"),
    },
)
CHANNEL = Facet(
    "channel",
    _("Channel"),
    {"online": _("Online"), "fysiek": _("In person"), "beide": _("Online or in person")},
    multiple=False,
)
EFFORT = Facet(
    "effort",
    _("Effort"),
    {"laag": _("Low"), "middel": _("Medium"), "hoog": _("High")},
    multiple=False,
)
COST = Facet(
    "cost",
    _("Cost"),
    {"laag": _("Low"), "middel": _("Medium"), "hoog": _("High")},
    multiple=False,
)
LEAD_TIME = Facet(
    "lead_time",
    _("Lead time"),
    {"dagen": _("Days"), "weken": _("Weeks"), "maanden": _("Months")},
    multiple=False,
)
GROUP_SIZES = Facet(
    "group_sizes",
    _("Group size"),
    {
        "individueel": _("One to one"),
        "klein": _("Small group (2–12)"),
        "groot": _("Large group (13–50)"),
        "breed": _("Many people (more than 50)"),
    },
)

FACETS = [
    TYPE,
    PHASES,
    DEPTH,
    TARGET_GROUPS,
    LEVELS,
    QUESTION_FOCUS,
    CHANNEL,
    EFFORT,
    COST,
    LEAD_TIME,
    GROUP_SIZES,
    REGIONAL_PURPOSES,
]
FACETS_BY_KEY = {facet.key: facet for facet in FACETS}
ORDERED_LEVELS = {"laag": 0, "middel": 1, "hoog": 2, "dagen": 0, "weken": 1, "maanden": 2}

SOURCE_DOCUMENTS = {
    "000": "Toolbox ‘Samen met inwoners werken aan een betere toegang’ (Movisie)",
    "001": "Inspiratiegids cliëntondersteuning: 11 werkvormen om regionaal samen te werken "
    "(Movisie, 2017)",
    "002": "Participatietools voor meer zeggenschap en betrokkenheid inwoners (Movisie)",
    "003": "Movisie magazine, november 2018",
    "004": "In samenspraak met de inwoner cliëntondersteuning ontwikkelen (Koploperproject)",
    "lokaal": _("Added by the municipality"),
}
