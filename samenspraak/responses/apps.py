from django.apps import AppConfig
from django.db.models.signals import post_delete
from django.utils.translation import gettext_lazy as _


class ResponsesConfig(AppConfig):
    name = "samenspraak.responses"
    label = "responses"
    verbose_name = _("Responses")

    def ready(self):
        from .export_files import remove_file
        from .models import ExportFile

        # However a row goes (expired, replaced, or with its instrument), its file goes too.
        post_delete.connect(
            lambda sender, instance, **kwargs: remove_file(instance),
            sender=ExportFile,
            weak=False,
            dispatch_uid="responses-export-file-remove",
        )
