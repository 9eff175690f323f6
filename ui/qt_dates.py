"""Python dates to Qt's: one place, so every widget converts the same way."""

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
