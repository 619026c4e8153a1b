"""Tell formats apart and turn bytes into text: magic numbers, BOMs, then charset detection."""

from __future__ import annotations

import codecs
import re

from sitroom.ingest.options import ReadError

__all__ = ["binary_kind", "decode", "detect_format"]

# Magic numbers of formats that are not articles; the name goes into the error message.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"PK\x03\x04", "ZIP archive (or .docx/.xlsx/.epub)"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office (.doc/.xls) file"),
    (b"\x7fELF", "executable (ELF)"),
    (b"MZ", "Windows executable"),
    (b"7z\xbc\xaf", "7-Zip archive"),
    (b"Rar!", "RAR archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg audio"),
    (b"ID3", "MP3 audio"),
    (b"fLaC", "FLAC audio"),
    (b"{\\rtf", "RTF document"),
)
_TEXT_MAGIC = frozenset({b"{\\rtf"})
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_TEXT_BYTES = bytes([8, 9, 10, 12, 13, 27, *range(32, 256)])
_HTML_RE = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<meta|<!--|<article|<div|<p[\s>])", re.I)
_EXT_FORMATS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".pdf": "pdf",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv",
}


def binary_kind(data: bytes) -> str | None:
    """Name of the non-text format ``data`` is in, or None when it may be text.

    Magic bytes decide only when the rest agrees: a text that happens to start with "BM" or "MZ"
    (an article about BMW) has no control bytes after them, whereas a real image or program does.
    Magic numbers that are themselves text ("{\\rtf") decide alone.
    """
    head = data[:16]
    if any(data.startswith(bom) for bom, _ in _BOMS) or _utf16_guess(data[:4096]):
        return None
    sample = data[:8192]
    controls = len(sample.translate(None, _TEXT_BYTES))
    looks_binary = b"\x00" in sample[:1024] or controls > 0.01 * len(sample)
    for magic, name in _MAGIC:
        if head.startswith(magic) and (looks_binary or magic in _TEXT_MAGIC):
            return name
    if looks_binary and head.startswith(b"RIFF") and head[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[head[8:12]]
    if looks_binary and head[4:8] == b"ftyp":
        return "MP4/QuickTime video"
    if controls > 0.05 * len(sample):  # a stray NUL is not enough
        return "binary file"
    return None


def detect_format(name: str, data: bytes) -> str:
    """Format of a document from its file name, falling back to its first bytes."""
    lower = name.lower()
    if lower.endswith(".gz"):
        lower = lower[:-3]
    for ext, fmt in _EXT_FORMATS.items():
        if lower.endswith(ext):
            return fmt
    return sniff(data)


def sniff(data: bytes) -> str:
    """Format of a document from its content alone (stdin, unknown extensions)."""
    head = data[:2048].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    text = head
    if any(head.startswith(bom) for bom, _ in _BOMS) or _utf16_guess(head):
        text = decode(data[:2048], None).encode("utf-8", "replace").lstrip()
    if _HTML_RE.match(text):
        return "html"
    if text.startswith(b"{") and b"\n" in data[:1_000_000]:
        first = data.split(b"\n", 1)[0].strip()
        if first.endswith(b"}"):
            return "jsonl"
    return "text"


def _utf16_guess(sample: bytes) -> str | None:
    """Spot BOM-less UTF-16: mostly-ASCII text with a NUL in every other byte."""
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, encoding: str | None) -> str:
    """Decode text bytes: a forced encoding, a BOM, UTF-8, BOM-less UTF-16, then detection."""
    if encoding:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError) as err:
            raise ReadError(f"cannot be decoded as {encoding} ({err}); check --encoding") from None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_guess(data[:4096])
    if utf16:
        return data.decode(utf16, errors="replace")
    return _detect(data)


def _detect(data: bytes) -> str:
    """Decode non-UTF-8 text, trusting charset-normalizer but preferring cp1252 to Latin-1."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    codec = best.encoding if best is not None else "cp1252"
    if codec in ("latin_1", "iso8859_15", "ascii") or codec.startswith("mac_"):
        codec = "cp1252"  # cp1252 is what "Latin-1" files written on Windows really are
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return data.decode("latin-1")  # every byte is a Latin-1 character: never fails
