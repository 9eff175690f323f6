"""New programme: its facts and where its file goes. Errors from the core are shown in the dialog."""

import re
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import settings
from ui.main_window import LANGUAGE_NAMES
from workshop_app.errors import WorkshopError
from workshop_app.services.programme import create_programme
from workshop_app.storage.fileformat import FILE_SUFFIX
from workshop_app.storage.store import ProgrammeStore


def _file_name(name: str) -> str:
    cleaned = re.sub(r"[^\w\- ]+", "", name, flags=re.UNICODE).strip()
    return (cleaned or "programme") + FILE_SUFFIX


def unused_file_name(folder: Path, name: str) -> Path:
    """A programme file in ``folder`` named after ``name`` that does not exist yet (``name 2`` and on)."""
    path = folder / _file_name(name)
    number = 2
    while path.exists():
        path = folder / _file_name(f"{name} {number}")
        number += 1
    return path


class NewProgrammeDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store: ProgrammeStore | None = None
        self.setWindowTitle(self.tr("New programme"))
        self.setMinimumWidth(560)
        self.name = QLineEdit(self)
        self.area = QLineEdit(self)
        self.region = QLineEdit(self)
        self.language = QComboBox(self)
        for code, label in LANGUAGE_NAMES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(LANGUAGE_NAMES).index(settings.interface_language()))
        self.start_year = QSpinBox(self)
        self.start_year.setRange(1900, 2200)
        self.start_year.setValue(date.today().year)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(90)
        self.location = QLineEdit(self)
        self.browse = QPushButton(self.tr("Choose…"), self)
        self.browse.clicked.connect(self._choose_location)
        self.name.textEdited.connect(self._suggest_location)
        where = QHBoxLayout()
        where.addWidget(self.location, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("&Name (required):"), self.name)
        form.addRow(self.tr("&Area:"), self.area)
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&Language of the method texts:"), self.language)
        form.addRow(self.tr("&Start year:"), self.start_year)
        form.addRow(self.tr("&Description:"), self.description)
        self.location_label = QLabel(self.tr("&File (required):"), self)
        self.location_label.setBuddy(self.location)  # the row holds a layout: a plain label would show its "&"
        form.addRow(self.location_label, where)
        self.error = QLabel(self)
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(highlight);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("C&reate"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.name.setAccessibleName(self.tr("Programme name"))
        self.location.setAccessibleName(self.tr("Programme file"))
        self._suggest_location("")

    def _suggest_location(self, name: str) -> None:
        self.location.setText(str(Path(settings.last_folder()) / _file_name(name)))

    def _choose_location(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the new programme as"),
            self.location.text(),
            self.tr("Workshop App programmes (*{suffix})").format(suffix=FILE_SUFFIX),
        )
        if name:
            self.location.setText(name if name.endswith(FILE_SUFFIX) else name + FILE_SUFFIX)

    def accept(self) -> None:
        missing = self._missing()
        if missing is not None:
            widget, sentence = missing
            self.error.setText(sentence)
            widget.setFocus()
            return
        path = Path(self.location.text().strip())
        try:
            self.store = create_programme(
                path,
                name=self.name.text(),
                area=self.area.text(),
                region=self.region.text(),
                language=str(self.language.currentData()),
                start_year=self.start_year.value(),
                description=self.description.toPlainText(),
            )
        except WorkshopError as error:
            self.error.setText(str(error))
            field = getattr(error, "field", "")
            target = {"name": self.name, "area": self.area, "region": self.region}.get(field, self.location)
            target.setFocus()
            return
        super().accept()

    def _missing(self) -> tuple[QLineEdit, str] | None:
        """The first required field left empty, and a sentence that names it."""
        if not self.name.text().strip():
            return self.name, self.tr("The programme needs a name.")
        if not self.location.text().strip():
            return self.location, self.tr("Choose where the programme file is saved.")
        return None
