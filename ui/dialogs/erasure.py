"""After erasing a person: the first name alone, decided one occurrence at a time, and what happened beyond the
programme file (backups deleted, exports to delete by hand).

The first name alone ("Ingrid will bring coffee") may be the erased person or someone else of the same name, so
the app does not decide: the facilitator sees each occurrence in its sentence and replaces or keeps it. Both
dialogs are opened with ``open()`` (window-modal, no nested event loop).
"""

import html
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from workshop_app.services.erasure import Occurrence, Outside


class FirstNameReview(QDialog):
    """One occurrence at a time: Replace or Keep; ``decided`` carries the ones to replace when all are seen.
    Closing the dialog keeps the occurrences not decided yet."""

    decided = Signal(object)  # tuple[Occurrence, ...]

    def __init__(self, occurrences: list[Occurrence], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.occurrences = occurrences
        self.index = 0
        self.chosen: list[Occurrence] = []
        self._done = False
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.excerpt = QLabel(self)
        self.excerpt.setTextFormat(Qt.TextFormat.RichText)  # the name in bold; the text itself escaped
        self.excerpt.setWordWrap(True)
        self.excerpt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.excerpt.setMinimumWidth(420)
        self.counter = QLabel(self)
        buttons = QDialogButtonBox(self)
        self.replace_button: QPushButton = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button: QPushButton = buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_button.setDefault(True)  # Enter alone never replaces a text
        self.replace_button.clicked.connect(lambda: self._next(replace=True))
        self.keep_button.clicked.connect(lambda: self._next(replace=False))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.excerpt)
        layout.addWidget(self.counter)
        layout.addWidget(buttons)
        self.rejected.connect(self._finish)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The first name alone"))
        self.heading.setText(
            self.tr(
                "The first name appears alone in these texts. It may be the erased person or someone else of the "
                "same name: decide for each one."
            )
        )
        self.replace_button.setText(self.tr("&Replace"))
        self.keep_button.setText(self.tr("&Keep"))
        self._show()

    def _show(self) -> None:
        if self.index >= len(self.occurrences):
            return
        occurrence = self.occurrences[self.index]
        self.excerpt.setText(
            f"{html.escape(occurrence.before)}<b>{html.escape(occurrence.word)}</b>{html.escape(occurrence.after)}"
        )
        self.counter.setText(
            self.tr("Text {number} of {total}").format(number=self.index + 1, total=len(self.occurrences))
        )
        self.replace_button.setAccessibleName(self.tr("Replace “{word}” in this text").format(word=occurrence.word))

    def _next(self, *, replace: bool) -> None:
        if replace:
            self.chosen.append(self.occurrences[self.index])
        self.index += 1
        if self.index >= len(self.occurrences):
            self._finish()
            self.accept()
        else:
            self._show()

    def _finish(self) -> None:
        """Once: the occurrences chosen so far (closing early keeps the rest)."""
        if not self._done:
            self._done = True
            self.decided.emit(tuple(self.chosen))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ErasureReport(QMessageBox):
    """What the erasure did beyond the programme file: which backups were deleted (they held the person),
    which exported files may still name them (for the facilitator to delete), and anything that failed."""

    def __init__(self, name: str, redacted: int, outside: Outside, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._redacted = redacted
        self.outside = outside
        self.setIcon(QMessageBox.Icon.Information)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStandardButtons(QMessageBox.StandardButton.Close)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Personal data erased"))
        self.setText(self.tr("The personal data of {name} was erased from the programme file.").format(name=self._name))
        outside = self.outside
        paragraphs = [self.tr("Texts in which the name or contact was replaced: {count}.").format(count=self._redacted)]
        if outside.backups_deleted:
            paragraphs.append(
                self.tr("Backup copies that held the person were deleted:\n{paths}").format(
                    paths=_paths(outside.backups_deleted)
                )
            )
        else:
            paragraphs.append(self.tr("No backup copy of this programme held the person."))
        if outside.leftovers_deleted:
            paragraphs.append(
                self.tr("Unfinished exports were deleted:\n{paths}").format(paths=_paths(outside.leftovers_deleted))
            )
        if outside.exports:
            paragraphs.append(
                self.tr(
                    "These files were exported from the programme earlier and may still name the person. "
                    "Workshop App cannot change them; delete them (and any copies sent on):\n{paths}"
                ).format(paths=_paths(outside.exports))
            )
        else:
            paragraphs.append(self.tr("No exported file of this programme is known to exist."))
        for path, reason in outside.failed:
            paragraphs.append(self.tr("Could not delete {path}: {reason}").format(path=path, reason=reason))
        self.setInformativeText("\n\n".join(paragraphs))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _paths(paths: tuple[Path, ...]) -> str:
    return "\n".join(f"• {path}" for path in paths)
