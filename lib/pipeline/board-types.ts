// Shapes of the pipeline board, shared by the server query and the client components.
import type { ApplicationSource, StageKind } from "@/lib/generated/prisma/enums";

/** What a card shows: the essentials of triage, never eligibility, accommodation or self-id data. */
export type BoardCard = {
  id: string;
  version: number;
  reference: string;
  stageId: number;
  firstName: string;
  lastName: string;
  preferredName: string | null;
  submittedAt: string;
  source: ApplicationSource;
  knockedOut: boolean;
  tags: string[];
  /** The language the candidate applied in: a template's email goes out in it when it can. */
  locale: string;
};

export type BoardColumn = {
  stageId: number;
  name: string;
  kind: StageKind;
  /** Active applications in the stage (all of them, not just the cards loaded). */
  count: number;
  /** Newest first, at most `limit`. */
  cards: BoardCard[];
  limit: number;
};

export type JobBoard = {
  job: { id: number; title: string; organizationName: string };
  columns: BoardColumn[];
  permissions: { canMove: boolean; canReject: boolean; canTag: boolean };
  /** Sender name for email previews (the signed-in recruiter). */
  senderName: string;
};
