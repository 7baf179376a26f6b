// Invented postings (isDemo) that fill the careers list of the local environment.
import type { PostingSeed } from "../types";
import { DEMO_NOTE } from "./demo-note";

export const productManagerDeveloperPlatform: PostingSeed = {
  slug: "demo-product-manager-developer-platform",
  title: "Product Manager, Developer Platform",
  summary: "Shape the tools developers use to build, test and ship applications on the Workers platform.",
  departmentName: "Product",
  officeNames: ["London"],
  status: "PUBLISHED",
  employmentType: "FULL_TIME",
  remotePolicy: "HYBRID",
  remoteCountryCodes: [],
  isDemo: true,
  publishedDaysAgo: 12,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

Developers judge a platform by its first hour: the command line, the local emulator, the logs they read when something fails. You will own that first hour and the thousands after it, working with the engineers who build the runtime and the people who answer developers' questions every day.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `- Talk to developers every week and turn what you hear into a short, ranked list of problems
- Write clear product briefs and decide, with engineering, what ships and what waits
- Measure whether a release made developers faster, and say so plainly when it did not
- Work with documentation and support so that every launch arrives with answers`,
    },
    {
      heading: "What we are looking for",
      bodyMarkdown: `- Several years of product management for developer tools, APIs or infrastructure
- Enough hands-on experience to build a small application on the platform yourself
- Written communication that engineers and executives both find useful`,
    },
  ],
  questions: [{ label: "Link to a product or feature you shipped and are proud of", type: "URL", required: false }],
};

export const securityEngineerDetectionResponse: PostingSeed = {
  slug: "demo-security-engineer-detection-response",
  title: "Security Engineer, Detection and Response",
  summary: "Find and stop attacks against our own infrastructure, and build the detections that catch the next one.",
  departmentName: "Security",
  officeNames: ["Lisbon"],
  status: "PUBLISHED",
  employmentType: "FULL_TIME",
  remotePolicy: "REMOTE",
  remoteCountryCodes: ["PT", "GB"],
  isDemo: true,
  publishedDaysAgo: 5,
  sections: [
    {
      heading: "About the role",
      bodyMarkdown: `${DEMO_NOTE}

Our detection and response team protects the systems that protect our customers. You will write detections, investigate what they find, and lead the response when something real happens. The role is remote within Portugal or the United Kingdom, with a desk in Lisbon for those who want one.`,
    },
    {
      heading: "What you will do",
      bodyMarkdown: `- Write, test and tune detections across endpoints, networks and cloud accounts
- Investigate alerts end to end and write up what happened in language anyone can follow
- Take part in a shared on-call rotation and improve the runbooks after each incident
- Automate the repetitive parts of triage so people spend their time on judgement`,
    },
    {
      heading: "What we are looking for",
      bodyMarkdown: `- Experience in incident response or a security operations team
- Comfort reading logs at scale and writing queries or code to sift them
- Calm, precise communication during an incident`,
    },
  ],
  questions: [
    {
      label: "Which area of detection do you know best?",
      type: "SINGLE_SELECT",
      required: true,
      options: ["Endpoints", "Networks", "Cloud and identity", "Incident response and forensics"],
    },
  ],
};
