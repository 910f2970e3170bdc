import { isOriginAllowed } from './mcp-origin.js';

describe('isOriginAllowed', () => {
  const defaults = ['http://localhost:*', 'http://127.0.0.1:*', 'http://[::1]:*'];

  it('allows requests without Origin (agents, CLIs)', () => {
    expect(isOriginAllowed(undefined, [])).toBe(true);
  });

  it('allows localhost on any port with the default patterns', () => {
    expect(isOriginAllowed('http://localhost:6274', defaults)).toBe(true);
    expect(isOriginAllowed('http://127.0.0.1:8080', defaults)).toBe(true);
    expect(isOriginAllowed('http://[::1]:3000', defaults)).toBe(true);
    expect(isOriginAllowed('http://localhost', defaults)).toBe(true);
  });

  it('refuses other hosts, other schemes, null and garbage', () => {
    expect(isOriginAllowed('http://evil.example.com', defaults)).toBe(false);
    expect(isOriginAllowed('http://localhost.evil.com:80', defaults)).toBe(false);
    expect(isOriginAllowed('https://localhost:443', defaults)).toBe(false);
    expect(isOriginAllowed('null', defaults)).toBe(false);
    expect(isOriginAllowed('not a url', defaults)).toBe(false);
  });

  it('matches exact origins including the default port', () => {
    expect(isOriginAllowed('https://app.example.com', ['https://app.example.com'])).toBe(true);
    expect(isOriginAllowed('https://app.example.com:443', ['https://app.example.com'])).toBe(true);
    expect(isOriginAllowed('https://app.example.com:8443', ['https://app.example.com'])).toBe(false);
  });

  it('`*` allows every origin', () => {
    expect(isOriginAllowed('http://anything.example', ['*'])).toBe(true);
  });
});
