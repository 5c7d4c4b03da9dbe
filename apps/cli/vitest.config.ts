import { mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The tests run the shipped CLI (dist/virtkit.js) as a child process: build it once first.
export default mergeConfig(shared, { test: { globalSetup: ['tests/build-cli.ts'] } });
