"""Registers the ``long`` hypothesis profile: ``pytest tests/fuzz --hypothesis-profile=long``.

The folder must be named on the command line: pytest reads this file before loading the
profile only when it is the conftest of a path it was given.
"""

from __future__ import annotations

from hypothesis import HealthCheck, settings

from tests.fuzz import LONG_EXAMPLES, LONG_PROFILE

settings.register_profile(
    LONG_PROFILE,
    max_examples=LONG_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
