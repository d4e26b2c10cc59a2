/** Pages anyone may open without signing in. */
export const publicPaths = [
  '/sign-in',
  '/forgot-password',
  '/reset-password',
  '/accept-invitation',
] as const;

export function isPublicPath(pathname: string): boolean {
  return publicPaths.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
