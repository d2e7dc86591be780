import { describeFamily, humanSize, humanTtl } from './descriptor-text';
import { javaRegexToJs } from './master-service';

describe('descriptor text as HBase prints it', () => {
  it('formats TTLs like PrettyPrinter', () => {
    expect(humanTtl(2147483647)).toBe('FOREVER');
    expect(humanTtl(1)).toBe('1 SECOND');
    expect(humanTtl(59)).toBe('59 SECONDS');
    expect(humanTtl(86400)).toBe('86400 SECONDS (1 DAY)');
    expect(humanTtl(90061)).toBe('90061 SECONDS (1 DAY 1 HOUR 1 MINUTE 1 SECOND)');
    // HBase pluralises seconds by the minute count.
    expect(humanTtl(7322)).toBe('7322 SECONDS (2 HOURS 2 MINUTES 2 SECONDS)');
    expect(humanTtl(3662)).toBe('3662 SECONDS (1 HOUR 1 MINUTE 2 SECOND)');
  });

  it('formats block sizes', () => {
    expect(humanSize(65536)).toBe('65536 B (64KB)');
    expect(humanSize(1048576)).toBe('1048576 B (1MB)');
  });

  it('orders family keys as an HBase 2.6 server and keeps the rest as METADATA', () => {
    const attr = (k: string, v: string) => ({ first: Buffer.from(k), second: Buffer.from(v) });
    const text = describeFamily({
      name: Buffer.from('cf'),
      maxVersions: 3,
      minVersions: 0,
      ttlSeconds: 86400,
      attributes: [attr('TTL', '86400'), attr('VERSIONS', '3'), attr('custom', 'x'), attr('BLOCKSIZE', '65536')],
      configuration: [],
    });
    expect(text).toBe("{NAME => 'cf', VERSIONS => '3', TTL => '86400 SECONDS (1 DAY)', BLOCKSIZE => '65536 B (64KB)', METADATA => {'custom' => 'x'}}");
  });

  it('turns Java \\Q...\\E quoting into a JavaScript literal', () => {
    const re = new RegExp(`^(?:${javaRegexToJs('\\Qa.b\\E.*')})$`);
    expect(re.test('a.bcd')).toBe(true);
    expect(re.test('axbcd')).toBe(false);
  });
});
