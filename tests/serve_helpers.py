"""Shared by the serve tests: the app over a data folder, as a client on 127.0.0.1 sees it."""

from __future__ import annotations

from pathlib import Path

from starlette.testclient import TestClient

from quizgen.serve.app import create_app

SEED_ARTICLE = Path(__file__).resolve().parents[1] / "seeds" / "zelenskyy-carney-g7.txt"
ORIGIN = "http://127.0.0.1:8000"


def client(data_dir: Path, **options) -> TestClient:
    """A client of a new app over `data_dir` (a new app over the same folder is a restarted server)."""
    return TestClient(create_app(data_dir, **options), base_url=ORIGIN, raise_server_exceptions=False)


def article_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")
