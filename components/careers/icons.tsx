// Decorative icons (hidden from assistive technology: the text beside them carries the meaning).

const iconProps = {
  "aria-hidden": true,
  viewBox: "0 0 20 20",
  fill: "none",
  stroke: "currentColor",
  strokeWidth: 1.5,
  className: "size-4 shrink-0",
} as const;

export function TeamIcon() {
  return (
    <svg {...iconProps}>
      <rect x="3" y="6" width="14" height="10" rx="1.5" />
      <path d="M7.5 6V4.5A1 1 0 0 1 8.5 3.5h3a1 1 0 0 1 1 1V6" />
    </svg>
  );
}

export function PlaceIcon() {
  return (
    <svg {...iconProps}>
      <path d="M10 17.5s5.5-4.8 5.5-9.2a5.5 5.5 0 0 0-11 0c0 4.4 5.5 9.2 5.5 9.2Z" />
      <circle cx="10" cy="8.3" r="2" />
    </svg>
  );
}
