"""A raw-socket web server on 127.0.0.1 that misbehaves on purpose, one way per path.

Raw sockets, because the faults are below what a web framework lets one write: headers
dripped a byte at a time, a reset instead of an answer, bytes that are not HTTP, a
Location in Latin-1. Each request is served on its own thread; the server counts the
requests in flight (the most at once is `peak`) and logs (method, path).
"""

from __future__ import annotations

import gzip
import socket
import ssl
import struct
import threading
import time
from collections.abc import Callable
from pathlib import Path

HTML = b"Content-Type: text/html; charset=utf-8\r\n"
PDF = b"Content-Type: application/pdf\r\n"
GIB = 1 << 30
DRIP_SECONDS = 0.1  # between two bytes of a drip
HOLD_SECONDS = 20.0  # how long a hanging answer hangs (far past every test timeout)
DATA = Path(__file__).resolve().parent / "data"
CA_VARIABLES = ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE", "SSL_CERT_FILE", "SSL_CERT_DIR")


class Incoming:
    """One request as the handler sees it: method, path, the socket to answer on."""

    def __init__(self, sock: socket.socket, method: str, path: str, server: Hostile) -> None:
        self.sock = sock
        self.method = method
        self.path = path
        self.server = server
        self._left = False

    def leave(self) -> None:
        """From now on the request no longer counts as in flight (its answer is on its way)."""
        if not self._left:
            self._left = True
            self.server.leaving()

    def send(self, data: bytes) -> bool:
        """Send DATA; False once the client has gone."""
        try:
            self.sock.sendall(data)
        except OSError:
            return False
        return True

    def answer(self, status: str, headers: bytes = b"", body: bytes = b"") -> None:
        """A whole answer, counted out of the in-flight requests before it is sent."""
        self.leave()
        length = f"Content-Length: {len(body)}\r\n".encode()
        head = f"HTTP/1.1 {status}\r\n".encode() + headers + length + b"Connection: close\r\n"
        self.send(head + b"\r\n" + (body if self.method != "HEAD" else b""))

    def drip(self, data: bytes, seconds: float = HOLD_SECONDS) -> None:
        """Send DATA a byte at a time, DRIP_SECONDS apart, for SECONDS at most."""
        ends = time.monotonic() + seconds
        for byte in data:
            if time.monotonic() > ends or not self.send(bytes([byte])):
                return
            time.sleep(DRIP_SECONDS)

    def hold(self) -> None:
        """Answer nothing until the client gives up (or HOLD_SECONDS pass)."""
        self.sock.settimeout(HOLD_SECONDS)
        try:
            while self.sock.recv(1024):
                pass
        except OSError:
            pass

    def stream(self, status: str, headers: bytes, size: int, piece: bytes) -> None:
        """A body of SIZE bytes made of PIECE, sent until done or the client goes."""
        head = f"HTTP/1.1 {status}\r\n".encode() + headers
        self.send(head + f"Content-Length: {size}\r\nConnection: close\r\n\r\n".encode())
        sent = 0
        while sent < size and self.method != "HEAD" and self.send(piece):
            sent += len(piece)


Route = Callable[[Incoming], None]


class Hostile:
    """The server: start(), url(path), stop(); ROUTES by path ("/dir/*": any file of /dir)."""

    def __init__(self, routes: dict[str, Route], *, tls: bool = False) -> None:
        self.routes = routes
        self.listener = socket.create_server(("127.0.0.1", 0), backlog=256)
        self.port = self.listener.getsockname()[1]
        self.scheme = "https" if tls else "http"
        self.context = _tls_context() if tls else None
        self.log: list[tuple[str, str]] = []
        self.peak = 0
        self._inflight = 0
        self._lock = threading.Lock()
        self._stopped = False

    def url(self, path: str) -> str:
        """The address of PATH on this server."""
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def start(self) -> Hostile:
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def stop(self) -> None:
        self._stopped = True
        self.listener.close()

    def leaving(self) -> None:
        """The request being answered no longer counts as in flight."""
        with self._lock:
            self._inflight -= 1

    def _accept(self) -> None:
        while not self._stopped:
            try:
                sock, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(sock,), daemon=True).start()

    def _serve(self, sock: socket.socket) -> None:
        try:
            if self.context is not None:
                sock = self.context.wrap_socket(sock, server_side=True)
            method, path = _request_line(sock)
        except (OSError, ValueError):
            sock.close()
            return
        with self._lock:
            self._inflight += 1
            self.peak = max(self.peak, self._inflight)
            self.log.append((method, path))
        incoming = Incoming(sock, method, path, self)
        bare = path.split("?")[0]  # "/dir/*" serves every file of /dir
        route = self.routes.get(bare) or self.routes.get(bare.rsplit("/", 1)[0] + "/*", not_found)
        try:
            route(incoming)
        finally:
            incoming.leave()
            sock.close()

    def methods(self, path: str) -> list[str]:
        """The methods of the requests for PATH, in order."""
        return [m for m, p in self.log if p == path]


