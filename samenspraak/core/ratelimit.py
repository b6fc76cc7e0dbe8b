"""Rate-limit keys that never keep an IP address.

The address is turned into a keyed hash that lives only in the cache for the length of the
limit window; nothing is written to the database or the logs.
"""

import hashlib
import hmac

from django.conf import settings


def client_key(group, request) -> str:
    address = request.META.get("REMOTE_ADDR", "")
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        address = forwarded.split(",")[0].strip() or address
    digest = hmac.new(
        settings.RATELIMIT_HASH_SALT.encode(), address.encode(), hashlib.sha256
    ).hexdigest()
    return digest[:32]
