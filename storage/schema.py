"""The vault schema and its forward-only migrations, versioned with ``PRAGMA user_version``.

Each migration runs in one transaction with the version bump, so a vault is always at exactly
one version. Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable

from storage.db import Database
from storage.errors import UnsupportedVersion
from storage.records import note_preview

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE identity (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    display_name   TEXT NOT NULL,
    x25519_secret  BLOB NOT NULL CHECK (length(x25519_secret) = 32),
    ed25519_seed   BLOB NOT NULL CHECK (length(ed25519_seed) = 32),
    created_at     TEXT NOT NULL
);

CREATE TABLE dialogues (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    goal        TEXT NOT NULL DEFAULT '',
    status      TEXT NOT NULL DEFAULT 'active',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX dialogues_by_updated ON dialogues (updated_at DESC, id DESC);

CREATE TABLE sessions (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    dialogue_id INTEGER NOT NULL REFERENCES dialogues (id) ON DELETE CASCADE,
    round_no    INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    starts_on   TEXT NOT NULL DEFAULT '',
    place       TEXT NOT NULL DEFAULT '',
    mode        TEXT NOT NULL DEFAULT 'in_person',
    summary     TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (dialogue_id, round_no)
);

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    name         TEXT NOT NULL,
    affiliation  TEXT NOT NULL DEFAULT '',
    side         TEXT NOT NULL DEFAULT '',
    track        TEXT NOT NULL DEFAULT '',
    proximity    TEXT NOT NULL DEFAULT '',
    contact      TEXT NOT NULL DEFAULT '',
    attribution  TEXT NOT NULL DEFAULT 'chatham_house',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX people_by_name ON people (name COLLATE NOCASE, id);

CREATE TABLE attendance (
    session_id INTEGER NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (session_id, person_id)
) WITHOUT ROWID;
CREATE INDEX attendance_by_person ON attendance (person_id);

CREATE TABLE notes (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    dialogue_id  INTEGER REFERENCES dialogues (id) ON DELETE CASCADE,
    session_id   INTEGER REFERENCES sessions (id) ON DELETE CASCADE,
    title        TEXT NOT NULL DEFAULT '',
    body         TEXT NOT NULL DEFAULT '',
    kind         TEXT NOT NULL DEFAULT 'general',
    attributable INTEGER NOT NULL DEFAULT 0 CHECK (attributable IN (0, 1)),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX notes_by_updated ON notes (updated_at DESC, id DESC);
CREATE INDEX notes_by_dialogue ON notes (dialogue_id, updated_at DESC);
CREATE INDEX notes_by_session ON notes (session_id, updated_at DESC);

CREATE TABLE papers (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    dialogue_id INTEGER REFERENCES dialogues (id) ON DELETE SET NULL,
    title       TEXT NOT NULL,
    file_name   TEXT NOT NULL DEFAULT '',
    media_type  TEXT NOT NULL DEFAULT 'application/octet-stream',
    size        INTEGER NOT NULL DEFAULT 0,
    sha256      BLOB,
    chunk_size  INTEGER NOT NULL,
    complete    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX papers_by_updated ON papers (updated_at DESC, id DESC);

CREATE TABLE paper_chunks (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    seq      INTEGER NOT NULL,
    data     BLOB NOT NULL,
    PRIMARY KEY (paper_id, seq)
);

CREATE TABLE working_groups (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    dialogue_id INTEGER REFERENCES dialogues (id) ON DELETE SET NULL,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE group_members (
    group_id  INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    PRIMARY KEY (group_id, person_id)
) WITHOUT ROWID;

CREATE TABLE audit_log (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    event   TEXT NOT NULL,
    subject TEXT NOT NULL DEFAULT '',
    detail  TEXT NOT NULL DEFAULT '',
    mac     BLOB NOT NULL
);
"""

