"""Edge: work in other processes. ``map_in_processes`` runs one function over many items in
several processes, results in item order; ``alongside`` runs a second call in a forked process
while this one runs the first; ``Background`` feeds a stream of messages to a forked process
while this one goes on, and collects its one result at the end.

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

import contextlib
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from multiprocessing.connection import Connection
from typing import Generic, Protocol, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Message = TypeVar("Message")
Message_contra = TypeVar("Message_contra", contravariant=True)
Result_co = TypeVar("Result_co", covariant=True)

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


First = TypeVar("First")
Second = TypeVar("Second")


def alongside(here: Callable[[], First], there: Callable[[], Second]) -> tuple[First, Second]:
    """``(here(), there())``, with ``there`` run in a forked process while ``here`` runs in this
    one, where forking is safe (``can_fork``); one after the other elsewhere.

    ``there``'s result must pickle. Should ``there`` fail in the other process (or that
    process die), it is run again here: its exception, with its traceback, is raised as in
    the plain call.
    """
    background: Background[None, Second] | None = Background.start(lambda: _Done(there()))
    if background is None:
        return here(), there()
    try:
        first = here()
    except BaseException:
        background.cancel()
        raise
    try:
        return first, background.result()
    except BackgroundError:
        return first, there()


class _Done(Generic[Result]):
    """A ``Consumer`` whose result was computed when it was made (``alongside``)."""

    def __init__(self, result: Result) -> None:
        self.result = result

    def take(self, message: None) -> None:
        pass

    def finish(self) -> Result:
        return self.result


class Consumer(Protocol[Message_contra, Result_co]):
    """What ``Background`` runs: takes messages one at a time, then gives its result."""

    def take(self, message: Message_contra) -> None: ...

    def finish(self) -> Result_co: ...


class BackgroundError(RuntimeError):
    """The background process failed; the message says how (the consumer's exception)."""


class Background(Generic[Message, Result]):
    """A forked process that runs a ``Consumer`` over the messages ``send`` gives it while this
    process goes on with its own work, on the second CPU. ``result`` ends the stream and
    returns what ``finish`` returned there.

    Use ``start`` (which returns ``None`` where forking is not safe, see ``can_fork``). The
    consumer is made in the child, from this process's memory as it was at ``start``: nothing
    but the messages and the result is pickled. Messages go through a pipe: should the child
    fall behind, ``send`` waits for it.
    """

    def __init__(self, connection: Connection, process: multiprocessing.process.BaseProcess) -> None:
        self._connection = connection
        self._process = process

    @classmethod
    def start(cls, make: Callable[[], Consumer[Message, Result]]) -> Background[Message, Result] | None:
        """A background process running ``make()``, or ``None`` where it cannot fork."""
        if not can_fork():
            return None
        here, there = multiprocessing.Pipe()
        process = multiprocessing.get_context("fork").Process(target=_consume, args=(make, there, here), daemon=True)
        process.start()
        there.close()
        return cls(here, process)

    def send(self, message: Message) -> None:
        """Give the consumer one more message."""
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # a dead child: ``result`` says so
            self._connection.send((True, message))

    def result(self) -> Result:
        """End the stream and wait for the consumer's ``finish()``. Raises ``BackgroundError``
        when the consumer raised or the process died."""
        try:
            self._connection.send((False, None))
            ok, value = self._connection.recv()
        except (EOFError, BrokenPipeError, ConnectionResetError):
            self._process.join()
            raise BackgroundError(f"the background process stopped (exit code {self._process.exitcode})") from None
        finally:
            self._connection.close()
        self._process.join()
        if not ok:
            raise BackgroundError(value)
        return value  # type: ignore[no-any-return]


    def cancel(self) -> None:
        """Stop the process without its result (a build that failed half-way)."""
        self._connection.close()
        self._process.terminate()
        self._process.join()


def _consume(make: Callable[[], Consumer[Message, Result]], connection: Connection, parent_end: Connection) -> None:
    """The child's side of ``Background``: every message to the consumer, then its result."""
    parent_end.close()
    failure: str | None = None
    consumer: Consumer[Message, Result] | None = None
    try:
        consumer = make()
    except Exception as error:  # reported when the parent asks for the result
        failure = f"{type(error).__name__}: {error}"
    while True:
        try:
            more, message = connection.recv()
        except EOFError:  # the parent is gone
            return
        if not more:
            break
        if failure is None and consumer is not None:
            try:
                consumer.take(message)
            except Exception as error:  # keep reading, so that the parent's sends never block
                failure = f"{type(error).__name__}: {error}"
    if failure is None and consumer is not None:
        try:
            connection.send((True, consumer.finish()))
            return
        except Exception as error:
            failure = f"{type(error).__name__}: {error}"
    connection.send((False, failure))
