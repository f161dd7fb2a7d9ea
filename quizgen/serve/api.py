"""The JSON API: make, list, read, edit, delete and export quizzes.

    POST   /api/quizzes                       {"text"|"url": ..., "count"?, "seed"?} or a form with `file`
    GET    /api/quizzes                       {"quizzes": [{"id", "name", "title", "questions", ...}]}
    GET    /api/quizzes/{id}                  {"id", "name", "quiz"}
    PUT    /api/quizzes/{id}                  {"quiz": <edited quiz>} (and/or "name")
    DELETE /api/quizzes/{id}
    GET    /api/quizzes/{id}/export/{format}  ?versions=2&paper=letter&word_bank=0&large_print=1&dyslexia_friendly=1

Every user error is a 4xx answer `{"error": "..."}` (and `problems` for an invalid edit).
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import QueryParams, State
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from ..errors import QuizgenError
from ..exporters import FORMATS, MAX_VERSIONS, PAPERS, ExportOptions
from . import making
from .editing import InvalidQuiz, replace_quiz
from .store import Record, Store, StoreError, UnknownQuiz

TRUE_WORDS, FALSE_WORDS = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


class BadRequest(QuizgenError):
    """The request itself is malformed (not JSON, a missing or mistyped field)."""


def status_of(error: QuizgenError) -> int:
    if isinstance(error, BadRequest):
        return 400
    if isinstance(error, UnknownQuiz):
        return 404
    if isinstance(error, StoreError):
        return 503
    return 422  # an article, an edit or an option the library refused


def error_response(error: QuizgenError) -> JSONResponse:
    body: dict[str, Any] = {"error": str(error)}
    if isinstance(error, InvalidQuiz):
        body["problems"] = [p.as_json() for p in error.problems]
    return JSONResponse(body, status_code=status_of(error))


def record_json(record: Record) -> dict[str, Any]:
    return {
        "id": record.id,
        "name": record.name,
        "created": record.created,
        "updated": record.updated,
        "quiz": record.quiz.model_dump(mode="json"),
        "dropped": len(record.dropped),
        "more": len(record.pool),
    }


async def create(request: Request) -> Response:
    content_type = request.headers.get("content-type", "")
    if content_type.startswith(("multipart/form-data", "application/x-www-form-urlencoded")):
        form = await request.form()
        upload = form.get("file")
        fields: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str)}
        if upload is not None and not isinstance(upload, str):
            fields["file"] = (upload.filename or "upload.txt", await upload.read())
    else:
        fields = await json_body(request)
    record = await run_in_threadpool(make_record, request.app.state, fields)
    return JSONResponse(record_json(record), status_code=201, headers={"Location": f"/api/quizzes/{record.id}"})


def make_record(state: State, fields: dict[str, Any]) -> Record:
    """A new stored quiz from the fields of a request (text, url or file; count, seed)."""
    count, seed = optional_int(fields, "count"), optional_int(fields, "seed")
    if count is not None and not 1 <= count <= making.MAX_COUNT:
        raise BadRequest(f'"count" must be 1 to {making.MAX_COUNT}, not {count}')
    text, url, upload = fields.get("text"), fields.get("url"), fields.get("file")
    given = [name for name, value in (("text", text), ("url", url), ("file", upload)) if value]
    if len(given) != 1:
        raise BadRequest(
            'give exactly one of "text" (the article), "url" (its address) or a "file" upload'
            + (f"; got {', '.join(given)}" if given else "")
        )
    if text is not None and not isinstance(text, str) or url is not None and not isinstance(url, str):
        raise BadRequest('"text" and "url" must be strings')
    if upload and not isinstance(upload, tuple):  # "file" in JSON or a url-encoded form: text, not a file
        raise BadRequest('"file" must be a file upload (multipart/form-data); send an article\'s text as "text"')
    if upload:
        article = making.article_from_upload(*upload)
    elif url:
        article = making.article_from_url(url, allow_private=state.allow_private_urls)
    else:
        assert text is not None  # the one source given
        article = making.article_from_text(text)
    quiz, pool = making.make(article, count=count, seed=seed)
    store: Store = state.store
    return store.add(article, quiz, pool)


async def listing(request: Request) -> Response:
    records = await run_in_threadpool(request.app.state.store.list)
    return JSONResponse({"quizzes": [r.summary() for r in records]})


async def read(request: Request) -> Response:
    record = await run_in_threadpool(request.app.state.store.get, request.path_params["id"])
    return JSONResponse(record_json(record))


async def edit(request: Request) -> Response:
    body = await json_body(request)
    if "quiz" not in body and "name" not in body:
        raise BadRequest('send {"quiz": <the edited quiz>} (and/or "name": a new name)')

    def change(record: Record) -> Record:
        if "name" in body:
            if not isinstance(body["name"], str):
                raise BadRequest('"name" must be a string')
            record = making.rename(record, body["name"])
        return replace_quiz(record, body["quiz"]) if "quiz" in body else record

    record = await run_in_threadpool(request.app.state.store.update, request.path_params["id"], change)
    return JSONResponse(record_json(record))


async def delete(request: Request) -> Response:
    await run_in_threadpool(request.app.state.store.delete, request.path_params["id"])
    return Response(status_code=204)


async def export(request: Request) -> Response:
    fmt = request.path_params["format"]
    if fmt not in FORMATS:
        return JSONResponse({"error": f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}"}, status_code=404)
    options = export_options(request.query_params)
    record = await run_in_threadpool(request.app.state.store.get, request.path_params["id"])
    return await download(record, fmt, options)


async def download(record: Record, fmt: str, options: ExportOptions) -> Response:
    name, data, notes = await run_in_threadpool(making.export_file, record.quiz, fmt, options)
    headers = {"Content-Disposition": f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"}
    if notes:  # e.g. Kahoot leaves out what it cannot show; the page and scripts can tell the teacher
        headers["X-Quizgen-Warnings"] = quote(" | ".join(notes))
    return Response(data, media_type=making.media_type(fmt), headers=headers)


def export_options(params: QueryParams) -> ExportOptions:
    """Worksheet options from query parameters (the CLI's option names, with underscores)."""
    unknown = set(params) - {"versions", "paper", "word_bank", "large_print", "dyslexia_friendly", "format"}
    if unknown:
        raise BadRequest(
            f"unknown option {sorted(unknown)[0]!r}; the options are versions, paper, word_bank, "
            "large_print and dyslexia_friendly"
        )
    versions = _last(params, "versions") or "1"
    if not versions.isdigit() or not 1 <= int(versions) <= MAX_VERSIONS:
        raise BadRequest(f"versions must be a number from 1 to {MAX_VERSIONS}, not {versions!r}")
    paper = _last(params, "paper") or "a4"
    if paper not in PAPERS:
        raise BadRequest(f"paper must be one of {', '.join(PAPERS)}, not {paper!r}")
    return ExportOptions(
        versions=int(versions),
        paper=paper,
        word_bank=_flag(params, "word_bank", True),
        large_print=_flag(params, "large_print", False),
        dyslexia_friendly=_flag(params, "dyslexia_friendly", False),
    )


async def json_body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        body = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BadRequest(f"the request body is not valid JSON ({exc}). Send a JSON object.") from None
    except RecursionError:
        raise BadRequest("the request body is nested too deeply to be a quiz") from None
    if not isinstance(body, dict):
        raise BadRequest("the request body must be a JSON object")
    return body


def optional_int(fields: dict[str, Any], name: str) -> int | None:
    value = fields.get(name)
    if value in (None, ""):
        return None
    whole = isinstance(value, int) and not isinstance(value, bool)
    if not whole and not (isinstance(value, str) and value.strip().lstrip("-").isdigit()):
        raise BadRequest(f'"{name}" must be a whole number, not {value!r}')
    number = int(value)
    if abs(number) >= 2**63:
        raise BadRequest(f'"{name}" is too large')
    return number


def _last(params: QueryParams, name: str) -> str | None:
    values = params.getlist(name)
    return values[-1] if values else None


def _flag(params: QueryParams, name: str, default: bool) -> bool:
    value = (_last(params, name) or "").lower()
    if not value:
        return default
    if value in TRUE_WORDS or value in FALSE_WORDS:
        return value in TRUE_WORDS
    raise BadRequest(f"{name} must be 1 or 0 (true or false), not {value!r}")


ROUTES = [
    Route("/api/quizzes", create, methods=["POST"]),
    Route("/api/quizzes", listing, methods=["GET"]),
    Route("/api/quizzes/{id}", read, methods=["GET"]),
    Route("/api/quizzes/{id}", edit, methods=["PUT"]),
    Route("/api/quizzes/{id}", delete, methods=["DELETE"]),
    Route("/api/quizzes/{id}/export/{format}", export, methods=["GET"]),
]
