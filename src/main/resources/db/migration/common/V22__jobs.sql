-- Long jobs started from the browser (imports, backtests) queued in the database, so that any server of one
-- installation answers for them and a server's death is noticed by another (issue 20). A server
-- claims a queued job with FOR UPDATE SKIP LOCKED and beats its heart while it runs it; a job whose
-- heart stopped is marked INTERRUPTED by another server. The uploaded file waits in job_file, in
-- parts, until its job ends (V23, of each database's own binary type).
CREATE TABLE job (
    id            VARCHAR(36) PRIMARY KEY,
    kind          VARCHAR(30) NOT NULL,
    mission_id    VARCHAR(40) NOT NULL,
    started_by    VARCHAR(60) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    state         VARCHAR(20) NOT NULL,
    parameters    TEXT NOT NULL,
    node          VARCHAR(36),
    heartbeat_at  TIMESTAMP WITH TIME ZONE,
    progress      BIGINT NOT NULL DEFAULT 0,
    total         BIGINT NOT NULL DEFAULT 0,
    step          VARCHAR(200),
    result        TEXT,
    error         TEXT,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX job_state ON job (state, created_at);
