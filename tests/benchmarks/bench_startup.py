"""Start-up benchmark (issue: workspace). Process start to the main window shown on the demo programme, to its
overview filled (usable), and to the programme open through the store (complete, the data stack loaded after
the first view), and peak memory at each moment, against a bare PySide6 QMainWindow process in the same run.

Targets: time ratio <= 3, peak-memory ratio <= 2.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from tests.benchmarks.figures import Figures

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
window.show()
def shown():
    app.processEvents()
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
    print(f"shown {peak}", flush=True)
    app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def _launch(command: list[str], env: dict[str, str], marker: str = "shown") -> tuple[float, int]:
    """Seconds from spawning the process to its ``marker`` line ("shown": the window is on screen; "ready": the
    overview is filled with the programme's data, from the first view read through sqlite3 when the file allows;
    "complete": the programme open through the store, every page at hand), and its peak RSS (KiB) then."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    assert process.stdout is not None
    found = None
    for line in process.stdout:
        if line.startswith(marker + " ") and found is None:
            found = time.perf_counter() - start, int(line.split()[1])
    process.wait(timeout=30)
    if found is None:
        raise RuntimeError(f"{command} never printed {marker!r} (exit {process.returncode})")
    return found


def main(rounds: int = 9) -> Figures:
    from workshop_app.demo.generator import build_demo

    folder = Path(tempfile.mkdtemp(prefix="workshop-startup-"))
    demo = folder / "demo.workshop"
    build_demo(demo, "en", today=date(2026, 11, 23)).close()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        "WORKSHOP_APP_EXIT_WHEN_SHOWN": "1",
        "WORKSHOP_APP_HOME": str(folder / "home"),
    }
    app_command = [sys.executable, "-m", "ui", "open", str(demo)]
    bare_command = [sys.executable, "-c", BARE]
    _launch(app_command, env)  # warm the file cache once for both
    _launch(bare_command, env)
    moments = ("shown", "ready", "complete")
    times: dict[str, list[float]] = {marker: [] for marker in (*moments, "bare")}
    memory: dict[str, list[int]] = {marker: [] for marker in (*moments, "bare")}
    for _ in range(rounds):
        for marker in moments:
            seconds, peak = _launch(app_command, env, marker)
            times[marker].append(seconds)
            memory[marker].append(peak)
        seconds, peak = _launch(bare_command, env)
        times["bare"].append(seconds)
        memory["bare"].append(peak)
    figures = Figures()
    bare_ms, bare_mb = statistics.median(times["bare"]) * 1e3, statistics.median(memory["bare"]) / 1024
    targets = " (targets <= 3 and <= 2)"
    for moment, label, marker, target in (
        ("window", "main window shown", "shown", targets),
        ("usable", "overview filled with the programme's data", "ready", targets),
        ("complete", "programme open through the store (data stack loaded)", "complete", ""),
    ):
        app_ms, app_mb = statistics.median(times[marker]) * 1e3, statistics.median(memory[marker]) / 1024
        ratio = figures.ratio(f"startup_{moment}", app_ms, bare_ms)
        memory_ratio = figures.ratio(f"startup_{moment}_memory", app_mb, bare_mb, unit="mb")
        print(
            f"{label}: app {app_ms:.0f} ms vs bare QMainWindow {bare_ms:.0f} ms, ratio {ratio:.2f}; "
            f"peak memory {app_mb:.0f} MB vs {bare_mb:.0f} MB, ratio {memory_ratio:.2f}{target}"
        )
    return figures


if __name__ == "__main__":
    main()
