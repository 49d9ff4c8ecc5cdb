import type { TableProps } from 'antd';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Nomination, NominationStatus } from '../api/nominations';
import { NominationStatusTag, VerdictTag } from './VerdictTag';

/** The columns every list of dossiers shows: nominee (links to the dossier), award, period, unit, status, eligibility. */
export function nominationColumns(t: TFunction): NonNullable<TableProps<Nomination>['columns']> {
  return [
    {
      key: 'nominee',
      title: t('nominations.nominee'),
      render: (_: unknown, n) => <Link to={`/nominations/${n.id}`}>{n.personName ?? n.nomineeUnitName}</Link>,
    },
    { key: 'award', dataIndex: 'awardTypeName', title: t('nominations.awardType') },
    { key: 'period', dataIndex: 'periodLabel', title: t('nominations.period'), width: 90 },
    { key: 'unit', dataIndex: 'unitName', title: t('nominations.proposingUnit') },
    { key: 'status', dataIndex: 'status', title: t('nominations.status'), width: 170, render: (s: NominationStatus) => <NominationStatusTag status={s} /> },
    {
      key: 'eligibility',
      dataIndex: 'eligibilityOverall',
      title: t('nominations.eligibility'),
      width: 150,
      render: (v: Nomination['eligibilityOverall']) => <VerdictTag verdict={v} />,
    },
  ];
}
