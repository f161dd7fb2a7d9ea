"""Articles at a web address (http:// or https://), fetched once, with a timeout and a size limit.

Only the standard library is used (urllib). A page that cannot be had gives an ArticleError
that says why (offline, no such host, refused, not found, too slow, too big) and what to do
instead: save the page from the browser and pass the .html file.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from email.message import Message
from http.client import HTTPMessage
from typing import IO

from ..errors import ArticleError
from .decoding import MAX_HTML_BYTES as MAX_PAGE_BYTES  # a saved page with its scripts inline is a few MB

TIMEOUT = 15.0  # seconds to connect and between bytes received
USER_AGENT = "quizgen (+https://pypi.org/project/quizgen/)"
SAVE_INSTEAD = "Or save the page from your browser (File > Save Page As) and pass the .html file."


@dataclass(frozen=True)
class Page:
    data: bytes
    content_type: str  # "text/html", "text/plain", ... ("" when the server does not say)
    charset: str | None
    url: str  # after redirects


def is_url(source: str) -> bool:
    return source[:8].lower().startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float | None = None, limit: int | None = None, public_only: bool = False) -> Page:
    """The bytes at `url`, or an ArticleError naming what went wrong (defaults: TIMEOUT, MAX_PAGE_BYTES).

    `public_only` refuses addresses on this machine or the local network, at every redirect:
    what a server (`quizgen serve`) fetching addresses typed by others must do.
    """
    timeout = TIMEOUT if timeout is None else timeout
    limit = MAX_PAGE_BYTES if limit is None else limit
    if not is_url(url):
        raise ArticleError(f"{url}: only http:// and https:// addresses can be fetched.")
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "text/html, text/*;q=0.9"})
    opener = urllib.request.build_opener(_PublicRedirects) if public_only else urllib.request.build_opener()
    try:
        if public_only:
            refuse_private(url)
        with opener.open(request, timeout=timeout) as response:  # noqa: S310 (http/https checked by is_url)
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise _too_big(url, limit)
            data = response.read(limit + 1)
            if len(data) > limit:
                raise _too_big(url, limit)
            headers: Message = response.headers
            return Page(
                data,
                headers.get_content_type() if headers.get("Content-Type") else "",
                headers.get_content_charset(),
                response.geturl(),
            )
    except urllib.error.HTTPError as exc:
        raise ArticleError(
            f"{url}: the server answered {exc.code} {exc.reason}. "
            "Check the address in a browser; if the page needs a login or refuses programs, "
            "save it from the browser (File > Save Page As) and pass the .html file."
        ) from None
    except urllib.error.URLError as exc:
        raise ArticleError(
            f"{url}: could not connect ({_reason(exc.reason)}). "
            f"Check the address and that you are online. {SAVE_INSTEAD}"
        ) from None
    except TimeoutError:  # socket.timeout is its alias
        raise ArticleError(f"{url}: no answer within {timeout:g} seconds. Try again later. {SAVE_INSTEAD}") from None
    except (ValueError, OSError) as exc:  # a malformed address, a connection reset mid-page
        raise ArticleError(f"{url}: could not fetch the page ({exc}). {SAVE_INSTEAD}") from None


def refuse_private(url: str) -> None:
    """Raise ArticleError unless every address `url`'s host resolves to is a public one."""
    host = urllib.parse.urlsplit(url).hostname or ""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError):
        raise ArticleError(f"{url}: could not connect (no such host, or no network). {SAVE_INSTEAD}") from None
    for *_, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]).split("%")[0])  # str for IPv4/IPv6 (typeshed allows int)
        if not address.is_global or address.is_multicast:
            raise ArticleError(
                f"{url}: {address} is on this computer or the local network, and addresses there "
                f"are refused. {SAVE_INSTEAD}"
            )


class _PublicRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another public http(s) address."""

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str, headers: HTTPMessage, newurl: str
    ) -> urllib.request.Request | None:
        if not is_url(newurl):
            raise ArticleError(f"{req.full_url}: redirected to {newurl}, which is not an http(s) address.")
        refuse_private(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _reason(reason: str | BaseException) -> str:
    if isinstance(reason, socket.gaierror):
        return "no such host, or no network"
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused"
    if isinstance(reason, TimeoutError):
        return "timed out"
    return str(getattr(reason, "strerror", None) or reason)


def _too_big(url: str, limit: int) -> ArticleError:
    return ArticleError(f"{url}: the page is over {limit // 1_000_000} MB, too big to be one article. {SAVE_INSTEAD}")
