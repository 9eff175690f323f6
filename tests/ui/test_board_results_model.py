"""The dots table's model follows a board note by note: new notes inserted, deleted ones removed, the rest
updated in place, and the sorting proxy always agrees with a plain sort of the same rows."""

import uuid

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtTest import QAbstractItemModelTester

from ui.board.votes import NOTE, VOTES, Result, ResultsModel

IDS = [uuid.UUID(int=n) for n in range(12)]


def _rows(draw: st.DrawFn) -> list[Result]:
    chosen = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=len(IDS)))
    return [Result(note_id, f"note {note_id.int}", draw(st.integers(0, 4))) for note_id in chosen]


@st.composite
def boards(draw: st.DrawFn) -> list[list[Result]]:
    """A board over time: mostly notes added at the end, removed or re-voted; sometimes a new order."""
    states = [_rows(draw)]
    for _ in range(draw(st.integers(1, 6))):
        current = states[-1]
        step = draw(st.sampled_from(["append", "remove", "vote", "shuffle"]))
        if step == "append":
            unused = [note_id for note_id in IDS if note_id not in {row.note_id for row in current}]
            extra = draw(st.lists(st.sampled_from(unused), unique=True, max_size=3)) if unused else []
            current = current + [Result(note_id, f"note {note_id.int}", 0) for note_id in extra]
        elif step == "remove" and current:
            gone = draw(st.sets(st.sampled_from([row.note_id for row in current])))
            current = [row for row in current if row.note_id not in gone]
        elif step == "vote" and current:
            index = draw(st.integers(0, len(current) - 1))
            row = current[index]
            current = [*current[:index], Result(row.note_id, row.text, row.votes + 1), *current[index + 1 :]]
        else:
            current = _rows(draw)
        states.append(current)
    return states


@settings(max_examples=60, deadline=None)
@given(boards())
def test_the_model_and_its_sorted_proxy_follow_every_change(qapp: object, states: list[list[Result]]) -> None:
    model = ResultsModel()
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
    for rows in states:
        if model.set_results(rows):
            proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
        assert [model.result(row) for row in range(model.rowCount())] == rows
        shown = [proxy.index(row, VOTES).data(Qt.ItemDataRole.UserRole) for row in range(proxy.rowCount())]
        assert shown == sorted((row.votes for row in rows), reverse=True)
        texts = {proxy.index(row, NOTE).data() for row in range(proxy.rowCount())}
        assert texts == {row.text for row in rows}


def test_a_note_added_is_an_insertion_not_a_reset(qapp: object) -> None:
    model = ResultsModel()
    first = [Result(IDS[0], "a", 1), Result(IDS[1], "b", 0)]
    model.set_results(first)
    resets: list[int] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(1))
    model.rowsInserted.connect(lambda _parent, start, end: inserted.append((start, end)))
    assert model.set_results([*first, Result(IDS[2], "c", 0)]) is False
    assert resets == [] and inserted == [(2, 2)]


def test_two_rows_voted_at_once_are_sorted(qapp: object) -> None:
    """Found by the property above: the proxy placed each changed row among rows already replaced."""
    model = ResultsModel()
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.ItemDataRole.UserRole)
    proxy.sort(VOTES, Qt.SortOrder.DescendingOrder)
    model.set_results([Result(note_id, "n", 0) for note_id in IDS[:4]])
    model.set_results([Result(note_id, "n", votes) for note_id, votes in zip(IDS[:4], [0, 1, 1, 0], strict=True)])
    assert [proxy.index(row, VOTES).data(Qt.ItemDataRole.UserRole) for row in range(4)] == [1, 1, 0, 0]
