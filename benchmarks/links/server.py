"""A loopback web server that plays the benchmark's links: slow, hanging, rate-limited, dead.

Every answer takes DELAY seconds (200 ms). Paths say what to do:

    /ok/N          200 HTML page
    /dead/N        404
    /hang/N        answers only after HANG seconds (past the checkers' 5 s timeout)
    /limit/N       429 with Retry-After: 1 the first time, then 200
    /perm/N/a      301 -> /perm/N/b -> 301 -> /perm/N/final (200): a permanent chain
    /temp/N/a      302 -> /temp/N/final (200): a temporary redirect
    /robots.txt    allow everything

Run: python server.py --hosts 30 --port 8765  (binds 127.0.0.1 .. 127.0.0.30)
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DELAY = 0.2
HANG = 8.0
PAGE = "<html><head><title>Report {n}</title></head><body><p>Report {n}</p></body></html>"


class _State:
    lock = threading.Lock()
    limited: set[str] = set()  # (host, path) that already got their 429


class Handler(BaseHTTPRequestHandler):
    """Answers by path; HTTP/1.1 keep-alive like a real server."""

    protocol_version = "HTTP/1.1"

    def do_HEAD(self) -> None:  # noqa: N802 (the http.server naming)
        self._answer(body=False)

    def do_GET(self) -> None:  # noqa: N802
        self._answer(body=True)

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        """Quiet: 600 lines per run help nobody."""

    def _answer(self, *, body: bool) -> None:
        path = self.path.split("?")[0]
        kind = path.strip("/").split("/")[0] if path != "/robots.txt" else "robots"
        time.sleep(HANG if kind == "hang" else DELAY)
        status, headers, text = self._route(kind, path)
        data = text.encode()
        self.send_response(status)
        for name, value in {**headers, "Content-Length": str(len(data))}.items():
            self.send_header(name, value)
        try:
            self.end_headers()
            if body:
                self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the checker gave up on a hanging answer: that is the point of it

    def _route(self, kind: str, path: str) -> tuple[int, dict[str, str], str]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if kind == "robots":
            return 200, {"Content-Type": "text/plain"}, "User-agent: *\nAllow: /\n"
        if kind == "dead":
            return 404, html, "<title>404 Not Found</title>"
        if kind == "limit" and self._first_time(path):
            return 429, {**html, "Retry-After": "1"}, "<title>Too Many Requests</title>"
        if kind in ("perm", "temp") and not path.endswith("/final"):
            step = (
                {"/a": ("/b", 301), "/b": ("/final", 301)}
                if kind == "perm"
                else {"/a": ("/final", 302)}
            )
            there, code = step[path[path.rfind("/") :]]
            return code, {"Location": path[: path.rfind("/")] + there}, ""
        return 200, html, PAGE.format(n=path)

    def _first_time(self, path: str) -> bool:
        key = f"{self.server.server_address[0]}{path}"
        with _State.lock:
            if key in _State.limited:
                return False
            _State.limited.add(key)
            return True


def serve(hosts: int, port: int) -> list[ThreadingHTTPServer]:
    """Start one server per loopback address 127.0.0.1 .. 127.0.0.HOSTS on PORT."""
    servers = []
    for i in range(1, hosts + 1):
        server = ThreadingHTTPServer((f"127.0.0.{i}", port), Handler)
        server.daemon_threads = True
        server.request_queue_size = 512
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
    return servers


def main() -> None:
    """Serve until stdin closes (the benchmark driver owns the process)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=30)
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    serve(args.hosts, args.port)
    print("ready", flush=True)
    sys.stdin.read()


if __name__ == "__main__":
    main()
