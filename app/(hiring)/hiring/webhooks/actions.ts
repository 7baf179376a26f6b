"use server";
import { staffAction } from "@/lib/actions/staff-action";
import { WEBHOOKS_PATH, webhookEndpointPath } from "@/lib/paths/webhooks";
import {
  createWebhookEndpoint,
  endWebhookSecretOverlap,
  redeliverWebhook,
  rotateWebhookSecret,
  setWebhookEndpointEnabled,
  setWebhookHostAllowed,
} from "@/lib/webhooks/manage-endpoints";
import {
  allowedHostSchema,
  createWebhookEndpointSchema,
  endSecretOverlapSchema,
  redeliverWebhookSchema,
  rotateWebhookSecretSchema,
  setWebhookEndpointEnabledSchema,
} from "@/lib/webhooks/schema";

const createEndpoint = staffAction({
  name: "createWebhookEndpoint",
  permission: "webhook.manage",
  schema: createWebhookEndpointSchema,
  invalid: "Some details need fixing.",
  run: async ({ actor, input }) => {
    const endpoint = await createWebhookEndpoint({ actor, input });
    return {
      message: "Endpoint added. Copy its signing secret now: it is not shown again.",
      data: { endpointId: endpoint.id, secret: endpoint.secret },
      revalidate: [WEBHOOKS_PATH],
    };
  },
});

const setEnabled = staffAction({
  name: "setWebhookEndpointEnabled",
  permission: "webhook.manage",
  schema: setWebhookEndpointEnabledSchema,
  invalid: "That change could not be read.",
  run: async ({ actor, input }) => {
    await setWebhookEndpointEnabled({ actor, input });
    return {
      message: input.enabled ? "Enabled: waiting events go out within a minute." : "Disabled: no events are sent.",
      revalidate: [WEBHOOKS_PATH, webhookEndpointPath(input.endpointId)],
    };
  },
});

const redeliver = staffAction({
  name: "redeliverWebhook",
  permission: "webhook.manage",
  schema: redeliverWebhookSchema,
  invalid: "That delivery could not be read.",
  run: async ({ actor, input }) => {
    await redeliverWebhook({ actor, input });
    return { message: "Queued: it is sent again within a minute.", revalidate: [WEBHOOKS_PATH] };
  },
});

const rotateSecret = staffAction({
  name: "rotateWebhookSecret",
  permission: "webhook.manage",
  schema: rotateWebhookSecretSchema,
  invalid: "Choose how long the old secret keeps signing.",
  run: async ({ actor, input }) => {
    const { secret } = await rotateWebhookSecret({ actor, input });
    return {
      message:
        input.overlapHours === "0"
          ? "New secret in use: copy it now, it is not shown again. The old secret no longer signs."
          : "New secret in use: copy it now, it is not shown again. Until the window ends, each delivery carries both signatures.",
      data: { secret },
      revalidate: [WEBHOOKS_PATH, webhookEndpointPath(input.endpointId)],
    };
  },
});

const endOverlap = staffAction({
  name: "endWebhookSecretOverlap",
  permission: "webhook.manage",
  schema: endSecretOverlapSchema,
  invalid: "That endpoint could not be read.",
  run: async ({ actor, input }) => {
    await endWebhookSecretOverlap({ actor, input });
    return {
      message: "The old secret no longer signs and is deleted.",
      revalidate: [WEBHOOKS_PATH, webhookEndpointPath(input.endpointId)],
    };
  },
});

const allowHost = staffAction({
  name: "allowWebhookHost",
  permission: "webhook.manage",
  schema: allowedHostSchema,
  invalid: "Enter a host name or IP address.",
  run: async ({ actor, input }) => {
    await setWebhookHostAllowed({ actor, input, allowed: true });
    return { message: `${input.host} may now receive webhooks at any address.`, revalidate: [WEBHOOKS_PATH] };
  },
});

const removeHost = staffAction({
  name: "removeWebhookHost",
  permission: "webhook.manage",
  schema: allowedHostSchema,
  invalid: "That host could not be read.",
  run: async ({ actor, input }) => {
    await setWebhookHostAllowed({ actor, input, allowed: false });
    return { message: `${input.host} is no longer allowed.`, revalidate: [WEBHOOKS_PATH] };
  },
});

export async function createWebhookEndpointAction(values: unknown) {
  return createEndpoint(values);
}

export async function setWebhookEndpointEnabledAction(values: unknown) {
  return setEnabled(values);
}

export async function redeliverWebhookAction(values: unknown) {
  return redeliver(values);
}

export async function rotateWebhookSecretAction(values: unknown) {
  return rotateSecret(values);
}

export async function endWebhookSecretOverlapAction(values: unknown) {
  return endOverlap(values);
}

export async function allowWebhookHostAction(values: unknown) {
  return allowHost(values);
}

export async function removeWebhookHostAction(values: unknown) {
  return removeHost(values);
}
