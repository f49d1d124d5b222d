"""The scheduler alone: global cap, per-host cap, pacing, waits that free their worker."""

from __future__ import annotations

import threading
import time

import pytest

from citekit.links.schedule import Again, Done, Limits, Scheduler, Then, chain, host_of


class Meter:
    """Steps that sleep a little and record how many run at once, per host and in all."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now: dict[str, int] = {}
        self.peak: dict[str, int] = {}

    def step(self, host: str, value: object, seconds: float = 0.02):
        def run():
            with self.lock:
                for key in (host, "all"):
                    self.now[key] = self.now.get(key, 0) + 1
                    self.peak[key] = max(self.peak.get(key, 0), self.now[key])
            time.sleep(seconds)
            with self.lock:
                for key in (host, "all"):
                    self.now[key] -= 1
            return Done(value)

        return run


def test_caps_per_host_and_in_all():
    meter = Meter()
    jobs = [(f"{h}{i}", f"http://{h}.test/{i}", meter.step(h, i)) for h in "abc" for i in range(6)]
    done = dict(Scheduler(Limits(max_concurrency=5, per_host=2)).run(jobs))
    assert len(done) == 18
    assert meter.peak["all"] <= 5
    assert max(meter.peak[h] for h in "abc") == 2


def test_pacing_spaces_the_requests_to_one_host():
    starts: list[float] = []

    def step():
        starts.append(time.monotonic())
        return Done(None)

    jobs = [(i, "http://paced.test/", step) for i in range(4)]
    list(Scheduler(Limits(8, 8, host_interval=PACE)).run(jobs))
    gaps = [b - a for a, b in zip(starts, starts[1:], strict=False)]
    # the scheduler paces the hand-overs; a worker thread may start its step late on a
    # loaded machine (tens of milliseconds with two CPUs shared by many processes), so a
    # gap may look that much shorter; unpaced, every gap would be about 0
    assert min(gaps) >= PACE - THREAD_START_JITTER
    assert sum(gaps) >= PACE * len(gaps) - THREAD_START_JITTER


PACE = 0.2  # seconds between requests to one host: long beside a thread's start-up jitter
THREAD_START_JITTER = 0.08


def test_again_frees_the_worker_and_waits():
    calls = []

    def flaky():
        calls.append(time.monotonic())
        return Done("ok") if len(calls) > 1 else Again(flaky, 0.1)

    started = time.monotonic()
    assert list(Scheduler(Limits(1, 1)).run([("k", "http://x.test/", flaky)])) == [("k", "ok")]
    assert calls[1] - started >= 0.1


def test_then_hops_to_another_host_and_chain_follows():
    def first():
        return Then("http://other.test/", lambda: Done(2))

    job = chain(first, lambda value: Done(value * 10))
    assert list(Scheduler(Limits()).run([("k", "http://one.test/", job)])) == [("k", 20)]


def test_host_of_keeps_scheme_and_port():
    assert host_of("https://Example.org:8443/a?b") == "https://example.org:8443"


def test_a_step_that_raises_is_its_jobs_value_not_the_runs_end():
    def broken():
        raise ValueError("a bug")

    jobs = [("bad", "http://a.test/", broken), ("good", "http://a.test/", lambda: Done(1))]
    scheduler = Scheduler(Limits(), on_error=lambda key, exc: f"{key}: {exc}")
    assert dict(scheduler.run(jobs)) == {"bad": "bad: a bug", "good": 1}


def test_without_on_error_a_step_that_raises_ends_the_run():
    def broken():
        raise ValueError("a bug")

    with pytest.raises(ValueError, match="a bug"):
        list(Scheduler(Limits()).run([("bad", "http://a.test/", broken)]))


def test_workers_are_daemons_and_end_with_the_run():
    seen = []

    def step():
        seen.append(threading.current_thread())
        return Done(None)

    list(Scheduler(Limits(4, 4)).run([(i, "http://a.test/", step) for i in range(8)]))
    assert all(t.daemon for t in seen)
    time.sleep(0.05)
    assert not any(t.is_alive() for t in seen)
