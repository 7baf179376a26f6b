// Kept only for the server actions that still import it; new code imports lib/paths/templates.ts.
export * from "@/lib/paths/templates";
