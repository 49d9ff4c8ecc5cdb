import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

/** `count_one` and `count_other` are one key: Vietnamese has a single plural form, English two. */
function withoutPluralForms(all: string[]): string[] {
  return [...new Set(all.map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();
}

describe('dictionaries', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(withoutPluralForms(keys(en))).toEqual(withoutPluralForms(keys(vi)));
  });

  it('words counts in the plural form of each language', async () => {
    const { default: i18n } = await import('.');
    expect(i18n.getFixedT('en')('inbox.overdueAlert', { count: 1 })).toBe('1 item is overdue — deal with it first.');
    expect(i18n.getFixedT('en')('inbox.overdueAlert', { count: 2 })).toBe('2 items are overdue — deal with them first.');
    expect(i18n.getFixedT('vi')('inbox.overdueAlert', { count: 1 })).toBe('Có 1 việc đã quá hạn — xử lý trước.');
  });

  it('has no empty text', () => {
    for (const dictionary of [vi, en]) {
      const empty = keys(dictionary).filter((key) => {
        const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], dictionary);
        return typeof text !== 'string' || text.trim() === '';
      });
      expect(empty).toEqual([]);
    }
  });
});
