import { NextResponse } from "next/server";
import { officesBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "retrieve an office" (its departments and open jobs).
export async function GET(request: Request, { params }: { params: Promise<{ boardToken: string; officeId: string }> }) {
  try {
    const { boardToken, officeId } = await params;
    return NextResponse.json(await officesBody(boardToken, new URL(request.url).searchParams, officeId));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
