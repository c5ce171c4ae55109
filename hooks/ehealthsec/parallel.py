"""Per-item work spread over forked processes, where that is safe and pays.

A site build is one process on one core, and checking and rendering the
guidelines is pure computation on independent files: on a machine with a
second core, a forked copy of the process can do part of it. Fork shares
everything already loaded (vocabulary, compiled schema, caches) for free;
only the results travel back, pickled, through a pipe. Two shapes:
- `split_map` shares a list of items (the files to validate) and waits;
- `Background` has a child make keyed results (the pages of the site) and
  stream them back, while this process goes on and reads each when needed.

The work stays in one process when forking is not safe or would not pay:
- on platforms other than Linux (macOS system libraries are not fork-safe);
- when the process runs other threads (`mkdocs serve` does): a lock held by
  another thread at the fork would stay held in the child forever;
- for fewer than `MIN_ITEMS` items, where the fork costs more than it saves;
- when `GUIDELINES_JOBS=1` asks for it.

A child that fails for any reason is not trusted: its share is computed
again here, so an error surfaces exactly as it would without forking.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import pickle
import signal
import struct
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import BinaryIO, Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")
Value = TypeVar("Value")

log = logging.getLogger(__name__)

JOBS_ENV = "GUIDELINES_JOBS"
# Measured on two cores (bench/validate_bench.py --count N): 48 files validate
# in 29 ms instead of 36 ms, 96 in 52 instead of 72; fewer would save a few
# milliseconds at most, not worth a process.
MIN_ITEMS = 48
MAX_JOBS = 8
_FRAME = struct.Struct("<Q")  # the length of the pickle that follows
_PIPE_SIZE = 1 << 20  # room for a child to run ahead of a busy reader


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def jobs_for(count: int, min_items: int = MIN_ITEMS) -> int:
    """How many processes should share `count` items: 1 means no fork."""
    wanted = _jobs_wanted()
    if wanted <= 1 or count < min_items or not _fork_is_safe():
        return 1
    return min(wanted, MAX_JOBS, count)


def fork_allowed() -> bool:
    """Whether work may go to a forked process at all."""
    return jobs_for(2, min_items=2) > 1


def _jobs_wanted() -> int:
    setting = os.environ.get(JOBS_ENV, "").strip()
    if not setting:
        return available_cores()
    if setting.isdigit() and int(setting) > 0:
        return int(setting)
    log.warning("%s=%r is not a whole number above 0; ignored", JOBS_ENV, setting)
    return available_cores()


def _fork_is_safe() -> bool:
    return sys.platform == "linux" and hasattr(os, "fork") and threading.active_count() == 1


def split_map(func: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`[func(item) for item in items]`, computed by up to `jobs_for` processes.

    The results are in the order of `items`. `func` and the items are not
    pickled (the children are forks); the results must be picklable.
    """
    jobs = jobs_for(len(items))
    if jobs == 1:
        return [func(item) for item in items]
    size = -(-len(items) // jobs)  # ceiling: contiguous shares, the first one ours
    shares = [items[start : start + size] for start in range(0, len(items), size)]
    return _run_shares(func, shares)


def _run_shares(func: Callable[[Item], Result], shares: Sequence[Sequence[Item]]) -> list[Result]:
    """The first share computed here, each other one by a child."""
    if not shares:
        return []
    pending = [(share, _start_child(func, share)) for share in shares[1:]]
    pending.reverse()  # popped from the end, in the order of the shares
    try:
        results = [func(item) for item in shares[0]]
        while pending:
            share, child = pending.pop()
            collected: list[Result] | None = _collect(child) if child else None
            if collected is None:
                _redone(len(share))
                collected = [func(item) for item in share]
            results.extend(collected)
        return results
    finally:  # an exception here: leave no child waiting to write
        for _, child in pending:
            if child:
                _abandon(child)


redone_here = 0  # items or results a child failed to deliver, made again here


def _redone(count: int) -> None:
    """A child failed: its work is done again here. The output is the same,
    only slower; tests check that this does not happen when all is well."""
    global redone_here
    redone_here += count
    log.warning("a forked process failed; %d item(s) were made again in this one", count)


def _start_child(func: Callable[[Item], Result], share: Sequence[Item]) -> tuple[int, int] | None:
    """A child that sends the results of its whole share at once."""

    def send(pipe: BinaryIO) -> None:
        pipe.write(pickle.dumps([func(item) for item in share], pickle.HIGHEST_PROTOCOL))

    return _fork(send)


def _fork(send: Callable[[BinaryIO], None]) -> tuple[int, int] | None:
    """A child process that runs `send` on the write end of a pipe and leaves;
    here, its pid and the read end. None if no process could be made."""
    try:
        read_end, write_end = os.pipe()
    except OSError:
        return None  # out of file descriptors: the work is done here instead
    try:
        pid = os.fork()
    except OSError:
        os.close(read_end)
        os.close(write_end)
        return None  # out of processes or memory
    if pid == 0:
        os.close(read_end)
        _child_main(send, write_end)  # never returns
    os.close(write_end)
    with contextlib.suppress(AttributeError, OSError):  # a small pipe works too
        import fcntl  # here, not at the top: there is none on Windows

        fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, _PIPE_SIZE)
    return pid, read_end


