"""`quizgen serve`: a local web app in which a teacher makes, reviews, edits and downloads quizzes.

    store.py         the quizzes in one SQLite file in the data folder, versioned schema
    making.py        reading articles and the teacher's changes, over the library's pipeline
    editing.py       an edited question validated by the quiz models, problems by field
    security.py      Host check, cross-site refusal, body limit, security headers
    api.py           the JSON API (/api/quizzes...)
    pages.py         the server-rendered pages (templates in quizgen/templates/serve/)
    article_view.py  the article with the questions' source sentences marked
    app.py           the Starlette app that puts them together

Starlette, uvicorn, python-multipart and platformdirs come with `pip install 'quizgen[serve]'`;
`serve()` says so when they are missing.
"""

from __future__ import annotations

import importlib.util
import socket
import threading
import webbrowser
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import QuizgenError

NEEDED = {
    "starlette": "starlette",
    "uvicorn": "uvicorn",
    "multipart": "python-multipart",
    "platformdirs": "platformdirs",
}


class MissingExtra(QuizgenError):
    """The web server's packages are not installed."""


def check_available() -> None:
    missing = [package for module, package in NEEDED.items() if importlib.util.find_spec(module) is None]
    if missing:
        raise MissingExtra(f"quizgen serve needs {', '.join(missing)}. Install them with: pip install 'quizgen[serve]'")


def serve(
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    data_dir: Path | None = None,
    open_browser: bool = True,
    allow_private_urls: bool = False,
    say: Callable[[str], None] = print,
    warn: Callable[[str], None] = print,
) -> None:
    """Serve the app until Ctrl-C; `say` gets the address, `warn` the warning for a non-local host."""
    check_available()
    import uvicorn

    from .app import create_app
    from .security import is_loopback
    from .store import default_data_dir

    data_dir = Path(data_dir) if data_dir else default_data_dir()
    app = create_app(data_dir, host=host, allow_private_urls=allow_private_urls)
    sock = _bind(host, port)
    shown_host = f"[{host}]" if ":" in host else host
    address = f"http://{shown_host}:{sock.getsockname()[1]}/"
    if not is_loopback(host):
        warn(
            f"serving on {host}: anyone who can reach this computer on the network can open, change and delete "
            "these quizzes. Use the default --host 127.0.0.1 to keep them to this computer."
        )
    say(f"quizgen serve: {address} (quizzes in {data_dir}); press Ctrl-C to stop.")
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, timeout_graceful_shutdown=5))
    if open_browser:
        threading.Timer(0.5, webbrowser.open, args=(address.replace("0.0.0.0", "127.0.0.1"),)).start()
    server.run(sockets=[sock])


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except OSError as exc:
        sock.close()
        if exc.errno in (98, 48, 10048):  # address in use (Linux, macOS, Windows)
            raise QuizgenError(
                f"port {port} on {host} is already in use (another quizgen serve?). "
                "Stop it, or choose another port with --port."
            ) from None
        raise QuizgenError(
            f"cannot serve on {host}:{port}: {exc.strerror or exc}. Check --host is an address of this computer."
        ) from None
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


class Running:
    """The app served by uvicorn in a background thread (tests, the benchmark, the screenshot script).

    with Running(data_dir) as url: ...   # url is http://127.0.0.1:<a free port>
    """

    def __init__(self, data_dir: Path, **options: Any) -> None:
        self.data_dir, self.options = Path(data_dir), options

    def __enter__(self) -> str:
        import uvicorn

        from .app import create_app

        sock = _bind("127.0.0.1", 0)
        config = uvicorn.Config(create_app(self.data_dir, **self.options), log_level="warning", access_log=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [sock]}, daemon=True)
        self.thread.start()
        while not self.server.started and self.thread.is_alive():
            threading.Event().wait(0.02)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
