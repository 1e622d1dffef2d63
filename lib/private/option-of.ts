/**
 * The static instance of an enum-like class (InstanceRole.PRIMARY, PoolMode.SESSION...) that
 * wraps a plain model value: the way back from a spec to construct props.
 */
export function optionOf<T extends object>(
  cls: { prototype: T },
  value: unknown,
  valueOf: (option: T) => unknown = (option) => (option as { value?: unknown }).value,
): T {
  const isOption = (candidate: unknown): candidate is T => candidate instanceof (cls as unknown as new () => T);
  const found = Object.values(cls).find((candidate) => isOption(candidate) && valueOf(candidate) === value);
  if (!found) throw new Error(`no ${(cls as { name?: string }).name} wraps ${JSON.stringify(value)}`);
  return found as T;
}
