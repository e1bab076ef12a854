// The one part of jsdom's API a test uses directly (a window of its own, beside Vitest's jsdom environment): jsdom
// ships no types, and this is too little to take @types/jsdom for.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: Window & typeof globalThis;
  }
}
