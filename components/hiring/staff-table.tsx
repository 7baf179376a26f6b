"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
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
      <Table caption="Staff accounts, active first">
        <TableHeader columns={["Name", "Email", "Role", "Status", "Change"]} />
        <TableBody>
          {staff.map((member) => (
            <TableRow key={member.id}>
              <TableHead scope="row">
                {member.name ?? "—"}
                {member.isDemo && <Badge className="ml-2 text-xs">Demo</Badge>}
              </TableHead>
              <TableCell className="break-all">{member.email}</TableCell>
              <TableCell>{ROLE_LABELS[member.role]}</TableCell>
              <TableCell>
                <Badge variant={member.active ? "success" : "neutral"}>
                  {member.active ? "Active" : "Deactivated"}
                </Badge>
              </TableCell>
              <TableCell>
                {member.id === currentUserId ? (
                  <span className="text-sm text-ink-muted">You</span>
                ) : (
                  // Keyed by role and status so the controls start from the saved values after a change.
                  <StaffRowControls key={`${member.role}-${member.active}`} member={member} onResult={setResult} />
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
