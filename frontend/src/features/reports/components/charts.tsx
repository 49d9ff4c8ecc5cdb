import { theme } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { AwardsReport, YearDashboard } from '../api/reports';

// Loaded through React.lazy only: recharts stays out of every page that shows no chart.

const PALETTE = ['#1f4e8c', '#52c41a', '#fa8c16', '#13c2c2', '#eb2f96', '#722ed1', '#8c8c8c'];

/** A chart with a name for screen readers; the numbers are in the table beside it. */
function ChartFrame({ label, height = 240, children }: { label: string; height?: number; children: ReactNode }) {
  return (
    <figure role="img" aria-label={label} style={{ margin: 0, width: '100%', height }} data-testid="chart">
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

export function ReachByLevelChart({ levels }: { levels: AwardsReport['byLevel'] }) {
  const { t } = useTranslation();
  const data = levels.map((l) => ({
    name: t(`reporting.level.${l.level}`),
    individual: l.individualAwards,
    collective: l.collectiveAwards,
  }));
  return (
    <ChartFrame label={t('reporting.awards.byLevel')}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar isAnimationActive={false} dataKey="individual" name={t('reporting.awards.individual')} stackId="a" fill={PALETTE[0]} />
        <Bar isAnimationActive={false} dataKey="collective" name={t('reporting.awards.collective')} stackId="a" fill={PALETTE[1]} />
      </BarChart>
    </ChartFrame>
  );
}

export function AwardsByYearChart({ years }: { years: AwardsReport['byYear'] }) {
  const { t } = useTranslation();
  // The report lists the latest year first; a chart reads left to right in time.
  const data = [...years].reverse().map((y) => ({ year: String(y.year), awards: y.awards, commune: y.commune, frontline: y.frontline }));
  return (
    <ChartFrame label={t('reporting.awards.byYear')}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar isAnimationActive={false} dataKey="awards" name={t('reporting.awards.count')} fill={PALETTE[0]} />
        <Bar isAnimationActive={false} dataKey="commune" name={t('reporting.level.COMMUNE')} fill={PALETTE[2]} />
        <Bar isAnimationActive={false} dataKey="frontline" name={t('reporting.awards.frontline')} fill={PALETTE[1]} />
      </BarChart>
    </ChartFrame>
  );
}

export function ClusterProgressChart({ clusters }: { clusters: YearDashboard['clusters'] }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const data = clusters.map((c) => ({
    name: c.clusterName,
    members: c.members,
    submitted: c.submittedSheets,
    verified: c.verifiedSheets,
    locked: c.lockedSheets,
  }));
  return (
    <ChartFrame label={t('dashboard.clusters.chart')} height={Math.max(160, 70 * data.length + 60)}>
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} />
        {/* Cluster names are long: cut on the axis, whole in the tooltip and the table. */}
        <YAxis type="category" dataKey="name" width={200} tickFormatter={(v: string) => (v.length > 28 ? `${v.slice(0, 27)}…` : v)} />
        <Tooltip />
        <Legend />
        <Bar isAnimationActive={false} dataKey="members" name={t('dashboard.clusters.members')} fill={token.colorBorder} />
        <Bar isAnimationActive={false} dataKey="submitted" name={t('dashboard.clusters.submitted')} fill={PALETTE[3]} />
        <Bar isAnimationActive={false} dataKey="verified" name={t('dashboard.clusters.verified')} fill={PALETTE[0]} />
        <Bar isAnimationActive={false} dataKey="locked" name={t('dashboard.clusters.locked')} fill={PALETTE[1]} />
      </BarChart>
    </ChartFrame>
  );
}

/** One bar per named count, e.g. dossiers by state or registrations by status. */
export function CountsChart({ label, data, color = PALETTE[0] }: { label: string; data: { name: string; count: number }[]; color?: string }) {
  const { t } = useTranslation();
  return (
    <ChartFrame label={label}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" interval={0} angle={-20} textAnchor="end" height={60} />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="count" name={t('dashboard.count')} fill={color} />
      </BarChart>
    </ChartFrame>
  );
}

export function AwardLevelsChart({ levels }: { levels: YearDashboard['awardsByLevel'] }) {
  const { t } = useTranslation();
  const data = levels.map((l) => ({
    name: t(`enums.awardLevel.${l.level}`, l.level),
    individual: l.individualAwards,
    collective: l.collectiveAwards,
  }));
  return (
    <ChartFrame label={t('dashboard.awards.title')}>
      <BarChart data={data} margin={{ top: 16, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" />
        <YAxis allowDecimals={false} />
        <Tooltip />
        <Legend />
        <Bar isAnimationActive={false} dataKey="individual" name={t('reporting.awards.individual')} stackId="a" fill={PALETTE[0]} />
        <Bar isAnimationActive={false} dataKey="collective" name={t('reporting.awards.collective')} stackId="a" fill={PALETTE[1]} />
      </BarChart>
    </ChartFrame>
  );
}
