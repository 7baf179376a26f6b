// How many cards a board column shows, and how "show more" is written in the URL (a search
// parameter per stage, e.g. ?stage12=40), so the server stays the only source of cards. Twenty
// fill a column about three times over; every card rendered costs the server (decision 0004).
export const BOARD_PAGE_SIZE = 20;
export const MAX_COLUMN_LIMIT = 1000;

const PARAM = /^stage(\d+)$/;

export function stageLimitParam(stageId: number): string {
  return `stage${stageId}`;
}

/** Per-stage limits from the page's search params; anything malformed is ignored. */
export function parseStageLimits(searchParams: Record<string, string | string[] | undefined>): Record<number, number> {
  const limits: Record<number, number> = {};
  for (const [key, value] of Object.entries(searchParams)) {
    const stageId = PARAM.exec(key)?.[1];
    const limit = Number(Array.isArray(value) ? value[0] : value);
    if (stageId && Number.isInteger(limit) && limit > 0) limits[Number(stageId)] = Math.min(limit, MAX_COLUMN_LIMIT);
  }
  return limits;
}
