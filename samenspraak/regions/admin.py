from django.contrib import admin

from .models import RegionMembership, TrajectSharing


@admin.register(RegionMembership)
class RegionMembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "region", "role", "created_at"]
    list_filter = ["region", "role"]
    autocomplete_fields = ["user"]
    exclude = ["added_by"]


@admin.register(TrajectSharing)
class TrajectSharingAdmin(admin.ModelAdmin):
    list_display = ["traject", "level", "changed_by", "changed_at"]
    list_filter = ["level"]
    readonly_fields = ["traject", "level", "changed_by", "changed_at"]

    def has_add_permission(self, request):
        return False  # the municipality decides what it shares, through set_sharing
