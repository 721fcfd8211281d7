"""The model in a process of its own, running ahead of the builders (issue 17, item 1).

A long document's pieces go through the model and then through the builders one after
another, and the builders must stay in one process (each piece's resolution is seeded by
the pieces before it, ``pieces.Carried``). The model needs no such order: a forked process
runs it over the pieces and hands each Doc back as bytes while this one runs the builders
on the Doc before, so that the two take a core each.

That process multiplies its matrices with one BLAS thread: OpenBLAS's second thread only
spins on this model (``nlp.pipe`` over 600 KB of pieces: 9.4 s wall and 9.4 s of processor
time with one thread, 11.3 s and 16.4 s with two), and it would take the core the builders
need. The Docs come back whole (``Doc.to_bytes``: every token attribute, the sentence
starts, the entities), short of the tensor, which the builders do not read.
"""

from __future__ import annotations

import pickle
import queue
from collections.abc import Iterable, Iterator

from rightsgraph.errors import RightsGraphError

#: Docs the model's process may hold ready for the builders (bytes in the queue's pipe).
AHEAD = 8
#: Seconds between looks at whether the model's process is still there.
_POLL = 0.5


class ModelProcessError(RightsGraphError, RuntimeError):
    """The model's process ended without handing back every Doc (killed, out of memory)."""


def second_process_pays() -> bool:
    """Whether a second process beside this one can pay (the model's, or the one writing
    the Turtle): more than one processor to run on, and a process allowed to start one (a
    pool's worker is not, and its pool already keeps the processors busy)."""
    import multiprocessing
    import os

    try:
        processors = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        processors = os.cpu_count() or 1
    return processors > 1 and not multiprocessing.current_process().daemon


def docs_ahead(nlp, texts: Iterable[str]) -> Iterator:
    """``nlp.pipe(texts)``'s Docs, in order, made in a forked process up to ``AHEAD`` Docs
    ahead of the caller. The model takes the texts one at a time: the first Doc comes back
    sooner, and over 20,000-character pieces a batch of four is no quicker. What the model
    raises is raised here; the process is stopped when the caller stops reading."""
    import multiprocessing

    from spacy.tokens import Doc

    context = multiprocessing.get_context("fork")
    docs = context.Queue(maxsize=AHEAD)
    process = context.Process(target=_run_model, args=(nlp, texts, docs), daemon=True)
    process.start()
    try:
        while True:
            kind, value = _next(docs, process)
            if kind == "end":
                return
            if kind == "error":
                raise pickle.loads(value)
            yield Doc(nlp.vocab).from_bytes(value)
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        docs.close()
        docs.join_thread()


def _next(docs, process) -> tuple[str, bytes | None]:
    """The next message from the model's process, or ModelProcessError if it ended without one."""
    while True:
        try:
            return docs.get(timeout=_POLL)
        except queue.Empty:
            if process.is_alive():
                continue
        try:  # it may have ended just after its last message
            return docs.get(timeout=_POLL)
        except queue.Empty:
            raise ModelProcessError(f"the model's process ended early (exit code {process.exitcode})") from None


def _run_model(nlp, texts: Iterable[str], docs) -> None:
    """In the forked process: the model over ``texts`` with one BLAS thread, each Doc put
    on ``docs`` as bytes, then ("end", None); or what it raised, pickled."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the caller's to handle; it stops this process
    try:
        from threadpoolctl import threadpool_limits

        threadpool_limits(1, user_api="blas")
        for doc in nlp.pipe(texts, batch_size=1):
            docs.put(("doc", doc.to_bytes(exclude=["tensor"])))
        docs.put(("end", None))
    except BaseException as error:  # handed to the caller, who raises it
        docs.put(("error", _pickled(error)))


def _pickled(error: BaseException) -> bytes:
    try:
        return pickle.dumps(error)
    except Exception:  # an exception that cannot be pickled still says what it was
        return pickle.dumps(RuntimeError(f"{type(error).__name__}: {error}"))
