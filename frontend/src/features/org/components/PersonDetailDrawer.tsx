import { Descriptions, Drawer, Empty, Skeleton, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ErrorAlert';
import { formatDate } from '@/lib/format';
import { usePerson, type AnnualRating, type Assignment } from '../api/people';
import { GenderLabel } from './GenderLabel';
import { RatingTag } from './RatingTag';

export function PersonDetailDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const person = usePerson(id);
  const data = person.data;

  return (
    <Drawer open={!!id} onClose={onClose} width={720} title={data?.fullName ?? t('people.detailTitle')}
      extra={id && <Link to={`/awards?personId=${id}`}>{t('people.awardHistory')}</Link>}
      destroyOnHidden
    >
      {person.isPending && <Skeleton active />}
      {person.isError && <ErrorAlert error={person.error} onRetry={() => void person.refetch()} />}
      {data && (
        <>
          <Descriptions
            column={2}
            bordered
            size="small"
            items={[
              { key: 'fullName', label: t('people.fullName'), children: data.fullName, span: 2 },
              { key: 'birthYear', label: t('people.birthYear'), children: data.birthYear ?? t('common.none') },
              { key: 'gender', label: t('people.gender'), children: <GenderLabel gender={data.gender} /> },
              { key: 'unit', label: t('people.unit'), children: data.unitName ?? t('common.none'), span: 2 },
              {
                key: 'position',
                label: t('people.position'),
                children: (
                  <>
                    {data.position ?? t('common.none')} {data.leader && <Tag color="purple">{t('people.leader')}</Tag>}
                  </>
                ),
              },
              { key: 'employmentType', label: t('people.employmentType'), children: t(`enums.employmentType.${data.employmentType}`) },
            ]}
          />

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('people.assignments')}
          </Typography.Title>
          <Table<Assignment>
            size="small"
            pagination={false}
            rowKey={(a) => `${a.unitId}-${a.validFrom}`}
            dataSource={[...data.assignments].sort((a, b) => b.validFrom.localeCompare(a.validFrom))}
            columns={[
              { key: 'unitName', dataIndex: 'unitName', title: t('people.unit') },
              { key: 'position', dataIndex: 'position', title: t('people.position') },
              { key: 'validFrom', dataIndex: 'validFrom', title: t('people.from'), width: 110, render: formatDate },
              {
                key: 'validTo',
                dataIndex: 'validTo',
                title: t('people.to'),
                width: 110,
                render: (validTo?: string) => formatDate(validTo) || t('people.current'),
              },
            ]}
          />

          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('people.ratings')}
          </Typography.Title>
          {data.ratings.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />
          ) : (
            <Table<AnnualRating>
              size="small"
              pagination={false}
              rowKey="year"
              dataSource={[...data.ratings].sort((a, b) => b.year - a.year)}
              columns={[
                { key: 'year', dataIndex: 'year', title: t('people.year'), width: 90 },
                { key: 'rating', dataIndex: 'rating', title: t('people.rating'), render: (rating: AnnualRating['rating']) => <RatingTag rating={rating} /> },
              ]}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
