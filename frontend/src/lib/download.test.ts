import { saveBlob } from './download';

describe('saveBlob', () => {
  const created = vi.fn((_: Blob) => 'blob:http://localhost/1');
  const revoked = vi.fn((_: string) => undefined);

  beforeEach(() => {
    URL.createObjectURL = created;
    URL.revokeObjectURL = revoked;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    created.mockClear();
    revoked.mockClear();
  });

  it('clicks a detached link to the blob under the file name, then releases the URL', () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const blob = new Blob(['%PDF'], { type: 'application/pdf' });

    saveBlob(blob, 'quyet-dinh-12.pdf');

    expect(created).toHaveBeenCalledWith(blob);
    expect(clicked).toHaveLength(1);
    expect(clicked[0].download).toBe('quyet-dinh-12.pdf');
    expect(clicked[0].href).toBe('blob:http://localhost/1');
    expect(clicked[0].isConnected).toBe(false);
    expect(revoked).toHaveBeenCalledWith('blob:http://localhost/1');
  });

  it('releases the URL even when the browser refuses the download', () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('blocked');
    });

    expect(() => saveBlob(new Blob(['x']), 'x.xlsx')).toThrow('blocked');
    expect(revoked).toHaveBeenCalledWith('blob:http://localhost/1');
  });
});
