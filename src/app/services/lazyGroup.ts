// A group of app services whose code is fetched on the first call. The side panel's first screen opens a record and
// keeps its draft; approval, the archive, the personal tab, settings and Planner are asked for later, if at all, so
// their workflows stay out of the JavaScript loaded before the panel is usable.

type AsyncMethods<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;
};

export function lazyGroup<T extends AsyncMethods<T>>(load: () => Promise<T>, names: readonly (keyof T)[]): T {
  let loading: Promise<T> | undefined;
  // A failed fetch (network gone) is not remembered: the next call tries again.
  const group = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  const methods = names.map((name) => [
    name,
    async (...args: unknown[]) => {
      const method = (await group())[name] as (...args: unknown[]) => Promise<unknown>;
      return method(...args);
    },
  ]);
  return Object.fromEntries(methods) as T;
}
