import { useSyncExternalStore } from "react";

const subscribeToNothing = () => () => undefined;

/**
 * False while the server renders and while the browser hydrates that HTML, true from the render
 * after: for parts that do nothing until JavaScript runs and cost the server more than they show.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
