"""Batch inputs: the articles named on a command line (files, folders, glob patterns, addresses,
standard input), each once, in order, and the files found beside them that are not articles."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from . import articles
from .errors import QuizgenError
from .models import Article

STDIN = "-"


def supported_suffixes() -> tuple[str, ...]:
    """The suffixes a folder or a glob pattern is searched for (the one place they come from)."""
    return tuple(getattr(articles, "SUPPORTED_SUFFIXES", (".txt",)))


@dataclass(frozen=True)
class Unusable:
    """An input known to fail before any work: a folder without articles, a pattern matching nothing."""

    source: str
    reason: str


@dataclass(frozen=True)
class Ignored:
    """A file or folder found in a folder or by a pattern that is not an article: skipped, with why."""

    source: str
    reason: str


Input = str | Article | Unusable | Ignored  # a file or address read when built; standard input already read

# Why a file found in a folder is not read, by suffix.
NOT_ARTICLES = {
    **dict.fromkeys((".pdf",), "a PDF; copy its text into a .txt file to quiz it."),
    **dict.fromkeys(
        (".doc", ".docx", ".odt", ".rtf", ".pages", ".wpd"),
        "a word-processor file; save it as plain text (.txt) or a web page (.html) to quiz it.",
    ),
    **dict.fromkeys(
        (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".heic", ".bmp", ".tif", ".tiff"), "an image, not text."
    ),
    **dict.fromkeys((".zip", ".gz", ".tgz", ".7z", ".rar"), "an archive; unpack it first."),
    **dict.fromkeys(
        (".apkg", ".json", ".gift", ".xml", ".xlsx", ".csv"),
        "not an article (quizgen's outputs and data files are not read from folders).",
    ),
}


def collect_inputs(
    specs: Iterable[str | Path], suffixes: Sequence[str] | None = None, *, expand: bool = True, recursive: bool = False
) -> list[Input]:
    """The articles named by `specs`, in order, each once, and the files skipped beside them.

    A folder gives its files with a supported suffix (sorted by name, hidden files left out),
    and with `recursive` those of the folders inside too; a glob pattern (`*`, `?`, `[`; `**`
    crosses folders) gives the matching files with a supported suffix; a file or an http(s)
    address is taken as it is (a missing one fails when built, with its reason); `-` reads
    standard input, here, once. Every other file a folder or pattern gives (and, without
    `recursive`, each folder inside a folder) is an `Ignored` input saying why it is skipped.
    With `expand=False` folders and patterns are taken as they are too (building them says
    what is wrong).
    """
    suffixes = tuple(s.lower() for s in (suffixes or supported_suffixes()))
    found: list[Input] = []
    seen: set[str] = set()

    def add(item: Input, key: str) -> None:
        if key not in seen:
            seen.add(key)
            found.append(item)

    for spec in map(str, specs):
        kind = _kind(spec) if expand or spec == STDIN else "file"
        if kind == "stdin":
            add(_read_stdin(), STDIN)
        elif kind in ("folder", "pattern"):
            matches = _folder(Path(spec), recursive) if kind == "folder" else _glob(spec, recursive)
            # a set: looking through a list for each file cost the square of the folder's size
            picked = {p for p in matches if p.suffix.lower() in suffixes}
            for path in matches:
                if path in picked:
                    add(str(path), os.path.realpath(path))
                else:
                    add(Ignored(str(path), _why_not(path, suffixes)), "\0" + os.path.realpath(path))
            if not picked:
                what = f"{spec} has no articles" if kind == "folder" else f"{spec} matches no article"
                add(Unusable(spec, f"{what} ({', '.join(suffixes)} files)."), f"\0{spec}")
        else:
            add(spec, spec if kind == "address" else os.path.realpath(spec))
    return found


def _kind(spec: str) -> str:
    if spec == STDIN:
        return "stdin"
    if "://" in spec:
        return "address"
    try:
        if Path(spec).is_dir():
            return "folder"
        if Path(spec).exists():
            return "file"
    except OSError:  # a name too long for the file system: reading it says so
        return "file"
    return "pattern" if any(c in spec for c in "*?[") else "file"


def _folder(folder: Path, recursive: bool = False, seen: set[str] | None = None) -> list[Path]:
    """The files of `folder` (and its folders, if `recursive`; else those folders themselves),
    hidden ones left out, sorted by name."""
    seen = seen if seen is not None else {os.path.realpath(folder)}
    found: list[Path] = []
    for path in sorted(p for p in folder.iterdir() if not p.name.startswith(".")):
        if path.is_dir():
            if not recursive:
                found.append(path)
            elif os.path.realpath(path) not in seen:  # a link back up the tree is followed once
                seen.add(os.path.realpath(path))
                found.extend(_folder(path, True, seen))
        elif path.is_file():
            found.append(path)
    return found


def _glob(pattern: str, recursive: bool = False) -> list[Path]:
    paths: list[Path] = []
    for match in sorted(glob.glob(pattern, recursive=True)):
        path = Path(match)
        paths.extend(_folder(path, recursive) if path.is_dir() else [path] if path.is_file() else [])
    return paths


def _why_not(path: Path, suffixes: Sequence[str]) -> str:
    if path.is_dir():
        return "a folder inside the folder; add -r (--recursive) to build the articles in it too."
    return NOT_ARTICLES.get(
        path.suffix.lower(),
        f"not a kind of file read from folders ({', '.join(suffixes)}); name it on its own to read it as text.",
    )


def _read_stdin() -> Article | Unusable:
    try:
        return articles.read_article(STDIN)
    except QuizgenError as exc:
        return Unusable(STDIN, str(exc))
