"""``python -m tests.benchmarks [--only NAME ...] [--json FILE]``: the benchmarks, figures printed as they come
and, with ``--json``, written to FILE as one JSON object of numbers (see ``runner``)."""

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("WORKSHOP_APP_HOME", tempfile.mkdtemp(prefix="workshop-bench-"))

from tests.benchmarks.runner import main

main(sys.argv[1:])
