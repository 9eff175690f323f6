"""The register's table model and its filter proxy, tested without any view, on the real demo file."""

from datetime import date

import pytest
from PySide6.QtCore import QCollator, QDate, QLocale, QModelIndex, Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from ui.models.participants_model import (
    ACTOR_TYPE,
    ACTOR_TYPE_ROLE,
    COLUMN_COUNT,
    CONSENT,
    CONTACT,
    ERASED_ROLE,
    ID_ROLE,
    NAME,
    ORGANISATION,
    ROLE,
    ParticipantsFilter,
    ParticipantsModel,
)
from ui.workspace import Workspace
from workshop_app.domain.models import ParticipantView
from workshop_app.services import participants


@pytest.fixture
def model(workspace: Workspace) -> ParticipantsModel:
    made = ParticipantsModel(workspace)
    made.reload()
    return made


@pytest.fixture
def proxy(model: ParticipantsModel) -> ParticipantsFilter:
    made = ParticipantsFilter()
    made.setSourceModel(model)
    return made


def person_named(workspace: Workspace, name: str) -> ParticipantView:
    return next(p for p in participants.list_participants(workspace.store) if p.display_name == name)


def row_named(model: ParticipantsModel, name: str) -> int:
    return next(row for row in range(model.rowCount()) if model.person(row).display_name == name)


def column_texts(proxy: ParticipantsFilter, column: int = NAME) -> list[str]:
    return [str(proxy.index(row, column).data()) for row in range(proxy.rowCount())]


def test_one_row_per_person_in_the_register(model: ParticipantsModel, workspace: Workspace) -> None:
    assert model.rowCount() == len(participants.list_participants(workspace.store)) == 17
    assert model.columnCount() == COLUMN_COUNT == 6
    assert model.rowCount(model.index(0, 0)) == 0  # a table, not a tree
    headers = [model.headerData(column, Qt.Orientation.Horizontal) for column in range(COLUMN_COUNT)]
    assert headers == ["Name", "Organisation", "Actor type", "Role", "Contact", "Consent date"]


def test_data_per_column(model: ParticipantsModel, workspace: Workspace) -> None:
    person = person_named(workspace, "Ingrid Solheim")
    row = row_named(model, "Ingrid Solheim")
    shown = [model.index(row, column).data() for column in range(COLUMN_COUNT)]
    assert person.consent_date is not None
    consent = QDate(person.consent_date.year, person.consent_date.month, person.consent_date.day)
    assert shown == [
        "Ingrid Solheim",
        "Elvheim Municipality",
        "Municipality: administration and services",  # the catalogue's label, not the key
        "Programme leader, area initiative",
        "ingrid.solheim@example.org",
        QLocale().toString(consent, QLocale.FormatType.ShortFormat),
    ]
    index = model.index(row, NAME)
    assert index.data(ID_ROLE) == person.id
    assert index.data(ACTOR_TYPE_ROLE) == "municipality_administration"
    assert index.data(ERASED_ROLE) is False
    assert model.index(row, CONSENT).data(Qt.ItemDataRole.EditRole) == consent
    assert model.index(row, ACTOR_TYPE).data(Qt.ItemDataRole.EditRole) == "municipality_administration"
    assert "planning" in str(model.index(row, ACTOR_TYPE).data(Qt.ItemDataRole.ToolTipRole))
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_actor_labels_follow_the_programme_language(workspace: Workspace) -> None:
    from workshop_app.services.programme import update_programme

    update_programme(workspace.store, {"language": "fi"})
    model = ParticipantsModel(workspace)
    model.reload()
    assert model.index(row_named(model, "Ingrid Solheim"), ACTOR_TYPE).data() == "Kunta: hallinto ja palvelut"


