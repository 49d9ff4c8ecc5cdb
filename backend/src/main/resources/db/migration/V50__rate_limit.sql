-- Fixed-window request counters shared by every backend instance (rate limits on ballots and bulk imports).
-- One row per (bucket, window); old windows are deleted as buckets move on.
CREATE TABLE rate_limit_window (
    bucket       varchar(200) NOT NULL,
    window_start timestamptz  NOT NULL,
    hits         integer      NOT NULL,
    PRIMARY KEY (bucket, window_start)
);
