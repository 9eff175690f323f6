"""Rounds of a child program killed with SIGKILL, each round a fresh process forked from one that imported it.

A SIGKILL test kills a real process several times. Started afresh, every round's process spends one to two
seconds importing the core before it does the few hundred milliseconds of work the kill lands in. Here one
child process (``python -m tests.forked MODULE``) imports MODULE once, before any file is opened or any thread
started, and forks a new process for each round, which runs MODULE as ``__main__`` with the round's arguments:
its own pid, its own open files and SQLite connections, killed with SIGKILL by the test and reaped only when the
test asks (so the pid cannot be reused by another process in between).

What a round prints goes to the test through one pipe, line by line, as a child started on its own would print
it; the end of a round is a line from the forking process that starts with a NUL byte, after which anything the
killed process left without its newline is handed back as the cut-off line it is.
"""

import contextlib
import json
import os
import queue
import runpy
import signal
import subprocess
import sys
import threading
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parent.parent
END = b"\0exit "
TIMEOUT = 60.0


class Rounds:
    """The test's side: one forking child, rounds started and killed through it."""

    def __init__(self, module: str, stderr: IO[bytes] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.forked", module],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
        )
        self._lines: queue.Queue[bytes] = queue.Queue()
        # Drains the pipe all along: on a full pipe a round would stall in print() instead of working.
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        loaded = self.readline()
        assert loaded == b"loaded\n", loaded

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in iter(self.proc.stdout.readline, b""):
            self._lines.put(line)
        self._lines.put(b"")

    def readline(self, timeout: float = TIMEOUT) -> bytes:
        """The next line the current round (or the forking process) printed; fails if none comes in time."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            raise AssertionError(f"no line from the child in {timeout} s") from None
        assert line, f"the forking child ended (exit {self.proc.poll()})"
        return line

    def poll(self, timeout: float) -> bytes | None:
        """The next line if one comes within ``timeout``, else None."""
        try:
            line = self._lines.get(timeout=timeout)
        except queue.Empty:
            return None
        assert line, f"the forking child ended (exit {self.proc.poll()})"
        return line

    def start(self, *args: str) -> int:
        """A new process running the module with ``args``; returns its pid."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps(args).encode() + b"\n")
        self.proc.stdin.flush()
        line = self.readline()
        assert line.startswith(b"pid "), line
        return int(line.split()[1])

    def kill(self, pid: int) -> tuple[list[bytes], int]:
        """SIGKILL the round's process, wait for it; returns the lines it printed not yet read and its exit code.

        A last line cut off by the kill is returned without its newline, as it was left in the pipe."""
        os.kill(pid, signal.SIGKILL)  # not yet reaped, so this pid is still the round's process
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"wait\n")
        self.proc.stdin.flush()
        rest: list[bytes] = []
        while True:
            line = self.readline()
            before, end, code = line.partition(END)
            if end:
                if before:
                    rest.append(before)
                return rest, int(code)
            rest.append(line)

    def close(self) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=30)
        self._reader.join(timeout=30)


@contextlib.contextmanager
def forking(module: str, stderr: IO[bytes] | None = None) -> Iterator[Rounds]:
    """``Rounds`` of ``module``, the forking child ended (and never left running) afterwards."""
    rounds = Rounds(module, stderr)
    try:
        yield rounds
    finally:
        if rounds.proc.poll() is None:
            rounds.close()


def _round(module: str, args: list[str]) -> None:
    """In the forked process: the module as its own program, then exit without returning to the loop."""
    code = 0
    try:
        devnull = os.open(os.devnull, os.O_RDONLY)
        os.dup2(devnull, 0)  # the commands to the forking process are not this process's input
        print(f"pid {os.getpid()}", flush=True)
        sys.argv = [module, *args]
        sys.modules.pop(module)  # run afresh as __main__; what it imports stays imported
        runpy.run_module(module, run_name="__main__", alter_sys=True)
    except SystemExit as stopped:
        code = stopped.code if isinstance(stopped.code, int) else 1
    except BaseException:
        traceback.print_exc()
        code = 1
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)


def main(module: str) -> None:
    """The forking process: import ``module`` once, then fork a round per line of JSON arguments on stdin."""
    __import__(module)
    # Forking is safe only from a single thread, with no file or connection open that a round would share.
    assert threading.active_count() == 1, threading.enumerate()
    print("loaded", flush=True)
    child = 0  # the round not yet reaped, if any
    for line in iter(sys.stdin.buffer.readline, b""):
        if line == b"wait\n":
            _pid, status = os.waitpid(child, 0)
            child = 0
            sys.stdout.buffer.write(END + str(os.waitstatus_to_exitcode(status)).encode() + b"\n")
            sys.stdout.flush()
            continue
        args = json.loads(line)
        sys.stdout.flush()
        sys.stderr.flush()
        child = os.fork()
        if child == 0:
            _round(module, args)
    if child:  # the test ended (or failed) without killing its last round: never leave it running
        os.kill(child, signal.SIGKILL)
        os.waitpid(child, 0)


if __name__ == "__main__":
    main(sys.argv[1])