# Version 2: full-text search inside the encrypted database. The index holds its own copy of
# the searchable text (so snippets work) and is kept current by triggers; existing records are
# indexed by the migration itself.
_V2 = """
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, rid UNINDEXED, title, body,
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_index (kind, rid, title, body)
        VALUES ('note', new.id, new.title, new.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE OF title, body ON notes BEGIN
    DELETE FROM search_index WHERE kind = 'note' AND rid = old.id;
    INSERT INTO search_index (kind, rid, title, body)
        VALUES ('note', new.id, new.title, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE kind = 'note' AND rid = old.id;
END;

CREATE TRIGGER people_ai AFTER INSERT ON people BEGIN
    INSERT INTO search_index (kind, rid, title, body) VALUES
        ('person', new.id, new.name,
         concat_ws(' ', new.affiliation, new.side, new.proximity, new.notes));
END;
CREATE TRIGGER people_au AFTER UPDATE ON people BEGIN
    DELETE FROM search_index WHERE kind = 'person' AND rid = old.id;
    INSERT INTO search_index (kind, rid, title, body) VALUES
        ('person', new.id, new.name,
         concat_ws(' ', new.affiliation, new.side, new.proximity, new.notes));
END;
CREATE TRIGGER people_ad AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE kind = 'person' AND rid = old.id;
END;

CREATE TRIGGER papers_ai AFTER INSERT ON papers BEGIN
    INSERT INTO search_index (kind, rid, title, body)
        VALUES ('paper', new.id, new.title, new.file_name);
END;
CREATE TRIGGER papers_au AFTER UPDATE OF title, file_name ON papers BEGIN
    DELETE FROM search_index WHERE kind = 'paper' AND rid = old.id;
    INSERT INTO search_index (kind, rid, title, body)
        VALUES ('paper', new.id, new.title, new.file_name);
END;
CREATE TRIGGER papers_ad AFTER DELETE ON papers BEGIN
    DELETE FROM search_index WHERE kind = 'paper' AND rid = old.id;
END;

INSERT INTO search_index (kind, rid, title, body) SELECT 'note', id, title, body FROM notes;
INSERT INTO search_index (kind, rid, title, body)
    SELECT 'person', id, name, concat_ws(' ', affiliation, side, proximity, notes) FROM people;
INSERT INTO search_index (kind, rid, title, body) SELECT 'paper', id, title, file_name FROM papers;
"""

# Version 3: contacts (people whose keys we hold) and the packet ledger (what was sealed to
# whom, what was imported from whom), plus what the exchange folder watcher already tried.
_V3 = """
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    uid         TEXT NOT NULL UNIQUE,
    person_id   INTEGER NOT NULL UNIQUE REFERENCES people (id) ON DELETE CASCADE,
    card_name   TEXT NOT NULL,
    x25519      BLOB NOT NULL UNIQUE CHECK (length(x25519) = 32),
    ed25519     BLOB NOT NULL UNIQUE CHECK (length(ed25519) = 32),
    card        BLOB NOT NULL,
    verified_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE packets (
    id          INTEGER PRIMARY KEY,
    packet_id   TEXT NOT NULL UNIQUE,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    kind        TEXT NOT NULL,
    contact_id  INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    item_kind   TEXT NOT NULL DEFAULT '',
    item_id     INTEGER,
    size        INTEGER NOT NULL,
    sealed_at   TEXT NOT NULL,
    logged_at   TEXT NOT NULL
);
CREATE INDEX packets_by_logged ON packets (logged_at DESC, id DESC);

CREATE TABLE packet_recipients (
    packet_row INTEGER NOT NULL REFERENCES packets (id) ON DELETE CASCADE,
    x25519     BLOB NOT NULL,
    ed25519    BLOB NOT NULL,
    contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    PRIMARY KEY (packet_row, x25519)
) WITHOUT ROWID;

CREATE TABLE exchange_seen (
    file_name TEXT NOT NULL,
    size      INTEGER NOT NULL,
    mtime_ns  INTEGER NOT NULL,
    outcome   TEXT NOT NULL,
    PRIMARY KEY (file_name, size, mtime_ns)
) WITHOUT ROWID;
"""

