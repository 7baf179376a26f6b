import type { ComponentProps } from "react";

/** Target of the root layout's skip link: every page renders exactly one. */
export const MAIN_CONTENT_ID = "main";

export function MainContent(props: Omit<ComponentProps<"main">, "id" | "tabIndex">) {
  // tabIndex -1 lets the skip link move focus here (not just scroll) in every browser.
  return <main id={MAIN_CONTENT_ID} tabIndex={-1} {...props} />;
}
