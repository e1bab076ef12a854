// Signing in, as the composition root tries it: once beside the first screen, and again when that failed. The code
// that signs in arrives as a chunk (./signedIn): a retry fetches it again only when it was that which failed, and
// otherwise signs in again with the same token provider, whose memory cache a sign-in from a button has filled.

/** What the sign-in code gives: each call is one attempt to sign in. */
export type SignIn<T> = () => Promise<T>;

export interface SignInAttempts<T> {
  /** The latest attempt: what the services and the header wait on. */
  readonly current: Promise<T>;
  /** Starts a new attempt and returns it. */
  retry(): Promise<T>;
}

export function signInAttempts<T>(load: () => Promise<SignIn<T>>): SignInAttempts<T> {
  let code = load();
  let current = code.then((signIn) => signIn());
  return {
    get current() {
      return current;
    },
    retry() {
      code = code.catch(load);
      current = code.then((signIn) => signIn());
      return current;
    },
  };
}
