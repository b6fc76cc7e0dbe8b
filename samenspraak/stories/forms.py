from django import forms
from django.utils.translation import gettext_lazy as _

from .models import MAX_STORY_LENGTH, Story, StoryPoint

MAX_MSC_LENGTH = 2000


class StoryForm(forms.Form):
    title = forms.CharField(
        label=_("Give your story a title"),
        required=False,
        max_length=120,
        error_messages={
            "max_length": _("Make the title shorter: at most %(limit_value)d letters.")
        },
    )
    text = forms.CharField(
        label=_("Your story"),
        help_text=_(
            "What happened? How was it for you? A few sentences is enough. "
            "Do not write names, addresses or phone numbers."
        ),
        max_length=MAX_STORY_LENGTH,
        widget=forms.Textarea(attrs={"rows": 10}),
        error_messages={
            "required": _("Tell your story. A few sentences is enough."),
            "max_length": _("Make your story shorter: at most %(limit_value)d letters."),
        },
    )


class QuestionsForm(forms.Form):
    """The teller's own signification of the story; every question may be skipped."""

    role = forms.ChoiceField(
        label=_("Who are you in this story?"), required=False, widget=forms.RadioSelect
    )
    feeling = forms.TypedChoiceField(
        label=_("How did it feel?"),
        required=False,
        coerce=int,
        empty_value=None,
        choices=Story.Feeling.choices,
        widget=forms.RadioSelect,
    )
    topics = forms.MultipleChoiceField(
        label=_("What was it about?"),
        help_text=_("Choose one or more."),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    wish_for_others = forms.ChoiceField(
        label=_("Would you wish this to happen to others too?"),
        required=False,
        choices=Story.Wish.choices,
        widget=forms.RadioSelect,
    )
    msc = forms.CharField(
        label=_("What was the most important change for you?"),
        required=False,
        max_length=MAX_MSC_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"max_length": _("Make this shorter: at most %(limit_value)d letters.")},
    )

    def __init__(self, *args, story_point: StoryPoint, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = [(role, role) for role in story_point.roles]
        self.fields["topics"].choices = [(topic, topic) for topic in story_point.topics]
        if not story_point.roles:
            del self.fields["role"]
        if not story_point.topics:
            del self.fields["topics"]
        if not story_point.ask_msc:
            del self.fields["msc"]


class SendForm(forms.Form):
    consent_public = forms.BooleanField(
        label=_("My story may be shown on the municipality's website, without my name."),
        help_text=_("Not required. Without this, only the municipality reads your story."),
        required=False,
    )


class StoryPointForm(forms.ModelForm):
    traject = forms.ModelChoiceField(queryset=None, label=_("Traject"))
    roles = forms.CharField(
        label=_("Who can tell (one per line)"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
    )
    topics = forms.CharField(
        label=_("Topics to choose from (one per line)"),
        widget=forms.Textarea(attrs={"rows": 6}),
        required=False,
    )

    class Meta:
        model = StoryPoint
        fields = ["traject", "title", "intro", "ask_msc"]

    def __init__(self, *args, trajects, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["traject"].queryset = trajects

    def clean_roles(self):
        return self.cleaned_data["roles"].splitlines()

    def clean_topics(self):
        return self.cleaned_data["topics"].splitlines()


class ModerationForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("What happens with this story?"),
        choices=[
            (Story.Status.APPROVED, _("Approve: use it, and show it publicly (the teller agreed)")),
            (Story.Status.INTERNAL, _("Internal use only: use it, never show it")),
            (Story.Status.REJECTED, _("Reject: do not use it")),
        ],
        widget=forms.RadioSelect,
    )
    masked_text = forms.CharField(
        label=_("The story as it may be used"),
        help_text=_(
            "Remove names, addresses, phone numbers and other details that point to a person."
        ),
        widget=forms.Textarea(attrs={"rows": 10}),
        required=False,
    )
    masked_msc = forms.CharField(
        label=_("The most important change, as it may be used"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )
    reason = forms.CharField(
        label=_("Reason for rejecting"),
        help_text=_("Only when you reject. For example: not about access to help."),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args, story: Story, **kwargs):
        super().__init__(*args, **kwargs)
        if not story.msc:
            del self.fields["masked_msc"]
