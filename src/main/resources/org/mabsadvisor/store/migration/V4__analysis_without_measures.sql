-- The measures live in the measurement table since V3, which copied them there; the column of the
-- analysis that held them too is dropped so that they are written in one place.
ALTER TABLE analysis DROP COLUMN measures;
