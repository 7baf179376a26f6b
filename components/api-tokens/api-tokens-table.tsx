import { revokeApiTokenAction } from "@/app/(hiring)/hiring/api-tokens/actions";
import { WebhookActionButton } from "@/components/webhooks/webhook-action-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { apiTokenStateLabel } from "@/lib/api-tokens/labels";
import { formatDate } from "@/lib/format/dates";

type Token = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
};

export function ApiTokensTable({ tokens, now }: { tokens: Token[]; now: Date }) {
  return (
    <Table caption="API tokens, newest first">
      <TableHeader columns={["Token", "Scopes", "State", "Last used", "Expires", "Created", "Change"]} />
      <TableBody>
        {tokens.length === 0 && <TableEmpty colSpan={7}>No tokens yet.</TableEmpty>}
        {tokens.map((token) => {
          const state = apiTokenStateLabel(token, now);
          return (
            <TableRow key={token.id}>
              <TableHead scope="row">
                {token.name}
                <code className="block text-sm font-normal text-ink-muted">{token.prefix}…</code>
              </TableHead>
              <TableCell>{token.scopes.join(", ")}</TableCell>
              <TableCell>
                <Badge variant={state === "Active" ? "success" : "neutral"}>{state}</Badge>
              </TableCell>
              <TableCell>{token.lastUsedAt ? formatDate(token.lastUsedAt) : "Never"}</TableCell>
              <TableCell>{token.expiresAt ? formatDate(token.expiresAt) : "Never"}</TableCell>
              <TableCell>{formatDate(token.createdAt)}</TableCell>
              <TableCell>
                {!token.revokedAt && (
                  <WebhookActionButton
                    label="Revoke"
                    pendingLabel="Revoking…"
                    variant="secondary"
                    action={revokeApiTokenAction}
                    input={{ tokenId: token.id }}
                    ariaLabel={`Revoke ${token.name}`}
                  />
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
