-- The measures of each analysis that rules compare with a threshold (name=value, comma separated),
-- so that trends are read from the history without parsing each facts document again.
ALTER TABLE analysis ADD COLUMN measures VARCHAR(2000);
