-- One measurement per collection of a host: a collection sent again (a retried upload) replaces its
-- measurement instead of adding one, so a trend reads one row per collection in its window, found by
-- the key, without scanning the host's analyses. A measurement goes with its analysis when retention
-- forgets it.
CREATE TABLE measurement (
    host_key VARCHAR(255) NOT NULL,
    measured_at TIMESTAMP WITH TIME ZONE NOT NULL,
    analysis_id BIGINT NOT NULL REFERENCES analysis (id) ON DELETE CASCADE,
    measures VARCHAR(2000) NOT NULL,
    PRIMARY KEY (host_key, measured_at)
);
CREATE INDEX measurement_by_analysis ON measurement (analysis_id);

INSERT INTO measurement (host_key, measured_at, analysis_id, measures)
SELECT host_key, COALESCE(collected_at, received_at), id, COALESCE(measures, '')
FROM analysis
WHERE id IN (SELECT MAX(id) FROM analysis GROUP BY host_key, COALESCE(collected_at, received_at));
