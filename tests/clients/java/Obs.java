import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;

/**
 * tests/clients: observation printing shared by the Java client programs, line for line the format
 * of tests/clients/python/obs.py: `operation<TAB>observation`, bytes as printable ASCII or \xNN,
 * values over 64 bytes as their length and a sha256 prefix, failures as the exception's class.
 */
final class Obs {
  interface Op {
    Object run() throws Exception;
  }

  private Obs() {}

  static String show(byte[] value) {
    if (value == null) {
      return "<none>";
    }
    if (value.length > 64) {
      return "<" + value.length + " bytes sha256:" + sha256(value).substring(0, 16) + ">";
    }
    StringBuilder out = new StringBuilder();
    for (byte b : value) {
      int c = b & 0xff;
      if (c >= 0x20 && c < 0x7f && c != 0x5c) {
        out.append((char) c);
      } else {
        out.append(String.format("\\x%02x", c));
      }
    }
    return out.toString();
  }

  static byte[] b(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
  }

  static byte[] bigValue() {
    byte[] big = new byte[1 << 20];
    for (int i = 0; i < big.length; i++) {
      big[i] = (byte) ((i * 7 + 3) % 251);
    }
    return big;
  }

  static void emit(String op, String text) {
    System.out.println(op + "\t" + text);
    System.out.flush();
  }

  /** Runs one operation and prints its lines, or `ERROR <class>` (the cause of an async failure). */
  static void run(String op, Op fn) {
    try {
      Object out = fn.run();
      List<?> lines = out instanceof List ? (List<?>) out : List.of(String.valueOf(out));
      if (lines.isEmpty()) {
        emit(op, "<empty>");
      }
      for (Object line : lines) {
        emit(op, String.valueOf(line));
      }
    } catch (Throwable e) {
      Throwable cause = e;
      while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)
          && cause.getCause() != null) {
        cause = cause.getCause();
      }
      emit(op, "ERROR " + cause.getClass().getSimpleName());
      System.err.println("[" + op + "] " + cause);
    }
  }

  static List<String> rows(List<String> rows) {
    return rows.isEmpty() ? new ArrayList<>(List.of("<no rows>")) : rows;
  }

  private static String sha256(byte[] value) {
    try {
      StringBuilder hex = new StringBuilder();
      for (byte x : MessageDigest.getInstance("SHA-256").digest(value)) {
        hex.append(String.format("%02x", x & 0xff));
      }
      return hex.toString();
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
