"""The masking lists built at install time must still count as valid inside Django.

deduce compares file times in the process's local time, and Django sets that to TIME_ZONE; a
cache judged stale makes every test or task worker rebuild it at once, and one of them reads the
pickle while another writes it.
"""

import os
import time
from pathlib import Path

import deduce
from deduce.lookup_structs import load_lookup_structs_from_cache, validate_lookup_struct_cache
from django.core.management import call_command


def test_prepared_masking_lists_are_valid_in_the_project_time_zone(settings):
    call_command("privacy", "prepare")

    assert os.environ["TZ"] == settings.TIME_ZONE
    lookup = Path(deduce.__file__).parent / "data" / "lookup"
    assert load_lookup_structs_from_cache(lookup, deduce.__version__) is not None


def test_a_cache_saved_in_another_zone_would_be_stale(settings):
    """Guards the reason for `privacy prepare`: the comparison really depends on the zone."""
    lookup = Path(deduce.__file__).parent / "data" / "lookup"
    newest = max(os.stat(path).st_mtime for path in (lookup / "src").glob("**"))
    utc_clock = time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(newest + 60))
    cache = {"deduce_version": deduce.__version__, "saved_datetime": utc_clock}

    assert not validate_lookup_struct_cache(cache, lookup, deduce.__version__)
