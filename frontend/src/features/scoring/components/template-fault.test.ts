import i18n from '@/i18n';
import { faultPlace } from './template-fault';

const draft = {
  sections: [
    {
      code: 'A',
      title: 'Nhiệm vụ chuyên môn',
      maxPoints: 60,
      criteria: [
        { code: 'A.1', text: 'Thẩm định đúng hạn', maxPoints: 10, method: 'BANDED' as const },
        { code: '', text: '', maxPoints: 0, method: 'MANUAL' as const },
      ],
    },
  ],
};

describe('faultPlace', () => {
  it('names where a template fault lies by the draft’s own codes, in words', () => {
    expect(faultPlace('totalPoints', draft, i18n.t)).toBe('Tổng điểm');
    expect(faultPlace('sections[0].maxPoints', draft, i18n.t)).toBe('Phần A › Điểm chuẩn của phần');
    expect(faultPlace('sections[0].criteria[0].maxPoints', draft, i18n.t)).toBe('Phần A › Tiêu chí A.1 › Điểm chuẩn');
    expect(faultPlace('sections[0].criteria[0].bands[1]', draft, i18n.t)).toBe('Phần A › Tiêu chí A.1 › Mức 2');
    expect(faultPlace('sections[0].criteria[1].code', draft, i18n.t)).toBe('Phần A › Tiêu chí A2 › Mã');
  });

  it('never gives back a raw path', () => {
    expect(faultPlace('sections', draft, i18n.t)).toBe('Các phần');
    expect(faultPlace('somethingNew', draft, i18n.t)).toBe('');
    expect(faultPlace(undefined, draft, i18n.t)).toBe('');
  });
});
