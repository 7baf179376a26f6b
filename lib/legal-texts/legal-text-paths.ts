// Kept only for the server actions that still import it; new code imports lib/paths/legal-texts.ts.
export * from "@/lib/paths/legal-texts";
