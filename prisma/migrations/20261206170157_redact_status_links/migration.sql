-- Data only, and safe to run again (issue 12, decision 0016). Candidate emails used to be stored
-- with the raw status link in their bodies, and the staff timeline showed it. The bodies now get
-- the placeholder the app writes. A message not delivered yet keeps its link beside the body
-- (EmailOutbox.privateLink): delivery puts it back in and then clears it. A CAPTURED message (no
-- SMTP server: the development mailbox) keeps it too, as the app does, since that is where it is read.
UPDATE "EmailOutbox"
   SET "privateLink" = substring("textBody" from 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}')
 WHERE "privateLink" IS NULL
   AND "status" IN ('PENDING', 'SENDING', 'CAPTURED')
   AND "textBody" ~ 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}';

UPDATE "EmailOutbox"
   SET "textBody" = regexp_replace("textBody", 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}', '[private status link, removed from our copy]', 'g'),
       "htmlBody" = regexp_replace("htmlBody", 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}', '[private status link, removed from our copy]', 'g')
 WHERE "textBody" ~ 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}'
    OR "htmlBody" ~ 'https?://[^[:space:]"<>'']*/applications/status/[A-Za-z0-9_-]{20,100}';

-- A link sent before counts from its application's last re-send, else from the application.
UPDATE "Application" AS a
   SET "statusLinkIssuedAt" = coalesce(
         (SELECT max(e."createdAt") FROM "AuditEvent" AS e
           WHERE e."subjectType" = 'application' AND e."subjectId" = a."id" AND e."action" = 'application.statusLinkResent'),
         a."submittedAt")
 WHERE a."statusTokenHash" IS NOT NULL AND a."statusLinkIssuedAt" IS NULL;

-- The contact details earlier merges copied into a kept record, as their audit events list them.
UPDATE "Candidate" AS c
   SET "mergeFilledFields" = filled."fields"
  FROM (SELECT e."subjectId" AS "id", array_agg(DISTINCT field.value ORDER BY field.value) AS "fields"
          FROM "AuditEvent" AS e
         CROSS JOIN LATERAL jsonb_array_elements_text(
               CASE WHEN jsonb_typeof(e."metadata"->'filledFields') = 'array' THEN e."metadata"->'filledFields' ELSE '[]'::jsonb END) AS field(value)
         WHERE e."subjectType" = 'candidate' AND e."action" = 'candidate.merged'
         GROUP BY e."subjectId") AS filled
 WHERE c."id" = filled."id" AND coalesce(cardinality(c."mergeFilledFields"), 0) = 0;
