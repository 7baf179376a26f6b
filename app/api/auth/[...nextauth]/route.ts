import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { errorResponse } from "@/lib/http/error-response";
import { limitSignInRequest } from "@/lib/rate-limit/limit-requests";

// Auth.js checks its own CSRF token on every POST (a double-submit cookie), so these routes
// need no origin check of ours.
export const { GET } = handlers;

export async function POST(request: NextRequest): Promise<Response> {
  // The sign-in form asks through a server action with the same limit; this is the route a
  // script would post to directly.
  if (request.nextUrl.pathname.endsWith("/signin/email")) {
    try {
      await limitSignInRequest(request.headers);
    } catch (error) {
      return errorResponse(error, "sign-in");
    }
  }
  return handlers.POST(request);
}
