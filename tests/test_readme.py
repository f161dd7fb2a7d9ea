"""The README's two quick-start commands: each starts from a virtual environment (Debian's and Ubuntu's
system Python refuse `pip install` outside one), and `.ci/run` runs the test command word for word."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
VENV = "python3 -m venv .venv && . .venv/bin/activate && "


def quick_start_commands() -> list[str]:
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.*?)\n```", section, flags=re.S)


def test_both_commands_start_from_a_virtual_environment():
    assert quick_start_commands() == [VENV + "pip install . && quizgen build", VENV + "pip install '.[test]' && pytest"]
    assert "python3-venv" in README and "externally-managed-environment" in README


def test_ci_runs_the_readme_test_command_word_for_word():
    lines = [line for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines() if line.strip()]
    assert quick_start_commands()[1] in lines
    assert "set -euo pipefail" in lines  # a failing install or test fails the CI run
    # then the maintainers' checks (lint, format, types, release), in the same environment
    assert lines.index(quick_start_commands()[1]) < lines.index("pip install '.[dev]' && .ci/checks")


def test_the_readme_says_what_the_benchmarks_need():
    quick_start = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "benchmarks" in quick_start and "../shared" in quick_start
