import { NextResponse } from "next/server";
import { boardBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "retrieve a job board": the board's name and introduction.
export async function GET(_request: Request, { params }: { params: Promise<{ boardToken: string }> }) {
  try {
    const { boardToken } = await params;
    return NextResponse.json(await boardBody(boardToken));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
