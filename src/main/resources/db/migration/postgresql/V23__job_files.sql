-- The file an import job was started with, in parts of 1 MiB, until the job ends (issue 20).
-- BYTEA: PostgreSQL keeps large values apart from the row (TOAST).
CREATE TABLE job_file (
    job_id  VARCHAR(36) NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    part    INTEGER NOT NULL,
    bytes   BYTEA NOT NULL,
    PRIMARY KEY (job_id, part)
);
