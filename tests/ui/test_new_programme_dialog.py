"""The New programme dialog marks its required fields, gives the file row a working mnemonic, and says which
field is empty."""

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.dialogs.new_programme import NewProgrammeDialog


def test_required_fields_are_marked_and_an_empty_one_is_named(qtbot: QtBot) -> None:
    dialog = NewProgrammeDialog()
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert "&Name (required):" in texts and "&File (required):" in texts
    assert dialog.location_label.buddy() is dialog.location  # "&File" is a mnemonic, not a literal "&"
    dialog.show()
    dialog.name.clear()
    dialog.accept()
    assert dialog.error.text() == "The programme needs a name."
    assert dialog.store is None
    dialog.name.setText("Harbour")
    dialog.location.clear()
    dialog.accept()
    assert dialog.error.text() == "Choose where the programme file is saved."
    assert dialog.store is None