# Version 4: FTS5 secure-delete, so the words of a deleted or edited note leave the index's
# pages at once (PRAGMA secure_delete covers tables, not FTS5's own segments), and an optimize
# that rewrites the segments so words deleted before this version are purged too.
_V4 = """
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_index (search_index) VALUES ('optimize');
"""

# Version 5: draft proposals as chains of immutable revisions (docs/drafting.md). A revision's
# uid is the SHA-256 of its canonical content (proposal, parents, author, time, message, text),
# so the same revision has the same uid in every vault; a trigger refuses any UPDATE of it.
# ``head_uid`` is this vault's current revision; ``incoming_uid`` a co-drafter's head that
# diverged from it and waits for the user to merge. ``revision_known`` records which revisions
# each contact is known to hold (sent to them or received from them), so a send carries only
# what the co-drafter lacks.
_V5 = """
CREATE TABLE proposals (
    id           INTEGER PRIMARY KEY,
    uid          TEXT NOT NULL UNIQUE,
    dialogue_id  INTEGER REFERENCES dialogues (id) ON DELETE SET NULL,
    title        TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'circulated', 'agreed', 'withdrawn')),
    contact_id   INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
    head_uid     TEXT,
    incoming_uid TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX proposals_by_updated ON proposals (updated_at DESC, id DESC);

CREATE TABLE revisions (
    id             INTEGER PRIMARY KEY,
    uid            TEXT NOT NULL UNIQUE CHECK (length(uid) = 64),
    proposal_id    INTEGER NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    parent1        TEXT,
    parent2        TEXT,
    generation     INTEGER NOT NULL CHECK (generation >= 1),
    author_name    TEXT NOT NULL,
    author_x25519  BLOB NOT NULL CHECK (length(author_x25519) = 32),
    author_ed25519 BLOB NOT NULL CHECK (length(author_ed25519) = 32),
    created_at     TEXT NOT NULL,
    message        TEXT NOT NULL DEFAULT '',
    body           TEXT NOT NULL,
    stored_at      TEXT NOT NULL
);
CREATE INDEX revisions_by_proposal ON revisions (proposal_id, generation, id);

CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions BEGIN
    SELECT RAISE(ABORT, 'revisions are immutable');
END;

CREATE TABLE revision_known (
    contact_id  INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    revision_id INTEGER NOT NULL REFERENCES revisions (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, revision_id)
) WITHOUT ROWID;
CREATE INDEX revision_known_by_revision ON revision_known (revision_id);
"""

