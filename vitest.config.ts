import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '@': fileURLToPath(new URL('.', import.meta.url)) } },
  test: {
    // Playwright owns e2e/*.spec.ts; Vitest must not pick them up (TOOLCHAIN.md trap 5).
    include: [
      'lib/**/*.test.ts',
      'lib/**/*.test.tsx',
      'test/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
    ],
    environment: 'node',
    testTimeout: 20_000,
    // Code that calls getStore() gets a private in-memory SQLite store per test file (never ./data).
    env: { DATABASE_FILE: ':memory:', DATABASE_URL: '' },
    server: { deps: { inline: ['server-only'] } },
    alias: { 'server-only': fileURLToPath(new URL('./test/server-only-stub.ts', import.meta.url)) },
  },
});
