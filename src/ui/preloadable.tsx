// A screen whose code is fetched on demand, but rendered at once when that code is already here. React.lazy always
// suspends on its first render, even for a module that has arrived: the nearest fallback replaces the screen, and
// React then holds the real screen back for up to 300 ms (its throttle on revealing content after a fallback). The
// side panel fetches its workspace beside the shell (main.tsx), so by the time the record is open, it is here.
import { lazy, type ComponentType, type JSX } from 'react';

export interface Preloadable<P> {
  Component: (props: P) => JSX.Element;
  /** Starts fetching the code (once); the screen renders without suspending once it has arrived. */
  preload(): Promise<ComponentType<P>>;
}

export function preloadable<P extends object>(load: () => Promise<ComponentType<P>>): Preloadable<P> {
  let loaded: ComponentType<P> | undefined;
  let loading: Promise<ComponentType<P>> | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Component(props: P) {
    const Screen = (loaded ?? Lazy) as ComponentType<P>;
    return <Screen {...props} />;
  }
  return { Component, preload };
}