# Version 6: need-to-know (docs/need-to-know.md). ``code_names``: the name a person goes by in
# everything that leaves the vault. ``paper_compartments``: the working groups a paper may be
# shared with (none: no restriction). ``key_changes``: a card that arrived with other keys for a
# known contact, kept beside the old keys until the user re-verifies (accepted) or rejects it;
# at most one open change per contact. ``contact_prefs``: whether we acknowledge a contact's
# packets. ``packet_revisions``: the head revision a proposal packet carried, so the ledger can
# say who holds a given revision. ``packet_recipients`` gains the acknowledgement of each
# recipient (time and the ack packet's id).
_V6 = """
CREATE TABLE code_names (
    person_id INTEGER PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    code_name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE paper_compartments (
    paper_id INTEGER NOT NULL REFERENCES papers (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES working_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (paper_id, group_id)
) WITHOUT ROWID;
CREATE INDEX paper_compartments_by_group ON paper_compartments (group_id);

CREATE TABLE key_changes (
    id            INTEGER PRIMARY KEY,
    contact_id    INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    old_x25519    BLOB NOT NULL CHECK (length(old_x25519) = 32),
    old_ed25519   BLOB NOT NULL CHECK (length(old_ed25519) = 32),
    new_x25519    BLOB NOT NULL CHECK (length(new_x25519) = 32),
    new_ed25519   BLOB NOT NULL CHECK (length(new_ed25519) = 32),
    new_card      BLOB NOT NULL,
    new_card_name TEXT NOT NULL,
    detected_at   TEXT NOT NULL,
    resolved_at   TEXT,
    resolution    TEXT CHECK (resolution IS NULL OR resolution IN ('accepted', 'rejected'))
);
CREATE UNIQUE INDEX key_changes_open ON key_changes (contact_id) WHERE resolved_at IS NULL;
CREATE INDEX key_changes_by_contact ON key_changes (contact_id, id);

CREATE TABLE contact_prefs (
    contact_id INTEGER PRIMARY KEY REFERENCES contacts (id) ON DELETE CASCADE,
    send_acks  INTEGER NOT NULL DEFAULT 1 CHECK (send_acks IN (0, 1))
);

CREATE TABLE packet_revisions (
    packet_row   INTEGER PRIMARY KEY REFERENCES packets (id) ON DELETE CASCADE,
    revision_uid TEXT NOT NULL
);
CREATE INDEX packets_by_item ON packets (item_kind, item_id, id);

ALTER TABLE packet_recipients ADD COLUMN acked_at TEXT;
ALTER TABLE packet_recipients ADD COLUMN ack_packet_id TEXT;
"""

# The folding of storage/search.py FOLD_PAIRS as nested replace() calls over concat(new.title,
# char(1), new.body), for the triggers of versions 7 and 10 (never change it: see FOLD_PAIRS).
_FOLDED = """
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(
            replace(replace(replace(concat(new.title, char(1), new.body),
                char(0x064B), ''),
                char(0x064C), ''),
                char(0x064D), ''),
                char(0x064E), ''),
                char(0x064F), ''),
                char(0x0650), ''),
                char(0x0651), ''),
                char(0x0652), ''),
                char(0x0653), ''),
                char(0x0654), ''),
                char(0x0655), ''),
                char(0x0670), ''),
                char(0x05B0), ''),
                char(0x05B1), ''),
                char(0x05B2), ''),
                char(0x05B3), ''),
                char(0x05B4), ''),
                char(0x05B5), ''),
                char(0x05B6), ''),
                char(0x05B7), ''),
                char(0x05B8), ''),
                char(0x05B9), ''),
                char(0x05BA), ''),
                char(0x05BB), ''),
                char(0x05BC), ''),
                char(0x05BD), ''),
                char(0x05BF), ''),
                char(0x05C1), ''),
                char(0x05C2), ''),
                char(0x05C4), ''),
                char(0x05C5), ''),
                char(0x05C7), ''),
                char(0x0640), ''),
                char(0x0623), char(0x0627)),
                char(0x0625), char(0x0627)),
                char(0x0622), char(0x0627)),
                char(0x0671), char(0x0627)),
                char(0x0649), char(0x064A)),
                char(0x06CC), char(0x064A)),
                char(0x06A9), char(0x0643)),
                char(0x0629), char(0x0647)),
                char(0x0660), char(0x0030)),
                char(0x0661), char(0x0031)),
                char(0x0662), char(0x0032)),
                char(0x0663), char(0x0033)),
                char(0x0664), char(0x0034)),
                char(0x0665), char(0x0035)),
                char(0x0666), char(0x0036)),
                char(0x0667), char(0x0037)),
                char(0x0668), char(0x0038)),
                char(0x0669), char(0x0039)),
                char(0x06F0), char(0x0030)),
                char(0x06F1), char(0x0031)),
                char(0x06F2), char(0x0032)),
                char(0x06F3), char(0x0033)),
                char(0x06F4), char(0x0034)),
                char(0x06F5), char(0x0035)),
                char(0x06F6), char(0x0036)),
                char(0x06F7), char(0x0037)),
                char(0x06F8), char(0x0038)),
                char(0x06F9), char(0x0039)),
                char(0x0451), char(0x0435)),
                char(0x0401), char(0x0415)) AS folded"""[1:]

