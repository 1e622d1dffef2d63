/** The runner's PKI: a CA made once, node certificates with every name, verified by openssl, kept across synths. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { existingCa, generatedCa, issue, sshHostKey } from '../../lib/private/pki';
import { requireProgram, run } from '../helpers/programs';

describe('the runner PKI', () => {
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pigsty-pki-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const request = { file: 'nodes/node-1', commonName: 'node-1', dnsNames: ['node-1', 'pg-test', 'pg-test.pigsty'], ips: ['10.10.10.11', '10.10.10.3'] };

  it('makes a CA and a node certificate that openssl verifies, with every name, in a 0700 directory with 0600 keys', () => {
    requireProgram('openssl');
    const layout = generatedCa(path.join(dir, 'pki'), 'test CA');
    const files = issue(layout, request);
    expect(run('openssl', ['verify', '-CAfile', layout.caCert, files.cert]).stdout).toContain(': OK');
    const text = run('openssl', ['x509', '-in', files.cert, '-noout', '-ext', 'subjectAltName,extendedKeyUsage', '-subject']).stdout;
    expect(text).toContain('DNS:node-1, DNS:pg-test, DNS:pg-test.pigsty, IP Address:10.10.10.11, IP Address:10.10.10.3');
    expect(text).toContain('TLS Web Server Authentication, TLS Web Client Authentication');
    expect(text).toMatch(/CN ?= ?node-1/);
    const mode = (file: string) => (fs.statSync(file).mode & 0o777).toString(8);
    expect([mode(layout.dir), mode(layout.caKey), mode(files.key), mode(path.dirname(files.key))]).toEqual(['700', '600', '600', '700']);
  });

  it('keeps the CA, keys and certificates on the next synth, and issues again when the names change', () => {
    const layout = generatedCa(path.join(dir, 'pki'), 'test CA');
    const first = issue(layout, request);
    const before = [layout.caCert, layout.caKey, first.cert, first.key].map((file) => fs.readFileSync(file, 'utf8'));
    const again = issue(generatedCa(path.join(dir, 'pki'), 'test CA'), request);
    expect([layout.caCert, layout.caKey, again.cert, again.key].map((file) => fs.readFileSync(file, 'utf8'))).toEqual(before);
    issue(layout, { ...request, ips: [...request.ips, '10.10.10.99'] });
    expect(fs.readFileSync(first.cert, 'utf8')).not.toBe(before[2]);
    expect(fs.readFileSync(first.key, 'utf8')).toBe(before[3]); // the key stays; only the certificate changes
    expect(run('openssl', ['x509', '-in', first.cert, '-noout', '-ext', 'subjectAltName']).stdout).toContain('10.10.10.99');
  });

  it('issues again a certificate within 30 days of its expiry, keeping the key', () => {
    const layout = generatedCa(path.join(dir, 'pki'), 'test CA');
    const files = issue(layout, request);
    const san = 'DNS:node-1,DNS:pg-test,DNS:pg-test.pigsty,IP:10.10.10.11,IP:10.10.10.3';
    const args = [
      'req',
      '-x509',
      '-new',
      '-key',
      files.key,
      '-CA',
      layout.caCert,
      '-CAkey',
      layout.caKey,
      '-days',
      '10',
      '-subj',
      '/CN=node-1',
      '-addext',
      `subjectAltName=${san}`,
      '-out',
      files.cert,
    ];
    run('openssl', args);
    issue(layout, request);
    const end = run('openssl', ['x509', '-in', files.cert, '-noout', '-enddate']).stdout;
    expect(Date.parse(end.replace('notAfter=', '').trim()) - Date.now()).toBeGreaterThan(300 * 86_400_000);
  });

  it('signs with a CA the user brings, and issues again a certificate another CA signed', () => {
    const own = generatedCa(path.join(dir, 'own'), 'own CA');
    const layout = existingCa(path.join(dir, 'pki'), own.caCert, own.caKey);
    const other = generatedCa(path.join(dir, 'pki'), 'other CA'); // the same node directory, another CA
    issue(other, request);
    const files = issue(layout, request);
    expect(run('openssl', ['verify', '-CAfile', own.caCert, files.cert]).stdout).toContain(': OK');
    expect(() => existingCa(dir, path.join(dir, 'missing.crt'), own.caKey)).toThrow(/certFile .*missing.crt does not exist/);
  });

  it('makes an ed25519 SSH host key per node, once', () => {
    requireProgram('ssh-keygen');
    const layout = generatedCa(path.join(dir, 'pki'), 'test CA');
    const key = sshHostKey(layout, 'node-1');
    const pub = fs.readFileSync(key.publicKey, 'utf8');
    expect(pub).toMatch(/^ssh-ed25519 \S+ root@node-1\n$/);
    expect((fs.statSync(key.privateKey).mode & 0o777).toString(8)).toBe('600');
    expect(fs.readFileSync(sshHostKey(layout, 'node-1').publicKey, 'utf8')).toBe(pub);
    expect(() => issue(layout, { ...request, commonName: 'a b' })).toThrow(/not letters, digits/);
  });
});
