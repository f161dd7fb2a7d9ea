"""Regenerate the README's worksheet screenshots from the current code.

    python scripts/screenshots.py        (from the repository root, after pip install '.[pdf]')

Writes docs/worksheet-page1.png and docs/worksheet-page2.png: the first two pages of the seed
article's worksheet exactly as `quizgen generate seeds/zelenskyy-carney-g7.txt --format pdf`
prints it (A4, default options), rasterised by pdftoppm (Debian's poppler-utils) at 90 dpi.
Each image is written to a temporary file and renamed into place, so a failed run leaves the
old images as they were.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "zelenskyy-carney-g7.txt"
DOCS = ROOT / "docs"
PAGES = 2
DPI = 90  # an A4 page 745 pixels wide: legible on GitHub, small in the repository


def main() -> int:
    if shutil.which("pdftoppm") is None:
        print("Error: pdftoppm is missing; install it (apt-get install poppler-utils) and run again.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        # The command a teacher runs, from this checkout's code.
        subprocess.run(
            [sys.executable, "-m", "quizgen", "generate", str(SEED), "--format", "pdf", "-o", str(work)],
            check=True,
            cwd=ROOT,
        )
        (pdf,) = work.glob("*.pdf")
        subprocess.run(
            ["pdftoppm", "-r", str(DPI), "-png", "-f", "1", "-l", str(PAGES), str(pdf), str(work / "page")], check=True
        )
        # pdftoppm numbers pages with as many digits as the document's page count needs.
        images = sorted(work.glob("page-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
        if len(images) != PAGES:
            print(f"Error: the worksheet has {len(images)} pages; the README shows {PAGES}.", file=sys.stderr)
            return 1
        DOCS.mkdir(exist_ok=True)
        for number, image in enumerate(images, start=1):
            target = DOCS / f"worksheet-page{number}.png"
            staged = DOCS / f".{target.name}.tmp"
            shutil.copyfile(image, staged)
            os.replace(staged, target)
            print(f"wrote {target.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
