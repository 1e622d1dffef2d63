/**
 * Nginx on every meta node: the portal's name-based virtual hosts (g/p/a/c/h/n.<domain>) and,
 * as the default server, the local package repository.
 */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import { instanceName } from '../model';
import { PATHS } from './paths';
import { header, lines } from './text';

const PROXY_HEADERS = [
  '        proxy_set_header Host $host;',
  '        proxy_set_header X-Real-IP $remote_addr;',
  '        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  '        proxy_http_version 1.1;',
  '        proxy_set_header Upgrade $http_upgrade;',
  '        proxy_set_header Connection "upgrade";',
];

function proxy(name: string, upstream: string): string[] {
  return [
    'server {',
    `    listen ${'$PORT'};`,
    `    server_name ${name};`,
    '    location / {',
    `        proxy_pass ${upstream};`,
    ...PROXY_HEADERS,
    '    }',
    '}',
  ];
}

const allowMetaNodes = (d: ResolvedDeployment, indent: string): string[] => [...d.metaNodes.map((m) => `${indent}allow ${m.ip};`), `${indent}deny all;`];

/**
 * Alertmanager, which listens on 127.0.0.1 only, on the node's address at its port (where every
 * Prometheus sends alerts) and as a.<domain>: reads for everyone, new alerts from the meta nodes
 * only, every other write (silences, reload) with the portal's admin password.
 */
function alertmanagerServer(d: ResolvedDeployment, node: ResolvedNode): string[] {
  const upstream = `http://127.0.0.1:${d.infra.alertmanager.port}`;
  return [
    'server {',
    `    listen ${node.ip}:${d.infra.alertmanager.port};`,
    `    listen ${'$PORT'};`,
    `    server_name a.${d.network.domain};`,
    '    location / {',
    '        limit_except GET {',
    '            auth_basic "Alertmanager";',
    `            auth_basic_user_file ${PATHS.portalHtpasswd};`,
    '        }',
    `        proxy_pass ${upstream};`,
    ...PROXY_HEADERS,
    '    }',
    '    location = /api/v2/alerts {',
    '        limit_except GET {',
    ...allowMetaNodes(d, '            '),
    '        }',
    `        proxy_pass ${upstream};`,
    ...PROXY_HEADERS,
    '    }',
    '}',
  ];
}

/** Grafana listens on 127.0.0.1 (people reach it as g.<domain>); its node address serves Prometheus its /metrics only. */
function grafanaMetricsServer(d: ResolvedDeployment, node: ResolvedNode): string[] {
  return [
    'server {',
    `    listen ${node.ip}:${d.infra.grafana.port};`,
    '    location = /metrics {',
    ...allowMetaNodes(d, '        '),
    `        proxy_pass http://127.0.0.1:${d.infra.grafana.port};`,
    '    }',
    '    location / {',
    '        return 404;',
    '    }',
    '}',
  ];
}

/** The virtual hosts: which name proxies where (Consul only with the consul DCS); those without an upstream have servers of their own. */
export function portalHosts(d: ResolvedDeployment): { name: string; what: string; upstream?: string }[] {
  const domain = d.network.domain;
  return [
    ...(d.infra.grafana.enabled ? [{ name: `g.${domain}`, what: 'Grafana', upstream: `http://127.0.0.1:${d.infra.grafana.port}` }] : []),
    { name: `p.${domain}`, what: 'Prometheus', upstream: `http://127.0.0.1:${d.infra.prometheus.port}` },
    { name: `a.${domain}`, what: 'Alertmanager' },
    ...(d.dcs.kind === 'consul' ? [{ name: `c.${domain}`, what: 'Consul', upstream: `http://127.0.0.1:${d.ports.consulHttp}` }] : []),
    { name: `h.${domain}`, what: 'HAProxy admin pages of every node' },
    { name: `n.${domain}`, what: 'NTP servers' },
  ];
}

export function renderNginxConfig(d: ResolvedDeployment, node: ResolvedNode): string {
  const domain = d.network.domain;
  const hosts = portalHosts(d);
  const text = lines(
    header(),
    ...(d.tls.enabled
      ? [
          '# https with the deployment CA: the meta node certificate names every portal host.',
          `ssl_certificate ${PATHS.tlsCert};`,
          `ssl_certificate_key ${PATHS.tlsKey};`,
          'ssl_protocols TLSv1.2 TLSv1.3;',
          '',
        ]
      : []),
    '# Default server: the local package repository (and what else lives in the web root).',
    'server {',
    `    listen $PORT default_server;`,
    `    server_name ${domain} _;`,
    `    root ${PATHS.webRoot};`,
    '    autoindex on;',
    '    location / {',
    '        try_files $uri $uri/ =404;',
    '    }',
    '}',
    ...hosts.filter((h) => h.upstream).flatMap((h) => ['', `# ${h.what}`, ...proxy(h.name, h.upstream!)]),
    '',
    '# Alertmanager: reads open, alerts from the meta nodes, other writes with the admin password.',
    ...alertmanagerServer(d, node),
    ...(d.infra.grafana.enabled ? ['', '# Grafana on the node address: its metrics, for Prometheus only.', ...grafanaMetricsServer(d, node)] : []),
    '',
    '# HAProxy admin pages: an index of every node, each proxied under /<node>/.',
    'server {',
    '    listen $PORT;',
    `    server_name h.${domain};`,
    `    root ${PATHS.portalRoot}/h;`,
    '    index index.html;',
    ...d.nodes.filter((n) => n.instance).flatMap((n) => [`    location /${n.name}/ {`, `        proxy_pass http://${n.ip}:${d.ports.haproxyAdmin}/;`, '    }']),
    '}',
    '',
    '# NTP: which servers the deployment keeps time with.',
    'server {',
    '    listen $PORT;',
    `    server_name n.${domain};`,
    `    root ${PATHS.portalRoot}/n;`,
    '    index index.html;',
    '}',
  );
  // With TLS every server also answers on the TLS port, with the meta node's certificate (it names every portal host).
  const listen = d.tls.enabled ? `${d.infra.nginx.port};\n    listen ${d.infra.nginx.tlsPort} ssl` : String(d.infra.nginx.port);
  return text.replace(/\$PORT/g, listen);
}

const page = (title: string, items: string[]): string =>
  lines(
    '<!doctype html>',
    `<html><head><meta charset="utf-8"><title>${title}</title></head><body>`,
    `<h1>${title}</h1>`,
    '<ul>',
    items,
    '</ul>',
    '</body></html>',
  );

export function renderHaproxyIndex(d: ResolvedDeployment): string {
  return page(
    `HAProxy admin pages of ${d.name}`,
    d.nodes
      .filter((n) => n.instance)
      .map((n) => `<li><a href="/${n.name}/">${n.name}</a> (${n.ip}, ${instanceName(n.instance!.cluster, n.instance!.seq)})</li>`),
  );
}

export function renderNtpIndex(d: ResolvedDeployment): string {
  return page(`NTP of ${d.name}`, [
    ...d.metaNodes.map((m) => `<li>${m.name} (${m.ip}): serves ${d.network.cidr}</li>`),
    ...d.infra.ntp.upstream.map((s) => `<li>upstream of the meta nodes: ${s}</li>`),
  ]);
}

/** A landing page of the portal for the default server. */
export function renderPortalIndex(d: ResolvedDeployment): string {
  return page(`${d.name}`, [
    ...portalHosts(d).map((h) => `<li><a href="http://${h.name}/">${h.name}</a>: ${h.what}</li>`),
    `<li><a href="/repo/">repo/</a>: the local apt repository</li>`,
  ]);
}
