/** How a changed file takes effect on a node: the apply commands the plan attaches to files. */
import { PATHS } from '../render/paths';

/** The path of a step script on every node. */
export const stepScript = (name: string): string => `${PATHS.stepsDir}/${name}`;

export const restart = (unit: string): string => `systemctl restart ${unit}`;

export const reload = (unit: string): string => `systemctl reload ${unit}`;
