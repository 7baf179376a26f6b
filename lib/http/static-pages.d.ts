// Types of static-pages.js, which stays JavaScript so the cache handler can load it.
export declare const STATIC_PAGE_FILES: readonly string[];
export declare function isStaticPage(value: { headers?: Record<string, unknown> }): boolean;
export declare function withoutNextRuntime(html: string): string;
