import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/testing/render';
import type { EligibilityReport } from '../api/nominations';
import { EligibilityChecklist } from './EligibilityChecklist';

const report: EligibilityReport = {
  nominationId: 'n1',
  awardTypeCode: 'CSTD_NGANH',
  awardTypeName: 'Chiến sĩ thi đua ngành Tư pháp',
  year: 2025,
  parametersDate: '2025-12-31',
  overall: 'NEEDS_EVIDENCE',
  checkedAt: '2026-01-10T02:00:00Z',
  language: 'vi',
  rules: [
    {
      ruleId: 'R-CSTD-BO',
      name: 'Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp',
      verdict: 'NEEDS_EVIDENCE',
      explanation: '3 năm liên tục đạt Chiến sĩ thi đua cơ sở (2023, 2024, 2025) nhưng chưa có sáng kiến cấp Bộ chưa sử dụng',
      legalSource: 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15',
      citations: [{ text: 'Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15', binding: 'LAW' }],
    },
    {
      ruleId: 'R-EVIDENCE',
      name: 'Hồ sơ có tờ trình và báo cáo thành tích',
      verdict: 'NEEDS_EVIDENCE',
      explanation: 'Hồ sơ còn thiếu: tờ trình; báo cáo thành tích',
      legalSource: 'Mẫu số 01 và Mẫu số 02 Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP; Thực tiễn Sở Tư pháp Đồng Tháp',
      citations: [
        { text: 'Mẫu số 01 và Mẫu số 02 Phụ lục I ban hành kèm theo Nghị định số 98/2023/NĐ-CP', binding: 'LAW' },
        { text: 'Thực tiễn Sở Tư pháp Đồng Tháp', binding: 'PRACTICE' },
      ],
    },
  ],
  notes: ['Tham số R-BK-TTG(b) / consecutiveYears không có giá trị hiệu lực ngày 31/12/2020'],
  receipt: {
    evaluationDate: '2025-12-31',
    ruleSetHash: 'a'.repeat(64),
    hashAlgorithm: 'SHA-256',
    parameters: [
      {
        ruleId: 'R-CSTD-BO',
        key: 'consecutiveCstdcsYears',
        versionId: 'v2',
        effectiveFrom: '2024-01-01',
        value: '3',
        legalSource: 'Luật Thi đua, khen thưởng 2022, Điều 22',
      },
    ],
    changes: [],
  },
};

const changed: EligibilityReport = {
  ...report,
  receipt: {
    ...report.receipt,
    ruleSetHash: 'b'.repeat(64),
    previousHash: 'a'.repeat(64),
    changes: [
      {
        ruleId: 'R-CSTD-BO',
        key: 'consecutiveCstdcsYears',
        before: { ruleId: 'R-CSTD-BO', key: 'consecutiveCstdcsYears', value: '3' },
        after: {
          ruleId: 'R-CSTD-BO',
          key: 'consecutiveCstdcsYears',
          versionId: 'v3',
          effectiveFrom: '2025-01-01',
          effectiveTo: '2025-12-31',
          value: '4',
        },
      },
    ],
  },
};

describe('Eligibility checklist', () => {
  it('shows each rule by its Vietnamese name with its explanation, the law cited and a practice marked for reference', async () => {
    renderWithProviders(<EligibilityChecklist report={report} />);

    const table = await screen.findByRole('table', { name: 'Kiểm tra điều kiện theo quy định' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);

    expect(within(rows[0]).getByText('Tiêu chuẩn danh hiệu Chiến sĩ thi đua ngành Tư pháp')).toBeInTheDocument();
    expect(within(rows[0]).getByText('R-CSTD-BO')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Cần bổ sung minh chứng')).toBeInTheDocument();
    expect(within(rows[0]).getByText(/\(2023, 2024, 2025\) nhưng chưa có sáng kiến cấp Bộ/)).toBeInTheDocument();
    expect(within(rows[0]).getByText('Điều 22 Luật Thi đua, khen thưởng số 06/2022/QH15')).toBeInTheDocument();
    // law is cited as law: no "tham khảo" on it
    expect(within(rows[0]).queryByText('tham khảo')).toBeNull();

    expect(within(rows[1]).getByText('Hồ sơ còn thiếu: tờ trình; báo cáo thành tích')).toBeInTheDocument();
    const practice = within(rows[1]).getByText(/Thực tiễn Sở Tư pháp Đồng Tháp/);
    expect(within(practice).getByText('tham khảo')).toBeInTheDocument();
    const law = within(rows[1]).getByText(/Phụ lục I ban hành kèm theo Nghị định số 98\/2023\/NĐ-CP/);
    expect(within(law).queryByText('tham khảo')).toBeNull();
  });

  it('names the award instead of its code and writes dates as dd/MM/yyyy', async () => {
    renderWithProviders(<EligibilityChecklist report={report} />);

    const overall = await screen.findByText(/Kết luận chung/);
    expect(overall).toHaveTextContent('Chiến sĩ thi đua ngành Tư pháp');
    expect(screen.queryByText(/CSTD_NGANH/)).toBeNull();
    expect(screen.getByText(/tham số quy định áp dụng ngày 31\/12\/2025/)).toBeInTheDocument();
    expect(screen.queryByText(/2025-12-31/)).toBeNull();
    expect(screen.getByText(/không có giá trị hiệu lực ngày 31\/12\/2020/)).toBeInTheDocument();
  });

  it('keeps the receipt collapsed, then shows the evaluation date, versions, hash and no change', async () => {
    renderWithProviders(<EligibilityChecklist report={report} />);

    const header = await screen.findByText('Biên nhận quy tắc đã áp dụng');
    expect(screen.queryByText('a'.repeat(64))).toBeNull();
    await userEvent.click(header);
    expect(await screen.findByText('a'.repeat(64))).toBeInTheDocument();
    expect(screen.getByText('Ngày đánh giá')).toBeInTheDocument();
    expect(screen.getByText('31/12/2025')).toBeInTheDocument();
    expect(screen.getByText('R-CSTD-BO/consecutiveCstdcsYears')).toBeInTheDocument();
    expect(screen.getByText(/3 \(01\/01\/2024 – nay\)/)).toBeInTheDocument();
    expect(screen.getByText('Không có thay đổi so với lần đánh giá trước')).toBeInTheDocument();
  });

  it('lists what changed since the previous rule set', async () => {
    renderWithProviders(<EligibilityChecklist report={changed} />);

    await userEvent.click(await screen.findByText('Biên nhận quy tắc đã áp dụng'));
    expect(await screen.findByText('Thay đổi so với lần trước')).toBeInTheDocument();
    expect(screen.getByText(/3 \(mặc định \(không có phiên bản hiệu lực\)\) → 4 \(01\/01\/2025 – 31\/12\/2025\)/)).toBeInTheDocument();
    expect(screen.getByText('Lần trước: mã băm aaaaaaaaaaaa')).toBeInTheDocument();
    expect(screen.queryByText('Không có thay đổi so với lần đánh giá trước')).toBeNull();
  });
});
