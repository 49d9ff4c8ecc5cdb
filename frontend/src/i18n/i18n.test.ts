import en from './en.json';
import vi from './vi.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('dictionaries', () => {
  it('English has exactly the Vietnamese keys', () => {
    expect(keys(en).sort()).toEqual(keys(vi).sort());
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
