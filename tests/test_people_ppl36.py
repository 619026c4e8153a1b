"""ppl36: across the store, a bare surname joins no full name when its own story writes another
full name ending in it (the tagger may have called that one a firm)."""

import sqlite3

from sitroom.analyze.identity import _namesakes, surname_candidates
from sitroom.resolve.actors import EntitySummary


def _entity(eid, name, docs, kind="person"):
    return EntitySummary(eid, name, kind, None, docs * 3, docs)


class _Store:
    """The two tables the identity pass reads, in memory."""

    def __init__(self, entities, mentions):
        self.conn = sqlite3.connect(":memory:")
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("CREATE TABLE entities (id TEXT, name TEXT, kind TEXT)")
        self.conn.execute("CREATE TABLE mentions (doc_id TEXT, entity_id TEXT)")
        self.conn.executemany("INSERT INTO entities VALUES (?, ?, ?)", entities)
        self.conn.executemany("INSERT INTO mentions VALUES (?, ?)", mentions)

    def rows(self, sql, args=()):
        return self.conn.execute(sql, args).fetchall()


def test_a_bare_surname_whose_story_names_another_of_it_keeps_its_own_name():
    # a sprinter's story writes "Carla Hurst" once (tagged a firm) and "Hurst" after; the store's
    # most written Hurst is a senator, in many other stories
    store = _Store([("person:hurst", "Hurst", "person"), ("org:carla-hurst", "Carla Hurst", "organization"),
                    ("person:dean-hurst", "Dean Hurst", "person"), ("org:iaaf", "IAAF", "organization")],
                   [("d1", "person:hurst"), ("d1", "org:carla-hurst"), ("d1", "org:iaaf")])
    bare = [_entity("person:hurst", "Hurst", 1)]
    found = _namesakes(store, bare)
    assert found == {"person:hurst": {"carla"}}
    people = bare + [_entity("person:dean-hurst", "Dean Hurst", 8)]
    shared = {p.id: {"org:iaaf"} for p in people}
    assert not surname_candidates(people, shared, found)


def test_controls_the_store_namesake_still_joins():
    people = [_entity("person:hurst", "Hurst", 1), _entity("person:dean-hurst", "Dean Hurst", 8)]
    shared = {p.id: {"org:senate"} for p in people}
    # the story names no other Hurst, or names the same man's given name, or a non-person place
    store = _Store([("person:hurst", "Hurst", "person"), ("org:senate", "Senate", "organization"),
                    ("org:dean-hurst", "Dean Hurst", "organization"),
                    ("place:fort-hurst", "Fort Hurst", "other")],
                   [("d1", "person:hurst"), ("d1", "org:senate"), ("d1", "org:dean-hurst"),
                    ("d1", "place:fort-hurst")])
    found = _namesakes(store, people[:1])
    assert found == {"person:hurst": {"dean"}}
    got = {(c.keep, c.merge) for c in surname_candidates(people, shared, found)}
    assert got == {("person:dean-hurst", "person:hurst")}
    assert {(c.keep, c.merge) for c in surname_candidates(people, shared)} == got  # no namesakes given


def test_control_a_story_writing_the_store_man_beside_a_namesake_still_joins():
    # the story writes "Dean Hurst" and "Paul Hurst": the bare "Hurst" may be the store's man
    people = [_entity("person:hurst", "Hurst", 1), _entity("person:dean-hurst", "Dean Hurst", 8)]
    shared = {p.id: {"org:senate"} for p in people}
    got = {(c.keep, c.merge) for c in surname_candidates(people, shared, {"person:hurst": {"dean", "paul"}})}
    assert got == {("person:dean-hurst", "person:hurst")}
