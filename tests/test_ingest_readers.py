"""Every reader on small made-up documents: text, Markdown, HTML, PDF, JSONL, CSV, folders, stdin."""

from __future__ import annotations

import gzip
import io
import json
import sys

from ingest_support import make_pdf

from sitroom.ingest import ReadOptions, read
from sitroom.model import Article, Failure

BODY = "Government forces retook the town of Kunduz on Tuesday, officials said."
HTML = f"""<!DOCTYPE html><html><head><title>Forces retake Kunduz</title>
<meta name="author" content="Jane Roe"><meta property="article:published_time" content="2021-08-03T10:00:00Z">
<link rel="canonical" href="https://news.example.org/kunduz"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Forces retake Kunduz</h1><p>{BODY}</p>
<p>The fighting lasted three days and displaced thousands of families from the northern districts.</p>
<p>Aid agencies said they were sending food and tents to the region as soon as the roads reopened.</p>
</article><footer>Copyright 2021 Example News. All rights reserved.</footer></body></html>"""


def articles(items):
    items = list(items)
    assert all(isinstance(i, Article) for i in items), [i for i in items if isinstance(i, Failure)]
    return items


def test_text_file_with_header(tmp_path):
    (tmp_path / "a.txt").write_text(f"Forces retake Kunduz\n\nBy Jane Roe\nAugust 3, 2021\n\n{BODY}\n")
    [art] = articles(read([tmp_path / "a.txt"]))
    assert (art.title, art.authors, art.published, art.text, art.fmt) == (
        "Forces retake Kunduz", ("Jane Roe",), "2021-08-03", BODY, "text")


def test_markdown_file_with_front_matter(tmp_path):
    md = f"---\ntitle: Forces retake Kunduz\nauthor: Jane Roe; John Doe\ndate: 2021-08-03\n---\n\n# Forces retake Kunduz\n\n{BODY}\n"
    (tmp_path / "a.md").write_text(md)
    [art] = articles(read([tmp_path / "a.md"]))
    assert (art.title, art.authors, art.published, art.text) == (
        "Forces retake Kunduz", ("Jane Roe", "John Doe"), "2021-08-03", BODY)


def test_published_option_overrides(tmp_path):
    (tmp_path / "a.txt").write_text(f"Forces retake Kunduz\n\n3 August 2021\n\n{BODY}\n")
    [art] = articles(read([tmp_path / "a.txt"], ReadOptions(published="2021-08-05")))
    assert art.published == "2021-08-05"


def test_text_without_header_keeps_first_paragraph(tmp_path):
    (tmp_path / "a.txt").write_text(f"{BODY}\n\nA second paragraph follows here.\n")
    [art] = articles(read([tmp_path / "a.txt"]))
    assert art.title is None and art.text.startswith(BODY)


def test_html_body_and_metadata(tmp_path):
    (tmp_path / "page.html").write_text(HTML)
    [art] = articles(read([tmp_path / "page.html"]))
    assert art.fmt == "html" and art.title == "Forces retake Kunduz"
    assert art.authors == ("Jane Roe",) and art.published == "2021-08-03"
    assert art.url == "https://news.example.org/kunduz"
    assert art.text.startswith(BODY) and "Home" not in art.text and "Copyright" not in art.text


def test_gzipped_html_and_sniffed_html(tmp_path):
    (tmp_path / "page.html.gz").write_bytes(gzip.compress(HTML.encode()))
    (tmp_path / "page.download").write_text(HTML)
    items = articles(read([tmp_path]))
    assert [a.fmt for a in items] == ["html", "html"] and items[0].text == items[1].text


def test_pdf_pages_are_read_and_a_split_sentence_rejoined(tmp_path):
    pages = [["Forces retake Kunduz", "", "Government forces retook the town on Tuesday after a long siege that",
              "officials described as the hardest of the year and"],
             ["the ministry said the roads would reopen soon."]]
    (tmp_path / "a.pdf").write_bytes(make_pdf(pages))
    [art] = articles(read([tmp_path / "a.pdf"]))
    assert art.fmt == "pdf"
    assert "the year and the ministry said the roads would reopen soon." in art.text


def test_jsonl_rows_with_fields(tmp_path):
    rows = [{"text": BODY, "title": "Kunduz", "date": "3 August 2021", "url": "https://x.org/1",
             "authors": "Jane Roe, John Doe"},
            {"body": "Another article body about the talks in Doha.", "published": "2021-08-04", "authors": ["A B"]}]
    (tmp_path / "b.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    first, second = articles(read([tmp_path / "b.jsonl"]))
    assert (first.title, first.published, first.url, first.authors) == (
        "Kunduz", "2021-08-03", "https://x.org/1", ("Jane Roe", "John Doe"))
    assert first.source.endswith("b.jsonl#1") and second.source.endswith("b.jsonl#2")
    assert second.authors == ("A B",) and second.published == "2021-08-04" and second.fmt == "jsonl"


def test_gzipped_jsonl(tmp_path):
    (tmp_path / "b.jsonl.gz").write_bytes(gzip.compress(json.dumps({"content": BODY}).encode() + b"\n"))
    [art] = articles(read([tmp_path / "b.jsonl.gz"]))
    assert art.text == BODY


def test_csv_rows(tmp_path):
    (tmp_path / "c.csv").write_text('title,text,date\nKunduz,"' + BODY + '",2021-08-03\n'
                                    'Doha,"Talks resumed in Doha, with both sides present.",Aug 4 2021\n')
    first, second = articles(read([tmp_path / "c.csv"]))
    assert (first.title, first.published, second.published) == ("Kunduz", "2021-08-03", "2021-08-04")
    assert second.text == "Talks resumed in Doha, with both sides present." and first.fmt == "csv"


def test_folder_is_recursive_sorted_and_skips_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second article text is here.")
    (tmp_path / "1.txt").write_text("First article text is here.")
    (tmp_path / ".hidden.txt").write_text("Hidden text.")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Hidden too.")
    assert [a.text for a in articles(read([tmp_path]))] == ["First article text is here.", "Second article text is here."]


def test_stdin_is_sniffed(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(HTML.encode())))
    [art] = articles(read(["-"]))
    assert art.fmt == "html" and art.source == "-"


def test_missing_path_is_a_failure(tmp_path):
    [fail] = read([tmp_path / "nope.txt"])
    assert isinstance(fail, Failure) and "does not exist" in fail.reason
