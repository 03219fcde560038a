-- stafett:rebuild-projections
-- Projections of the events, written in the same transaction as each append and rebuildable from the events.
-- JSON columns hold canonical JSON, so a rebuilt row compares equal to the row written incrementally.

CREATE TABLE logs (
  log_id           TEXT    NOT NULL PRIMARY KEY,
  child_name       TEXT    NOT NULL,
  birth_date       TEXT    NOT NULL,
  national_id      TEXT    NOT NULL,
  unit             TEXT    NOT NULL,
  level            INTEGER NOT NULL,
  holder_id        TEXT    NOT NULL,
  holder_name      TEXT    NOT NULL,
  holder_unit      TEXT    NOT NULL,
  holder_service   TEXT    NOT NULL,
  opened_at        TEXT    NOT NULL,
  last_activity_at TEXT    NOT NULL,
  entry_count      INTEGER NOT NULL,
  closed           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE participants (
  log_id  TEXT NOT NULL,
  user_id TEXT NOT NULL,
  access  TEXT NOT NULL CHECK (access IN ('read', 'contribute')),
  PRIMARY KEY (log_id, user_id)
) WITHOUT ROWID;
CREATE INDEX participants_by_user ON participants (user_id, log_id);

-- One row per timeline entry. entry_no is also the rowid of the entry's row in the search index.
CREATE TABLE timeline (
  entry_no       INTEGER PRIMARY KEY,
  log_id         TEXT    NOT NULL,
  seq            INTEGER NOT NULL,
  entry_id       TEXT    NOT NULL UNIQUE,
  kind           TEXT    NOT NULL,
  author_id      TEXT    NOT NULL,
  author_name    TEXT    NOT NULL,
  author_unit    TEXT    NOT NULL,
  author_service TEXT    NOT NULL,
  at             TEXT    NOT NULL,
  fields         TEXT    NOT NULL,                 -- as they stand after every amendment
  original       TEXT,                             -- as first written; NULL until amended
  amendments     TEXT    NOT NULL DEFAULT '[]',
  measure_id     TEXT                              -- the measure an evaluation evaluates
);
CREATE UNIQUE INDEX timeline_by_log ON timeline (log_id, seq);
CREATE INDEX timeline_by_log_kind ON timeline (log_id, kind, seq);

CREATE TABLE measures (
  measure_id          TEXT    NOT NULL PRIMARY KEY,
  log_id              TEXT    NOT NULL,
  seq                 INTEGER NOT NULL,
  goal                TEXT    NOT NULL,
  responsible_person  TEXT    NOT NULL,
  responsible_service TEXT    NOT NULL,
  start_date          TEXT    NOT NULL,
  evaluation_date     TEXT    NOT NULL,
  ended               INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX measures_by_log ON measures (log_id, ended, evaluation_date);
