/**
 * UTF-8 exactly as the Fluss Java client converts STRING and CHAR values.
 *
 * Encoding (BinaryString.encodeUTF8): standard UTF-8, except that an unpaired surrogate becomes
 * '?' (0x3F), as Java's String.getBytes(UTF_8) does. TextEncoder would write EF BF BD instead, so
 * a key containing a lone surrogate would land on a different key and bucket than in Java.
 *
 * Decoding (BinaryString.toString): valid UTF-8 decodes normally; a leading BOM is kept, as Java
 * keeps it. Invalid input falls back to java.lang.String(bytes, UTF_8), whose replacement rules
 * differ from WHATWG TextDecoder in places (an encoded surrogate such as ED A0 80 gives one
 * U+FFFD in Java, three in TextDecoder), so that fallback is implemented here.
 */

const encoder = new TextEncoder();
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const REPLACEMENT = 0xfffd;

export function encodeUtf8(s: string): Uint8Array {
  return encoder.encode(s.replace(LONE_SURROGATE, '?'));
}

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return decodeUtf8LikeJava(bytes);
  }
}

const isContinuation = (b: number): boolean => (b & 0xc0) === 0x80;

/**
 * java.lang.String(bytes, UTF_8) with malformed input: each malformed sequence becomes one
 * U+FFFD, and how many bytes that sequence spans follows the JDK decoder, which first checks only
 * the lead and continuation-bit structure and only then rejects surrogates and out-of-range code
 * points as a whole sequence. A truncated sequence at the end becomes one U+FFFD.
 */
export function decodeUtf8LikeJava(b: Uint8Array): string {
  const units: number[] = [];
  const n = b.length;
  let i = 0;
  while (i < n) {
    const b1 = b[i++];
    if (b1 < 0x80) {
      units.push(b1);
    } else if (b1 >= 0xc2 && b1 <= 0xdf) {
      if (i >= n) {
        units.push(REPLACEMENT);
        break;
      }
      if (isContinuation(b[i])) units.push(((b1 & 0x1f) << 6) | (b[i++] & 0x3f));
      else units.push(REPLACEMENT); // the non-continuation byte starts the next sequence
    } else if ((b1 & 0xf0) === 0xe0) {
      if (i + 1 < n) {
        const b2 = b[i];
        const b3 = b[i + 1];
        const badSecond = (b1 === 0xe0 && (b2 & 0xe0) === 0x80) || !isContinuation(b2);
        if (badSecond || !isContinuation(b3)) {
          units.push(REPLACEMENT);
          if (!badSecond) i++; // the JDK skips the lead and a good second byte together
        } else {
          i += 2;
          const c = ((b1 & 0x0f) << 12) | ((b2 & 0x3f) << 6) | (b3 & 0x3f);
          units.push(c >= 0xd800 && c <= 0xdfff ? REPLACEMENT : c);
        }
      } else {
        units.push(REPLACEMENT);
        const badSecond = i < n && ((b1 === 0xe0 && (b[i] & 0xe0) === 0x80) || !isContinuation(b[i]));
        if (!badSecond) break; // truncated: the rest is swallowed by this one U+FFFD
      }
    } else if ((b1 & 0xf8) === 0xf0) {
      const badSecond = (b2: number): boolean =>
        b1 > 0xf4 || (b1 === 0xf0 && (b2 < 0x90 || b2 > 0xbf)) || (b1 === 0xf4 && (b2 & 0xf0) !== 0x80) || !isContinuation(b2);
      if (i + 2 < n) {
        const b2 = b[i];
        const b3 = b[i + 1];
        const b4 = b[i + 2];
        const cp = ((b1 & 0x07) << 18) | ((b2 & 0x3f) << 12) | ((b3 & 0x3f) << 6) | (b4 & 0x3f);
        if (!isContinuation(b2) || !isContinuation(b3) || !isContinuation(b4) || cp < 0x10000 || cp > 0x10ffff) {
          units.push(REPLACEMENT);
          // Resume after the lead, or after the good second (and third) byte.
          if (!badSecond(b2)) i += isContinuation(b3) ? 2 : 1;
        } else {
          i += 3;
          units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
        }
      } else {
        units.push(REPLACEMENT);
        if (b1 > 0xf4 || (i < n && badSecond(b[i]))) continue;
        i++; // a good second byte is swallowed
        if (i < n && !isContinuation(b[i])) continue;
        break; // a good third byte (or nothing) is swallowed too
      }
    } else {
      units.push(REPLACEMENT); // a stray continuation byte, C0/C1, or F8..FF
    }
  }
  let s = '';
  for (let k = 0; k < units.length; k += 4096) s += String.fromCharCode(...units.slice(k, k + 4096));
  return s;
}