# Version 7: search in every script (docs/languages.md). The word index is rebuilt with folded
# copies of each title and body (Arabic harakat, Hebrew points and tatweel removed; alef, yeh,
# kaf and teh marbuta variants unified; Arabic-Indic digits made ASCII; Cyrillic yo made ie:
# the pairs of storage.search.FOLD_PAIRS), because unicode61 splits a word at every combining
# mark; a trigram index of the folded text beside it finds Chinese, Japanese and Thai words
# (written without spaces) and Arabic words behind attached prefixes. Both are fed through one
# INSTEAD OF trigger on the view search_feed, keyed by rowid = id * 4 + kind (1 note, 2 person,
# 3 paper), so an edit or delete touches one row instead of scanning the index. The indexes are
# created after the triggers so that their pages end the file; existing records are back-filled.
_V7 = """
DROP TRIGGER IF EXISTS notes_ai;
DROP TRIGGER IF EXISTS notes_au;
DROP TRIGGER IF EXISTS notes_ad;
DROP TRIGGER IF EXISTS people_ai;
DROP TRIGGER IF EXISTS people_au;
DROP TRIGGER IF EXISTS people_ad;
DROP TRIGGER IF EXISTS papers_ai;
DROP TRIGGER IF EXISTS papers_au;
DROP TRIGGER IF EXISTS papers_ad;
DROP TABLE search_index;
CREATE VIEW search_feed (key, kind, rid, title, body) AS
    SELECT NULL, NULL, NULL, NULL, NULL WHERE 0;
CREATE TRIGGER search_feed_insert INSTEAD OF INSERT ON search_feed BEGIN
    DELETE FROM search_index WHERE rowid = new.key;
    DELETE FROM search_grams WHERE rowid = new.key;
    INSERT INTO search_index (rowid, kind, rid, title, body, ftitle, fbody)
        SELECT new.key, new.kind, new.rid, new.title, new.body,
               substr(folded, 1, cut - 1), substr(folded, cut + 1)
        FROM (SELECT folded, instr(folded, char(1)) AS cut FROM (SELECT
@FOLDED@));
    INSERT INTO search_grams (rowid, grams)
        SELECT rowid, concat_ws(' ', ftitle, fbody) FROM search_index
        WHERE rowid = new.key;
END;
CREATE TRIGGER notes_ai AFTER INSERT ON notes BEGIN
    INSERT INTO search_feed VALUES (new.id * 4 + 1, 'note', new.id, new.title, new.body);
END;
CREATE TRIGGER notes_au AFTER UPDATE OF title, body ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 1;
    INSERT INTO search_feed VALUES (new.id * 4 + 1, 'note', new.id, new.title, new.body);
END;
CREATE TRIGGER notes_ad AFTER DELETE ON notes BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 1;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 1;
END;
CREATE TRIGGER people_ai AFTER INSERT ON people BEGIN
    INSERT INTO search_feed VALUES (new.id * 4 + 2, 'person', new.id, new.name,
        concat_ws(' ', new.affiliation, new.side, new.proximity, new.notes));
END;
CREATE TRIGGER people_au AFTER UPDATE ON people BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 2;
    INSERT INTO search_feed VALUES (new.id * 4 + 2, 'person', new.id, new.name,
        concat_ws(' ', new.affiliation, new.side, new.proximity, new.notes));
END;
CREATE TRIGGER people_ad AFTER DELETE ON people BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 2;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 2;
END;
CREATE TRIGGER papers_ai AFTER INSERT ON papers BEGIN
    INSERT INTO search_feed VALUES (new.id * 4 + 3, 'paper', new.id, new.title, new.file_name);
END;
CREATE TRIGGER papers_au AFTER UPDATE OF title, file_name ON papers BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 3;
    INSERT INTO search_feed VALUES (new.id * 4 + 3, 'paper', new.id, new.title, new.file_name);
END;
CREATE TRIGGER papers_ad AFTER DELETE ON papers BEGIN
    DELETE FROM search_index WHERE rowid = old.id * 4 + 3;
    DELETE FROM search_grams WHERE rowid = old.id * 4 + 3;
END;
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, rid UNINDEXED, title, body, ftitle, fbody,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE search_grams USING fts5 (grams, tokenize = 'trigram remove_diacritics 1');
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_grams (search_grams, rank) VALUES ('secure-delete', 1);
INSERT INTO search_feed SELECT id * 4 + 1, 'note', id, title, body FROM notes;
INSERT INTO search_feed SELECT id * 4 + 2, 'person', id, name,
    concat_ws(' ', affiliation, side, proximity, notes) FROM people;
INSERT INTO search_feed SELECT id * 4 + 3, 'paper', id, title, file_name FROM papers;
"""
_V7 = _V7.replace("@FOLDED@", _FOLDED)

