#!/usr/bin/env node
// The registry these machines reach serves nx's native binaries for linux/glibc only, so
// `npm install` records no lock entry for the other platforms' optional packages, and `npm ci`
// then refuses the lock as out of sync. This adds an entry (version and platform, no tarball) for
// each missing optional platform package of nx; npm skips them on a non-matching platform.
// Run after any `npm install` that rewrites package-lock.json: `node tools/lock-platform-stubs.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORMS = {
  'darwin-arm64': { os: ['darwin'], cpu: ['arm64'] },
  'darwin-x64': { os: ['darwin'], cpu: ['x64'] },
  'freebsd-x64': { os: ['freebsd'], cpu: ['x64'] },
  'linux-arm-gnueabihf': { os: ['linux'], cpu: ['arm'] },
  'linux-arm64-gnu': { os: ['linux'], cpu: ['arm64'], libc: ['glibc'] },
  'linux-arm64-musl': { os: ['linux'], cpu: ['arm64'], libc: ['musl'] },
  'linux-x64-gnu': { os: ['linux'], cpu: ['x64'], libc: ['glibc'] },
  'linux-x64-musl': { os: ['linux'], cpu: ['x64'], libc: ['musl'] },
  'win32-arm64-msvc': { os: ['win32'], cpu: ['arm64'] },
  'win32-x64-msvc': { os: ['win32'], cpu: ['x64'] },
};

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(file, 'utf8'));
const nx = lock.packages['node_modules/nx'];
let added = 0;
for (const [name, version] of Object.entries(nx?.optionalDependencies ?? {})) {
  const key = `node_modules/${name}`;
  if (lock.packages[key]) continue;
  const platform = PLATFORMS[name.replace('@nx/nx-', '')];
  if (!platform) throw new Error(`unknown nx platform package ${name}`);
  lock.packages[key] = { version, dev: true, license: 'MIT', optional: true, ...platform };
  added++;
}
writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
console.log(`lock-platform-stubs: ${added} entr${added === 1 ? 'y' : 'ies'} added`);
