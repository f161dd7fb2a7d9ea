"""The teacher's page through its forms (no browser): every action answers with the page as the
teacher would next see it, and a refused action says why without changing anything."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from serve_helpers import ORIGIN, article_text, client

from quizgen.cli import cli

FORM = {"origin": ORIGIN}


@pytest.fixture
def site(tmp_path):
    api = client(tmp_path)
    made = api.post("/api/quizzes", json={"text": article_text(), "count": 6, "seed": 5}).json()
    return api, made["id"]


def quiz(api, quiz_id):
    return api.get(f"/api/quizzes/{quiz_id}").json()


def post(api, path, **data):
    return api.post(path, data=data, headers=FORM, follow_redirects=True)


def test_make_from_the_form_and_see_the_article_with_its_sources(tmp_path):
    api = client(tmp_path)
    answer = post(api, "/quizzes", text=article_text(), count="5")
    assert answer.status_code == 200 and re.search(r"/quizzes/[0-9a-f]+$", str(answer.url))
    assert "5 questions" in answer.text
    assert answer.text.count("(source of question") >= 3  # highlighted sentences say which question


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ({"text": "   "}, "give exactly one of"),
        ({"text": "Hello there."}, "no question passed the checks"),
        ({"url": "http://192.168.1.1/"}, "local network"),
        ({"text": "x", "count": "many"}, "must be a whole number"),
    ],
)
def test_a_refused_article_is_explained_on_the_page_with_the_text_kept(tmp_path, data, words):
    answer = client(tmp_path).post("/quizzes", data=data, headers=FORM)
    assert 400 <= answer.status_code < 500
    assert words in answer.text and 'role="alert"' in answer.text


def test_pasted_text_wins_over_an_address_also_given(tmp_path):
    answer = post(client(tmp_path), "/quizzes", text=article_text(), url="http://10.0.0.1/")
    assert answer.status_code == 200 and "/quizzes/" in str(answer.url)


def test_move_swap_more_and_keep(site):
    api, quiz_id = site
    first, second = (q["id"] for q in quiz(api, quiz_id)["quiz"]["questions"][:2])
    assert post(api, f"/quizzes/{quiz_id}/questions/{first}/down").status_code == 200
    assert [q["id"] for q in quiz(api, quiz_id)["quiz"]["questions"][:2]] == [second, first]

    choice = next(q for q in quiz(api, quiz_id)["quiz"]["questions"] if q["type"] == "multiple_choice")
    old = next(c for c in choice["choices"] if c != choice["answer"])
    assert post(api, f"/quizzes/{quiz_id}/questions/{choice['id']}/swap", distractor=old).status_code == 200
    swapped = next(q for q in quiz(api, quiz_id)["quiz"]["questions"] if q["id"] == choice["id"])
    assert old not in swapped["choices"] and swapped["answer"] == choice["answer"]
    assert len(swapped["choices"]) == len(choice["choices"])

    before = quiz(api, quiz_id)
    assert before["more"] >= 3  # a 6-question quiz of an article that gives 11
    post(api, f"/quizzes/{quiz_id}/more")
    after = quiz(api, quiz_id)
    assert len(after["quiz"]["questions"]) == len(before["quiz"]["questions"]) + 3
    assert after["more"] == before["more"] - 3

    post(api, f"/quizzes/{quiz_id}/questions/{first}/drop")
    assert first not in [q["id"] for q in quiz(api, quiz_id)["quiz"]["questions"]]
    post(api, f"/quizzes/{quiz_id}/questions/{first}/keep")
    assert quiz(api, quiz_id)["quiz"]["questions"][-1]["id"] == first


def test_swapping_the_answer_is_refused(site):
    api, quiz_id = site
    choice = next(q for q in quiz(api, quiz_id)["quiz"]["questions"] if q["type"] == "multiple_choice")
    answer = api.post(
        f"/quizzes/{quiz_id}/questions/{choice['id']}/swap", data={"distractor": choice["answer"]}, headers=FORM
    )
    assert answer.status_code == 422 and "the answer cannot be swapped" in answer.text


def test_shuffle_gives_another_seed_and_as_many_questions(site):
    api, quiz_id = site
    before = quiz(api, quiz_id)["quiz"]
    post(api, f"/quizzes/{quiz_id}/shuffle")
    after = quiz(api, quiz_id)["quiz"]
    assert after["seed"] != before["seed"] and len(after["questions"]) == len(before["questions"])


def test_dropping_the_last_question_is_refused(tmp_path):
    api = client(tmp_path)
    made = api.post("/api/quizzes", json={"text": article_text(), "count": 1}).json()
    only = made["quiz"]["questions"][0]["id"]
    answer = api.post(f"/quizzes/{made['id']}/questions/{only}/drop", headers=FORM)
    assert answer.status_code == 422 and "at least one question" in answer.text
    assert len(quiz(api, made["id"])["quiz"]["questions"]) == 1


def test_an_invalid_edit_shows_the_problem_beside_the_field(site):
    api, quiz_id = site
    question = next(q for q in quiz(api, quiz_id)["quiz"]["questions"] if q["type"] == "multiple_choice")
    form = {
        "prompt": question["prompt"],
        "answer": "0",
        **{f"choice-{i}": question["choices"][0] for i in range(len(question["choices"]))},
    }
    answer = api.post(f"/quizzes/{quiz_id}/questions/{question['id']}/edit", data=form, headers=FORM)
    assert answer.status_code == 422
    fieldset = re.search(
        rf'<fieldset class="field invalid" aria-describedby="{question["id"]}-problem-options">.*?</fieldset>',
        answer.text,
        re.S,
    )
    assert fieldset and "choices must be distinct" in fieldset.group(0)


def test_rename_and_delete_from_the_list(site):
    api, quiz_id = site
    listing = post(api, f"/quizzes/{quiz_id}/rename", name="Week 3 <b>news</b>", back="list")
    assert "Week 3 &lt;b&gt;news&lt;/b&gt;" in listing.text
    gone = post(api, f"/quizzes/{quiz_id}/delete")
    assert "Quiz deleted." in gone.text and quiz_id not in gone.text
    assert api.get(f"/quizzes/{quiz_id}").status_code == 404


def test_download_from_the_page(site):
    api, quiz_id = site
    answer = api.get(
        f"/quizzes/{quiz_id}/download", params={"format": "gift", "versions": "1", "word_bank": ["0", "1"]}
    )
    assert answer.status_code == 200 and answer.headers["content-disposition"].startswith("attachment;")
    assert api.get(f"/quizzes/{quiz_id}/download", params={"format": "doc"}).status_code == 404


def test_serve_without_its_extra_says_what_to_install(monkeypatch):
    monkeypatch.setattr("quizgen.serve.NEEDED", {"no_such_module_for_quizgen": "uvicorn"})
    result = CliRunner().invoke(cli, ["serve", "--no-browser"])
    assert result.exit_code == 1
    assert (
        result.output.strip() == "Error: quizgen serve needs uvicorn. Install them with: pip install 'quizgen[serve]'"
    )


def test_serve_on_a_busy_port_is_a_clean_error(tmp_path):
    import socket

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--no-browser", "--port", str(port), "--data-dir", str(tmp_path)])
    assert result.exit_code == 1 and f"port {port} on 127.0.0.1 is already in use" in result.output


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=0, max_size=400)
    | st.sampled_from(["<html><body><p>Hi.</p></body></html>", "# Title\n\n- a\n- b"])
)
def test_any_text_gives_a_quiz_or_a_clean_4xx(tmp_path, text):
    answer = client(tmp_path).post("/api/quizzes", json={"text": text})
    assert answer.status_code == 201 or (400 <= answer.status_code < 500 and answer.json()["error"])
