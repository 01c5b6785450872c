"""Fuzz tests of every parser of untrusted input (docs/robustness.md).

Quick by default (a few seconds per parser); ``pytest tests/fuzz --hypothesis-profile=long``
runs the long job (the profile is registered in tests/fuzz/conftest.py).
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

LONG_PROFILE = "long"
LONG_EXAMPLES = 20_000


def fuzz_settings(quick_examples: int) -> settings:
    """``quick_examples`` per test normally; the long profile's count under ``long``."""
    relaxed = {
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    }
    if settings.get_current_profile_name() == LONG_PROFILE:
        return settings(**relaxed)  # max_examples comes from the loaded profile
    return settings(max_examples=quick_examples, **relaxed)
