"""Turns plain-text Chinese articles in ``seeds/`` into a Material for MkDocs site."""

import sys
import time

__version__ = "0.1.0"

LOADING_STARTED = time.perf_counter()
"""When the package began to load: the MkDocs plugin counts its import in the build time."""


def _import_jieba_without_pkg_resources() -> None:
    """Import jieba (every stage uses it) without the ``pkg_resources`` it tries first.

    jieba 0.42 imports ``pkg_resources`` only to open its own data files, and opens them with
    ``open()`` when that import fails. The import costs 70 ms of every build (a third of
    the package's loading) and a deprecation warning; nothing else here needs it. It is
    hidden only while jieba loads, and only when nobody has imported either yet.
    """
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        return
    sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        import jieba  # noqa: F401
    finally:
        del sys.modules["pkg_resources"]


_import_jieba_without_pkg_resources()