# Version 8: retention. A record may carry a keep-until day; once it has passed the record is
# purged (storage/retention.py). Deleting a record by any way also forgets its date.
_V8 = """
CREATE TABLE retention (
    kind       TEXT NOT NULL CHECK (kind IN ('dialogue', 'session', 'person', 'note', 'paper')),
    record_id  INTEGER NOT NULL,
    keep_until TEXT NOT NULL,
    PRIMARY KEY (kind, record_id)
) WITHOUT ROWID;
CREATE INDEX retention_by_day ON retention (keep_until);
CREATE TRIGGER dialogues_retention_ad AFTER DELETE ON dialogues BEGIN
    DELETE FROM retention WHERE kind = 'dialogue' AND record_id = old.id;
END;
CREATE TRIGGER sessions_retention_ad AFTER DELETE ON sessions BEGIN
    DELETE FROM retention WHERE kind = 'session' AND record_id = old.id;
END;
CREATE TRIGGER people_retention_ad AFTER DELETE ON people BEGIN
    DELETE FROM retention WHERE kind = 'person' AND record_id = old.id;
END;
CREATE TRIGGER notes_retention_ad AFTER DELETE ON notes BEGIN
    DELETE FROM retention WHERE kind = 'note' AND record_id = old.id;
END;
CREATE TRIGGER papers_retention_ad AFTER DELETE ON papers BEGIN
    DELETE FROM retention WHERE kind = 'paper' AND record_id = old.id;
END;
"""

# Version 9: the notes list is read from covering indexes (docs/performance.md): each holds
# what a row of the list shows (kind, title, and for a note without a title the first line of
# its body, ``preview``), so a page of the list reads a few index pages and never a note's body.
# The rows are ordered by (updated_at, id), newest first, the key a page continues from.
_V9 = """
ALTER TABLE notes ADD COLUMN preview TEXT NOT NULL DEFAULT '';
DROP INDEX notes_by_updated;
DROP INDEX notes_by_dialogue;
DROP INDEX notes_by_session;
"""
_V9_INDEXES = """
CREATE INDEX notes_by_updated ON notes (updated_at DESC, id DESC, kind, title, preview);
CREATE INDEX notes_by_dialogue ON notes
    (dialogue_id, updated_at DESC, id DESC, kind, title, preview);
CREATE INDEX notes_by_session ON notes
    (session_id, updated_at DESC, id DESC, kind, title, preview);
"""


def _v9(db: Database) -> None:
    for statement in _split(_V9):
        db.execute(statement)
    rows = db.query("SELECT id, body FROM notes WHERE title = '' AND body != ''")
    for note_id, body in rows:
        db.execute("UPDATE notes SET preview = ? WHERE id = ?", (note_preview("", body), note_id))
    for statement in _split(_V9_INDEXES):
        db.execute(statement)


