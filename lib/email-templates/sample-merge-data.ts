import type { MergeData } from "@/lib/email/merge-fields";

/** Made-up values for the template preview; the organization is the real one. */
export function sampleMergeData({
  organizationName,
  senderName,
}: {
  organizationName: string;
  senderName: string;
}): MergeData {
  return {
    candidate: { firstName: "Alex", lastName: "Rivera", preferredName: "Lex" },
    job: { title: "Senior Systems Engineer" },
    organization: { name: organizationName },
    application: { reference: "TRL-7K3M-9QXD" },
    sender: { name: senderName },
  };
}
