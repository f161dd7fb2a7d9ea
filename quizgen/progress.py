"""A progress line for a terminal: a bar, the counts and the current file, redrawn in place.

    progress = ProgressLine(total=1000, stream=sys.stderr)
    progress.update(done=10, counts="10 built", current="articles/a.txt")
    progress.clear()   # before printing anything else on the terminal; the next update redraws
    progress.close()

Drawn only when enabled (the CLI enables it when stderr is a terminal and --quiet is not
given); otherwise every call does nothing, so logs and pipes get no control characters.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

BAR_WIDTH = 24
REDRAW_EVERY = 0.05  # seconds: thousands of fast articles need not mean thousands of redraws


class ProgressLine:
    def __init__(self, total: int, stream: TextIO, enabled: bool = True) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.drawn = False
        self.last = 0.0

    def update(self, done: int, counts: str, current: str) -> None:
        now = time.monotonic()
        if not self.enabled or (now - self.last < REDRAW_EVERY and done < self.total):
            return
        self.last = now
        filled = BAR_WIDTH * done // max(self.total, 1)
        bar = f"[{'#' * filled}{'-' * (BAR_WIDTH - filled)}] {done}/{self.total}  {counts}  "
        room = shutil.get_terminal_size((80, 24)).columns - 1 - len(bar)
        name = current if len(current) <= room else "…" + current[len(current) - room + 1 :] if room > 1 else ""
        self.stream.write(f"\r\x1b[K{bar}{name}")
        self.stream.flush()
        self.drawn = True

    def clear(self) -> None:
        """Erase the line so other output starts at the left margin; the next update redraws."""
        if self.drawn:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self.drawn = False
            self.last = 0.0

    def close(self) -> None:
        self.clear()
