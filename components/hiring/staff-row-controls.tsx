"use client";
import { useState, useTransition } from "react";
import { changeStaffRoleAction, setStaffActiveAction } from "@/app/(hiring)/hiring/staff/actions";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/actions/action-result";
import { Select } from "@/components/ui/select";
import { ROLE_LABELS, STAFF_ROLES } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";

type Props = {
  member: { id: string; name: string | null; email: string; role: StaffRole; active: boolean };
  onResult: (result: ActionResult) => void;
};

/** Role and access controls for one row of the staff table. */
export function StaffRowControls({ member, onResult }: Props) {
  const [role, setRole] = useState<StaffRole>(member.role);
  const [pending, startTransition] = useTransition();
  const who = member.name ?? member.email;
  const run = (action: () => Promise<ActionResult>) => startTransition(async () => onResult(await action()));

  return (
    <div className="flex flex-wrap items-center gap-2">
      <form
        className="flex items-center gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => changeStaffRoleAction({ userId: member.id, role }));
        }}
      >
        <label htmlFor={`role-${member.id}`} className="sr-only">
          Role of {who}
        </label>
        <Select
          id={`role-${member.id}`}
          value={role}
          onChange={(event) => setRole(event.target.value as StaffRole)}
          className="text-sm"
        >
          {STAFF_ROLES.map((option) => (
            <option key={option} value={option}>
              {ROLE_LABELS[option]}
            </option>
          ))}
        </Select>
        <Button
          type="submit"
          size="sm"
          variant="secondary"
          disabled={pending || role === member.role}
          aria-label={`Save role of ${who}`}
        >
          Save role
        </Button>
      </form>
      <Button
        size="sm"
        variant={member.active ? "danger" : "secondary"}
        disabled={pending}
        onClick={() => run(() => setStaffActiveAction({ userId: member.id, active: !member.active }))}
        aria-label={`${member.active ? "Deactivate" : "Reactivate"} ${who}`}
      >
        {member.active ? "Deactivate" : "Reactivate"}
      </Button>
    </div>
  );
}
