import { splitHostPort } from './host-port';

describe('splitHostPort', () => {
  it('splits at the last colon and drops IPv6 brackets', () => {
    expect(splitHostPort('localhost:9123')).toEqual(['localhost', 9123]);
    expect(splitHostPort('[::1]:16020')).toEqual(['::1', 16020]);
  });

  it('refuses a missing or out-of-range port', () => {
    for (const bad of ['localhost', ':9123', 'host:', 'host:0', 'host:65536', 'host:12x']) expect(() => splitHostPort(bad)).toThrow();
  });
});
