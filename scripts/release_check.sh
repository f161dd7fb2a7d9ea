#!/usr/bin/env bash
# Release check: `python -m build` makes an sdist and a wheel (the wheel built from the sdist, so a file missing
# from the sdist fails here), `twine check --strict` accepts both, and the wheel alone, installed in a fresh
# virtual environment and run outside the source tree, builds the seed article's quiz: the templates, the word
# lists and the rules must have been packaged for that to work.
#
#     scripts/release_check.sh            # needs `pip install '.[dev]'` (build and twine) in the current Python
#     KEEP=1 scripts/release_check.sh     # keep the work folder to look at the files made
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/quizgen-release.XXXXXX")
if [ -z "${KEEP:-}" ]; then trap 'rm -rf "$work"' EXIT; else echo "work folder: $work"; fi
fail() { echo "release check FAILED: $*" >&2; exit 1; }

echo "== build: sdist and wheel"
python -m build --outdir "$work/dist" "$repo" >"$work/build.log" 2>&1 || { tail -30 "$work/build.log" >&2; fail "python -m build"; }
sdist=$(ls "$work"/dist/quizgen-*.tar.gz)
wheel=$(ls "$work"/dist/quizgen-*.whl)
echo "$(basename "$sdist") $(basename "$wheel")"

echo "== twine check"
twine check --strict "$work"/dist/* || fail "twine check"

echo "== wheel contents"
python - "$wheel" <<'PY' || fail "files missing from the wheel"
import sys, zipfile
names = set(zipfile.ZipFile(sys.argv[1]).namelist())
need = ["quizgen/py.typed", "quizgen/templates/worksheet.html.j2", "quizgen/templates/anki.css"]
missing = [n for n in need if n not in names]
data = [n for n in names if n.startswith("quizgen/rules/data/")]
if missing or not data:
    sys.exit(f"missing: {missing or 'quizgen/rules/data/*'}")
print(f"{len(names)} files, {len(data)} rule and word-list files, py.typed and templates present")
PY

echo "== install the wheel in a fresh virtual environment"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --quiet "$wheel" || fail "pip install of the wheel"
expected=$(python -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
shown=$("$work/venv/bin/quizgen" --version)
[ "$shown" = "quizgen, version $expected" ] || fail "quizgen --version printed '$shown', expected version $expected"
echo "$shown"

echo "== quizgen build on a copy of the seed, outside the source tree"
mkdir -p "$work/site"
cp -r "$repo/seeds" "$work/site/seeds"
(cd "$work/site" && "$work/venv/bin/quizgen" build --quiet) || fail "quizgen build"
"$work/venv/bin/python" - "$work/site" <<'PY' || fail "quizgen build made incomplete output"
import json, sys, zipfile
from pathlib import Path
site = Path(sys.argv[1])
seeds = sorted(p.stem for p in (site / "seeds").iterdir() if p.suffix in {".txt", ".md", ".html"})
for slug in seeds:
    files = {suffix: site / "decks" / f"{slug}{suffix}" for suffix in (".json", ".apkg", ".html")}
    missing = [str(p) for p in files.values() if not p.is_file() or p.stat().st_size == 0]
    if missing:
        sys.exit(f"not written: {', '.join(missing)}")
    quiz = json.loads(files[".json"].read_text(encoding="utf-8"))
    if not quiz.get("questions"):
        sys.exit(f"{files['.json']} has no questions")
    if "collection.anki2" not in " ".join(zipfile.ZipFile(files[".apkg"]).namelist()):
        sys.exit(f"{files['.apkg']} is not an Anki package")
    if "<html" not in files[".html"].read_text(encoding="utf-8")[:500].lower():
        sys.exit(f"{files['.html']} is not a web page")
    print(f"{slug}: {len(quiz['questions'])} questions, .json .apkg .html written")
PY
echo "release check passed"