def test_an_erased_person_shows_no_personal_data(model: ParticipantsModel, workspace: Workspace) -> None:
    person = person_named(workspace, "Marius Olsen")
    participants.erase_participant(workspace.store, person.id)
    model.reload()
    row = model.row_of(person.id)
    assert row is not None and model.rowCount() == 17
    texts = [model.index(row, column).data() for column in range(COLUMN_COUNT)]
    assert texts == ["Erased participant", "", "Residents", "", "", ""]
    font = model.index(row, NAME).data(Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.italic()
    assert model.index(row, NAME).data(Qt.ItemDataRole.ForegroundRole) is not None  # muted, from the palette
    assert model.index(row, NAME).data(ERASED_ROLE) is True
    assert not model.flags(model.index(row, ORGANISATION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(row, ORGANISATION), "Back again")


def test_a_missing_consent_date_is_marked_with_text_not_only_colour(
    model: ParticipantsModel, workspace: Workspace
) -> None:
    person = person_named(workspace, "Kari Nordmo")
    participants.update_participant(workspace.store, person.id, {"consent_date": None})
    model.reload()
    index = model.index(row_named(model, "Kari Nordmo"), CONSENT)
    assert index.data() == "Not recorded"
    assert index.data(Qt.ItemDataRole.EditRole) is None
    assert "No consent" in str(index.data(Qt.ItemDataRole.ToolTipRole))


def test_filter_by_actor_type(proxy: ParticipantsFilter) -> None:
    proxy.set_actor_type("residents")
    assert sorted(column_texts(proxy)) == ["Marius Olsen", "Niillas Ánte Sárá"]
    assert set(column_texts(proxy, ACTOR_TYPE)) == {"Residents"}
    assert proxy.is_filtering()
    proxy.set_actor_type(None)
    assert proxy.rowCount() == 17 and not proxy.is_filtering()


def test_search_looks_at_name_organisation_and_role(proxy: ParticipantsFilter) -> None:
    proxy.set_search("  CHAIR ")  # trimmed, case-insensitive, matches roles
    assert sorted(column_texts(proxy, ROLE)) == ["Chair", "Chair", "Chair; café owner"]
    proxy.set_search("sámi")  # organisation
    assert column_texts(proxy) == ["Máret Áile Eira"]
    proxy.set_search("niemel")  # name
    assert column_texts(proxy) == ["Aino Niemelä"]
    proxy.set_search("example.org")  # contact is not searched
    assert proxy.rowCount() == 0
    proxy.set_search("")
    assert proxy.rowCount() == 17


def test_filters_combine_and_erased_entries_can_be_hidden(
    proxy: ParticipantsFilter, model: ParticipantsModel, workspace: Workspace
) -> None:
    proxy.set_actor_type("municipality_administration")
    proxy.set_search("elvheim")
    assert proxy.rowCount() == 3
    proxy.set_search("")
    participants.erase_participant(workspace.store, person_named(workspace, "Kari Nordmo").id)
    model.reload()
    assert "Erased participant" in column_texts(proxy)
    proxy.set_show_erased(False)
    assert "Erased participant" not in column_texts(proxy)
    assert proxy.rowCount() == 2


def test_sort_by_name_follows_the_locale_and_by_date_chronologically(
    proxy: ParticipantsFilter, workspace: Workspace
) -> None:
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    names = column_texts(proxy)
    collator = QCollator(QLocale())
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    assert names == sorted(names, key=collator.sortKey)
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert column_texts(proxy) == names[::-1]

    proxy.sort(CONSENT, Qt.SortOrder.AscendingOrder)
    dates = [proxy.index(row, CONSENT).data(Qt.ItemDataRole.EditRole) for row in range(proxy.rowCount())]
    assert dates == sorted(dates)
    assert dates[0] != dates[-1]

    proxy.sort(ACTOR_TYPE, Qt.SortOrder.AscendingOrder)  # ties fall back to the name
    residents = [row for row in range(proxy.rowCount()) if proxy.index(row, ACTOR_TYPE).data() == "Residents"]
    assert [proxy.index(row, NAME).data() for row in residents] == ["Marius Olsen", "Niillas Ánte Sárá"]


def test_set_data_is_an_undoable_command_checked_by_the_core(
    model: ParticipantsModel, workspace: Workspace, qtbot: QtBot
) -> None:
    person = person_named(workspace, "Sigrid Bakken")
    row = row_named(model, "Sigrid Bakken")
    assert model.setData(model.index(row, ORGANISATION), "Bjørkli Grendelag")
    assert participants.get_participant(workspace.store, person.id).organisation == "Bjørkli Grendelag"
    assert model.setData(model.index(row, CONSENT), QDate(2026, 5, 17))
    assert participants.get_participant(workspace.store, person.id).consent_date == date(2026, 5, 17)
    assert model.setData(model.index(row, ACTOR_TYPE), "residents")
    assert workspace.undo_stack.count() == 3
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    restored = participants.get_participant(workspace.store, person.id)
    assert (restored.organisation, restored.consent_date, restored.actor_type) == (
        person.organisation,
        person.consent_date,
        person.actor_type,
    )
    assert model.setData(model.index(row, CONSENT), None)
    assert participants.get_participant(workspace.store, person.id).consent_date is None

    count = workspace.undo_stack.count()
    assert not model.setData(model.index(row, CONTACT), person.contact)  # no change, no command
    with qtbot.waitSignal(workspace.failed) as failure:
        assert not model.setData(model.index(row, NAME), "   ")
    assert failure.args and failure.args[0]
    assert workspace.undo_stack.count() == count
    assert participants.get_participant(workspace.store, person.id).display_name == "Sigrid Bakken"


def test_reload_merges_instead_of_resetting(model: ParticipantsModel, workspace: Workspace, qtbot: QtBot) -> None:
    person = person_named(workspace, "Eeva Kaarto")
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    participants.update_participant(workspace.store, person.id, {"role": "Coordinator"})
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.reload()
    first, _last = changed.args[0], changed.args[1]
    assert isinstance(first, QModelIndex) and first.row() == model.row_of(person.id)
    added = participants.add_participant(workspace.store, "Ole Nilsen", actor_type="business")
    with qtbot.waitSignal(model.rowsInserted):
        model.reload()
    assert model.rowCount() == 18 and model.row_of(added.id) == 17
    assert not resets
