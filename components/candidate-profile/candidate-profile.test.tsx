import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import type { CandidateProfileView } from "@/lib/candidates/load-candidate-profile-view";
import { CandidateProfile } from "./candidate-profile";

// The actions module is server code; the render only needs their names.
vi.mock("@/app/(hiring)/hiring/applications/[applicationId]/actions", () => ({
  addNoteAction: vi.fn(),
  addTagAction: vi.fn(),
  removeTagAction: vi.fn(),
  mergeCandidatesAction: vi.fn(),
}));

const SCRIPT = "<script>alert(1)</script>";
const IMG = '<img src=x onerror="alert(2)">';
const at = new Date("2026-11-20T10:00:00Z");

function hostileView(): CandidateProfileView {
  return {
    profile: {
      application: {
        id: "app1",
        reference: "TRL-AAAA-BBBB",
        status: "ACTIVE",
        source: "CAREERS_SITE",
        submittedAt: at,
        closedAt: null,
        knockedOut: false,
        version: 0,
        stage: { id: 1, name: "Applied" },
        rejectionReason: null,
        job: { id: 1, title: "Engineer" },
      },
      candidate: {
        id: "cand1",
        firstName: SCRIPT,
        lastName: IMG,
        preferredName: null,
        pronouns: IMG,
        email: `x${IMG}@example.com`,
        phone: SCRIPT,
        location: IMG,
        links: [
          { label: "LinkedIn", url: "javascript:alert(3)", href: null },
          {
            label: "Website",
            url: `https://example.com/"${IMG}`,
            href: "https://example.com/%22%3Cimg%20src=x%20onerror=%22alert(2)%22%3E",
          },
        ],
      },
      answers: [
        { questionId: 1, label: "Q", answer: { kind: "text", text: SCRIPT } },
        { questionId: 2, label: "Link", answer: { kind: "link", text: "javascript:alert(4)", href: null } },
        { questionId: 3, label: "Many", answer: { kind: "list", items: [IMG] } },
      ],
      coverLetterText: `Dear team,\n${SCRIPT}${IMG}`,
      resume: {
        id: "file1",
        fileName: `${IMG}.docx`,
        contentType: "docx",
        byteSize: 2048,
        kind: "docx",
        extractedText: `Resume ${SCRIPT}`,
      },
      coverLetterFile: null,
      tags: [{ id: 1, name: IMG }],
      otherApplications: [],
    },
    timeline: [
      { kind: "note", id: "n1", at, authorName: SCRIPT, body: `hello ${IMG} @[${SCRIPT}](u1)` },
      { kind: "email", id: "e1", at, subject: SCRIPT, status: "SENT", toAddress: IMG, sentAt: at, body: IMG },
      {
        kind: "transition",
        id: "t1",
        at,
        actorName: IMG,
        fromStage: SCRIPT,
        toStage: "Screen",
        fromStatus: "ACTIVE",
        toStatus: "ACTIVE",
        reason: null,
      },
      { kind: "decision", id: "d1", at, decidedByName: IMG, decision: "MAKE_OFFER", note: SCRIPT },
    ],
    duplicates: [
      {
        candidateId: "cand2",
        firstName: SCRIPT,
        lastName: IMG,
        preferredName: null,
        email: IMG,
        reasons: ["email"],
        applications: [],
      },
    ],
    eligibility: null,
    accommodation: null,
    mentionable: [{ id: "u1", name: SCRIPT, email: IMG, handle: "x" }],
    tagNames: [IMG],
    allowed: { note: true, tag: true, merge: true, eligibility: false, accommodation: false, decide: true },
  };
}

describe("CandidateProfile", () => {
  it("renders every candidate-supplied field as text, never as markup", () => {
    // React adds one inline script of its own to replay early form submissions; nothing else may.
    const html = renderToStaticMarkup(<CandidateProfile view={hostileView()} />).replace(
      /<script>addEventListener\("submit".*?<\/script>/s,
      "",
    );
    expect(html).not.toContain("<script");
    expect(html).not.toMatch(/<img[\s>]/i);
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(2)&quot;&gt;");
    // The unsafe link is still shown, as text.
    expect(html).toContain("javascript:alert(3)");
  });

  it("links to the scorecards and decision only for the people who decide", () => {
    const view = hostileView();
    expect(renderToStaticMarkup(<CandidateProfile view={view} />)).toContain(
      'href="/hiring/applications/app1/scorecards"',
    );
    view.allowed.decide = false;
    expect(renderToStaticMarkup(<CandidateProfile view={view} />)).not.toContain("/scorecards");
  });

  it("shows a PDF resume in a frame from the authorized document route", () => {
    const view = hostileView();
    view.profile.resume = {
      id: "file1",
      fileName: "cv.pdf",
      contentType: "application/pdf",
      byteSize: 10,
      kind: "pdf",
      extractedText: null,
    };
    const html = renderToStaticMarkup(<CandidateProfile view={view} />);
    expect(html).toMatch(/<iframe[^>]*src="\/hiring\/applications\/app1\/documents\/file1\?inline=1"/);
    expect(html).toMatch(/<iframe[^>]*title="Resume of /);
  });
});
