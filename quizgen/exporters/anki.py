"""The quiz as an Anki deck (.apkg): one note per question, for students to study.

This is the only module that imports genanki. Anki re-imports must *update* a student's
existing notes (keeping their review history), never duplicate them, so:

- each question type has its own note type, with an id and fields fixed forever
  (anki_notes.py, which also fills and escapes the fields);
- note GUIDs come from the quiz slug and question id, not from the (improvable) wording;
- the note modification time is `options.timestamp`; Anki only updates a note when the
  incoming time is later.
"""

from __future__ import annotations

import hashlib
import html
import itertools
import json
import re
import sqlite3
import time
import zipfile
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import genanki

from ..models import Question, Quiz
from ..templating import environment
from . import ExportOptions
from .anki_notes import NoteType, note_fields

GUID_NAMESPACE = "quizgen"
ZIP_EPOCH = 315532800  # 1980-01-01, the earliest time a zip member can carry


def export(quiz: Quiz, path: Path, options: ExportOptions) -> None:
    """Write `quiz` as an Anki package at `path`."""
    deck = _deck(quiz, deck_id(quiz.slug), deck_name(quiz.title))
    write_package(genanki.Package(deck), path, time.time() if options.timestamp is None else options.timestamp)


def export_decks(quizzes: Sequence[Quiz], path: Path, name: str, options: ExportOptions) -> None:
    """Several quizzes in one package: a deck `name` holding a subdeck `name::<title>` per quiz.

    Notes keep the GUIDs they have in each quiz's own deck (slug and question id), so
    importing a newer package updates them, whichever of the two packages they came from.
    """
    parent = deck_name(name) or "quizgen"
    names: dict[str, int] = {}
    decks = []
    for quiz in quizzes:
        title = deck_name(quiz.title)
        names[title] = names.get(title, 0) + 1
        if names[title] > 1:  # two articles with one headline: Anki would merge or rename their subdecks
            title = f"{title} ({names[title]})"
        decks.append(_deck(quiz, deck_id(f"{parent}::{quiz.slug}"), f"{parent}::{title}"))
    write_package(genanki.Package(decks), path, time.time() if options.timestamp is None else options.timestamp)


def _deck(quiz: Quiz, deck_id_: int, name: str) -> genanki.Deck:
    deck = genanki.Deck(deck_id_, name, description=_description(quiz))
    for question in quiz.questions:
        deck.add_note(_note(quiz, question))
    return deck


def write_package(package: genanki.Package, path: Path, timestamp: float) -> None:
    """What `Package.write_to_file` does, with the collection built in memory.

    genanki builds the collection in a temporary SQLite file whose schema script syncs to
    disk statement by statement (about 100 ms a deck); in memory it takes a few ms, and the
    package written is the same: `collection.anki2` and an empty `media` index in a zip. The
    empty collection (genanki's schema and `col` row, a third of the time left) is made once
    per process and copied for each package.
    """
    connection = sqlite3.connect(":memory:")
    try:
        connection.deserialize(_empty_collection())
        cursor = connection.cursor()
        ids = itertools.count(int(timestamp * 1000))
        for deck in package.decks:  # what Package.write_to_db does after its schema scripts
            deck.write_to_db(cursor, timestamp, ids)
        connection.commit()
        collection = _as_in_memory(connection.serialize())
    finally:
        connection.close()
    stamp = time.gmtime(max(timestamp, ZIP_EPOCH))[:6]  # the same quiz and timestamp, the same bytes
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in (("collection.anki2", collection), ("media", json.dumps({}))):
            member = zipfile.ZipInfo(name, date_time=stamp)
            member.external_attr = 0o600 << 16  # what writestr gives a member named by a string
            archive.writestr(member, data)


@cache
def _empty_collection() -> bytes:
    """genanki's empty collection (its schema and `col` row), as a database image."""
    connection = sqlite3.connect(":memory:")
    try:
        genanki.Package([]).write_to_db(connection.cursor(), 0, itertools.count())
        connection.commit()
        return connection.serialize()
    finally:
        connection.close()


def _as_in_memory(image: bytes) -> bytes:
    """`image` with the header fields an in-memory database leaves at zero (the change counter,
    the number it is valid for and the SQLite version that wrote it) zeroed, as they were when
    each collection was built from nothing: the same quiz gives the same bytes as before."""
    header = bytearray(image[:100])
    header[24:28] = bytes(4)
    header[92:100] = bytes(8)
    return bytes(header) + image[100:]


def deck_id(slug: str) -> int:
    """A stable id per article (Anki matches decks by name, but a fixed id keeps files reproducible)."""
    digest = hashlib.sha256(f"quizgen-deck:{slug}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def deck_name(title: str) -> str:
    # `::` in a deck name nests decks; a headline should give one deck, not a tree.
    return " ".join(re.sub(":{2,}", ":", title).split())


def _note(quiz: Quiz, question: Question) -> genanki.Note:
    note_type, fields = note_fields(quiz, question)
    return genanki.Note(
        model=_model(note_type),
        fields=fields,
        guid=genanki.guid_for(GUID_NAMESPACE, quiz.slug, question.id),
        tags=["quizgen", f"kind::{question.kind.value}", f"article::{quiz.slug}"],
    )


def _description(quiz: Quiz) -> str:
    # The description is shown as HTML on the deck's overview screen, so it is escaped too.
    credit = quiz.source.credit()
    lines = [f"Quiz on “{html.escape(quiz.title)}”"]
    if credit:
        lines.append(f"Source: {html.escape(credit)}")
    return "<br>".join(lines)


def _template(name: str) -> str:
    # These are Anki templates, not Jinja ones: read through the shared loader, never rendered.
    env = environment()
    assert env.loader is not None  # environment() always reads the package's templates
    source, _, _ = env.loader.get_source(env, name)
    return source


@cache  # one model object per note type and run; genanki writes each model id once
def _model(note_type: NoteType) -> genanki.Model:
    return genanki.Model(
        note_type.model_id,
        note_type.name,
        fields=[{"name": field} for field in note_type.fields],
        templates=[
            {
                "name": note_type.card,
                "qfmt": _template(f"{note_type.templates}_front.html"),
                "afmt": _template(f"{note_type.templates}_back.html"),
            }
        ],
        css=_template("anki.css"),
        model_type=genanki.Model.CLOZE if note_type.cloze else genanki.Model.FRONT_BACK,
    )
