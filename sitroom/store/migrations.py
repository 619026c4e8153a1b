"""Ordered schema migrations; each runs once, inside a transaction, and is recorded.

The SQL is kept to the subset that SQLite and PostgreSQL share (TEXT, INTEGER, REAL, JSON held
as TEXT), so a PostgreSQL backend can apply the same list. Search (FTS5) is SQLite's own and
lives in a separate, SQLite-only step.
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "documents and facts", """
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    title TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    published TEXT,
    url TEXT,
    fmt TEXT NOT NULL,
    text TEXT NOT NULL,
    ingested_at TEXT NOT NULL
);
CREATE TABLE sentences (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    PRIMARY KEY (doc_id, start)
);
CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    country TEXT,
    role TEXT,
    affiliation TEXT
);
CREATE TABLE entity_aliases (
    alias TEXT PRIMARY KEY,
    entity_id TEXT NOT NULL
);
CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    role TEXT,
    PRIMARY KEY (doc_id, entity_id, start)
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE places (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    lat REAL NOT NULL, lon REAL NOT NULL,
    country TEXT,
    feature TEXT,
    precision TEXT
);
CREATE TABLE place_mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    place_id TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (doc_id, place_id, start)
);
CREATE INDEX place_mentions_place ON place_mentions(place_id);
CREATE TABLE timexes (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value TEXT NOT NULL, type TEXT NOT NULL, mod TEXT,
    range_start TEXT, range_end TEXT,
    PRIMARY KEY (doc_id, start)
);
CREATE TABLE quantities (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    value REAL NOT NULL, unit TEXT NOT NULL, counted TEXT, approximate INTEGER NOT NULL,
    kind TEXT NOT NULL, written_value REAL, written_unit TEXT, change TEXT NOT NULL,
    subject TEXT, subject_name TEXT, attribute TEXT
);
CREATE INDEX quantities_doc ON quantities(doc_id);
CREATE INDEX quantities_subject ON quantities(subject, attribute);
CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    speaker TEXT, speaker_name TEXT, speaker_start INTEGER, speaker_end INTEGER, cue TEXT
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_speaker ON quotes(speaker);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    type TEXT NOT NULL, mode TEXT, status TEXT NOT NULL,
    actors TEXT NOT NULL DEFAULT '[]', targets TEXT NOT NULL DEFAULT '[]',
    date_start TEXT, date_end TEXT, date_source TEXT,
    place TEXT, quantities TEXT NOT NULL DEFAULT '[]',
    trigger_start INTEGER NOT NULL, trigger_end INTEGER NOT NULL, trigger_text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL, sentence_text TEXT NOT NULL,
    mentions TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_date ON events(date_start);
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    stage TEXT NOT NULL,
    at TEXT NOT NULL
);
"""),
)

MIGRATIONS += (
    (2, "cross-document event clusters", """
ALTER TABLE events ADD COLUMN cluster TEXT;
CREATE INDEX events_cluster ON events(cluster);
"""),
    (3, "upper end of a range of quantities", """
ALTER TABLE quantities ADD COLUMN high REAL;
"""),
    (4, "events by category and date, for cross-document linking", """
CREATE INDEX events_type_date ON events(type, date_start);
"""),
    (5, "an earlier act with no date of its own: before the publication day", """
ALTER TABLE events ADD COLUMN date_before TEXT;
"""),
    (6, "counts on events: killed, wounded, arrested, displaced, troops, money", """
CREATE TABLE event_counts (
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    value REAL, low REAL, high REAL,
    unit TEXT NOT NULL,
    approximate INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
    sentence_start INTEGER NOT NULL, sentence_end INTEGER NOT NULL,
    PRIMARY KEY (event_id, kind, start)
);
CREATE INDEX event_counts_doc ON event_counts(doc_id);
CREATE INDEX event_counts_kind ON event_counts(kind);
"""),
)

MIGRATIONS += (
    (7, "sector of generic and dictionary actors (police COP, military MIL, ...)", """
