class PermissionsPolicyMiddleware:
    """Switch off browser features no Samenspraak page uses (camera only where a form asks)."""

    POLICY = "geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.POLICY)
        return response
