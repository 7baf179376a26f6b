-- The legal texts in force at a moment, the one rule for it (docs/decisions/0042): per kind, the
-- latest version whose effective window contains the moment, in the asked language when that
-- language has one in force, else in the fallback language (English, which every kind has).
-- getCurrentFormVersions and the application snapshot both read it, so the form a candidate saw
-- and the versions their application records cannot be chosen by two copies of the rule.
-- LANGUAGE sql and STABLE so the planner inlines it into the query that reads it. (Its parameters
-- are named unlike any column: in a SQL function a column of the same name would win.)
CREATE FUNCTION "form_versions_in_force"(asked_language text, fallback_language text, in_force_at timestamp)
RETURNS SETOF "FormVersion" LANGUAGE sql STABLE AS $$
  SELECT DISTINCT ON (v."kind") v.*
    FROM "FormVersion" v
   WHERE v."language" IN (asked_language, fallback_language)
     AND v."effectiveFrom" <= in_force_at
     AND (v."effectiveTo" IS NULL OR v."effectiveTo" > in_force_at)
   ORDER BY v."kind", (v."language" = asked_language) DESC, v."effectiveFrom" DESC, v."createdAt" DESC, v."id" DESC
$$;
