import { type HBaseRemoteError, hbaseError, pb, hbase } from '@hbase-compat/hbase-codec';

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
const JAVA_LITERAL = 0x10;

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
          // HBase reads cell values through ByteBufferUtils.toLong: the first 8 bytes, unchecked, so a
          // shorter value is read together with whatever follows it; here it is zero-padded.
          const theirs = (value.length >= 8 ? value : Buffer.concat([value, Buffer.alloc(8 - value.length)])).readBigInt64BE(0);
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
        const source = flags & JAVA_LITERAL ? (m.pattern ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : (m.pattern ?? '');
        re = new RegExp(source, `${flags & JAVA_CASE_INSENSITIVE ? 'i' : ''}${flags & JAVA_MULTILINE ? 'm' : ''}${flags & JAVA_DOTALL ? 's' : ''}`);
      } catch (e) {
        throw hbaseError('DoNotRetryIOException', `java.util.regex.PatternSyntaxException: ${(e as Error).message}`);
      }
      const charset = (m.charset ?? 'UTF-8').toUpperCase() === 'ISO-8859-1' ? 'latin1' : 'utf8';
      return { operand: Buffer.from(m.pattern ?? ''), compareTo: (value) => (re.test(value.toString(charset)) ? 0 : 1) };
    }
    case 'BigDecimalComparator': {
      const v = Buffer.from(pb.BigDecimalComparator.decode(bytes).comparable?.value ?? []);
      const mine = toDecimal(v);
      if (mine === undefined) throw hbaseError('DoNotRetryIOException', 'java.lang.NullPointerException: BigDecimalComparator without a value');
      return {
        operand: v,
        compareTo: (value) => {
          // Bytes.toBigDecimal gives null for fewer than 5 bytes, and BigDecimal.compareTo(null) throws.
          const theirs = toDecimal(value);
          // The region server wraps the NullPointerException in a plain (retriable) IOException (RpcServer.call).
          if (theirs === undefined) throw javaRuntimeError('java.io.IOException: Cannot read field "scale" because "val" is null');
          return compareDecimals(mine, theirs);
        },
      };
    }
    case 'BinaryComponentComparator': {
      const m = pb.BinaryComponentComparator.decode(bytes);
      const v = Buffer.from(m.value ?? []);
      const offset = m.offset ?? 0;
      // Bytes.compareTo(value, 0, len, cell value, offset, len): only the component at `offset` is compared.
      return { operand: v, compareTo: (value) => Buffer.compare(v, value.subarray(offset, offset + v.length)) };
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

/** Bytes.toBigDecimal: int32 scale, then the unscaled value in two's complement; undefined under 5 bytes. */
interface Decimal {
  unscaled: bigint;
  scale: number;
}

function toDecimal(b: Buffer): Decimal | undefined {
  if (b.length < 5) return undefined;
  const scale = b.readInt32BE(0);
  const mag = b.subarray(4);
  let unscaled = BigInt(`0x${mag.toString('hex')}`);
  if (mag[0] & 0x80) unscaled -= 1n << BigInt(mag.length * 8);
  return { unscaled, scale };
}

/** BigDecimal.compareTo: numeric order, whatever the scales. */
function compareDecimals(a: Decimal, b: Decimal): number {
  const scale = Math.max(a.scale, b.scale);
  const x = a.unscaled * 10n ** BigInt(scale - a.scale);
  const y = b.unscaled * 10n ** BigInt(scale - b.scale);
  return x === y ? 0 : x < y ? -1 : 1;
}

const JAVA_RUNTIME = Symbol('javaRuntime');

/**
 * A Java RuntimeException thrown by a filter or comparator inside a region server: it escapes
 * RSRpcServices.scan's IOException handling (no ScannerResetException), and RpcServer.call sends it
 * as a plain, retriable java.io.IOException.
 */
export function javaRuntimeError(message: string): HBaseRemoteError {
  return Object.assign(hbaseError('IOException', message), { [JAVA_RUNTIME]: true });
}

export function isJavaRuntimeError(e: unknown): boolean {
  return typeof e === 'object' && e !== null && (e as Record<symbol, unknown>)[JAVA_RUNTIME] === true;
}
