"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { createApiToken, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { createApiTokenSchema, revokeApiTokenSchema } from "@/lib/api-tokens/schema";
import { API_TOKENS_PATH } from "@/lib/paths/api-tokens";

const create = staffAction({
  name: "createApiToken",
  permission: "apiToken.manage",
  schema: createApiTokenSchema,
  invalid: "Some details need fixing.",
  run: async ({ actor, input }) => {
    const token = await createApiToken({ actor, input });
    return {
      message: "Token created. Copy it now: it is not shown again.",
      data: { tokenId: token.id, secret: token.secret },
      revalidate: [API_TOKENS_PATH],
    };
  },
});

const revoke = staffAction({
  name: "revokeApiToken",
  permission: "apiToken.manage",
  schema: revokeApiTokenSchema,
  invalid: "That token could not be read.",
  run: async ({ actor, input }) => {
    await revokeApiToken({ actor, input });
    return { message: "Revoked: requests with it are refused from now on.", revalidate: [API_TOKENS_PATH] };
  },
});

export async function createApiTokenAction(values: unknown) {
  return create(values);
}

export async function revokeApiTokenAction(values: unknown) {
  return revoke(values);
}
