import { hbaseError, pb, hbase } from '@hbase-compat/hbase-codec';

/**
 * ByteArrayComparable implementations, decoded from Comparator{name = Java class, serialized}.
 * `compareTo(value)` returns what HBase's comparator returns for the cell value: 0 for a match,
 * otherwise the ordering of the comparator's operand against the value.
 */
export interface ValueComparator {
  compareTo(value: Buffer): number;
  /** The comparator's own operand (checkAndMutate treats an empty operand specially). */
  readonly operand: Buffer | undefined;
}

const PACKAGE = 'org.apache.hadoop.hbase.filter.';
const JAVA_CASE_INSENSITIVE = 0x02;
const JAVA_MULTILINE = 0x08;
const JAVA_DOTALL = 0x20;

export function decodeComparator(c: hbase.pb.IComparator | null | undefined): ValueComparator {
  const name = c?.name ?? '';
  const bytes = c?.serializedComparator ?? new Uint8Array();
  const short = name.startsWith(PACKAGE) ? name.slice(PACKAGE.length) : name;
  switch (short) {
    case 'BinaryComparator': {
      const v = Buffer.from(pb.BinaryComparator.decode(bytes).comparable?.value ?? []);
      return { operand: v, compareTo: (value) => Buffer.compare(v, value) };
    }
    case 'BinaryPrefixComparator': {
      const v = Buffer.from(pb.BinaryPrefixComparator.decode(bytes).comparable?.value ?? []);
      return { operand: v, compareTo: (value) => Buffer.compare(v, value.subarray(0, Math.min(v.length, value.length))) };
    }
    case 'LongComparator': {
      const v = Buffer.from(pb.LongComparator.decode(bytes).comparable?.value ?? []);
      const mine = v.readBigInt64BE(0);
      return {
        operand: v,
        compareTo: (value) => {
          if (value.length !== 8) throw hbaseError('DoNotRetryIOException', `LongComparator needs 8-byte values, got ${value.length}`);
          const theirs = value.readBigInt64BE(0);
          return mine === theirs ? 0 : mine < theirs ? -1 : 1;
        },
      };
    }
    case 'SubstringComparator': {
      const sub = (pb.SubstringComparator.decode(bytes).substr ?? '').toLowerCase();
      return { operand: Buffer.from(sub), compareTo: (value) => (value.toString('utf8').toLowerCase().includes(sub) ? 0 : 1) };
    }
    case 'RegexStringComparator': {
      const m = pb.RegexStringComparator.decode(bytes);
      const flags = m.patternFlags ?? 0;
      let re: RegExp;
      try {
        re = new RegExp(m.pattern ?? '', `${flags & JAVA_CASE_INSENSITIVE ? 'i' : ''}${flags & JAVA_MULTILINE ? 'm' : ''}${flags & JAVA_DOTALL ? 's' : ''}`);
      } catch (e) {
        throw hbaseError('DoNotRetryIOException', `java.util.regex.PatternSyntaxException: ${(e as Error).message}`);
      }
      const charset = (m.charset ?? 'UTF-8').toUpperCase() === 'ISO-8859-1' ? 'latin1' : 'utf8';
      return { operand: Buffer.from(m.pattern ?? ''), compareTo: (value) => (re.test(value.toString(charset)) ? 0 : 1) };
    }
    case 'NullComparator':
      // HBase compares against a null value; a stored cell always has a (possibly empty) value.
      return { operand: undefined, compareTo: () => 1 };
    case 'BitComparator': {
      const m = pb.BitComparator.decode(bytes);
      const v = Buffer.from(m.comparable?.value ?? []);
      const op = m.bitwiseOp ?? 1;
      return {
        operand: v,
        compareTo: (value) => {
          if (value.length !== v.length) return 1;
          for (let i = 0; i < v.length; i++) {
            const r = op === 1 ? v[i] & value[i] : op === 2 ? v[i] | value[i] : v[i] ^ value[i];
            if (r !== 0) return 0;
          }
          return 1;
        },
      };
    }
    default:
      throw hbaseError('DoNotRetryIOException', `java.lang.ClassNotFoundException: ${name} (comparator not supported by this server)`);
  }
}

/**
 * CompareFilter.compare: true when the cell passes. HBase keeps a cell when `value <op> operand`,
 * i.e. when the comparator's result (operand vs value) satisfies the mirrored relation.
 */
export function passes(op: number, compareResult: number): boolean {
  switch (op) {
    case 0: // LESS
      return compareResult > 0;
    case 1: // LESS_OR_EQUAL
      return compareResult >= 0;
    case 2: // EQUAL
      return compareResult === 0;
    case 3: // NOT_EQUAL
      return compareResult !== 0;
    case 4: // GREATER_OR_EQUAL
      return compareResult <= 0;
    case 5: // GREATER
      return compareResult < 0;
    case 6: // NO_OP
      return false;
    default:
      throw hbaseError('DoNotRetryIOException', `Unknown compare operator ${op}`);
  }
}
