"""The domain: tables of a programme file, their frozen read views, and the enumerations they use."""
