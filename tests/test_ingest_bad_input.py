"""Bad input: each gets a one-line Failure that names the file and says what to do, or is read right."""

from __future__ import annotations

import json
import os

import pytest
from ingest_support import make_pdf

from sitroom.ingest import ReadOptions, read
from sitroom.model import Article, Failure

BODY = "Government forces retook the town of Kunduz on Tuesday, officials said."


def one(path, options=ReadOptions()):
    [item] = list(read([path], options))
    return item


def assert_failure(item, path, *words):
    assert isinstance(item, Failure), item
    assert item.source == str(path) and str(path) in item.reason and "\n" not in item.reason
    assert item.stage == "read"
    for word in words:
        assert word in item.reason, item.reason


@pytest.mark.parametrize("name, data, kind", [
    ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
    ("archive.txt", b"PK\x03\x04" + b"\x00" * 100, "ZIP archive"),
    ("program", b"\x7fELF\x02\x01\x01" + b"\x00" * 100, "executable"),
    ("blob.txt", b"abc\x00\x01\x02\x00" * 50, "binary file"),
])
def test_binary_file(tmp_path, name, data, kind):
    path = tmp_path / name
    path.write_bytes(data)
    assert_failure(one(path), path, kind, "not an article", "convert it")


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \r\n"])
def test_empty_file(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert_failure(one(path), path, "is empty")


def test_latin1_and_cp1252_files_are_read(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("Le café de la Señora coûte 5 € — «très» cher à Genève, déclare-t-il.".encode("cp1252"))
    item = one(path)
    assert isinstance(item, Article) and item.text == "Le café de la Señora coûte 5 € — «très» cher à Genève, déclare-t-il."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-8-sig"])
def test_utf16_and_bom_files_are_read(tmp_path, codec):
    path = tmp_path / "wide.txt"
    path.write_bytes(f"Kunduz talks\n\n{BODY} Über 3 000 Menschen.".encode(codec))
    item = one(path)
    assert isinstance(item, Article) and item.title == "Kunduz talks"
    assert item.text == f"{BODY} Über 3 000 Menschen."


def test_malformed_html_with_text_is_read(tmp_path):
    path = tmp_path / "broken.html"
    path.write_text(f"<html><body><div><p>{BODY}<p>The siege lasted for three days and many families fled the"
                    " northern districts<b>, aid agencies said</i></div></tr>\x00<<>")
    item = one(path)
    assert isinstance(item, Article) and BODY in item.text


def test_html_without_article_text(tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    assert_failure(one(path), path, "no article text", "save the article")


def test_truncated_pdf(tmp_path):
    data = make_pdf([["A first page of text in the report."], ["A second page of text."]])
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[: len(data) // 3])
    item = one(path)
    if isinstance(item, Article):  # pypdf recovered what was there: that is handled correctly
        assert item.text
    else:
        assert_failure(item, path, "PDF")
        assert "re-download" in item.reason or "OCR" in item.reason


def test_garbage_pdf(tmp_path):
    path = tmp_path / "junk.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(64))
    assert_failure(one(path), path, "PDF")


def test_encrypted_pdf_needs_password(tmp_path):
    path = tmp_path / "secret.pdf"
    path.write_bytes(make_pdf([["Secret minutes of the meeting were read."]], password="s3cret"))
    assert_failure(one(path), path, "encrypted", "--password")
    assert_failure(one(path, ReadOptions(password="wrong")), path, "does not open it")
    item = one(path, ReadOptions(password="s3cret"))
    assert isinstance(item, Article) and item.text == "Secret minutes of the meeting were read."


def test_encrypted_pdf_with_empty_password_opens(tmp_path):
    path = tmp_path / "open.pdf"
    path.write_bytes(make_pdf([["Anyone may read these minutes."]], password=""))
    assert isinstance(one(path), Article)


def test_fifty_megabyte_text_file(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:  # sparse-ish and fast: one seek, one write
        f.seek(50_000_000 - 1)
        f.write(b"\n")
    assert_failure(one(path), path, "47.7 MiB", "25.0 MiB limit", "split it", "--max-bytes")


def test_max_bytes_can_be_raised(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text((BODY + "\n\n") * 2000)
    assert isinstance(one(path, ReadOptions(max_bytes=10_000)), Failure)
    assert isinstance(one(path, ReadOptions(max_bytes=1_000_000)), Article)


def test_bad_jsonl_rows_among_good_ones(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [json.dumps({"text": BODY}), "{not json", json.dumps({"title": "no text"}), "[1, 2]",
             json.dumps({"text": "The last good row has its own text."})]
    path.write_text("\n".join(lines) + "\n")
    items = list(read([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Failure", "Article"]
    assert_failure_row(items[1], path, 2, "not valid JSON")
    assert_failure_row(items[2], path, 3, "'text'")
    assert_failure_row(items[3], path, 4, "not an object")


def assert_failure_row(item, path, row, words):
    assert isinstance(item, Failure) and item.source == f"{path}#{row}"
    assert f"{path} row {row}" in item.reason and words in item.reason and "\n" not in item.reason


def test_bad_csv_row_among_good_ones(tmp_path):
    path = tmp_path / "batch.csv"
    path.write_text(f'title,text\nA,"{BODY}"\nB,\nC,"Third row text.",extra\nD,"Fourth row text."\n')
    items = list(read([path]))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Failure", "Article"]
    assert_failure_row(items[1], path, 2, "'text'")
    assert_failure_row(items[2], path, 3, "more fields")


def test_bad_file_does_not_stop_a_folder(tmp_path):
    (tmp_path / "a.txt").write_text(BODY)
    (tmp_path / "b.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    (tmp_path / "c.txt").write_text("")
    (tmp_path / "d.txt").write_text("Another good article text.")
    kinds = [type(i).__name__ for i in read([tmp_path])]
    assert kinds == ["Article", "Failure", "Failure", "Article"]
