// Every invented posting says so on the page, so nobody mistakes it for a real opening.
export const DEMO_NOTE = "_Demo posting for Trellis's local environment._";
