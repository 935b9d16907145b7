import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { lazy, useEffect, useState } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { meKey } from './api/auth.hooks';
import { setUnauthorizedHandler } from './api/client';
import { createQueryClient } from './api/query-client';
import { AppLayout } from './components/app-layout';
import { NotFound } from './components/not-found';
import { RequireAuth } from './components/require-auth';
import { RequirePermission } from './components/require-permission';
import { HomeRedirect } from './features/auth/home-redirect';
import { LoginPage } from './features/auth/login-page';
import { theme } from './theme';

// One chunk per area: a clerk never downloads the administrators' pages.
const CaseListPage = lazy(() => import('./features/cases/case-list-page'));
const CaseDetailPage = lazy(() => import('./features/cases/case-detail-page'));
const MaterialPage = lazy(() => import('./features/materials/material-page'));
const CataloguePage = lazy(() => import('./features/catalogue/catalogue-page'));
const ReviewPage = lazy(() => import('./features/review/review-page'));
const ReviewQueuePage = lazy(() => import('./features/review/review-queue-page'));
const ReceptionQueuePage = lazy(() => import('./features/reception/reception-queue-page'));
const ReceptionPage = lazy(() => import('./features/reception/reception-page'));
const ArchiveListPage = lazy(() => import('./features/archives/archive-list-page'));
const ArchiveDetailPage = lazy(() => import('./features/archives/archive-detail-page'));
const DeadlinesPage = lazy(() => import('./features/deadlines/deadlines-page'));
const CatalogueTemplatesPage = lazy(() => import('./features/catalogue-templates/catalogue-templates-page'));
const ScanningPage = lazy(() => import('./features/scanning/scanning-page'));
const BatchPage = lazy(() => import('./features/scanning/batch-page'));
const ScanStatsPage = lazy(() => import('./features/scanning/stats-page'));
const ScopePage = lazy(() => import('./features/scope/scope-page'));
// ECharts (~400 kB) comes only with the coverage page.
const CoveragePage = lazy(() => import('./features/scope/coverage-page'));
const AuditPage = lazy(() => import('./features/audit/audit-page'));
const UsersPage = lazy(() => import('./features/users/users-page'));
const RolesPage = lazy(() => import('./features/roles/roles-page'));
const HealthPage = lazy(() => import('./features/health/health-page'));
const MyCertificatesPage = lazy(() => import('./features/pki/my-certificates-page'));
const PkiPage = lazy(() => import('./features/pki/pki-page'));
const VerifySignaturesPage = lazy(() => import('./features/signatures/verify-page'));

/** When any call answers 401 the session is gone: forget the user, and the guard goes to /login. */
function SessionWatcher() {
  const queryClient = useQueryClient();
  const { message } = AntApp.useApp();
  useEffect(() => {
    setUnauthorizedHandler((error) => {
      if (queryClient.getQueryData(meKey)) void message.warning(error.message);
      queryClient.setQueryData(meKey, null);
    });
    return () => setUnauthorizedHandler(null);
  }, [queryClient, message]);
  return null;
}

function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route element={<RequireAuth />}>
        <Route element={<AppLayout />}>
          <Route index element={<HomeRedirect />} />
          <Route path="cases" element={<RequirePermission permission="case.read"><CaseListPage /></RequirePermission>} />
          <Route path="cases/:id" element={<RequirePermission permission="case.read"><CaseDetailPage /></RequirePermission>} />
          <Route path="cases/:id/catalogue" element={<RequirePermission permission="case.read"><CataloguePage /></RequirePermission>} />
          <Route path="cases/:id/review" element={<RequirePermission permission="case.read"><ReviewPage /></RequirePermission>} />
          <Route path="reviews" element={<RequirePermission permission="review.decide"><ReviewQueuePage /></RequirePermission>} />
          <Route path="cases/:id/reception" element={<RequirePermission permission="case.read"><ReceptionPage /></RequirePermission>} />
          <Route path="reception" element={<RequirePermission permission="archive.receive"><ReceptionQueuePage /></RequirePermission>} />
          <Route path="archives" element={<RequirePermission permission="archive.receive"><ArchiveListPage /></RequirePermission>} />
          <Route path="archives/:archivalCode" element={<RequirePermission permission="archive.receive"><ArchiveDetailPage /></RequirePermission>} />
          <Route path="deadlines" element={<RequirePermission permission="case.read"><DeadlinesPage /></RequirePermission>} />
          <Route path="materials/:id" element={<RequirePermission permission="case.read"><MaterialPage /></RequirePermission>} />
          <Route path="scanning" element={<RequirePermission permission="scan.operate"><ScanningPage /></RequirePermission>} />
          <Route path="scanning/batches/:id" element={<RequirePermission permission="scan.operate"><BatchPage /></RequirePermission>} />
          <Route path="scanning/stats" element={<RequirePermission permission="scan.manage"><ScanStatsPage /></RequirePermission>} />
          <Route path="scope" element={<RequirePermission permission="scope.manage"><ScopePage /></RequirePermission>} />
          <Route
            path="scope/coverage"
            element={<RequirePermission permission={['scope.manage', 'case.read.all']}><CoveragePage /></RequirePermission>}
          />
          <Route
            path="catalogue-templates"
            element={<RequirePermission permission="catalogue.template"><CatalogueTemplatesPage /></RequirePermission>}
          />
          <Route path="audit" element={<RequirePermission permission="audit.read"><AuditPage /></RequirePermission>} />
          <Route path="admin/users" element={<RequirePermission permission="user.manage"><UsersPage /></RequirePermission>} />
          <Route path="admin/roles" element={<RequirePermission permission="role.assign"><RolesPage /></RequirePermission>} />
          <Route path="admin/health" element={<RequirePermission permission="system.read"><HealthPage /></RequirePermission>} />
          <Route path="admin/pki" element={<RequirePermission permission="pki.manage"><PkiPage /></RequirePermission>} />
          <Route path="me/certificates" element={<RequirePermission permission="signature.use"><MyCertificatesPage /></RequirePermission>} />
          <Route path="signatures/verify" element={<RequirePermission permission="case.read"><VerifySignaturesPage /></RequirePermission>} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

/** Providers (locale, theme, queries, router) around the routes. */
export function AppRoot() {
  const [queryClient] = useState(createQueryClient);
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <SessionWatcher />
            <AppRoutes />
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
