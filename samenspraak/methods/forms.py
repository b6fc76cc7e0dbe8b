from django import forms
from django.utils.translation import gettext_lazy as _

from samenspraak.core.forms import non_empty_lines

from .facets import (
    COST,
    DEPTH,
    FACETS,
    GROUP_SIZES,
    LEAD_TIME,
    LEVELS,
    PHASES,
    QUESTION_FOCUS,
    REGIONAL_PURPOSES,
    TARGET_GROUPS,
)
from .recommender import RecommenderQuery


def _choices(facet):
    return list(facet.options.items())


class CatalogueFilterForm(forms.Form):
    """GET parameters of /methoden/: ``q`` plus any facet key, repeated for several values."""

    q = forms.CharField(label=_("Search"), required=False, max_length=200)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            self.fields[facet.key] = forms.MultipleChoiceField(
                label=facet.label, choices=_choices(facet), required=False
            )

    def selected(self) -> dict[str, set[str]]:
        """Known values per facet; an unknown value in a shared link is dropped, not an error."""
        return {
            facet.key: set(self.data.getlist(facet.key)) & set(facet.options) for facet in FACETS
        }

    def query(self) -> str:
        return self.data.get("q", "").strip()[:200]


ANY = ("", _("Does not matter"))


class RecommenderForm(forms.Form):
    phases = forms.MultipleChoiceField(
        label=_("1. What do you want to achieve? Choose one or more phases."),
        choices=_choices(PHASES),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    focus = forms.ChoiceField(
        label=_("2. What do you want to know?"),
        choices=[ANY, *_choices(QUESTION_FOCUS)],
        widget=forms.RadioSelect,
        required=False,
    )
    depths = forms.MultipleChoiceField(
        label=_("3. How deep do you want to go?"),
        help_text=_(
            "Sounding out gives a broad picture quickly. In depth tells you why. "
            "Structural keeps residents involved for a longer time."
        ),
        choices=_choices(DEPTH),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    target_groups = forms.MultipleChoiceField(
        label=_("4. Whom do you want to reach?"),
        choices=_choices(TARGET_GROUPS),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    channel = forms.ChoiceField(
        label=_("5. Online or in person?"),
        choices=[ANY, ("online", _("Online")), ("fysiek", _("In person"))],
        widget=forms.RadioSelect,
        required=False,
    )
    max_lead_time = forms.ChoiceField(
        label=_("6. How much time do you have to prepare?"),
        choices=[ANY, *_choices(LEAD_TIME)],
        widget=forms.RadioSelect,
        required=False,
    )
    max_cost = forms.ChoiceField(
        label=_("7. What may it cost at most?"),
        choices=[ANY, *_choices(COST)],
        widget=forms.RadioSelect,
        required=False,
    )
    group_sizes = forms.MultipleChoiceField(
        label=_("8. How many people do you want to involve?"),
        choices=_choices(GROUP_SIZES),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    regional_purposes = forms.MultipleChoiceField(
        label=_("9. Do you work with other municipalities in the region? What for?"),
        choices=_choices(REGIONAL_PURPOSES),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    levels = forms.MultipleChoiceField(
        label=_("10. How much say do residents get?"),
        choices=_choices(LEVELS),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    goal = forms.CharField(
        label=_("11. Anything else? Describe in your own words what you want to find out."),
        help_text=_("For example: where clients get stuck on their way to help."),
        max_length=200,
        required=False,
    )

    def to_query(self) -> RecommenderQuery:
        data = self.cleaned_data
        return RecommenderQuery(
            phases=frozenset(data["phases"]),
            focus=data["focus"],
            depths=frozenset(data["depths"]),
            target_groups=frozenset(data["target_groups"]),
            channel=data["channel"],
            max_lead_time=data["max_lead_time"],
            max_cost=data["max_cost"],
            group_sizes=frozenset(data["group_sizes"]),
            regional_purposes=frozenset(data["regional_purposes"]),
            levels=frozenset(data["levels"]),
            goal=data["goal"].strip(),
        )


class LocalMethodForm(forms.Form):
    """A municipality's own method, with the same facets and texts as the catalogue."""

    name = forms.CharField(label=_("Name"), max_length=200)
    summary = forms.CharField(
        label=_("Summary"),
        help_text=_("One or two sentences."),
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    when = forms.CharField(label=_("When does it fit?"), widget=forms.Textarea(attrs={"rows": 3}))
    with_whom = forms.CharField(label=_("With whom?"), widget=forms.Textarea(attrs={"rows": 2}))
    how = forms.CharField(label=_("How does it work?"), widget=forms.Textarea(attrs={"rows": 4}))
    steps = forms.CharField(
        label=_("Steps"),
        help_text=_("One step per line; at least two."),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    tips = forms.CharField(
        label=_("Tips"),
        help_text=_("One per line."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    pitfalls = forms.CharField(
        label=_("Pitfalls"),
        help_text=_("One per line."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for facet in FACETS:
            if facet.multiple:
                self.fields[facet.key] = forms.MultipleChoiceField(
                    label=facet.label,
                    choices=_choices(facet),
                    widget=forms.CheckboxSelectMultiple,
                    required=facet.key in REQUIRED_MULTI,
                    error_messages={"required": _("Choose at least one option.")},
                )
            else:
                self.fields[facet.key] = forms.ChoiceField(
                    label=facet.label,
                    choices=_choices(facet),
                    widget=forms.RadioSelect,
                    error_messages={"required": _("Choose an option.")},
                )

    def clean_steps(self):
        steps = non_empty_lines(self.cleaned_data["steps"])
        if len(steps) < 2:
            raise forms.ValidationError(_("Write at least two steps, each on its own line."))
        return steps

    def clean_tips(self):
        return non_empty_lines(self.cleaned_data["tips"])

    def clean_pitfalls(self):
        return non_empty_lines(self.cleaned_data["pitfalls"])

    def to_data(self) -> dict:
        data = {key: value for key, value in self.cleaned_data.items() if value not in ("", [])}
        return data

    @classmethod
    def initial_from(cls, data: dict) -> dict:
        initial = dict(data)
        for key in ("steps", "tips", "pitfalls"):
            initial[key] = "\n".join(data.get(key, []))
        return initial


REQUIRED_MULTI = {"phases", "depth", "participation_levels", "target_groups", "group_sizes"}


class AddToPlanForm(forms.Form):
    traject = forms.ModelChoiceField(
        label=_("Traject"),
        queryset=None,
        empty_label=None,
        error_messages={"required": _("Choose a traject.")},
    )
    phase = forms.ChoiceField(
        label=_("In which phase?"),
        choices=_choices(PHASES),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose a phase.")},
    )
    who = forms.CharField(label=_("With whom?"), max_length=300, required=False)
    when = forms.CharField(
        label=_("When?"), max_length=200, required=False, help_text=_("For example: March 2027.")
    )

    def __init__(self, *args, trajects, method=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traject"].queryset = trajects
        if method is not None and not self.is_bound:
            phases = method.values("phases")
            if phases:
                self.fields["phase"].initial = phases[0]


class PlanItemForm(forms.Form):
    phase = forms.ChoiceField(label=_("Phase"), choices=_choices(PHASES), widget=forms.RadioSelect)
    who = forms.CharField(label=_("With whom?"), max_length=300, required=False)
    when = forms.CharField(label=_("When?"), max_length=200, required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class AttentionPointsForm(forms.Form):
    points = forms.MultipleChoiceField(
        label=_("Points of attention"), widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, points, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["points"].choices = [(p.key, p.text) for p in points]
