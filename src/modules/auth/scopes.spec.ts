import { grants, missingScopes, parseScopes } from './scopes.js';

describe('scopes', () => {
  it('grants exact, `*` and `prefix:*`', () => {
    expect(grants(['apps:read'], 'apps:read')).toBe(true);
    expect(grants(['*'], 'deploy:write')).toBe(true);
    expect(grants(['mcp:*'], 'mcp:execute')).toBe(true);
    expect(grants(['mcp:*'], 'apps:read')).toBe(false);
    expect(grants(['apps:read'], 'apps:write')).toBe(false);
    expect(grants(['apps'], 'apps:read')).toBe(false);
  });

  it('never grants an admin scope through a prefix wildcard', () => {
    expect(grants(['mcp:*'], 'mcp:admin')).toBe(false);
    expect(grants(['nlp:*'], 'nlp:admin')).toBe(false);
    expect(grants(['mcp:admin'], 'mcp:admin')).toBe(true);
    expect(grants(['*'], 'mcp:admin')).toBe(true);
  });

  it('lists what is missing', () => {
    expect(missingScopes(['apps:read'], ['apps:read', 'deploy:read'])).toEqual(['deploy:read']);
  });

  it('parses space/comma strings and arrays, ignoring junk', () => {
    expect(parseScopes('a:b  c:d,e:f')).toEqual(['a:b', 'c:d', 'e:f']);
    expect(parseScopes(['a:b', 3, ''])).toEqual(['a:b']);
    expect(parseScopes(undefined)).toEqual([]);
  });
});
