import { DcsSpec, MetaNodeSpec, sandboxPgMeta } from '../../../../lib/model';
import { base, invalid, RulePair, vary, withMeta } from '../support';

const pgTest = base.clusters[1];
const META_IPS = ['10.10.10.10', '10.10.10.14', '10.10.10.15', '10.10.10.16', '10.10.10.17', '10.10.10.18', '10.10.10.19'];

/** The sandbox with `count` meta nodes, pg-meta on every one (and no pg-meta without them). */
function metaNodes(count: number) {
  const metas: MetaNodeSpec[] = META_IPS.slice(0, count).map((ip, i) => ({ hostname: `meta-${i + 1}`, ip }));
  return { ...base, metaNodes: metas, clusters: count > 0 ? [sandboxPgMeta(metas), pgTest] : [pgTest] };
}

const withDcs = (dcs: DcsSpec) => ({ ...base, dcs });

export const metaPairs: RulePair[] = [
  vary({
    code: 'meta-count',
    name: 'an even meta node count',
    build: metaNodes,
    breaks: 2,
    keeps: 3,
    says: ['metaNodes has 2 node(s)', '1, 3 or 5', 'add or remove one'],
  }),
  vary({
    code: 'meta-count',
    name: 'more than five meta nodes',
    build: metaNodes,
    breaks: 7,
    keeps: 5,
    says: ['metaNodes has 7 node(s)', '1, 3 or 5', 'Use 1 for a lab'],
  }),
  vary({
    code: 'meta-count',
    name: 'no meta node',
    build: metaNodes,
    breaks: 0,
    keeps: 1,
    says: ['metaNodes has 0 node(s)'],
  }),
  vary({
    code: 'meta-hostname',
    name: 'a meta node name that is not a DNS label',
    build: (hostname: string) => withMeta({ hostname }),
    breaks: 'Meta_1',
    keeps: 'meta-1',
    says: ['meta node "Meta_1"', 'hostname is invalid', 'DNS label'],
  }),
  vary({
    code: 'meta-size-cpus',
    name: 'a meta node without CPUs',
    build: (cpus: number) => withMeta({ size: { cpus } }),
    breaks: 0,
    keeps: 1,
    says: ['meta node "meta"', 'size.cpus 0', '1 to 256'],
  }),
  vary({
    code: 'meta-size-memory',
    name: 'a meta node with too little memory',
    build: (memoryMiB: number) => withMeta({ size: { memoryMiB } }),
    breaks: 1023,
    keeps: 1024,
    says: ['meta node "meta"', 'size.memoryMiB 1023', 'at least 1024'],
  }),
  vary({
    code: 'meta-size-disk',
    name: 'a meta node disk that is not a whole number',
    build: (diskGiB: number) => withMeta({ size: { diskGiB } }),
    breaks: 40.5,
    keeps: 40,
    says: ['meta node "meta"', 'size.diskGiB 40.5', 'whole number of GiB'],
  }),
  vary({
    code: 'dcs-kind',
    name: 'an unknown DCS',
    build: (kind: string) => withDcs({ kind: invalid(kind) }),
    breaks: 'zookeeper',
    keeps: 'consul',
    says: ['dcs.kind "zookeeper"', 'use "etcd" (default) or "consul"'],
  }),
  vary({
    code: 'dcs-etcd-api',
    name: 'an unknown etcd API',
    build: (etcdApi: string) => withDcs({ etcdApi: invalid(etcdApi) }),
    breaks: 'v4',
    keeps: 'v3',
    says: ['dcs.etcdApi "v4"', `use "v2" (default; Debian's vip-manager 1.0 needs it) or "v3" (with vip-manager 2.x)`],
  }),
  vary({
    code: 'dcs-namespace',
    name: 'a namespace without slashes',
    build: (namespace: string) => withDcs({ namespace }),
    breaks: 'pg',
    keeps: '/pg-prod/',
    says: ['dcs.namespace "pg"', "start and end with '/'"],
  }),
];
