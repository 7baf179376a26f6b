"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { inviteStaffAction } from "@/app/(hiring)/hiring/staff/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/auth/actor";
import { inviteStaffSchema, type InviteStaffInput } from "@/lib/staff/schema";

const FIELDS = ["name", "email", "role"] as const;

/** Adds a staff member: the account exists at once, and they get an email telling them how to sign in. */
export function InviteStaffForm() {
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const form = useForm<InviteStaffInput>({
    resolver: zodResolver(inviteStaffSchema),
    defaultValues: { name: "", email: "", role: "RECRUITER" },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit((values) => {
    setResult(null);
    startTransition(async () => {
      const outcome = await inviteStaffAction(values);
      if (outcome.ok) form.reset();
      else
        for (const field of FIELDS) {
          const message = outcome.fieldErrors?.[field]?.[0];
          if (message) form.setError(field, { message }, { shouldFocus: true });
        }
      setResult({ ok: outcome.ok, message: outcome.message });
    });
  });

  return (
    <form
      onSubmit={(event) => void submit(event)}
      noValidate
      className="space-y-4"
      aria-labelledby="invite-staff-title"
    >
      <h2 id="invite-staff-title" className="text-lg font-semibold text-ink">
        Invite a staff member
      </h2>
      {result && <Alert variant={result.ok ? "success" : "danger"}>{result.message}</Alert>}
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="invite-name" label="Name" error={errors.name?.message} required>
          <Input autoComplete="off" {...form.register("name")} />
        </Field>
        <Field id="invite-email" label="Work email" error={errors.email?.message} required>
          <Input type="email" autoComplete="off" spellCheck={false} {...form.register("email")} />
        </Field>
        <Field id="invite-role" label="Role" error={errors.role?.message} required>
          <Select {...form.register("role")}>
            {STAFF_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role]}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "Inviting…" : "Send invitation"}
      </Button>
    </form>
  );
}
