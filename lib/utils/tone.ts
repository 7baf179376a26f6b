/** The tones a status can be shown in; components/ui/badge.tsx draws each one. */
export type Tone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";
