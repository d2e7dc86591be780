/*
 * Golden test vectors for libs/fluss-adapter/src/encoding, produced by the real Fluss Java
 * classes (fluss-client 0.9.1-incubating, which shades fluss-common). Prints one JSON document
 * on stdout; tools/fluss-vectors/gen.sh compiles and runs it and stores the output as
 * libs/fluss-adapter/src/encoding/__fixtures__/java-vectors.json.
 *
 * Value notation in the JSON (chosen so that every value survives JSON exactly):
 *   BOOLEAN true/false · TINYINT/SMALLINT/INTEGER/DATE/TIME number · BIGINT decimal string ·
 *   FLOAT/DOUBLE raw IEEE bits as hex ("3f800000") · STRING/CHAR JSON string (non-ASCII as \\u
 *   escapes, so lone surrogates survive) · BYTES/BINARY hex · DECIMAL unscaled decimal string ·
 *   TIMESTAMP_* [millis decimal string, nanoOfMillisecond] · null.
 * All byte arrays are lower-case hex.
 *
 * Everything random comes from java.util.Random with a fixed seed, so the output is stable.
 */

import org.apache.fluss.bucketing.FlussBucketingFunction;
import org.apache.fluss.memory.UnmanagedPagedOutputView;
import org.apache.fluss.metadata.KvFormat;
import org.apache.fluss.record.ChangeType;
import org.apache.fluss.record.DefaultLogRecordBatch;
import org.apache.fluss.record.KvRecordBatchBuilder;
import org.apache.fluss.record.LogRecord;
import org.apache.fluss.record.LogRecordBatch;
import org.apache.fluss.record.LogRecordReadContext;
import org.apache.fluss.record.MemoryLogRecords;
import org.apache.fluss.record.MemoryLogRecordsCompactedBuilder;
import org.apache.fluss.record.MemoryLogRecordsIndexedBuilder;
import org.apache.fluss.record.bytesview.BytesView;
import org.apache.fluss.row.BinaryRow;
import org.apache.fluss.row.BinaryString;
import org.apache.fluss.row.Decimal;
import org.apache.fluss.row.GenericRow;
import org.apache.fluss.row.InternalRow;
import org.apache.fluss.row.TimestampLtz;
import org.apache.fluss.row.TimestampNtz;
import org.apache.fluss.row.compacted.CompactedRow;
import org.apache.fluss.row.encode.CompactedKeyEncoder;
import org.apache.fluss.row.encode.CompactedRowEncoder;
import org.apache.fluss.row.encode.IndexedRowEncoder;
import org.apache.fluss.row.encode.ValueEncoder;
import org.apache.fluss.row.indexed.IndexedRow;
import org.apache.fluss.shaded.netty4.io.netty.buffer.ByteBuf;
import org.apache.fluss.types.DataField;
import org.apache.fluss.types.DataType;
import org.apache.fluss.types.DataTypes;
import org.apache.fluss.types.RowType;
import org.apache.fluss.utils.CloseableIterator;
import org.apache.fluss.utils.MurmurHashUtils;
import org.apache.fluss.utils.json.DataTypeJsonSerde;
import org.apache.fluss.utils.json.JsonSerdeUtils;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

public class Vectors {
    static final int[] BUCKET_COUNTS = {1, 3, 7, 16, 128};
    static final Random RND = new Random(42);

    // ---------------------------------------------------------------- schemas

    /** Every scalar type we encode, all nullable: 19 columns, so a 3-byte null bitset. */
    static final RowType ALL =
            RowType.of(
                    new DataType[] {
                        DataTypes.BOOLEAN(),
                        DataTypes.TINYINT(),
                        DataTypes.SMALLINT(),
                        DataTypes.INT(),
                        DataTypes.BIGINT(),
                        DataTypes.FLOAT(),
                        DataTypes.DOUBLE(),
                        DataTypes.STRING(),
                        DataTypes.BYTES(),
                        DataTypes.CHAR(5),
                        DataTypes.BINARY(4),
                        DataTypes.DECIMAL(10, 2),
                        DataTypes.DECIMAL(28, 4),
                        DataTypes.DATE(),
                        DataTypes.TIME(),
                        DataTypes.TIMESTAMP(3),
                        DataTypes.TIMESTAMP(6),
                        DataTypes.TIMESTAMP_LTZ(3),
                        DataTypes.TIMESTAMP_LTZ(9)
                    },
                    new String[] {
                        "c_bool", "c_tinyint", "c_smallint", "c_int", "c_bigint", "c_float",
                        "c_double", "c_string", "c_bytes", "c_char", "c_binary", "c_decimal",
                        "c_decimal_big", "c_date", "c_time", "c_ts3", "c_ts6", "c_ltz3", "c_ltz9"
                    });

