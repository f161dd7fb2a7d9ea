"""`quizgen generate` over several articles builds them in parallel, and writes the same files."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from quizgen.cli import cli

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = [ROOT / "seeds" / "zelenskyy-carney-g7.txt", *sorted((ROOT / "tests" / "data" / "articles").iterdir())]


def generate(out: Path, *options: str) -> str:
    args = ["generate", *map(str, ARTICLES), "-o", str(out), "--format", "json", "--format", "html", *options]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_several_articles_in_parallel_give_the_files_and_report_of_one_at_a_time(tmp_path):
    serial = generate(tmp_path / "serial", "--jobs", "1")
    parallel = generate(tmp_path / "parallel", "--jobs", "2")
    assert parallel.replace("parallel", "serial") == serial  # the same lines, in the order of the arguments
    written = sorted(p.name for p in (tmp_path / "serial").iterdir())
    assert len(written) == 2 * len(ARTICLES)
    assert written == sorted(p.name for p in (tmp_path / "parallel").iterdir())
    for name in written:
        assert (tmp_path / "parallel" / name).read_bytes() == (tmp_path / "serial" / name).read_bytes(), name
