// Small stand-ins for a QEMU binary, written into a temporary directory by the tests: each is a
// Node script that opens the `-qmp unix:PATH,...` socket it is given and misbehaves on purpose.
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type FakeBehaviour =
  /** Sends the greeting, then never answers anything. */
  | 'greet-then-hang'
  /** Completes the handshake, then exits when the first real command arrives. */
  | 'die-mid-probe'
  /** Never opens the socket; just sleeps. */
  | 'no-monitor'
  /** Serves a recorded libvirt conversation (`.replies` file) like a real QEMU. */
  | { readonly replies: string };

const SERVER = String.raw`
const net = require('node:net');
const fs = require('node:fs');
const arg = process.argv[process.argv.indexOf('-qmp') + 1] || '';
const path = arg.replace(/^unix:/, '').split(',')[0];
const behaviour = JSON.parse(BEHAVIOUR);
const accel = process.argv.includes('kvm') ? 0 : 1;
let recorded = [];
if (behaviour.replies) {
  const msgs = fs.readFileSync(behaviour.replies, 'utf8').split(/\n\s*\n/).filter((s) => s.trim()).map((s) => JSON.parse(s));
  const procs = [];
  for (let i = 0; i < msgs.length; i += 2) {
    if (msgs[i].execute === 'qmp_capabilities') procs.push([]);
    procs[procs.length - 1].push({ cmd: msgs[i], reply: msgs[i + 1] });
  }
  recorded = procs[accel] || [];
}
if (behaviour === 'no-monitor') { setInterval(() => {}, 1000); }
else net.createServer((s) => {
  s.write(JSON.stringify({ QMP: { version: { qemu: { major: 7, minor: 2, micro: 0 } }, capabilities: [] } }) + '\n');
  if (behaviour === 'greet-then-hang') return;
  let buf = '';
  s.on('data', (d) => {
    buf += d;
    let nl;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const msg = JSON.parse(buf.slice(0, nl)); buf = buf.slice(nl + 1);
      if (msg.execute === 'qmp_capabilities') { s.write(JSON.stringify({ return: {}, id: msg.id }) + '\n'); continue; }
      if (behaviour === 'die-mid-probe') process.exit(3);
      const args = JSON.stringify(msg.arguments || {});
      const i = recorded.findIndex((e) => e && e.cmd.execute === msg.execute && JSON.stringify(e.cmd.arguments || {}) === args);
      const hit = i >= 0 ? recorded.splice(i, 1, null)[0].reply : { error: { class: 'CommandNotFound', desc: 'not recorded' } };
      s.write(JSON.stringify({ ...hit, id: msg.id }) + '\n');
    }
  });
}).listen(path);
`;

/** Writes an executable fake QEMU and returns its path. */
export function writeFakeQemu(behaviour: FakeBehaviour): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-fake-qemu-'));
  const file = join(dir, 'qemu-system-fake');
  // The script has no extension: say it is CommonJS, whatever package.json sits above the temp dir.
  writeFileSync(join(dir, 'package.json'), '{ "type": "commonjs" }\n');
  writeFileSync(file, `#!${process.execPath}\nconst BEHAVIOUR = ${JSON.stringify(JSON.stringify(behaviour))};\n${SERVER}`);
  chmodSync(file, 0o755);
  return file;
}

/** Writes a shell script with the given body. */
export function writeScript(body: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'virtkit-fake-sh-'));
  const file = join(dir, 'fake.sh');
  writeFileSync(file, `#!/bin/sh\n${body}\n`);
  chmodSync(file, 0o755);
  return file;
}
