"""Atomic output: a file appears whole or not at all, and an earlier version survives a failure."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path


def atomic_write(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a temporary file beside `path`, then rename it over `path`.

    The temporary file lives in the same folder so the rename is atomic; on any error it is
    removed and `path` is left exactly as it was.
    """
    tmp = stage(path, write)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return Path(path)


def stage(path: Path, write: Callable[[Path], None]) -> Path:
    """Call `write(tmp)` on a new temporary file beside `path` and return it, complete.

    `os.replace(tmp, path)` then puts it in place atomically (see `atomic_write`); until then
    `path` is untouched. On any error the temporary file is removed.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        write(tmp)
        os.chmod(tmp, 0o644)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def discard(paths: Iterable[Path]) -> None:
    """Remove staged temporary files that will not be put in place (missing ones are fine)."""
    for tmp in paths:
        try:
            Path(tmp).unlink(missing_ok=True)
        except OSError:
            pass


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return atomic_write(path, write)
