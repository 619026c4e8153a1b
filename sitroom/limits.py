"""Bounds on the work one input may cause: a time limit per document, and short error text.

A pathological input (a regex- or tokenizer-hostile text, a parser trap) must become a Failure,
never a hang. ``deadline`` interrupts Python code after a number of seconds with ``TimeLimit``;
it uses SIGALRM, so it only acts in the main thread of a POSIX process (the CLI). Elsewhere (the
web server's worker threads) the size limits alone bound the work.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["TimeLimit", "deadline", "one_line", "web_url"]

_active = threading.local()


class TimeLimit(Exception):  # noqa: N818 - reads as "the time limit was hit"
    """A document took longer than its time limit."""


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise TimeLimit in this block after ``seconds`` (main thread only; nested blocks share the outer)."""
    usable = (seconds and seconds > 0 and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread()
              and not getattr(_active, "on", False))
    if not usable:
        yield
        return

    def _expire(signum, frame) -> None:
        raise TimeLimit(f"over {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, _expire)
    _active.on = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _active.on = False


def one_line(exc: BaseException, width: int = 160) -> str:
    """``Type: message`` on one line, shortened: for Failure reasons and error lines."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= width else text[:width - 1] + "…"
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def web_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) address, else None: only web addresses become links.

    A ``javascript:`` or ``data:`` URL from a hostile document must never reach an href.
    """
    if not url:
        return None
    url = url.strip()
    if (len(url) > 2048 or not url.lower().startswith(("http://", "https://"))
            or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url)):
        return None
    return url
