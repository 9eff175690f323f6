"""Choosers list every canvas or workshop, also when two have the same name."""

from ui.widgets.choices import distinct


def test_equal_labels_are_numbered_in_order_and_keep_their_values() -> None:
    chosen = distinct([("Kick-off", 1), ("Village bus", 2), ("Kick-off", 3), ("Kick-off", 4)])
    assert chosen == {"Kick-off": 1, "Village bus": 2, "Kick-off (2)": 3, "Kick-off (3)": 4}


def test_a_number_already_in_a_title_is_not_taken_twice() -> None:
    chosen = distinct([("Sheet (2)", "a"), ("Sheet", "b"), ("Sheet", "c")])
    assert list(chosen.values()) == ["a", "b", "c"] and len(chosen) == 3
