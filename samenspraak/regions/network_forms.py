"""Forms of the regional network analysis: a new analysis, its organisations, and the short
questionnaire."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import LinkKind, LinkStrength, NetworkAnalysis, NetworkNode
from .network import LinkAnswer


class NetworkAnalysisForm(forms.ModelForm):
    class Meta:
        model = NetworkAnalysis
        fields = ["title", "moment", "previous"]
        error_messages = {
            "title": {"required": _("Say in a few words what the network is about.")},
            "moment": {"required": _("Fill in the moment, for example Spring 2026.")},
        }

    def __init__(self, *args, earlier, **kwargs):
        super().__init__(*args, **kwargs)
        previous = self.fields["previous"]
        previous.queryset = earlier
        previous.empty_label = _("Do not compare")
        previous.help_text = _(
            "The new analysis starts with the organisations of the one you compare with."
        )
        previous.label_from_instance = lambda item: f"{item.title} ({item.moment})"


class NetworkNodeForm(forms.ModelForm):
    class Meta:
        model = NetworkNode
        fields = ["name", "kind"]
        help_texts = {"name": _("An organisation or team, never a person.")}
        error_messages = {
            "name": {"required": _("Fill in the name of the organisation or team.")},
            "kind": {"required": _("Choose what kind of organisation it is.")},
        }


class NetworkQuestionnaireForm(forms.Form):
    """The short questionnaire: for the organisation the participant answers for, a row per
    other organisation with how they work together, how strongly, and whether it should be
    stronger. An empty row means no cooperation."""

    def __init__(self, *args, nodes, **kwargs):
        super().__init__(*args, **kwargs)
        self.nodes = list(nodes)
        self.fields["from_node"] = forms.ModelChoiceField(
            label=_("Which organisation or team do you answer for?"),
            queryset=NetworkNode.objects.filter(pk__in=[node.pk for node in self.nodes]),
            empty_label=_("Choose"),
            error_messages={
                "required": _("Choose the organisation you answer for."),
                "invalid_choice": _("Choose an organisation from this network analysis."),
            },
        )
        for node in self.nodes:
            self.fields[f"kind_{node.pk}"] = forms.ChoiceField(
                label=_("How do you work together with %(name)s?") % {"name": node.name},
                choices=[("", _("We do not work together")), *LinkKind.choices],
                required=False,
            )
            self.fields[f"strength_{node.pk}"] = forms.TypedChoiceField(
                label=_("How strong is the cooperation?"),
                choices=[("", _("Not applicable")), *LinkStrength.choices],
                coerce=int,
                empty_value=None,
                required=False,
            )
            self.fields[f"stronger_{node.pk}"] = forms.BooleanField(
                label=_("This cooperation should be stronger"), required=False
            )

    @property
    def rows(self):
        return [
            (
                node,
                self[f"kind_{node.pk}"],
                self[f"strength_{node.pk}"],
                self[f"stronger_{node.pk}"],
            )
            for node in self.nodes
        ]

    def clean(self):
        data = super().clean()
        own = data.get("from_node")
        for node in self.nodes:
            kind = data.get(f"kind_{node.pk}")
            strength = data.get(f"strength_{node.pk}")
            stronger = data.get(f"stronger_{node.pk}")
            if not (kind or strength or stronger):
                continue
            if own is not None and node.pk == own.pk:
                self.add_error(
                    f"kind_{node.pk}",
                    _("%(name)s is the organisation you answer for: leave this row empty.")
                    % {"name": node.name},
                )
            elif not kind:
                self.add_error(
                    f"kind_{node.pk}",
                    _("Choose how you work together with %(name)s, or leave the row empty.")
                    % {"name": node.name},
                )
            elif not strength:
                self.add_error(
                    f"strength_{node.pk}",
                    _("Choose how strong the cooperation with %(name)s is.") % {"name": node.name},
                )
        return data

    def answers(self):
        own = self.cleaned_data["from_node"]
        return [
            LinkAnswer(
                from_node=own,
                to_node=node,
                kind=self.cleaned_data[f"kind_{node.pk}"],
                strength=self.cleaned_data[f"strength_{node.pk}"],
                should_be_stronger=self.cleaned_data[f"stronger_{node.pk}"],
            )
            for node in self.nodes
            if self.cleaned_data.get(f"kind_{node.pk}")
        ]

    @staticmethod
    def initial_from(links) -> dict:
        """The form's initial values from the participant's earlier answers."""
        links = list(links)
        if not links:
            return {}
        own = links[0].from_node
        initial = {"from_node": own.pk}
        for link in links:
            if link.from_node_id != own.pk:
                continue
            initial[f"kind_{link.to_node_id}"] = link.kind
            initial[f"strength_{link.to_node_id}"] = link.strength
            initial[f"stronger_{link.to_node_id}"] = link.should_be_stronger
        return initial
