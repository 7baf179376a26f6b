// Invented postings (isDemo) that fill the careers list of the local environment.
import type { PostingSeed } from "../types";
import { DEMO_NOTE } from "./demo-note";

export const enterpriseAccountExecutive: PostingSeed = {
  slug: "demo-enterprise-account-executive",
  title: "Enterprise Account Executive",
  summary:
    "Help large organizations in the southern United States move their applications and networks onto our platform.",
  departmentName: "Sales",
  officeNames: ["Austin"],
  status: "PUBLISHED",
  employmentType: "FULL_TIME",
  remotePolicy: "ON_SITE",
  remoteCountryCodes: [],
  isDemo: true,
  publishedDaysAgo: 20,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

You will manage a set of enterprise accounts from first conversation to renewal, working with solutions engineers who know the technology in depth. The team works together from our Austin office.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `- Build a plan for each account and keep it current as you learn
- Lead discovery meetings that focus on the customer's problems, not on our feature list
- Coordinate with engineering, legal and finance to close agreements that last`,
    },
    {
      heading: "What we are looking for",
      bodyMarkdown: `- A record of selling technical products to large organizations
- The curiosity to learn how networks and web applications work
- Honest forecasting`,
    },
  ],
  questions: [
    {
      label: "Are you able to travel to customer sites a few times a month?",
      type: "YES_NO",
      required: true,
      knockout: { rejectIf: ["NO"] },
    },
    { label: "How many years have you sold to enterprise customers?", type: "NUMBER", required: false },
  ],
};

export const technicalRecruiter: PostingSeed = {
  slug: "demo-technical-recruiter-engineering",
  title: "Technical Recruiter, Engineering (12-month contract)",
  summary:
    "Run fair, fast and friendly hiring processes for our engineering teams, from anywhere in the United States.",
  departmentName: "People",
  officeNames: [],
  status: "PUBLISHED",
  employmentType: "CONTRACTOR",
  remotePolicy: "REMOTE",
  remoteCountryCodes: ["US"],
  isDemo: true,
  publishedDaysAgo: 2,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

You will partner with engineering managers to hire for systems, security and product engineering roles. We care about how candidates experience the process as much as about who we hire: every candidate hears back, and every interview has a purpose.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `- Agree with hiring managers on what a role needs before the first candidate applies
- Source, screen and guide candidates through structured interviews
- Keep candidates informed at every step, including when the answer is no
- Use pipeline data to find where a process is slow or unfair, and fix it`,
    },
    {
      heading: "What we are looking for",
      bodyMarkdown: `- Experience recruiting software engineers
- Organised, warm and direct communication
- Familiarity with structured interviewing and accessible hiring practices`,
    },
  ],
  questions: [],
};
