// Convenience only: sends a browser with no session cookie from a staff page to the sign-in page
// in one hop. It proves nothing about the cookie; every page, action and route handler checks
// the session itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { CURRENT_PATH_HEADER, SESSION_COOKIE_NAMES, isPublicStaffPath, signInPath } from "@/lib/auth/paths";

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (isPublicStaffPath(pathname)) return NextResponse.next();
  const path = `${pathname}${search}`;
  if (!SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))) {
    return NextResponse.redirect(new URL(signInPath(path), request.url));
  }
  // Lets requireActorForPage() send an expired session back here after signing in again.
  const forwarded = new Headers(request.headers);
  forwarded.set(CURRENT_PATH_HEADER, path);
  return NextResponse.next({ request: { headers: forwarded } });
}

export const config = {
  matcher: ["/hiring", "/hiring/:path*"],
};
