"""Merging two programme files by path (the command line's ``merge``): open, merge, close."""

import tempfile
from pathlib import Path

from workshop_app.merge.apply import MergeResult, merge_into, preview, theirs_connection
from workshop_app.merge.copying import copy_programme
from workshop_app.merge.plan import MergePlan
from workshop_app.storage.store import ProgrammeStore


def merge_files(mine: Path, theirs: Path, *, out: Path | None = None, dry_run: bool = False) -> MergeResult:
    """Merge ``theirs`` into ``mine`` (or, with ``out``, into a new copy of ``mine`` written there).

    ``mine`` is opened as for editing: an older file is migrated first (with its backup), a newer one is
    refused. ``theirs`` is only read. With ``dry_run`` nothing is written and the result holds the plan.
    """
    target = Path(mine)
    if out is not None and not dry_run:
        copy_programme(target, out)
        target = Path(out)
    with (
        tempfile.TemporaryDirectory(prefix="workshop-merge-") as work,
        theirs_connection(Path(theirs), work_folder=Path(work)) as their_conn,
    ):
        if dry_run:
            with ProgrammeStore.open_for_reading(target) as store:
                return MergeResult(preview(store, their_conn), None)
        with ProgrammeStore.open(target) as store:
            return merge_into(store, their_conn, backup=out is None)


def preview_files(mine: Path, theirs: Path) -> MergePlan:
    return merge_files(mine, theirs, dry_run=True).plan
