// One run of the overdue-scorecard sweep against DATABASE_URL, delivering what it queued over
// SMTP_URL: what the worker's "scorecards.remind-overdue" job does every ten minutes. The e2e
// server runs no worker, so the interview loop spec runs this as a child process (tsx, with the
// react-server condition because lib/ modules import "server-only").
import { deliverOutboxMessage } from "../../../lib/email/outbox";
import { remindOverdueScorecards } from "../../../lib/scorecards/remind-overdue-scorecards";

const { emailIds } = await remindOverdueScorecards();
for (const id of emailIds) {
  const status = await deliverOutboxMessage(id);
  if (status !== "SENT") throw new Error(`Reminder ${id} was not sent (${status})`);
}
console.log(`[reminders] sent ${emailIds.length}`);
process.exit(0);
