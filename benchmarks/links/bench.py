"""Time `citekit check-links` against LinkChecker on the same loopback server, same run.

Two scenarios of 300 URLs (200 ms per answer; 5% hang past the 5 s timeout, 5% answer
429 then 200, 10% dead, 10% redirect chains): on 30 hosts (127.0.0.1 .. 127.0.0.30),
and all on one host. Each checker gets a freshly started server (the 429s are new).

    .venv/bin/python benchmarks/links/bench.py            # writes benchmarks/links/RESULTS.md

CITEKIT_BENCH_ARGS="--per-host 8" adds options to the citekit runs;
CITEKIT_BENCH_SKIP_LINKCHECKER=1 times citekit alone (for tuning).

LinkChecker lives in its own venv: python3 -m venv benchmarks/.venv-linkchecker &&
benchmarks/.venv-linkchecker/bin/pip install linkchecker
"""

from __future__ import annotations

import csv
import io
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CITEKIT = ROOT / ".venv" / "bin" / "citekit"
LINKCHECKER = ROOT / "benchmarks" / ".venv-linkchecker" / "bin" / "linkchecker"
TIMEOUT = 5
# category -> (share of the 300 URLs in twentieths, citekit's expected verdict)
CATEGORIES = {
    "hang": (1, "timeout"),
    "limit": (1, "ok"),
    "dead": (2, "dead"),
    "perm": (1, "redirected"),
    "temp": (1, "ok"),
    "ok": (14, "ok"),
}
# what LinkChecker should say: valid for live pages, invalid for dead and hanging ones
LC_VALID = {"hang": False, "limit": True, "dead": False, "perm": True, "temp": True, "ok": True}


def urls(port: int, hosts: int) -> list[tuple[str, str]]:
    """300 (url, category) pairs; categories shuffled (seeded) over the hosts."""
    kinds = [k for k, (n, _) in CATEGORIES.items() for _ in range(n * 15)]
    random.Random(5).shuffle(kinds)
    found = []
    for i, kind in enumerate(kinds):
        host = f"127.0.0.{i % hosts + 1}"
        path = f"/{kind}/{i}/a" if kind in ("perm", "temp") else f"/{kind}/{i}"
        found.append((f"http://{host}:{port}{path}", kind))
    return found


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """The loopback server in its own process (so it does not share our GIL)."""

    def __init__(self, port: int, hosts: int) -> None:
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "server.py"), "--hosts", str(hosts), "--port", str(port)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def __enter__(self) -> Server:
        assert self.process.stdout.readline().strip() == "ready"
        return self

    def __exit__(self, *exc: object) -> None:
        self.process.stdin.close()
        self.process.terminate()
        self.process.wait(10)


def timed(command: list[str], stdin: str | None = None, env=None) -> tuple[float, str]:
    started = time.monotonic()
    done = subprocess.run(
        command, input=stdin, capture_output=True, text=True, env=env, timeout=600
    )
    return time.monotonic() - started, done.stdout


def loopback_env() -> dict[str, str]:
    """The environment for citekit: every API endpoint on a closed loopback port."""
    env = dict(os.environ, NO_PROXY="*")
    for name in ("CITEKIT_DOI_API", "CITEKIT_CROSSREF_API", "CITEKIT_WAYBACK_API"):
        env[name] = "http://127.0.0.1:9"
    return env


