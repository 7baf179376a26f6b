// Types of html-scripts.js, which stays JavaScript so the cache handler can load it.
export type ScriptElement = {
  /** The address of an external script; none for an inline one. */
  src: string | undefined;
  /** An inline script's text as written. */
  text: string;
  /** Whether the browser runs it: not a data block such as JSON-LD. */
  runs: boolean;
};
export declare function scriptElements(html: string): ScriptElement[];
export declare function withoutScripts(html: string, remove: (script: ScriptElement) => boolean): string;