# Version 10: a smaller search index, the same matches. The folded copies (``ftitle``,
# ``fbody``) are stored only where folding changed the text (Arabic, Hebrew, Persian digits,
# Cyrillic yo): elsewhere they were the same words indexed twice. The trigram index holds only
# records with a character of the scripts its terms come from (search.py: written without
# spaces, or Arabic): no other record can contain such a term. For a vault of 100,000 English
# notes this removes ~45% of the file and about half the pages a search reads
# (docs/performance.md). The index is rebuilt from the records.
_V10 = """
DROP TRIGGER search_feed_insert;
DELETE FROM search_index_data;
DELETE FROM search_index_idx;
DELETE FROM search_index_content;
DELETE FROM search_index_docsize;
DELETE FROM search_grams_data;
DELETE FROM search_grams_idx;
DELETE FROM search_grams_content;
DELETE FROM search_grams_docsize;
DROP TABLE search_index;
DROP TABLE search_grams;
CREATE TRIGGER search_feed_insert INSTEAD OF INSERT ON search_feed BEGIN
    DELETE FROM search_index WHERE rowid = new.key;
    DELETE FROM search_grams WHERE rowid = new.key;
    INSERT INTO search_index (rowid, kind, rid, title, body, ftitle, fbody)
        SELECT new.key, new.kind, new.rid, new.title, new.body,
               nullif(substr(folded, 1, cut - 1), new.title),
               nullif(substr(folded, cut + 1), new.body)
        FROM (SELECT folded, instr(folded, char(1)) AS cut FROM (SELECT
@FOLDED@));
    INSERT INTO search_grams (rowid, grams)
        SELECT rowid, concat_ws(' ', coalesce(ftitle, title), coalesce(fbody, body))
        FROM search_index
        WHERE rowid = new.key
          AND concat_ws(' ', coalesce(ftitle, title), coalesce(fbody, body)) GLOB concat('*[',
            char(0x0600), '-', char(0x06FF),
            char(0x0750), '-', char(0x077F),
            char(0x08A0), '-', char(0x08FF),
            char(0x0E00), '-', char(0x0EFF),
            char(0x1000), '-', char(0x109F),
            char(0x1780), '-', char(0x17FF),
            char(0x2E80), '-', char(0x2FDF),
            char(0x3040), '-', char(0x30FF),
            char(0x3100), '-', char(0x31BF),
            char(0x3400), '-', char(0x4DBF),
            char(0x4E00), '-', char(0x9FFF),
            char(0xF900), '-', char(0xFAFF),
            char(0xFF66), '-', char(0xFF9F),
            char(0x20000), '-', char(0x3134F),
            ']*');
END;
CREATE VIRTUAL TABLE search_index USING fts5 (
    kind UNINDEXED, rid UNINDEXED, title, body, ftitle, fbody,
    tokenize = "unicode61 remove_diacritics 2"
);
CREATE VIRTUAL TABLE search_grams USING fts5 (grams, tokenize = 'trigram remove_diacritics 1');
INSERT INTO search_index (search_index, rank) VALUES ('secure-delete', 1);
INSERT INTO search_grams (search_grams, rank) VALUES ('secure-delete', 1);
"""
_V10 = _V10.replace("@FOLDED@", _FOLDED)
_V10_FEEDS = (
    ("notes", "SELECT id * 4 + 1, 'note', id, title, body FROM notes"),
    (
        "people",
        "SELECT id * 4 + 2, 'person', id, name, "
        "concat_ws(' ', affiliation, side, proximity, notes) FROM people",
    ),
    ("papers", "SELECT id * 4 + 3, 'paper', id, title, file_name FROM papers"),
)
#: Records fed to the index per statement: SQLite keeps what one statement changed in memory
#: (its statement journal, with ``temp_store = MEMORY``) until the statement ends.
_V10_BATCH = 1000


