import i18n from '@/i18n';
import { codeLabel } from './labels';

describe('codeLabel', () => {
  it('names a code from its dictionary group, in the current language', async () => {
    expect(codeLabel(i18n.t, 'history.actions', 'put-on-agenda')).toBe('Đưa ra Hội đồng');
    expect(codeLabel(i18n.t, ['enums.campaignStatus', 'enums.registrationStatus'], 'APPROVED')).toBe('Đã duyệt');
    await i18n.changeLanguage('en');
    expect(codeLabel(i18n.t, 'history.actions', 'put-on-agenda')).toBe('Put before the council');
  });

  it('never shows a raw code the dictionary does not know', () => {
    expect(codeLabel(i18n.t, 'history.actions', 'teleport', 'Thao tác khác')).toBe('Thao tác khác');
    expect(codeLabel(i18n.t, 'history.actions', 'teleport')).toBe('');
    expect(codeLabel(i18n.t, 'history.actions', undefined, 'x')).toBe('');
  });
});
