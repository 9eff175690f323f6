"""Who the app is to the desktop: its id (the .desktop, metainfo, icon and MIME files are named after it)
and its icon. Kept apart from the About dialog so start-up does not load what only the dialog needs."""

from pathlib import Path

from PySide6.QtGui import QIcon

from workshop_app.paths import resources_dir

DESKTOP_ID = "io.github.workshop_app.WorkshopApp"
ICON_SIZES = (16, 32, 48, 64, 128, 256, 512)


def icon_dir() -> Path:
    return resources_dir() / "icons"


def app_icon() -> QIcon:
    """The app's icon at every size it is drawn in (set it with ``QApplication.setWindowIcon``)."""
    icon = QIcon()
    for size in ICON_SIZES:
        file = icon_dir() / f"workshop-app-{size}.png"
        if file.exists():
            icon.addFile(str(file))
    return icon
