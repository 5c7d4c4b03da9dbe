// Shared vitest settings: workspace packages resolve to their TypeScript sources
// (the "virtkit-source" export condition), so tests never run against stale dist/.
import { defineConfig } from 'vitest/config';

const conditions = ['virtkit-source', 'import', 'module', 'node', 'default'];

export default defineConfig({
  resolve: { conditions },
  ssr: { resolve: { conditions, externalConditions: conditions } },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
