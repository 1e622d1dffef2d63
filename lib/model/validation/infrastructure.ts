/**
 * Infrastructure options: the deployment's name, the admin account, the guest OS, and the
 * infrastructure the meta nodes run as peers (Prometheus, Alertmanager, Grafana, DNS, NTP).
 * The meta nodes' ports are checked with the services (services.ts).
 */
import { durationSeconds, type AlertReceiverSpec } from '../infra';
import { parseIpv4 } from '../ip';
import { DNS_LABEL, LINUX_USER } from '../names';
import { GUEST_OSES, PACKAGE_SOURCES } from '../spec';
import { choices, firstWhere, isOneLine, isOneOf, show } from './helpers';
import { isDeferred } from '../deferred';
import type { RuleSet } from './rule';

const INFRA_FIX = 'set the same infra options on every meta node';

/**
 * A URL as first-boot shell commands take it (the key URL unquoted, the repository line in
 * double quotes): host, port and path characters only, nothing a shell would expand.
 */
const URL_TEXT = 'https?:\\/\\/[A-Za-z0-9.-]+(:\\d+)?(\\/[A-Za-z0-9._~%+=/-]*)?';
const SAFE_URL = new RegExp(`^${URL_TEXT}$`);
const APT_LINE = new RegExp(`^${URL_TEXT}( [A-Za-z0-9._/-]+){2,}$`);
const PROMETHEUS_DURATIONS = ['scrapeInterval', 'scrapeTimeout', 'evaluationInterval', 'retention'] as const;

/** The receiver kinds, each with how the constructs write it (keyed by the type, so none is missing). */
const RECEIVER_KINDS: Readonly<Record<AlertReceiverSpec['kind'], string>> = {
  none: 'AlertReceiver.none()',
  webhook: '.webhook(url)',
  email: '.email({...})',
};

