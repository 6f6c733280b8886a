-- The day a requirement was issued (a resolution, a report, a statement of unit requirements):
-- monthly force-generation indicators count a requirement only from then. Empty for
-- requirements whose date is not known: they count in every month.
ALTER TABLE requirement ADD COLUMN issued_on DATE;
