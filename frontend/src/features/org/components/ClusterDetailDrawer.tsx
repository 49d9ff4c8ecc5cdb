import { Descriptions, Drawer, Skeleton, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { EnteredAsHistory } from '@/components/EnteredAsHistory';
import { ErrorAlert } from '@/components/ErrorAlert';
import { MEMBER_ROLE_ORDER, useCluster, type ClusterMember } from '../api/clusters';
import { MemberRoleTag } from './MemberRoleTag';

export function ClusterDetailDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const cluster = useCluster(id);
  const data = cluster.data;
  const members = [...(data?.members ?? [])].sort(
    (a, b) => MEMBER_ROLE_ORDER[a.role] - MEMBER_ROLE_ORDER[b.role] || (a.unitName ?? '').localeCompare(b.unitName ?? '', i18n.language),
  );
  const head = members.find((m) => m.role === 'HEAD');
  const deputies = members.filter((m) => m.role === 'DEPUTY');

  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={data?.name ?? t('clusters.detailTitle')} destroyOnHidden>
      {cluster.isPending && <Skeleton active />}
      {cluster.isError && <ErrorAlert error={cluster.error} onRetry={() => void cluster.refetch()} />}
      {data && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: t('clusters.name'), children: data.name },
              { key: 'period', label: t('clusters.period'), children: data.periodLabel },
              { key: 'kind', label: t('clusters.kind'), children: t(`enums.clusterKind.${data.kind}`) },
              { key: 'head', label: t('clusters.head'), children: head?.unitName ?? data.headUnitName ?? t('common.none') },
              {
                key: 'deputies',
                label: t('clusters.deputies'),
                children: deputies.length ? deputies.map((d) => d.unitName ?? d.unitId).join('; ') : t('common.none'),
              },
              { key: 'memberCount', label: t('clusters.memberCount'), children: data.memberCount },
              ...(data.enteredBy
                ? [{ key: 'entered', label: t('common.history'), children: <EnteredAsHistory by={data.enteredBy} at={data.enteredAt} /> }]
                : []),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('clusters.members')}
          </Typography.Title>
          <Table<ClusterMember>
            size="small"
            pagination={false}
            rowKey="unitId"
            dataSource={members}
            columns={[
              { key: 'index', title: '#', width: 48, render: (_v, _m, index) => index + 1 },
              { key: 'unitName', dataIndex: 'unitName', title: t('clusters.unit') },
              { key: 'role', dataIndex: 'role', title: t('clusters.role'), width: 140, render: (role: ClusterMember['role']) => <MemberRoleTag role={role} /> },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