function isSshPublicKey(key: unknown): boolean {
  return (
    typeof key === 'string' &&
    /^(ssh-(ed25519|rsa|dss)|ecdsa-sha2-nistp(256|384|521)|sk-(ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com) [A-Za-z0-9+/=]+( [^\r\n]*)?$/.test(key)
  );
}

/** What is wrong with the receiver, or undefined when it is usable. */
function receiverProblem(r: AlertReceiverSpec): string | undefined {
  if (!Object.hasOwn(RECEIVER_KINDS, r.kind)) {
    return `meta node alertmanager.receiver kind ${show(r.kind)} is unknown: use ${choices(Object.values(RECEIVER_KINDS))}.`;
  }
  switch (r.kind) {
    case 'none':
      return undefined;
    case 'webhook':
      return /^https?:\/\/\S+$/.test(r.webhookUrl ?? '')
        ? undefined
        : // Not shown: a webhook URL often holds a token, and this message lands in CI logs.
          `meta node alertmanager.receiver webhook URL (not shown, it may hold a token) is not an http(s) URL: give the full URL of the webhook, https://...`;
    case 'email': {
      const e = r.email;
      const where = 'meta node alertmanager.receiver email';
      if (e === undefined) return `${where} is missing: AlertReceiver.email({ to, from, smarthost }).`;
      for (const field of ['to', 'from'] as const) {
        if (!(typeof e[field] === 'string' && /^[^\s@]+@[^\s@]+$/.test(e[field])))
          return `${where} ${field} ${show(e[field])} is not a mail address (e.g. "dba@example.com").`;
      }
      if (!(typeof e.smarthost === 'string' && /^[\w.-]+:\d+$/.test(e.smarthost)))
        return `${where} smarthost ${show(e.smarthost)} is not "host:port" (e.g. "smtp.example.com:587").`;
      if (e.authUsername !== undefined && !isOneLine(e.authUsername)) return `${where} authUsername ${show(e.authUsername)} is not one line.`;
      // The password is a secret: say what is wrong with it, never what it is.
      if (
        e.authPassword !== undefined &&
        !isDeferred(e.authPassword) &&
        !(typeof e.authPassword === 'string' && isOneLine(e.authPassword, 1024) && e.authPassword.length > 0)
      ) {
        return `${where} authPassword is not usable: it must be one line, without line breaks or control characters (it is kept in its own file).`;
      }
      return undefined;
    }
  }
}

export const infrastructureRules: RuleSet = {
  deployment: [
    {
      code: 'deployment-name',
      check: (d) =>
        typeof d.name === 'string' && DNS_LABEL.test(d.name)
          ? undefined
          : `deployment name ${show(d.name)} is invalid: use lowercase letters, digits and '-', starting with a letter (e.g. "sandbox").`,
    },
    {
      code: 'admin-user',
      check: ({ admin }) =>
        typeof admin.user === 'string' && LINUX_USER.test(admin.user) && admin.user !== 'root' && admin.user !== 'postgres'
          ? undefined
          : `admin.user ${show(admin.user)} is not a usable Linux user name: use lowercase letters, digits, '_' or '-' (not root or postgres), e.g. "dba".`,
    },
    {
      code: 'admin-ssh-keys-empty',
      check: ({ admin }) =>
        Array.isArray(admin.sshKeys) && admin.sshKeys.length > 0
          ? undefined
          : `admin.sshKeys is empty: add at least one SSH public key, or nobody (and no bootstrap step) can log in to the nodes.`,
    },
    {
      code: 'admin-ssh-key-format',
      check: ({ admin }) => {
        const key = Array.isArray(admin.sshKeys) ? firstWhere(admin.sshKeys, (k) => !isSshPublicKey(k)) : undefined;
        return key && `admin.sshKeys entry ${show(key.value)} is not an SSH public key: paste one line of an id_*.pub file ("ssh-ed25519 AAAA... comment").`;
      },
    },
    {
      code: 'guest-os',
      check: ({ guest }) =>
        isOneOf(GUEST_OSES, guest.os)
          ? undefined
          : `guest.os ${show(guest.os)} is unknown: use ${choices(GUEST_OSES, { quote: true, notes: { debian12: 'default' } })}.`,
    },
    {
      code: 'guest-package-source',
      check: ({ guest }) =>
        isOneOf(PACKAGE_SOURCES, guest.packageSource)
          ? undefined
          : `guest.packageSource ${show(guest.packageSource)} is unknown: use ${choices(PACKAGE_SOURCES, {
              quote: true,
              notes: { upstream: "the distribution's mirrors", meta: "the meta node's local repository" },
            })}.`,
    },
  ],
  infra: [
    {
      code: 'infra-mismatch',
      check: (d) => {
        const expected = JSON.stringify(d.infra);
        const other = d.metaNodes.find((m) => JSON.stringify(m.infra) !== expected);
        return (
          other &&
          `meta node ${show(other.name)}: its infrastructure options differ from meta node ${show(d.metaNodes[0].name)}'s: the meta nodes run the infrastructure as peers, so ${INFRA_FIX}.`
        );
      },
    },
    {
      code: 'infra-duration',
      check: ({ infra }) => {
        const key = PROMETHEUS_DURATIONS.find((k) => durationSeconds(infra.prometheus[k]) === undefined);
        return key && `meta node prometheus.${key} ${show(infra.prometheus[key])} is not a duration: write a number and a unit, e.g. "10s", "1m", "15d".`;
      },
    },
    {
      code: 'infra-scrape-timeout',
      check: ({ infra: { prometheus } }) =>
        (durationSeconds(prometheus.scrapeTimeout) ?? 0) > (durationSeconds(prometheus.scrapeInterval) ?? Infinity)
          ? `meta node prometheus.scrapeTimeout ${show(prometheus.scrapeTimeout)} is longer than scrapeInterval ${show(prometheus.scrapeInterval)}: Prometheus refuses that; use a timeout at most the interval.`
          : undefined,
    },
    {
      code: 'infra-receiver',
      check: (d) => receiverProblem(d.infra.alertmanager.receiver),
    },
    {
      code: 'infra-upstream',
      check: ({ infra }) =>
        infra.dns.upstream.every((ip) => parseIpv4(ip) !== undefined) && infra.ntp.upstream.every((h) => /^[a-z0-9.-]+$/i.test(h))
          ? undefined
          : `meta node dns.upstream ${show(infra.dns.upstream)} / ntp.upstream ${show(infra.ntp.upstream)}: DNS upstreams are IPv4 addresses, NTP upstreams host names or addresses.`,
    },
    {
      code: 'infra-apt-source',
      check: ({ infra }) =>
        [infra.grafana.aptSource, infra.consulAptSource].every((a) => APT_LINE.test(a.repository) && SAFE_URL.test(a.keyUrl))
          ? undefined
          : `meta node grafana/consul apt source is malformed: repository is "<url> <suite> <component...>" and keyUrl the URL of the armored signing key (letters, digits and . _ ~ % + = - / only: both reach a shell at first boot).`,
    },
  ],
};
