"""`quizgen generate` over several articles builds them in parallel, and writes the same files."""

from __future__ import annotations

import subprocess
import sys
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


def test_one_article_is_built_without_loading_the_process_pool(tmp_path):
    # multiprocessing and the process pool cost a user of `quizgen generate article.txt` 15 ms
    # of start-up for nothing: only a parallel run loads them.
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from quizgen.cli import cli\n"
        f"result = CliRunner().invoke(cli, ['generate', {str(ARTICLES[0])!r}, '-o', {str(tmp_path)!r}, '-j', '2'])\n"
        "assert result.exit_code == 0, result.output\n"
        "print('concurrent.futures.process' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
    assert len(list(tmp_path.iterdir())) == 3  # JSON, Anki and HTML: the article was built
