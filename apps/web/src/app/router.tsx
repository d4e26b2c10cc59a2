import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import type { Role } from '@tandem/core';
import { clientRoutes } from './client-routes.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { lazyPage } from './lazy-page.ts';
import { RequireRole } from './RequireRole.tsx';
import {
  crisisResourcesPreload,
  instancePreload,
  preloading,
  sessionPreload,
} from './route-preloads.ts';
import type { RouteDeps } from './route-preloads.ts';
import { RootLayout } from './RootLayout.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';
import { RouteLoading } from './RouteLoading.tsx';

// Not imported from @tandem/core at runtime: that would pull Zod into the bundle.
const everyRole: readonly Role[] = ['admin', 'therapist', 'supervisor', 'client'];

export type AppRouterDeps = RouteDeps;

/*
 * The first download holds only the frame and the router. Every page,
 * sign-in included, loads its own code when opened, so a client's phone
 * never downloads therapist or admin screens, and sign-in none of the areas.
 */
const routes = (deps: AppRouterDeps): RouteObject[] => [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    HydrateFallback: RouteLoading,
    // The frame (header, crisis help, area guard) appears once, already knowing who is
    // signed in. The queries keep themselves fresh: later navigations need not wait for them.
    loader: preloading(deps, sessionPreload, crisisResourcesPreload),
    shouldRevalidate: () => false,
    children: [
      { index: true, element: <HomeRedirect /> },
      {
        path: 'sign-in',
        loader: preloading(deps, instancePreload),
        lazy: lazyPage(async () => (await import('../features/auth/SignInPage.tsx')).SignInPage),
      },
      {
        path: 'forgot-password',
        loader: preloading(deps, instancePreload),
        lazy: lazyPage(
          async () => (await import('../features/auth/ForgotPasswordPage.tsx')).ForgotPasswordPage,
        ),
      },
      {
        path: 'reset-password',
        lazy: lazyPage(
          async () => (await import('../features/auth/ResetPasswordPage.tsx')).ResetPasswordPage,
        ),
      },
      {
        path: 'accept-invitation',
        lazy: lazyPage(
          async () =>
            (await import('../features/invitations/AcceptInvitationPage.tsx')).AcceptInvitationPage,
        ),
      },
      {
        element: <RequireRole roles={['client']} consentPage />,
        children: [
          {
            path: 'consent',
            lazy: lazyPage(
              async () => (await import('../features/consent/ConsentPage.tsx')).ConsentPage,
            ),
          },
        ],
      },
      {
        element: <RequireRole roles={['client']} />,
        children: [...clientRoutes(deps)],
      },
      {
        element: <RequireRole roles={['therapist']} />,
        children: [
          {
            path: 'therapist',
            lazy: lazyPage(
              async () =>
                (await import('../features/caseload/TherapistHomePage.tsx')).TherapistHomePage,
            ),
          },
          {
            path: 'therapist/clients/:clientId',
            lazy: lazyPage(
              async () =>
                (await import('../features/measures/ClientRecordPage.tsx')).ClientRecordPage,
            ),
          },
          {
            path: 'therapist/clients/:clientId/review',
            lazy: lazyPage(
              async () =>
                (await import('../features/session-review/SessionReviewPage.tsx'))
                  .SessionReviewPage,
            ),
          },
          {
            path: 'therapist/groups',
            lazy: lazyPage(
              async () => (await import('../features/couples/GroupsPage.tsx')).GroupsPage,
            ),
          },
          {
            path: 'therapist/groups/:groupId',
            lazy: lazyPage(
              async () => (await import('../features/couples/GroupPage.tsx')).GroupPage,
            ),
          },
          {
            path: 'therapist/alerts',
            lazy: lazyPage(
              async () => (await import('../features/alerts/AlertsPage.tsx')).AlertsPage,
            ),
          },
        ],
      },
      {
        element: <RequireRole roles={['supervisor']} />,
        children: [
          {
            path: 'supervisor',
            lazy: lazyPage(
              async () =>
                (await import('../features/caseload/SupervisorHomePage.tsx')).SupervisorHomePage,
            ),
          },
          {
            path: 'supervisor/clients/:clientId',
            lazy: lazyPage(
              async () =>
                (await import('../features/measures/ClientRecordPage.tsx')).ClientRecordPage,
            ),
          },
          {
            path: 'supervisor/clients/:clientId/review',
            lazy: lazyPage(
              async () =>
                (await import('../features/session-review/SessionReviewPage.tsx'))
                  .SessionReviewPage,
            ),
          },
          {
            path: 'supervisor/groups',
            lazy: lazyPage(
              async () => (await import('../features/couples/GroupsPage.tsx')).GroupsPage,
            ),
          },
          {
            path: 'supervisor/groups/:groupId',
            lazy: lazyPage(
              async () => (await import('../features/couples/GroupPage.tsx')).GroupPage,
            ),
          },
          {
            path: 'supervisor/alerts',
            lazy: lazyPage(
              async () => (await import('../features/alerts/AlertsPage.tsx')).AlertsPage,
            ),
          },
        ],
      },
      {
        element: <RequireRole roles={['admin']} />,
        children: [
          {
            path: 'admin',
            lazy: lazyPage(
              async () =>
                (await import('../features/admin-users/AdminUsersPage.tsx')).AdminUsersPage,
            ),
          },
          {
            path: 'admin/clients',
            lazy: lazyPage(
              async () =>
                (await import('../features/admin-clients/AdminClientsPage.tsx')).AdminClientsPage,
            ),
          },
          {
            path: 'admin/outbox',
            lazy: lazyPage(
              async () => (await import('../features/admin-outbox/OutboxPage.tsx')).OutboxPage,
            ),
          },
          {
            path: 'admin/consent',
            lazy: lazyPage(
              async () =>
                (await import('../features/admin-consent/ConsentEditorPage.tsx')).ConsentEditorPage,
            ),
          },
          {
            path: 'admin/practice',
            lazy: lazyPage(
              async () =>
                (await import('../features/practice-settings/PracticeSettingsPage.tsx'))
                  .PracticeSettingsPage,
            ),
          },
          {
            path: 'admin/instruments',
            lazy: lazyPage(
              async () =>
                (await import('../features/practice-settings/InstrumentsPage.tsx')).InstrumentsPage,
            ),
          },
        ],
      },
      {
        element: <RequireRole roles={everyRole} />,
        children: [
          {
            path: 'account',
            lazy: lazyPage(
              async () => (await import('../features/account/AccountPage.tsx')).AccountPage,
            ),
          },
        ],
      },
      {
        path: '*',
        lazy: lazyPage(async () => (await import('./NotFoundPage.tsx')).NotFoundPage),
      },
    ],
  },
];

export function createAppRouter(deps: AppRouterDeps) {
  return createBrowserRouter(routes(deps));
}

export type AppRouter = ReturnType<typeof createAppRouter>;
