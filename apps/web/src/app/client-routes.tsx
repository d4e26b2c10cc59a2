import type { RouteObject } from 'react-router';
import { lazyPage } from './lazy-page.ts';
import {
  checkInPreload,
  clientHomePreload,
  journalPreload,
  myActivitiesPreload,
  myGoalsPreload,
  myGroupsPreload,
  myInsightsPreload,
  myMeasuresPreload,
  myPlanPreload,
  mySkillsPreload,
  myValuesPreload,
  myWorksheetsPreload,
  preloading,
  type RouteDeps,
} from './route-preloads.ts';

/** The client's area: every page a client opens, each with the reads it shows first. */
export function clientRoutes(deps: RouteDeps): RouteObject[] {
  return [
    {
      path: 'client',
      loader: preloading(deps, clientHomePreload),
      lazy: lazyPage(
        async () => (await import('../features/client-home/ClientHomePage.tsx')).ClientHomePage,
      ),
    },
    {
      path: 'client/measures/:occasionId',
      lazy: lazyPage(
        async () => (await import('../features/measures/MeasureFormPage.tsx')).MeasureFormPage,
      ),
    },
    {
      path: 'client/safety-plan',
      loader: preloading(deps, myPlanPreload('safety-plan')),
      lazy: lazyPage(async () => (await import('../features/plans/PlanPage.tsx')).SafetyPlanPage),
    },
    {
      path: 'client/coping-plan',
      loader: preloading(deps, myPlanPreload('coping-plan')),
      lazy: lazyPage(async () => (await import('../features/plans/PlanPage.tsx')).CopingPlanPage),
    },
    {
      path: 'client/progress',
      loader: preloading(deps, myMeasuresPreload),
      lazy: lazyPage(
        async () => (await import('../features/measures/MyProgressPage.tsx')).MyProgressPage,
      ),
    },
    {
      path: 'client/thought-record',
      lazy: lazyPage(
        async () =>
          (await import('../features/worksheets/ThoughtRecordPage.tsx')).ThoughtRecordPage,
      ),
    },
    {
      path: 'client/thought-records',
      loader: preloading(deps, myWorksheetsPreload),
      lazy: lazyPage(
        async () =>
          (await import('../features/worksheets/ThoughtRecordsPage.tsx')).ThoughtRecordsPage,
      ),
    },
    {
      path: 'client/worksheets',
      loader: preloading(deps, myWorksheetsPreload),
      lazy: lazyPage(
        async () => (await import('../features/worksheets/WorksheetsPage.tsx')).WorksheetsPage,
      ),
    },
    {
      path: 'client/worksheets/later/:id',
      lazy: lazyPage(
        async () => (await import('../features/worksheets/LaterAnswersPage.tsx')).LaterAnswersPage,
      ),
    },
    {
      path: 'client/worksheets/:key',
      lazy: lazyPage(
        async () => (await import('../features/worksheets/WorksheetPage.tsx')).WorksheetPage,
      ),
    },
    {
      path: 'client/goals',
      loader: preloading(deps, myGoalsPreload),
      lazy: lazyPage(async () => (await import('../features/goals/GoalsPage.tsx')).GoalsPage),
    },
    {
      path: 'client/together',
      loader: preloading(deps, myGroupsPreload),
      lazy: lazyPage(
        async () => (await import('../features/couples/TogetherPage.tsx')).TogetherPage,
      ),
    },
    {
      path: 'client/values',
      loader: preloading(deps, myValuesPreload),
      lazy: lazyPage(
        async () => (await import('../features/goals/values/ValuesPage.tsx')).ValuesPage,
      ),
    },
    {
      path: 'client/exposure',
      lazy: lazyPage(
        async () => (await import('../features/exposure/ExposurePage.tsx')).ExposurePage,
      ),
    },
    {
      path: 'client/exposure/:hierarchyId/steps/:stepId',
      lazy: lazyPage(
        async () => (await import('../features/exposure/PracticePage.tsx')).PracticePage,
      ),
    },
    {
      path: 'client/activities',
      loader: preloading(deps, myActivitiesPreload),
      lazy: lazyPage(
        async () => (await import('../features/activation/ActivitiesPage.tsx')).ActivitiesPage,
      ),
    },
    {
      path: 'client/skills',
      loader: preloading(deps, mySkillsPreload),
      lazy: lazyPage(async () => (await import('../features/skills/SkillsPage.tsx')).SkillsPage),
    },
    {
      path: 'client/skills/:skillKey',
      lazy: lazyPage(async () => (await import('../features/skills/SkillPage.tsx')).SkillPage),
    },
    {
      path: 'client/check-in',
      loader: preloading(deps, checkInPreload),
      lazy: lazyPage(
        async () => (await import('../features/check-in/CheckInPage.tsx')).CheckInPage,
      ),
    },
    {
      path: 'client/journal',
      loader: preloading(deps, journalPreload),
      lazy: lazyPage(
        async () => (await import('../features/journaling/JournalPage.tsx')).JournalPage,
      ),
    },
    {
      path: 'client/insights',
      loader: preloading(deps, myInsightsPreload),
      lazy: lazyPage(
        async () => (await import('../features/insights/InsightsPage.tsx')).InsightsPage,
      ),
    },
  ];
}
