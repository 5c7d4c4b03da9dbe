import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../../vitest.shared.js';

// `npm run bench`: timings go to BENCHMARKS.md, never into pass/fail tests.
export default mergeConfig(shared, defineConfig({ test: { include: ['bench/**/*.bench-run.ts'] } }));
