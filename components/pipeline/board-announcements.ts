// What a screen reader hears while a card is dragged (dnd-kit's live region), in the board's words.
import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";
import { stageIdOfDroppable } from "./column-keyboard";

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "To move this candidate to another stage, press Space or Enter, use the Left and Right arrow keys to choose the stage, " +
    "then press Space or Enter again to drop, or Escape to cancel. The Move to button next to it does the same from a list.",
};

type Lookup = {
  /** The column last announced, kept by the caller across renders (a ref). */
  lastOver: { current: UniqueIdentifier | null };
  cardName(cardId: UniqueIdentifier): string;
  /** The stage the card is in now. */
  cardStageName(cardId: UniqueIdentifier): string;
  stageName(stageId: number): string;
};

export function boardAnnouncements({ lastOver, cardName, cardStageName, stageName }: Lookup): Announcements {
  const overName = (overId: UniqueIdentifier | undefined) => {
    const stageId = stageIdOfDroppable(overId);
    return stageId === null ? null : stageName(stageId);
  };
  return {
    onDragStart: ({ active }) => {
      lastOver.current = null;
      return `Picked up ${cardName(active.id)}, in ${cardStageName(active.id)}.`;
    },
    onDragOver: ({ active, over }) => {
      // The card starts over its own column: say nothing then, or "picked up" is never heard.
      const previous = lastOver.current;
      lastOver.current = over?.id ?? null;
      if (previous === null && overName(over?.id) === cardStageName(active.id)) return undefined;
      if (previous === (over?.id ?? null)) return undefined;
      const stage = overName(over?.id);
      return stage ? `${cardName(active.id)} is over ${stage}.` : `${cardName(active.id)} is not over a stage.`;
    },
    onDragEnd: ({ active, over }) => {
      const stage = overName(over?.id);
      if (!stage)
        return `${cardName(active.id)} was dropped outside the stages and stays in ${cardStageName(active.id)}.`;
      if (stage === cardStageName(active.id)) return `${cardName(active.id)} stays in ${stage}.`;
      return `${cardName(active.id)} moved to ${stage}.`;
    },
    onDragCancel: ({ active }) =>
      `Moving ${cardName(active.id)} was cancelled; they stay in ${cardStageName(active.id)}.`,
  };
}
