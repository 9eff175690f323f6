"""Adding a person to the register, and confirming the erasure of a person's personal data (GDPR).

Both dialogs are opened with ``open()`` (window-modal, never a nested event loop), so they are safe next to
async code and tests can drive them directly.
"""

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.workspace import Workspace
from workshop_app.services.participants import REDACTED
from workshop_app.services.validation import NAME_MAX


def long_year_format(format_type: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """The locale's date pattern with a four-digit year: a two-digit year is ambiguous when typing."""
    pattern = QLocale().dateFormat(format_type)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


class ParticipantDialog(QDialog):
    """A new register entry. ``submit`` receives the fields for ``add_participant`` and says whether the core
    took them; if not (the workspace has shown why), the dialog stays open with what was typed."""

    def __init__(
        self, workspace: Workspace, submit: Callable[[dict[str, Any]], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._workspace = workspace
        self.setMinimumWidth(560)
        self.name = QLineEdit(self)
        self.organisation = QLineEdit(self)
        self.actor_type = QComboBox(self)
        language = workspace.language
        for actor in workspace.catalogue.actor_types:
            self.actor_type.addItem(actor.label.get(language), actor.key)
        self.actor_description = QLabel(self)
        self.actor_description.setProperty("role", "muted")
        self.actor_description.setWordWrap(True)
        self.actor_description.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.actor_description.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.role = QLineEdit(self)
        self.contact = QLineEdit(self)
        for field in (self.name, self.organisation, self.role, self.contact):
            field.setMaxLength(NAME_MAX)
        self.consent_given = QCheckBox(self)
        self.consent_date = QDateEdit(self)
        self.consent_date.setCalendarPopup(True)
        self.consent_date.setDisplayFormat(long_year_format())
        today = workspace.today()
        self.consent_date.setDate(QDate(today.year, today.month, today.day))
        self.consent_date.setEnabled(False)
        self.consent_given.toggled.connect(self.consent_date.setEnabled)
        consent = QHBoxLayout()
        consent.addWidget(self.consent_given)
        consent.addWidget(self.consent_date)
        consent.addStretch(1)

        self.labels: dict[QWidget, QLabel] = {}
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for row in (self.name, self.organisation, self.actor_type):
            self.form.addRow(self._label(row), row)
        self.form.addRow("", self.actor_description)
        for row in (self.role, self.contact):
            self.form.addRow(self._label(row), row)
        self.consent_label = QLabel(self)
        self.form.addRow(self.consent_label, consent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)

        self.name.textChanged.connect(self._update_ok)
        self.actor_type.currentIndexChanged.connect(self._describe_actor_type)
        self.actor_type.setCurrentIndex(max(0, self.actor_type.findData("other")))
        self.retranslate()
        self._update_ok()
        self._describe_actor_type()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a participant or stakeholder"))
        texts = {
            self.name: self.tr("&Name:"),
            self.organisation: self.tr("&Organisation:"),
            self.actor_type: self.tr("Actor &type:"),
            self.role: self.tr("&Role:"),
            self.contact: self.tr("&Contact:"),
        }
        for field, text in texts.items():
            self.labels[field].setText(text)
        self.consent_label.setText(self.tr("Consent:"))
        self.name.setPlaceholderText(self.tr("How the person is named in the programme"))
        self.contact.setPlaceholderText(self.tr("E-mail or phone"))
        self.consent_given.setText(self.tr("&Agreed to be in the register on"))
        self.name.setAccessibleName(self.tr("Name"))
        self.organisation.setAccessibleName(self.tr("Organisation"))
        self.actor_type.setAccessibleName(self.tr("Actor type"))
        self.role.setAccessibleName(self.tr("Role"))
        self.contact.setAccessibleName(self.tr("Contact"))
        self.consent_date.setAccessibleName(self.tr("Consent date"))
        self.ok_button.setText(self.tr("A&dd"))
        self.ok_button.setToolTip(self.tr("A name is needed; everything else can be filled in later."))

    def _label(self, field: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(field)
        self.labels[field] = label
        return label

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``participants.add_participant`` (the name first, as ``display_name``)."""
        chosen = self.consent_date.date()
        consent = date(chosen.year(), chosen.month(), chosen.day()) if self.consent_given.isChecked() else None
        return {
            "display_name": self.name.text(),
            "organisation": self.organisation.text(),
            "actor_type": str(self.actor_type.currentData()),
            "role": self.role.text(),
            "contact": self.contact.text(),
            "consent_date": consent,
        }

    def accept(self) -> None:
        if self._submit(self.values()):
            super().accept()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.name.text().strip()))

    def _describe_actor_type(self) -> None:
        actor = self._workspace.catalogue.actor_type(str(self.actor_type.currentData()))
        text = actor.description.get(self._workspace.language) if actor else ""
        self.actor_description.setText(text)
        self.actor_type.setToolTip(text)


class EraseConfirmation(QMessageBox):
    """Says exactly what erasing a person does before it happens; ``confirmed`` is emitted only when the
    erase button is pressed. Cancel is the default, so Enter or Escape never erases anyone by accident."""

    confirmed = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self.setIcon(QMessageBox.Icon.Warning)
        self.setTextFormat(Qt.TextFormat.PlainText)  # a name is shown as typed, never as markup
        # Wide enough that the explanation reads as paragraphs, not a narrow column.
        self.setStyleSheet(
            "QLabel#qt_msgbox_label { font-weight: 600; } QLabel#qt_msgbox_informativelabel { min-width: 34em; }"
        )
        self.erase_button: QPushButton = self.addButton("", QMessageBox.ButtonRole.DestructiveRole)
        self.cancel_button: QPushButton = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)
        self.setEscapeButton(self.cancel_button)
        self.buttonClicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Erase personal data"))
        self.setText(self.tr("Erase the personal data of {name}?").format(name=self._name))
        paragraphs = [
            self.tr(
                "Their name, organisation, role, contact and consent date are removed from the programme file "
                "everywhere."
            ),
            self.tr("Their notes, votes and attendance stay as anonymous contributions."),
            self.tr(
                "Every occurrence of their name or contact in texts (minutes, notes, decisions, actions) is "
                "replaced by “{mark}”."
            ).format(mark=REDACTED),
            self.tr(
                "Backup copies of this programme that hold their data are deleted. Files exported earlier are "
                "listed afterwards for you to delete, and you decide about each text that has their first name alone."
            ),
            self.tr(
                "This cannot be undone. The undo history is cleared too, so earlier edits cannot bring the data back."
            ),
        ]
        self.setInformativeText("\n\n".join(paragraphs))
        self.erase_button.setText(self.tr("&Erase personal data"))
        self.erase_button.setAccessibleName(self.tr("Erase the personal data of {name}").format(name=self._name))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _clicked(self, button: QAbstractButton) -> None:
        if button is self.erase_button:
            self.confirmed.emit()
