"""Turns plain-text Chinese articles in ``seeds/`` into a Material for MkDocs site."""

import time

__version__ = "0.1.0"

LOADING_STARTED = time.perf_counter()
"""When the package began to load: the MkDocs plugin counts its import in the build time."""
