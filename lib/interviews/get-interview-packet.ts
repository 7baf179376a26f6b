import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { interviewsVisibleTo, packetApplicationsVisibleTo } from "@/lib/auth/permissions";
import { formatAnswer } from "@/lib/candidates/format-answer";
import { documentView } from "@/lib/candidates/get-candidate-profile";
import { safeHref } from "@/lib/candidates/safe-href";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { preferredFullName } from "@/lib/format/names";
import { getPanelArrangement } from "./interview-context";

/**
 * The candidate packet of one interview: who, when, the plan's focus and instructions, the
 * resume, the answers to the job's questions and the candidate's links. Work authorization,
 * export control, the accommodation request and self-identification are not selected at all;
 * of an accommodation only its practical arrangement for the panel (getPanelArrangement).
 */
export async function getInterviewPacket({ actor, interviewId }: { actor: Actor; interviewId: string }) {
  const interview = await db.interview.findFirst({
    where: {
      AND: [{ id: interviewId }, interviewsVisibleTo(actor), { application: packetApplicationsVisibleTo(actor) }],
    },
    select: {
      id: true,
      title: true,
      status: true,
      startsAt: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      planItem: {
        select: {
          name: true,
          instructions: true,
          focus: {
            orderBy: { attribute: { position: "asc" } },
            select: { attribute: { select: { id: true, name: true, description: true } } },
          },
        },
      },
      panel: { select: { user: { select: { id: true, name: true, email: true } } } },
      application: {
        select: {
          id: true,
          job: {
            select: {
              id: true,
              title: true,
              questions: {
                orderBy: { position: "asc" },
                select: { id: true, label: true, type: true, options: { select: { id: true, label: true } } },
              },
            },
          },
          candidate: {
            select: {
              firstName: true,
              lastName: true,
              preferredName: true,
              pronouns: true,
              linkedinUrl: true,
              githubUrl: true,
              websiteUrl: true,
            },
          },
          answers: { select: { questionId: true, value: true } },
          resumeFile: { select: { id: true, fileName: true, contentType: true, byteSize: true, extractedText: true } },
        },
      },
    },
  });
  if (!interview) throw new AppError("NOT_FOUND", "That interview does not exist or is not visible to you.");

  const { application } = interview;
  const answerByQuestion = new Map(application.answers.map((answer) => [answer.questionId, answer.value]));
  const { candidate } = application;
  const links = [
    { label: "LinkedIn", url: candidate.linkedinUrl },
    { label: "GitHub", url: candidate.githubUrl },
    { label: "Website", url: candidate.websiteUrl },
  ].flatMap(({ label, url }) => (url ? [{ label, url, href: safeHref(url) }] : []));

  return {
    interview: {
      id: interview.id,
      title: interview.title,
      cancelled: interview.status === "CANCELLED",
      startsAt: interview.startsAt,
      durationMinutes: interview.durationMinutes,
      timeZone: interview.timeZone,
      location: interview.location,
      videoUrl: interview.videoUrl && safeHref(interview.videoUrl),
      panel: interview.panel.map(({ user }) => ({ id: user.id, name: user.name ?? user.email })),
      // Only a scheduled interview's own panelists write a scorecard for it.
      actorHasSeat: interview.status === "SCHEDULED" && interview.panel.some(({ user }) => user.id === actor.userId),
    },
    plan: interview.planItem && {
      name: interview.planItem.name,
      instructions: interview.planItem.instructions,
      focus: interview.planItem.focus.map(({ attribute }) => attribute),
    },
    applicationId: application.id,
    job: { id: application.job.id, title: application.job.title },
    candidate: { name: preferredFullName(candidate), pronouns: candidate.pronouns, links },
    resume: application.resumeFile && documentView(application.resumeFile),
    answers: application.job.questions.map((question) => ({
      questionId: question.id,
      label: question.label,
      answer: formatAnswer(question, answerByQuestion.get(question.id)),
    })),
    // The same reader as the panel's invitations: that one column, once the request is being handled.
    panelArrangement: await getPanelArrangement(db, application.id),
  };
}

export type InterviewPacket = Awaited<ReturnType<typeof getInterviewPacket>>;
