import { render, screen } from '@testing-library/react';
import { Form, Input } from 'antd';
import { ApiError } from '@/lib/api/problem';
import { useProblemFields } from './use-problem-fields';

function RulesForm({ error, rename }: { error: unknown; rename?: Record<string, string> }) {
  const [form] = Form.useForm();
  useProblemFields(form, error, rename);
  return (
    <Form form={form}>
      <Form.Item name="quorum" label="Tỷ lệ tối thiểu">
        <Input />
      </Form.Item>
      <Form.Item name="period" label="Thời gian">
        <Input />
      </Form.Item>
    </Form>
  );
}

const refused = new ApiError(400, {
  type: '/problems/validation',
  title: 'Dữ liệu không hợp lệ',
  status: 400,
  errors: [
    { field: 'rules.quorum', message: 'phải từ 0 đến 1' },
    { field: 'startDate', message: 'không được sau ngày kết thúc' },
    { field: 'candidates[0].ref', message: 'không có trong danh sách' },
  ],
});

describe('useProblemFields', () => {
  it('puts each message under the form field that edits it, renamed or flattened', async () => {
    render(<RulesForm error={refused} rename={{ rules: '', startDate: 'period' }} />);

    expect(await screen.findByText('phải từ 0 đến 1')).toBeInTheDocument();
    expect(screen.getByText('không được sau ngày kết thúc')).toBeInTheDocument();
    expect(screen.queryByText('không có trong danh sách')).not.toBeInTheDocument();
  });

  it('leaves the form alone without a problem or for fields it does not show', () => {
    const { rerender } = render(<RulesForm error={null} />);
    rerender(<RulesForm error={new TypeError('offline')} />);
    rerender(<RulesForm error={refused} />);

    expect(screen.queryByText('phải từ 0 đến 1')).not.toBeInTheDocument();
    expect(screen.queryByText('không được sau ngày kết thúc')).not.toBeInTheDocument();
  });
});
