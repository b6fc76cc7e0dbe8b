from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import Http404

from .scoping import TENANT_KWARG, membership_for, required_permission

SESSION_CURRENT_MUNICIPALITY = "current_municipality"


class TenantMiddleware:
    """Resolve ``gemeente`` URL keywords to the user's membership, or refuse the request.

    Not a member: 404, so that the existence of another municipality's objects leaks nothing.
    Member without the needed permission: 403.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.municipality = None
        request.membership = None
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        slug = view_kwargs.get(TENANT_KWARG)
        if slug is None:
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)
        membership = membership_for(request.user, slug)
        if membership is None:
            raise Http404
        if not membership.has_perm(required_permission(view_func)):
            raise PermissionDenied
        request.membership = membership
        request.municipality = membership.municipality
        request.session[SESSION_CURRENT_MUNICIPALITY] = slug
        return None
