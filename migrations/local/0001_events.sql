-- The relay logs' events: the only source of truth. Every other table is a projection of these rows.
-- Append-only: the database itself refuses to change or remove an event, whatever the code above it does.
CREATE TABLE events (
  log_id         TEXT    NOT NULL,
  seq            INTEGER NOT NULL CHECK (seq >= 1),   -- per log, from 1, without gaps
  id             TEXT    NOT NULL UNIQUE,             -- UUIDv7 made on the device
  type           TEXT    NOT NULL,
  schema_version INTEGER NOT NULL,
  author_id      TEXT    NOT NULL,
  device_time    TEXT    NOT NULL,
  recorded_at    TEXT    NOT NULL,                    -- when this store wrote it
  body           TEXT    NOT NULL,                    -- canonical JSON of the whole event
  prev_hash      TEXT    NOT NULL,
  hash           TEXT    NOT NULL,                    -- sha256(prev_hash || body)
  UNIQUE (log_id, seq)                                -- also the index for reading a log and finding its head
);

CREATE TRIGGER events_refuse_update BEFORE UPDATE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;

CREATE TRIGGER events_refuse_delete BEFORE DELETE ON events
BEGIN
  SELECT RAISE(ABORT, 'events are append-only');
END;
