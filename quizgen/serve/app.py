"""The Starlette application: the JSON API, the teacher's pages and their static files, behind the Guard."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from ..errors import QuizgenError
from . import api, pages
from .security import Guard
from .store import Store

STATIC = Path(__file__).parent / "static"


def create_app(data_dir: Path, *, host: str = "127.0.0.1", allow_private_urls: bool = False) -> Starlette:
    """The app over the quizzes in `data_dir`; `host` is the address it is served on (for the Host check)."""
    store = Store(data_dir)
    app = Starlette(
        routes=[*api.ROUTES, *pages.ROUTES, Mount("/static", StaticFiles(directory=STATIC), name="static")],
        middleware=[Middleware(Guard, host=host)],
        exception_handlers={QuizgenError: _user_error, HTTPException: _http_error, Exception: _bug},
    )
    app.state.store = store
    app.state.allow_private_urls = allow_private_urls
    app.state.settings = SimpleNamespace(data_dir=Path(data_dir), host=host)
    return app


# Starlette types every handler as taking any Exception; each is registered for one class, narrowed below.
async def _user_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, QuizgenError)
    if request.url.path.startswith("/api/"):
        return api.error_response(error)
    return pages.error_page(request, api.status_of(error), str(error))


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, HTTPException)
    message = {404: "there is nothing at this address.", 405: f"{request.method} is not allowed here."}.get(
        error.status_code, str(error.detail)
    )
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": message}, status_code=error.status_code)
    return pages.error_page(request, error.status_code, message)


async def _bug(request: Request, error: Exception) -> Response:
    # A bug in quizgen, not the user's mistake: no traceback to the client; the server log has it.
    return JSONResponse(
        {"error": "quizgen failed on this request (a bug); the server's terminal shows the details."}, status_code=500
    )
