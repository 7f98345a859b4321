import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/helpers/browser-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // `npm run coverage`: what the in-process tests reach of src/ (runs of the built
    // binary in a child process are not counted).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
  },
});
