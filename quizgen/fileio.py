"""Atomic output: a file appears whole or not at all, and an earlier version survives a failure.

Temporary files are named `.<final name>.<random>.quizgen-<pid>.tmp`, the pid being the
process that owns the run (a worker process names its parent), so a later run can tell the
leftovers of a run that was killed (`remove_stale`) from the files of one still going.
"""

from __future__ import annotations

import os
import re
import secrets
import shutil
import tempfile
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

OWNER = os.getpid()  # imported before the worker processes are forked, so they keep their parent's
STALE_RE = re.compile(r"^\..+\.quizgen-(\d+)\.tmp$")


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
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=f".quizgen-{OWNER}.tmp", dir=path.parent)
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


def replace_all(staged: Sequence[tuple[Path, Path]]) -> None:
    """Rename each (temporary, final) pair into place: all of them, or none.

    Each existing final file is first linked (or copied) to a backup; if any rename fails, the
    finals already replaced get their backups back (or are removed if they are new), so an
    article never sits half new and half old. The temporary files are removed on failure.
    """
    backups: dict[Path, Path] = {}
    done: list[Path] = []
    try:
        for _, final in staged:
            if os.path.lexists(final):
                backup = final.parent / f".{final.name}.{secrets.token_hex(4)}.quizgen-{OWNER}.tmp"
                try:
                    os.link(final, backup, follow_symlinks=False)
                except OSError:  # a file system without hard links; a folder in the way fails here
                    shutil.copy2(final, backup, follow_symlinks=False)
                backups[final] = backup
        for tmp, final in staged:
            os.replace(tmp, final)
            done.append(final)
    except BaseException:
        for final in reversed(done):
            with suppress(OSError):
                os.replace(backups.pop(final), final) if final in backups else final.unlink()
        discard(tmp for tmp, _ in staged)
        discard(backups.values())
        raise
    discard(backups.values())


def remove_stale(folder: Path, *, own: bool = False) -> None:
    """Remove the temporary files a killed quizgen run left in `folder` (their owner is gone).

    With `own`, this process's too: at the end of a run, what a killed worker had staged.
    """
    try:
        names = [entry.name for entry in os.scandir(folder)]
    except OSError:
        return
    for name in names:
        match = STALE_RE.match(name)
        if match and (own and int(match.group(1)) == OWNER or not _alive(int(match.group(1)))):
            discard([Path(folder) / name])


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError, ValueError):
        return pid > 0  # another user's process
    try:  # a zombie (killed, not yet reaped) is dead too
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


@contextmanager
def folder_lock(folder: Path, waiting: str) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (flock on the folder itself: no lock file to leave).

    If another process holds it, warn `waiting` once and wait for it. Without fcntl (Windows)
    there is no lock.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # a folder that cannot be opened for reading: writing into it says what is wrong
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            from .errors import QuizgenWarning

            warnings.warn(waiting, QuizgenWarning, stacklevel=3)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError:
            pass  # a file system without locks (some network shares): built unlocked, as before
        yield
    finally:
        os.close(fd)
