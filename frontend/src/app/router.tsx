import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router';
import { FullPageSpinner } from '@/components/FullPageSpinner';
import type { Role } from '@/lib/auth/roles';
import { AppLayout } from './layout/AppLayout';
import { HomePage } from './routes/HomePage';

/**
 * A page only some roles may open. The guard loads with the page: its 403 picture (antd Result) stays out of the
 * first load.
 */
function guarded(roles: Role[], load: () => Promise<ComponentType>): RouteObject['lazy'] {
  return async () => {
    const [{ LocalizedAntd }, { RequireRole }, Page] = await Promise.all([import('@/components/LocalizedAntd'), import('./RequireRole'), load()]);
    return {
      Component: () => (
        <LocalizedAntd>
          <RequireRole roles={roles}>
            <Page />
          </RequireRole>
        </LocalizedAntd>
      ),
    };
  };
}

/**
 * A page loaded on first visit, with Ant Design's theme, locale and form messages (`LocalizedAntd`) loaded beside
 * it: the home page and the frame are plain HTML, so Ant Design's core is not part of the first load.
 */
function page(load: () => Promise<ComponentType>): RouteObject['lazy'] {
  return async () => {
    const [{ LocalizedAntd }, Page] = await Promise.all([import('@/components/LocalizedAntd'), load()]);
    return {
      Component: () => (
        <LocalizedAntd>
          <Page />
        </LocalizedAntd>
      ),
    };
  };
}

// Feature pages load on first visit, so the first paint only carries the shell and the home page.
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    hydrateFallbackElement: <FullPageSpinner />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'units', lazy: page(async () => (await import('@/features/org/routes/UnitsPage')).UnitsPage) },
      { path: 'people', lazy: page(async () => (await import('@/features/org/routes/PeoplePage')).PeoplePage) },
      { path: 'clusters', lazy: page(async () => (await import('@/features/org/routes/ClustersPage')).ClustersPage) },
      { path: 'award-types', lazy: page(async () => (await import('@/features/catalog/routes/AwardTypesPage')).AwardTypesPage) },
      {
        path: 'rule-parameters',
        lazy: page(async () => (await import('@/features/catalog/routes/RuleParametersPage')).RuleParametersPage),
      },
      { path: 'campaigns', lazy: page(async () => (await import('@/features/campaigns/routes/CampaignsPage')).CampaignsPage) },
      { path: 'covenants', lazy: page(async () => (await import('@/features/campaigns/routes/CovenantsPage')).CovenantsPage) },
      {
        path: 'campaigns/new',
        lazy: guarded(['secretariat'], async () => (await import('@/features/campaigns/routes/CampaignCreatePage')).CampaignCreatePage),
      },
      {
        path: 'campaigns/:id',
        lazy: page(async () => (await import('@/features/campaigns/routes/CampaignDetailPage')).CampaignDetailPage),
      },
      { path: 'scoring', lazy: page(async () => (await import('@/features/scoring/routes/ScoringPage')).ScoringPage) },
      { path: 'scoring/templates', lazy: page(async () => (await import('@/features/scoring/routes/TemplatesPage')).TemplatesPage) },
      {
        path: 'scoring/templates/:id',
        lazy: page(async () => (await import('@/features/scoring/routes/TemplateEditorPage')).TemplateEditorPage),
      },
      {
        path: 'scoring/sheets/:id',
        lazy: page(async () => (await import('@/features/scoring/routes/ScoreSheetPage')).ScoreSheetPage),
      },
      {
        path: 'scoring/clusters/:id/ranking',
        lazy: page(async () => (await import('@/features/scoring/routes/RankingPage')).RankingPage),
      },
      { path: 'voting', lazy: page(async () => (await import('@/features/voting/routes/VotingPage')).VotingPage) },
      {
        path: 'voting/new',
        lazy: guarded(['secretariat', 'admin', 'cluster-lead'], async () => (await import('@/features/voting/routes/SessionCreatePage')).SessionCreatePage),
      },
      { path: 'voting/:id', lazy: page(async () => (await import('@/features/voting/routes/SessionPage')).SessionPage) },
      { path: 'voting/:id/ballot', lazy: page(async () => (await import('@/features/voting/routes/BallotPage')).BallotPage) },
      { path: 'voting/:id/counting-board', lazy: page(async () => (await import('@/features/voting/routes/CountingBoardPage')).CountingBoardPage) },
      {
        path: 'nominations',
        lazy: page(async () => (await import('@/features/nominations/routes/NominationsPage')).NominationsPage),
      },
      {
        path: 'history/:periodId',
        lazy: guarded(['secretariat'], async () => (await import('@/features/history/routes/PastYearEntryPage')).PastYearEntryPage),
      },
      {
        path: 'dashboard',
        lazy: guarded(['secretariat', 'admin', 'viewer'], async () => (await import('@/features/reports/routes/YearDashboardPage')).YearDashboardPage),
      },
      { path: 'reports', lazy: page(async () => (await import('@/features/reports/routes/ReportsPage')).ReportsPage) },
      { path: 'awards', lazy: page(async () => (await import('@/features/nominations/routes/AwardsPage')).AwardsPage) },
      {
        path: 'nominations/queue',
        lazy: page(async () => (await import('@/features/nominations/routes/NominationQueuePage')).NominationQueuePage),
      },
      {
        path: 'due-lists',
        lazy: guarded(['secretariat', 'unit-officer', 'unit-head'], async () => (await import('@/features/nominations/routes/DueListsPage')).DueListsPage),
      },
      { path: 'decisions', lazy: page(async () => (await import('@/features/nominations/routes/DecisionsPage')).DecisionsPage) },
      {
        path: 'decisions/:id',
        lazy: page(async () => (await import('@/features/nominations/routes/DecisionDetailPage')).DecisionDetailPage),
      },
      {
        path: 'nominations/:id',
        lazy: page(async () => (await import('@/features/nominations/routes/NominationDetailPage')).NominationDetailPage),
      },
      {
        path: 'admin',
        lazy: guarded(['admin'], async () => (await import('@/features/admin/routes/AdminPage')).AdminPage),
      },
      { path: '*', lazy: page(async () => (await import('./routes/NotFoundPage')).NotFoundPage) },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
