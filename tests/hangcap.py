"""A time cap per test for the robustness and property tests: a hang or a
non-linear path fails the test and says where it was, instead of stalling CI.

SIGALRM interrupts even a runaway regular expression (CPython's engine checks
for signals); ``faulthandler`` is the backstop should the alarm not fire.
"""
from __future__ import annotations

import faulthandler
import signal
import threading
import traceback
from contextlib import contextmanager


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