    /** An HBase-style cell table: (rk, cf, q) primary key, bucketed by rk. */
    static final RowType CELLS =
            RowType.of(
                    new DataType[] {
                        DataTypes.BYTES().copy(false),
                        DataTypes.STRING().copy(false),
                        DataTypes.BYTES().copy(false),
                        DataTypes.BIGINT(),
                        DataTypes.BYTES()
                    },
                    new String[] {"rk", "cf", "q", "ts", "v"});

    // ---------------------------------------------------------------- JSON helpers

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder(b.length * 2);
        for (byte x : b) {
            sb.append(Character.forDigit((x >> 4) & 0xf, 16)).append(Character.forDigit(x & 0xf, 16));
        }
        return sb.toString();
    }

    static byte[] unhex(String s) {
        byte[] out = new byte[s.length() / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Integer.parseInt(s.substring(2 * i, 2 * i + 2), 16);
        }
        return out;
    }

    /** JSON string literal; every char outside printable ASCII as a \\u escape (keeps lone surrogates). */
    static String str(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static String q(String s) {
        return "\"" + s + "\"";
    }

    static String schemaJson(RowType rt) {
        List<String> cols = new ArrayList<>();
        for (DataField f : rt.getFields()) {
            // The column's data_type exactly as the schema JSON carries it (DataTypeJsonSerde).
            String type = new String(JsonSerdeUtils.writeValueAsBytes(f.getType(), DataTypeJsonSerde.INSTANCE), StandardCharsets.UTF_8);
            cols.add("{\"name\":" + q(f.getName()) + ",\"data_type\":" + type + "}");
        }
        return "[" + String.join(",", cols) + "]";
    }

    static String valueJson(DataType t, Object v) {
        if (v == null) {
            return "null";
        }
        switch (t.getTypeRoot()) {
            case BOOLEAN:
                return v.toString();
            case TINYINT:
            case SMALLINT:
            case INTEGER:
            case DATE:
            case TIME_WITHOUT_TIME_ZONE:
                return String.valueOf(((Number) v).intValue());
            case BIGINT:
                return q(v.toString());
            case FLOAT:
                return q(String.format("%08x", Float.floatToRawIntBits((Float) v)));
            case DOUBLE:
                return q(String.format("%016x", Double.doubleToRawLongBits((Double) v)));
            case STRING:
            case CHAR:
                return str(v.toString());
            case BYTES:
            case BINARY:
                return q(hex((byte[]) v));
            case DECIMAL:
                return q(((Decimal) v).toBigDecimal().unscaledValue().toString());
            case TIMESTAMP_WITHOUT_TIME_ZONE:
                TimestampNtz n = (TimestampNtz) v;
                return "[" + q(Long.toString(n.getMillisecond())) + "," + n.getNanoOfMillisecond() + "]";
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                TimestampLtz l = (TimestampLtz) v;
                return "[" + q(Long.toString(l.getEpochMillisecond())) + "," + l.getNanoOfMillisecond() + "]";
            default:
                throw new IllegalArgumentException("type " + t);
        }
    }

    static String rowJson(RowType rt, Object[] row) {
        List<String> vs = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            vs.add(valueJson(rt.getTypeAt(i), row[i]));
        }
        return "[" + String.join(",", vs) + "]";
    }

    static String obj(Map<String, String> m) {
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : m.entrySet()) {
            parts.add(q(e.getKey()) + ":" + e.getValue());
        }
        return "{" + String.join(",", parts) + "}";
    }

    static String arr(List<String> items) {
        return "[\n  " + String.join(",\n  ", items) + "\n]";
    }

    // ---------------------------------------------------------------- encoding helpers

    static GenericRow generic(Object[] row) {
        GenericRow g = new GenericRow(row.length);
        for (int i = 0; i < row.length; i++) {
            Object v = row[i];
            g.setField(i, v instanceof String ? BinaryString.fromString((String) v) : v);
        }
        return g;
    }

    static CompactedRow compacted(RowType rt, Object[] row) {
        CompactedRowEncoder enc = new CompactedRowEncoder(rt.getChildren().toArray(new DataType[0]));
        enc.startNewRow();
        GenericRow g = generic(row);
        for (int i = 0; i < row.length; i++) {
            enc.encodeField(i, g.getField(i));
        }
        return enc.finishRow().copy();
    }

    static IndexedRow indexed(RowType rt, Object[] row) {
        IndexedRowEncoder enc = new IndexedRowEncoder(rt.getChildren().toArray(new DataType[0]));
        enc.startNewRow();
        GenericRow g = generic(row);
        for (int i = 0; i < row.length; i++) {
            enc.encodeField(i, g.getField(i));
        }
        return enc.finishRow().copy();
    }

    static byte[] bytesOf(BinaryRow row) {
        byte[] out = new byte[row.getSizeInBytes()];
        row.copyTo(out, 0);
        return out;
    }

    static byte[] bytesOf(BytesView view) {
        ByteBuf buf = view.getByteBuf();
        byte[] out = new byte[buf.readableBytes()];
        buf.getBytes(buf.readerIndex(), out);
        return out;
    }

    static String buckets(byte[] key) {
        FlussBucketingFunction f = new FlussBucketingFunction();
        Map<String, String> m = new LinkedHashMap<>();
        for (int n : BUCKET_COUNTS) {
            m.put(Integer.toString(n), Integer.toString(f.bucketing(key, n)));
        }
        return obj(m);
    }

    // ---------------------------------------------------------------- value generators

    static byte[] randomBytes(int maxLen) {
        byte[] b = new byte[RND.nextInt(maxLen + 1)];
        RND.nextBytes(b);
        return b;
    }

    static final String[] STRING_POOL = {
        "", "a", "hello", "é", "中文字符", "😀", "mixed ascii é 中 😀", "\u0000nul", "tab\tnew\nline", "quote\"back\\"
    };

    static String randomString() {
        if (RND.nextInt(3) == 0) {
            return STRING_POOL[RND.nextInt(STRING_POOL.length)];
        }
        StringBuilder sb = new StringBuilder();
        int len = RND.nextInt(20);
        for (int i = 0; i < len; i++) {
            switch (RND.nextInt(4)) {
                case 0:
                    sb.append((char) (0x20 + RND.nextInt(0x5f)));
                    break;
                case 1:
                    sb.append((char) (0xa0 + RND.nextInt(0x700)));
                    break;
                case 2:
                    sb.append((char) (0x3000 + RND.nextInt(0x5000)));
                    break;
                default:
                    sb.appendCodePoint(0x10000 + RND.nextInt(0xfffff));
            }
        }
        return sb.toString();
    }

    /** An int with a random bit length, so every varint length shows up. */
    static long randomBits(int maxBits) {
        int bits = RND.nextInt(maxBits + 1);
        long v = bits == 64 ? RND.nextLong() : (RND.nextLong() & ((1L << bits) - 1));
        return RND.nextBoolean() ? v : -v;
    }

    static Object randomValue(DataType t) {
        switch (t.getTypeRoot()) {
            case BOOLEAN:
                return RND.nextBoolean();
            case TINYINT:
                return (byte) RND.nextInt();
            case SMALLINT:
                return (short) randomBits(16);
            case INTEGER:
                return (int) randomBits(32);
            case BIGINT:
                return randomBits(64);
            case FLOAT:
                return (float) ((RND.nextDouble() - 0.5) * Math.pow(10, RND.nextInt(20) - 10));
            case DOUBLE:
                return (RND.nextDouble() - 0.5) * Math.pow(10, RND.nextInt(200) - 100);
            case STRING:
                return randomString();
            case BYTES:
                return randomBytes(40);
            case CHAR:
                // CHAR(5): the indexed writer needs the UTF-8 form to fit in 5 bytes.
                String s = randomString();
                while (BinaryString.encodeUTF8(s).length > 5) {
                    s = s.substring(0, s.offsetByCodePoints(0, s.codePointCount(0, s.length()) - 1));
                }
                return s;
            case BINARY:
                byte[] b = new byte[RND.nextInt(5)];
                RND.nextBytes(b);
                return b;
            case DECIMAL:
                org.apache.fluss.types.DecimalType dt = (org.apache.fluss.types.DecimalType) t;
                BigInteger unscaled = new BigInteger(RND.nextInt(dt.getPrecision() * 3), RND);
                BigInteger limit = BigInteger.TEN.pow(dt.getPrecision());
                unscaled = unscaled.mod(limit);
                if (RND.nextBoolean()) {
                    unscaled = unscaled.negate();
                }
                return Decimal.fromBigDecimal(new BigDecimal(unscaled, dt.getScale()), dt.getPrecision(), dt.getScale());
            case DATE:
                return RND.nextInt(200000) - 100000;
            case TIME_WITHOUT_TIME_ZONE:
                return RND.nextInt(86400000);
            case TIMESTAMP_WITHOUT_TIME_ZONE:
                return TimestampNtz.fromMillis(randomBits(45), precision(t) > 3 ? RND.nextInt(1000000) : 0);
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE:
                return TimestampLtz.fromEpochMillis(randomBits(45), precision(t) > 3 ? RND.nextInt(1000000) : 0);
            default:
                throw new IllegalArgumentException("type " + t);
        }
    }

    static int precision(DataType t) {
        if (t instanceof org.apache.fluss.types.TimestampType) {
            return ((org.apache.fluss.types.TimestampType) t).getPrecision();
        }
        return ((org.apache.fluss.types.LocalZonedTimestampType) t).getPrecision();
    }

    static Object[] randomRow(RowType rt, double nullChance) {
        Object[] row = new Object[rt.getFieldCount()];
        for (int i = 0; i < row.length; i++) {
            DataType t = rt.getTypeAt(i);
            row[i] = t.isNullable() && RND.nextDouble() < nullChance ? null : randomValue(t);
        }
        return row;
    }

    static Decimal dec(String unscaled, int p, int s) {
        return Decimal.fromBigDecimal(new BigDecimal(new BigInteger(unscaled), s), p, s);
    }

    /** Hand-picked rows of ALL: edge values first, then the random ones. */
    static List<Object[]> allRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {
            true, (byte) 1, (short) 10, 100, 1000L, 1.5f, 2.25, "hello", new byte[] {1, 2, 3}, "abc",
            new byte[] {9, 8}, dec("12345", 10, 2), dec("123456789012345678901234", 28, 4), 19000, 3600000,
            TimestampNtz.fromMillis(1700000000123L), TimestampNtz.fromMillis(1700000000123L, 456000),
            TimestampLtz.fromEpochMillis(1700000000123L), TimestampLtz.fromEpochMillis(1700000000123L, 999999)
        });
        rows.add(new Object[] {
            false, Byte.MIN_VALUE, Short.MIN_VALUE, Integer.MIN_VALUE, Long.MIN_VALUE, -0.0f, -1e300,
            "", new byte[0], "", new byte[0], dec("-99999999", 10, 2), dec("-9999999999999999999999999999", 28, 4),
            -1, 0, TimestampNtz.fromMillis(-1L), TimestampNtz.fromMillis(-62135596800000L, 1),
            TimestampLtz.fromEpochMillis(Long.MIN_VALUE), TimestampLtz.fromEpochMillis(-1L, 0)
        });
        rows.add(new Object[] {
            true, Byte.MAX_VALUE, Short.MAX_VALUE, Integer.MAX_VALUE, Long.MAX_VALUE, Float.MAX_VALUE,
            Double.MIN_VALUE, "é中😀", new byte[] {(byte) 0x80, (byte) 0xff, 0x00, 0x7f, (byte) 0xc3},
            "é中", new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0x80, 0}, dec("99999999", 10, 2),
            dec("9999999999999999999999999999", 28, 4), Integer.MAX_VALUE, 86399999,
            TimestampNtz.fromMillis(Long.MAX_VALUE), TimestampNtz.fromMillis(253402300799999L, 999999),
            TimestampLtz.fromEpochMillis(0L), TimestampLtz.fromEpochMillis(Long.MAX_VALUE, 999999)
        });
        rows.add(new Object[ALL.getFieldCount()]); // all null
        // Varint length boundaries: 127/128, 16383/16384, 2^21, 2^28, -1.
        rows.add(new Object[] {
            null, (byte) -1, (short) -1, 127, 128L, Float.NaN, Double.NaN, "\ud800 lone high", null, null, null,
            dec("0", 10, 2), dec("1", 28, 4), 128, 16383, TimestampNtz.fromMillis(127L), null,
            TimestampLtz.fromEpochMillis(128L), null
        });
        rows.add(new Object[] {
            false, null, (short) 256, 16384, 2097152L, Float.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            "lone low \udc00 end", new byte[200], null, new byte[] {0}, null, null, -2097152, null, null,
            TimestampNtz.fromMillis(0L, 999999), null, TimestampLtz.fromEpochMillis(1L, 1)
        });
        rows.add(new Object[] {
            null, (byte) 0x80, null, 268435456, 34359738368L, Float.MIN_VALUE, Double.MAX_VALUE,
            "trailing high \ud83d", null, "a", null, dec("-1", 10, 2), dec("-1", 28, 4), null, 1, null,
            null, null, null
        });
        rows.add(new Object[] {
            null, null, null, -1, -1L, null, null, "😀😀 pair", new byte[] {(byte) 0x80}, null, null, null,
            dec("-1000000000000000000000000000", 28, 4), null, null, null, null, null, null
        });
        for (int i = 0; i < 60; i++) {
            rows.add(randomRow(ALL, i < 30 ? 0.0 : 0.3));
        }
        return rows;
    }

    static List<Object[]> cellRows() {
        List<Object[]> rows = new ArrayList<>();
        rows.add(new Object[] {new byte[] {'r', '1'}, "cf", new byte[] {'q'}, 1700000000000L, new byte[] {1}});
        rows.add(new Object[] {new byte[0], "", new byte[0], null, null});
        rows.add(new Object[] {
            new byte[] {(byte) 0x80, (byte) 0xff}, "é", new byte[] {(byte) 0xfe}, -1L, new byte[] {(byte) 0x80}
        });
        rows.add(new Object[] {new byte[] {'a'}, "f", new byte[] {'x'}, Long.MAX_VALUE, new byte[0]});
        for (int i = 0; i < 40; i++) {
            rows.add(new Object[] {randomBytes(24), randomString(), randomBytes(12), randomBits(64), RND.nextInt(4) == 0 ? null : randomBytes(60)});
        }
        return rows;
    }

    // ---------------------------------------------------------------- sections

    static String rowVector(String schema, RowType rt, Object[] row) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("schema", q(schema));
        m.put("values", rowJson(rt, row));
        CompactedRow c = compacted(rt, row);
        m.put("compacted", q(hex(bytesOf(c))));
        IndexedRow x = indexed(rt, row);
        m.put("indexed", q(hex(bytesOf(x))));
        // The stored value: int16 schema id (native order) + row.
        m.put("kvValueCompacted", q(hex(ValueEncoder.encodeValue((short) 1, c))));
        m.put("kvValueIndexedSchema513", q(hex(ValueEncoder.encodeValue((short) 513, x))));
        return obj(m);
    }

    static String keyVector(String schema, RowType rt, Object[] row, List<String> keyFields) {
        CompactedKeyEncoder enc = CompactedKeyEncoder.createKeyEncoder(rt, keyFields);
        byte[] key = enc.encodeKey(generic(row));
        Map<String, String> m = new LinkedHashMap<>();
        m.put("schema", q(schema));
        List<String> names = new ArrayList<>();
        for (String k : keyFields) {
            names.add(q(k));
        }
        m.put("keyFields", "[" + String.join(",", names) + "]");
        m.put("values", rowJson(rt, row));
        m.put("key", q(hex(key)));
        m.put("hash", Integer.toString(MurmurHashUtils.hashBytes(key)));
        m.put("buckets", key.length == 0 ? "null" : buckets(key));
        return obj(m);
    }

    static String hashVector(byte[] b) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("bytes", q(hex(b)));
        m.put("hash", Integer.toString(MurmurHashUtils.hashBytes(b)));
        m.put("buckets", buckets(b));
        return obj(m);
    }

    static final ChangeType[] CHANGES = {
        ChangeType.INSERT, ChangeType.UPDATE_BEFORE, ChangeType.UPDATE_AFTER, ChangeType.DELETE, ChangeType.INSERT
    };

    interface Appender {
        void append(ChangeType ct, Object[] row) throws Exception;
    }

    /**
     * One log record batch built with the Java builder, then patched the way the server patches
     * appended batches (commit timestamp; leader epoch for magic 1), and read back with Java.
     */
    static String logBatch(
            String name, String format, byte magic, long baseOffset, int schemaId, long writerId, int batchSeq,
            long commitTs, int leaderEpoch, boolean appendOnly, RowType rt, List<Object[]> rows, ChangeType[] changes)
            throws Exception {
        // A small page size makes the builder span several segments (CRC over all of them).
        UnmanagedPagedOutputView out = new UnmanagedPagedOutputView(128);
        BytesView view;
        if (format.equals("COMPACTED")) {
            MemoryLogRecordsCompactedBuilder b =
                    appendOnly
                            ? MemoryLogRecordsCompactedBuilder.builder(schemaId, Integer.MAX_VALUE, out, true)
                            : MemoryLogRecordsCompactedBuilder.builder(baseOffset, schemaId, Integer.MAX_VALUE, magic, out);
            b.setWriterState(writerId, batchSeq);
            for (int i = 0; i < rows.size(); i++) {
                b.append(changes[i], compacted(rt, rows.get(i)));
            }
            b.close();
            view = b.build();
        } else {
            MemoryLogRecordsIndexedBuilder b =
                    appendOnly
                            ? MemoryLogRecordsIndexedBuilder.builder(schemaId, Integer.MAX_VALUE, out, true)
                            : MemoryLogRecordsIndexedBuilder.builder(baseOffset, schemaId, Integer.MAX_VALUE, magic, out);
            b.setWriterState(writerId, batchSeq);
            for (int i = 0; i < rows.size(); i++) {
                b.append(changes[i], indexed(rt, rows.get(i)));
            }
            b.close();
            view = b.build();
        }
        byte[] bytes = bytesOf(view);
        MemoryLogRecords records = MemoryLogRecords.pointToBytes(bytes);
        List<String> readBack = new ArrayList<>();
        Map<String, String> m = new LinkedHashMap<>();
        LogRecordReadContext ctx =
                format.equals("COMPACTED")
                        ? LogRecordReadContext.createCompactedRowReadContext(rt, schemaId)
                        : LogRecordReadContext.createIndexedReadContext(rt, schemaId, null);
        int batches = 0;
        for (LogRecordBatch batch : records.batches()) {
            batches++;
            DefaultLogRecordBatch d = (DefaultLogRecordBatch) batch;
            d.setCommitTimestamp(commitTs);
            if (magic >= 1) {
                d.setLeaderEpoch(leaderEpoch);
            }
            d.ensureValid();
            m.put("checksum", Long.toString(d.checksum()));
            m.put("nextOffset", q(Long.toString(d.nextLogOffset())));
            m.put("lastOffset", q(Long.toString(d.lastLogOffset())));
            m.put("recordCount", Integer.toString(d.getRecordCount()));
            m.put("leaderEpoch", Integer.toString(d.leaderEpoch()));
            try (CloseableIterator<LogRecord> it = d.records(ctx)) {
                while (it.hasNext()) {
                    LogRecord r = it.next();
                    InternalRow row = r.getRow();
                    Object[] vals = new Object[rt.getFieldCount()];
                    for (int i = 0; i < vals.length; i++) {
                        vals[i] = InternalRow.createFieldGetter(rt.getTypeAt(i), i).getFieldOrNull(row);
                        if (vals[i] instanceof BinaryString) {
                            vals[i] = vals[i].toString();
                        }
                    }
                    readBack.add("{\"offset\":" + q(Long.toString(r.logOffset())) + ",\"timestamp\":"
                            + q(Long.toString(r.timestamp())) + ",\"changeType\":" + q(r.getChangeType().shortString())
                            + ",\"values\":" + rowJson(rt, vals) + "}");
                }
            }
        }
        if (batches != 1) {
            throw new IllegalStateException("expected one batch, got " + batches);
        }
        m.put("name", q(name));
        m.put("format", q(format));
        m.put("magic", Byte.toString(magic));
        m.put("baseOffset", q(Long.toString(appendOnly ? 0 : baseOffset)));
        m.put("schemaId", Integer.toString(schemaId));
        m.put("writerId", q(Long.toString(writerId)));
        m.put("batchSequence", Integer.toString(batchSeq));
        m.put("commitTimestamp", q(Long.toString(commitTs)));
        m.put("appendOnly", Boolean.toString(appendOnly));
        m.put("schema", q(rt == ALL ? "all" : "cells"));
        List<String> in = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            in.add("{\"changeType\":" + q(changes[i].shortString()) + ",\"values\":" + rowJson(rt, rows.get(i)) + "}");
        }
        m.put("records", "[" + String.join(",", in) + "]");
        m.put("readBack", "[" + String.join(",", readBack) + "]");
        m.put("bytes", q(hex(bytes)));
        return obj(m);
    }

    static String kvBatch(long writerId, int seq, List<Object[]> rows, boolean[] deletes) throws Exception {
        UnmanagedPagedOutputView out = new UnmanagedPagedOutputView(128);
        KvRecordBatchBuilder b = KvRecordBatchBuilder.builder(1, Integer.MAX_VALUE, out, KvFormat.COMPACTED);
        b.setWriterState(writerId, seq);
        CompactedKeyEncoder enc = CompactedKeyEncoder.createKeyEncoder(CELLS, Arrays.asList("rk", "cf", "q"));
        List<String> recs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            byte[] key = enc.encodeKey(generic(rows.get(i)));
            CompactedRow value = deletes[i] ? null : compacted(CELLS, rows.get(i));
            b.append(key, value);
            recs.add("{\"key\":" + q(hex(key)) + ",\"value\":" + (value == null ? "null" : q(hex(bytesOf(value)))) + "}");
        }
        b.close();
        Map<String, String> m = new LinkedHashMap<>();
        m.put("schemaId", "1");
        m.put("writerId", q(Long.toString(writerId)));
        m.put("batchSequence", Integer.toString(seq));
        m.put("records", "[" + String.join(",", recs) + "]");
        m.put("bytes", q(hex(bytesOf(b.build()))));
        return obj(m);
    }

    /** Java's decoding of STRING bytes that are not valid UTF-8 (BinaryString.toString). */
    static String utf8Vector(byte[] raw) {
        BinaryString s = BinaryString.fromBytes(raw);
        return "{\"bytes\":" + q(hex(raw)) + ",\"decoded\":" + str(s.toString()) + ",\"encoded\":"
                + q(hex(BinaryString.encodeUTF8(s.toString()))) + "}";
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> doc = new LinkedHashMap<>();
        doc.put("generator", q("tools/fluss-vectors/Vectors.java"));
        doc.put("fluss", q("0.9.1-incubating (fluss-client jar)"));
        doc.put("schemas", "{\"all\":" + schemaJson(ALL) + ",\n\"cells\":" + schemaJson(CELLS) + "}");

        List<Object[]> all = allRows();
        List<Object[]> cells = cellRows();
        List<String> rowVectors = new ArrayList<>();
        for (Object[] r : all) {
            rowVectors.add(rowVector("all", ALL, r));
        }
        for (Object[] r : cells) {
            rowVectors.add(rowVector("cells", CELLS, r));
        }
        doc.put("rows", arr(rowVectors));

        List<String> keyVectors = new ArrayList<>();
        List<List<String>> allKeys =
                Arrays.asList(
                        Arrays.asList("c_int"),
                        Arrays.asList("c_bigint"),
                        Arrays.asList("c_string"),
                        Arrays.asList("c_bytes"),
                        Arrays.asList("c_bigint", "c_string"),
                        Arrays.asList("c_ts6", "c_smallint", "c_bool"),
                        ALL.getFieldNames());
        for (Object[] r : all) {
            for (List<String> k : allKeys) {
                boolean anyNull = false;
                for (String f : k) {
                    anyNull |= r[ALL.getFieldIndex(f)] == null;
                }
                if (!anyNull) {
                    keyVectors.add(keyVector("all", ALL, r, k));
                }
            }
        }
        for (Object[] r : cells) {
            keyVectors.add(keyVector("cells", CELLS, r, Arrays.asList("rk", "cf", "q")));
            keyVectors.add(keyVector("cells", CELLS, r, Arrays.asList("rk")));
        }
        doc.put("keys", arr(keyVectors));

        List<String> hashVectors = new ArrayList<>();
        for (String h : new String[] {"000a", "000a0a0a", "0161", "0568656c6c6f", "02c3a9", "80", "ff", "7f80", "80ff7f", "ffffffff", "ffffffff80"}) {
            hashVectors.add(hashVector(unhex(h)));
        }
        hashVectors.add(hashVector("2bb87d68-baf9-4e64-90f9-f80910419fa6".getBytes("UTF-8")));
        hashVectors.add(hashVector("The quick brown fox jumps over the lazy dog".getBytes("UTF-8")));
        for (int len = 1; len <= 40; len++) {
            for (int j = 0; j < 3; j++) {
                byte[] b = new byte[len];
                RND.nextBytes(b);
                hashVectors.add(hashVector(b));
            }
        }
        doc.put("hashes", arr(hashVectors));

        List<String> logs = new ArrayList<>();
        List<Object[]> five = cells.subList(0, 5);
        logs.add(logBatch("compacted changelog", "COMPACTED", (byte) 0, 100L, 1, 12345L, 7, 1700000000123L, 0, false, CELLS, five, CHANGES));
        logs.add(logBatch("compacted empty (put without change)", "COMPACTED", (byte) 0, 105L, 1, 12345L, 8, 1700000000999L, 0, false, CELLS, new ArrayList<>(), CHANGES));
        logs.add(logBatch("compacted no writer", "COMPACTED", (byte) 0, 0L, 2, -1L, -1, 0L, 0, false, CELLS, cells.subList(5, 15),
                new ChangeType[] {ChangeType.INSERT, ChangeType.INSERT, ChangeType.UPDATE_BEFORE, ChangeType.UPDATE_AFTER, ChangeType.DELETE,
                    ChangeType.INSERT, ChangeType.UPDATE_AFTER, ChangeType.DELETE, ChangeType.INSERT, ChangeType.INSERT}));
        logs.add(logBatch("compacted all types", "COMPACTED", (byte) 0, 4294967296L, 3, Long.MAX_VALUE, Integer.MAX_VALUE, -1L, 0, false, ALL, all.subList(0, 5), CHANGES));
        logs.add(logBatch("indexed changelog", "INDEXED", (byte) 0, 200L, 1, 99L, 0, 1700000001000L, 0, false, CELLS, five, CHANGES));
        logs.add(logBatch("indexed all types", "INDEXED", (byte) 0, 300L, 1, 99L, 1, 1700000001001L, 0, false, ALL, all.subList(0, 5), CHANGES));
        logs.add(logBatch("compacted magic 1 (leader epoch)", "COMPACTED", (byte) 1, 400L, 1, 5L, 3, 1700000002000L, 17, false, CELLS, five, CHANGES));
        logs.add(logBatch("compacted append-only", "COMPACTED", (byte) 0, 0L, 1, -1L, -1, 1700000003000L, 0, true, CELLS, cells.subList(0, 3),
                new ChangeType[] {ChangeType.APPEND_ONLY, ChangeType.APPEND_ONLY, ChangeType.APPEND_ONLY}));
        doc.put("logBatches", arr(logs));

        List<String> kvs = new ArrayList<>();
        kvs.add(kvBatch(-1L, -1, cells.subList(0, 4), new boolean[] {false, false, true, false}));
        kvs.add(kvBatch(42L, 3, cells.subList(4, 12), new boolean[] {false, true, false, false, true, false, false, false}));
        doc.put("kvBatches", arr(kvs));

        List<String> utf8 = new ArrayList<>();
        for (String h : new String[] {"ff", "61ff62", "c3", "e282", "e28261", "eda080", "edb080", "f4908080", "c0af", "f09f98", "f09f9880", "80bf", "efbfbd", "e282ac"}) {
            utf8.add(utf8Vector(unhex(h)));
        }
        // Random short strings over the bytes where UTF-8 decoders disagree on replacement counts.
        int[] alphabet = {0x00, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0,
            0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf7, 0xf8, 0xff};
        for (int i = 0; i < 400; i++) {
            byte[] b = new byte[1 + RND.nextInt(8)];
            for (int j = 0; j < b.length; j++) {
                b[j] = (byte) alphabet[RND.nextInt(alphabet.length)];
            }
            utf8.add(utf8Vector(b));
        }
        doc.put("utf8", arr(utf8));

        StringBuilder sb = new StringBuilder("{\n");
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, String> e : doc.entrySet()) {
            parts.add(q(e.getKey()) + ": " + e.getValue());
        }
        sb.append(String.join(",\n", parts)).append("\n}\n");
        System.out.print(sb);
    }
}
