"""One module per released schema revision; each sets PRAGMA user_version to its file format number."""
