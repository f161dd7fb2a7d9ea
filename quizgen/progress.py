"""A progress line for a terminal: a bar, the counts and the current file, redrawn in place.

    progress = ProgressLine(total=1000, stream=sys.stderr)
    progress.update(done=10, counts="10 built", current="articles/a.txt")
    progress.clear()   # before printing anything else on the terminal; the next update redraws
    progress.close()

Drawn only when enabled (the CLI enables it when stderr is a terminal and --quiet is not
given); otherwise every call does nothing, so logs and pipes get no control characters.

`watch(next_name)` starts a thread that, once an article has taken SLOW seconds, redraws the
line with the article still being built and the seconds spent on it: a 5 MB article takes
minutes, and a silent terminal looks like a hang. Hold `lock` while printing other lines.
"""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Callable
from typing import TextIO

BAR_WIDTH = 24
REDRAW_EVERY = 0.05  # seconds: thousands of fast articles need not mean thousands of redraws
SLOW = 2.0  # seconds on one article before the line says which and how long


class ProgressLine:
    def __init__(self, total: int, stream: TextIO, enabled: bool = True) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.drawn = False
        self.last = 0.0
        self.lock = threading.RLock()
        self.done, self.counts, self.since = 0, "", time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def update(self, done: int, counts: str, current: str) -> None:
        with self.lock:
            if done != self.done:
                self.done, self.since = done, time.monotonic()
            self.counts = counts
            self._draw(done, counts, current)

    def watch(self, next_name: Callable[[int], str], every: float = 1.0) -> None:
        """Redraw every `every` seconds while one article takes longer than SLOW (`next_name(done)` names it)."""
        if not self.enabled or self._thread:
            return
        self.since = time.monotonic()

        def tick() -> None:
            while not self._stop.wait(every):
                with self.lock:
                    spent = time.monotonic() - self.since
                    if spent >= SLOW and self.done < self.total:
                        self.last = 0.0
                        self._draw(self.done, self.counts, f"{next_name(self.done)} ({spent:.0f} s)")

        self._thread = threading.Thread(target=tick, name="quizgen-progress", daemon=True)
        self._thread.start()

    def _draw(self, done: int, counts: str, current: str) -> None:
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
        with self.lock:
            if self.drawn:
                self.stream.write("\r\x1b[K")
                self.stream.flush()
                self.drawn = False
                self.last = 0.0

    def close(self) -> None:
        self._stop.set()
        if self._thread:
            self._thread.join()
        self.clear()
