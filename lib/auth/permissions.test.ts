import { describe, expect, it } from "vitest";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { API_SCOPES, apiTokenActor, STAFF_ROLES, type Actor } from "./actor";
import {
  applicationsOwnedByStatusLink,
  applicationsVisibleTo,
  availabilityEditableBy,
  availabilityVisibleTo,
  can,
  interviewSeatOf,
  panelEligibleFor,
  savedViewsEditableBy,
  savedViewsVisibleTo,
  scorecardAccess,
  staffWhoSeeApplicationsOfJob,
  type Action,
  type ScorecardReadFacts,
} from "./permissions";

const actor = (role: StaffRole): Actor => ({ userId: `user-${role}`, role, email: `${role}@example.com`, name: role });

// The permission matrix, row by row: who may see (and do) what (docs/security.md names its promises).
const EXPECTED: Record<Action, StaffRole[]> = {
  "application.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"],
  "application.move": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.reject": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.tag": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.note": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "application.readEligibility": ["ADMIN", "RECRUITER", "COORDINATOR"],
  "accommodation.read": ["ADMIN", "COORDINATOR"],
  "accommodation.manage": ["ADMIN", "COORDINATOR"],
  "eeoReport.read": ["ADMIN", "RECRUITER"],
  "report.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "scorecard.readAll": ["ADMIN", "RECRUITER"],
  "audit.read": ["ADMIN"],
  "job.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"],
  "job.manage": ["ADMIN", "RECRUITER"],
  // Compliant publishing (issue 14): only admins publish past a missing pay range or statement.
  "job.publishOverride": ["ADMIN"],
  "template.manage": ["ADMIN", "RECRUITER"],
  "staff.manage": ["ADMIN"],
  "candidate.merge": ["ADMIN", "RECRUITER"],
  "interview.schedule": ["ADMIN", "RECRUITER", "COORDINATOR"],
  "interviewPlan.manage": ["ADMIN", "RECRUITER", "COORDINATOR"],
  // Self-scheduling (issue 14): whoever schedules offers times; availability is one's own, admins anyone's.
  "interview.offerSlots": ["ADMIN", "RECRUITER", "COORDINATOR"],
  "availability.readAny": ["ADMIN", "RECRUITER", "COORDINATOR"],
  "availability.editAny": ["ADMIN"],
  // Blind-feedback rule: never whoever merely plans or schedules (issue 12).
  "feedbackRule.manage": ["ADMIN", "RECRUITER"],
  "scorecard.write": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"],
  "pipeline.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "hiring.decide": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "legalText.manage": ["ADMIN"],
  "privacy.manage": ["ADMIN"],
  "savedView.shareAcrossJobs": ["ADMIN", "RECRUITER", "COORDINATOR"],
  // Offers (issue 14): coordinators see that one exists; terms for admins, recruiters, hiring managers.
  "offer.readExistence": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
  "offer.read": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "offer.manage": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  "offer.approve": ["ADMIN", "RECRUITER", "HIRING_MANAGER"],
  // The export-control review's outcome: never hiring managers (they see that it is done).
  "offer.readExportReview": ["ADMIN", "RECRUITER"],
  "offer.exportReview": ["ADMIN"],
  // Integrations (issue 15): webhook endpoints and their secrets.
  "webhook.manage": ["ADMIN"],
  "apiToken.manage": ["ADMIN"],
  "candidate.read": ["ADMIN", "RECRUITER", "COORDINATOR", "HIRING_MANAGER"],
};

// Issue 15: a token is a recruiter narrowed to its scopes; these stay out of reach whatever it is given.
const NEVER_FOR_TOKENS: Action[] = [
  "application.readEligibility",
  "accommodation.read",
  "accommodation.manage",
  "eeoReport.read",
  "audit.read",
  "application.note",
  "staff.manage",
  "webhook.manage",
  "apiToken.manage",
  "offer.read",
];

