"""Articles of a batch built by a pool of worker processes, in chunks, outcomes in input order.

A worker that dies (killed, out of memory) fails only the articles it was building; workers
ignore Ctrl-C (the parent decides) and exit when the parent dies."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Generator, Sequence
from typing import TYPE_CHECKING

from .batch_article import BatchSettings, Outcome, build_one, worker_died
from .batch_inputs import Input
from .fileio import discard
from .warm_up import warm_up

if TYPE_CHECKING:  # the process pool is loaded by a parallel run only: one article starts sooner
    from concurrent.futures import ProcessPoolExecutor

MAX_CHUNK = 8  # articles sent to a worker at once: fewer round trips, still an even spread


def _build_chunk(sources: list[Input], settings: BatchSettings) -> list[Outcome]:
    return [build_one(source, settings) for source in sources]


def in_parallel(sources: Sequence[Input], settings: BatchSettings, jobs: int) -> Generator[Outcome]:
    from concurrent.futures.process import BrokenProcessPool

    size = max(1, min(MAX_CHUNK, len(sources) // (jobs * 4)))
    chunks = [list(sources[i : i + size]) for i in range(0, len(sources), size)]
    workers = min(jobs, len(chunks))
    warm_up(settings)  # once here rather than once in each worker
    pools = [_pool(workers)]
    futures = [pools[-1].submit(_build_chunk, chunk, settings) for chunk in chunks]
    try:
        for i, chunk in enumerate(chunks):
            try:
                outcomes = futures[i].result()
            except BrokenProcessPool:
                # A worker died (killed, out of memory) building this chunk or another: this
                # chunk alone in a fresh pool tells which; the rest go on in the fresh pool.
                pools.append(_pool(workers))
                futures[i:] = [pools[-1].submit(_build_chunk, c, settings) for c in chunks[i:]]
                try:
                    outcomes = futures[i].result()
                except BrokenProcessPool:
                    outcomes = [worker_died(source) for source in chunk]
                    pools.append(_pool(workers))
                    futures[i + 1 :] = [pools[-1].submit(_build_chunk, c, settings) for c in chunks[i + 1 :]]
            yield from outcomes
    finally:
        for future in futures:
            future.cancel()
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)
        for future in futures:  # staged by a worker but never committed: removed (a no-op once renamed)
            if future.done() and not future.cancelled() and future.exception() is None:
                discard(tmp for outcome in future.result() for tmp, _ in outcome.staged)


def _pool(workers: int) -> ProcessPoolExecutor:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, initializer=_worker_init, initargs=(os.getpid(),))


def _worker_init(parent: int) -> None:
    # Ctrl-C reaches every process in the terminal's group; the parent alone decides what
    # happens (it stops the run and removes the workers' unfinished files).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with, args=(parent,), name="quizgen-parent-watch", daemon=True).start()


def _exit_with(parent: int) -> None:
    """Exit when the parent is gone (killed with SIGKILL it cannot tell its workers): a worker
    blocked on the parent's pipe would otherwise wait forever."""
    while os.getppid() == parent:
        time.sleep(0.2)
    os._exit(1)


def default_jobs() -> int:
    """The processors this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)