def _request_line(sock: socket.socket) -> tuple[str, str]:
    sock.settimeout(10)
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(4096)
        if not chunk or len(data) > 65536:
            raise ValueError("no request")
        data += chunk
    method, path, _ = data.split(b"\r\n", 1)[0].decode("latin-1").split(" ", 2)
    return method, path


def _tls_context() -> ssl.SSLContext:
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(DATA / "selfsigned.pem", DATA / "selfsigned.key")
    return context


# --- the routes -------------------------------------------------------------------------


def not_found(ex: Incoming) -> None:
    ex.answer("404 Not Found", HTML, b"<title>404</title>")


def ok(ex: Incoming) -> None:
    ex.answer("200 OK", HTML, b"<html><title>A fine page</title></html>")


def pdf(ex: Incoming) -> None:
    ex.answer("200 OK", PDF, b"%PDF-1.4")


def slowloris(ex: Incoming) -> None:
    ex.send(b"HTTP/1.1 200 OK\r\n")
    ex.drip(b"X-Slow: " + b"a" * 10_000)


def drip_body(ex: Incoming) -> None:
    if ex.method == "HEAD":
        return ex.answer("405 Method Not Allowed")
    ex.send(b"HTTP/1.1 200 OK\r\n" + HTML + b"Content-Length: 100000\r\n\r\n<title>")
    return ex.drip(b"x" * 100_000)


def huge(ex: Incoming) -> None:
    if ex.method == "HEAD":
        return ex.answer("405 Method Not Allowed")
    return ex.stream("200 OK", HTML, GIB, b"<p>" + b"a" * 65_533)


def huge_redirect(ex: Incoming) -> None:
    ex.stream("302 Found", b"Location: /ok\r\n" + HTML, GIB, b"b" * 65_536)


def huge_404(ex: Incoming) -> None:
    ex.stream("404 Not Found", HTML, GIB, b"c" * 65_536)


def _bomb() -> bytes:
    """1 GiB of zeros as 64 gzip members of 16 MiB each (about 1 MB on the wire)."""
    member = gzip.compress(b"\0" * (16 << 20), compresslevel=9)
    return member * 64


BOMB = _bomb()


def gzip_bomb(ex: Incoming) -> None:
    if ex.method == "HEAD":
        return ex.answer("405 Method Not Allowed")
    return ex.answer("200 OK", HTML + b"Content-Encoding: gzip\r\n", BOMB)


def redirect(location: bytes, status: str = "302 Found") -> Route:
    def route(ex: Incoming) -> None:
        ex.answer(status, b"Location: " + location + b"\r\n")

    return route


def chain(path: str, count: int) -> dict[str, Route]:
    """PATH/COUNT -> PATH/COUNT-1 -> ... -> PATH/0, a page: COUNT permanent redirects."""
    hops = {
        f"{path}/{i}": redirect(f"{path}/{i - 1}".encode(), "301 Moved")
        for i in range(1, count + 1)
    }
    return hops | {f"{path}/0": ok}


def retry_after_long(ex: Incoming) -> None:
    ex.answer("429 Too Many Requests", b"Retry-After: 86400\r\n")


def reset(ex: Incoming) -> None:
    """Close with an RST: SO_LINGER on, zero seconds."""
    ex.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))


def garbage(ex: Incoming) -> None:
    ex.leave()
    ex.send(b"SSH-2.0-OpenSSH_9.6\r\nthis is not HTTP\r\n\r\n")


def many_headers(ex: Incoming) -> None:
    ex.answer("200 OK", b"".join(b"X-H%d: v\r\n" % i for i in range(150)) + HTML)


def hang(ex: Incoming) -> None:
    """No answer at all, to HEAD or GET."""
    ex.hold()


def head_hangs(ex: Incoming) -> None:
    if ex.method == "HEAD":
        return ex.hold()
    return ex.answer("200 OK", PDF, b"%PDF-1.4")


