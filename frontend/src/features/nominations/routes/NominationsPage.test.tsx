import { fireEvent, screen, within } from '@testing-library/react';
import { officer } from '@/testing/fixtures';
import { fakeApi, page } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { Nomination } from '../api/nominations';
import { NominationsPage } from './NominationsPage';

const returned: Nomination = {
  id: 'n2',
  unitId: officer.unitId!,
  unitName: 'Cục Trợ giúp pháp lý',
  nomineeKind: 'UNIT',
  nomineeUnitId: officer.unitId,
  nomineeUnitName: 'Cục Trợ giúp pháp lý',
  awardTypeId: 't5',
  awardTypeCode: 'TTLDTT',
  awardTypeName: 'Tập thể lao động tiên tiến',
  periodId: 'y1',
  periodLabel: '2025',
  achievements: 'Hoàn thành tốt nhiệm vụ',
  initiativeIds: [],
  status: 'RETURNED',
  allowedActions: ['edit', 'submit'],
  eligibilityOverall: 'NEEDS_EVIDENCE',
  returnReason: 'Thiếu biên bản',
  createdBy: 'unit-officer',
  version: 3,
  createdAt: '2026-01-10T02:00:00Z',
  updatedAt: '2026-01-12T02:00:00Z',
};

describe('Nominations page', () => {
  it('lists the visible dossiers with their state and appraisal, and lets a unit officer draft one', async () => {
    const api = fakeApi({
      'GET /api/v1/me': () => officer,
      'GET /api/v1/nominations': () => page([returned]),
      'GET /api/v1/award-types': () => page([]),
      'GET /api/v1/periods': () => page([]),
      'GET /api/v1/people': () => page([]),
    });
    renderWithProviders(<NominationsPage />, { api, route: '/nominations' });

    const table = await screen.findByRole('table', { name: 'Hồ sơ đề nghị khen thưởng' });
    const row = (await within(table).findByText('Tập thể lao động tiên tiến')).closest('tr')!;
    expect(within(row).getByText('Trả lại')).toBeInTheDocument();
    expect(within(row).getByText('Cần bổ sung minh chứng')).toBeInTheDocument();

    fireEvent.click(await screen.findByRole('button', { name: 'Lập hồ sơ đề nghị' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
    expect(screen.getByLabelText('Thành tích')).toBeInTheDocument();
  });

  it('offers no drafting to a viewer', async () => {
    renderWithProviders(<NominationsPage />, {
      api: fakeApi({
        'GET /api/v1/me': () => ({ ...officer, roles: ['viewer'] }),
        'GET /api/v1/nominations': () => page([]),
      }),
      route: '/nominations',
    });
    await screen.findByRole('table', { name: 'Hồ sơ đề nghị khen thưởng' });
    expect(screen.queryByRole('button', { name: 'Lập hồ sơ đề nghị' })).toBeNull();
  });
});
