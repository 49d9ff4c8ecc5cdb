import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type React from 'react';
import { fakeApi, page, problemResponse } from '@/testing/fake-api';
import { renderWithProviders } from '@/testing/render';
import type { HistoryChoices } from '../api/history';
import { CampaignEntry } from './CampaignEntry';
import { ClusterEntry } from './ClusterEntry';
import { DecisionEntry } from './DecisionEntry';
import { DossierEntry } from './DossierEntry';
import { ElectionEntry } from './ElectionEntry';

const period2018 = { id: 'p18', label: '2018', startDate: '2018-01-01', endDate: '2018-12-31', version: 0 };

const choices = {
  period: period2018,
  campaigns: [],
  clusters: [{ id: 'k18', name: 'Cụm thi đua số III', periodLabel: '2018' }],
  units: [
    { id: 'u1', name: 'Cục Trợ giúp pháp lý' },
    { id: 'u2', name: 'Vụ Phổ biến, giáo dục pháp luật' },
  ],
  awardTypes: [{ id: 'a1', code: 'CO_NGANH', name: 'Cờ thi đua ngành Tư pháp' }],
} as unknown as HistoryChoices;

function api(posts: Record<string, () => unknown>) {
  return fakeApi({
    'GET /api/v1/people': () => page([{ id: 'pe1', fullName: 'Trần Văn Lịch Sử' }]),
    'GET /api/v1/voting-sessions': () =>
      page([
        { id: 's18', clusterId: 'k18', title: 'Suy tôn Cờ thi đua ngành Tư pháp năm 2018' },
        { id: 's99', clusterId: 'other', title: 'Phiên của kỳ khác' },
      ]),
    'GET /api/v1/nominations': () =>
      page([{ id: 'n1', nomineeUnitName: 'Cục Trợ giúp pháp lý', awardTypeName: 'Cờ thi đua ngành Tư pháp', status: 'APPROVED' }]),
    ...Object.fromEntries(Object.entries(posts).map(([what, answer]) => [`POST /api/v1/history/periods/{periodId}/${what}`, answer])),
  });
}

function render(fake: ReturnType<typeof api>, ui: React.ReactElement) {
  return renderWithProviders(ui, { api: fake, route: '/history/p18' });
}

