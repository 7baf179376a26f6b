import { NextResponse } from "next/server";
import { officesBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "list offices" (departments and open jobs per office; ?render_as=tree).
export async function GET(request: Request, { params }: { params: Promise<{ boardToken: string }> }) {
  try {
    const { boardToken } = await params;
    return NextResponse.json(await officesBody(boardToken, new URL(request.url).searchParams));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