ALTER TABLE entities ADD COLUMN sector TEXT;
"""),
)

MIGRATIONS += (
    (9, "how a place mention names its place (demonym, organisation, metonym, dateline)", """
ALTER TABLE place_mentions ADD COLUMN use TEXT;
"""),
)

MIGRATIONS += (  # fig: figures as written (both forms of a conversion) and NewsQuant's counted phrase
    (11, "quantities as written and what they count", """
ALTER TABLE quantities ADD COLUMN forms TEXT NOT NULL DEFAULT '[]';
ALTER TABLE quantities ADD COLUMN counted_phrase TEXT;
"""),
)

MIGRATIONS += (
    (13, "merge log: what each merge of two actors changed, so that it can be undone", """
CREATE TABLE merges (
    id INTEGER PRIMARY KEY,
    keep TEXT NOT NULL,
    dropped TEXT NOT NULL,
    at TEXT NOT NULL,
    undo TEXT NOT NULL,
    undone_at TEXT
);
"""),
)

MIGRATIONS += (  # scale: the timeline's order as an index, so a page of it reads only its rows
    (19, "events in timeline order (date, document, position)", """
CREATE INDEX events_order ON events(date_start, date_end, doc_id, sentence_start, trigger_start);
"""),
)

MIGRATIONS += (  # coordinator: how far each event can be trusted (sitroom_event_trust)
    (21, "event confidence from the trust model; doubtful events are hidden by default", """
ALTER TABLE events ADD COLUMN confidence REAL;
ALTER TABLE events ADD COLUMN doubtful INTEGER NOT NULL DEFAULT 0;
"""),
)

MIGRATIONS += (  # scale: who takes part in each event, one row per party, so an actor filter is an index
    # lookup instead of a scan of every event's actor list; written with the events, rewritten by
    # merges, deleted with its document (the backfill of older stores is each backend's own SQL)
    (22, "event parties: each event's actors and targets, one row each", """
CREATE TABLE event_parties (
    entity_id TEXT NOT NULL,
    role TEXT NOT NULL,
    event_id TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (entity_id, role, event_id)
);
CREATE INDEX event_parties_event ON event_parties(event_id);
CREATE INDEX event_parties_doc ON event_parties(doc_id);
"""),
)

MIGRATIONS += (  # scale: what each document says about its places (store/lede_places), written with it;
    # the documents stored before are summarised by the backend right after this migration
    (24, "per-document place summary for the toll keys' places", """
CREATE TABLE document_places (
    doc_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    summary TEXT NOT NULL
);
"""),
)

MIGRATIONS += (  # scale: per month of publication, the actors, places and kinds of event named (store/periods),
    # counted on write, so that diff reads months instead of every mention; filled right after this migration
    (25, "actors, places and kinds of event per month of publication", """
CREATE TABLE period_facts (
    kind TEXT NOT NULL,
    month TEXT NOT NULL,
    fact TEXT NOT NULL,
    n INTEGER NOT NULL,
    first_id TEXT,
    detail TEXT,
    PRIMARY KEY (kind, month, fact)
);
"""),
)

SQLITE_ONLY: tuple[tuple[int, str, str], ...] = (
    (23, "event parties of the events stored before them", """
INSERT OR IGNORE INTO event_parties (entity_id, role, event_id, doc_id)
    SELECT j.value, 'actor', e.id, e.doc_id FROM events e, json_each(e.actors) j;
INSERT OR IGNORE INTO event_parties (entity_id, role, event_id, doc_id)
    SELECT j.value, 'target', e.id, e.doc_id FROM events e, json_each(e.targets) j;
"""),
    # scale: the same order index covering who took part (SQLite has no limit on an index row,
    # PostgreSQL does): an actor's timeline and profile scan this narrow index, not the events
    (20, "events in timeline order with their actors, targets and type", """
DROP INDEX IF EXISTS events_order;
CREATE INDEX events_order ON events(date_start, date_end, doc_id, sentence_start, trigger_start,
                                    actors, targets, type, id);
"""),
    (101, "full-text search", """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
);
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, title, text)
    VALUES ('delete', old.rowid, old.title, old.text);
END;
"""),
)
