import { NextResponse } from "next/server";
import { departmentsBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "list departments" (with their open jobs; ?render_as=tree).
export async function GET(request: Request, { params }: { params: Promise<{ boardToken: string }> }) {
  try {
    const { boardToken } = await params;
    return NextResponse.json(await departmentsBody(boardToken, new URL(request.url).searchParams));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
