"""`citekit check-links` as a process against hostile servers: time, memory, signals, one cache.

Each run is a real process, so that its peak memory (ru_maxrss), its exit code and its
answer to SIGINT and SIGKILL are its own. Timeouts are short, so the file takes seconds.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.links import hostile

TIMEOUT = 1.0
PEAK_MB = 200


@dataclass
class Run:
    """What one finished process did."""

    code: int
    report: dict
    stderr: str
    seconds: float
    peak_mb: float


def start(
    urls: list[str], folder: Path, *options: str, peak_file: Path | None = None
) -> subprocess.Popen:
    """A `check-links --urls` process on URLS, its cache in FOLDER/cache; with PEAK_FILE,
    started through peak.py, which writes the process's own peak memory there."""
    listing = folder / f"urls-{time.monotonic_ns()}.txt"
    listing.write_text("\n".join(urls) + "\n", encoding="utf-8")
    command = [sys.executable, "-m", "citekit", "check-links", "--urls", str(listing)]
    command += ["-f", "json", "--no-archive", "--cache-dir", str(folder / "cache"), *options]
    if peak_file is not None:
        command = [
            sys.executable,
            str(Path(__file__).with_name("peak.py")),
            str(peak_file),
        ] + command
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=Path(__file__).resolve().parents[2],
        preexec_fn=_default_interrupt,
    )


def _default_interrupt() -> None:
    """Ctrl-C as a terminal delivers it: a test run started in the background (nohup, `&`)
    hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def finish(process: subprocess.Popen, started: float, peak_file: Path | None = None) -> Run:
    """Wait for PROCESS (its rusage: wait4) and read what it printed. Its peak memory is
    read from PEAK_FILE when given: without it, a process started from a large pytest may
    report pytest's peak (see peak.py)."""
    out, err = process.stdout.read(), process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.monotonic() - started
    report = json.loads(out) if out.strip() else {}
    peak_kb = int(peak_file.read_text()) if peak_file is not None else usage.ru_maxrss
    return Run(process.returncode, report, err.decode(), seconds, peak_kb / 1024)


def check(urls: list[str], folder: Path, *options: str) -> Run:
    started = time.monotonic()
    peak_file = folder / f"peak-{time.monotonic_ns()}.txt"
    return finish(start(urls, folder, *options, peak_file=peak_file), started, peak_file)


def statuses(run: Run) -> dict[str, str]:
    return {link["target"]: link["status"] for link in run.report["links"]}


@pytest.fixture
def faults() -> Iterator[hostile.Hostile]:
    server = hostile.Hostile({}).start()
    server.routes.update(hostile.routes(server.port))
    yield server
    server.stop()


def test_every_fault_at_once_in_one_run_is_bounded_in_time_and_memory(faults, tmp_path):
    target = hostile.Hostile({"/slow/*": hostile.slow(0.05)}).start()
    sources = [hostile.Hostile({}).start() for _ in range(4)]
    for source in sources:
        source.routes["/fan/*"] = lambda ex: hostile.redirect(
            target.url(ex.path.replace("/fan/", "/slow/")).encode(), "301"
        )(ex)
    fan = [s.url(f"/fan/{n}-{i}") for n, s in enumerate(sources) for i in range(10)]
    expected = {faults.url(path): status for path, status, _ in hostile.FAULTS}
    try:
        run = check([*expected, *fan], tmp_path, "--timeout", str(TIMEOUT), "--per-host", "3")
    finally:
        for server in (target, *sources):
            server.stop()
    assert run.code in (0, 1), run.stderr
    assert run.seconds <= 3 * TIMEOUT + 5
    assert run.peak_mb <= PEAK_MB
    assert run.report["complete"] is True
    found = statuses(run)
    assert {url: found.get(url) for url in expected} == expected
    assert {found[url] for url in fan} == {"redirected"}
    assert target.peak == 3  # redirects from 4 hosts queue at the host they lead to


def test_two_runs_on_one_cache_both_finish(tmp_path):
    servers = [hostile.Hostile({"/p/*": hostile.slow(0.01)}).start() for _ in range(3)]
    urls = [s.url(f"/p/{i}") for s in servers for i in range(60)]
    try:
        started = time.monotonic()
        both = [start(urls, tmp_path, "--timeout", "5"), start(urls, tmp_path, "--timeout", "5")]
        runs = [finish(process, started) for process in both]
        again = check(urls, tmp_path, "--offline")
    finally:
        for server in servers:
            server.stop()
    for run in runs:
        assert run.code == 0, run.stderr
        assert run.report["summary"] == {"ok": 180}
    assert "(180 from the cache)" in again.stderr


def cached_rows(folder: Path) -> int:
    try:
        with sqlite3.connect(folder / "cache" / "links.sqlite", timeout=1) as db:
            return db.execute("SELECT count(*) FROM results").fetchone()[0]
    except sqlite3.Error:  # not made yet
        return 0


def wait_for(condition: Callable[[], bool], seconds: float = 20.0) -> None:
    ends = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < ends, "timed out waiting"
        time.sleep(0.05)


@pytest.fixture
def half_hanging() -> Iterator[tuple[list[str], list[str]]]:
    """(fast links, links that never answer)."""
    server = hostile.Hostile({"/fast/*": hostile.pdf, "/hang/*": hostile.hang}).start()
    yield (
        [server.url(f"/fast/{i}") for i in range(20)],
        [server.url(f"/hang/{i}") for i in range(5)],
    )
    server.stop()


def test_kill_9_mid_run_keeps_every_result_finished_before_it(half_hanging, tmp_path):
    fast, hanging = half_hanging
    process = start([*fast, *hanging], tmp_path, "--timeout", "30")
    wait_for(lambda: cached_rows(tmp_path) >= len(fast))
    process.kill()
    process.wait()
    rerun = check([*fast, *hanging], tmp_path, "--offline")
    found = {link["target"]: (link["status"], link["detail"]) for link in rerun.report["links"]}
    assert {found[url][0] for url in fast} == {"ok"}
    assert {found[url][1] for url in hanging} == {"offline: not in the cache"}
    assert f"({len(fast)} from the cache)" in rerun.stderr


def test_ctrl_c_stops_at_once_with_the_partial_report(half_hanging, tmp_path):
    fast, hanging = half_hanging
    process = start([*fast, *hanging], tmp_path, "--timeout", "30")
    wait_for(lambda: cached_rows(tmp_path) >= len(fast))
    interrupted = time.monotonic()
    process.send_signal(signal.SIGINT)
    run = finish(process, interrupted)
    assert run.code == 130
    assert run.seconds < 3.0  # at once beside the 30 s timeout, with room for a loaded machine
    assert run.report["complete"] is False
    assert {link["target"] for link in run.report["links"]} == set(fast)
    assert f"interrupted: {len(fast)} of {len(fast) + len(hanging)} links checked" in run.stderr
    rerun = check(fast, tmp_path, "--offline")
    assert rerun.report["summary"] == {"ok": len(fast)}
