import { areaLinks } from '../src/app/area-links.ts';

export interface BenchPage {
  /** As the table names it. */
  page: string;
  path: string;
  signedIn: boolean;
}

/**
 * The pages a client opens on a phone: the two before signing in, then every
 * page of the client's navigation, taken from the app itself so a new client
 * page is measured as soon as it is in the menu.
 */
export const benchPages: readonly BenchPage[] = [
  { page: 'Sign in', path: '/sign-in', signedIn: false },
  { page: 'Forgot password', path: '/forgot-password', signedIn: false },
  ...areaLinks.client.map((link) => ({
    page: `Client: ${link.label}`,
    path: link.to,
    signedIn: true,
  })),
];
