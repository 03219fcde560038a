-- stafett:rebuild-projections
-- Full-text search over the child's name and every text field of the entries, as they stand after amendments.
-- rowid = timeline.entry_no. remove_diacritics 0 keeps æ, ø and å distinct letters (Norwegian words differ by them).
CREATE VIRTUAL TABLE search USING fts5(
  text,
  tokenize = 'unicode61 remove_diacritics 0'
);
