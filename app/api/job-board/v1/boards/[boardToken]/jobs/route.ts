import { NextResponse } from "next/server";
import { jobsBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "list jobs": open jobs; ?content=true adds content, departments, offices.
export async function GET(request: Request, { params }: { params: Promise<{ boardToken: string }> }) {
  try {
    const { boardToken } = await params;
    return NextResponse.json(await jobsBody(boardToken, new URL(request.url).searchParams));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
