// Where "advance" and "make offer" lead from a stage: pure, so the view and the write agree.
import type { StageKind } from "@/lib/generated/prisma/enums";

export type StageRef = { id: number; name: string; kind: StageKind; position: number };

export type DecisionTargets = {
  /** The stage right after the current one by position; null in the last stage. */
  next: StageRef | null;
  /** The job's first OFFER-kind stage, when it is still ahead of the current stage. */
  offer: StageRef | null;
};

export function decisionTargets(current: { position: number }, stages: StageRef[]): DecisionTargets {
  const ahead = stages.filter((stage) => stage.position > current.position).sort((a, b) => a.position - b.position);
  const firstOffer =
    [...stages].sort((a, b) => a.position - b.position).find((stage) => stage.kind === "OFFER") ?? null;
  return {
    next: ahead[0] ?? null,
    // An offer stage behind the candidate (already past it, e.g. in Hired) is not a decision.
    offer: firstOffer && firstOffer.position > current.position ? firstOffer : null,
  };
}
