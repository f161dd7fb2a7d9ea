"""Import an .apkg into a collection the way the Anki app does: one helper for every test."""

from __future__ import annotations

from pathlib import Path


def import_package(col, path: Path):
    """Import `path` into `col` (update notes when newer, no scheduling); return the import log."""
    from anki import collection
    from anki.import_export_pb2 import ImportAnkiPackageUpdateCondition as UC

    request = collection.ImportAnkiPackageRequest(
        package_path=str(path),
        options=collection.ImportAnkiPackageOptions(
            merge_notetypes=False,
            update_notes=UC.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            update_notetypes=UC.IMPORT_ANKI_PACKAGE_UPDATE_CONDITION_IF_NEWER,
            with_scheduling=False,
            with_deck_configs=False,
        ),
    )
    return col.import_anki_package(request).log
