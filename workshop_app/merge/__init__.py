"""Merging two copies of one programme file (issue 16): stamps kept on every commit, and the merge itself.

Nothing here imports Qt. :mod:`.stamps` is imported by the store (its before-commit hook), so this package's
``__init__`` stays empty of imports that would lead back to the store.
"""
