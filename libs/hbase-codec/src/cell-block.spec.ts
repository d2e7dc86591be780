import fc from 'fast-check';
import { CellType, type Cell, compareCells } from './cell';
import { ByteWriter } from './byte-writer';
import { decodeCellBlock, encodeCellBlock, writeCell } from './cell-block';
import { ProtocolError } from './protocol-error';

// Golden bytes computed independently (Python struct) from the KeyValue layout.
const GOLDEN_PUT = '0000002000000013000000050004726f7731026366710000018bcfe568000476616c7565';
const GOLDEN_PUT_WITH_TAGS = '0000002800000013000000050004726f7731026366710000018bcfe568000476616c75650006000407616263';

const cell = (over: Partial<Cell> = {}): Cell => ({
  row: Buffer.from('row1'),
  family: Buffer.from('cf'),
  qualifier: Buffer.from('q'),
  timestamp: 1700000000000n,
  type: CellType.Put,
  value: Buffer.from('value'),
  ...over,
});

describe('KeyValueCodec cell blocks', () => {
  it('encodes a put cell byte for byte', () => {
    expect(encodeCellBlock([cell()]).toString('hex')).toBe(GOLDEN_PUT);
  });

  it('decodes the golden cell', () => {
    const [c] = decodeCellBlock(Buffer.from(GOLDEN_PUT, 'hex'));
    expect(c.row.toString()).toBe('row1');
    expect(c.family.toString()).toBe('cf');
    expect(c.qualifier.toString()).toBe('q');
    expect(c.timestamp).toBe(1700000000000n);
    expect(c.type).toBe(CellType.Put);
    expect(c.value.toString()).toBe('value');
    expect(c.tags).toBeUndefined();
  });

  it('writes tags only with KeyValueCodecWithTags, and reads them back', () => {
    const tagged = cell({ tags: Buffer.from('000407616263', 'hex') });
    expect(encodeCellBlock([tagged], true).toString('hex')).toBe(GOLDEN_PUT_WITH_TAGS);
    expect(encodeCellBlock([tagged], false).toString('hex')).toBe(GOLDEN_PUT);
    const [c] = decodeCellBlock(Buffer.from(GOLDEN_PUT_WITH_TAGS, 'hex'), true);
    expect(c.tags?.toString('hex')).toBe('000407616263');
  });

  it('rejects trailing tag bytes on a KeyValueCodec connection', () => {
    expect(() => decodeCellBlock(Buffer.from(GOLDEN_PUT_WITH_TAGS, 'hex'), false)).toThrow(ProtocolError);
  });

  it('round-trips arbitrary cells', () => {
    const arbCell = fc.record({
      row: fc.uint8Array({ minLength: 1, maxLength: 64 }).map((a) => Buffer.from(a)),
      family: fc.uint8Array({ maxLength: 20 }).map((a) => Buffer.from(a)),
      qualifier: fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      timestamp: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      type: fc.constantFrom(CellType.Put, CellType.Delete, CellType.DeleteColumn, CellType.DeleteFamily, CellType.DeleteFamilyVersion),
      value: fc.uint8Array({ maxLength: 100 }).map((a) => Buffer.from(a)),
    });
    fc.assert(
      fc.property(fc.array(arbCell, { maxLength: 8 }), (cells) => {
        const back = decodeCellBlock(encodeCellBlock(cells));
        expect(back.length).toBe(cells.length);
        back.forEach((b, i) => expect(compareCells(b, cells[i])).toBe(0));
        back.forEach((b, i) => expect(b.value.equals(cells[i].value)).toBe(true));
      }),
    );
  });

  it('writes a block as writeCell writes its cells one after another, tags included', () => {
    const arbCell = fc.record({
      row: fc.uint8Array({ minLength: 1, maxLength: 80 }).map((a) => Buffer.from(a)),
      family: fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
      qualifier: fc.uint8Array({ maxLength: 80 }).map((a) => Buffer.from(a)),
      timestamp: fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }),
      type: fc.constantFrom(CellType.Put, CellType.Delete),
      value: fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
      tags: fc.option(
        fc.uint8Array({ maxLength: 40 }).map((a) => Buffer.from(a)),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(fc.array(arbCell, { maxLength: 6 }), fc.boolean(), (cells, withTags) => {
        const w = new ByteWriter(16);
        for (const c of cells) writeCell(w, c, withTags);
        expect(encodeCellBlock(cells, withTags).toString('hex')).toBe(w.finish().toString('hex'));
      }),
    );
  });

  it('turns arbitrary bytes into cells or a ProtocolError, nothing else', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeCellBlock(Buffer.from(bytes), true);
        } catch (e) {
          expect(e).toBeInstanceOf(ProtocolError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cell order', () => {
  it('orders row, family, qualifier ascending unsigned, then newest first, then delete before put', () => {
    const cells = [
      cell({ row: Buffer.from([0x80]) }),
      cell({ row: Buffer.from([0x01]) }),
      cell({ timestamp: 5n }),
      cell({ timestamp: 9n }),
      cell({ timestamp: 9n, type: CellType.DeleteColumn }),
    ];
    const sorted = [...cells].sort(compareCells);
    expect(sorted.map((c) => `${c.row.toString('hex')}/${c.timestamp}/${c.type}`)).toEqual([
      '01/1700000000000/4',
      '726f7731/9/12',
      '726f7731/9/4',
      '726f7731/5/4',
      '80/1700000000000/4',
    ]);
  });
});
