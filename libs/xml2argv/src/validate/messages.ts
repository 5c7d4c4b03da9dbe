import { Xml2ArgvError, type Xml2ArgvErrorCategory } from '../errors.js';

/**
 * Every rejection the validators raise, in one place: the key is the stable identity of the
 * check, the function builds the error with libvirt's category and wording (the conformance
 * runner compares the text byte for byte, so the wording is a fact to keep, typos included).
 */
const fail = (category: Xml2ArgvErrorCategory, detail: string): Xml2ArgvError => new Xml2ArgvError(category, detail);
const unsupported = (detail: string): Xml2ArgvError => fail('config-unsupported', detail);
const xml = (detail: string): Xml2ArgvError => fail('xml-error', detail);
const internal = (detail: string): Xml2ArgvError => fail('internal-error', detail);
/** Errors libvirt prints without a category prefix. */
const bare = (detail: string): Xml2ArgvError => fail('xml-detail', detail);

export const MSG = {
  // emulator / machine
  archUnsupported: (emulator: string, arch: string) => unsupported(`Emulator '${emulator}' does not support arch '${arch}'`),
  gicVersionInvalid: (v: string) => xml(`Invalid value for attribute 'version' in element 'gic': '${v}'.`),
  virtTypeUnsupported: (emulator: string, type: string) => unsupported(`Emulator '${emulator}' does not support virt type '${type}'`),
  featureWrongMachine: (feature: string, arch: string, machine: string) =>
    unsupported(`The '${feature}' feature is not supported for architecture '${arch}' or machine type '${machine}'`),
  timerWrongGuest: (timer: string, virtType: string, arch: string, machine: string) =>
    unsupported(`Configuring the '${timer}' timer is not supported for virtType=${virtType} arch=${arch} machine=${machine} guests`),
  uefiNeedsAcpi: () => unsupported('UEFI requires ACPI on this architecture'),
  acpiNeedsUefi: () => unsupported('ACPI requires UEFI on this architecture'),
  pmUnsupported: (what: string) => unsupported(`setting ACPI ${what} not supported`),
  tsegNotQ35: () => unsupported('SMM TSEG is only supported with q35 machine type'),
  tsegAlignment: () => unsupported('SMM TSEG size must be divisible by 1 MiB'),
  bootDevAndOrder: () => unsupported('per-device boot elements cannot be used together with os/boot elements'),
  bootMenuTimeout: () => unsupported('invalid value for boot menu timeout, must be in range [0,65535]'),
  vcpuGranularity: (n: number) => unsupported(`vCPUs count must be a multiple of the vCPU hotplug granularity (${n})`),
  loadparmChars: (v: string) => internal(`invalid loadparm value '${v}', expecting chars in set of [a-zA-Z0-9.] and blank spaces`),
  loadparmLength: (v: string) => internal(`loadparm value '${v}' must be between 1 and 8 characters`),
  smbiosDate: () => bare("Invalid BIOS 'date' format"),
  smbiosUuid: () => bare('UUID mismatch between <uuid> and <sysinfo>'),

  // firmware
  firmwareNoNvram: (fw: string) => bare(`firmware type '${fw}' does not support nvram`),
  firmwareLoaderType: () => bare("loader attribute 'type' cannot be specified when firmware autoselection is enabled"),
  firmwareFeaturesManual: () => bare('cannot use feature-based firmware autoselection when firmware autoselection is disabled'),
  nvramStateless: () => bare('NVRAM is not permitted when loader is stateless'),
  nvramNeedsEfi: () => bare('Only EFI firmware permits NVRAM'),
  enrolledKeysWithoutSecureBoot: () =>
    bare("firmware feature 'enrolled-keys' cannot be enabled when firmware feature 'secure-boot' is disabled"),
  nvramNeedsPflash: () => bare('Only pflash loader type permits NVRAM'),
  loaderNoPath: () => bare('no loader path specified and firmware auto selection disabled'),

  // CPU
  cpuModelUnsupported: (model: string) => unsupported(`CPU model ${model} is not supported by hypervisor`),
  cpuModeUnsupported: (mode: string, arch: string, virtType: string, hostArch: string) =>
    unsupported(`CPU mode '${mode}' for ${arch} ${virtType} domain on ${hostArch} host is not supported by hypervisor`),
  cpuPassthroughArch: (arch: string, hostArch: string) =>
    unsupported(`QEMU binary does not support CPU host-passthrough for ${arch} on ${hostArch} host`),
  cacheEmulateLevel: () => unsupported("CPU cache mode 'emulate' can only be used with level='3'"),
  cacheLevel: (mode: string) => unsupported(`unsupported CPU cache level for mode '${mode}'`),
  cachePassthroughMode: () => unsupported("CPU cache mode 'passthrough' can only be used with 'host-passthrough' / 'maximum' CPUs"),
  physBitsEmulate: () => unsupported("if using CPU maximum physical address mode='emulate', bits= must be specified too"),
  physBitsPassthrough: () => unsupported("CPU maximum physical address bits number specification cannot be used with mode='passthrough'"),
  cpuIncompatible: () => fail('cpu-incompatible', ''),
  cpuFeatureUnknown: (name: string) => unsupported(`unknown CPU feature: ${name}`),
  cpuFeaturesS390: () => internal('CPU features not supported by hypervisor for s390x architecture'),
  sveLengthsDisabled: () => unsupported('SVE disabled, but SVE vector lengths provided'),

  // memory / NUMA
  numaCellIds: () =>
    xml("Exactly one 'cell' element per guest NUMA cell allowed, non-contiguous ranges or ranges not starting from 0 are not allowed"),
  noMemory: () => xml('Memory size must be specified via <memory> or in the <numa> configuration'),
  memAccessWithoutNuma: (mode: string) => unsupported(`memory access mode '${mode}' not supported without guest numa node`),
  memAccessInvalid: (value: string) => xml(`Invalid value for attribute 'memAccess' in element 'cell': '${value}'.`),
  hugepageNode: (node: number) => bare(`hugepages: node ${node} not found`),
  hugepageTwoDefaults: (a: number, b: number) => bare(`two master hugepages detected: ${a} and ${b}`),
  hugepageNoMount: (kib: number) => internal(`Unable to find any usable hugetlbfs mount for ${kib} KiB`),
  memoryBackendNode: (node: string, count: number) =>
    bare(`can't add memory backend for guest node '${node}' as the guest has only '${count}' NUMA nodes configured`),
  hotplugNeedsNuma: () => unsupported('At least one numa node has to be configured when enabling memory hotplug'),
  numaNodeAlignOverflow: (node: number) => unsupported(`memory size of NUMA node '${node}' overflowed after alignment`),
  memnodeRestrictive: () => xml("'restrictive' mode is required in memnode element when mode is 'restrictive' in memory element"),
  memnodeWithoutCells: () => xml("Element 'memnode' is invalid without any guest NUMA cells"),
  memnodeWithAutoPlacement: () => unsupported('Per-node binding is not compatible with automatic NUMA placement.'),
  numatuneNodesetNeeded: () => unsupported("nodeset for NUMA memory tuning must be set if 'placement' is 'static'"),
  numatuneNodesetInvalid: (v: string) => unsupported(`Invalid value of 'nodeset': ${v}`),

  // controllers
  usbNoModel: () => unsupported('no model provided for USB controller'),
  usbModelUnsupported: (model: string) => unsupported(`USB controller model '${model}' not supported in this QEMU binary`),
  usbPortsLimit: (model: string, max: number) => unsupported(`'${model}' controller only supports up to '${max}' ports`),
  usbNoMaster: () => bare('No master USB controller specified'),
  usbDisabledOther: () => bare("Can't add another USB controller: USB is disabled for this domain"),
  usbDisabledHub: () => unsupported("Can't add USB hub: USB is disabled for this domain"),
  usbDisabledInput: () => unsupported("Can't add USB input device. USB bus is disabled"),
  usbPortSyntax: () => internal("Cannot parse <address> 'port' attribute"),
  usbBusMissing: (bus: number) => xml(`USB bus ${bus} requested but no controller with that index is present`),
  usbNoHub: (port: number, bus: number, path: string) => xml(`there is no hub at port ${port} in USB address bus: ${bus} port: ${path}`),
  usbPortMissing: (path: string, bus: number) => xml(`requested USB port ${path} not present on USB bus ${bus}`),
  usbDuplicate: (bus: number, path: string) => xml(`Duplicate USB address bus ${bus} port ${path}`),
  controllerDuplicateIndex: (type: string, index: number) => xml(`Multiple '${type}' controllers with index '${index}'`),
  negativeIndex: (element: string, value: string) =>
    xml(`Invalid value for attribute 'index' in element '${element}': '${value}'. Expected non-negative value`),
  pciRootIndex: () => xml('pci-root and pcie-root controllers should have index 0'),
  pciRootAddress: () => unsupported('pci-root and pcie-root controllers should not have an address'),
  pciRootModel: (want: string, got: string) =>
    xml(`The PCI controller with index='0' must be model='${want}' for this machine type, but model='${got}' was found instead`),
  pcieExpanderMachine: () => unsupported('pcie-expander-bus controllers are not supported with this machine type'),
  expanderNumaNode: (model: string, index: number, node: number, cells: number) =>
    xml(`${model} with index ${index} is configured for a NUMA node (${node}) not present in the domain's <cpu><numa> array (${cells})`),
  rootHotplugUnsupported: (model: string) => unsupported(`setting the 'hotplug' property on a '${model}' device is not supported by this QEMU binary`),
  pciAddressRange: (field: string, value: string, max: string) => xml(`Invalid PCI address ${field}='${value}', must be <= ${max}`),
  pciFunctionRange: (value: number) => xml(`Invalid PCI address function=0x${value.toString(16)}, must be <= 7`),
  pciWrongBus: (addr: string, index: number, needs: string) =>
    xml(`The device at PCI address ${addr} cannot be plugged into the PCI controller with index='${index}'. It requires a controller that accepts a ${needs}.`),
  pciDoubleUse: (addr: string) => xml(`Attempted double use of PCI Address ${addr}`),
  pciSlotExhausted: (model: string) =>
    internal(`a PCI slot is needed to connect a PCI controller model='${model}', but none is available, and it cannot be automatically added`),
  pciNeedsIntegrated: (addr: string) => xml(`The device at PCI address ${addr} needs to be an integrated device (bus=0)`),
  phbTargetIndexZero: () => unsupported('Only the PCI controller with index 0 can have target index 0, and vice versa'),
  phbTargetIndexRange: (v: number) => unsupported(`PCI controller target index '${v}' out of range - must be 0-30`),
  phbNumaNode: () => unsupported("The PCI controller with index=0 can't be associated with a NUMA node"),
  deviceUnsupported: (name: string) => unsupported(`The '${name}' device is not supported by this QEMU binary`),

  // disks
  diskPartition: (dst: string) => unsupported(`invalid disk target '${dst}', partitions can't appear in disk targets`),
  diskEncryptionFormat: () => unsupported("encryption is supported only with 'raw' and 'qcow2' image format"),
  diskFormatCow: () => unsupported("'cow' storage format is not supported"),
  diskFormatDir: () => unsupported("'directory' storage format is not directly supported by QEMU, use 'dir' disk type instead"),
  diskFormatIso: () => unsupported("storage format 'iso' is not directly supported by QEMU, use 'raw' instead"),
  diskHostdevConflict: (dst: string, c: number, b: number, t: number, u: number) =>
    unsupported(`using disk target name '${dst}' conflicts with SCSI host device address controller='${c}' bus='${b}' target='${t}' unit='${u}`),
  diskNoTarget: (source: string) => bare(`missing target information for device ${source}`),
  secretTypeUnknown: (v: string) => unsupported(`unknown secret type '${v}'`),
  secretTypeInvalid: (v: string) => unsupported(`invalid secret type '${v}'`),
  diskDriveAddressDuplicate: (dst: string, c: number, b: number, t: number, u: number) =>
    unsupported(`Found duplicate drive address for disk with target name '${dst}' controller='${c}' bus='${b}' target='${t}' unit='${u}'`),
  lunProtocol: (protocol: string) => unsupported(`disk device='lun' is not supported for protocol='${protocol}'`),
  lunSourceType: () => unsupported("disk device='lun' is only valid for block type disk source"),
  lunFormat: () => unsupported("disk device 'lun' must use 'raw' format"),
  virtiofsReadonlyNoSocket: () => unsupported('virtiofs does not yet support read-only mode'),
  virtiofsReadonly: () => unsupported('virtiofs does not support read-only access'),
  diskAuthTwice: () => unsupported('an <auth> definition already found for disk source'),
  diskEncryptionTwice: () => unsupported('an <encryption> definition already found for disk source'),
  diskTargetDuplicate: (dst: string, a: string, b: string) => xml(`target '${dst}' duplicated for disk sources '${a}' and '${b}'`),
  diskAddressType: (type: string, dst: string, bus: string) =>
    unsupported(`Invalid address type '${type}' for the disk '${dst}' with the bus type '${bus}'`),
  diskVendorProduct: () => unsupported('Only scsi disk supports vendor and product'),
  diskSharedFormat: (dst: string) => unsupported(`shared access for disk '${dst}' requires use of supported storage format`),
  diskUsbAddress: () => internal('unexpected address type for usb disk'),
  diskCipher: () => unsupported('supplying <cipher> for domain disk definition is unnecessary'),
  diskTlsHostname: () => unsupported("'tlsHostname' field is not supported by this QEMU"),
  floppyPseries: () => unsupported('PowerPC pseries machines do not support floppy device'),

  // graphics / video
  eglHeadlessCompanion: () => unsupported("graphics type 'egl-headless' is only supported with one of: 'vnc', 'spice' graphics types"),
  multipleGl: () => unsupported('multiple OpenGL displays are not supported by QEMU'),
  videoNoDefault: () => internal('missing video model and cannot determine default'),
  videoNoneNotAlone: () => unsupported("a 'none' video type must be the only video device defined for the domain"),
  videoPrimaries: () => unsupported('Only one primary video device is supported'),
  videoAddress: (type: string) => unsupported(`address not supported for video type ${type}`),

  // hostdev
  ramfbMultiple: () => unsupported("Only one vgpu device can have 'ramfb' enabled"),
  hostdevBootVhostScsi: () => unsupported('booting from assigned devices is not supported by vhost SCSI devices'),
  hostdevBootMdev: (model: string) => unsupported(`booting from assigned devices is not supported by mediated devices of model ${model}`),
  hostdevDuplicate: () => xml('Hostdev already exists in the domain configuration'),
  mdevDisplayNeedsGraphics: () => unsupported("graphics device is needed for attribute value 'display=on' in <hostdev>"),
  mdevAddressType: (type: string, model: string) => xml(`Unsupported address type '${type}' with mediated device model '${model}'`),
  mdevMissingUuid: () => unsupported("Missing 'uuid' attribute for element <address>"),
  zpciUnsupported: () => unsupported("This QEMU binary doesn't support zPCI"),
  zpciUid: (hex: string) => xml(`Invalid PCI address uid='0x${hex}', must be > 0x0000 and <= 0xffff`),
  ccwInUse: (devno: string) => xml(`The CCW devno '${devno}' is in use already`),
  vfioCcwUnsupported: () => unsupported('VFIO CCW device assignment is not supported by this version of QEMU'),

  // IOMMU
  iommuUnsupported: (model: string) => unsupported(`IOMMU device: '${model}' is not supported with this QEMU binary`),
  iommuNeedsPci: (model: string) => unsupported(`IOMMU device: '${model}' needs a PCI address`),
  iommuNeedsAcpi: (model: string) => unsupported(`IOMMU device: '${model}' requires ACPI`),
  iommuMachine: (model: string, machines: string) => unsupported(`IOMMU device: '${model}' is only supported with ${machines}`),
  iommuOptionUnsupported: (what: string) => unsupported(`iommu: ${what} is not supported with this QEMU binary`),

  // chardevs
  serialTargetMismatch: (type: string, model: string) =>
    unsupported(`Serial device with target type '${type}' and target model '${model}' not compatible with guest architecture or machine type`),
  chardevNoPath: () => internal('Missing source path attribute for char device'),
  reconnectNeedsConnect: () => internal('chardev reconnect is possible only for connect mode'),
  reconnectTimeout: () => fail('invalid-arg', "chardev reconnect source timeout cannot be '0'"),
  parallelUnsupported: () => unsupported('parallel ports are not supported'),

  // other devices
  tpmNoBackend: () => xml('missing TPM device backend'),
  tpmOnArm: () => unsupported('TPM 1.2 is not supported on ARM'),
  tpmDouble: () => unsupported('only a single TPM non-proxy device is supported'),
  tpmProxyDouble: () => unsupported('only a single TPM Proxy device is supported'),
  queuesNegative: (value: string) =>
    xml(`Invalid value for attribute 'queues' in element 'driver': '${value}'. Expected non-negative integer value`),
  usbKeyboardUnsupported: () => unsupported('usb keyboard is not supported by this QEMU binary'),
  deviceNotSupported: (name: string) => unsupported(`${name} is not supported by this QEMU binary`),
  freePageReporting: () => unsupported('freePageReporting is not supported by this QEMU binary'),
  virtioTransitionalInput: (type: string) => unsupported(`virtio (non-)transitional models are not supported for input type=${type}`),
  rxQueuePowerOfTwo: () => unsupported('rx_queue_size has to be a power of two'),
  netCustomTap: (mac: string, type: string) =>
    unsupported(`interface ${mac} - custom tap device path is not supported for network interfaces of type ${type}`),
  panicAddress: (model: string) => unsupported(`setting the panic device address is not supported for model '${model}'`),
  shmemUnsupported: () => unsupported('ivshmem device is not supported with this QEMU binary'),
  shmemPciOnly: () => unsupported("only 'pci' addresses are supported for the shared memory device"),
  shmemPowerOfTwo: () => xml('shmem size must be a power of two'),
  shmemMinSize: () => xml('shmem size must be at least 1 MiB (1024 KiB)'),
  shmemMsiNeedsServer: () => xml('msi option is only supported with a server'),
  iothreadsUnsupported: () => unsupported('IOThreads not supported for this QEMU'),
  iothreadMissing: (id: number) => unsupported(`Cannot find 'iothread' : ${id}`),
  vcpuschedOverlap: () => bare("'vcpusched' attributes 'vcpus' must not overlap"),
  seclabelNoModel: () => xml('missing security model when using multiple labels'),
  seclabelDuplicate: (model: string) => bare(`seclabel for model ${model} is already provided`),
  pseriesCapUnsupported: (what: string) => unsupported(`${what} configuration is not supported by this QEMU binary`),
  hptPagesizeUnsupported: () => unsupported('Configuring the page size for HPT guests is not supported by this QEMU binary'),
} as const;

export type MessageKey = keyof typeof MSG;