def _v10(db: Database) -> None:
    # The shadow tables are emptied before the tables are dropped: dropping a full FTS5 table
    # under secure_delete held every freed page in memory (430 MB for a 100,000-note vault's
    # trigram index), deleting its rows first does not (36 MB); the pages are zeroed either way.
    for statement in _split(_V10):
        db.execute(statement)
    for table, select in _V10_FEEDS:
        top = int((db.query_one(f"SELECT coalesce(max(id), 0) FROM {table}") or (0,))[0])
        for low in range(0, top + 1, _V10_BATCH):
            db.execute(
                f"INSERT INTO search_feed {select} WHERE id >= ? AND id < ?",
                (low, low + _V10_BATCH),
            )


# Version 11: the text typed into a proposal and not yet saved as a revision, kept when the
# vault locks (the idle lock too) so that it is shown again after the next unlock. It never
# travels: only revisions do. One per proposal; gone with its proposal. (IF NOT EXISTS: a step
# may be run again over its own result, as the tests of a vault one version behind do.)
_V11 = """
CREATE TABLE IF NOT EXISTS working_copies (
    proposal_id INTEGER PRIMARY KEY REFERENCES proposals (id) ON DELETE CASCADE,
    base_uid    TEXT,
    body        TEXT NOT NULL,
    saved_at    TEXT NOT NULL
);
"""

# Version 12: a packet of the ledger names the item it carried by id (``item_kind``,
# ``item_id``), and SQLite gives a new row the id of a deleted one when that one was the last:
# a paper added after a deleted paper inherited its deliveries ("sent to …", "held by …"). A
# deleted item now takes its id out of the ledger (the packet stays, without its item), and
# the migration unlinks the packets whose item is gone, or was created after the packet was
# logged (so is another record under a reused id). Both times are ``now()``, to the second.
_V12_ITEMS = (("paper", "papers"), ("note", "notes"), ("proposal", "proposals"))
_V12 = "".join(
    f"""
CREATE TRIGGER IF NOT EXISTS {table}_packets_ad AFTER DELETE ON {table} BEGIN
    UPDATE packets SET item_id = NULL WHERE item_kind = '{kind}' AND item_id = old.id;
END;
UPDATE packets SET item_id = NULL
 WHERE item_kind = '{kind}' AND item_id IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM {table} AS item
                    WHERE item.id = packets.item_id AND item.created_at <= packets.logged_at);
"""
    for kind, table in _V12_ITEMS
)

#: Each step is an SQL script or, where existing rows need Python to fill them, a function.
Migration = str | Callable[[Database], None]
MIGRATIONS: tuple[Migration, ...] = (
    _V1,
    _V2,
    _V3,
    _V4,
    _V5,
    _V6,
    _V7,
    _V8,
    _v9,
    _v10,
    _V11,
    _V12,
)
CURRENT_VERSION = len(MIGRATIONS)


def migrate(db: Database, target: int = CURRENT_VERSION) -> int:
    """Bring the database forward to ``target``; return the version it was at."""
    start = db.user_version()
    if start > CURRENT_VERSION:
        raise UnsupportedVersion(
            "this vault has schema version {version}; this Quietroom knows up to "
            "{supported}: install a newer version",
            version=start,
            supported=CURRENT_VERSION,
        )
    for version in range(start + 1, target + 1):
        step = MIGRATIONS[version - 1]
        with db.transaction():
            if callable(step):
                step(db)
            else:
                # executescript would commit the open transaction: run statement by statement.
                for statement in _split(step):
                    db.execute(statement)
            db.execute(f"PRAGMA user_version = {version}")
    return start


def _split(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    statements: list[str] = []
    current: list[str] = []
    in_trigger = False
    for line in script.splitlines():
        stripped = line.strip()
        if not stripped:
            continue
        current.append(line)
        if stripped.upper().startswith("CREATE TRIGGER"):
            in_trigger = True
        if in_trigger:
            if stripped.upper() == "END;":
                in_trigger = False
                statements.append("\n".join(current))
                current = []
        elif stripped.endswith(";"):
            statements.append("\n".join(current))
            current = []
    if current:
        statements.append("\n".join(current))
    return statements
