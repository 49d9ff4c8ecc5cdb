import { ApiError } from './problem';
import { fieldPath, problemFields } from './problem-fields';

describe('problem fields', () => {
  it('turns an API field path into a form name path', () => {
    expect(fieldPath('name')).toEqual(['name']);
    expect(fieldPath('entries[0].reason')).toEqual(['entries', 0, 'reason']);
    expect(fieldPath('rows[12].awardType')).toEqual(['rows', 12, 'awardType']);
  });

  it('puts each message under the form field it names and leaves the others to the detail', () => {
    const error = new ApiError(400, {
      type: '/problems/validation',
      title: 'Dữ liệu không hợp lệ',
      status: 400,
      detail: 'Tên: không được để trống; Ngày kết thúc: không được trước ngày bắt đầu',
      errors: [
        { field: 'name', message: 'không được để trống' },
        { field: 'endDate', message: 'không được trước ngày bắt đầu' },
        { field: 'launchingUnitId', message: 'bắt buộc nhập' },
      ],
    });

    expect(problemFields(error, new Set(['name', 'endDate']))).toEqual([
      { name: ['name'], errors: ['không được để trống'] },
      { name: ['endDate'], errors: ['không được trước ngày bắt đầu'] },
    ]);
    expect(problemFields(new TypeError('offline'), new Set(['name']))).toEqual([]);
  });
});
