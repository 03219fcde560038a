-- stafett:rebuild-projections
-- Each entry's search row also carries its log, as one token (`l` + the log id without dashes), so FTS5 itself
-- intersects the user's words with the user's logs. Filtering afterwards meant walking every match of a common
-- word in other people's logs (300 ms in 100,000 entries for a user in one log of forty).
DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5(
  text,
  log,
  tokenize = 'unicode61 remove_diacritics 0'
);
