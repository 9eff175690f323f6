"""``python -m tests.benchmarks``: every benchmark, one after the other, figures printed as they come."""

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

from tests.benchmarks import bench_actions, bench_board, bench_core, bench_export, bench_startup

print("== core (storage)")
bench_core.main()
print("== workspace (start-up, action table)")
bench_startup.main()
bench_actions.main()
print("== export")
bench_export.main()
print("== board")
bench_board.main()