async function choose(form: HTMLElement, label: string, option: string) {
  fireEvent.mouseDown(within(form).getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(option);
  fireEvent.click(options[options.length - 1]);
}

async function posted(fake: ReturnType<typeof api>, what: string) {
  await waitFor(() => expect(fake.requests.some((r) => r.method === 'POST' && r.url.endsWith(`/${what}`))).toBe(true));
  const post = fake.requests.find((r) => r.method === 'POST' && r.url.endsWith(`/${what}`))!;
  expect(new URL(post.url).pathname).toBe(`/api/v1/history/periods/p18/${what}`);
  return (await post.clone().json()) as Record<string, unknown>;
}

describe('Nhập dữ liệu năm cũ: cụm, phong trào, hồ sơ, quyết định', () => {
  it('records a cluster with its members and head', async () => {
    const user = userEvent.setup();
    const fake = api({ clusters: () => ({ id: 'k1' }) });
    render(fake, <ClusterEntry periodId="p18" choices={choices} />);
    const form = await screen.findByRole('form', { name: 'Cụm, khối thi đua của năm' });
    fireEvent.change(within(form).getByLabelText('Tên cụm, khối'), { target: { value: 'Cụm thi đua số III năm 2018' } });
    await choose(form, 'Đơn vị thành viên', 'Cục Trợ giúp pháp lý');
    await choose(form, 'Đơn vị thành viên', 'Vụ Phổ biến, giáo dục pháp luật');
    await choose(form, 'Cụm trưởng', 'Cục Trợ giúp pháp lý');
    await user.click(within(form).getByRole('button', { name: 'Ghi cụm, khối' }));
    expect(await posted(fake, 'clusters')).toEqual({
      periodId: 'p18',
      name: 'Cụm thi đua số III năm 2018',
      kind: 'CUM',
      memberUnitIds: ['u1', 'u2'],
      headUnitId: 'u1',
      deputyUnitIds: [],
    });
    expect(await screen.findByText('Đã ghi cụm, khối thi đua (nhập bổ sung)')).toBeInTheDocument();
  });

  it('records the campaign and shows a server field error under its field', async () => {
    const user = userEvent.setup();
    const fake = api({
      campaigns: () =>
        problemResponse(400, {
          title: 'Dữ liệu không hợp lệ',
          errors: [{ field: 'endDate', message: 'Ngày kết thúc phải nằm trong kỳ thi đua 2018' }],
        }),
    });
    render(fake, <CampaignEntry periodId="p18" choices={choices} />);
    const form = await screen.findByRole('form', { name: 'Phong trào thi đua của năm' });
    await user.click(within(form).getByRole('button', { name: 'Ghi phong trào' }));
    await waitFor(() => expect(within(form).getAllByText('Bắt buộc nhập').length).toBeGreaterThanOrEqual(4));
    expect(fake.requests.some((r) => r.method === 'POST')).toBe(false);

    fireEvent.change(within(form).getByLabelText('Tên phong trào'), { target: { value: 'Phong trào thi đua năm 2018' } });
    fireEvent.change(within(form).getByLabelText('Ngày bắt đầu'), { target: { value: '2018-01-15' } });
    fireEvent.change(within(form).getByLabelText('Ngày kết thúc'), { target: { value: '2019-02-15' } });
    await choose(form, 'Đơn vị tham gia', 'Cục Trợ giúp pháp lý');
    await user.click(within(form).getByRole('button', { name: 'Ghi phong trào' }));
    expect(await posted(fake, 'campaigns')).toEqual({
      title: 'Phong trào thi đua năm 2018',
      type: 'REGULAR',
      scope: 'SECTOR',
      startDate: '2018-01-15',
      endDate: '2019-02-15',
      targetSelector: 'LIST',
      targetUnitIds: ['u1'],
      periodId: 'p18',
    });
    expect(await within(form).findByText('Ngày kết thúc phải nằm trong kỳ thi đua 2018')).toBeInTheDocument();
  });

  it('records a collective’s flag dossier citing the cluster’s election of the period', async () => {
    const user = userEvent.setup();
    const fake = api({ dossiers: () => ({ id: 'n2', status: 'APPROVED' }) });
    render(fake, <DossierEntry periodId="p18" choices={choices} />);
    const form = await screen.findByRole('form', { name: 'Hồ sơ đề nghị đã được duyệt' });
    await choose(form, 'Đơn vị đề nghị', 'Cục Trợ giúp pháp lý');
    await user.click(within(form).getByLabelText('Tập thể'));
    await choose(form, 'Tập thể được đề nghị', 'Cục Trợ giúp pháp lý');
    await choose(form, 'Hình thức, danh hiệu', 'Cờ thi đua ngành Tư pháp');
    fireEvent.mouseDown(within(form).getByRole('combobox', { name: 'Kết quả suy tôn của cụm' }));
    expect(screen.queryByTitle('Phiên của kỳ khác')).toBeNull(); // another period's cluster
    fireEvent.click(await screen.findByTitle('Suy tôn Cờ thi đua ngành Tư pháp năm 2018'));
    fireEvent.change(within(form).getByLabelText('Tóm tắt thành tích'), { target: { value: 'Dẫn đầu Cụm thi đua số III năm 2018' } });
    await user.click(within(form).getByRole('button', { name: 'Ghi hồ sơ' }));
    expect(await posted(fake, 'dossiers')).toEqual({
      unitId: 'u1',
      nomineeUnitId: 'u1',
      awardTypeId: 'a1',
      electionSessionId: 's18',
      achievements: 'Dẫn đầu Cụm thi đua số III năm 2018',
    });
  });

  it('records a person’s dossier from the proposing unit’s people', async () => {
    const user = userEvent.setup();
    const fake = api({ dossiers: () => ({ id: 'n3', status: 'APPROVED' }) });
    render(fake, <DossierEntry periodId="p18" choices={choices} />);
    const form = await screen.findByRole('form', { name: 'Hồ sơ đề nghị đã được duyệt' });
    await choose(form, 'Đơn vị đề nghị', 'Vụ Phổ biến, giáo dục pháp luật');
    await choose(form, 'Cá nhân được đề nghị', 'Trần Văn Lịch Sử');
    await choose(form, 'Hình thức, danh hiệu', 'Cờ thi đua ngành Tư pháp');
    fireEvent.change(within(form).getByLabelText('Tóm tắt thành tích'), { target: { value: 'Ba năm liền CSTĐCS' } });
    await user.click(within(form).getByRole('button', { name: 'Ghi hồ sơ' }));
    expect(await posted(fake, 'dossiers')).toEqual({ unitId: 'u2', personId: 'pe1', awardTypeId: 'a1', achievements: 'Ba năm liền CSTĐCS' });
    expect(fake.queriesTo('/api/v1/people').at(-1)?.get('unitId')).toBe('u2');
  });

  it('records a decision for the period’s approved dossiers and shows the server’s refusal', async () => {
    const user = userEvent.setup();
    const refusal = 'Ngày quyết định 01/03/2021 không thuộc thời gian xét khen thưởng của kỳ 2018.';
    const fake = api({ decisions: () => problemResponse(400, { title: 'Dữ liệu không hợp lệ', detail: refusal }) });
    render(fake, <DecisionEntry periodId="p18" />);
    const form = await screen.findByRole('form', { name: 'Quyết định khen thưởng' });
    fireEvent.change(within(form).getByLabelText('Số quyết định'), { target: { value: '12/QĐ-BTP' } });
    fireEvent.change(within(form).getByLabelText('Ngày quyết định'), { target: { value: '2021-03-01' } });
    fireEvent.change(within(form).getByLabelText('Người ký'), { target: { value: 'Lê Thành Long' } });
    fireEvent.change(within(form).getByLabelText('Chức vụ người ký'), { target: { value: 'Bộ trưởng Bộ Tư pháp' } });
    await choose(form, 'Hồ sơ được khen thưởng', 'Cục Trợ giúp pháp lý — Cờ thi đua ngành Tư pháp');
    await user.click(within(form).getByRole('button', { name: 'Ghi quyết định' }));
    expect(await posted(fake, 'decisions')).toEqual({
      number: '12/QĐ-BTP',
      decisionDate: '2021-03-01',
      signer: 'Lê Thành Long',
      signerTitle: 'Bộ trưởng Bộ Tư pháp',
      nominationIds: ['n1'],
    });
    await waitFor(() => expect(within(form).getByRole('alert')).toHaveTextContent(refusal));
    expect(fake.queriesTo('/api/v1/nominations')[0].get('status')).toBe('APPROVED');
    expect(fake.queriesTo('/api/v1/nominations')[0].get('periodId')).toBe('p18');
  });

  it('leaves the vote rules to the rule in force on the conference day when they are left blank', async () => {
    const user = userEvent.setup();
    const fake = api({ elections: () => ({ id: 's1', status: 'PUBLISHED' }) });
    render(fake, <ElectionEntry periodId="p18" choices={choices} />);
    const form = await screen.findByRole('form', { name: 'Kết quả suy tôn (phiếu giấy)' });
    expect(within(form).getByLabelText('Tỷ lệ đồng ý tối thiểu')).toHaveValue('');
    fireEvent.change(within(form).getByLabelText('Tên cuộc suy tôn'), { target: { value: 'Suy tôn năm 2018' } });
    await choose(form, 'Cụm, khối thi đua', 'Cụm thi đua số III');
    fireEvent.change(within(form).getByLabelText('Ngày hội nghị'), { target: { value: '2018-12-18' } });
    for (const [label, value] of [['Số phiếu phát ra', '3'], ['Số phiếu thu về', '3'], ['Số phiếu hợp lệ', '3']]) {
      fireEvent.change(within(form).getAllByLabelText(label)[0], { target: { value } });
    }
    await choose(form, 'Đơn vị được đề cử dòng 1', 'Cục Trợ giúp pháp lý');
    fireEvent.change(within(form).getByLabelText('Phiếu đồng ý dòng 1'), { target: { value: '2' } });
    await user.click(within(form).getByRole('button', { name: 'Ghi kết quả suy tôn' }));
    const body = await posted(fake, 'elections');
    expect(body.session).toMatchObject({ purpose: 'CLUSTER_ELECTION', mode: 'PAPER', clusterId: 'k18', sessionDate: '2018-12-18', rules: {} });
  });
});
