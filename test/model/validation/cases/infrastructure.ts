import { AlertReceiverSpec, InfraSpec } from '../../../../lib/model';
import { TEST_SSH_KEY } from '../../../helpers/fixtures';
import { base, base3, invalid, RulePair, vary, withInfra } from '../support';

const withAdmin = (admin: Partial<typeof base.admin>) => ({ ...base, admin: { ...base.admin, ...admin } });
const withGuest = (guest: typeof base.guest) => ({ ...base, guest });
const withReceiver = (receiver: AlertReceiverSpec) => withInfra({ alertmanager: { receiver } });
const mail = { to: 'ops@example.com', from: 'pg@example.com', smarthost: 'smtp.example.com:25' };

export const infrastructurePairs: RulePair[] = [
  vary({
    code: 'deployment-name',
    name: 'a deployment name with a capital',
    build: (name: string) => ({ ...base, name }),
    breaks: 'Sandbox',
    keeps: 'sandbox-2',
    says: ['deployment name "Sandbox" is invalid', 'e.g. "sandbox"'],
  }),
  vary({
    code: 'admin-user',
    name: 'root as the admin user',
    build: (user: string) => withAdmin({ user }),
    breaks: 'root',
    keeps: 'admin',
    says: ['admin.user "root"', 'not root or postgres'],
  }),
  vary({
    code: 'admin-user',
    name: 'an admin user with a capital',
    build: (user: string) => withAdmin({ user }),
    breaks: 'Admin',
    keeps: 'admin',
    says: ['admin.user "Admin"'],
  }),
  vary({
    code: 'admin-ssh-keys-empty',
    name: 'no SSH key',
    build: (sshKeys: string[]) => withAdmin({ sshKeys }),
    breaks: [],
    keeps: [TEST_SSH_KEY],
    says: ['admin.sshKeys is empty', 'add at least one SSH public key'],
  }),
  vary({
    code: 'admin-ssh-key-format',
    name: 'a key without its base64 part',
    build: (key: string) => withAdmin({ sshKeys: [TEST_SSH_KEY, key] }),
    breaks: 'ssh-ed25519',
    keeps: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5 second@pigsty',
    says: ['admin.sshKeys entry "ssh-ed25519"', 'not an SSH public key', 'id_*.pub'],
  }),
  vary({
    code: 'admin-ssh-key-format',
    name: 'a file name instead of a key',
    build: (key: string) => withAdmin({ sshKeys: [key] }),
    breaks: 'not-a-key',
    keeps: TEST_SSH_KEY,
    says: ['admin.sshKeys entry "not-a-key"', 'ssh-ed25519'],
  }),
  vary({
    code: 'guest-os',
    name: 'an unknown guest OS',
    build: (os: string) => withGuest({ os: invalid(os) }),
    breaks: 'centos7',
    keeps: 'ubuntu2404',
    says: ['guest.os "centos7"', 'use "debian12" (default) or "ubuntu2404"'],
  }),
  vary({
    code: 'guest-package-source',
    name: 'an unknown package source',
    build: (packageSource: string) => withGuest({ packageSource: invalid(packageSource) }),
    breaks: 'mirror',
    keeps: 'meta',
    says: ['guest.packageSource "mirror"', `use "upstream" (the distribution's mirrors) or "meta" (the meta node's local repository)`],
  }),
  vary({
    code: 'infra-mismatch',
    name: 'one meta node with other infrastructure options',
    build: (second: InfraSpec) => {
      const noGrafana: InfraSpec = { grafana: { enabled: false } };
      return { ...base3, metaNodes: base3.metaNodes.map((m, i) => ({ ...m, infra: i === 1 ? second : noGrafana })) };
    },
    breaks: {},
    keeps: { grafana: { enabled: false } },
    says: ['meta node "meta-2"', 'differ from meta node "meta-1"', 'same infra options on every meta node'],
  }),
  vary({
    code: 'infra-duration',
    name: 'a retention that is not a duration',
    build: (retention: string) => withInfra({ prometheus: { retention } }),
    breaks: 'two weeks',
    keeps: '2w',
    says: ['prometheus.retention "two weeks" is not a duration', '"15d"'],
  }),
  vary({
    code: 'infra-scrape-timeout',
    name: 'a scrape timeout longer than the interval',
    build: (scrapeTimeout: string) => withInfra({ prometheus: { scrapeInterval: '10s', scrapeTimeout } }),
    breaks: '20s',
    keeps: '10s',
    says: ['prometheus.scrapeTimeout "20s" is longer than scrapeInterval "10s"', 'at most the interval'],
  }),
  vary({
    code: 'infra-receiver',
    name: 'a webhook receiver without a URL',
    build: (webhookUrl: string) => withReceiver({ kind: 'webhook', webhookUrl }),
    breaks: 'hooks.example.com/services/T0KEN',
    keeps: 'https://hooks.example.com/alerts',
    says: ['webhook URL (not shown, it may hold a token) is not an http(s) URL', 'https://...'],
  }),
  vary({
    code: 'infra-receiver',
    name: 'an email receiver without a recipient address',
    build: (to: string) => withReceiver({ kind: 'email', email: { ...mail, to } }),
    breaks: 'ops',
    keeps: 'ops@example.com',
    says: ['alertmanager.receiver email to "ops" is not a mail address'],
  }),
  vary({
    code: 'infra-receiver',
    name: 'an email receiver with a password and no port (the message must not show the password)',
    build: (smarthost: string) => withReceiver({ kind: 'email', email: { ...mail, smarthost, authUsername: 'alerts', authPassword: 'Smtp.Secret-123' } }),
    breaks: 'smtp.example.com',
    keeps: 'smtp.example.com:587',
    says: ['alertmanager.receiver email smarthost "smtp.example.com" is not "host:port"'],
  }),
  vary({
    code: 'infra-receiver',
    name: 'an SMTP password on two lines',
    build: (authPassword: string) => withReceiver({ kind: 'email', email: { ...mail, authPassword } }),
    breaks: 'Smtp.Secret-123\nsecond line',
    keeps: 'Smtp.Secret-123',
    says: ['authPassword is not usable', 'one line'],
  }),
  vary({
    code: 'infra-receiver',
    name: 'an unknown receiver kind',
    build: (kind: string) => withReceiver({ kind: invalid(kind) }),
    breaks: 'slack',
    keeps: 'none',
    says: ['receiver kind "slack" is unknown', 'use AlertReceiver.none(), .webhook(url) or .email({...})'],
  }),
  vary({
    code: 'infra-upstream',
    name: 'a DNS upstream that is a name',
    build: (upstream: string) => withInfra({ dns: { upstream: [upstream] } }),
    breaks: 'dns.google',
    keeps: '8.8.8.8',
    says: ['dns.upstream ["dns.google"]', 'DNS upstreams are IPv4 addresses'],
  }),
  vary({
    code: 'infra-upstream',
    name: 'an NTP upstream with a space',
    build: (upstream: string) => withInfra({ ntp: { upstream: [upstream] } }),
    breaks: 'pool ntp org',
    keeps: 'pool.ntp.org',
    says: ['ntp.upstream ["pool ntp org"]', 'NTP upstreams host names or addresses'],
  }),
  vary({
    code: 'infra-apt-source',
    name: 'an apt source without suite and component',
    build: (repository: string) => withInfra({ grafana: { aptSource: { repository, keyUrl: 'https://apt.grafana.com/gpg.key' } } }),
    breaks: 'https://apt.grafana.com',
    keeps: 'https://apt.grafana.com stable main',
    says: ['grafana/consul apt source is malformed', '"<url> <suite> <component...>"'],
  }),
  vary({
    code: 'infra-apt-source',
    name: 'a key URL that a shell would expand',
    build: (keyUrl: string) => withInfra({ grafana: { aptSource: { repository: 'https://apt.grafana.com stable main', keyUrl } } }),
    breaks: 'https://apt.grafana.com/gpg.key$(reboot)',
    keeps: 'https://apt.grafana.com/gpg.key',
    says: ['grafana/consul apt source is malformed', 'both reach a shell at first boot'],
  }),
];
