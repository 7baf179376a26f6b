import { describe, expect, it } from "vitest";
import { addNote } from "@/lib/candidates/add-note";
import { listMentionableStaff } from "@/lib/candidates/list-mentionable-staff";
import { mentionToken } from "@/lib/candidates/mention-syntax";
import { addTagToApplication, removeTagFromApplication } from "@/lib/candidates/tag-application";
import { listNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { uniqueSuffix } from "../factories";
import { auditEvents, createProfileFixture, createStaff } from "../support/candidate-profile";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";

describe("notes with @mentions", () => {
  it("stores the note with tokens, notifies and emails each person mentioned, and indexes the note", async () => {
    const { application, recruiter, hiringManager } = await createProfileFixture();
    const handle = `coord.${uniqueSuffix()}`;
    const coordinator = await createStaff("COORDINATOR", {
      name: "Cora Coordinator",
      email: `${handle}@staff.example.test`,
    });

    const result = await addNote({
      actor: recruiter,
      applicationId: application.id,
      body: `Great allocator story. ${mentionToken("Hal", hiringManager.userId)} please review; @${handle.toUpperCase()} can you book? cc @nobody-here`,
    });

    const note = await testDb.note.findUniqueOrThrow({ where: { id: result.noteId }, include: { mentions: true } });
    expect(note.body).toBe(
      `Great allocator story. @[${hiringManager.name}](${hiringManager.userId}) please review; @[Cora Coordinator](${coordinator.userId}) can you book? cc @nobody-here`,
    );
    expect(note.mentions.map((mention) => mention.userId).sort()).toEqual(
      [hiringManager.userId, coordinator.userId].sort(),
    );
    expect(result.unmatchedHandles).toEqual(["nobody-here"]);

    const notifications = await testDb.notification.findMany({
      where: { userId: { in: [hiringManager.userId, coordinator.userId] } },
    });
    expect(notifications).toHaveLength(2);
    expect(notifications[0]?.payload).toEqual({
      applicationId: application.id,
      noteId: note.id,
      authorId: recruiter.userId,
    });

    const emails = await testDb.emailOutbox.findMany({ where: { id: { in: result.emailIds } } });
    expect(emails.map((email) => email.toAddress).sort()).toEqual([hiringManager.email, coordinator.email].sort());
    for (const email of emails) {
      expect(email.template).toBe("note-mention");
      expect(email.applicationId).toBeNull();
      expect(email.candidateId).toBeNull();
      expect(email.subject).toContain(application.candidate.lastName);
      expect(email.textBody).toContain(`/hiring/applications/${application.id}#note-${note.id}`);
      // The note itself and the candidate's contact details stay behind sign-in.
      expect(email.textBody).not.toContain("allocator");
      expect(email.textBody).not.toContain(application.candidate.email);
    }

    const { searchText } = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { searchText: true },
    });
    expect(searchText).toContain("allocator story");
  });

  it("refuses to mention someone who may not see the application, and saves nothing", async () => {
    const { application, recruiter, otherHiringManager, interviewer } = await createProfileFixture();
    for (const outsider of [otherHiringManager, interviewer]) {
      const error = await expectAppError(
        addNote({ actor: recruiter, applicationId: application.id, body: `FYI ${mentionToken("X", outsider.userId)}` }),
        "VALIDATION",
      );
      expect(error.message).toBe(`${outsider.name} cannot see this application, so they cannot be mentioned on it.`);
      expect(error.fieldErrors?.body).toEqual([error.message]);
    }
    expect(await testDb.note.count({ where: { applicationId: application.id } })).toBe(0);
    expect(
      await testDb.notification.count({ where: { userId: { in: [otherHiringManager.userId, interviewer.userId] } } }),
    ).toBe(0);
  });

  it("refuses deactivated staff and ambiguous handles", async () => {
    const { application, recruiter } = await createProfileFixture();
    const gone = await createStaff("RECRUITER", { name: "Gone Person", active: false });
    await expectAppError(
      addNote({ actor: recruiter, applicationId: application.id, body: mentionToken("Gone Person", gone.userId) }),
      "VALIDATION",
    );
    const local = `twin.${uniqueSuffix()}`;
    await createStaff("RECRUITER", { email: `${local}@one.example.test` });
    await createStaff("RECRUITER", { email: `${local}@two.example.test` });
    const error = await expectAppError(
      addNote({ actor: recruiter, applicationId: application.id, body: `@${local} hi` }),
      "VALIDATION",
    );
    expect(error.message).toContain("matches more than one person");
  });

  it("lets only the triage roles write notes, within what they may see", async () => {
    const { application, interviewer, otherHiringManager, hiringManager } = await createProfileFixture();
    await expectAppError(addNote({ actor: interviewer, applicationId: application.id, body: "hi" }), "NOT_FOUND");
    await expectAppError(
      addNote({ actor: otherHiringManager, applicationId: application.id, body: "hi" }),
      "NOT_FOUND",
    );
    await expectAppError(addNote({ actor: hiringManager, applicationId: application.id, body: "   " }), "VALIDATION");
    await expectAppError(
      addNote({ actor: hiringManager, applicationId: application.id, body: "x".repeat(5001) }),
      "VALIDATION",
    );
    const ok = await addNote({ actor: hiringManager, applicationId: application.id, body: "Looks good" });
    expect(ok.emailIds).toEqual([]);
  });

  it("offers exactly the staff who may see the application in the typeahead", async () => {
    const { application, recruiter, hiringManager, otherHiringManager, interviewer, coordinator, admin } =
      await createProfileFixture();
    const ids = (await listMentionableStaff({ actor: recruiter, applicationId: application.id })).map(
      (person) => person.id,
    );
    expect(ids).toEqual(
      expect.arrayContaining([recruiter.userId, hiringManager.userId, coordinator.userId, admin.userId]),
    );
    expect(ids).not.toContain(otherHiringManager.userId);
    expect(ids).not.toContain(interviewer.userId);
  });
});