def run_citekit(listing: list[tuple[str, str]], cache_dir: str) -> tuple[float, int, dict]:
    """(seconds, wrong verdicts, status counts) of one citekit run."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as f:
        f.write("\n".join(u for u, _ in listing))
    command = [
        str(CITEKIT),
        "check-links",
        "--urls",
        f.name,
        "-f",
        "json",
        "--timeout",
        str(TIMEOUT),
        "--no-archive",
        "--cache-dir",
        cache_dir,
        "--exit-zero",
        *os.environ.get("CITEKIT_BENCH_ARGS", "").split(),
    ]
    seconds, out = timed(command, env=loopback_env())
    statuses = {link["target"]: link["status"] for link in json.loads(out)["links"]}
    wrong = [(u, k, statuses.get(u)) for u, k in listing if statuses.get(u) != CATEGORIES[k][1]]
    for example in wrong[:5]:
        print("  citekit wrong:", example, file=sys.stderr)
    return seconds, len(wrong), _count(statuses.values())


def run_linkchecker(listing: list[tuple[str, str]]) -> tuple[float, int, dict]:
    """(seconds, wrong verdicts, valid/invalid counts) of one LinkChecker run."""
    command = [
        str(LINKCHECKER),
        "--stdin",
        "-o",
        "csv",
        "--no-status",
        "--no-warnings",
        "--timeout",
        str(TIMEOUT),
        "-r",
        "0",
    ]
    env = dict(os.environ, NO_PROXY="*")
    seconds, out = timed(command, stdin="\n".join(u for u, _ in listing) + "\n", env=env)
    rows = csv.DictReader(
        io.StringIO(
            "\n".join(line for line in out.splitlines() if line and not line.startswith("#"))
        ),
        delimiter=";",
    )
    # without --verbose LinkChecker lists only the links it finds invalid
    invalid = {row["urlname"] for row in rows if row["valid"] != "True"}
    valid = {u: u not in invalid for u, _ in listing}
    wrong = [u for u, k in listing if valid[u] is not LC_VALID[k]]
    return seconds, len(wrong), _count("valid" if v else "invalid" for v in valid.values())


def _count(values) -> dict[str, int]:
    counts: dict[str, int] = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return dict(sorted(counts.items()))


def scenario(name: str, hosts: int) -> dict:
    port = free_port()
    listing = urls(port, hosts)
    figures: dict = {"scenario": name, "urls": len(listing), "hosts": hosts}
    with tempfile.TemporaryDirectory() as cache_dir, Server(port, 30):
        figures["citekit"] = run_citekit(listing, cache_dir)
        figures["citekit_cached_rerun"] = run_citekit(listing, cache_dir)
    if os.environ.get("CITEKIT_BENCH_SKIP_LINKCHECKER"):
        figures["linkchecker"] = (float("nan"), -1, {})
    else:
        with Server(port, 30):
            figures["linkchecker"] = run_linkchecker(listing)
    print(json.dumps(figures), file=sys.stderr)
    return figures


def report(results: list[dict]) -> str:
    lines = [
        "# check-links benchmark",
        "",
        "300 URLs, 200 ms per answer; 5% hang past the 5 s timeout, 5% 429 then 200, "
        "10% dead, 10% redirect chains. Same server, same run; wall seconds.",
        "",
        "| scenario | citekit (s) | citekit wrong | LinkChecker (s) | LinkChecker wrong "
        "| speed-up | citekit re-run from cache (s) |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in results:
        ck, lc, again = r["citekit"], r["linkchecker"], r["citekit_cached_rerun"]
        lines.append(
            f"| {r['scenario']} | {ck[0]:.1f} | {ck[1]}/300 | {lc[0]:.1f} | {lc[1]}/300 "
            f"| {lc[0] / ck[0]:.1f}x | {again[0]:.2f} |"
        )
    lines += [
        "",
        "citekit statuses: " + "; ".join(f"{r['scenario']}: {r['citekit'][2]}" for r in results),
        "LinkChecker: " + "; ".join(f"{r['scenario']}: {r['linkchecker'][2]}" for r in results),
        "",
        f"Machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}; load average "
        f"{os.getloadavg()[0]:.1f} at the end (other work slows citekit's start-up more "
        f"than LinkChecker's waits); {time.strftime('%Y-%m-%d %H:%M')}.",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    results = [scenario("30 hosts", 30), scenario("1 host", 1)]
    text = report(results)
    (HERE / "RESULTS.md").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
