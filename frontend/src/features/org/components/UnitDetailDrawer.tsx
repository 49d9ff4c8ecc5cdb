import { TeamOutlined } from '@ant-design/icons';
import { Button, Descriptions, Drawer, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate } from '@/lib/format';
import { todayInVietnam } from '@/lib/today';
import { useUnit } from '../api/units';

type Props = { id?: string; onClose: () => void; onOpenUnit: (id: string) => void };

export function UnitDetailDrawer({ id, onClose, onOpenUnit }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const unit = useUnit(id);
  const data = unit.data;
  const ended = !!data?.validTo && data.validTo < todayInVietnam();

  return (
    <Drawer open={!!id} onClose={onClose} width={560} title={data?.name ?? t('units.detailTitle')}
      extra={id && <Link to={`/awards?unitId=${id}`}>{t('units.awardHistory')}</Link>}
      destroyOnHidden
    >
      {unit.isPending && <Skeleton active />}
      {unit.isError && <ErrorAlert error={unit.error} onRetry={() => void unit.refetch()} />}
      {data && (
        <>
          <Descriptions
            column={1}
            bordered
            size="small"
            items={[
              { key: 'name', label: t('units.name'), children: data.name },
              { key: 'shortName', label: t('units.shortName'), children: data.shortName },
              { key: 'kind', label: t('units.kind'), children: t(`enums.unitKind.${data.kind}`) },
              { key: 'province', label: t('units.province'), children: data.province ?? t('common.none') },
              {
                key: 'parent',
                label: t('units.parent'),
                children: data.parentId ? (
                  <Button type="link" style={{ padding: 0 }} onClick={() => onOpenUnit(data.parentId!)}>
                    {data.parentName ?? data.parentId}
                  </Button>
                ) : (
                  t('common.none')
                ),
              },
              { key: 'validFrom', label: t('units.validFrom'), children: formatDate(data.validFrom) },
              { key: 'validTo', label: t('units.validTo'), children: formatDate(data.validTo) || t('common.none') },
              {
                key: 'status',
                label: t('units.status'),
                children: ended ? <Tag>{t('units.ended')}</Tag> : <Tag color="green">{t('units.active')}</Tag>,
              },
              ...(data.successorId
                ? [
                    {
                      key: 'successor',
                      label: t('units.successor'),
                      children: (
                        <Button type="link" style={{ padding: 0 }} onClick={() => onOpenUnit(data.successorId!)}>
                          {t('common.view')}
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
          <Button style={{ marginTop: 16 }} icon={<TeamOutlined />} onClick={() => navigate(`/people?unitId=${encodeURIComponent(data.id)}`)}>
            {t('units.viewPeople')}
          </Button>
        </>
      )}
    </Drawer>
  );
}
