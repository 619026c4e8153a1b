"""Every JSON route of the web app, its validation (4xx with one error shape) and escaping."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from web_records import TEXT_2021, fill

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from sitroom.store import open_store
from sitroom.web import create_app


def blank_nlp():
    """A pipeline without a trained model: enough to clean, split and store a document."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture()
def corpus(tmp_path):
    db = str(tmp_path / "web.db")
    store = open_store(db)
    a, b = fill(store)
    store.close()
    client = TestClient(create_app(db, nlp_factory=blank_nlp, max_upload=200_000))
    return client, a, b


def test_overview_json_counts_actors_events_and_conflicts(corpus):
    client, _, _ = corpus
    data = client.get("/index.json").json()
    assert data["stats"]["documents"] == 2 and data["stats"]["events"] == 4
    assert data["actors"][0]["id"] == "RUS" and data["actors"][0]["mentions"] == 5
    assert data["events"][0]["type"] == "COOPERATE"  # from the newest report first
    assert data["conflicts_total"] == 1


def test_documents_json_pages(corpus):
    client, a, b = corpus
    data = client.get("/documents.json?limit=1").json()  # the newest first
    assert data["total"] == 2 and [d["id"] for d in data["documents"]] == [b.id]
    data = client.get("/documents.json?limit=1&offset=1").json()
    assert [d["id"] for d in data["documents"]] == [a.id]
    data = client.get("/documents.json?sort=published").json()
    assert [d["id"] for d in data["documents"]] == [a.id, b.id]


def test_document_json_has_facts_highlights_and_nested_segments(corpus):
    client, _, b = corpus
    data = client.get(f"/documents/{b.id[:8]}.json").json()  # an id prefix is enough
    assert data["id"] == b.id
    kremlin = next(h for h in data["highlights"] if h["kind"] == "actor"
                   and TEXT_2021[h["start"]:h["end"]] == "the Kremlin")
    assert kremlin["href"] == "/entities/RUS" and "Russia" in kremlin["label"]
    segs = data["segments"]
    assert segs[0]["start"] == 0 and segs[-1]["end"] == len(TEXT_2021)
    assert all(x["end"] == y["start"] for x, y in pairwise(segs))
    assert data["record"]["events"][0]["actor_names"] == [["RUS", "Russia"], ["TJK", "Tajikistan"]]


def test_entity_json_is_the_actor_profile(corpus):
    client, _, _ = corpus
    data = client.get("/entities/RUS.json").json()
    assert data["name"] == "Russia" and data["mentions"] == 5
    assert [t["entity_id"] for t in data["ties"]] == ["TJK", "USA"]
    assert data["quotes"][0]["text"] == "We will defend our allies,"
    assert client.get("/entities/the%20kremlin.json").json()["id"] == "RUS"  # names resolve
    rows = client.get("/entities.json?kind=country").json()["entities"]
    assert {r["id"] for r in rows} == {"RUS", "TJK", "USA"}


def test_timeline_json_filters(corpus):
    client, _, _ = corpus
    data = client.get("/timeline.json?sort=oldest").json()
    assert [e["type"] for e in data["events"]] == ["MOBILIZE", "ACCUSE", "COOPERATE", "REJECT"]
    assert data["events"][0]["precision"] == "year"
    assert data["events"][2]["href"].startswith("/documents/")
    newest = client.get("/timeline.json").json()  # the default: the latest first, undated last
    assert [e["type"] for e in newest["events"]] == ["COOPERATE", "ACCUSE", "MOBILIZE", "REJECT"]
    paged = client.get("/timeline.json?limit=2&offset=2").json()
    assert paged["total"] == 4 and [e["type"] for e in paged["events"]] == ["MOBILIZE", "REJECT"]
    assert client.get("/timeline.json?actor=Russia&from=2014&category=COOPERATE").json()["events"] \
        == client.get("/timeline.json?actor=Russia&start=2014&category=COOPERATE").json()["events"]
    got = client.get("/timeline.json?actor=Russia&start=2014&category=COOPERATE").json()
    assert [e["type"] for e in got["events"]] == ["COOPERATE"]
    assert got["filters"]["actor"] == "RUS"


