// Unit test setup: jest-dom matchers for component tests, and an in-memory IndexedDB for drafts.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';

// The whole suite shares two cores with the end-to-end tests' Chromium: findBy* waits longer than the
// default second before it calls a slow render a failure.
configure({ asyncUtilTimeout: 5_000 });
