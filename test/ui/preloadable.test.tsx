// @vitest-environment jsdom
// A screen fetched on demand renders at once when its code has already arrived (no fallback in between, which React
// would hold on screen for up to 300 ms), and suspends as React.lazy does when it has not.
import { afterEach, describe, expect, it } from 'vitest';
import { Suspense } from 'react';
import { act, cleanup, render, screen } from '@testing-library/react';
import { preloadable } from '../../src/ui/preloadable';

afterEach(cleanup);

function Greeting({ name }: { name: string }) {
  return <p>Hej {name}</p>;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('preloadable', () => {
  it('renders a preloaded screen in the first render, without its fallback', async () => {
    const screenCode = preloadable(async () => Greeting);
    await screenCode.preload();
    render(
      <Suspense fallback={<p>Laddar</p>}>
        <screenCode.Component name="Åsa" />
      </Suspense>,
    );
    expect(screen.getByText('Hej Åsa')).toBeTruthy();
    expect(screen.queryByText('Laddar')).toBeNull();
  });

  it('shows the fallback until code that was not preloaded arrives, and fetches it once', async () => {
    const code = deferred<typeof Greeting>();
    let fetches = 0;
    const screenCode = preloadable(() => {
      fetches += 1;
      return code.promise;
    });
    render(
      <Suspense fallback={<p>Laddar</p>}>
        <screenCode.Component name="Örjan" />
      </Suspense>,
    );
    expect(screen.getByText('Laddar')).toBeTruthy();
    void screenCode.preload();
    await act(async () => code.resolve(Greeting));
    expect(await screen.findByText('Hej Örjan')).toBeTruthy();
    expect(fetches).toBe(1);
  });
});
