"""A corpus of hostile input files, generated (never committed as blobs).

``python tests/hostile.py OUT [--scale N]`` writes them into OUT; tests call ``write_corpus``.
Each file is an input a careless or malicious user could hand to ``sitroom ingest`` or the
upload form: bombs, traps for parsers and regexes, impossible dates, odd names and file types.
Sizes are kept small by default (``scale`` 1); the benchmark raises the scale.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import sys
import zlib
from pathlib import Path

GOOD = ("Government forces retook the town of Kunduz on Tuesday after a week of fighting, "
        "officials said. Aid agencies said about 3,000 families had fled the northern districts.")


def _gzip_of_zeros(size: int, payload: bytes = b"") -> bytes:
    """A gzip member inflating to ``payload`` then ``size`` bytes of 'a', built in constant memory."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as gz:
        gz.write(payload)
        chunk = b"a" * (1 << 20)
        for _ in range(size >> 20):
            gz.write(chunk)
    return out.getvalue()


def _pdf_bomb() -> bytes:
    """A one-page PDF whose content stream inflates to 100 MB (pypdf refuses past its limit)."""
    packer = zlib.compressobj(9)
    chunk = b"0 0 m " * (1 << 18)
    stream = b"".join(packer.compress(chunk) for _ in range(100_000_000 // len(chunk))) + packer.flush()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def hostile_files(scale: int = 1) -> dict[str, bytes]:
    """File name -> content for every hostile input (names are str; see ``odd_names``)."""
    laughs = "---\ntitle: Laughs\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
    for level in "bcdefghi":
        prev = chr(ord(level) - 1)
        laughs += f"{level}: &{level} [" + ",".join([f"*{prev}"] * 9) + "]\n"
    laughs += "---\n" + GOOD + "\n"
    attrs = " ".join(f'a{i}="{i}"' for i in range(20_000 * scale))
    files = {
        "billion-laughs.md": laughs.encode(),
        "zip-bomb.txt.gz": _gzip_of_zeros((32 * scale) << 20),
        "zip-bomb-named.txt": _gzip_of_zeros(32 << 20),
        "zip-bomb.jsonl.gz": _gzip_of_zeros(32 << 20, b'{"text": "'),
        "lone-surrogate.jsonl": (json.dumps({"text": GOOD}) + "\n"
                                 + '{"text": "Broken \\ud800 text. ' + GOOD + '"}\n').encode(),
        "deep.jsonl": (b"[" * 100_000 + b"]" * 100_000 + b"\n" + json.dumps({"text": GOOD}).encode() + b"\n"),
        "deep-front-matter.md": b"---\nx: " + b"[" * 50_000 + b"\n---\n" + GOOD.encode(),
        "date-zero.md": f"---\ntitle: Zero date\ndate: 0000-00-00\n---\n{GOOD}\n".encode(),
        "date-far.md": f"---\ntitle: Far date\ndate: 9999-12-31\n---\n{GOOD}\n".encode(),
        "date-one.md": f"---\ntitle: Year one\ndate: 0001-01-01\n---\n{GOOD}\n".encode(),
        "pdf-bomb.pdf": _pdf_bomb(),
        "pdf-broken.pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
        "attributes.html": f"<html><body><div {attrs}><p>{GOOD}</p></div></body></html>".encode(),
        "no-spaces.txt": b"x" * (50_000 * scale),
        "bmw.txt": f"BMW sales rose in Bavaria. {GOOD}".encode(),
        "mz.txt": f"MZ Fahrzeugwerk history. {GOOD}".encode(),
        "nul.txt": b"abc\x00\x01\x02\x00" * 50,
        "huge-line.jsonl": b'{"text": "' + b"y" * (3 << 20) + b'"}\n' + json.dumps({"text": GOOD}).encode() + b"\n",
        "javascript-url.jsonl": json.dumps({"text": GOOD, "url": "javascript:alert(1)"}).encode() + b"\n",
        "empty.txt": b"",
    }
    return files


def write_corpus(folder: Path, scale: int = 1, specials: bool = True) -> dict[str, Path]:
    """Write the hostile files (and, with ``specials``, a FIFO, links, an odd name, an unreadable folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, data in hostile_files(scale).items():
        path = folder / name
        path.write_bytes(data)
        paths[name] = path
    if specials:
        odd = os.fsdecode(os.fsencode(str(folder)) + b"/caf\xe9-latin1-name.txt")
        Path(odd).write_bytes(GOOD.encode())
        paths["odd-name"] = Path(odd)
        (folder / "markup-[").mkdir()
        (folder / "markup-[" / "red]-x.txt").write_bytes(GOOD.encode() + b" In the markup path.")
        fifo = folder / "a-fifo.txt"
        os.mkfifo(fifo)
        paths["fifo"] = fifo
        loop = folder / "loop"
        loop.mkdir()
        (loop / "inside.txt").write_text(GOOD + " Inside the loop.")
        (loop / "self").symlink_to("..")
        (folder / "again.txt").symlink_to(folder / "bmw.txt")
        locked = folder / "locked"
        locked.mkdir()
        (locked / "secret.txt").write_text(GOOD)
        locked.chmod(0)
        paths["locked"] = locked
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1])
    scale = int(sys.argv[sys.argv.index("--scale") + 1]) if "--scale" in sys.argv else 1
    for name in write_corpus(out, scale):
        print(name)
