import { NextIntlClientProvider } from "next-intl";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { readMessages } from "@/i18n/read-messages";
import { JobList, type JobCard } from "./job-list";

const cards: JobCard[] = Array.from({ length: 25 }, (_, i) => ({
  slug: `platform-engineer-${i}`,
  title: `Platform Engineer ${i}`,
  summary: `Build the platform our customers deploy on, number ${i}.`,
  department: "Engineering",
  location: "Lisbon, Portugal",
  remotePolicy: i % 2 ? "HYBRID" : "ON_SITE",
}));

async function render(jobs: JobCard[]) {
  return renderToStaticMarkup(
    <NextIntlClientProvider locale="en" messages={await readMessages("en")} timeZone="UTC">
      <JobList jobs={jobs} filtered={false} />
    </NextIntlClientProvider>,
  );
}

describe("the careers home's job list", () => {
  it("reads as before: an article per job, its title the one link, decorative icons, workplace and summary", async () => {
    const html = await render(cards.slice(0, 2));
    expect(html).toContain(
      '<li><article class="job-card"><h3><a href="/jobs/platform-engineer-0">Platform Engineer 0</a></h3>',
    );
    expect(html).toContain('<svg aria-hidden="true"><use href="#careers-icon-team"></use></svg>Engineering');
    expect(html).toContain('<svg aria-hidden="true"><use href="#careers-icon-place"></use></svg>Lisbon, Portugal');
    expect(html).toContain('<span class="badge badge-neutral">On-site</span>');
    expect(html).toContain('<span class="badge badge-brand">Hybrid</span>');
    expect(html).toContain('<p class="job-card-summary">Build the platform our customers deploy on, number 0.</p>');
    // The icons' shapes and paint are in the page once, not on every card.
    expect(html.match(/<symbol [^>]*fill="none" stroke="currentColor" stroke-width="1.5"/g)).toHaveLength(2);
  });

  // The cached home is sent as HTML alone within 25 KB (docs/decisions/0021): a card's markup
  // around its words must stay small, since it is repeated for every open job.
  it("spends under 400 bytes of markup a card", async () => {
    const html = await render(cards);
    const list = html.slice(html.indexOf("<ul"));
    const words = cards.reduce(
      (sum, { slug, title, summary, department, location, remotePolicy }) =>
        sum +
        [slug, title, summary, department, location, remotePolicy === "HYBRID" ? "Hybrid" : "On-site"].join("").length,
      0,
    );
    expect((list.length - words) / cards.length).toBeLessThan(400);
  });
});
