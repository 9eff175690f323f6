"""The PySide6 desktop interface of Workshop App. It calls the core (``workshop_app``); never the reverse."""
