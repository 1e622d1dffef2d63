/**
 * The static instance of an enum-like class (InstanceRole.PRIMARY, PoolMode.SESSION...) that
 * wraps a plain model value: the way back from a spec to construct props.
 */
export function optionOf<T extends object>(cls: { prototype: T }, value: unknown, field = 'value'): T {
  const found = Object.values(cls).find((candidate) => candidate instanceof (cls as unknown as new () => T) && (candidate as Record<string, unknown>)[field] === value);
  if (!found) throw new Error(`no ${(cls as { name?: string }).name} wraps ${JSON.stringify(value)}`);
  return found as T;
}
