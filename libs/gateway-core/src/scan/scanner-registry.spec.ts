import { HBaseRemoteError } from '@hbase-compat/hbase-codec';
import { ScannerRegistry } from './scanner-registry';

/** A scanner that only records whether it was closed. */
function fakeScanner(): { close(): void; closed: boolean } {
  const s = {
    closed: false,
    close() {
      s.closed = true;
    },
  };
  return s;
}

function exceptionOf(fn: () => unknown): HBaseRemoteError {
  try {
    fn();
  } catch (e) {
    if (e instanceof HBaseRemoteError) return e;
    throw e;
  }
  throw new Error('expected an HBase exception');
}

describe('ScannerRegistry ceilings', () => {
  it('refuses a connection its scanner past hbase.compat.rpc.connection.max.scanners, and only that connection', () => {
    const registry = new ScannerRegistry(60_000, { maxOpen: 100, maxPerConnection: 2 });
    registry.open(fakeScanner(), 'a:1');
    registry.open(fakeScanner(), 'a:1');
    const refused = exceptionOf(() => registry.open(fakeScanner(), 'a:1'));
    expect(refused.kind.className).toBe('org.apache.hadoop.hbase.RegionTooBusyException');
    expect(refused.message).toContain('hbase.compat.rpc.connection.max.scanners');
    expect(() => registry.open(fakeScanner(), 'b:2')).not.toThrow();
    expect(registry.size).toBe(3);
    registry.closeAll();
  });

  it('refuses every connection past hbase.compat.scanner.max.open, and admits again once a scanner closes', () => {
    const registry = new ScannerRegistry(60_000, { maxOpen: 2, maxPerConnection: 10 });
    const first = registry.open(fakeScanner(), 'a:1');
    registry.open(fakeScanner(), 'b:2');
    expect(exceptionOf(() => registry.open(fakeScanner(), 'c:3')).message).toContain('hbase.compat.scanner.max.open');
    registry.retire(first, 1);
    expect(() => registry.open(fakeScanner(), 'c:3')).not.toThrow();
    registry.closeAll();
  });

  it('gives a connection its count back when its scanners close or their leases end', async () => {
    const registry = new ScannerRegistry(50, { maxOpen: 100, maxPerConnection: 1 });
    const scanner = fakeScanner();
    const id = registry.open(scanner, 'a:1');
    expect(() => registry.open(fakeScanner(), 'a:1')).toThrow(HBaseRemoteError);
    registry.close(id);
    const leased = fakeScanner();
    registry.open(leased, 'a:1');
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(leased.closed).toBe(true);
    expect(registry.size).toBe(0);
    expect(() => registry.open(fakeScanner(), 'a:1')).not.toThrow();
    registry.closeAll();
  });
});