def page(body: bytes, content_type: bytes) -> Route:
    def route(ex: Incoming) -> None:
        ex.answer("200 OK", b"Content-Type: " + content_type + b"\r\n", body)

    return route


def slow(seconds: float) -> Route:
    """A PDF after SECONDS (to measure how many requests wait at once)."""

    def route(ex: Incoming) -> None:
        time.sleep(seconds)
        ex.answer("200 OK", PDF, b"%PDF-1.4")

    return route


# --- the fault cases: path, route, expected status, words of the expected detail --------

SOFT_404_PAGES = {
    "/soft404/latin1": (
        "<title>Página no encontrada</title>".encode("latin-1"),
        b"text/html; charset=ISO-8859-1",
    ),
    "/soft404/latin1-meta": (
        '<meta charset="iso-8859-1"><title>Page non trouvée</title>'.encode("latin-1"),
        b"text/html",
    ),
    "/soft404/latin1-undeclared": ("<title>Página no encontrada</title>".encode("latin-1"), b""),
    "/soft404/utf16-bom": ("<title>Page not found</title>".encode("utf-16"), b"text/html"),
    "/soft404/utf16-declared": (
        "<title>Página no encontrada</title>".encode("utf-16-le"),
        b"text/html; charset=utf-16",
    ),
    "/soft404/utf16-undeclared": (
        "<html><title>Página no encontrada</title></html>".encode("utf-16-le"),
        b"text/html",
    ),
}


def routes(port: int) -> dict[str, Route]:
    """Every fault, by path, for a server on PORT."""
    faults: dict[str, Route] = {
        "/ok": ok,
        "/pdf": pdf,
        "/slowloris": slowloris,
        "/drip-body": drip_body,
        "/huge": huge,
        "/huge-redirect": huge_redirect,
        "/huge-404": huge_404,
        "/gzip-bomb": gzip_bomb,
        "/loop/a": redirect(b"/loop/b"),
        "/loop/b": redirect(b"/loop/a"),
        "/location/latin1": redirect(b"/caf\xe9"),
        "/caf%E9": ok,
        "/location/ipv6": redirect(b"http://[::1/x"),
        "/location/label": redirect(b"http://" + b"a" * 70 + b".example/"),
        "/to-metadata": redirect(b"http://169.254.169.254/latest/meta-data/"),
        "/to-private": redirect(b"http://10.255.255.1/admin"),
        "/to-mapped": redirect(b"http://[::ffff:169.254.169.254]/latest/"),
        "/to-loopback": redirect(f"http://localhost:{port}/ok".encode()),
        "/retry-after-long": retry_after_long,
        "/reset": reset,
        "/garbage": garbage,
        "/many-headers": many_headers,
        "/head-hangs": head_hangs,
    }
    pages = {path: page(body, kind) for path, (body, kind) in SOFT_404_PAGES.items()}
    return faults | pages | chain("/chain", 5)


# (path, status, words in the detail)
FAULTS = [
    ("/slowloris", "timeout", "no answer within"),
    ("/drip-body", "ok", "200 OK"),
    ("/huge", "ok", "200 OK"),
    ("/huge-redirect", "ok", "302 -> 200"),
    ("/huge-404", "dead", "404 Not Found"),
    ("/gzip-bomb", "ok", "200 OK"),
    ("/loop/a", "error", "too many redirects"),
    ("/chain/5", "redirected", "301 -> 301 -> 301 -> 301 -> 301 -> 200"),
    ("/location/latin1", "ok", "302 -> 200"),
    ("/location/ipv6", "error", "a redirect to a malformed address"),
    ("/location/label", "error", "no valid host name"),
    ("/to-metadata", "error", "link-local address (169.254.169.254) is not followed"),
    ("/to-private", "error", "private address (10.255.255.1) is not followed"),
    ("/to-mapped", "error", "link-local address"),
    ("/to-loopback", "ok", "302 -> 200"),
    ("/retry-after-long", "blocked", "429 Too Many Requests"),
    ("/reset", "error", "the server reset the connection"),
    ("/garbage", "error", "not an HTTP answer"),
    ("/many-headers", "error", "not a valid HTTP answer: got more than 100 headers"),
    ("/head-hangs", "ok", "200 OK"),
    *[(path, "dead", "soft 404: the page says") for path in SOFT_404_PAGES],
]
