"""Find and read input files safely: folders walked once, only regular files read, sizes capped.

A folder is walked without following a symlink into a folder already seen (no loops), each file
is read once however many links point at it, and devices, FIFOs and sockets are refused before
they are opened (opening a FIFO blocks; ``/dev/zero`` never ends).
"""

from __future__ import annotations

import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path

from sitroom.ingest.options import ReadError
from sitroom.model import Failure

__all__ = ["display", "gunzip", "read_capped", "regular_file", "walk"]

_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO (named pipe)"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def display(path: str | os.PathLike) -> str:
    """A path as printable UTF-8 text: bytes that are not UTF-8 shown as ``\\xNN`` escapes."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def regular_file(path: Path) -> os.stat_result:
    """``path``'s stat when it is a regular file (after links), else ReadError saying what it is."""
    st = path.stat()
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        raise ReadError(f"is {kind}, not a file; only regular files are read")
    return st


def read_capped(path: Path, limit: int) -> bytes:
    """The bytes of regular file ``path``, or ReadError when it holds more than ``limit``."""
    size = regular_file(path).st_size
    if size > limit:
        raise ReadError(too_big(limit, size))
    with open(path, "rb") as f:
        data = f.read(limit + 1)
    if len(data) > limit:
        raise ReadError(too_big(limit))
    return data


def too_big(limit: int, size: int | None = None, what: str = "over") -> str:
    """The message for an input over ``limit`` bytes (``size`` when known)."""
    prefix = f"is {size / 2**20:.1f} MiB, " if size is not None else "is "
    return (f"{prefix}{what} the {limit / 2**20:.1f} MiB limit for one article; "
            "split it or pass a larger --max-bytes")


def gunzip(data: bytes, limit: int) -> bytes:
    """Decompress gzip data, checking the size as it inflates: ReadError past ``limit`` bytes."""
    out = bytearray()
    rest = data
    while rest:
        inflater = zlib.decompressobj(wbits=31)
        try:
            out += inflater.decompress(rest, limit + 1 - len(out))
        except zlib.error as err:
            raise ReadError(f"is a damaged gzip file ({err}); re-download or re-compress it") from None
        if len(out) > limit:
            raise ReadError(f"decompresses to more than the {limit / 2**20:.1f} MiB limit for one article "
                            "(a compression bomb?); split it or pass a larger --max-bytes")
        if not inflater.eof:
            raise ReadError("is a truncated gzip file; re-download or re-compress it")
        rest = inflater.unused_data
        if not rest.strip(b"\x00"):
            break  # trailing padding after the last member
    return bytes(out)


def walk(folder: Path) -> Iterator[Path | Failure]:
    """Files under ``folder`` in name order, depth first, skipping hidden ones; each file once.

    Symlinks are followed, but never into a folder already entered (a loop) and never to a file
    already yielded. A folder that cannot be listed becomes a Failure and the walk goes on.
    """
    seen_dirs: set[tuple[int, int]] = set()
    seen_files: set[tuple[int, int]] = set()
    try:
        st = folder.stat()
        seen_dirs.add((st.st_dev, st.st_ino))
    except OSError as err:
        yield Failure(display(folder), f"{display(folder)} cannot be listed ({_why(err)}); check its permissions")
        return
    stack: list[Iterator[Path]] = [_listing(folder)]
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        if isinstance(entry, Failure):
            yield entry
            continue
        try:
            st = entry.stat()
        except OSError as err:
            yield Failure(display(entry), f"{display(entry)} cannot be read ({_why(err)}); "
                                          "check the link or its permissions")
            continue
        key = (st.st_dev, st.st_ino)
        if stat.S_ISDIR(st.st_mode):
            if key not in seen_dirs:
                seen_dirs.add(key)
                stack.append(_listing(entry))
        elif key not in seen_files:
            seen_files.add(key)
            yield entry


def _listing(folder: Path) -> Iterator[Path | Failure]:
    try:
        with os.scandir(folder) as it:
            names = sorted((e.name for e in it), key=os.fsencode)
    except OSError as err:
        yield Failure(display(folder), f"{display(folder)} cannot be listed ({_why(err)}); "
                                       "check its permissions")
        return
    for name in names:
        if not name.startswith("."):
            yield folder / name


def _why(err: OSError) -> str:
    return err.strerror or type(err).__name__
