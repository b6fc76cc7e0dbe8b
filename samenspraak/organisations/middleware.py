from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from samenspraak.regions.scoping import (
    REGION_KWARG,
    region_access_for,
    required_region_permission,
)

from .scoping import TENANT_KWARG, membership_for, required_permission

SESSION_CURRENT_MUNICIPALITY = "current_municipality"


class TenantMiddleware:
    """Resolve ``gemeente`` URL keywords to the user's membership, or refuse the request.

    Not a member: 404, so that the existence of another municipality's objects leaks nothing.
    Member without the needed permission: 403. ``regio`` URL keywords are resolved the same way
    against the user's access to that region (``regions.scoping``).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.municipality = None
        request.membership = None
        request.region = None
        request.region_access = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if TENANT_KWARG not in view_kwargs and REGION_KWARG not in view_kwargs:
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        if REGION_KWARG in view_kwargs:
            self._scope_region(request, view_func, view_kwargs[REGION_KWARG])
        if TENANT_KWARG in view_kwargs:
            self._scope_municipality(request, view_func, view_kwargs[TENANT_KWARG])
        return None

    def _scope_region(self, request, view_func, slug):
        access = region_access_for(request.user, slug)
        if access is None:
            raise Http404
        if not access.has_perm(required_region_permission(view_func)):
            raise PermissionDenied
        request.region_access = access
        request.region = access.region

    def _scope_municipality(self, request, view_func, slug):
        membership = membership_for(request.user, slug)
        if membership is None:
            raise Http404
        if not membership.has_perm(required_permission(view_func)):
            raise PermissionDenied
        request.membership = membership
        request.municipality = membership.municipality
        request.session[SESSION_CURRENT_MUNICIPALITY] = slug
