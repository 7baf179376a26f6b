// Types of content-security-policy.js, which stays JavaScript so the cache handler can load it.
export type PolicyOptions = {
  /** `next dev`: React rebuilds server error stacks with eval. */
  development: boolean;
  /** APP_URL is https: ask the browser to fetch nothing over plain http. */
  https: boolean;
  /** Single sign-on's issuer, where the sign-in form may send the browser. */
  formTargets?: readonly string[];
};
export declare function serializePolicy(scriptSources: string, options: PolicyOptions): string;
export declare function policyOptionsFromEnv(env: Record<string, string | undefined>): PolicyOptions;
export declare function inlineScriptHashes(html: string): string[];
export declare function cachedPagePolicy(html: string, options: PolicyOptions): string;
