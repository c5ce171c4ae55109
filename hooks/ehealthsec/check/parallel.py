"""Validation spread over the machine's cores, where that is safe and pays.

Rendering every body for the safety gate is most of what `guidelines validate`
costs (about 6 ms a body against under 1 ms for everything else), and the
files are independent: a standard process pool shares them. Measured with
`bench/validate_bench.py --count 2000` on two cores, sharing the files saves
about two fifths of the whole command (figures in bench/README.md).

The work stays in this process where a pool is not safe or would not pay:
- on platforms other than Linux: the pool forks, so that children start with
  everything already loaded, and macOS system libraries are not fork-safe;
- when the process runs other threads (`mkdocs serve`, browser tests): a lock
  held by another thread at the fork would stay held in the child;
- for fewer than `MIN_ITEMS` items, where starting the pool costs more than it saves;
- when `GUIDELINES_JOBS=1` asks for it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

log = logging.getLogger(__name__)

JOBS_ENV = "GUIDELINES_JOBS"
MIN_ITEMS = 24  # measured: about even at 16 files, a tenth quicker at 32 and at the real corpus
MAX_JOBS = 8


def available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def jobs_for(count: int) -> int:
    """How many processes should share `count` items (1: do them here)."""
    if count < MIN_ITEMS or not sys.platform.startswith("linux"):
        return 1
    if threading.active_count() > 1:
        return 1
    wanted = os.environ.get(JOBS_ENV, "")
    if wanted:
        if wanted.isdigit() and int(wanted) > 0:
            return min(int(wanted), MAX_JOBS)
        log.warning("%s=%r is not a whole number above 0; ignored", JOBS_ENV, wanted)
    return min(available_cores(), MAX_JOBS)


def split_map(func: Callable[[Item], Result], items: Sequence[Item]) -> list[Result]:
    """`[func(item) for item in items]`, shared by a pool of `jobs_for` processes.

    Results keep the order of `items`. `func`, the items and the results
    travel between processes, so they must be picklable; an exception in any
    item is raised here, as it would be without the pool.
    """
    jobs = jobs_for(len(items))
    if jobs == 1:
        return [func(item) for item in items]
    chunk = -(-len(items) // (jobs * 4))  # a few chunks each, so that no worker idles long
    with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(func, items, chunksize=chunk))
