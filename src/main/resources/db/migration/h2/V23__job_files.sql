-- The file an import job was started with, in parts of 1 MiB, until the job ends (issue 20).
-- A binary large object: H2 keeps large binary values apart from its pages (a 1 MiB VARBINARY per row filled its
-- store's pages and ran a 512 MB server out of memory when it next opened the database).
CREATE TABLE job_file (
    job_id  VARCHAR(36) NOT NULL REFERENCES job (id) ON DELETE CASCADE,
    part    INTEGER NOT NULL,
    bytes   BINARY LARGE OBJECT NOT NULL,
    PRIMARY KEY (job_id, part)
);
