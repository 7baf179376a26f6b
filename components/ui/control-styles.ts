// Shared look of text-like form controls. text-base (16px) stops iOS from zooming on focus;
// the border keeps 3:1 contrast; aria-invalid (set by <Field>) turns it red.
export const controlStyles = [
  "block w-full rounded-md border border-control bg-surface px-3 py-2 text-base text-ink",
  "placeholder:text-ink-muted",
  "aria-invalid:border-danger aria-invalid:ring-1 aria-invalid:ring-danger",
  "disabled:cursor-not-allowed disabled:bg-canvas disabled:text-ink-muted",
].join(" ");
