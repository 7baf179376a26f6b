// Decorative icons (hidden from assistive technology: the text beside them carries the meaning).
// A list draws each icon on every card, so the shapes are in the page once (<IconSprite>) and
// each icon refers to them: 60 bytes of HTML a card instead of 400. How they are drawn (no fill,
// a 1.5 stroke in the text's colour) is said once too, on each <symbol>, which the <use> copies
// in; their size is their container's (.job-card-facts svg in app/globals.css).

const SPRITE_IDS = { team: "careers-icon-team", place: "careers-icon-place" } as const;
const STROKE = { fill: "none", stroke: "currentColor", strokeWidth: 1.5 } as const;

/** The icons' shapes, once per page, above the first icon that uses them. */
export function IconSprite() {
  return (
    <svg aria-hidden="true" className="hidden">
      <symbol id={SPRITE_IDS.team} viewBox="0 0 20 20" {...STROKE}>
        <rect x="3" y="6" width="14" height="10" rx="1.5" />
        <path d="M7.5 6V4.5A1 1 0 0 1 8.5 3.5h3a1 1 0 0 1 1 1V6" />
      </symbol>
      <symbol id={SPRITE_IDS.place} viewBox="0 0 20 20" {...STROKE}>
        <path d="M10 17.5s5.5-4.8 5.5-9.2a5.5 5.5 0 0 0-11 0c0 4.4 5.5 9.2 5.5 9.2Z" />
        <circle cx="10" cy="8.3" r="2" />
      </symbol>
    </svg>
  );
}

function SpriteIcon({ id }: { id: string }) {
  return (
    <svg aria-hidden="true">
      <use href={`#${id}`} />
    </svg>
  );
}

export const TeamIcon = () => <SpriteIcon id={SPRITE_IDS.team} />;
export const PlaceIcon = () => <SpriteIcon id={SPRITE_IDS.place} />;
