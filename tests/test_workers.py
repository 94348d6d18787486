"""Analysis in several processes: the same corpus as in one, and really in another process."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from generator import workers
from generator.pipeline import load_corpus
from generator.workers import map_in_processes
from tests.conftest import FIXTURES


def _slow_pid(item: int) -> tuple[int, int]:
    time.sleep(0.02)  # long enough that the worker process gets items of its own
    return item * item, os.getpid()


def _fail_on_three(item: int) -> int:
    if item == 3:
        raise ValueError("three")
    return item


def test_results_come_back_in_item_order_from_two_processes() -> None:
    results = map_in_processes(_slow_pid, list(range(40)), processes=2)
    assert [square for square, _ in results] == [i * i for i in range(40)]
    pids = {pid for _, pid in results}
    assert os.getpid() in pids  # this process works too
    assert len(pids) == 2  # ... and a forked worker did some of the items


def test_an_exception_in_an_item_is_raised_as_in_a_loop() -> None:
    with pytest.raises(ValueError, match="three"):
        map_in_processes(_fail_on_three, list(range(20)), processes=2)


def test_with_another_thread_running_everything_stays_in_this_process() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()  # like mkdocs serve's server thread: forking now would be unsafe
    try:
        assert not workers.can_fork()
        results = map_in_processes(_slow_pid, list(range(12)), processes=2)
    finally:
        stop.set()
        thread.join()
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_few_items_are_not_worth_a_process() -> None:
    results = map_in_processes(_slow_pid, list(range(workers.MIN_ITEMS_PER_PROCESS * 2 - 1)), processes=2)
    assert {pid for _, pid in results} == {os.getpid()}


def test_a_corpus_analysed_in_two_processes_is_the_corpus_analysed_in_one(tmp_path: Path) -> None:
    texts = sorted(FIXTURES.glob("*.txt"))
    for copy in range(2):
        for path in texts:
            (tmp_path / f"{copy}-{path.name}").write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "9-empty.txt").write_text("", encoding="utf-8")  # a problem comes back as one too
    one = load_corpus(tmp_path, display="seeds", processes=1)
    two = load_corpus(tmp_path, display="seeds", processes=2)
    assert len(one.stories) == 2 * len(texts)
    assert [str(p) for p in one.problems] == ["seeds/9-empty.txt: empty file: no text to publish"]
    assert two == one
