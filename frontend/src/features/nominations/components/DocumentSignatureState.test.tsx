import { screen } from '@testing-library/react';
import { renderWithProviders } from '@/testing/render';
import { DocumentSignatureState } from './DocumentSignatureState';

describe('Document signature state', () => {
  it('shows a valid signature with its signer and time in Vietnam', () => {
    renderWithProviders(
      <DocumentSignatureState
        signature={{ status: 'VALID', signerName: 'Nguyễn Văn An', signerOrganisation: 'Sở Tư pháp tỉnh Lào Cai', signingTime: '2026-01-05T02:00:00Z' }}
      />,
    );
    expect(screen.getByText('Chữ ký số hợp lệ')).toBeInTheDocument();
    expect(screen.getByText(/Nguyễn Văn An — Sở Tư pháp tỉnh Lào Cai/)).toHaveTextContent('05/01/2026 09:00');
  });

  it('shows an invalid signature with the reason the server gave', () => {
    renderWithProviders(
      <DocumentSignatureState
        signature={{ status: 'INVALID', signerName: 'Nguyễn Văn An', reason: 'Chứng thư số không thuộc danh sách tổ chức chứng thực được tin cậy.' }}
      />,
    );
    expect(screen.getByText('Chữ ký số không hợp lệ')).toBeInTheDocument();
    expect(screen.getByText('Chứng thư số không thuộc danh sách tổ chức chứng thực được tin cậy.')).toBeInTheDocument();
  });

  it('says an unsigned file is not signed, and shows nothing for a file not checked', () => {
    const { container } = renderWithProviders(
      <>
        <DocumentSignatureState signature={{ status: 'UNSIGNED' }} />
        <DocumentSignatureState signature={undefined} />
      </>,
    );
    expect(screen.getByText('Chưa ký số')).toBeInTheDocument();
    expect(container.querySelectorAll('[data-testid="document-signature"]')).toHaveLength(1);
  });
});
