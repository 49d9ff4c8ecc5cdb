import { screen, waitFor, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Award } from '../api/nominations';
import { AwardsPage } from './AwardsPage';

const inherited: Award = {
  id: 'a1',
  awardTypeId: 't1',
  awardTypeCode: 'CO_NGANH',
  awardTypeName: 'Cờ thi đua ngành Tư pháp',
  subjectKind: 'UNIT',
  unitId: 'old',
  unitName: 'Cục Trợ giúp pháp lý',
  year: 2024,
  decisionNumber: '105/QĐ-BTP',
  decisionDate: '2025-01-21',
  source: 'IMPORTED',
  revoked: false,
};

const decided: Award = {
  ...inherited,
  id: 'a2',
  awardTypeCode: 'TTLDXS',
  awardTypeName: 'Tập thể lao động xuất sắc',
  unitId: officer.unitId,
  unitName: 'Cục Phổ biến, giáo dục pháp luật và Trợ giúp pháp lý',
  year: 2025,
  decisionNumber: '901/QĐ-BTP',
  source: 'DECIDED',
  amount: 3510000,
  revoked: true,
};

describe('Awards ledger page', () => {
  it('lists the unit history with its predecessors, amounts and revocations', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/units': () => page([]),
      'GET /api/v1/awards': () => page([decided, inherited]),
    });
    renderWithProviders(<AwardsPage />, { api, route: '/awards' });

    const table = await screen.findByRole('table', { name: 'Sổ khen thưởng' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[1]).getByText('Cục Trợ giúp pháp lý')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Đã thu hồi')).toBeInTheDocument();
    expect(within(rows[0]).getByText('3.510.000')).toBeInTheDocument();
    expect(api.queriesTo('/api/v1/awards')[0].get('unitId')).toBe(officer.unitId);
  });
});
