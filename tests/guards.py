"""What the robustness and property tests hold every extraction to.

* ``hang_cap(seconds)``: a hang or a non-linear path fails the test and says
  where it was, instead of stalling CI.  SIGALRM interrupts even a runaway
  regular expression (CPython's engine checks for signals); ``faulthandler``
  is the backstop should the alarm not fire.
* ``extract_checked(text, **kw)``: the pipeline in-process, with no exception,
  no logged extractor failure, no internal-error warning, the right length,
  exact spans and a body that encodes as UTF-8.
"""
from __future__ import annotations

import faulthandler
import json
import logging
import signal
import threading
import traceback
from contextlib import contextmanager

import service.pipeline
from spans import iter_spans


class HangError(BaseException):   # not Exception: the pipeline catches those
    pass


@contextmanager
def hang_cap(seconds: int):
    if threading.current_thread() is not threading.main_thread():
        yield   # signals reach the main thread only
        return

    def on_alarm(signum, frame):
        where = "".join(traceback.format_stack(frame)[-3:])
        raise HangError(f"test ran past the {seconds} s cap: a hang or a non-linear "
                        f"path; it was here:\n{where}")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(seconds)
    faulthandler.dump_traceback_later(seconds * 3, exit=True)
    try:
        yield
    finally:
        signal.alarm(0)
        faulthandler.cancel_dump_traceback_later()
        signal.signal(signal.SIGALRM, previous)


def assert_spans(body: dict, text: str) -> int:
    """Every span in ``body`` satisfies text[start:end] == span.text; returns their count."""
    n = 0
    for span in iter_spans(body):
        start, end = span["start"], span["end"]
        assert 0 <= start <= end <= len(text), (span, len(text))
        assert text[start:end] == span["text"], (span, text[start:end])
        n += 1
    return n


def assert_no_internal_error(body: dict) -> None:
    """The pipeline turns an extractor's exception into a warning (so a bug costs
    one record type, not a 500); here that still counts as a failure."""
    failed = [w for w in body["warnings"] if "internal error" in w or "could not be" in w]
    assert not failed, failed


class _Errors(logging.Handler):
    def __init__(self):
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


def extract_checked(text: str, **kw) -> dict:
    """``service.pipeline.extract`` held to the invariants above; its body."""
    handler, logger = _Errors(), logging.getLogger("service")
    logger.addHandler(handler)
    try:
        body = service.pipeline.extract(text, **kw)
    finally:
        logger.removeHandler(handler)
    assert not handler.records, [(r.getMessage(), r.exc_text or
                                  logging.Formatter().formatException(r.exc_info)
                                  if r.exc_info else None) for r in handler.records]
    assert body["document"]["characters"] == len(text)
    assert_spans(body, text)
    assert_no_internal_error(body)
    json.dumps(body, ensure_ascii=False).encode("utf-8")
    return body
