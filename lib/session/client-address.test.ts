import { describe, expect, it } from 'vitest';
import { clientAddress, requestAddress } from './client-address';

describe('clientAddress', () => {
  it('without a trusted proxy the header holds the socket address (proxy.ts drops a client-sent one)', () => {
    expect(clientAddress('127.0.0.1', 0)).toBe('127.0.0.1');
    expect(clientAddress(null, 0)).toBeNull();
  });

  it('behind nginx ($proxy_add_x_forwarded_for) the rightmost entry is the one nginx saw', () => {
    // The client wrote "1.2.3.4, 5.6.7.8" itself; nginx appended the real address.
    expect(clientAddress('1.2.3.4, 5.6.7.8, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7', 1)).toBe('203.0.113.7');
  });

  it('behind two trusted hops, the entry the outer proxy wrote', () => {
    expect(clientAddress('9.9.9.9, 203.0.113.7, 10.0.0.2', 2)).toBe('203.0.113.7');
    expect(clientAddress('2001:db8::1, 10.0.0.2', 2)).toBe('2001:db8::1');
  });

  it('a chain shorter than the trusted hops, or something that is not an address, is unknown', () => {
    expect(clientAddress('203.0.113.7', 2)).toBeNull();
    expect(clientAddress('1.2.3.4, evil\nlog line', 1)).toBeNull();
    expect(clientAddress('1.2.3.4, ', 1)).toBeNull();
  });
});

describe('requestAddress', () => {
  it('without a trusted proxy: the stamped socket address, never a client-sent X-Forwarded-For', () => {
    const h = new Headers({ 'x-totem-peer-address': '192.0.2.10', 'x-forwarded-for': '6.6.6.6' });
    expect(requestAddress(h, 0)).toBe('192.0.2.10');
    expect(requestAddress(new Headers({ 'x-forwarded-for': '6.6.6.6' }), 0)).toBeNull();
    expect(requestAddress(new Headers({ 'x-totem-peer-address': 'evil; line' }), 0)).toBeNull();
  });

  it('behind trusted proxies: the X-Forwarded-For entry they wrote', () => {
    const h = new Headers({ 'x-totem-peer-address': '10.0.0.2', 'x-forwarded-for': '6.6.6.6, 203.0.113.7' });
    expect(requestAddress(h, 1)).toBe('203.0.113.7');
  });
});