def _child_main(send: Callable[[BinaryIO], None], out: int) -> None:
    status = 1
    try:
        with os.fdopen(out, "wb") as pipe:
            send(pipe)
        status = 0
    except BaseException:  # the parent sees the status and does the work itself
        pass
    finally:
        # Leave at once: no atexit handlers, no flushing of buffers the parent owns.
        os._exit(status)


def _abandon(child: tuple[int, int]) -> None:
    pid, read_end = child
    os.close(read_end)
    with contextlib.suppress(ProcessLookupError):  # it may have finished already
        os.kill(pid, signal.SIGKILL)
    _reap(pid)


def _reap(pid: int) -> int:
    """The child's exit status; 0 when the system reaped it already (a parent
    that ignores SIGCHLD), in which case the data it sent is what counts."""
    try:
        return os.waitpid(pid, 0)[1]
    except ChildProcessError:
        return 0


def _collect(child: tuple[int, int]) -> list[Result] | None:
    pid, read_end = child
    try:
        with os.fdopen(read_end, "rb") as pipe:
            payload = pipe.read()
    finally:
        status = _reap(pid)
    if status != 0 or not payload:
        return None
    try:
        results: list[Result] = pickle.loads(payload)
    except Exception:  # cut short: the share is made again here
        return None
    return results


class Background(Generic[Value]):
    """Keyed results of `produce`, made by a forked child while this process
    goes on with other work, and read as each is asked for.

    The child sends each `(key, value)` as soon as it is made, so the first
    results are ready long before the last. Without a child (not worth it,
    or not safe), `produce` runs here, at once. A child that fails is not
    trusted: everything is made again here.
    """

    def __init__(
        self, produce: Callable[[], Iterable[tuple[str, Value]]], *, worth_forking: bool
    ) -> None:
        self._produce = produce
        self._results: dict[str, Value] = {}
        self._buffer = bytearray()
        self._child: tuple[int, int] | None = None
        if worth_forking and fork_allowed():
            self._child = _start_stream(produce)
        if self._child is None:
            self._results.update(produce())

    def get(self, key: str) -> Value:
        self._read(wait=False)  # take what has come, so the child never waits on us
        while key not in self._results and self._child is not None:
            self._read(wait=True)
        return self._results[key]

    def close(self) -> None:
        """Stop the child if it still runs (the build ended early)."""
        if self._child is not None:
            _abandon(self._child)
            self._child = None

    def _read(self, *, wait: bool) -> None:
        if self._child is None:
            return
        read_end = self._child[1]
        os.set_blocking(read_end, wait)
        try:
            chunk = os.read(read_end, 1 << 20)
        except BlockingIOError:
            return
        if not chunk:  # the child ended without saying it had finished
            self._redo_here()
            return
        self._buffer += chunk
        self._unpack()

    def _unpack(self) -> None:
        buffer, offset = self._buffer, 0
        try:
            while len(buffer) - offset >= _FRAME.size:
                (size,) = _FRAME.unpack_from(buffer, offset)
                start, end = offset + _FRAME.size, offset + _FRAME.size + size
                if len(buffer) < end:
                    return
                record = pickle.loads(memoryview(buffer)[start:end])
                offset = end
                if record is None:  # the end: everything was sent
                    self._finish()
                    return
                key, value = record
                self._results[key] = value
        finally:
            del buffer[:offset]  # once, not once a record: it may hold many

    def _finish(self) -> None:
        """The end marker came: everything was sent, whatever the exit status."""
        assert self._child is not None
        pid, read_end = self._child
        self._child = None
        os.close(read_end)
        _reap(pid)

    def _redo_here(self) -> None:
        self.close()
        self._results = dict(self._produce())
        _redone(len(self._results))


def _start_stream(produce: Callable[[], Iterable[tuple[str, Value]]]) -> tuple[int, int] | None:
    """A child that sends each result as soon as it is made, then an end marker."""

    def send(pipe: BinaryIO) -> None:
        for record in itertools.chain(produce(), [None]):  # None: the end
            payload = pickle.dumps(record, pickle.HIGHEST_PROTOCOL)
            pipe.write(_FRAME.pack(len(payload)) + payload)
            pipe.flush()

    return _fork(send)
