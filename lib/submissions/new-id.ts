// Ids for rows the application's statement writes itself (write-application.ts), in the format
// Prisma's @default(cuid()) gives every other row: "c", the time, a per-process counter, a
// process fingerprint and randomness, so ids still sort by creation within a process.
import { randomInt } from "node:crypto";
import { hostname } from "node:os";

const BASE = 36;
const BLOCK = BASE ** 4;
const pad = (text: string, size: number) => text.padStart(size, "0").slice(-size);

const hostSum = Array.from(hostname()).reduce(
  (sum, character) => sum + character.charCodeAt(0),
  hostname().length + BASE,
);
const fingerprint = pad(process.pid.toString(BASE), 2) + pad(hostSum.toString(BASE), 2);
let counter = 0;

export function newId(): string {
  counter = counter < BLOCK ? counter : 0;
  const count = pad((counter++).toString(BASE), 4);
  const random = pad(randomInt(BLOCK).toString(BASE), 4) + pad(randomInt(BLOCK).toString(BASE), 4);
  return `c${Date.now().toString(BASE)}${count}${fingerprint}${random}`;
}
