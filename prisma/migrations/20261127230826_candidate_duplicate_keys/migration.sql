-- Probable duplicates (lib/candidates/find-probable-duplicates.ts) are looked up by keys computed
-- from the phone and the profile links: these expression indexes make each an index scan instead
-- of a regular expression over every candidate. Prisma's schema cannot express them (its diff
-- ignores them), and the queries must use exactly these expressions.
CREATE INDEX "Candidate_phone_key_idx" ON "Candidate" ((right(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), 9)));

CREATE INDEX "Candidate_linkedin_key_idx" ON "Candidate" ((rtrim(split_part(split_part(regexp_replace(lower(btrim("linkedinUrl")), '^([a-z][a-z0-9+.-]*://)?(www\.|m\.)?', ''), '?', 1), '#', 1), '/')));

CREATE INDEX "Candidate_github_key_idx" ON "Candidate" ((rtrim(split_part(split_part(regexp_replace(lower(btrim("githubUrl")), '^([a-z][a-z0-9+.-]*://)?(www\.|m\.)?', ''), '?', 1), '#', 1), '/')));