def test_timeline_json_merges_reports_of_one_event(tmp_path):
    db = str(tmp_path / "merged.db")
    store = open_store(db)
    fill(store)
    ids = {r["type"]: r["id"] for r in store.rows("SELECT id, type FROM events")}
    store.assign_clusters({ids["COOPERATE"]: ids["MOBILIZE"]})
    store.close()
    client = TestClient(create_app(db))
    events = client.get("/timeline.json?merge=true&sort=oldest").json()["events"]
    assert [(e["type"], e["reports"]) for e in events] == [("MOBILIZE", 2), ("ACCUSE", 1), ("REJECT", 1)]
    assert len(client.get("/timeline.json?merge=false").json()["events"]) == 4
    assert client.get("/timeline?merge=true").status_code == 200


def test_map_json_groups_events_by_place_with_sentences(corpus):
    client, _, _ = corpus
    data = client.get("/map.json").json()
    by_place = {m["place"]: m for m in data["events"]}
    assert set(by_place) == {"country:AFG", "country:TJK"}
    afg = by_place["country:AFG"]
    assert afg["category"] == "COOPERATE" and afg["colour"].startswith("#")
    assert afg["examples"][0]["sentence"].startswith("Russia and Tajikistan held joint drills")
    assert {p["id"] for p in data["places"]} == {"country:AFG", "country:TJK"}
    assert client.get("/map.json?actor=USA").json()["events"] == []


def test_borders_are_natural_earth_geojson(corpus):
    client, _, _ = corpus
    r = client.get("/map/borders.geojson")
    assert r.status_code == 200 and len(r.content) < 1_500_000
    ids = {f["properties"]["id"] for f in r.json()["features"]}
    assert {"TJK", "AFG", "RUS", "UZB", "KGZ"} <= ids


def test_conflicts_and_search_json(corpus):
    client, _, _ = corpus
    conflicts = client.get("/conflicts.json").json()["conflicts"]
    assert [c["value"] for c in conflicts[0]["claims"]] == [1200.0, 1303.0]
    results = client.get("/search.json?q=drills").json()["results"]
    assert len(results) == 1 and "[drills]" in results[0]["snippet"]
    (start, end), = results[0]["matches"]
    assert results[0]["excerpt"][start:end] == "drills" and "[" not in results[0]["excerpt"]


def test_openapi_describes_every_json_route(corpus):
    client, _, _ = corpus
    paths = client.get("/openapi.json").json()["paths"]
    for route in ("/index.json", "/documents.json", "/documents/{doc_id}.json", "/entities.json",
                  "/entities/{entity_id}.json", "/map.json", "/timeline.json", "/conflicts.json",
                  "/search.json", "/ingest.json", "/map/borders.geojson"):
        assert route in paths, route


@pytest.mark.parametrize(("url", "status", "words"), [
    ("/timeline.json?limit=0", 400, "limit"),
    ("/timeline.json?limit=abc", 400, "limit"),
    ("/timeline.json?start=2021-8", 400, "start"),
    ("/timeline.json?category=bomb", 400, "category"),
    ("/timeline.json?category=BOMBING", 400, "PLOVER"),
    ("/timeline.json?start=2021&end=2013", 400, "after"),
    ("/map.json?actor=Atlantis", 404, "Atlantis"),
    ("/documents.json?limit=100000", 400, "limit"),
    ("/documents.json?offset=-1", 400, "offset"),
    ("/documents.json?sortby=x", 400, "unknown query parameter 'sortby'"),
    ("/documents.json?sort=x", 400, "sort"),
    ("/timeline.json?from=2021-13", 400, "start"),
    ("/timeline.json?sort=sideways", 400, "sort"),
    ("/search.json?q=x&from=2021-02-30", 400, "from"),
    ("/documents/zz-top.json", 400, "hex"),
    ("/documents/abcdef0123.json", 404, "no document"),
    ("/entities/nobody.json", 404, "nobody"),
    ("/search.json", 400, "q"),
    ("/search.json?q=%20", 400, "q"),
    ("/search.json?q=" + "x" * 201, 400, "q"),
    ("/nowhere", 404, "no page"),
    ("/static/../../etc/passwd", 404, "no page"),
])
def test_bad_requests_get_a_clear_json_error(corpus, url, status, words):
    client, _, _ = corpus
    r = client.get(url)
    assert r.status_code == status
    assert set(r.json()) == {"error"} and words in r.json()["error"]