describe("API tokens", () => {
  const everyScope = apiTokenActor("token-1", API_SCOPES);

  it("never allow more than an admin or a recruiter, nor any sensitive action, with every scope", () => {
    for (const action of Object.keys(EXPECTED) as Action[]) {
      if (can(everyScope, action)) {
        expect(EXPECTED[action], action).toContain("ADMIN");
        expect(EXPECTED[action], action).toContain("RECRUITER");
      }
    }
    for (const action of NEVER_FOR_TOKENS) expect(can(everyScope, action), action).toBe(false);
  });

  it("allow only the actions of their scopes", () => {
    const reader = apiTokenActor("token-2", ["applications:read"]);
    expect(can(reader, "application.read")).toBe(true);
    expect(can(reader, "application.move")).toBe(false);
    expect(can(reader, "scorecard.readAll")).toBe(false);
    expect(can(reader, "job.read")).toBe(false);
    expect(can(apiTokenActor("token-3", []), "application.read")).toBe(false);
    expect(can(apiTokenActor("token-4", ["applications:write"]), "application.reject")).toBe(true);
  });

  it("read scorecards as a recruiter who sits on no panel", () => {
    const facts: ScorecardReadFacts = {
      feedbackVisibility: "AFTER_SUBMITTING",
      isHiringManagerOfJob: false,
      onPanel: false,
      hasSubmittedOwn: false,
    };
    expect(scorecardAccess(apiTokenActor("token-5", ["scorecards:read"]), facts).readOthers).toBe(true);
    expect(scorecardAccess(apiTokenActor("token-6", ["applications:read"]), facts).readOthers).toBe(false);
  });
});

describe("permission matrix", () => {
  for (const [action, allowed] of Object.entries(EXPECTED) as [Action, StaffRole[]][]) {
    it(`${action}: only ${allowed.join(", ")}`, () => {
      for (const role of STAFF_ROLES) expect(can(actor(role), action), role).toBe(allowed.includes(role));
    });
  }

  it("lets each person edit only their own availability, admins anyone's", () => {
    for (const role of STAFF_ROLES) {
      expect(availabilityEditableBy(actor(role), `user-${role}`), role).toBe(true);
      expect(availabilityEditableBy(actor(role), "someone-else"), role).toBe(role === "ADMIN");
    }
    expect(availabilityVisibleTo(actor("INTERVIEWER"))).toEqual({ id: "user-INTERVIEWER" });
    expect(availabilityVisibleTo(actor("COORDINATOR"))).toEqual({});
    expect(JSON.stringify(availabilityVisibleTo(actor("HIRING_MANAGER")))).toContain("hiringTeams");
  });

  it("names the same staff from the application's side (who can be mentioned)", () => {
    const where = staffWhoSeeApplicationsOfJob(42);
    expect(where.active).toBe(true);
    expect(JSON.stringify(where.OR)).toBe(
      JSON.stringify([
        { role: { in: ["ADMIN", "RECRUITER", "COORDINATOR"] } },
        { role: "HIRING_MANAGER", hiringTeams: { some: { jobId: 42, role: "HIRING_MANAGER" } } },
      ]),
    );
  });

  it("scopes hiring managers to their jobs and leaves interviewers out of the pipeline", () => {
    expect(applicationsVisibleTo(actor("RECRUITER"))).toEqual({});
    expect(JSON.stringify(applicationsVisibleTo(actor("HIRING_MANAGER")))).toContain("user-HIRING_MANAGER");
    expect(applicationsVisibleTo(actor("INTERVIEWER"))).toEqual({ id: { in: [] } });
  });

  it("shows saved views of visible jobs only; all-jobs views are shared among recruiting staff; only owners edit", () => {
    const recruiter = JSON.stringify(savedViewsVisibleTo(actor("RECRUITER")));
    expect(recruiter).toContain(
      '{"shared":true,"jobId":null,"owner":{"role":{"in":["ADMIN","RECRUITER","COORDINATOR"]}}}',
    );
    const manager = savedViewsVisibleTo(actor("HIRING_MANAGER"));
    expect(JSON.stringify(manager)).not.toContain('"jobId":null,"owner"');
    expect(JSON.stringify(manager)).toContain(
      '{"job":{"is":{"hiringTeam":{"some":{"userId":"user-HIRING_MANAGER","role":"HIRING_MANAGER"}}}}}',
    );
    expect(JSON.stringify(savedViewsVisibleTo(actor("INTERVIEWER")))).toContain('{"job":{"is":{"id":{"in":[]}}}}');
    expect(savedViewsEditableBy(actor("COORDINATOR"))).toEqual({
      AND: [{ ownerId: "user-COORDINATOR" }, savedViewsVisibleTo(actor("COORDINATOR"))],
    });
  });

  it("gives a panel seat only on an interview that still happens", () => {
    expect(interviewSeatOf(actor("INTERVIEWER"))).toEqual({
      status: "SCHEDULED",
      panel: { some: { userId: "user-INTERVIEWER" } },
    });
  });

  it("seats only active members of the job's hiring team, whoever schedules (nobody seats themselves)", () => {
    expect(panelEligibleFor(42)).toEqual({ active: true, hiringTeams: { some: { jobId: 42 } } });
  });
});

