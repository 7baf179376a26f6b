"use client";

import { useActionState, useState, useTransition } from "react";
import { addTagAction, removeTagAction } from "@/app/(hiring)/hiring/applications/[applicationId]/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { TAG_MAX_LENGTH } from "@/lib/candidates/schema";
import { ProfileSection } from "./profile-section";
import type { ActionResult } from "@/lib/actions/action-result";

type Props = { applicationId: string; tags: { id: number; name: string }[]; suggestions: string[]; canTag: boolean };

export function TagsCard({ applicationId, tags, suggestions, canTag }: Props) {
  const [added, addTag, adding] = useActionState(addTagAction.bind(null, applicationId), null);
  const [removed, setRemoved] = useState<ActionResult | null>(null);
  const [removing, startRemoving] = useTransition();
  const remove = (name: string) => startRemoving(async () => setRemoved(await removeTagAction(applicationId, name)));
  const status = removing || adding ? null : (removed ?? added);
  const fieldError = added && !added.ok ? added.fieldErrors?.name?.[0] : undefined;
  const unused = suggestions.filter((name) => !tags.some((tag) => tag.name === name));

  return (
    <ProfileSection id="tags" title="Tags">
      {tags.length === 0 ? (
        <p className="text-sm text-ink-muted">No tags yet.</p>
      ) : (
        <ul className="flex flex-wrap gap-2" aria-label="Tags on this application">
          {tags.map((tag) => (
            <li
              key={tag.id}
              className="inline-flex items-center gap-1 rounded-full bg-brand-soft py-0.5 pr-1 pl-3 text-sm font-medium text-brand"
            >
              {tag.name}
              {canTag && (
                <button
                  type="button"
                  onClick={() => remove(tag.name)}
                  disabled={removing}
                  className="inline-flex size-7 items-center justify-center rounded-full hover:bg-brand hover:text-on-brand"
                  aria-label={`Remove tag ${tag.name}`}
                >
                  <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5">
                    <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" strokeWidth="2" fill="none" />
                  </svg>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {canTag && (
        <form action={addTag} className="mt-4 flex flex-wrap items-end gap-2" onSubmit={() => setRemoved(null)}>
          <Field id="new-tag" label="Add a tag" error={fieldError} className="min-w-0 flex-1">
            <Input name="name" list="tag-suggestions" maxLength={TAG_MAX_LENGTH} autoComplete="off" required />
          </Field>
          <datalist id="tag-suggestions">
            {unused.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
          <Button type="submit" variant="secondary" disabled={adding}>
            {adding ? "Adding…" : "Add tag"}
          </Button>
        </form>
      )}
      <div aria-live="polite" className="mt-3">
        {status && !fieldError && (
          <Alert variant={status.ok ? "success" : "danger"} live="off">
            {status.message}
          </Alert>
        )}
      </div>
    </ProfileSection>
  );
}
