"""Edge: run one function over many items in several processes, results in item order.

Analysing an article is pure Python (jieba, OpenCC lookups, pattern matching) and holds the
GIL, so only processes use a second core. They are forked after the first item has been done
in this process: that item loads jieba's and pypinyin's dictionaries (about a second), and
the forked workers share them instead of loading them again. This process keeps working too,
taking items from the end of the list while the workers take them from the start.

Forking is used only where it is safe and cheap: on Linux, in a process with no other thread
(``mkdocs serve`` runs a server thread, so it analyses in one process; it rebuilds from the
analysis cache anyway). Anywhere else, or for a few items, the items are done here, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

MIN_ITEMS_PER_PROCESS = 4
"""Fewer items than this per process are not worth forking for."""


def available_cpus() -> int:
    """CPUs this process may run on (the affinity mask, not the machine's count)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether forking workers is safe here: Linux, and no thread besides this one."""
    return (
        sys.platform == "linux" and threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    )


def map_in_processes(function: Callable[[Item], Result], items: Sequence[Item], *, processes: int) -> list[Result]:
    """``[function(item) for item in items]``, in up to ``processes`` processes.

    ``function`` must be a module-level function whose results can be pickled. An exception
    it raises is raised here, as in the plain loop.
    """
    processes = min(processes, len(items) // MIN_ITEMS_PER_PROCESS)
    if processes < 2 or not can_fork():
        return [function(item) for item in items]
    results: list[Result | None] = [None] * len(items)
    results[0] = function(items[0])  # loads the dictionaries the workers will share
    with ProcessPoolExecutor(max_workers=processes - 1, mp_context=multiprocessing.get_context("fork")) as pool:
        futures: list[Future[Result]] = [pool.submit(function, item) for item in items[1:]]
        done_here = set()
        for index in reversed(range(len(futures))):
            if not futures[index].cancel():  # a worker has it: the rest are theirs too
                break
            results[index + 1] = function(items[index + 1])
            done_here.add(index)
        for index, future in enumerate(futures):
            if index not in done_here:
                results[index + 1] = future.result()
    return results  # type: ignore[return-value]  (every slot is filled above)
