-- Schema version 24: on PostgreSQL the incident table's foreign keys go, as they went on H2 in version 4 (H2
-- named them itself, so nothing here matches on H2: the script is common so that both databases stand at one version,
-- which backups and restores between them rely on).
-- PostgreSQL checks each with a query per inserted row (and queues a trigger event per row even for a NULL
-- reference): on an import of 500,000 rows the four took about 4 of its 12 seconds, which kept imports above twice
-- the time of a bare COPY of the same rows (BENCHMARKS.md, "Several servers"). The references stay right because the
-- code is their only writer: incidents are written only into a stored mission and a running import; missions and
-- imports are never deleted; deleting an incident clears every reference to it. `bluehelmet check` counts any row
-- breaking one of the four (IntegrityCheck), as it does on H2.
ALTER TABLE incident DROP CONSTRAINT IF EXISTS incident_mission_id_fkey;
ALTER TABLE incident DROP CONSTRAINT IF EXISTS incident_import_id_fkey;
ALTER TABLE incident DROP CONSTRAINT IF EXISTS incident_duplicate_of_fkey;
ALTER TABLE incident DROP CONSTRAINT IF EXISTS incident_suspected_duplicate_of_fkey;
