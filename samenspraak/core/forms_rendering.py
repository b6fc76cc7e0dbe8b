"""Every Django form renders with NL Design System (Utrecht) markup.

Doing it in the renderer, not per template, means no form can forget a label, the link from
a field to its help and error text, or the invalid state.
"""

from django import forms
from django.forms.renderers import TemplatesSetting
from django.forms.widgets import Input

WIDGET_CLASSES = [
    (forms.CheckboxSelectMultiple, "utrecht-checkbox utrecht-checkbox--html-input"),
    (forms.RadioSelect, "utrecht-radio-button utrecht-radio-button--html-input"),
    (forms.CheckboxInput, "utrecht-checkbox utrecht-checkbox--html-input"),
    (forms.Textarea, "utrecht-textarea utrecht-textarea--html-textarea"),
    (forms.Select, "utrecht-select utrecht-select--html-select"),
    (forms.ClearableFileInput, "ss-file-input"),
    (forms.FileInput, "ss-file-input"),
    (Input, "utrecht-textbox utrecht-textbox--html-input"),
]
INVALID_SUFFIX = {
    "utrecht-textbox": "utrecht-textbox--invalid",
    "utrecht-textarea": "utrecht-textarea--invalid",
    "utrecht-select": "utrecht-select--invalid",
    "utrecht-checkbox": "utrecht-checkbox--invalid",
    "utrecht-radio-button": "utrecht-radio-button--invalid",
}


def widget_classes(widget) -> str:
    for widget_type, classes in WIDGET_CLASSES:
        if isinstance(widget, widget_type):
            return classes
    return ""


def merge_tokens(*values: str | None) -> str:
    """Join space-separated token lists without repeating a token, keeping their order."""
    tokens = (token for value in values if value for token in value.split())
    return " ".join(dict.fromkeys(tokens))


class UtrechtBoundField(forms.BoundField):
    def build_widget_attrs(self, attrs, widget=None):
        attrs = super().build_widget_attrs(attrs, widget)
        widget = widget or self.field.widget
        classes = widget_classes(widget)
        if self.errors and classes:
            base = classes.split()[0]
            classes = f"{classes} {INVALID_SUFFIX.get(base, '')}".strip()
        if classes:
            attrs["class"] = merge_tokens(attrs.get("class"), classes)
        if self.errors and self.auto_id and not self.use_fieldset:
            attrs["aria-describedby"] = merge_tokens(
                attrs.get("aria-describedby"), f"{self.auto_id}_error"
            )
        return attrs


class UtrechtFormRenderer(TemplatesSetting):
    bound_field_class = UtrechtBoundField
    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
