import {
  ApartmentOutlined,
  ClusterOutlined,
  AuditOutlined,
  BarChartOutlined,
  CheckSquareOutlined,
  BookOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileProtectOutlined,
  InboxOutlined,
  FlagOutlined,
  HomeOutlined,
  PieChartOutlined,
  SettingOutlined,
  SlidersOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { hasAnyRole, type Role } from '@/lib/auth/roles';

export type NavItem = {
  path: string;
  labelKey:
    | 'nav.home'
    | 'nav.units'
    | 'nav.people'
    | 'nav.clusters'
    | 'nav.campaigns'
    | 'nav.covenants'
    | 'nav.scoring'
    | 'nav.voting'
    | 'nav.nominations'
    | 'nav.awards'
    | 'nav.reports'
    | 'nav.dashboard'
    | 'nav.nominationQueue'
    | 'nav.dueLists'
    | 'nav.decisions'
    | 'nav.awardTypes'
    | 'nav.ruleParameters'
    | 'nav.admin';
  icon: ReactNode;
  /** Realm roles that may see the entry; none means everyone signed in. */
  roles?: Role[];
};

// The server enforces access; the menu only spares users entries they cannot use.
export const NAV_ITEMS: NavItem[] = [
  { path: '/', labelKey: 'nav.home', icon: <HomeOutlined /> },
  { path: '/units', labelKey: 'nav.units', icon: <ApartmentOutlined /> },
  { path: '/people', labelKey: 'nav.people', icon: <TeamOutlined /> },
  { path: '/clusters', labelKey: 'nav.clusters', icon: <ClusterOutlined /> },
  { path: '/campaigns', labelKey: 'nav.campaigns', icon: <FlagOutlined /> },
  { path: '/covenants', labelKey: 'nav.covenants', icon: <AuditOutlined /> },
  { path: '/scoring', labelKey: 'nav.scoring', icon: <BarChartOutlined /> },
  { path: '/voting', labelKey: 'nav.voting', icon: <CheckSquareOutlined /> },
  { path: '/nominations', labelKey: 'nav.nominations', icon: <FileDoneOutlined /> },
  {
    path: '/nominations/queue',
    labelKey: 'nav.nominationQueue',
    icon: <InboxOutlined />,
    roles: ['secretariat', 'council-member', 'admin'],
  },
  {
    path: '/due-lists',
    labelKey: 'nav.dueLists',
    icon: <CheckSquareOutlined />,
    roles: ['secretariat', 'unit-officer', 'unit-head'],
  },
  { path: '/decisions', labelKey: 'nav.decisions', icon: <FileProtectOutlined /> },
  { path: '/awards', labelKey: 'nav.awards', icon: <BookOutlined /> },
  { path: '/dashboard', labelKey: 'nav.dashboard', icon: <DashboardOutlined />, roles: ['secretariat', 'admin', 'viewer'] },
  { path: '/reports', labelKey: 'nav.reports', icon: <PieChartOutlined /> },
  { path: '/award-types', labelKey: 'nav.awardTypes', icon: <TrophyOutlined /> },
  { path: '/rule-parameters', labelKey: 'nav.ruleParameters', icon: <SlidersOutlined /> },
  { path: '/admin', labelKey: 'nav.admin', icon: <SettingOutlined />, roles: ['admin'] },
];

export function visibleNavItems(roles: readonly string[] | undefined): NavItem[] {
  return NAV_ITEMS.filter((item) => hasAnyRole(roles, item.roles));
}

/** The entry to highlight: the longest path that prefixes the current location. */
export function activeNavPath(pathname: string): string {
  const matches = NAV_ITEMS.map((item) => item.path).filter(
    (path) => path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`),
  );
  return matches.sort((a, b) => b.length - a.length)[0] ?? '/';
}
