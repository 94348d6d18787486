"""Analysis in several processes: the same corpus as in one, and really in another process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from generator import workers
from generator.workers import map_in_processes
from tests.conftest import FIXTURES, ROOT


def _slow_pid(item: int) -> tuple[int, int]:
    time.sleep(0.02)  # long enough that the worker process gets items of its own
    return item * item, os.getpid()


def _fail_on_three(item: int) -> int:
    if item == 3:
        raise ValueError("three")
    return item


def _in_fresh_python(code: str) -> str:
    """Run ``code`` in a new interpreter: pytest's own process may have threads running (a
    browser test's server), and then, rightly, nothing is forked."""
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_results_come_back_in_item_order_from_two_processes() -> None:
    out = _in_fresh_python(
        "import json, os\n"
        "from generator.workers import can_fork, map_in_processes\n"
        "from tests.test_workers import _slow_pid\n"
        "assert can_fork()\n"
        "results = map_in_processes(_slow_pid, list(range(40)), processes=2)\n"
        "pids = {pid for _, pid in results}\n"
        "print(json.dumps([[s for s, _ in results], os.getpid() in pids, len(pids)]))"
    )
    squares, this_process_worked, processes = json.loads(out)
    assert squares == [i * i for i in range(40)]
    assert this_process_worked  # this process works too
    assert processes == 2  # ... and a forked worker did some of the items


def test_an_exception_in_an_item_is_raised_as_in_a_loop() -> None:
    out = _in_fresh_python(
        "from generator.workers import map_in_processes\n"
        "from tests.test_workers import _fail_on_three\n"
        "try:\n"
        "    map_in_processes(_fail_on_three, list(range(20)), processes=2)\n"
        "except ValueError as error:\n"
        "    print('raised', error)\n"
    )
    assert out == "raised three"


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
    out = _in_fresh_python(
        "import sys\n"
        "from pathlib import Path\n"
        "from generator.pipeline import load_corpus\n"
        "from generator.workers import can_fork\n"
        "assert can_fork()\n"
        f"seeds = Path({str(tmp_path)!r})\n"
        "one = load_corpus(seeds, display='seeds', processes=1)\n"
        "two = load_corpus(seeds, display='seeds', processes=2)\n"
        "print(len(one.stories), [str(p) for p in one.problems], two == one)"
    )
    assert out == f"{2 * len(texts)} ['seeds/9-empty.txt: empty file: no text to publish'] True"


class _Summer:
    """A ``workers.Consumer``: sums what it is sent, says in which process; fails on 13."""

    def __init__(self) -> None:
        self.total = 0

    def take(self, message: int) -> None:
        if message == 13:
            raise ValueError("thirteen")
        self.total += message

    def finish(self) -> tuple[int, int]:
        return self.total, os.getpid()


def test_a_background_process_takes_the_messages_and_gives_its_result() -> None:
    out = _in_fresh_python(
        "import json, os\n"
        "from generator.workers import Background\n"
        "from tests.test_workers import _Summer\n"
        "background = Background.start(_Summer)\n"
        "for n in range(1000):\n"
        "    background.send(n if n != 13 else 0)\n"
        "total, pid = background.result()\n"
        "print(json.dumps([total, pid != os.getpid()]))"
    )
    assert json.loads(out) == [sum(range(1000)) - 13, True]


def test_a_failing_background_consumer_is_reported_and_never_blocks_the_sender() -> None:
    out = _in_fresh_python(
        "from generator.workers import Background, BackgroundError\n"
        "from tests.test_workers import _Summer\n"
        "background = Background.start(_Summer)\n"
        "for n in range(20000):  # far more than a pipe holds: the child keeps reading\n"
        "    background.send(n)\n"
        "try:\n"
        "    background.result()\n"
        "except BackgroundError as error:\n"
        "    print('raised', error)\n"
    )
    assert out == "raised ValueError: thirteen"


def test_no_background_process_while_another_thread_runs() -> None:
    stop = threading.Event()
    thread = threading.Thread(target=stop.wait)
    thread.start()
    try:
        assert workers.Background.start(_Summer) is None
    finally:
        stop.set()
        thread.join()


def test_a_background_process_that_died_is_reported() -> None:
    out = _in_fresh_python(
        "import os, signal\n"
        "from generator.workers import Background, BackgroundError\n"
        "from tests.test_workers import _Summer\n"
        "background = Background.start(_Summer)\n"
        "os.kill(background._process.pid, signal.SIGKILL)\n"
        "background._process.join()\n"
        "for n in range(100):\n"
        "    background.send(n)\n"
        "try:\n"
        "    background.result()\n"
        "except BackgroundError as error:\n"
        "    print('raised', error)\n"
    )
    assert out == "raised the background process stopped (exit code -9)"


def _fail_anywhere() -> int:
    raise ValueError("broken")


def test_alongside_runs_the_second_call_in_another_process_and_reraises_its_error() -> None:
    out = _in_fresh_python(
        "import os\n"
        "from generator.workers import alongside\n"
        "from tests.test_workers import _fail_anywhere\n"
        "here, there = alongside(os.getpid, os.getpid)\n"
        "print(here == os.getpid(), there != here)\n"
        "try:\n"
        "    alongside(lambda: 1, _fail_anywhere)\n"
        "except ValueError as error:  # raised again in this process, as a plain call would\n"
        "    print('raised', error)\n"
    )
    assert out.splitlines() == ["True True", "raised broken"]
