import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that replace a module for themselves (`vi.mock`): they run with a
 * module registry of their own. Every other file shares its worker's modules
 * with the files before it (`isolate: false`): importing src/ and its packages
 * once per worker instead of once per file halves the suite's CPU time
 * (measured on 23 in-process files: 48 s → 23 s of CPU, same 560 tests). A file
 * that changes process-wide state (process.env, process.chdir, globals, mocks)
 * belongs in this list, or must undo the change in its own afterAll.
 */
const OWN_MODULES = ['test/compare/unreadable.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/helpers/browser-global.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Child processes (forks): src/ loads native packages (resvg) and worker threads of its own.
    pool: 'forks',
    // `npm run coverage`: what the in-process tests reach of src/ (runs of the built
    // binary in a child process are not counted).
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'json-summary'],
    },
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...OWN_MODULES],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
    ],
  },
});
