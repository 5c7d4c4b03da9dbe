export { QEMU_FLAG_NAMES, RETIRED_FLAGS, isQemuFlag, qemuFlagIndex, sortFlags, type QemuFlag } from './flags.js';
export type {
  Accel, AccelCapabilities, CapsDiagnostic, CpuModel, CpuProperty, GicCapability, HostCpuExpansion,
  MachineType, QemuCapabilities, QmpFacts, SevCapability, SgxCapability,
} from './types.js';
export { CapsCode, CapsFormatError, ProbeError } from './errors.js';
export { fromLibvirtXml, fromLibvirtXmlFile, type FromLibvirtXmlOptions } from './xml/parse-caps.js';
export { toLibvirtXml } from './xml/format-caps.js';
export { fromReplies, fromRepliesText, type FromRepliesOptions } from './replay/replies.js';
export { QmpSchema } from './derive/schema-query.js';
export type { QmpResult, QmpSession } from './qmp/session.js';
export { QmpClient, QmpTransportError } from './qmp/client.js';
export { probe, kvmUsable, type ProbeOptions, type ProbeResult } from './probe/probe.js';
export { defaultCacheDir } from './probe/cache.js';
export {
  domainCapabilities, DomainCapsError, type CapsBlock, type CapsEnum, type CustomCpuModel, type DomainCapabilities,
  type DomainCapabilitiesOptions, type DomainFeatures,
} from './domcaps/build.js';
export { formatDomainCapabilities } from './domcaps/format.js';
export { readFirmwareDescriptors, type FirmwareDescriptor } from './domcaps/firmware.js';
