import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The end-to-end tests run the built CLI (dist/main.js) as a child process: build it once first.
export default mergeConfig(shared, { test: { globalSetup: ['tests/build-cli.ts'] } });
