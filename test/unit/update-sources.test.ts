import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCE, firstCheckDelayMinutes, isAcceptableSourceUrl, nextCheckDelayMinutes, parseManagedPolicy, resolveTrustedKeys, resolveUpdateSources } from '../../src/background/update-sources.js';

const key = (id: string) => ({ kind: 'lureguard-public-key', algorithm: 'Ed25519', keyId: id, publicKey: 'AAAA' }) as const;

describe('update sources and trusted keys', () => {
  it('accepts https sources, and plain http only on this machine', () => {
    expect(isAcceptableSourceUrl('https://ngo.example.org/packs/index.json')).toBe(true);
    expect(isAcceptableSourceUrl('http://127.0.0.1:8080/index.json')).toBe(true);
    expect(isAcceptableSourceUrl('http://packs.example.org/index.json')).toBe(false);
    expect(isAcceptableSourceUrl('https://user:pw@example.org/i.json')).toBe(false);
    expect(isAcceptableSourceUrl('javascript:alert(1)')).toBe(false);
    expect(isAcceptableSourceUrl(42)).toBe(false);
  });

  it('reads managed policy and reports what it ignored', () => {
    const { policy, problems } = parseManagedPolicy({ updateSources: ['https://ngo.example.org/i.json', 'ftp://x'], trustedKeys: [key('ed25519:1'), { nope: 1 }], disableDefaultSource: true });
    expect(policy).toEqual({ updateSources: ['https://ngo.example.org/i.json'], trustedKeys: [key('ed25519:1')], disableDefaultSource: true });
    expect(problems).toHaveLength(2);
    expect(parseManagedPolicy(undefined).policy).toEqual({ updateSources: [], trustedKeys: [], disableDefaultSource: false });
  });

  it('puts policy sources first, then the default, then options, without duplicates', () => {
    const { policy } = parseManagedPolicy({ updateSources: ['https://ngo.example.org/i.json'] });
    const sources = resolveUpdateSources(policy, ['https://ngo.example.org/i.json', 'http://127.0.0.1:9/i.json', 'http://evil.example/i.json']);
    expect(sources).toEqual([
      { id: 'policy-1', url: 'https://ngo.example.org/i.json', origin: 'policy' },
      DEFAULT_SOURCE,
      { id: 'options-2', url: 'http://127.0.0.1:9/i.json', origin: 'options' },
    ]);
    expect(resolveUpdateSources({ ...policy, disableDefaultSource: true }, []).map((s) => s.origin)).toEqual(['policy']);
  });

  it('trusts bundled keys plus policy keys', () => {
    expect(resolveTrustedKeys([key('a'), key('b')], { updateSources: [], trustedKeys: [key('b'), key('c')], disableDefaultSource: false }).map((k) => k.keyId)).toEqual(['a', 'b', 'c']);
  });

  it('checks every 12 hours with up to an hour of jitter', () => {
    expect(nextCheckDelayMinutes(() => 0)).toBe(660);
    expect(nextCheckDelayMinutes(() => 0.5)).toBe(720);
    expect(nextCheckDelayMinutes(() => 0.999999)).toBe(780);
    expect(firstCheckDelayMinutes(() => 0)).toBe(5);
  });
});
