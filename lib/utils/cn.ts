import { clsx, type ClassValue } from "clsx";

/**
 * Joins class names, dropping falsy ones. There is no Tailwind conflict resolution: components
 * expose variants instead of expecting callers to override their utilities.
 */
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
