"""What an operation is, and how one runs: one user action, one transaction, one outcome.

An :class:`Operation` is a small frozen value that says what to change (add this note, delete these three,
move these two). :func:`run` applies it inside exactly one transaction and returns an :class:`Outcome`:
the result (a view of what was made, say), the inverse (another operation that goes through the same
domain rules, so undo of a change the rules forbid is refused the same way) and the typed change set the
transaction produced. The window's undo stack, the room server and the command line all run operations
the same way; nothing reaches the database around them.

Chosen over SQLAlchemy's unit-of-work alone (after Anki's ``OpChanges``): the inverse and the change set are
part of the answer, so every caller can undo and refresh without knowing how the change was made.
"""

import abc
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from workshop_app.operations.changes import ChangeSet
from workshop_app.storage.store import ProgrammeStore

R = TypeVar("R", covariant=True)
T = TypeVar("T")


class Operation(abc.ABC, Generic[R]):
    """One change a person asks for. Subclasses are frozen dataclasses: plain values, safe to keep on an
    undo stack, to log, or to build from a request."""

    @abc.abstractmethod
    def apply(self, store: ProgrammeStore) -> "tuple[R, Operation[Any] | None]":
        """Make the change inside the transaction under way; return the result and the inverse (None for a
        change that cannot be taken back, such as erasing a person)."""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    result: T
    inverse: Operation[Any] | None
    changes: ChangeSet


def run(store: ProgrammeStore, operation: Operation[T]) -> Outcome[T]:
    """Apply ``operation`` in one transaction: all of it is committed durably, or none of it.

    The transaction is begun as :meth:`~workshop_app.storage.transactions.TransactionalStore.writing` begins
    it: an operation that uses the ORM gets its session when it first asks (a service's ``transaction()``
    joins), and one that needs none (a drag) costs no session."""
    with store.writing():
        tracker = store.tracker
        result, inverse = operation.apply(store)
    return Outcome(result, inverse, tracker.changes())


@dataclass(frozen=True)
class Batch(Operation[list[Any]]):
    """Several operations as one: one transaction, one undo step (actions from several decisions, the
    attendance of a whole room). The inverse undoes them in reverse order, also as one."""

    operations: Sequence[Operation[Any]]

    def apply(self, store: ProgrammeStore) -> tuple[list[Any], Operation[Any] | None]:
        results: list[Any] = []
        inverses: list[Operation[Any]] = []
        reversible = True
        for operation in self.operations:
            result, inverse = operation.apply(store)
            results.append(result)
            if inverse is None:
                reversible = False
            else:
                inverses.append(inverse)
        return results, (Batch(tuple(reversed(inverses))) if reversible else None)
