"""Cross-document actor identity: summaries, duplicate candidates, merges (no model)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitroom.resolve.actor_data import norm_key
from sitroom.resolve.actors import (
    EntitySummary,
    compatible,
    duplicate_candidates,
)
from sitroom.resolve.people import person_id


def _summary(eid, name, kind="person", country=None, mentions=1, role=None, affiliation=None):
    return EntitySummary(eid, name, kind, country, mentions, 1, role, affiliation)


def test_surname_and_initials_are_candidates():
    rows = [
        _summary(person_id("Vladimir Putin"), "Vladimir Putin", country="RUS", mentions=9),
        _summary(person_id("Putin"), "Putin", mentions=2),
        _summary(person_id("V. Putin"), "V. Putin", country="RUS"),
        _summary(person_id("Joe Biden"), "Joe Biden", country="USA"),
    ]
    found = {(c.keep, c.merge) for c in duplicate_candidates(rows)}
    assert ("person:vladimir-putin", "person:putin") in found
    assert ("person:vladimir-putin", "person:v-putin") in found
    assert all("biden" not in a + b for a, b in found)


def test_conflicting_country_or_kind_is_not_a_candidate():
    a = _summary("person:ali-khan", "Ali Khan", country="PAK")
    b = _summary("person:ali-khan-2", "Ali Khan", country="AFG")
    assert not compatible(a, b)
    org = _summary("org:taliban-movement", "Taliban movement", kind="organization")
    grp = _summary("TALIBAN", "Taliban", kind="armed_group", country="AFG")
    assert compatible(org, grp)
    assert not compatible(_summary("RUS", "Russia", "country", "RUS"), _summary("SUN", "Soviet Union", "country"))


def test_similar_organisation_names():
    rows = [
        _summary("org:russian-institute-for-the-cis", "Russian Institute for the CIS", "organization", "RUS", 3),
        _summary("org:russian-institute-for-cis", "Russian Institute for CIS", "organization", None, 1),
        _summary("org:rand", "RAND Corporation", "organization", "USA", 1),
    ]
    (cand,) = duplicate_candidates(rows)
    assert cand.keep == "org:russian-institute-for-the-cis" and cand.score >= 88


@given(st.text(max_size=40))
def test_norm_key_is_idempotent(text):
    key = norm_key(text)
    assert norm_key(key) == key
    assert " " not in key


def test_family_name_first_joins_its_full_name_only_when_unambiguous():
    import spacy

    from sitroom.resolve.actor_data import load_titles
    from sitroom.resolve.people import merge_surnames

    doc = spacy.blank("en")("Hua Chunying spoke . Hua added . Li Wei and Li Na met . Li left .")
    spans = [(doc[0:2], None), (doc[4:5], None), (doc[7:9], None), (doc[10:12], None),
             (doc[14:15], None)]
    people = {p.name: [s.text for s in p.spans] for p in merge_surnames(spans, load_titles())}
    assert people["Hua Chunying"] == ["Hua Chunying", "Hua"]
    assert people["Li"] == ["Li"]  # two full names start with Li: no guess
