from django import forms

from samenspraak.core.forms_rendering import merge_tokens


class ExampleForm(forms.Form):
    name = forms.CharField(label="Naam", help_text="Uw voornaam is genoeg.")
    colour = forms.ChoiceField(
        label="Kleur", choices=[("r", "Rood"), ("g", "Groen")], widget=forms.RadioSelect
    )
    note = forms.CharField(label="Opmerking", required=False, widget=forms.Textarea)


def test_valid_field_links_label_and_help_text():
    html = str(ExampleForm())
    assert '<label class="utrecht-form-label" for="id_name">Naam</label>' in html
    assert 'aria-describedby="id_name_helptext"' in html
    assert 'id="id_name_helptext"' in html
    assert "utrecht-textbox--html-input" in html
    assert "niet verplicht" in html  # optional fields say so


def test_invalid_field_links_error_and_marks_invalid():
    form = ExampleForm(data={"name": "", "colour": ""})
    form.is_valid()
    html = str(form)
    assert 'aria-describedby="id_name_helptext id_name_error"' in html
    assert 'id="id_name_error"' in html
    assert "utrecht-textbox--invalid" in html


def test_radio_group_is_a_fieldset_with_legend():
    form = ExampleForm(data={"name": "x"})
    form.is_valid()
    html = str(form)
    assert "<fieldset" in html
    assert "<legend" in html and "Kleur" in html
    assert 'aria-describedby="id_colour_error"' in html
    assert 'for="id_colour_0"' in html


def test_merge_tokens_keeps_order_without_repeats():
    assert merge_tokens("a b", "b c", None, "a") == "a b c"


def test_native_date_input_writes_iso_dates_in_every_language():
    import datetime

    from django.utils import translation

    from samenspraak.core.forms import NativeDateInput

    with translation.override("nl"):
        html = NativeDateInput().render("op", datetime.date(2026, 11, 23))
    assert 'type="date"' in html and 'value="2026-11-23"' in html
