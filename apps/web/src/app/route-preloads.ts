import type { FetchQueryOptions, QueryClient, QueryKey } from '@tanstack/react-query';
import { instanceQueryOptions } from '../features/auth/instance-api.ts';
import { sessionQueryOptions } from '../features/auth/session-queries.ts';
import {
  careTeamQueryOptions,
  crisisResourcesQueryOptions,
} from '../features/client-home/client-home-api.ts';
import type { ApiClient } from '../shared/api/api-client.ts';

export interface RouteDeps {
  api: ApiClient;
  queryClient: QueryClient;
}

/**
 * A read a route needs before it shows: the same query its screen uses, put
 * in the cache ahead of it. It is tried once only here (a dropped connection
 * must not hold the first page) and never throws: the screen shows a failure
 * the way it always does, and tries again.
 */
export type RoutePreload = (deps: RouteDeps) => Promise<void>;

/**
 * A route loader that runs the route's reads while its code downloads (React
 * Router starts a route's loader and its `lazy` together). The page then
 * shows complete, at once, instead of growing and pushing the crisis help
 * down under the reader's finger.
 */
export function preloading(deps: RouteDeps, ...preloads: RoutePreload[]) {
  return async () => {
    await Promise.all(preloads.map((preload) => preload(deps)));
    return null;
  };
}

/** Who is signed in: the header, the area guard and every page start from it. */
export const sessionPreload: RoutePreload = ({ api, queryClient }) =>
  queryClient.prefetchQuery({ ...sessionQueryOptions(api, queryClient), retry: false });

/** "Need help now?" beside every client and public page. */
export const crisisResourcesPreload: RoutePreload = ({ api, queryClient }) =>
  queryClient.prefetchQuery({ ...crisisResourcesQueryOptions(api), retry: false });

/** Demo accounts and how password resets work (sign-in, forgot password). */
export const instancePreload: RoutePreload = ({ api, queryClient }) =>
  queryClient.prefetchQuery({ ...instanceQueryOptions(api), retry: false });

/**
 * Runs `preload` only once the session (already on its way: the root route
 * asked for it; or known, after a click) says a client who may use their area
 * is signed in. Anyone else would only be refused, and a refusal of a
 * signed-in person is audited.
 */
export function forClient(
  preload: (deps: RouteDeps, client: { id: string; practiceId: string }) => Promise<unknown>,
): RoutePreload {
  return async (deps) => {
    const session = await deps.queryClient
      .ensureQueryData({ ...sessionQueryOptions(deps.api, deps.queryClient), retry: false })
      .catch(() => undefined);
    if (session?.user?.role !== 'client' || session.user.consentRequired) return;
    await preload(deps, session.user);
  };
}

/*
 * A page's own query options are imported when its route is opened, not with
 * the first download: the page's chunk imports the same module, so the two
 * requests are one, made together with the page's code.
 */
const clientMeasuresApi = () => import('../features/measures/client-measures-api.ts');

/**
 * The client's home page: "To do" (measures and homework), the link to any
 * couple or family work, and the care team; each part would otherwise appear
 * on its own and push the tools and the crisis help down.
 */
export const clientHomePreload: RoutePreload = forClient(async ({ api, queryClient }) => {
  const [{ todoQueryOptions }, { myHomeworkQueryOptions }, { myGroupsQueryOptions }] =
    await Promise.all([
      clientMeasuresApi(),
      import('../features/homework/homework-api.ts'),
      import('../features/couples/couples-api.ts'),
    ]);
  await Promise.all([
    queryClient.prefetchQuery({ ...todoQueryOptions(api), retry: false }),
    queryClient.prefetchQuery({ ...myHomeworkQueryOptions(api), retry: false }),
    queryClient.prefetchQuery({ ...myGroupsQueryOptions(api), retry: false }),
    queryClient.prefetchQuery({ ...careTeamQueryOptions(api), retry: false }),
  ]);
});

/** The check-in form's emotions and tags, and the client's recent check-ins. */
export const checkInPreload: RoutePreload = forClient(async ({ api, queryClient }, client) => {
  const { checkInOptionsQueryOptions, myCheckInsQueryOptions } =
    await import('../features/check-in/check-in-api.ts');
  await Promise.all([
    queryClient.prefetchQuery({ ...checkInOptionsQueryOptions(api, client), retry: false }),
    queryClient.prefetchQuery({ ...myCheckInsQueryOptions(api), retry: false }),
  ]);
});

/** The client's own safety or coping plan (its device copy when offline). */
export function myPlanPreload(kind: 'safety-plan' | 'coping-plan'): RoutePreload {
  return forClient(async ({ api, queryClient }, client) => {
    const { myPlanPaths, planDeviceKey, planQueryOptions } =
      await import('../features/plans/plans-api.ts');
    await queryClient.prefetchQuery({
      ...planQueryOptions(api, myPlanPaths(kind), planDeviceKey(kind, client)),
      retry: false,
    });
  });
}

/**
 * A client page whose one read is its own list (goals, worksheets, skills…):
 * `load` imports the page's API module, which the page's chunk imports too,
 * and picks the query options its screen reads.
 */
export function clientListPreload<TData, TKey extends QueryKey>(
  load: () => Promise<(api: ApiClient) => FetchQueryOptions<TData, Error, TData, TKey>>,
): RoutePreload {
  return forClient(async ({ api, queryClient }) => {
    const options = await load();
    await queryClient.prefetchQuery({ ...options(api), retry: false });
  });
}

/** The client's saved worksheets and thought records. */
export const myWorksheetsPreload = clientListPreload(
  async () => (await import('../features/worksheets/worksheets-api.ts')).myWorksheetsQueryOptions,
);

/** The client's goals. */
export const myGoalsPreload = clientListPreload(
  async () => (await import('../features/goals/goals-api.ts')).myGoalsQueryOptions,
);

/** The client's couple or family work. */
export const myGroupsPreload = clientListPreload(
  async () => (await import('../features/couples/couples-api.ts')).myGroupsQueryOptions,
);

/** The client's values. */
export const myValuesPreload = clientListPreload(
  async () => (await import('../features/goals/values/values-api.ts')).myValuesQueryOptions,
);

/** The client's planned and done activities. */
export const myActivitiesPreload = clientListPreload(
  async () => (await import('../features/activation/activation-api.ts')).myActivitiesQueryOptions,
);

/** What the client's skill practices show. */
export const mySkillsPreload = clientListPreload(
  async () => (await import('../features/skills/skills-api.ts')).mySkillsSummaryQueryOptions,
);

/** The client's insights. */
export const myInsightsPreload = clientListPreload(
  async () => (await import('../features/insights/insights-api.ts')).myInsightsQueryOptions,
);

/** The client's journal entries. */
export const journalPreload: RoutePreload = forClient(async ({ api, queryClient }) => {
  const { myJournalQueryOptions } = await import('../features/journaling/journal-api.ts');
  await queryClient.prefetchQuery({ ...myJournalQueryOptions(api), retry: false });
});

/** The client's scores over time ("My progress"). */
export const myMeasuresPreload: RoutePreload = forClient(async ({ api, queryClient }) => {
  const { myMeasuresQueryOptions } = await clientMeasuresApi();
  await queryClient.prefetchQuery({ ...myMeasuresQueryOptions(api), retry: false });
});
