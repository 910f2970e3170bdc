import { checkProviderUrl, isBlockedAddress } from './url-guard.js';

const resolveTo =
  (...addresses: string[]) =>
  async () =>
    addresses.map((address) => ({ address }));

describe('checkProviderUrl (SSRF)', () => {
  it.each([
    'http://127.0.0.1:9000/mcp',
    'http://169.254.169.254/latest/meta-data',
    'http://10.1.2.3/',
    'http://192.168.1.1/',
    'http://172.20.0.1/',
    'http://[::1]/',
    'http://[fe80::1]/',
    'http://[::ffff:127.0.0.1]/',
    'http://0.0.0.0/',
    'http://localhost:8080/',
  ])('refuses %s', async (url) => {
    expect((await checkProviderUrl(url, [], resolveTo('93.184.216.34'))).ok).toBe(false);
  });

  it('refuses other schemes and credentials', async () => {
    expect(await checkProviderUrl('file:///etc/passwd', [])).toMatchObject({ ok: false });
    expect(await checkProviderUrl('ftp://example.com/', [])).toMatchObject({ ok: false });
    expect(await checkProviderUrl('https://u:p@example.com/', [], resolveTo('93.184.216.34'))).toMatchObject({
      ok: false,
    });
  });

  it('refuses hostnames that resolve to internal addresses', async () => {
    const r = await checkProviderUrl(
      'https://metadata.example/',
      [],
      resolveTo('93.184.216.34', '169.254.169.254'),
    );
    expect(r).toMatchObject({ ok: false, reason: expect.stringContaining('169.254.169.254') });
  });

  it('accepts public hosts and allow-listed internal ones', async () => {
    expect((await checkProviderUrl('https://api.example.com/mcp', [], resolveTo('93.184.216.34'))).ok).toBe(
      true,
    );
    expect((await checkProviderUrl('http://127.0.0.1:9000/mcp', ['127.0.0.1'])).ok).toBe(true);
    expect((await checkProviderUrl('http://mcp.internal/', ['MCP.internal'], resolveTo('10.0.0.5'))).ok).toBe(
      true,
    );
  });

  it('classifies addresses', () => {
    expect(isBlockedAddress('8.8.8.8')).toBe(false);
    expect(isBlockedAddress('100.64.0.1')).toBe(true);
    expect(isBlockedAddress('2606:4700::1111')).toBe(false);
    expect(isBlockedAddress('fd00::1')).toBe(true);
  });
});
