"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { ActionResult } from "@/lib/actions/action-result";
import { ROLE_LABELS } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { StaffRowControls } from "./staff-row-controls";

type Member = { id: string; name: string | null; email: string; role: StaffRole; active: boolean; isDemo: boolean };

/** Everyone with an account; administrators change roles and access here (never their own). */
export function StaffTable({ staff, currentUserId }: { staff: Member[]; currentUserId: string }) {
  const [result, setResult] = useState<ActionResult | null>(null);
  return (
    <section aria-labelledby="staff-list-title" className="space-y-4">
      <h2 id="staff-list-title" className="text-lg font-semibold text-ink">
        Staff accounts
      </h2>
      {result && <Alert variant={result.ok ? "success" : "danger"}>{result.message}</Alert>}
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-left">
          <caption className="sr-only">Staff accounts, active first</caption>
          <thead className="border-b border-line text-sm">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Name
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Email
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Role
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Status
              </th>
              <th scope="col" className="px-4 py-3 font-semibold">
                Change
              </th>
            </tr>
          </thead>
          <tbody>
            {staff.map((member) => (
              <tr key={member.id} className="border-b border-line last:border-b-0">
                <th scope="row" className="px-4 py-3 font-medium">
                  {member.name ?? "—"}
                  {member.isDemo && <Badge className="ml-2 text-xs">Demo</Badge>}
                </th>
                <td className="px-4 py-3 break-all">{member.email}</td>
                <td className="px-4 py-3">{ROLE_LABELS[member.role]}</td>
                <td className="px-4 py-3">
                  <Badge variant={member.active ? "success" : "neutral"}>
                    {member.active ? "Active" : "Deactivated"}
                  </Badge>
                </td>
                <td className="px-4 py-3">
                  {member.id === currentUserId ? (
                    <span className="text-sm text-ink-muted">You</span>
                  ) : (
                    // Keyed by role and status so the controls start from the saved values after a change.
                    <StaffRowControls key={`${member.role}-${member.active}`} member={member} onResult={setResult} />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
