import { createBrowserRouter } from 'react-router';
import type { RouteObject } from 'react-router';
import type { Role } from '@tandem/core';
import { ForgotPasswordPage } from '../features/auth/ForgotPasswordPage.tsx';
import { ResetPasswordPage } from '../features/auth/ResetPasswordPage.tsx';
import { SignInPage } from '../features/auth/SignInPage.tsx';
import { HomeRedirect } from './HomeRedirect.tsx';
import { NotFoundPage } from './NotFoundPage.tsx';
import { RequireRole } from './RequireRole.tsx';
import { RootLayout } from './RootLayout.tsx';
import { RouteErrorPage } from './RouteErrorPage.tsx';
import { RouteLoading } from './RouteLoading.tsx';

// Not imported from @tandem/core at runtime: that would pull Zod into the bundle.
const everyRole: readonly Role[] = ['admin', 'therapist', 'supervisor', 'client'];

/*
 * Sign-in pages are in the first download; each area loads its screens when
 * first opened, so a client's phone never downloads the admin screens.
 */
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    errorElement: <RouteErrorPage />,
    HydrateFallback: RouteLoading,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      { path: 'reset-password', element: <ResetPasswordPage /> },
      {
        path: 'accept-invitation',
        lazy: async () => ({
          Component: (await import('../features/invitations/AcceptInvitationPage.tsx'))
            .AcceptInvitationPage,
        }),
      },
      {
        element: <RequireRole roles={['client']} consentPage />,
        children: [
          {
            path: 'consent',
            lazy: async () => ({
              Component: (await import('../features/consent/ConsentPage.tsx')).ConsentPage,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={['client']} />,
        children: [
          {
            path: 'client',
            lazy: async () => ({
              Component: (await import('../features/client-home/ClientHomePage.tsx'))
                .ClientHomePage,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={['therapist']} />,
        children: [
          {
            path: 'therapist',
            lazy: async () => ({
              Component: (await import('../features/caseload/TherapistHomePage.tsx'))
                .TherapistHomePage,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={['supervisor']} />,
        children: [
          {
            path: 'supervisor',
            lazy: async () => ({
              Component: (await import('../features/caseload/SupervisorHomePage.tsx'))
                .SupervisorHomePage,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={['admin']} />,
        children: [
          {
            path: 'admin',
            lazy: async () => ({
              Component: (await import('../features/admin-users/AdminUsersPage.tsx'))
                .AdminUsersPage,
            }),
          },
          {
            path: 'admin/clients',
            lazy: async () => ({
              Component: (await import('../features/admin-clients/AdminClientsPage.tsx'))
                .AdminClientsPage,
            }),
          },
          {
            path: 'admin/outbox',
            lazy: async () => ({
              Component: (await import('../features/admin-outbox/OutboxPage.tsx')).OutboxPage,
            }),
          },
          {
            path: 'admin/consent',
            lazy: async () => ({
              Component: (await import('../features/admin-consent/ConsentEditorPage.tsx'))
                .ConsentEditorPage,
            }),
          },
        ],
      },
      {
        element: <RequireRole roles={everyRole} />,
        children: [
          {
            path: 'account',
            lazy: async () => ({
              Component: (await import('../features/account/AccountPage.tsx')).AccountPage,
            }),
          },
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}

export type AppRouter = ReturnType<typeof createAppRouter>;
