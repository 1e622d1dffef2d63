/** The ids of plan steps, which `after` refers to. */

/** The platform's machine of a node: not a step, but the first thing a node's steps wait for. */
export const machineId = (node: string): string => `node:${node}/machine`;
export const readyId = (node: string): string => `node:${node}/ready`;
export const staticFilesId = (node: string): string => `node:${node}/static-files`;
export const configFilesId = (node: string): string => `node:${node}/files`;
export const dcsId = (meta: string): string => `dcs/${meta}`;
export const repoId = (meta: string): string => `repo/${meta}`;
export const primaryId = (cluster: string): string => `cluster:${cluster}/primary`;
export const replicaId = (cluster: string, seq: number): string => `cluster:${cluster}/replica-${seq}`;
export const memberId = (cluster: string, seq: number): string => `cluster:${cluster}/member-${seq}`;
export const registrationId = (meta: string): string => `registration/${meta}`;
