"""The note colours people choose from, with translated names (a colour is never told by its swatch alone)."""

from PySide6.QtCore import QCoreApplication

from workshop_app import board_geometry as geo


def colour_names() -> dict[str, str]:
    """The palette of :mod:`workshop_app.board_geometry`, each colour with its name in the interface language."""
    names = (
        QCoreApplication.translate("NoteColours", "Amber"),
        QCoreApplication.translate("NoteColours", "Blue"),
        QCoreApplication.translate("NoteColours", "Green"),
        QCoreApplication.translate("NoteColours", "Pink"),
        QCoreApplication.translate("NoteColours", "Purple"),
        QCoreApplication.translate("NoteColours", "Orange"),
    )
    return dict(zip(geo.NOTE_PALETTE, names, strict=True))


def colour_name(colour: str) -> str:
    """The colour's name, or its code for a colour from elsewhere (an older file, another tool)."""
    return colour_names().get(colour.lower(), colour)
