-- How many times a job was claimed: a job that only reads (a report, a backtest) whose server died is queued again
-- once, by whichever server notices; one that was claimed twice is left interrupted, so that a job that kills its
-- server cannot go round every server of the installation (issue 20).
ALTER TABLE job ADD COLUMN attempts INTEGER DEFAULT 0 NOT NULL;
