from django import forms
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


def apply_validation_error(form, error: ValidationError) -> None:
    """Show a service's ValidationError on the form, on the field it names where possible."""
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(NON_FIELD_ERRORS, error)


def posted(request):
    """The POST data of a POST request, else None: an empty POST still binds the form."""
    return request.POST if request.method == "POST" else None


class NativeDateInput(forms.DateInput):
    """The browser's date picker. It only takes ISO dates, whatever the page's language, so the
    value is always written as YYYY-MM-DD (a Dutch 23-11-2026 would show an empty field)."""

    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


def non_empty_lines(text: str | None) -> list[str]:
    """A textarea's lines, trimmed, without the empty ones: one item per line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]
