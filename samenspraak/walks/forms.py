from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Walk, WalkPoint


class PointForm(forms.ModelForm):
    photo = forms.FileField(
        label=_("Photo (optional)"),
        required=False,
        help_text=_(
            "A JPG, PNG or WebP picture of at most 12 MB. Make sure no people can be recognised: "
            "that is your responsibility. We remove the place and camera details from the file."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )

    class Meta:
        model = WalkPoint
        fields = ["category", "description", "location_text", "latitude", "longitude"]
        widgets = {
            "category": forms.RadioSelect,
            "description": forms.Textarea(attrs={"rows": 4}),
        }
        labels = {
            "latitude": _("Latitude (optional)"),
            "longitude": _("Longitude (optional)"),
        }
        error_messages = {
            "category": {"required": _("Choose what kind of point this is.")},
            "description": {"required": _("Write what you see.")},
        }
        help_texts = {
            "location_text": _("An address, a street corner or a building. Not required."),
            "latitude": _("Only if you know the coordinates, for example 52.09071."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = WalkPoint.Category.choices
        self.fields["location_text"].label = _("Where is it? (optional)")


class WalkForm(forms.ModelForm):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))

    class Meta:
        model = Walk
        fields = ["traject", "title", "area", "intro"]
        widgets = {"intro": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, trajects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traject"].queryset = trajects


class ResponseForm(forms.Form):
    response = forms.CharField(
        label=_("Response of the municipality"),
        help_text=_("What the municipality does with this point. Participants see this."),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=2000,
    )