def test_pages_forbid_scripts_from_elsewhere(corpus):
    client, _, _ = corpus
    r = client.get("/")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 404  # Swagger UI would load a CDN


def test_browsers_get_the_error_as_a_page(corpus):
    client, _, _ = corpus
    r = client.get("/timeline?limit=0", headers={"accept": "text/html"})
    assert r.status_code == 400 and "<h1>Error 400</h1>" in r.text


def test_document_text_and_titles_are_escaped(corpus):
    client, _, b = corpus
    html = client.get(f"/documents/{b.id}").text
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<b>near</b>" not in html and "&lt;b&gt;near&lt;/b&gt;" in html
    assert "<b>near</b>" not in client.get("/").text


def test_every_html_page_renders(corpus):
    client, _, b = corpus
    for url in ("/", "/documents", f"/documents/{b.id}", "/entities", "/entities/RUS", "/map",
                "/timeline", "/conflicts", "/search?q=border", "/search", "/ingest"):
        r = client.get(url)
        assert r.status_code == 200 and r.text.startswith("<!doctype html>"), url
        assert "http://" not in r.text and "https://" not in r.text, f"{url} links off-site"
        twin = re.search(r'href="([^"]+)" rel="alternate"', r.text)
        if twin:  # the footer's JSON link works
            assert client.get(twin.group(1).replace("&amp;", "&")).status_code == 200, url


def test_ingest_pasted_text_then_again_is_unchanged(corpus):
    client, _, _ = corpus
    form = {"text": "Iran and Iraq signed a trade deal in Baghdad.", "title": "Trade",
            "published": "2022-01-02"}
    r = client.post("/ingest.json", data=form)
    assert r.status_code == 201
    (res,) = r.json()["results"]
    assert res["outcome"] == "stored" and res["title"] == "Trade"
    docs = client.get("/documents.json").json()
    assert docs["total"] == 3 and res["document"] in {d["id"] for d in docs["documents"]}
    assert client.get(f"/documents/{res['document']}.json").json()["record"]["article"]["published"] == "2022-01-02"
    assert client.get("/index.json").json()["stats"]["documents"] == 3  # caches follow the store
    again = client.post("/ingest.json", data=form)
    assert again.status_code == 200 and again.json()["results"][0]["outcome"] == "unchanged"


