export { buildCommandLine, type BuildOptions } from './build/index.js';
export type { IncomingMigration } from './build/incoming.js';
export { prepareDomain, type PrepareOptions } from './prepare/index.js';
export { formatPreparedDomain, type FormatPreparedOptions } from './prepare/format-prepared.js';
export { normalizeDomain, type NormalizeOptions } from './prepare/normalize.js';
export { renderArgs, renderShell, shellQuote } from './argv/render.js';
export type { CommandLine, EnvVar } from './argv/command.js';
export { escapeComma, toJsonArg, toKeyValueArg, type PropValue, type Props } from './argv/props.js';
export { ERROR_CATEGORIES, Xml2ArgvError, type Xml2ArgvErrorCategory } from './errors.js';
export type { DomainInput, DomainJson, JsonNode, JsonValue } from './input/json.js';
export {
  libvirtTestRuntime, standaloneRuntime, testDeviceHost, testFdProvider,
  type DeviceHost, type FdProvider, type FirmwareDescriptorFile, type FirmwareLookup, type HostInfo, type QemuConfig, type Runtime,
  type StorageVolume, type TestRuntimeOptions,
} from './runtime.js';
export { directoryFirmwareLookup, hostFirmwareLookup, type FirmwareDirectory } from './firmware-lookup.js';
