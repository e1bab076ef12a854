// Unit test setup: jest-dom matchers for component tests, and an in-memory IndexedDB for drafts.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