describe("blind feedback (scorecardAccess)", () => {
  const facts = (overrides: Partial<ScorecardReadFacts>): ScorecardReadFacts => ({
    feedbackVisibility: "AFTER_SUBMITTING",
    isHiringManagerOfJob: false,
    onPanel: true,
    hasSubmittedOwn: false,
    ...overrides,
  });

  it("keeps an interviewer blind until they submit, by default", () => {
    expect(scorecardAccess(actor("INTERVIEWER"), facts({}))).toEqual({ readOthers: false, readPrivateNotes: false });
    expect(scorecardAccess(actor("INTERVIEWER"), facts({ hasSubmittedOwn: true }))).toEqual({
      readOthers: true,
      readPrivateNotes: false,
    });
  });

  it("follows the job's policy: always, or never", () => {
    expect(scorecardAccess(actor("INTERVIEWER"), facts({ feedbackVisibility: "ALWAYS" })).readOthers).toBe(true);
    expect(
      scorecardAccess(actor("INTERVIEWER"), facts({ feedbackVisibility: "NEVER", hasSubmittedOwn: true })).readOthers,
    ).toBe(false);
  });

  it("shows nothing to an interviewer who is not on the panel, nor to coordinators", () => {
    expect(
      scorecardAccess(actor("INTERVIEWER"), facts({ onPanel: false, feedbackVisibility: "ALWAYS" })).readOthers,
    ).toBe(false);
    expect(scorecardAccess(actor("COORDINATOR"), facts({ onPanel: false })).readOthers).toBe(false);
  });

  it("shows a coordinator on a panel nothing of the others', whatever the rule and after submitting", () => {
    for (const feedbackVisibility of ["ALWAYS", "AFTER_SUBMITTING", "NEVER"] as const) {
      expect(
        scorecardAccess(actor("COORDINATOR"), facts({ onPanel: true, hasSubmittedOwn: true, feedbackVisibility })),
      ).toEqual({ readOthers: false, readPrivateNotes: false });
    }
  });

  it("shows deciders everything, private notes included, unless they are an unsubmitted panelist", () => {
    for (const role of ["ADMIN", "RECRUITER"] as const) {
      expect(scorecardAccess(actor(role), facts({ onPanel: false }))).toEqual({
        readOthers: true,
        readPrivateNotes: true,
      });
      expect(scorecardAccess(actor(role), facts({ onPanel: true })).readOthers).toBe(false);
      expect(
        scorecardAccess(actor(role), facts({ onPanel: true, feedbackVisibility: "NEVER", hasSubmittedOwn: true }))
          .readOthers,
      ).toBe(true);
    }
    expect(
      scorecardAccess(actor("HIRING_MANAGER"), facts({ onPanel: false, isHiringManagerOfJob: true })).readOthers,
    ).toBe(true);
    expect(
      scorecardAccess(actor("HIRING_MANAGER"), facts({ onPanel: false, isHiringManagerOfJob: false })).readOthers,
    ).toBe(false);
  });
});

describe("a candidate's own applications (status link)", () => {
  it("are the applications made with the link's address on that record only, and none once the person is anonymized", () => {
    expect(applicationsOwnedByStatusLink({ candidateId: "cand-1", emailNormalized: "ada@example.com" })).toEqual({
      candidateId: "cand-1",
      emailNormalized: "ada@example.com",
      candidate: { anonymizedAt: null },
    });
  });
});
