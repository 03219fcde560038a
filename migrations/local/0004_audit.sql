-- Who read or wrote which log, and when. Never content: `what` is an API method name.
-- Like the events, the database refuses to change or remove an audit record.
CREATE TABLE audit (
  audit_no   INTEGER PRIMARY KEY,
  at         TEXT NOT NULL,
  actor_id   TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  log_id     TEXT NOT NULL,
  action     TEXT NOT NULL CHECK (action IN ('read', 'write', 'search')),
  what       TEXT NOT NULL
);
CREATE INDEX audit_by_log ON audit (log_id, audit_no);

CREATE TRIGGER audit_refuse_update BEFORE UPDATE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit records are append-only');
END;

CREATE TRIGGER audit_refuse_delete BEFORE DELETE ON audit
BEGIN
  SELECT RAISE(ABORT, 'audit records are append-only');
END;
