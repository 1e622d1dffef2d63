/** The files of a meta node's infrastructure: Prometheus, Alertmanager, Grafana, Nginx, dnsmasq. */
import type { ResolvedDeployment, ResolvedNode } from '../model';
import type { NamedText } from '../private/assets';
import { renderAlertmanagerConfig, renderAlertmanagerDefault } from '../render/alertmanager';
import { renderDnsmasqConfig } from '../render/dnsmasq';
import { RenderedFile, renderedFile } from '../render/file';
import { renderGrafanaDashboardProvider, renderGrafanaDatasources, renderGrafanaEnv, renderGrafanaIni } from '../render/grafana';
import { renderHaproxyIndex, renderNginxConfig, renderNtpIndex, renderPortalIndex } from '../render/nginx';
import { PATHS } from '../render/paths';
import { renderPrometheusConfig, renderPrometheusDefault, renderTargets, targetGroupsByJob, targetsPath } from '../render/prometheus';
import { lines } from '../render/text';
import { restart } from './apply';

/** The file_sd target files: the same on every meta node, so rendered once per deployment. */
const targetFilesOf = new WeakMap<ResolvedDeployment, readonly RenderedFile[]>();

export function targetFiles(d: ResolvedDeployment): readonly RenderedFile[] {
  let files = targetFilesOf.get(d);
  if (!files) {
    files = [...targetGroupsByJob(d)].map(([job, groups]) => renderedFile(targetsPath(job), renderTargets(groups), { firstBoot: false }));
    targetFilesOf.set(d, files);
  }
  return files;
}

export function infraFiles(d: ResolvedDeployment, node: ResolvedNode, platformResolvers: readonly string[]): RenderedFile[] {
  const files = [
    renderedFile(PATHS.prometheusConfig, renderPrometheusConfig(d), {
      apply: `promtool check config ${PATHS.prometheusConfig} && systemctl reload prometheus`,
    }),
    renderedFile(PATHS.prometheusDefault, renderPrometheusDefault(d), { apply: restart('prometheus') }),
    // Prometheus watches file_sd files: a new cluster's targets need no reload.
    ...targetFiles(d),
    renderedFile(PATHS.alertmanagerConfig, renderAlertmanagerConfig(d), {
      apply: `amtool check-config ${PATHS.alertmanagerConfig} && systemctl reload prometheus-alertmanager`,
    }),
    renderedFile(PATHS.alertmanagerDefault, renderAlertmanagerDefault(d, node), { apply: restart('prometheus-alertmanager') }),
    renderedFile(PATHS.nginxConfig, renderNginxConfig(d), { apply: 'nginx -t && systemctl reload nginx' }),
    // The portal's pages list every cluster: served once the files step has run.
    renderedFile(`${PATHS.webRoot}/index.html`, renderPortalIndex(d), { firstBoot: false }),
    renderedFile(`${PATHS.portalRoot}/h/index.html`, renderHaproxyIndex(d), { firstBoot: false }),
    renderedFile(`${PATHS.portalRoot}/n/index.html`, renderNtpIndex(d), { firstBoot: false }),
    renderedFile(PATHS.dnsmasqConfig, renderDnsmasqConfig(d, platformResolvers), { apply: `dnsmasq --test && ${restart('dnsmasq')}` }),
  ];
  const smtp = d.infra.alertmanager.receiver.email?.authPassword;
  if (smtp) {
    files.push(
      renderedFile(PATHS.alertmanagerSmtpPassword, lines(smtp), {
        owner: 'prometheus:prometheus',
        secret: true,
        apply: 'systemctl reload prometheus-alertmanager',
      }),
    );
  }
  if (d.infra.grafana.enabled) {
    files.push(
      renderedFile(PATHS.grafanaIni, renderGrafanaIni(d), { owner: `root:grafana`, mode: '0640', apply: restart('grafana-server') }),
      renderedFile(PATHS.grafanaEnv, renderGrafanaEnv(d), { secret: true, apply: restart('grafana-server') }),
      renderedFile(`${PATHS.grafanaProvisioning}/datasources/pigsty.yml`, renderGrafanaDatasources(d), {
        owner: `root:grafana`,
        mode: '0640',
        apply: restart('grafana-server'),
      }),
      renderedFile(`${PATHS.grafanaProvisioning}/dashboards/pigsty.yml`, renderGrafanaDashboardProvider(), {
        owner: `root:grafana`,
        mode: '0640',
        apply: restart('grafana-server'),
      }),
    );
  }
  return files;
}

/** Alert and recording rules: the same for every deployment, shipped in the static bundle. */
export function infraStaticFiles(rules: readonly NamedText[]): RenderedFile[] {
  return rules.map((rule) =>
    renderedFile(`${PATHS.prometheusRules}/${rule.name}`, rule.content, {
      apply: `promtool check rules ${PATHS.prometheusRules}/${rule.name} && systemctl reload prometheus`,
    }),
  );
}

/** Grafana's dashboards: static, and only for people, so they travel in the bundle alone (see NodePlan.bundleOnlyFiles). */
export function infraDashboardFiles(d: ResolvedDeployment, dashboards: readonly NamedText[]): RenderedFile[] {
  if (!d.infra.grafana.enabled) return [];
  return dashboards.map((dashboard) => renderedFile(`${PATHS.grafanaDashboards}/${dashboard.name}`, dashboard.content, { owner: 'root:grafana' }));
}