describe("notifications", () => {
  it("lists one's own mentions with a link, and marks them read (only one's own)", async () => {
    const { application, recruiter, hiringManager } = await createProfileFixture();
    const { noteId } = await addNote({
      actor: recruiter,
      applicationId: application.id,
      body: `${mentionToken("Hal", hiringManager.userId)} see this`,
    });
    const [notification] = await listNotifications({ actor: hiringManager });
    expect(notification).toMatchObject({
      isMention: true,
      readAt: null,
      authorName: recruiter.name,
      candidateName: `${application.candidate.firstName} ${application.candidate.lastName}`,
      href: `/hiring/applications/${application.id}#note-${noteId}`,
    });

    expect(await markNotificationRead({ actor: recruiter, notificationId: notification!.id })).toEqual({ updated: 0 });
    expect(await markNotificationRead({ actor: hiringManager, notificationId: notification!.id })).toEqual({
      updated: 1,
    });
    expect((await listNotifications({ actor: hiringManager }))[0]?.readAt).toBeInstanceOf(Date);
    expect(await markAllNotificationsRead({ actor: hiringManager })).toEqual({ updated: 0 });
  });

  it("hides the candidate once the person may no longer see the application", async () => {
    const { application, recruiter, hiringManager } = await createProfileFixture();
    await addNote({
      actor: recruiter,
      applicationId: application.id,
      body: `${mentionToken("Hal", hiringManager.userId)} see this`,
    });
    await testDb.hiringTeamMember.deleteMany({ where: { userId: hiringManager.userId } });
    const [notification] = await listNotifications({ actor: hiringManager });
    expect(notification).toMatchObject({ candidateName: null, href: null });
  });
});

describe("tags", () => {
  it("adds by name (creating the tag once, whatever the case), removes, and audits", async () => {
    const { application, recruiter, hiringManager } = await createProfileFixture();
    const name = `Strong  referral ${uniqueSuffix()}`;
    const first = await addTagToApplication({ actor: recruiter, applicationId: application.id, name });
    expect(first).toMatchObject({ added: true, tag: { name: name.replace(/\s+/g, " ") } });
    const again = await addTagToApplication({
      actor: hiringManager,
      applicationId: application.id,
      name: name.toUpperCase(),
    });
    expect(again).toMatchObject({ added: false, tag: { id: first.tag.id } });
    expect(await testDb.applicationTag.findMany({ where: { applicationId: application.id } })).toMatchObject([
      { tagId: first.tag.id, addedById: recruiter.userId },
    ]);

    expect(
      await removeTagFromApplication({ actor: recruiter, applicationId: application.id, name: name.toLowerCase() }),
    ).toEqual({ removed: true });
    expect(await testDb.applicationTag.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await testDb.tag.count({ where: { id: first.tag.id } })).toBe(1);
    expect((await auditEvents(application.id, "application.tagged")).map((event) => event.metadata)).toEqual([
      { added: first.tag.name },
      { removed: first.tag.name },
    ]);
  });

  it("needs application.tag and a visible application", async () => {
    const { application, interviewer, otherHiringManager, recruiter } = await createProfileFixture();
    await expectAppError(
      addTagToApplication({ actor: interviewer, applicationId: application.id, name: "x" }),
      "NOT_FOUND",
    );
    await expectAppError(
      addTagToApplication({ actor: otherHiringManager, applicationId: application.id, name: "x" }),
      "NOT_FOUND",
    );
    await expectAppError(
      addTagToApplication({ actor: recruiter, applicationId: application.id, name: "  " }),
      "VALIDATION",
    );
    await expectAppError(
      addTagToApplication({ actor: recruiter, applicationId: application.id, name: "y".repeat(41) }),
      "VALIDATION",
    );
  });
});
