import { NextResponse } from "next/server";
import { departmentsBody } from "@/lib/job-board/board-responses";
import { jobBoardErrorResponse } from "@/lib/job-board/error-response";

// Greenhouse Job Board API v1, "retrieve a department" (with its open jobs).
export async function GET(
  request: Request,
  { params }: { params: Promise<{ boardToken: string; departmentId: string }> },
) {
  try {
    const { boardToken, departmentId } = await params;
    return NextResponse.json(await departmentsBody(boardToken, new URL(request.url).searchParams, departmentId));
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}
