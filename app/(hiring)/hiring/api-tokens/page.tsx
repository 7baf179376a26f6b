import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ApiTokenForm } from "@/components/api-tokens/api-token-form";
import { ApiTokensTable } from "@/components/api-tokens/api-tokens-table";
import { Card, CardContent } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { listApiTokens } from "@/lib/api-tokens/manage-api-tokens";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { API_REFERENCE_PATH, OPENAPI_DOCUMENT_PATH } from "@/lib/paths/api-tokens";

export const metadata: Metadata = { title: "API tokens" };

export default async function ApiTokensPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "apiToken.manage")) notFound();
  const tokens = await listApiTokens({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-8">
        <div>
          <h1 className="text-3xl font-bold text-ink">API tokens</h1>
          <p className="mt-1 text-ink-muted">
            Tokens let an HR system use the staff API (<a href={API_REFERENCE_PATH}>reference</a>,{" "}
            <a href={OPENAPI_DOCUMENT_PATH}>OpenAPI document</a>) with the scopes you give it. Trellis keeps only a
            hash: copy a token when it is created.
          </p>
        </div>
        <Card>
          <CardContent>
            <ApiTokenForm />
          </CardContent>
        </Card>
        <ApiTokensTable tokens={tokens} now={new Date()} />
      </Container>
    </MainContent>
  );
}
