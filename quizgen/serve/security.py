"""The guard in front of every request: only our own Host, no cross-site writes, bounded bodies.

- Host: a web page elsewhere can point its own name at 127.0.0.1 (DNS rebinding) and so read
  our answers as same-origin; refusing every Host that is not one of our names stops that.
- Writes (POST, PUT, PATCH, DELETE) from a page on another site are refused by their Origin
  (or, without one, by Sec-Fetch-Site): a form on another site cannot post into the app.
  Clients that send neither (curl, scripts, the tests) are not browsers and are let through.
- Bodies are refused over the CLI's article limit (plus room for a form's own bytes).
- Every answer carries headers that keep pages from framing it or running scripts from elsewhere.
"""

from __future__ import annotations

import ipaddress
import json
import socket
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..articles import MAX_BYTES

if TYPE_CHECKING:  # the ASGI protocol's types; the guard itself needs nothing of starlette
    from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY = MAX_BYTES + 64_000  # an article plus the multipart form around it
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"same-origin"),  # "no-referrer" makes Chromium send `Origin: null` on our own forms
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    ),
]


CROSS_SITE = "refused a change sent from another site's page. Use the page at the address `quizgen serve` printed."


class BodyTooLarge(Exception):
    pass


def allowed_names(host: str) -> set[str] | None:
    """The Host names the server answers to when bound to `host`; None: any IP address (a wildcard bind)."""
    if host in ("0.0.0.0", "::", ""):
        return None
    return LOOPBACK_NAMES | {host.lower().strip("[]")}


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class Guard:
    """Pure ASGI middleware (so nothing of the app runs for a refused request)."""

    def __init__(self, app: ASGIApp, *, host: str) -> None:
        self.app = app
        self.names = allowed_names(host)
        self.machine = {socket.gethostname().lower(), f"{socket.gethostname().lower()}.local"}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        refusal = self._refusal(scope, headers)
        if refusal:
            return await _json(send, *refusal)
        length = headers.get("content-length", "")
        if length.isdigit() and int(length) > MAX_BODY:
            return await _json(
                send,
                413,
                f"the request is over {MAX_BYTES // 1_000_000} MB; "
                "articles over 5 MB are refused. Split it into single articles.",
            )
        received = 0
        started = False

        async def bounded_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > MAX_BODY:
                raise BodyTooLarge
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = {**message, "headers": [*message.get("headers", []), *HEADERS]}
            await send(message)

        try:
            await self.app(scope, bounded_receive, secured_send)
        except BodyTooLarge:
            if not started:
                await _json(
                    send, 413, f"the request is over {MAX_BYTES // 1_000_000} MB. Split it into single articles."
                )

    def _refusal(self, scope: Scope, headers: dict[str, str]) -> tuple[int, str] | None:
        host = headers.get("host", "")
        if not self._our_host(host):
            return 400, (
                f"this server does not answer to the name {host!r}. Open it at the address "
                "`quizgen serve` printed (http://127.0.0.1:PORT)."
            )
        if scope["method"] in UNSAFE:
            origin = headers.get("origin")
            cross_site = (
                _netloc(origin) != host.lower()
                if origin is not None
                else headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none")
            )
            if cross_site:
                return 403, CROSS_SITE
        return None

    def _our_host(self, host: str) -> bool:
        name = _host_name(host)
        if not name:
            return False
        if self.names is None:  # bound to every interface: IP addresses and this machine's names
            return _is_ip(name) or name in LOOPBACK_NAMES or name in self.machine
        return name in self.names


def _host_name(host: str) -> str:
    try:
        return (urlsplit(f"//{host}").hostname or "").lower()
    except ValueError:
        return ""


def _netloc(origin: str) -> str | None:
    try:
        parts = urlsplit(origin)
    except ValueError:
        return None
    return parts.netloc.lower() if parts.scheme in ("http", "https") else None


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


async def _json(send: Send, status: int, error: str) -> None:
    body = json.dumps({"error": error}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()), *HEADERS],
        }
    )
    await send({"type": "http.response.body", "body": body})
