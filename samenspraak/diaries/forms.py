from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Diary, Entry


class EntryForm(forms.ModelForm):
    class Meta:
        model = Entry
        fields = ["mood", "text"]
        widgets = {"mood": forms.RadioSelect, "text": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "mood": {"required": _("Choose how your day was.")},
            "text": {"required": _("Write a few words about today.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mood"].choices = Entry.Mood.choices


class ReminderForm(forms.Form):
    email = forms.EmailField(
        label=_("E-mail address for reminders (optional)"),
        help_text=_(
            "You get one e-mail on days you have not written yet. It never contains what you "
            "wrote. We delete your address when the diary ends."
        ),
        required=False,
    )


class DiaryForm(forms.ModelForm):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))
    prompts = forms.CharField(
        label=_("Question of the day (one per line, optional)"),
        help_text=_("Day 1 gets the first line, day 2 the second; they repeat after the last."),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=False,
    )

    class Meta:
        model = Diary
        fields = ["traject", "title", "intro", "days"]
        widgets = {"intro": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, trajects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traject"].queryset = trajects

    def clean_prompts(self):
        return self.cleaned_data["prompts"].splitlines()
