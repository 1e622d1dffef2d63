/** The public constructs, their props and option classes. Helpers they use are not exported. */
export * from './options';
export * from './infra-options';
export * from './hba-rule';
export { HaproxyService } from './haproxy-service';
export type { HaproxyServiceProps, MemberSelector } from './haproxy-service';
export { PgCluster } from './pg-cluster';
export type { DatabaseProps, InstanceProps, NodeSizeProps, PgbouncerProps, PgClusterProps, UserProps, VipProps } from './pg-cluster';
export { MetaNode } from './meta-node';
export type { MetaNodeProps } from './meta-node';
export { DeploymentSecrets } from './secrets';
export type { BastionProps, SshAccessProps } from './ssh';
export { Deployment } from './deployment';
export type { DeploymentProps, NetworkProps, PolicyOptions } from './deployment';
export { Tls } from './tls';
export type { ExistingCaOptions, GeneratedCaOptions } from './tls';
export { Sandbox } from './sandbox';
export type { SandboxMetaCount, SandboxProps } from './sandbox';
export { synthApp } from './app';