def test_ingest_an_uploaded_html_file_and_the_form_redirects(corpus):
    client, _, _ = corpus
    html = (b"<html><head><title>Border talks</title></head><body><article><h1>Border talks</h1>"
            b"<p>Officials from Kyrgyzstan and Tajikistan met in Bishkek on Monday to discuss the"
            b" disputed border, where clashes killed dozens of people last year.</p>"
            b"<p>Both sides agreed to continue the talks next month.</p></article></body></html>")
    r = client.post("/ingest", files={"file": ("../../etc/talks.html", html, "text/html")},
                    follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/documents/")
    doc = client.get(r.headers["location"] + ".json").json()
    assert "Bishkek" in doc["record"]["article"]["text"]
    assert doc["record"]["article"]["source"] == "upload:talks.html"


def test_ingest_refuses_oversized_and_empty_input(corpus):
    client, _, _ = corpus
    big = b"word " * 60_000  # 300 KB against the 200 KB cap of this app
    r = client.post("/ingest.json", files={"file": ("big.txt", big, "text/plain")})
    assert r.status_code == 413 and "too large" in r.json()["error"]
    r = client.post("/ingest.json", data={"text": "   "})
    assert r.status_code == 422 and "nothing to ingest" in r.json()["error"]
    r = client.post("/ingest.json", data={"text": "Some text.", "published": "yesterday"})
    assert r.status_code == 400 and "published" in r.json()["error"]
    assert client.get("/documents.json").json()["total"] == 2


def test_a_streamed_body_over_the_cap_is_cut_off_with_413(corpus):
    client, _, _ = corpus

    def chunks():
        yield b"--x\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n"
        for _ in range(40):
            yield b"word " * 2_000  # 400 KB in all, sent without a Content-Length
        yield b"\r\n--x--\r\n"

    r = client.post("/ingest.json", content=chunks(),
                    headers={"content-type": "multipart/form-data; boundary=x"})
    assert r.status_code == 413 and "too large" in r.json()["error"]
    assert client.get("/documents.json").json()["total"] == 2


def test_safe_name_keeps_only_a_base_name():
    from sitroom.web.ingest import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\x\\report 1.pdf") == "report_1.pdf"
    assert safe_name(None) == "upload" and safe_name("..") == "upload"


def test_a_long_document_is_shown_a_part_at_a_time_with_that_parts_facts(tmp_path):
    from sitroom.model import Article, Entity, Mention, Record
    from sitroom.web.views import PART_CHARS

    para = "Moscow and Beijing held talks on security in the region. " * 40
    text = "\n\n".join([para] * (3 * PART_CHARS // len(para)))
    late = text.rindex("Beijing")
    rec = Record(article=Article(text=text, source="long.txt", title="Long"),
                 entities=(Entity("RUS", "Russia", "country", "RUS", (Mention(0, 6, "Moscow"),)),
                           Entity("CHN", "China", "country", "CHN",
                                  (Mention(late, late + 7, "Beijing"),))))
    db = str(tmp_path / "long.db")
    store = open_store(db)
    store.write(rec)
    store.close()
    client = TestClient(create_app(db, nlp_factory=blank_nlp))
    first = client.get(f"/documents/{rec.id}.json").json()
    count = first["part"]["count"]
    assert count >= 3 and first["part"]["end"] - first["part"]["start"] <= PART_CHARS
    assert [e["id"] for e in first["record"]["entities"]] == ["RUS"]
    last = client.get(f"/documents/{rec.id}.json?part={count - 1}").json()
    assert [e["id"] for e in last["record"]["entities"]] == ["CHN"]
    assert all(last["part"]["start"] <= s["start"] for s in last["segments"])
    page = client.get(f"/documents/{rec.id}?part=1")
    assert page.status_code == 200 and f"Part 2 of {count}" in page.text
    assert client.get(f"/documents/{rec.id}.json?part={count}").status_code == 404


def test_a_parts_text_starts_where_the_part_says(tmp_path):
    from sitroom.model import Article, Entity, Mention, Record
    from sitroom.web.views import PART_CHARS

    text = "\n\n".join(f"Paragraph {i} about Kabul and its people." * 30 for i in range(200))
    assert len(text) > 2 * PART_CHARS
    at = text.index("Kabul", PART_CHARS + 10)
    rec = Record(article=Article(text=text, source="k.txt"),
                 entities=(Entity("AFG", "Afghanistan", "country", "AFG",
                                  (Mention(at, at + 5, "Kabul"),)),))
    db = str(tmp_path / "k.db")
    store = open_store(db)
    store.write(rec)
    store.close()
    client = TestClient(create_app(db, nlp_factory=blank_nlp))
    data = client.get(f"/documents/{rec.id}.json?part=1").json()
    part, m = data["part"], data["record"]["entities"][0]["mentions"][0]
    assert data["record"]["article"]["text"][m["start"] - part["start"]:m["end"] - part["start"]] == "Kabul"


def test_tables_sort_facet_and_page(corpus):
    client, a, b = corpus
    html = client.get("/timeline?actor=Russia", headers={"accept": "text/html"}).text
    chips = dict(re.findall(r'href="/timeline\?actor=Russia&amp;category=(\w+)">\1 <small>(\d+)</small>', html))
    assert chips == {"MOBILIZE": "1", "ACCUSE": "1", "COOPERATE": "1"}  # not the Taliban's REJECT
    rows = client.get("/entities.json?sort=name&limit=2").json()
    assert [e["name"] for e in rows["entities"]] == ["Russia", "Tajikistan"] and rows["total"] == 4
    kinds = {f["value"]: f["count"] for f in rows["facets"]["kind"]}
    assert kinds == {"country": 3, "armed_group": 1}
    only = client.get("/entities.json?kind=armed_group").json()
    assert [e["id"] for e in only["entities"]] == ["taliban"] and only["all"] == 4
    years = {f["value"]: f["count"] for f in client.get("/documents.json").json()["facets"]["year"]}
    assert years == {"2013": 1, "2021": 1}
    assert [d["id"] for d in client.get("/documents.json?year=2013").json()["documents"]] == [a.id]


def test_every_list_answers_on_both_backends(store_url):
    store = open_store(store_url)
    a, b = fill(store)
    store.close()
    client = TestClient(create_app(store_url))
    assert client.get("/index.json").json()["events"][0]["type"] == "COOPERATE"
    assert [d["id"] for d in client.get("/documents.json?sort=-events").json()["documents"]][0] in (a.id, b.id)
    assert client.get("/entities.json?sort=name").json()["total"] == 4
    assert client.get("/timeline.json?actor=RUS&limit=2&offset=1").json()["total"] == 3
    found = client.get('/search.json?q="joint drills"&sort=newest').json()
    assert [r["id"] for r in found["results"]] == [b.id]
    hit = found["results"][0]
    assert hit["matches"] and " ".join(hit["excerpt"][x:y] for x, y in hit["matches"]) == "joint drills"
    assert client.get("/map.json?actor=Taliban").json()["events"] == []
    assert client.get("/entities/duplicates.json").status_code == 200
    for page in ("/", "/documents", "/entities", "/timeline", "/map", "/search?q=drills"):
        assert client.get(page, headers={"accept": "text/html"}).status_code == 200, page


def test_events_with_no_party_are_hidden_unless_asked_for(tmp_path):
    from web_records import event, place, sentences

    from sitroom.model import Article, Record

    text = "Shots were fired near Kabul on Monday. Nothing else was reported."
    art = Article(text=text, source="noparty.txt", title="No party", published="2021-08-02")
    rec = Record(article=art, places=(place("country:AFG", "Afghanistan", 33.9, 67.7, "AFG", text, "Kabul"),),
                 events=(event(art.id, text, "fired", "ASSAULT", [], [], ("2021-08-02", "2021-08-02"),
                               "country:AFG"),), sentences=sentences(text))
    db = str(tmp_path / "noparty.db")
    with open_store(db) as store:
        fill(store)
        store.write(rec)
    client = TestClient(create_app(db))
    types = [e["type"] for e in client.get("/timeline.json").json()["events"]]
    assert "ASSAULT" not in types and len(types) == 4
    assert "ASSAULT" in [e["type"] for e in client.get("/timeline.json?unshown=true").json()["events"]]
    assert "ASSAULT" not in [e["type"] for e in client.get("/index.json").json()["events"]]
    afg = {m["place"]: m for m in client.get("/map.json?unshown=true").json()["events"]}["country:AFG"]
    assert afg["count"] == 2 and {m["place"]: m for m in client.get("/map.json").json()["events"]}[
        "country:AFG"]["count"] == 1
