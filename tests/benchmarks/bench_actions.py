"""Action-plan benchmark (issue: actions). A programme with 5,000 actions in ActionsModel and its filter proxy.

Sorting by three columns in both orders, and filtering by status, overdue and text, each as the page does it
(the call, then the proxy's row count, so the proxy's mapping is really rebuilt). Target: every median
<= 50 ms. Baseline measured in the same run: Python's ``sorted()`` over the same rows with the same key,
printed as a ratio; and, once, what a stock QSortFilterProxyModel sort through SortRole costs.

    python -m tests.benchmarks.bench_actions
"""

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from tests.benchmarks.figures import Figures

TODAY = date(2026, 11, 23)
TARGET_MS = 50.0
ROUNDS = 15


def _ms(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1e3


def main() -> Figures:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QApplication

    from tests.benchmarks.large_programme import build_large
    from ui.models.actions_model import DUE, OWNER, SORT_ROLE, WHAT, ActionsFilterProxy, ActionsModel
    from ui.workspace import Workspace
    from workshop_app.storage.store import ProgrammeStore

    app = QApplication.instance() or QApplication([])
    figures = Figures()
    ascending, descending = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "large.workshop"
        build_large(path, workshops=100, notes=200, actions=5000, today=TODAY).close()
        workspace = Workspace(ProgrammeStore.open(path))
        workspace.today = lambda: TODAY  # type: ignore[method-assign]
        load_ms = _ms(lambda: ActionsModel(workspace))
        model = ActionsModel(workspace)
        proxy = ActionsFilterProxy()
        proxy.setSourceModel(model)

        def settle() -> None:
            """What a view asks for right after a change: forces the proxy to map its rows again."""
            proxy.rowCount()
            proxy.index(0, 0).data()

        figures.record("actions_rows", model.rowCount())
        figures.record("actions_load_ms", load_ms)
        print(f"actions: {model.rowCount()} rows, loading the model {load_ms:.0f} ms")
        print(f"{'operation':<40}{'median ms':>10}{'plain sorted() ms':>19}{'ratio':>8}   target <= {TARGET_MS:.0f} ms")
        failures = 0
        rows = [model.action_at(row) for row in range(model.rowCount())]
        for column, name, key in ((DUE, "due date", "due"), (WHAT, "what", "what"), (OWNER, "owner", "owner")):
            for order, label, way in ((ascending, "ascending", "asc"), (descending, "descending", "desc")):
                other = descending if order == ascending else ascending
                timings, plain = [], []
                for _ in range(ROUNDS):
                    proxy.sort(column, other)  # so that every timed sort really reorders the rows
                    settle()
                    timings.append(_ms(lambda c=column, o=order: (proxy.sort(c, o), settle())))  # type: ignore[misc]
                    reverse = order == descending
                    plain.append(
                        _ms(lambda c=column, r=reverse: sorted(rows, key=lambda a: model.sort_key(a, c), reverse=r))  # type: ignore[misc]
                    )
                median, baseline = statistics.median(timings), statistics.median(plain)
                ratio = figures.ratio(f"actions_sort_{key}_{way}", median, baseline)
                failures += median > TARGET_MS
                flag = "ok" if median <= TARGET_MS else "OVER TARGET"
                title = f"sort by {name}, {label}"
                print(f"{title:<40}{median:>10.1f}{baseline:>19.1f}{ratio:>8.1f}   {flag}")
        proxy.sort(DUE, ascending)
        filters: list[tuple[str, str, Callable[[], None]]] = [
            ("filter status = open", "status", lambda: proxy.set_statuses({"open"})),
            ("filter overdue only", "overdue", lambda: proxy.set_overdue_only(True)),
            ("filter text 'toimenpide 12'", "text", lambda: proxy.set_search("toimenpide 12")),
        ]
        for name, key, apply in filters:
            timings = []
            for _ in range(ROUNDS):
                proxy.clear_filters()
                settle()
                timings.append(_ms(lambda a=apply: (a(), settle())))  # type: ignore[misc]
            shown = proxy.rowCount()
            median = figures.record(f"actions_filter_{key}_ms", statistics.median(timings))
            figures.record(f"actions_filter_{key}_rows", shown)
            failures += median > TARGET_MS
            flag = "ok" if median <= TARGET_MS else "OVER TARGET"
            title = f"{name} ({shown} rows)"
            print(f"{title:<40}{median:>10.1f}{'':>19}{'':>8}   {flag}")
        proxy.clear_filters()
        stock = QSortFilterProxyModel()
        stock.setSortRole(SORT_ROLE)
        stock.setSourceModel(model)
        stock_ms = figures.record(
            "actions_sort_stock_proxy_ms", _ms(lambda: (stock.sort(DUE, ascending), stock.rowCount()))
        )
        print(f"for comparison, a stock QSortFilterProxyModel sorting by due date through SortRole: {stock_ms:.0f} ms")
        figures.record("actions_over_target", failures)
        print("all within target" if not failures else f"{failures} over target")
        workspace.close()
    del app
    return figures


if __name__ == "__main__":
    main()
