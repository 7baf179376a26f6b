-- Search by words (GIN over searchWords) and by parts of names, emails and references (trigram
-- GIN over the short searchKeys) instead of a trigram index over the whole searchText, whose
-- LIKE rechecked every resume holding a common word (docs/decisions/0019-search-words-index.md).

-- DropIndex
DROP INDEX "Application_searchText_idx";

-- AlterTable
ALTER TABLE "Application" ADD COLUMN     "searchKeys" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "searchWords" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- Added by hand: keep the words in the row (uncompressed, unless a row would not fit a page)
-- while the long searchText moves to TOAST, so checking a row's words costs no TOAST lookups.
-- Prisma's schema cannot say this; it survives later migrations that do not re-create the column.
ALTER TABLE "Application" ALTER COLUMN "searchWords" SET STORAGE MAIN;

-- Backfill (added by hand) from what searchText already holds, as lib/search writes them:
-- searchText starts with the names, email and reference (normalized), so the keys are its text
-- up to the reference; the words are its runs of letters and digits, and the beginnings (two
-- characters or more) of those of the keys. Erased people keep ''.
UPDATE "Application" a
SET "searchKeys" = k.keys,
    "searchWords" = ARRAY(SELECT DISTINCT word FROM (SELECT regexp_split_to_table(a."searchText", '[^[:alnum:]]+')
                            UNION ALL SELECT left(part, n) FROM regexp_split_to_table(k.keys, '[^[:alnum:]]+') AS part, generate_series(2, length(part)) AS n) AS w(word)
                          WHERE word <> '')
FROM (SELECT id, CASE WHEN strpos("searchText", lower(reference)) > 0
                      THEN left("searchText", strpos("searchText", lower(reference)) + length(reference) - 1)
                      ELSE '' END AS keys
      FROM "Application" WHERE "searchText" <> '') k
WHERE a.id = k.id;

-- CreateIndex
CREATE INDEX "Application_searchWords_idx" ON "Application" USING GIN ("searchWords");

-- CreateIndex
CREATE INDEX "Application_searchKeys_idx" ON "Application" USING GIN ("searchKeys" gin_trgm_ops);
