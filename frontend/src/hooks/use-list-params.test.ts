import { sortFromSorter, sortOrderOf } from './use-list-params';

describe('table sorting ↔ API sort parameter', () => {
  it('maps antd sorter states to `field` and `-field`', () => {
    expect(sortFromSorter({ columnKey: 'name', order: 'ascend' })).toBe('name');
    expect(sortFromSorter({ columnKey: 'name', order: 'descend' })).toBe('-name');
    expect(sortFromSorter({ columnKey: 'name', order: null })).toBeUndefined();
  });

  it('tells a column how it is sorted', () => {
    expect(sortOrderOf('name', 'name')).toBe('ascend');
    expect(sortOrderOf('-name', 'name')).toBe('descend');
    expect(sortOrderOf('-name', 'kind')).toBeNull();
    expect(sortOrderOf(undefined, 'name')).toBeNull();
  });
});
