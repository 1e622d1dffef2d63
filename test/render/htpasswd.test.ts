/**
 * The portal's basic-auth file: SHA-512 crypt as openssl computes it, and accepted by a real
 * nginx on loopback for the right password only.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { renderPortalHtpasswd, sha512Crypt, storedHtpasswd } from '../../lib/render/htpasswd';
import { requireProgram, runOk } from '../helpers/programs';

describe('sha512Crypt', () => {
  it.each([
    ['password', 'saltsalt'],
    ['Pigsty.Grafana', 'abcdefghijklmnop'],
    ['x'.repeat(100), './Ab9'],
    ['a', 'z'],
  ])('matches openssl passwd -6 for %s', (password, salt) => {
    expect(sha512Crypt(password, salt)).toBe(runOk('openssl', ['passwd', '-6', '-salt', salt, '-stdin'], { input: password }).stdout.trim());
  });

  it('derives its salt from the password and the user: deterministic, different per password', () => {
    expect(storedHtpasswd('Secret.One1', 'admin')).toBe(storedHtpasswd('Secret.One1', 'admin'));
    expect(storedHtpasswd('Secret.One1', 'admin').split('$')[2]).not.toBe(storedHtpasswd('Secret.Two2', 'admin').split('$')[2]);
    expect(renderPortalHtpasswd('Secret.One1')).not.toContain('Secret.One1');
  });

  it('keeps an apply-time value as {PLAIN}, one line', () => {
    expect(storedHtpasswd('${TfToken[TOKEN.7]}', 'admin')).toBe('{PLAIN}${TfToken[TOKEN.7]}');
  });
});

describe('the htpasswd file in a real nginx', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-htpasswd-'));
  let nginx: ReturnType<typeof spawn> | undefined;
  afterAll(() => {
    nginx?.kill();
    fs.rmSync(work, { recursive: true, force: true });
  });

  it('lets in admin with the password only', async () => {
    requireProgram('nginx');
    requireProgram('curl');
    fs.writeFileSync(path.join(work, 'htpasswd'), renderPortalHtpasswd('Portal.Admin1'));
    fs.writeFileSync(path.join(work, 'ok'), 'ok\n');
    const port = 20000 + (process.pid % 20000);
    fs.writeFileSync(
      path.join(work, 'nginx.conf'),
      [
        'daemon off; master_process off;',
        `pid ${work}/nginx.pid; error_log ${work}/error.log;`,
        'events {}',
        `http { access_log off; client_body_temp_path ${work}; proxy_temp_path ${work}; fastcgi_temp_path ${work}; uwsgi_temp_path ${work}; scgi_temp_path ${work};`,
        `  server { listen 127.0.0.1:${port}; root ${work}; location / { auth_basic "test"; auth_basic_user_file ${work}/htpasswd; } } }`,
      ].join('\n'),
    );
    nginx = spawn(requireProgram('nginx'), ['-c', `${work}/nginx.conf`, '-p', work], { stdio: 'ignore' });
    const code = (auth?: string): string =>
      runOk('curl', [
        '-s',
        '-o',
        '/dev/null',
        '-w',
        '%{http_code}',
        '--retry',
        '20',
        '--retry-connrefused',
        '--retry-delay',
        '0',
        ...(auth ? ['-u', auth] : []),
        `http://127.0.0.1:${port}/ok`,
      ]).stdout;
    expect([code(), code('admin:wrong'), code('other:Portal.Admin1'), code('admin:Portal.Admin1')]).toEqual(['401', '401', '401', '200']);
  });
});
