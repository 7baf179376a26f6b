-- Steadier estimates for searchWords (docs/decisions/0019-search-words-index.md). With the
-- default statistics target ANALYZE samples 30,000 rows and keeps ~1,000 common words, and the
-- estimate for a rare word pair swung with the sample: at 100,000 applications one ANALYZE in
-- fifteen estimated 'lovelace' AND '12' at 1,016 rows instead of 10 (35 true), and the planner then
-- walked the whole table in the page's order (780 ms instead of 15). A target of 1000 samples
-- 300,000 rows and keeps ~10,000 words: the same estimate every time (ANALYZE takes ~3 s there).
-- Prisma's schema cannot say this; it survives later migrations that do not re-create the column.
ALTER TABLE "Application" ALTER COLUMN "searchWords" SET STATISTICS 1000;
