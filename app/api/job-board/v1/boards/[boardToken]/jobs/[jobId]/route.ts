import { NextResponse } from "next/server";
import { applyViaJobBoard } from "@/lib/job-board/apply-via-job-board";
import { jobBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

type Context = { params: Promise<{ boardToken: string; jobId: string }> };

// Greenhouse Job Board API v1, "retrieve a job": ?questions=true adds the application fields,
// ?pay_transparency=true the pay ranges.
export async function GET(request: Request, { params }: Context) {
  try {
    const { boardToken, jobId } = await params;
    return NextResponse.json(await jobBody(boardToken, jobId, new URL(request.url).searchParams));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}

// Greenhouse Job Board API v1, "submit an application" (HTTP Basic auth with the API key).
export async function POST(request: Request, { params }: Context) {
  const { boardToken, jobId } = await params;
  return applyViaJobBoard({ request, boardToken, jobIdParam: jobId });
}
