// Invented postings (isDemo): one closed (not listed, not open for applications) and one draft
// (visible only to staff), so both states are present in the local environment.
import type { PostingSeed } from "../types";
import { DEMO_NOTE } from "./demo-note";

export const siteReliabilityEngineer: PostingSeed = {
  slug: "demo-site-reliability-engineer-edge",
  title: "Site Reliability Engineer, Edge Network",
  summary: "Keep our edge network fast and available while it grows, and make operating it calmer every quarter.",
  departmentName: "Engineering",
  officeNames: ["Austin", "San Francisco"],
  status: "CLOSED",
  employmentType: "FULL_TIME",
  remotePolicy: "HYBRID",
  remoteCountryCodes: [],
  isDemo: true,
  publishedDaysAgo: 75,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

This position has been filled. It stays here so the local environment shows how a closed posting behaves.`,
    },
    {
      heading: "What you did in this role",
      bodyMarkdown: `- Ran the capacity planning and release tooling for servers in many data centres
- Turned recurring incidents into automation and better alerts
- Shared on-call duty with the engineers who write the software`,
    },
  ],
  questions: [],
};

export const developerAdvocate: PostingSeed = {
  slug: "demo-developer-advocate-workers",
  title: "Developer Advocate, Workers",
  summary:
    "Show developers what they can build on Workers, and bring what they tell you back to the teams that build it.",
  departmentName: "Product",
  officeNames: [],
  status: "DRAFT",
  employmentType: "FULL_TIME",
  remotePolicy: "REMOTE",
  remoteCountryCodes: ["US", "GB", "PT"],
  isDemo: true,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

Draft: the hiring team is still agreeing on the scope of this role.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `- Write tutorials, sample applications and talks that start from a real problem
- Answer questions where developers already are, and notice the ones that keep coming back
- Test new features before launch and report what confused you`,
    },
  ],
  questions: [],
};
