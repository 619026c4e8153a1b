"""The web guard: CSRF, Host (DNS rebinding), token beyond loopback, control characters, HEAD,
http(s)-only links, and an OpenAPI document that lists the error answers."""

from __future__ import annotations

import pytest
from web_records import fill

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient

from sitroom.errors import ConfigError
from sitroom.store import open_store
from sitroom.web import create_app, serve

ARTICLE = ("Government forces retook the town of Kunduz on Tuesday after a week of fighting, "
           "officials said. Aid agencies said about 3,000 families had fled.")


def blank_nlp():
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture()
def db(tmp_path):
    path = str(tmp_path / "web.db")
    store = open_store(path)
    fill(store)
    store.close()
    return path


@pytest.fixture()
def client(db):
    return TestClient(create_app(db, nlp_factory=blank_nlp, max_upload=200_000))


def documents(db) -> int:
    with open_store(db) as store:
        return store.stats()["documents"]


@pytest.mark.parametrize("headers", [
    {"origin": "http://evil.example"},
    {"origin": "null"},
    {"origin": "null", "sec-fetch-site": "cross-site"},
    {"referer": "http://evil.example/page.html"},
    {"sec-fetch-site": "cross-site", "origin": "http://testserver"},
])
def test_a_cross_site_form_post_is_refused_and_stores_nothing(client, db, headers):
    before = documents(db)
    answer = client.post("/ingest", data={"text": ARTICLE}, headers=headers)
    assert answer.status_code == 403 and "cross-site" in answer.json()["error"]
    assert documents(db) == before


def test_a_same_origin_post_and_a_plain_api_client_still_ingest(client, db):
    before = documents(db)
    own = client.post("/ingest.json", data={"text": ARTICLE}, headers={"origin": "http://testserver",
                                                                        "sec-fetch-site": "same-origin"})
    assert own.status_code == 201
    api = client.post("/ingest.json", data={"text": ARTICLE + " Another paragraph."})
    assert api.status_code == 201 and documents(db) == before + 2


@pytest.mark.parametrize("host", ["evil.example", "evil.example:8000", "127.0.0.1.evil.example"])
def test_a_foreign_host_header_is_refused(client, host):
    answer = client.get("/index.json", headers={"host": host})
    assert answer.status_code == 400 and "host name" in answer.json()["error"]


@pytest.mark.parametrize("host", ["127.0.0.1:8000", "localhost", "[::1]:8000"])
def test_loopback_host_headers_are_served(client, host):
    assert client.get("/index.json", headers={"host": host}).status_code == 200


def test_binding_beyond_loopback_requires_a_token():
    with pytest.raises(ConfigError, match="--token"):
        serve("x.db", host="0.0.0.0")


def test_with_a_token_every_request_must_carry_it(db):
    client = TestClient(create_app(db, nlp_factory=blank_nlp, token="s3cret"), follow_redirects=False)
    assert client.get("/index.json").status_code == 401
    assert client.get("/index.json", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/index.json", headers={"authorization": "Bearer s3cret"}).status_code == 200
    login = client.get("/documents?token=s3cret&limit=5")
    assert login.status_code == 303 and login.headers["location"] == "/documents?limit=5"
    assert "httponly" in login.headers["set-cookie"].lower()
    assert client.get("/index.json").status_code == 200  # the cookie now carries it
    assert client.post("/ingest.json", data={"text": ARTICLE}).status_code == 201


@pytest.mark.parametrize("query", ["/search.json?q=a%00b", "/entities.json?q=%0aX", "/search?q=%7f", "/entities/%00"])
def test_control_characters_in_the_address_are_a_400(client, query):
    answer = client.get(query)
    assert answer.status_code == 400 and "control characters" in answer.json()["error"]


def test_head_is_answered_like_get_without_a_body(client):
    head = client.head("/index.json")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/json")
    assert client.head("/no-such-page").status_code == 404


def test_only_http_urls_become_links(db, client):
    from dataclasses import replace

    from web_records import TEXT_2021

    from sitroom.model import Article, Record

    with open_store(db) as store:
        store.write(Record(article=replace(Article(TEXT_2021 + " Extra.", "js.txt"), url="javascript:alert(1)")))
        doc = store.find_document("js.txt")
    page = client.get(f"/documents/{doc}", headers={"accept": "text/html"})
    assert page.status_code == 200 and "javascript:" not in page.text
    assert client.get(f"/documents/{doc}.json").json()["record"]["article"]["url"] is None


def test_openapi_lists_the_error_answers(client):
    spec = client.get("/openapi.json").json()
    ingest = spec["paths"]["/ingest.json"]["post"]["responses"]
    assert {"201", "400", "403", "413", "422"} <= set(ingest)
    search = spec["paths"]["/search.json"]["get"]["responses"]
    assert {"200", "400", "404"} <= set(search)
    assert "HTTPValidationError" not in str(spec)


def test_pasted_text_over_one_megabyte_is_accepted_up_to_the_upload_cap(db):
    client = TestClient(create_app(db, nlp_factory=blank_nlp))  # default cap: 10 MB
    sentence = "В Кундузе, по словам чиновников, переговоры шли целую неделю. "
    text = sentence * (900_000 // len(sentence))  # under 1,000,000 characters, over 1 MB as UTF-8
    assert len(text.encode()) > 1_100_000
    answer = client.post("/ingest.json", data={"text": text})
    assert answer.status_code == 201, answer.text[:200]
