import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_URL, parseOptions, runCli } from './cli';

describe('hbase-compat-admin options', () => {
  const dir = mkdtempSync(join(tmpdir(), 'admin-cli-'));
  const urlFile = join(dir, 'admin.url');
  const tokenFile = join(dir, 'admin.token');
  writeFileSync(urlFile, 'http://127.0.0.1:18080\n');
  writeFileSync(tokenFile, 'tok\n');

  it('finds the URL in --url, then the environment, then the cluster file, then the default', () => {
    expect(parseOptions(['--url=http://a:1', 'list-servers'], { HBASE_COMPAT_ADMIN_URL: 'http://b:2' }).base).toBe('http://a:1');
    expect(parseOptions(['list-servers'], { HBASE_COMPAT_ADMIN_URL: 'http://b:2', HBASE_COMPAT_ADMIN_URL_FILE: urlFile }).base).toBe('http://b:2');
    expect(parseOptions(['list-servers'], { HBASE_COMPAT_ADMIN_URL_FILE: urlFile }).base).toBe('http://127.0.0.1:18080');
    expect(parseOptions(['list-servers'], { HBASE_COMPAT_ADMIN_URL_FILE: join(dir, 'none') }).base).toBe(DEFAULT_URL);
  });

  it('takes the token from --token, the environment or a token file, and --json anywhere', () => {
    const o = parseOptions(['drain', '--json', '--token', 'x', 'h,1,1'], {});
    expect(o).toMatchObject({ token: 'x', json: true, args: ['drain', 'h,1,1'] });
    expect(parseOptions(['drain'], { HBASE_COMPAT_ADMIN_TOKEN_FILE: tokenFile }).token).toBe('tok');
    expect(parseOptions(['drain'], { HBASE_COMPAT_ADMIN_TOKEN: 'env', HBASE_COMPAT_ADMIN_TOKEN_FILE: tokenFile }).token).toBe('env');
  });

  it('says where it looked and how to start an admin API when nothing answers', async () => {
    const errors: string[] = [];
    const code = await runCli(
      ['--url', 'http://127.0.0.1:1', 'list-servers'],
      {},
      () => undefined,
      (l) => errors.push(l),
    );
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/^hbase-compat-admin: http:\/\/127\.0\.0\.1:1: fetch failed \(no admin API there; start one with tools\/cluster\.sh start/);
  });
});
