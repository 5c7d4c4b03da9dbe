import type { QemuCapabilities } from '@virtkit/capabilities';
import { ArgvBuilder, type CommandLine } from '../argv/command.js';
import { asDomainJson, child, childText, type DomainInput } from '../input/json.js';
import { prepareDomain } from '../prepare/index.js';
import type { Runtime } from '../runtime.js';
import { validateDomain } from '../validate/index.js';
import { buildAudioArgs } from './audio.js';
import { createContext, domainPrivateDir } from './context.js';
import { buildControllerArgs } from './controller.js';
import { buildCpuArgs } from './cpu.js';
import { buildDiskArgs } from './disk.js';
import { buildLoaderArgs, buildPflashArgs } from './firmware.js';
import { buildFilesystemArgs } from './filesystem.js';
import { buildEnv, buildNameArgs } from './identity.js';
import { buildAccelArgs, buildMachineArgs } from './machine.js';
import { buildMemballoonArgs } from './memballoon.js';
import { buildMemoryArgs } from './memory.js';
import { buildMemoryDeviceArgs } from './memory-device.js';
import { buildNetArgs } from './net.js';
import { buildNumaArgs } from './numa.js';
import { buildChannelArgs, buildConsoleArgs, buildParallelArgs, buildSerialArgs } from './serial.js';
import { buildGraphicsArgs } from './graphics.js';
import { buildVideoArgs } from './video.js';
import { buildInputArgs } from './input.js';
import { buildRngArgs } from './rng.js';
import { buildRedirdevArgs } from './redirdev.js';
import { buildHostdevArgs } from './hostdev.js';
import { buildSoundArgs } from './sound.js';
import { buildWatchdogArgs } from './watchdog.js';
import { buildPanicArgs } from './panic.js';
import { buildBootArgs, buildFipsArgs, buildClockArgs, buildDefaultsArgs, buildLogArgs, buildMonitorArgs, buildPmArgs, buildTrailerArgs, buildUuidArgs, buildVmGenIdArgs } from './misc.js';
import { buildSmpArgs } from './smp.js';
import { buildIothreadArgs } from './iothread.js';
import { buildManagedPrArgs } from './pr-manager.js';
import { applyCapabilityOverrides, buildNamespaceArgs, buildNamespaceEnv } from './qemu-namespace.js';
import { buildIommuArgs } from './iommu.js';
import { buildVsockArgs } from './vsock.js';
import { buildTpmArgs } from './tpm.js';
import { buildSysinfoArgs } from './sysinfo.js';
import { buildShmemArgs } from './shmem.js';
import { buildHubArgs } from './hub.js';
import { buildNvramArgs } from './nvram.js';
import { buildCcidControllerArgs, buildSmartcardArgs } from './smartcard.js';
import { checkSupported } from './unsupported.js';
import { buildIncomingArgs, type IncomingMigration } from './incoming.js';
import { buildVmcoreinfoArgs } from './vmcoreinfo.js';

export interface BuildOptions {
  /** Skip the prepare step (the domain was already prepared with `prepareDomain`). */
  readonly prepared?: boolean;
  /** Start QEMU waiting for an incoming migration or a restore (`-incoming`). */
  readonly incoming?: IncomingMigration;
}

/**
 * Builds the QEMU command line for a domain (as `parseDomain` from @virtkit/model returns it,
 * or a hand-built JSON form), in the order libvirt 9.0 writes it.
 *
 * @throws Xml2ArgvError when the configuration is invalid or not supported by these
 *   capabilities (libvirt's category and message).
 */
export function buildCommandLine(input: DomainInput, caps: QemuCapabilities, runtime: Runtime, options: BuildOptions = {}): CommandLine {
  const domain = asDomainJson(input);
  if (!options.prepared) validateDomain(domain, caps, runtime);
  caps = applyCapabilityOverrides(domain, caps);
  const def = options.prepared ? domain : prepareDomain(domain, caps, runtime.host, { runtime, ...(options.incoming ? { keepMemorySizes: true } : {}) });
  checkSupported(def);
  const emulator = childText(child(def, 'devices'), 'emulator')?.trim() ?? caps.emulator;
  const cmd = new ArgvBuilder(emulator);
  const name = childText(def, 'name') ?? '';
  const ctx = createContext(def, caps, runtime, cmd, domainPrivateDir(runtime.config.libDir, runtime.domainId, name));
  buildEnv(ctx);
  buildNamespaceEnv(ctx);
  buildNameArgs(ctx);
  buildManagedPrArgs(ctx);
  buildPflashArgs(ctx);
  buildFipsArgs(ctx);
  buildMachineArgs(ctx);
  buildAccelArgs(ctx);
  buildCpuArgs(ctx);
  buildLoaderArgs(ctx);
  buildMemoryArgs(ctx);
  buildSmpArgs(ctx);
  buildIothreadArgs(ctx);
  buildNumaArgs(ctx);
  buildUuidArgs(ctx);
  buildSysinfoArgs(ctx);
  buildVmGenIdArgs(ctx);
  buildDefaultsArgs(ctx);
  buildMonitorArgs(ctx);
  buildClockArgs(ctx);
  buildPmArgs(ctx);
  buildBootArgs(ctx);
  buildIommuArgs(ctx);
  buildControllerArgs(ctx);
  buildMemoryDeviceArgs(ctx);
  buildHubArgs(ctx);
  buildCcidControllerArgs(ctx);
  buildDiskArgs(ctx);
  buildFilesystemArgs(ctx);
  buildNetArgs(ctx);
  buildSmartcardArgs(ctx);
  buildSerialArgs(ctx);
  buildParallelArgs(ctx);
  buildChannelArgs(ctx);
  buildConsoleArgs(ctx);
  buildTpmArgs(ctx);
  buildInputArgs(ctx);
  buildAudioArgs(ctx);
  buildGraphicsArgs(ctx);
  buildVideoArgs(ctx);
  buildSoundArgs(ctx);
  buildWatchdogArgs(ctx);
  buildRedirdevArgs(ctx);
  buildHostdevArgs(ctx);
  buildIncomingArgs(ctx, options.incoming);
  buildMemballoonArgs(ctx);
  buildRngArgs(ctx);
  buildNvramArgs(ctx);
  buildVmcoreinfoArgs(ctx);
  buildNamespaceArgs(ctx);
  buildTrailerArgs(ctx);
  buildPanicArgs(ctx);
  buildShmemArgs(ctx);
  buildVsockArgs(ctx);
  buildLogArgs(ctx);
  return cmd.result();
}
