from django.contrib import admin

from .models import BackgroundTask


@admin.register(BackgroundTask)
class BackgroundTaskAdmin(admin.ModelAdmin):
    """The whole ledger, for the site administrator; staff see their own failures in the app."""

    list_display = [
        "pk",
        "task_path",
        "municipality",
        "status",
        "attempts",
        "max_attempts",
        "enqueued_at",
        "next_attempt_at",
        "last_error",
    ]
    list_filter = ["status", "task_path", "municipality"]
    date_hierarchy = "enqueued_at"
    readonly_fields = [field.name for field in BackgroundTask._meta.fields]

    def has_add_permission(self, request):
        return False
