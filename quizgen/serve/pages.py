"""The teacher's pages: server-rendered HTML forms over the same store and library calls as the API.

Every change is a form POST answered with a redirect back to the question it changed (so the
browser's back and reload buttons never post twice), or, for an edit the models refuse, the
page again with each problem beside its field (status 422).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import QuizgenError
from ..exporters import FORMATS, MAX_VERSIONS, PAPERS
from ..templating import environment
from . import making
from .api import download, export_options, make_record, status_of
from .article_view import anchors, highlighted_paragraphs
from .editing import InvalidQuiz, field_problems, question_from_form, replace_question
from .store import Record, Store, UnknownQuiz

ACTIONS = {  # question actions: what they do, and what the page then says
    "drop": (making.drop, "Question dropped; it is listed under “Dropped questions” to keep again."),
    "keep": (making.keep, "Question kept again, at the end of the quiz."),
    "up": (lambda record, qid: making.move(record, qid, -1), "Question moved up."),
    "down": (lambda record, qid: making.move(record, qid, 1), "Question moved down."),
}
QUIZ_ACTIONS = {
    "more": (making.more, "More questions added at the end."),
    "shuffle": (making.reshuffle, "The quiz was made again with another seed."),
}
FORMAT_LABELS = {
    "html": "Worksheet (HTML)",
    "pdf": "Worksheet (PDF)",
    "apkg": "Anki deck",
    "gift": "Moodle GIFT",
    "moodle": "Moodle XML",
    "qti": "Canvas QTI",
    "kahoot": "Kahoot spreadsheet",
    "quizlet": "Quizlet text",
    "json": "Quiz JSON",
}


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    html = environment().get_template(f"serve/{name}.html.j2").render(**context)
    return HTMLResponse(html, status_code=status)


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render("error", status, title="Something went wrong", message=message)


async def home(
    request: Request, *, status: int = 200, error: str | None = None, values: dict[str, str] | None = None
) -> HTMLResponse:
    records = await run_in_threadpool(request.app.state.store.list)
    done = "Quiz deleted." if request.query_params.get("deleted") else None
    return render(
        "home",
        status,
        title="quizgen",
        records=records,
        error=error,
        values=values or {},
        max_count=making.MAX_COUNT,
        done=done,
    )


async def create(request: Request) -> Response:
    form = await request.form()
    fields: dict[str, Any] = {k: v for k, v in form.items() if isinstance(v, str) and v.strip()}
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        fields["file"] = (upload.filename, await upload.read())
    for first, later in (("text", ("file", "url")), ("file", ("url",))):  # one source: the first filled in
        if first in fields:
            fields = {k: v for k, v in fields.items() if k not in later}
    try:
        record = await run_in_threadpool(make_record, request.app.state, fields)
    except QuizgenError as error:
        values = {k: v for k, v in fields.items() if k != "file"}
        return await home(request, status=status_of(error), error=str(error), values=values)
    return RedirectResponse(f"/quizzes/{record.id}", status_code=303)


async def quiz_page(request: Request) -> Response:
    record = await run_in_threadpool(request.app.state.store.get, request.path_params["id"])
    return await run_in_threadpool(_quiz_page, record, request.query_params.get("done", ""))


def _quiz_page(
    record: Record,
    done: str = "",
    *,
    status: int = 200,
    editing: str | None = None,
    values: dict[str, str] | None = None,
    problems: dict[str, str] | None = None,
    error: str | None = None,
) -> HTMLResponse:
    notes = {
        **{k: v[1] for k, v in ACTIONS.items()},
        **{k: v[1] for k, v in QUIZ_ACTIONS.items()},
        "edit": "Question saved.",
        "rename": "Quiz renamed.",
        "swap": "Option swapped.",
    }
    paragraphs = highlighted_paragraphs(record.article, record.quiz)
    return render(
        "quiz",
        status,
        title=record.name,
        record=record,
        quiz=record.quiz,
        done=notes.get(done),
        paragraphs=paragraphs,
        anchors=anchors(paragraphs),
        editing=editing,
        values=values or {},
        problems=problems or {},
        error=error,
        formats=_formats(),
        papers=PAPERS,
        max_versions=MAX_VERSIONS,
    )


async def question_action(request: Request) -> Response:
    quiz_id, qid, action = (request.path_params[k] for k in ("id", "qid", "action"))
    form = await request.form()
    store = request.app.state.store
    if action == "edit":
        return await _edit(request, quiz_id, qid, {k: v for k, v in form.items() if isinstance(v, str)})
    if action == "swap":
        change = lambda record: making.swap(record, qid, str(form.get("distractor", "")))  # noqa: E731
    elif action in ACTIONS:
        change = lambda record: ACTIONS[action][0](record, qid)  # noqa: E731
    else:
        return error_page(request, 404, f"there is no question action {action!r}.")
    refused = await _apply(store, quiz_id, change)
    if refused:
        return refused
    anchor = qid if action != "drop" else "dropped"
    return _back(quiz_id, action, qid, anchor)


async def _apply(store: Store, quiz_id: str, change: Callable[[Record], Record]) -> Response | None:
    """Apply `change` to the stored quiz; None when done, else the page again saying why it was refused."""
    try:
        await run_in_threadpool(store.update, quiz_id, change)
    except UnknownQuiz:
        raise
    except QuizgenError as error:  # nothing was saved: the transaction rolled back
        message = str(error)
        record = await run_in_threadpool(store.get, quiz_id)
        return await run_in_threadpool(lambda: _quiz_page(record, status=422, error=message))
    return None


async def _edit(request: Request, quiz_id: str, qid: str, form: dict[str, str]) -> Response:
    store = request.app.state.store

    def change(record: Record) -> Record:
        question = making.find_question(record.quiz.questions, qid)
        return replace_question(record, qid, question_from_form(question, form))

    try:
        await run_in_threadpool(store.update, quiz_id, change)
    except InvalidQuiz as error:
        record = await run_in_threadpool(store.get, quiz_id)
        mine = [p for p in error.problems if p.id == qid] or error.problems
        return await run_in_threadpool(
            lambda: _quiz_page(
                record,
                status=422,
                editing=qid,
                values=form,
                problems=field_problems(mine),
                error=f"Question {mine[0].question} not saved: {'; '.join(p.message for p in mine)}. "
                "Fix the fields marked below.",
            )
        )
    return _back(quiz_id, "edit", qid, qid)


async def quiz_action(request: Request) -> Response:
    quiz_id, action = request.path_params["id"], request.path_params["action"]
    form = await request.form()
    store = request.app.state.store
    if action == "delete":
        await run_in_threadpool(store.delete, quiz_id)
        return RedirectResponse("/?" + urlencode({"deleted": "1"}), status_code=303)
    if action == "rename":
        change = lambda record: making.rename(record, str(form.get("name", "")))  # noqa: E731
    elif action in QUIZ_ACTIONS:
        change = QUIZ_ACTIONS[action][0]
    else:
        return error_page(request, 404, f"there is no quiz action {action!r}.")
    refused = await _apply(store, quiz_id, change)
    if refused:
        return refused
    if form.get("back") == "list":
        return RedirectResponse("/", status_code=303)
    return _back(quiz_id, action, "", "questions" if action != "rename" else "top")


async def download_page(request: Request) -> Response:
    fmt = request.query_params.get("format", "")
    if fmt not in FORMATS:
        return error_page(request, 404, f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    options = export_options(request.query_params)
    record = await run_in_threadpool(request.app.state.store.get, request.path_params["id"])
    return await download(record, fmt, options)


def _back(quiz_id: str, done: str, qid: str, anchor: str) -> RedirectResponse:
    query = urlencode({"done": done, "q": qid} if qid else {"done": done})
    return RedirectResponse(f"/quizzes/{quiz_id}?{query}#{anchor}", status_code=303)


def _formats() -> list[dict[str, str | None]]:
    from ..exporters import check_formats

    shown = []
    for name in FORMAT_LABELS:
        try:
            check_formats([name])
            missing = None
        except QuizgenError as error:
            missing = str(error)
        shown.append(
            {"name": name, "label": FORMAT_LABELS[name], "description": FORMATS[name].description, "missing": missing}
        )
    return shown


ROUTES = [
    Route("/", home, methods=["GET"]),
    Route("/quizzes", create, methods=["POST"]),
    Route("/quizzes/{id}", quiz_page, methods=["GET"]),
    Route("/quizzes/{id}/download", download_page, methods=["GET"]),
    Route("/quizzes/{id}/questions/{qid}/{action}", question_action, methods=["POST"]),
    Route("/quizzes/{id}/{action}", quiz_action, methods=["POST"]),
]
