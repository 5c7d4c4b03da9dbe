/*
 * Generated from schemas/rng by libs/model/codegen: do not edit.
 * Regenerate with `npx nx run @virtkit/model:generate`.
 */

/**
 * Short name of the domain, unique on the host; a single line of text.
 */
export type DomainName = string;
/**
 * Globally unique identifier of the domain; generated when absent.
 */
export type DomainUuid = string;
/**
 * VM generation id exposed to the guest (changes when the guest is restored or cloned); empty asks libvirt to generate one.
 */
export type DomainGenid = '' | string;
/**
 * Short human-readable title, on a single line.
 */
export type DomainTitle = string;
/**
 * Free-form human-readable description; libvirt does not interpret it.
 */
export type DomainDescription = string;
/**
 * Required CPU vendor (e.g. `Intel`, `AMD`).
 */
export type DomainCpuVendor = string;
/**
 * Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.
 */
export type DomainSysinfo = DomainSysinfoSmbios | DomainSysinfoFwcfg;
/**
 * One OEM string.
 */
export type DomainSysinfoOemStringsEntry = string;
/**
 * Host path of the bootloader program; empty asks for the default one.
 */
export type DomainBootloader = string;
/**
 * Arguments passed to the bootloader program.
 */
export type DomainBootloaderArgs = string;
/**
 * Host path of the kernel image.
 */
export type DomainOsKernel = string;
/**
 * Host path of the initial ramdisk.
 */
export type DomainOsInitrd = string;
/**
 * Root device path passed to the kernel (older Xen setups).
 */
export type DomainOsRoot = string;
/**
 * Kernel command line.
 */
export type DomainOsCmdline = string;
/**
 * Host path of a device tree blob for the guest (ARM, PowerPC).
 */
export type DomainOsDtb = string;
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 */
export type DomainOsNvram =
  | DomainOsNvramFile
  | DomainOsNvramBlock
  | DomainOsNvramDir
  | DomainOsNvramNetwork
  | DomainOsNvramVolume
  | DomainOsNvramNvme
  | DomainOsNvramVhostuser;
/**
 * Overrides the domain's security labelling for one host resource (image, socket, device).
 */
export type DomainDeviceSeclabel = DomainDeviceSeclabelNo | DomainDeviceSeclabelYes;
/**
 * The label to apply to the resource.
 */
export type DomainDeviceSeclabelLabel = string;
/**
 * Network image: protocol, image name and server(s).
 */
export type DomainStorageSourceNetwork =
  | DomainStorageSourceNetworkNbd
  | DomainStorageSourceNetworkGluster
  | DomainStorageSourceNetworkRbd
  | DomainStorageSourceNetworkIscsi
  | DomainStorageSourceNetworkHttp
  | DomainStorageSourceNetworkHttps
  | DomainStorageSourceNetworkFtp
  | DomainStorageSourceNetworkFtps
  | DomainStorageSourceNetworkSheepdog
  | DomainStorageSourceNetworkVxhs
  | DomainStorageSourceNetworkNfs;
/**
 * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
 */
export type DomainStorageNetworkHost = DomainStorageNetworkHostTcp | DomainStorageNetworkHostUnix;
/**
 * Absolute path, inside the container, of the first process to run.
 */
export type DomainOsInit = string;
/**
 * One command line argument of the init program.
 */
export type DomainOsInitarg = string;
/**
 * Working directory of the init program.
 */
export type DomainOsInitdir = string;
/**
 * User (name or number) the init program runs as.
 */
export type DomainOsInituser = string;
/**
 * Group (name or number) the init program runs as.
 */
export type DomainOsInitgroup = string;
/**
 * Guest time keeping: the clock offset and the timer devices.
 */
export type DomainClock = DomainClockLocaltime | DomainClockTimezone | DomainClockVariable | DomainClockAbsolute;
/**
 * Settings of one timer device of the guest; the `name` attribute says which.
 */
export type DomainClockTimer =
  DomainClockTimerPlatform | DomainClockTimerTsc | DomainClockTimerHpet | DomainClockTimerKvmclock;
/**
 * Number of I/O threads the hypervisor creates for disk and other I/O.
 */
export type DomainIothreads = string;
/**
 * Overall I/O weight of the guest (100 to 1000).
 */
export type DomainBlkiotuneWeight = string;
/**
 * Host path of the block device.
 */
export type DomainBlkiotuneDevicePath = string;
/**
 * I/O weight on this device (100 to 1000).
 */
export type DomainBlkiotuneDeviceWeight = string;
/**
 * Read operations per second limit.
 */
export type DomainBlkiotuneDeviceReadIopsSec = string;
/**
 * Write operations per second limit.
 */
export type DomainBlkiotuneDeviceWriteIopsSec = string;
/**
 * Read throughput limit in bytes per second.
 */
export type DomainBlkiotuneDeviceReadBytesSec = string;
/**
 * Write throughput limit in bytes per second.
 */
export type DomainBlkiotuneDeviceWriteBytesSec = string;
/**
 * Relative CPU weight of the guest against other guests.
 */
export type DomainCputuneShares = string;
/**
 * Enforcement period for the whole guest, in microseconds.
 */
export type DomainCputuneGlobalPeriod = string;
/**
 * CPU time per period for the whole guest, in microseconds.
 */
export type DomainCputuneGlobalQuota = string;
/**
 * Enforcement period of each vCPU, in microseconds.
 */
export type DomainCputunePeriod = string;
/**
 * CPU time per period of each vCPU, in microseconds.
 */
export type DomainCputuneQuota = string;
/**
 * Enforcement period of the emulator threads, in microseconds.
 */
export type DomainCputuneEmulatorPeriod = string;
/**
 * CPU time per period of the emulator threads, in microseconds.
 */
export type DomainCputuneEmulatorQuota = string;
/**
 * Enforcement period of each I/O thread, in microseconds.
 */
export type DomainCputuneIothreadPeriod = string;
/**
 * CPU time per period of each I/O thread, in microseconds.
 */
export type DomainCputuneIothreadQuota = string;
/**
 * Host scheduler policy of some vCPUs.
 */
export type DomainCputuneVcpusched = DomainCputuneVcpuschedBatch | DomainCputuneVcpuschedFifo;
/**
 * Host scheduler policy of some I/O threads.
 */
export type DomainCputuneIothreadsched = DomainCputuneIothreadschedBatch | DomainCputuneIothreadschedFifo;
/**
 * Host scheduler policy of the emulator threads.
 */
export type DomainCputuneEmulatorsched = DomainCputuneEmulatorschedBatch | DomainCputuneEmulatorschedFifo;
/**
 * Policy for all guest memory.
 */
export type DomainNumatuneMemory = DomainNumatuneMemoryStatic | DomainNumatuneMemoryAuto;
/**
 * Resource partition (cgroup path), e.g. `/machine`.
 */
export type DomainResourcePartition = string;
/**
 * Hyper-V enlightenments for Windows guests.
 */
export type DomainFeaturesHyperv = DomainFeaturesHypervPassthrough | DomainFeaturesHypervCustom;
/**
 * Action when the guest asks for a reboot.
 */
export type DomainLifecycleOnReboot = 'destroy' | 'restart' | 'preserve' | 'rename-restart';
/**
 * Action when the guest powers itself off.
 */
export type DomainLifecycleOnPoweroff = 'destroy' | 'restart' | 'preserve' | 'rename-restart';
/**
 * Action when the guest crashes; the `coredump-` variants first dump guest memory.
 */
export type DomainLifecycleOnCrash =
  'destroy' | 'restart' | 'preserve' | 'rename-restart' | 'coredump-destroy' | 'coredump-restart';
/**
 * Action when the lock manager loses the guest's resource locks: `poweroff`, `restart`, `pause` or `ignore`.
 */
export type DomainLifecycleOnLockfailure = 'poweroff' | 'restart' | 'pause' | 'ignore';
/**
 * Absolute path of the hypervisor binary (e.g. `/usr/bin/qemu-system-x86_64`); libvirt picks one when absent.
 */
export type DomainDevicesEmulator = string;
/**
 * A block device of the guest backed by host storage.
 */
export type DomainDisk =
  | DomainDiskFile
  | DomainDiskBlock
  | DomainDiskDir
  | DomainDiskNetwork
  | DomainDiskVolume
  | DomainDiskNvme
  | DomainDiskVhostuser;
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 */
export type DomainDiskMirror =
  | DomainDiskMirrorFile
  | DomainDiskMirrorBlock
  | DomainDiskMirrorDir
  | DomainDiskMirrorNetwork
  | DomainDiskMirrorVolume
  | DomainDiskMirrorNvme
  | DomainDiskMirrorVhostuser;
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 */
export type DomainStorageBackingStore =
  | DomainStorageBackingStoreFile
  | DomainStorageBackingStoreBlock
  | DomainStorageBackingStoreDir
  | DomainStorageBackingStoreNetwork
  | DomainStorageBackingStoreVolume
  | DomainStorageBackingStoreNvme
  | DomainStorageBackingStoreVhostuser;
/**
 * Serial number reported to the guest.
 */
export type DomainDiskSerial = string;
/**
 * Total throughput limit, bytes per second.
 */
export type DomainDiskIotuneTotalBytesSec = string;
/**
 * Read throughput limit, bytes per second.
 */
export type DomainDiskIotuneReadBytesSec = string;
/**
 * Write throughput limit, bytes per second.
 */
export type DomainDiskIotuneWriteBytesSec = string;
/**
 * Total I/O operations per second limit.
 */
export type DomainDiskIotuneTotalIopsSec = string;
/**
 * Read operations per second limit.
 */
export type DomainDiskIotuneReadIopsSec = string;
/**
 * Write operations per second limit.
 */
export type DomainDiskIotuneWriteIopsSec = string;
/**
 * Burst total throughput, bytes per second.
 */
export type DomainDiskIotuneTotalBytesSecMax = string;
/**
 * Burst read throughput, bytes per second.
 */
export type DomainDiskIotuneReadBytesSecMax = string;
/**
 * Burst write throughput, bytes per second.
 */
export type DomainDiskIotuneWriteBytesSecMax = string;
/**
 * Burst total operations per second.
 */
export type DomainDiskIotuneTotalIopsSecMax = string;
/**
 * Burst read operations per second.
 */
export type DomainDiskIotuneReadIopsSecMax = string;
/**
 * Burst write operations per second.
 */
export type DomainDiskIotuneWriteIopsSecMax = string;
/**
 * Size in bytes that counts as one I/O operation for the IOPS limits.
 */
export type DomainDiskIotuneSizeIopsSec = string;
/**
 * Throttle group: disks with the same name share one set of limits.
 */
export type DomainDiskIotuneGroupName = string;
/**
 * How long the total throughput burst may last, in seconds.
 */
export type DomainDiskIotuneTotalBytesSecMaxLength = string;
/**
 * How long the read throughput burst may last, in seconds.
 */
export type DomainDiskIotuneReadBytesSecMaxLength = string;
/**
 * How long the write throughput burst may last, in seconds.
 */
export type DomainDiskIotuneWriteBytesSecMaxLength = string;
/**
 * How long the total IOPS burst may last, in seconds.
 */
export type DomainDiskIotuneTotalIopsSecMaxLength = string;
/**
 * How long the read IOPS burst may last, in seconds.
 */
export type DomainDiskIotuneReadIopsSecMaxLength = string;
/**
 * How long the write IOPS burst may last, in seconds.
 */
export type DomainDiskIotuneWriteIopsSecMaxLength = string;
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 */
export type DomainDeviceAddress =
  | DomainDeviceAddressPci
  | DomainDeviceAddressDrive
  | DomainDeviceAddressVirtioSerial
  | DomainDeviceAddressCcid
  | DomainDeviceAddressUsb
  | DomainDeviceAddressSpaprVio
  | DomainDeviceAddressCcw
  | DomainDeviceAddressIsa
  | DomainDeviceAddressVirtioMmio
  | DomainDeviceAddressDimm
  | DomainDeviceAddressUnassigned;
/**
 * World Wide Name reported for IDE/SCSI disks (16 hex digits).
 */
export type DomainDiskWwn = string;
/**
 * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
 */
export type DomainDiskVendor = string;
/**
 * SCSI product string reported to the guest (up to 16 printable ASCII characters).
 */
export type DomainDiskProduct = string;
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 */
export type DomainController =
  | DomainControllerFdc
  | DomainControllerSata
  | DomainControllerCcid
  | DomainControllerIsa
  | DomainControllerScsi
  | DomainControllerUsb
  | DomainControllerIde
  | DomainControllerPci
  | DomainControllerVirtioSerial
  | DomainControllerXenbus;
/**
 * Guest NUMA node an expander bus belongs to.
 */
export type DomainControllerPciTargetNode = string;
/**
 * Name of the lockspace the lease key lives in.
 */
export type DomainLeaseLockspace = string;
/**
 * Name of the lease within the lockspace.
 */
export type DomainLeaseKey = string;
/**
 * A host file system exported to the guest.
 */
export type DomainFilesystem =
  | DomainFilesystemMount
  | DomainFilesystemBind
  | DomainFilesystemFile
  | DomainFilesystemBlock
  | DomainFilesystemTemplate
  | DomainFilesystemRam;
/**
 * How the hypervisor implements the share.
 */
export type DomainFilesystemDriver = DomainFilesystemDriverPath | DomainFilesystemDriverVirtiofs;
/**
 * A guest network interface card and the host-side connection behind it.
 */
export type DomainInterface =
  | DomainInterfaceNetwork
  | DomainInterfaceBridge
  | DomainInterfaceEthernet
  | DomainInterfaceDirect
  | DomainInterfaceHostdev
  | DomainInterfaceUser
  | DomainInterfaceInternal
  | DomainInterfaceMcast
  | DomainInterfaceServer
  | DomainInterfaceUdp
  | DomainInterfaceVhostuser
  | DomainInterfaceVdpa
  | DomainInterfaceNull
  | DomainInterfaceVds;
/**
 * Backend driver of the card and its tuning knobs.
 */
export type DomainInterfaceDriver = DomainInterfaceDriverKvm | DomainInterfaceDriverQemu;
/**
 * Send buffer size of the tap device in bytes.
 */
export type DomainInterfaceTuneSndbuf = string;
/**
 * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
 */
export type DomainDeviceTeaming = DomainDeviceTeamingPersistent | DomainDeviceTeamingTransient;
/**
 * An input device of the guest.
 */
export type DomainInput = DomainInputTablet | DomainInputPassthrough | DomainInputEvdev;
/**
 * A host audio backend.
 */
export type DomainAudio =
  | DomainAudioNone
  | DomainAudioAlsa
  | DomainAudioCoreaudio
  | DomainAudioDbus
  | DomainAudioJack
  | DomainAudioOss
  | DomainAudioPulseaudio
  | DomainAudioSdl
  | DomainAudioSpice
  | DomainAudioFile;
/**
 * A host device assigned to the guest.
 */
export type DomainHostdev =
  | DomainHostdevPci
  | DomainHostdevUsb
  | DomainHostdevScsi
  | DomainHostdevScsiHost
  | DomainHostdevMdev
  | DomainHostdevStorage
  | DomainHostdevMisc
  | DomainHostdevNet;
/**
 * Where the LUN is: behind a host SCSI adapter or on an iSCSI target.
 */
export type DomainHostdevScsiSource = DomainHostdevScsiSourceAdapter | DomainHostdevScsiSourceIscsi;
/**
 * The host SCSI adapter the LUN is behind.
 */
export type DomainHostdevScsiAdapter = DomainHostdevScsiAdapterScsiHost | DomainHostdevScsiAdapterFcHost;
/**
 * Absolute path of the block device node.
 */
export type DomainHostdevSourceBlock = string;
/**
 * Absolute path of the character device node.
 */
export type DomainHostdevSourceChar = string;
/**
 * Name of the host network interface.
 */
export type DomainHostdevSourceInterface = string;
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 */
export type DomainGraphics =
  | DomainGraphicsSdl
  | DomainGraphicsVnc
  | DomainGraphicsSpice
  | DomainGraphicsRdp
  | DomainGraphicsDesktop
  | DomainGraphicsEglHeadless
  | DomainGraphicsDbus;
/**
 * One place the server listens on.
 */
export type DomainGraphicsListen =
  DomainGraphicsListenAddress | DomainGraphicsListenNetwork | DomainGraphicsListenSocket | DomainGraphicsListenNone;
/**
 * The adapter model and its memory layout.
 */
export type DomainVideoModel = DomainVideoModelVga | DomainVideoModelQxl;
/**
 * A virtio-serial port in the guest.
 */
export type DomainChannelTarget = DomainChannelTargetVirtio | DomainChannelTargetGuestfwd | DomainChannelTargetXen;
/**
 * A smartcard device attached to a CCID controller.
 */
export type DomainSmartcard = DomainSmartcardHost | DomainSmartcardHostCertificates | DomainSmartcardPassthrough;
/**
 * Name of one certificate in the NSS database; exactly three are given, in order.
 */
export type DomainSmartcardCertificate = string;
/**
 * Absolute path of the NSS database holding the certificates (default /etc/pki/nssdb).
 */
export type DomainSmartcardDatabase = string;
/**
 * Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).
 */
export type DomainRngBackend = DomainRngBackendRandom | DomainRngBackendEgd | DomainRngBackendBuiltin;
/**
 * What implements the TPM on the host; `type` selects the variant.
 */
export type DomainTpmBackend = DomainTpmBackendPassthrough | DomainTpmBackendEmulator | DomainTpmBackendExternal;
/**
 * Identifier of an NVDIMM as seen by the guest (PPC64 only).
 */
export type DomainMemoryDeviceUuid = string;
/**
 * Host NUMA nodes to allocate the backing memory from.
 */
export type DomainMemoryDeviceSourceNodemask = string;
/**
 * Host file or device (such as `/dev/pmem0` or `/dev/dax0.0`) that backs an NVDIMM or virtio-pmem module.
 */
export type DomainMemoryDeviceSourcePath = string;
/**
 * Guest NUMA node the module is attached to.
 */
export type DomainMemoryDeviceTargetNode = string;
/**
 * Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.
 */
export type DomainSeclabel = DomainSeclabelDynamic | DomainSeclabelStatic | DomainSeclabelNone;
/**
 * The generated process label; written by libvirt for running guests.
 */
export type DomainSeclabelDynamicLabel = string;
/**
 * The generated resource label; written by libvirt for running guests.
 */
export type DomainSeclabelDynamicImagelabel = string;
/**
 * Template the dynamic label is derived from.
 */
export type DomainSeclabelBaselabel = string;
/**
 * The process label to use.
 */
export type DomainSeclabelStaticLabel = string;
/**
 * The resource label; written by libvirt.
 */
export type DomainSeclabelStaticImagelabel = string;
/**
 * Confidential computing: the guest's memory is protected from the host; `type` names the technology.
 */
export type DomainLaunchSecurity = DomainLaunchSecuritySev | DomainLaunchSecurityS390Pv;
/**
 * Position of the encryption bit in page table entries.
 */
export type DomainLaunchSecurityCbitpos = string;
/**
 * Physical address bits lost when encryption is on.
 */
export type DomainLaunchSecurityReducedPhysBits = string;
/**
 * SEV guest policy bits, in hex (e.g. `0x0003`).
 */
export type DomainLaunchSecurityPolicy = string;
/**
 * Handle of the SEV firmware context to use.
 */
export type DomainLaunchSecurityHandle = string;
/**
 * Guest owner's Diffie-Hellman certificate, base64 encoded.
 */
export type DomainLaunchSecurityDhCert = string;
/**
 * Guest owner's session parameters, base64 encoded.
 */
export type DomainLaunchSecuritySession = string;
/**
 * vSphere datacenter path of the guest (set by the ESX driver).
 */
export type DomainVmwareDatacenterPath = string;
/**
 * The generated process label; written by libvirt for running guests.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainSeclabelLabel = DomainSeclabelDynamicLabel | DomainSeclabelStaticLabel;
/**
 * The generated resource label; written by libvirt for running guests.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainSeclabelImagelabel = DomainSeclabelDynamicImagelabel | DomainSeclabelStaticImagelabel;
/**
 * Host file holding the image; leave it out for an empty removable drive.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainStorageSource =
  | DomainStorageSourceFile
  | DomainStorageSourceBlock
  | DomainStorageSourceDir
  | DomainStorageSourceNetwork
  | DomainStorageSourceVolume
  | DomainStorageSourceNvme
  | DomainStorageSourceVhostUser;
/**
 * The shared host directory, or the socket of an externally started virtiofsd.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainFilesystemSource =
  | DomainFilesystemMountSource
  | DomainFilesystemBindSource
  | DomainFilesystemFileSource
  | DomainFilesystemBlockSource
  | DomainFilesystemTemplateSource
  | DomainFilesystemRamSource;
/**
 * The virtual network (and optionally its port group) to use.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainInterfaceSource =
  | DomainInterfaceNetworkSource
  | DomainInterfaceBridgeSource
  | DomainInterfaceEthernetSource
  | DomainInterfaceDirectSource
  | DomainInterfaceHostdevSource
  | DomainInterfaceUserSource
  | DomainInterfaceInternalSource
  | DomainInterfaceMcastSource
  | DomainInterfaceServerSource
  | DomainInterfaceUdpSource
  | DomainInterfaceVhostuserSource
  | DomainInterfaceVdpaSource
  | DomainInterfaceVdsSource;
/**
 * The host event device.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainInputSource = DomainInputPassthroughSource | DomainInputEvdevSource;
/**
 * Recording settings.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainAudioInput =
  | DomainAudioDirectionsInput
  | DomainAudioAlsaInput
  | DomainAudioCoreaudioInput
  | DomainAudioJackInput
  | DomainAudioOssInput
  | DomainAudioPulseaudioInput
  | DomainAudioSdlInput;
/**
 * Playback settings.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainAudioOutput =
  | DomainAudioDirectionsOutput
  | DomainAudioAlsaOutput
  | DomainAudioCoreaudioOutput
  | DomainAudioJackOutput
  | DomainAudioOssOutput
  | DomainAudioPulseaudioOutput
  | DomainAudioSdlOutput;
/**
 * The host PCI device.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainHostdevSource =
  | DomainHostdevPciSource
  | DomainHostdevUsbSource
  | DomainHostdevScsiSource
  | DomainHostdevScsiHostSource
  | DomainHostdevMdevSource
  | DomainHostdevStorageSource
  | DomainHostdevMiscSource
  | DomainHostdevNetSource;
/**
 * OpenGL acceleration of the window.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainGraphicsAnyGl = DomainGraphicsSdlGl | DomainGraphicsGl | DomainGraphicsEglHeadlessGl;
/**
 * Host PCI address of the device.
 *
 * Any of the forms the variants of its parent allow.
 */
export type DomainHostdevSourceAddress =
  | DomainHostdevPciSourceAddress
  | DomainHostdevUsbAddress
  | DomainHostdevScsiSourceAdapterAddress
  | DomainHostdevMdevSourceAddress;

/**
 * A virtual machine (or container) definition: its identity, resources, firmware and boot setup, and devices.
 */
export interface Domain {
  /**
   * The hypervisor driver that runs the domain (e.g. `kvm`, `qemu`, `xen`, `lxc`).
   */
  type:
    | 'qemu'
    | 'kqemu'
    | 'kvm'
    | 'xen'
    | 'lxc'
    | 'uml'
    | 'openvz'
    | 'test'
    | 'vmware'
    | 'hyperv'
    | 'vbox'
    | 'phyp'
    | 'vz'
    | 'bhyve'
    | 'hvf';
  /**
   * Runtime id of a running domain; written by libvirt, ignored on input.
   */
  id?: string;
  /**
   * Short name of the domain, unique on the host; a single line of text.
   */
  name: DomainName;
  /**
   * Globally unique identifier of the domain; generated when absent.
   */
  uuid?: DomainUuid;
  /**
   * VM generation id exposed to the guest (changes when the guest is restored or cloned); empty asks libvirt to generate one.
   */
  genid?: DomainGenid;
  /**
   * Short human-readable title, on a single line.
   */
  title?: DomainTitle;
  /**
   * Free-form human-readable description; libvirt does not interpret it.
   */
  description?: DomainDescription;
  /**
   * Application data kept with the domain: each child should live in the application's own XML namespace.
   */
  metadata?: DomainMetadata;
  /**
   * What CPU the guest sees and how its virtual CPUs are arranged.
   */
  cpu?: DomainCpu;
  /**
   * Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.
   */
  sysinfo?: DomainSysinfo[];
  /**
   * Host path of the bootloader program; empty asks for the default one.
   */
  bootloader?: DomainBootloader;
  /**
   * Arguments passed to the bootloader program.
   */
  bootloader_args?: DomainBootloaderArgs;
  /**
   * Operating system boot setup of a paravirtualized Xen guest.
   */
  os?: DomainOs;
  /**
   * Guest time keeping: the clock offset and the timer devices.
   */
  clock?: DomainClock;
  /**
   * Memory the guest has at boot, in the given unit (KiB by default).
   */
  memory?: DomainMemorySize;
  /**
   * Upper bound for memory hotplug: the largest total the guest may reach (KiB by default).
   */
  maxMemory?: DomainMemoryMax;
  /**
   * Memory actually given to the guest (with the balloon), at most `memory` (KiB by default).
   */
  currentMemory?: DomainMemoryCurrent;
  /**
   * How guest RAM is allocated on the host: huge pages, sharing, locking and the backing kind.
   */
  memoryBacking?: DomainMemoryBacking;
  /**
   * Maximum number of virtual CPUs of the guest.
   */
  vcpu?: DomainVcpu;
  /**
   * Per-vCPU state: which vCPUs are online, hotpluggable and in which order they come up.
   */
  vcpus?: DomainVcpus;
  /**
   * Number of I/O threads the hypervisor creates for disk and other I/O.
   */
  iothreads?: DomainIothreads;
  /**
   * Explicit ids of the I/O threads.
   */
  iothreadids?: DomainIothreadids;
  /**
   * Settings of the hypervisor's default event-loop thread.
   */
  defaultiothread?: DomainDefaultIothread;
  /**
   * Block I/O cgroup tuning of the whole guest.
   */
  blkiotune?: DomainBlkiotune;
  /**
   * Memory cgroup limits of the guest process (KiB by default).
   */
  memtune?: DomainMemtune;
  /**
   * Host CPU scheduling of the guest: shares, bandwidth limits, pinning, real-time scheduling and cache/memory-bandwidth allocation.
   */
  cputune?: DomainCputune;
  /**
   * On which host NUMA nodes guest memory is allocated.
   */
  numatune?: DomainNumatune;
  /**
   * Where the guest sits in the host's resource hierarchy.
   */
  resource?: DomainResource;
  /**
   * Hypervisor features turned on or off for the guest; each child is one feature, in any order.
   */
  features?: DomainFeatures;
  /**
   * Action when the guest asks for a reboot.
   */
  on_reboot?: DomainLifecycleOnReboot;
  /**
   * Action when the guest powers itself off.
   */
  on_poweroff?: DomainLifecycleOnPoweroff;
  /**
   * Action when the guest crashes; the `coredump-` variants first dump guest memory.
   */
  on_crash?: DomainLifecycleOnCrash;
  /**
   * Action when the lock manager loses the guest's resource locks: `poweroff`, `restart`, `pause` or `ignore`.
   */
  on_lockfailure?: DomainLifecycleOnLockfailure;
  /**
   * ACPI sleep states the guest may use; hypervisor defaults apply to states left out.
   */
  pm?: DomainPm;
  /**
   * Perf events to count for the guest; events not listed are off.
   */
  perf?: DomainPerf;
  /**
   * Maps user and group ids inside a container to ids on the host (user namespaces).
   */
  idmap?: DomainIdmap;
  /**
   * The guest's hardware: disks, controllers, network interfaces, consoles, graphics and every other device, in any order.
   */
  devices?: DomainDevices;
  /**
   * Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.
   */
  seclabel?: DomainSeclabel[];
  /**
   * Extra arguments and environment variables for the QEMU process.
   */
  'qemu:commandline'?: DomainQemuCommandline;
  /**
   * Overrides of libvirt's probed QEMU capability flags (for testing and workarounds).
   */
  'qemu:capabilities'?: DomainQemuCapabilities;
  /**
   * How QEMU treats uses of deprecated interfaces.
   */
  'qemu:deprecation'?: DomainQemuDeprecation;
  /**
   * Low-level overrides of properties of the devices libvirt creates.
   */
  'qemu:override'?: DomainQemuOverride;
  /**
   * Namespaces a container shares with another container or process instead of getting its own.
   */
  'lxc:namespace'?: DomainLxcNamespace;
  /**
   * s390 cryptographic key wrapping settings.
   */
  keywrap?: DomainKeywrap;
  /**
   * Confidential computing: the guest's memory is protected from the host; `type` names the technology.
   */
  launchSecurity?: DomainLaunchSecurity;
  /**
   * Extra arguments for the bhyve process.
   */
  'bhyve:commandline'?: DomainBhyveCommandline;
  /**
   * Extra arguments for the device model (QEMU) of a Xen guest.
   */
  'xen:commandline'?: DomainXenCommandline;
  /**
   * vSphere datacenter path of the guest (set by the ESX driver).
   */
  'vmware:datacenterpath'?: DomainVmwareDatacenterPath;
}
/**
 * Application data kept with the domain: each child should live in the application's own XML namespace.
 */
export interface DomainMetadata {
  /**
   * Namespace declarations (prefix, `` for the default, to URI) the wildcard content needs.
   */
  '#xmlns'?: {
    [k: string]: string;
  };
  /**
   * Elements the schema allows by wildcard (and stray text), in their generic form.
   */
  '#unknown'?: (UnknownElement | string)[];
}
/**
 * An element kept in generic form: one the schema does not name, or one that cannot be stored in its usual place.
 */
export interface UnknownElement {
  /**
   * The qualified name as written.
   */
  '#name': string;
  /**
   * Namespace declarations (prefix, `` for the default, to URI).
   */
  '#xmlns'?: {
    [k: string]: string;
  };
  /**
   * Attributes by qualified name as written.
   */
  '#attributes'?: {
    [k: string]: string;
  };
  /**
   * Child elements and text in document order.
   */
  '#children'?: (UnknownElement | string)[];
}
/**
 * What CPU the guest sees and how its virtual CPUs are arranged.
 */
export interface DomainCpu {
  /**
   * How the CPU is chosen: `custom` (the named model), `host-model` (closest model to the host CPU), `host-passthrough` (the host CPU as is) or `maximum` (everything the hypervisor can offer).
   */
  mode?: 'custom' | 'host-model' | 'host-passthrough' | 'maximum';
  /**
   * For custom mode, how strictly the host must match: `minimum`, `exact` or `strict`.
   */
  match?: 'minimum' | 'exact' | 'strict';
  /**
   * How the resulting virtual CPU is checked against the request when the guest starts: `none`, `partial` or `full`.
   */
  check?: 'none' | 'partial' | 'full';
  /**
   * For host-passthrough and maximum modes: `on` drops features that would block migration.
   */
  migratable?: 'on' | 'off';
  /**
   * Named CPU model (e.g. `Skylake-Client`, `cortex-a57`); the text may be empty in host modes.
   */
  model?: DomainCpuModel;
  /**
   * Required CPU vendor (e.g. `Intel`, `AMD`).
   */
  vendor?: DomainCpuVendor;
  /**
   * How the virtual CPUs are grouped; the product of the numbers is the maximum vCPU count.
   */
  topology?: DomainCpuTopology;
  /**
   * Fine-tunes one CPU feature (CPUID flag) on top of the model.
   */
  feature?: DomainCpuFeature[];
  /**
   * The guest's NUMA topology: one cell per node, plus optional latency and bandwidth data.
   */
  numa?: DomainCpuNuma;
  /**
   * How the guest's CPU cache information is produced.
   */
  cache?: DomainCpuCache;
  /**
   * Physical address width the guest CPU reports.
   */
  maxphysaddr?: DomainCpuMaxphysaddr;
}
/**
 * Named CPU model (e.g. `Skylake-Client`, `cortex-a57`); the text may be empty in host modes.
 */
export interface DomainCpuModel {
  /**
   * Whether libvirt may fall back to a nearby model when the hypervisor lacks this one: `allow` or `forbid`.
   */
  fallback?: 'allow' | 'forbid';
  /**
   * Vendor string reported by CPUID: exactly 12 characters, no commas.
   */
  vendor_id?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * How the virtual CPUs are grouped; the product of the numbers is the maximum vCPU count.
 */
export interface DomainCpuTopology {
  /**
   * Number of CPU sockets.
   */
  sockets: string;
  /**
   * Dies per socket (default 1).
   */
  dies?: string;
  /**
   * Cores per die.
   */
  cores: string;
  /**
   * Threads per core.
   */
  threads: string;
}
/**
 * Fine-tunes one CPU feature (CPUID flag) on top of the model.
 */
export interface DomainCpuFeature {
  /**
   * `force` (on even if the host lacks it), `require`, `optional`, `disable` or `forbid` (refuse to start on hosts that have it).
   */
  policy: 'force' | 'require' | 'optional' | 'disable' | 'forbid';
  /**
   * Feature name as in libvirt's CPU map (e.g. `vmx`, `avx2`).
   */
  name: string;
}
/**
 * The guest's NUMA topology: one cell per node, plus optional latency and bandwidth data.
 */
export interface DomainCpuNuma {
  /**
   * One guest NUMA node with its vCPUs and memory.
   */
  cell: DomainCpuNumaCell[];
  /**
   * Access latencies and bandwidths between initiator and target nodes (ACPI HMAT).
   */
  interconnects?: DomainCpuNumaInterconnects;
}
/**
 * One guest NUMA node with its vCPUs and memory.
 */
export interface DomainCpuNumaCell {
  /**
   * Node number; cells are numbered in order when absent.
   */
  id?: string;
  /**
   * vCPUs that belong to the node (a CPU list); a node may have none.
   */
  cpus?: string;
  /**
   * Memory of the node, in the `unit` given (KiB by default).
   */
  memory: string;
  /**
   * Unit of `memory`.
   */
  unit?: string;
  /**
   * Whether the node's memory is mapped `shared` or `private` (shared is needed by vhost-user).
   */
  memAccess?: 'shared' | 'private';
  /**
   * Whether the node's memory is discarded on guest shutdown instead of being kept in its backing file.
   */
  discard?: 'yes' | 'no';
  /**
   * Distances (relative access costs) from this node to others.
   */
  distances?: DomainCpuNumaCellDistances;
  /**
   * A memory-side cache of the node (ACPI HMAT).
   */
  cache?: DomainCpuNumaCache[];
}
/**
 * Distances (relative access costs) from this node to others.
 */
export interface DomainCpuNumaCellDistances {
  /**
   * Distance from this node to one other node.
   */
  sibling: DomainCpuNumaCellDistancesSibling[];
}
/**
 * Distance from this node to one other node.
 */
export interface DomainCpuNumaCellDistancesSibling {
  /**
   * The other node's number.
   */
  id: string;
  /**
   * Distance, from 10 (local) to 255 (unreachable).
   */
  value: string;
}
/**
 * A memory-side cache of the node (ACPI HMAT).
 */
export interface DomainCpuNumaCache {
  /**
   * Cache level.
   */
  level: string;
  /**
   * `none`, `direct` (direct mapped) or `full` (fully associative).
   */
  associativity: 'none' | 'direct' | 'full';
  /**
   * Write policy: `none`, `writeback` or `writethrough`.
   */
  policy: 'none' | 'writeback' | 'writethrough';
  /**
   * Cache size.
   */
  size: DomainCpuNumaCacheSize;
  /**
   * Cache line size.
   */
  line: DomainCpuNumaCacheLine;
}
/**
 * Cache size.
 */
export interface DomainCpuNumaCacheSize {
  /**
   * The number.
   */
  value: string;
  /**
   * Its unit (e.g. `KiB`, `B`).
   */
  unit: string;
}
/**
 * Cache line size.
 */
export interface DomainCpuNumaCacheLine {
  /**
   * The number.
   */
  value: string;
  /**
   * Its unit (e.g. `KiB`, `B`).
   */
  unit: string;
}
/**
 * Access latencies and bandwidths between initiator and target nodes (ACPI HMAT).
 */
export interface DomainCpuNumaInterconnects {
  /**
   * Latency from an initiator node to a target node, in nanoseconds.
   */
  latency?: DomainCpuNumaInterconnectsLatency[];
  /**
   * Bandwidth from an initiator node to a target node.
   */
  bandwidth?: DomainCpuNumaInterconnectsBandwidth[];
}
/**
 * Latency from an initiator node to a target node, in nanoseconds.
 */
export interface DomainCpuNumaInterconnectsLatency {
  /**
   * Node issuing the accesses.
   */
  initiator: string;
  /**
   * Node whose memory is accessed.
   */
  target: string;
  /**
   * Level of the target's memory-side cache measured; main memory when absent.
   */
  cache?: string;
  /**
   * Kind of access measured: `access`, `read` or `write`.
   */
  type: 'access' | 'read' | 'write';
  /**
   * The latency.
   */
  value: string;
}
/**
 * Bandwidth from an initiator node to a target node.
 */
export interface DomainCpuNumaInterconnectsBandwidth {
  /**
   * Node issuing the accesses.
   */
  initiator: string;
  /**
   * Node whose memory is accessed.
   */
  target: string;
  /**
   * Level of the target's memory-side cache measured; main memory when absent.
   */
  cache?: string;
  /**
   * Kind of access measured: `access`, `read` or `write`.
   */
  type: 'access' | 'read' | 'write';
  /**
   * The number.
   */
  value: string;
  /**
   * Its unit (e.g. `KiB`, `B`).
   */
  unit: string;
}
/**
 * How the guest's CPU cache information is produced.
 */
export interface DomainCpuCache {
  /**
   * Cache level the setting applies to (1, 2 or 3); all levels when absent.
   */
  level?: '1' | '2' | '3';
  /**
   * `emulate` (made-up values), `passthrough` (the host's) or `disable` (no cache information).
   */
  mode: 'emulate' | 'passthrough' | 'disable';
}
/**
 * Physical address width the guest CPU reports.
 */
export interface DomainCpuMaxphysaddr {
  /**
   * `passthrough` (the host's width) or `emulate` (the width given in `bits`).
   */
  mode: 'emulate' | 'passthrough';
  /**
   * Number of address bits.
   */
  bits?: string;
}
/**
 * Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.
 *
 * Variant with `type` 'smbios'.
 */
export interface DomainSysinfoSmbios {
  /**
   * `smbios`: SMBIOS structures, grouped by table.
   */
  type: 'smbios';
  /**
   * SMBIOS type 0 (BIOS information).
   */
  bios?: DomainSysinfoBios;
  /**
   * SMBIOS type 1 (system information).
   */
  system?: DomainSysinfoSystem;
  /**
   * SMBIOS type 2 (baseboard information); may repeat.
   */
  baseBoard?: DomainSysinfoBaseBoard[];
  /**
   * SMBIOS type 3 (chassis information).
   */
  chassis?: DomainSysinfoChassis;
  /**
   * SMBIOS type 11 (OEM strings).
   */
  oemStrings?: DomainSysinfoOemStrings;
}
/**
 * SMBIOS type 0 (BIOS information).
 */
export interface DomainSysinfoBios {
  /**
   * One field; the text is its value.
   */
  entry: DomainSysinfoBiosEntry[];
}
/**
 * One field; the text is its value.
 */
export interface DomainSysinfoBiosEntry {
  /**
   * Field: `vendor`, `version`, `date` (mm/dd/yyyy) or `release` (major.minor).
   */
  name: 'vendor' | 'version' | 'date' | 'release';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * SMBIOS type 1 (system information).
 */
export interface DomainSysinfoSystem {
  /**
   * One field; the text is its value.
   */
  entry: DomainSysinfoSystemEntry[];
}
/**
 * One field; the text is its value.
 */
export interface DomainSysinfoSystemEntry {
  /**
   * Field: `manufacturer`, `product`, `version`, `serial`, `uuid`, `sku` or `family`.
   */
  name: 'manufacturer' | 'product' | 'version' | 'serial' | 'uuid' | 'sku' | 'family';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * SMBIOS type 2 (baseboard information); may repeat.
 */
export interface DomainSysinfoBaseBoard {
  /**
   * One field; the text is its value.
   */
  entry: DomainSysinfoBaseBoardEntry[];
}
/**
 * One field; the text is its value.
 */
export interface DomainSysinfoBaseBoardEntry {
  /**
   * Field: `manufacturer`, `product`, `version`, `serial`, `asset` or `location`.
   */
  name: 'manufacturer' | 'product' | 'version' | 'serial' | 'asset' | 'location';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * SMBIOS type 3 (chassis information).
 */
export interface DomainSysinfoChassis {
  /**
   * One field; the text is its value.
   */
  entry: DomainSysinfoChassisEntry[];
}
/**
 * One field; the text is its value.
 */
export interface DomainSysinfoChassisEntry {
  /**
   * Field: `manufacturer`, `version`, `serial`, `asset` or `sku`.
   */
  name: 'manufacturer' | 'version' | 'serial' | 'asset' | 'sku';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * SMBIOS type 11 (OEM strings).
 */
export interface DomainSysinfoOemStrings {
  /**
   * One OEM string.
   */
  entry: DomainSysinfoOemStringsEntry[];
}
/**
 * Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.
 *
 * Variant with `type` 'fwcfg'.
 */
export interface DomainSysinfoFwcfg {
  /**
   * `fwcfg`: named blobs exposed through QEMU's firmware configuration device.
   */
  type: 'fwcfg';
  /**
   * One blob: either the text itself or the content of a host file.
   */
  entry?: DomainSysinfoEntry[];
}
/**
 * One blob: either the text itself or the content of a host file.
 */
export interface DomainSysinfoEntry {
  /**
   * Blob name as the guest sees it (e.g. `opt/com.example/config`).
   */
  name: string;
  /**
   * Host file whose content is the blob.
   */
  file?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Operating system boot setup of a paravirtualized Xen guest.
 */
export interface DomainOs {
  /**
   * Asks libvirt to pick a matching firmware automatically: `bios` or `efi`.
   */
  '@firmware'?: 'bios' | 'efi';
  /**
   * Guest type of a Xen PV guest: `xen` (or its synonym `linux`), or `xenpvh`.
   */
  type: DomainOsType;
  /**
   * Host path of the kernel image.
   */
  kernel?: DomainOsKernel;
  /**
   * Host path of the initial ramdisk.
   */
  initrd?: DomainOsInitrd;
  /**
   * Root device path passed to the kernel (older Xen setups).
   */
  root?: DomainOsRoot;
  /**
   * Kernel command line.
   */
  cmdline?: DomainOsCmdline;
  /**
   * Host path of a device tree blob for the guest (ARM, PowerPC).
   */
  dtb?: DomainOsDtb;
  /**
   * Features the automatically selected firmware must have (or must lack).
   */
  firmware?: DomainOsFirmware;
  /**
   * The firmware image (BIOS or UEFI) given to the guest; the text is its host path.
   */
  loader?: DomainOsLoader;
  /**
   * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
   */
  nvram?: DomainOsNvram;
  /**
   * One entry of the firmware's boot order; repeat to try several device kinds in turn.
   */
  boot?: DomainOsBoot[];
  /**
   * Interactive boot menu of the firmware.
   */
  bootmenu?: DomainOsBootmenu;
  /**
   * Where the SMBIOS tables seen by the guest come from.
   */
  smbios?: DomainOsSmbios;
  /**
   * Legacy BIOS options.
   */
  bios?: DomainOsBios;
  /**
   * Extra ACPI tables handed to the guest.
   */
  acpi?: DomainOsAcpi;
  /**
   * Absolute path, inside the container, of the first process to run.
   */
  init?: DomainOsInit;
  /**
   * One command line argument of the init program.
   */
  initarg?: DomainOsInitarg[];
  /**
   * An environment variable for the init program; the text is its value.
   */
  initenv?: DomainOsInitenv[];
  /**
   * Working directory of the init program.
   */
  initdir?: DomainOsInitdir;
  /**
   * User (name or number) the init program runs as.
   */
  inituser?: DomainOsInituser;
  /**
   * Group (name or number) the init program runs as.
   */
  initgroup?: DomainOsInitgroup;
}
/**
 * Guest type of a Xen PV guest: `xen` (or its synonym `linux`), or `xenpvh`.
 */
export interface DomainOsType {
  /**
   * Guest architecture.
   */
  arch?:
    | 'i686'
    | 'x86_64'
    | 'ia64'
    | 'aarch64'
    | 'alpha'
    | 'armv6l'
    | 'armv7l'
    | 'cris'
    | 'lm32'
    | 'm68k'
    | 'microblaze'
    | 'microblazeel'
    | 'mips'
    | 'mipsel'
    | 'mips64'
    | 'mips64el'
    | 'openrisc'
    | 'parisc'
    | 'parisc64'
    | 'ppc'
    | 'ppc64'
    | 'ppc64le'
    | 'ppcemb'
    | 'riscv32'
    | 'riscv64'
    | 's390'
    | 's390x'
    | 'sh4'
    | 'sh4eb'
    | 'sparc'
    | 'sparc64'
    | 'unicore32'
    | 'xtensa'
    | 'xtensaeb';
  /**
   * Xen machine kind: `xenpv`, `xenfv` or `xenpvh`.
   */
  machine?: ('xenpv' | 'xenfv' | 'xenpvh') | string;
  /**
   * The text content.
   */
  '#text'?: 'xen' | 'linux' | 'xenpvh' | 'hvm' | 'exe';
}
/**
 * Features the automatically selected firmware must have (or must lack).
 */
export interface DomainOsFirmware {
  /**
   * One firmware feature requirement.
   */
  feature: DomainOsFirmwareFeature[];
}
/**
 * One firmware feature requirement.
 */
export interface DomainOsFirmwareFeature {
  /**
   * `yes` requires the feature, `no` excludes firmware that has it.
   */
  enabled: 'yes' | 'no';
  /**
   * The feature: `secure-boot` (UEFI Secure Boot) or `enrolled-keys` (Microsoft keys preloaded in the variable store).
   */
  name: 'enrolled-keys' | 'secure-boot';
}
/**
 * The firmware image (BIOS or UEFI) given to the guest; the text is its host path.
 */
export interface DomainOsLoader {
  /**
   * Whether the image is mapped read-only (usual for UEFI code).
   */
  readonly?: 'yes' | 'no';
  /**
   * Whether the firmware needs SMM-protected flash (Secure Boot builds).
   */
  secure?: 'yes' | 'no';
  /**
   * How the image is mapped: `rom` or `pflash` (emulated flash).
   */
  type?: 'rom' | 'pflash';
  /**
   * `yes` when the firmware keeps no variable store (no NVRAM file).
   */
  stateless?: 'yes' | 'no';
  /**
   * The text content.
   */
  '#text'?: '' | string;
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'file' (also when `type` is left out).
 */
export interface DomainOsNvramFile {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: a regular host file (the default when `type` is omitted).
   */
  type?: 'file';
  /**
   * The text content.
   */
  '#text'?: '' | string;
  /**
   * Host file holding the image; leave it out for an empty removable drive.
   */
  source?: DomainStorageSourceFile;
}
/**
 * Host file holding the image; leave it out for an empty removable drive.
 */
export interface DomainStorageSourceFile {
  /**
   * Absolute path of the image file (or a VMware "[datastore] path" reference).
   */
  file?: string;
  /**
   * Name of a group of file descriptors passed in by the client that replaces opening `file`.
   */
  fdgroup?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * Overrides the domain's security labelling for one host resource (image, socket, device).
   */
  seclabel?: DomainDeviceSeclabel[];
}
/**
 * Restricts the guest to a byte range of the source.
 */
export interface DomainStorageSourceSlices {
  /**
   * One byte range of the source.
   */
  slice: DomainStorageSourceSlicesSlice;
}
/**
 * One byte range of the source.
 */
export interface DomainStorageSourceSlicesSlice {
  /**
   * What the slice applies to; only `storage` (the raw image) exists.
   */
  type: 'storage';
  /**
   * Start of the range, in bytes.
   */
  offset: string;
  /**
   * Length of the range, in bytes.
   */
  size: string;
}
/**
 * Reserved for libvirt's internal status XML; never valid in a domain definition.
 */
export interface DomainStoragePrivateData {}
/**
 * Encryption of the image content; the key comes from a libvirt secret.
 */
export interface DomainStorageEncryption {
  /**
   * Encryption format: `luks`/`luks2` (LUKS header), `qcow` (legacy qcow AES) or `default`.
   */
  format: 'default' | 'qcow' | 'luks' | 'luks2';
  /**
   * Who decrypts: `qemu` (QEMU's block layer) or `librbd` (Ceph's client library).
   */
  engine?: 'qemu' | 'librbd';
  /**
   * The libvirt secret holding the encryption passphrase.
   */
  secret?: DomainStorageEncryptionSecret;
  /**
   * Cipher of an existing LUKS volume (informational).
   */
  cipher?: DomainStorageEncryptionCipher;
  /**
   * Initialization vector generator of an existing LUKS volume (informational).
   */
  ivgen?: DomainStorageEncryptionIvgen;
}
/**
 * The libvirt secret holding the encryption passphrase.
 */
export interface DomainStorageEncryptionSecret {
  /**
   * Secret role; only `passphrase` exists.
   */
  type: 'passphrase';
  /**
   * UUID of the libvirt secret.
   */
  uuid?: string;
  /**
   * Usage string identifying the libvirt secret.
   */
  usage?: string;
}
/**
 * Cipher of an existing LUKS volume (informational).
 */
export interface DomainStorageEncryptionCipher {
  /**
   * Cipher algorithm, e.g. aes.
   */
  name: string;
  /**
   * Key size in bits.
   */
  size: string;
  /**
   * Cipher mode, e.g. cbc or xts.
   */
  mode?: string;
  /**
   * Hash used by the cipher mode.
   */
  hash?: string;
}
/**
 * Initialization vector generator of an existing LUKS volume (informational).
 */
export interface DomainStorageEncryptionIvgen {
  /**
   * IV generator algorithm, e.g. plain64.
   */
  name: string;
  /**
   * Hash used by the IV generator.
   */
  hash?: string;
}
/**
 * Overrides the domain's security labelling for one host resource (image, socket, device).
 *
 * Variant with `relabel` 'no'.
 */
export interface DomainDeviceSeclabelNo {
  /**
   * Security driver the override applies to (e.g. `selinux`, `dac`, `apparmor`).
   */
  model?: string;
  /**
   * `no` leaves the resource's label untouched.
   */
  relabel: 'no';
}
/**
 * Overrides the domain's security labelling for one host resource (image, socket, device).
 *
 * Variant with `relabel` 'yes' (also when `relabel` is left out).
 */
export interface DomainDeviceSeclabelYes {
  /**
   * Security driver the override applies to (e.g. `selinux`, `dac`, `apparmor`).
   */
  model?: string;
  /**
   * Written by libvirt when the resource was left unlabelled on purpose.
   */
  labelskip?: 'yes';
  /**
   * `yes` relabels the resource with the given label.
   */
  relabel?: 'yes';
  /**
   * The label to apply to the resource.
   */
  label?: DomainDeviceSeclabelLabel[];
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'block'.
 */
export interface DomainOsNvramBlock {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: a host block device.
   */
  type: 'block';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Host block device backing the disk.
   */
  source?: DomainStorageSourceBlock;
}
/**
 * Host block device backing the disk.
 */
export interface DomainStorageSourceBlock {
  /**
   * Path (or name) of the host block device, e.g. /dev/sdb.
   */
  dev?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * SCSI persistent reservations, handled by a qemu-pr-helper process.
   */
  reservations?: DomainStorageReservations;
  /**
   * Overrides the domain's security labelling for one host resource (image, socket, device).
   */
  seclabel?: DomainDeviceSeclabel[];
}
/**
 * SCSI persistent reservations, handled by a qemu-pr-helper process.
 */
export interface DomainStorageReservations {
  /**
   * `yes`: libvirt starts the helper itself; `no`: connect to the socket given in source.
   */
  managed?: 'yes' | 'no';
  /**
   * UNIX socket of an externally managed reservation helper.
   */
  source?: DomainStorageReservationsSource;
}
/**
 * UNIX socket of an externally managed reservation helper.
 */
export interface DomainStorageReservationsSource {
  /**
   * Socket kind; only `unix` exists.
   */
  type: 'unix';
  /**
   * Absolute path of the helper's socket.
   */
  path: string;
  /**
   * Which side listens: `client` connects to the helper, `server` listens for it.
   */
  mode: 'server' | 'client';
  /**
   * For client sockets: whether and how often to connect again after the peer went away.
   */
  reconnect?: DomainSocketReconnect;
}
/**
 * For client sockets: whether and how often to connect again after the peer went away.
 */
export interface DomainSocketReconnect {
  /**
   * `yes` to reconnect automatically after a disconnect.
   */
  enabled: 'yes' | 'no';
  /**
   * Seconds to wait between reconnection attempts.
   */
  timeout?: string;
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'dir'.
 */
export interface DomainOsNvramDir {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: a host directory exposed as a virtual FAT disk.
   */
  type: 'dir';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Host directory whose content the guest sees as a disk.
   */
  source?: DomainStorageSourceDir;
}
/**
 * Host directory whose content the guest sees as a disk.
 */
export interface DomainStorageSourceDir {
  /**
   * Absolute path of the host directory.
   */
  dir: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'network'.
 */
export interface DomainOsNvramNetwork {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: an image reached over the network by QEMU's own client.
   */
  type: 'network';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Network image: protocol, image name and server(s).
   */
  source: DomainStorageSourceNetwork;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'nbd'.
 */
export interface DomainStorageSourceNetworkNbd {
  /**
   * Network Block Device.
   */
  protocol: 'nbd';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name?: string;
  /**
   * Whether to wrap the connection in TLS.
   */
  tls?: 'yes' | 'no';
  /**
   * Host name expected in the server's TLS certificate, if not the connection host.
   */
  tlsHostname?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
}
/**
 * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
 *
 * Variant with `transport` one of 'tcp', 'rdma' (also when `transport` is left out).
 */
export interface DomainStorageNetworkHostTcp {
  /**
   * Transport: `tcp` (default) or `rdma`.
   */
  transport?: 'tcp' | 'rdma';
  /**
   * Host name or IP address of the server.
   */
  name: string;
  /**
   * TCP port; the protocol's default when omitted.
   */
  port?: string;
}
/**
 * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
 *
 * Variant with `transport` 'unix'.
 */
export interface DomainStorageNetworkHostUnix {
  /**
   * Transport: a local UNIX socket.
   */
  transport: 'unix';
  /**
   * Absolute path of the server's UNIX socket.
   */
  socket: string;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'gluster'.
 */
export interface DomainStorageSourceNetworkGluster {
  /**
   * GlusterFS volume.
   */
  protocol: 'gluster';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'rbd'.
 */
export interface DomainStorageSourceNetworkRbd {
  /**
   * Ceph RADOS block device.
   */
  protocol: 'rbd';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host?: DomainStorageNetworkHost[];
  /**
   * Opens a snapshot of the image instead of its head.
   */
  snapshot?: DomainStorageSourceSnapshot;
  /**
   * Ceph configuration file to read monitors and options from.
   */
  config?: DomainStorageSourceConfig;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
}
/**
 * Opens a snapshot of the image instead of its head.
 */
export interface DomainStorageSourceSnapshot {
  /**
   * Name of the RBD snapshot.
   */
  name: string;
}
/**
 * Ceph configuration file to read monitors and options from.
 */
export interface DomainStorageSourceConfig {
  /**
   * Absolute path of the Ceph configuration file.
   */
  file: string;
}
/**
 * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
 */
export interface DomainStorageAuth {
  /**
   * User name presented to the server.
   */
  username: string;
  /**
   * The libvirt secret holding the password or key.
   */
  secret: DomainStorageAuthSecret;
}
/**
 * The libvirt secret holding the password or key.
 */
export interface DomainStorageAuthSecret {
  /**
   * Kind of secret: `ceph` or `iscsi` (CHAP).
   */
  type: 'ceph' | 'iscsi';
  /**
   * UUID of the libvirt secret.
   */
  uuid?: string;
  /**
   * Usage name identifying the libvirt secret.
   */
  usage?: string;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'iscsi'.
 */
export interface DomainStorageSourceNetworkIscsi {
  /**
   * iSCSI target reached by QEMU's initiator.
   */
  protocol: 'iscsi';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * iSCSI initiator identity used by the client.
   */
  initiator?: DomainStorageInitiator;
}
/**
 * iSCSI initiator identity used by the client.
 */
export interface DomainStorageInitiator {
  /**
   * Initiator IQN.
   */
  iqn: DomainStorageInitiatorIqn;
}
/**
 * Initiator IQN.
 */
export interface DomainStorageInitiatorIqn {
  /**
   * The iSCSI qualified name of the initiator.
   */
  name: string;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'http'.
 */
export interface DomainStorageSourceNetworkHttp {
  /**
   * Read-only image served over plain HTTP.
   */
  protocol: 'http';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Query string appended to the URL (without the leading '?').
   */
  query?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * HTTP cookies sent with every request.
   */
  cookies?: DomainStorageNetworkCookies;
  /**
   * Read-ahead applied to every request.
   */
  readahead?: DomainStorageSourceReadahead;
  /**
   * Per-request timeout.
   */
  timeout?: DomainStorageSourceTimeout;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
}
/**
 * HTTP cookies sent with every request.
 */
export interface DomainStorageNetworkCookies {
  /**
   * One cookie; the content is its value (optionally double-quoted).
   */
  cookie: DomainStorageNetworkCookiesCookie[];
}
/**
 * One cookie; the content is its value (optionally double-quoted).
 */
export interface DomainStorageNetworkCookiesCookie {
  /**
   * Cookie name (an HTTP token).
   */
  name: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Read-ahead applied to every request.
 */
export interface DomainStorageSourceReadahead {
  /**
   * Read-ahead size, in bytes.
   */
  size: string;
}
/**
 * Per-request timeout.
 */
export interface DomainStorageSourceTimeout {
  /**
   * Timeout, in seconds.
   */
  seconds: string;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'https'.
 */
export interface DomainStorageSourceNetworkHttps {
  /**
   * Read-only image served over HTTPS.
   */
  protocol: 'https';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Query string appended to the URL (without the leading '?').
   */
  query?: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * TLS certificate checking for HTTPS/FTPS.
   */
  ssl?: DomainStorageNetworkSsl;
  /**
   * HTTP cookies sent with every request.
   */
  cookies?: DomainStorageNetworkCookies;
  /**
   * Read-ahead applied to every request.
   */
  readahead?: DomainStorageSourceReadahead;
  /**
   * Per-request timeout.
   */
  timeout?: DomainStorageSourceTimeout;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
}
/**
 * TLS certificate checking for HTTPS/FTPS.
 */
export interface DomainStorageNetworkSsl {
  /**
   * Whether the server certificate is verified (default yes).
   */
  verify: 'yes' | 'no';
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'ftp'.
 */
export interface DomainStorageSourceNetworkFtp {
  /**
   * Read-only image served over FTP.
   */
  protocol: 'ftp';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * Read-ahead applied to every request.
   */
  readahead?: DomainStorageSourceReadahead;
  /**
   * Per-request timeout.
   */
  timeout?: DomainStorageSourceTimeout;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'ftps'.
 */
export interface DomainStorageSourceNetworkFtps {
  /**
   * Read-only image served over FTP with TLS.
   */
  protocol: 'ftps';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * TLS certificate checking for HTTPS/FTPS.
   */
  ssl?: DomainStorageNetworkSsl;
  /**
   * Read-ahead applied to every request.
   */
  readahead?: DomainStorageSourceReadahead;
  /**
   * Per-request timeout.
   */
  timeout?: DomainStorageSourceTimeout;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` one of 'sheepdog', 'tftp'.
 */
export interface DomainStorageSourceNetworkSheepdog {
  /**
   * `sheepdog` (Sheepdog cluster) or `tftp` (read-only TFTP download).
   */
  protocol: 'sheepdog' | 'tftp';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * Read-ahead applied to every request.
   */
  readahead?: DomainStorageSourceReadahead;
  /**
   * Per-request timeout.
   */
  timeout?: DomainStorageSourceTimeout;
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'vxhs'.
 */
export interface DomainStorageSourceNetworkVxhs {
  /**
   * Veritas HyperScale (VxHS) volume.
   */
  protocol: 'vxhs';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Whether to use TLS to reach the VxHS server.
   */
  tls?: 'yes' | 'no';
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
}
/**
 * Network image: protocol, image name and server(s).
 *
 * Variant with `protocol` 'nfs'.
 */
export interface DomainStorageSourceNetworkNfs {
  /**
   * File on an NFS export, opened by QEMU's libnfs client.
   */
  protocol: 'nfs';
  /**
   * Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol.
   */
  name: string;
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.
   */
  host: DomainStorageNetworkHost[];
  /**
   * Host identity used to access the NFS export.
   */
  identity: DomainStorageSourceIdentity;
}
/**
 * Host identity used to access the NFS export.
 */
export interface DomainStorageSourceIdentity {
  /**
   * User name (or +UID) to access the export as.
   */
  user?: string;
  /**
   * Group name (or +GID) to access the export as.
   */
  group?: string;
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'volume'.
 */
export interface DomainOsNvramVolume {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: a volume of a libvirt storage pool.
   */
  type: 'volume';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Storage pool volume backing the disk.
   */
  source?: DomainStorageSourceVolume;
}
/**
 * Storage pool volume backing the disk.
 */
export interface DomainStorageSourceVolume {
  /**
   * Name of the libvirt storage pool.
   */
  pool: string;
  /**
   * Name of the volume inside the pool.
   */
  volume: string;
  /**
   * For iSCSI pools: `host` uses the host's LUN path, `direct` lets QEMU talk to the target itself.
   */
  mode?: 'host' | 'direct';
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * Overrides the domain's security labelling for one host resource (image, socket, device).
   */
  seclabel?: DomainDeviceSeclabel[];
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'nvme'.
 */
export interface DomainOsNvramNvme {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: a host NVMe controller driven from userspace by QEMU.
   */
  type: 'nvme';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Host NVMe namespace backing the disk.
   */
  source?: DomainStorageSourceNvme;
}
/**
 * Host NVMe namespace backing the disk.
 */
export interface DomainStorageSourceNvme {
  /**
   * How the controller is reached; only `pci` exists.
   */
  type: 'pci';
  /**
   * NVMe namespace number on the controller (usually 1).
   */
  namespace: string;
  /**
   * Whether libvirt detaches the controller from its host driver automatically (default yes).
   */
  managed?: 'yes' | 'no';
  /**
   * Position of this image in the backing chain, as reported by libvirt for running domains.
   */
  index?: string;
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Host PCI address of the NVMe controller.
   */
  address: DomainStorageSourceAddress;
  /**
   * Restricts the guest to a byte range of the source.
   */
  slices?: DomainStorageSourceSlices;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
}
/**
 * Host PCI address of the NVMe controller.
 */
export interface DomainStorageSourceAddress {
  /**
   * PCI domain number (usually 0).
   */
  domain?: string;
  /**
   * PCI bus number.
   */
  bus?: string;
  /**
   * PCI slot number on the bus (0 to 31).
   */
  slot?: string;
  /**
   * PCI function number within the slot (0 to 7).
   */
  function?: string;
  /**
   * Whether the slot's multifunction bit is set (needed on function 0 when other functions are used).
   */
  multifunction?: 'on' | 'off';
}
/**
 * Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.
 *
 * Variant with `type` 'vhostuser'.
 */
export interface DomainOsNvramVhostuser {
  /**
   * Master variable store copied to create the guest's store when it does not exist yet.
   */
  template?: string;
  /**
   * Backing kind: an external vhost-user block backend.
   */
  type: 'vhostuser';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * UNIX socket of the vhost-user backend.
   */
  source: DomainStorageSourceVhostUser;
}
/**
 * UNIX socket of the vhost-user backend.
 */
export interface DomainStorageSourceVhostUser {
  /**
   * Socket kind; only `unix` exists.
   */
  type: 'unix';
  /**
   * Absolute path of the backend's UNIX socket.
   */
  path: string;
  /**
   * For client sockets: whether and how often to connect again after the peer went away.
   */
  reconnect?: DomainSocketReconnect;
}
/**
 * One entry of the firmware's boot order; repeat to try several device kinds in turn.
 */
export interface DomainOsBoot {
  /**
   * Device kind to boot from: `hd`, `fd` (floppy), `cdrom` or `network`.
   */
  dev: 'hd' | 'fd' | 'cdrom' | 'network';
}
/**
 * Interactive boot menu of the firmware.
 */
export interface DomainOsBootmenu {
  /**
   * Whether the menu is shown.
   */
  enable: 'yes' | 'no';
  /**
   * How long the menu waits, in milliseconds (0 to 65535).
   */
  timeout?: string;
}
/**
 * Where the SMBIOS tables seen by the guest come from.
 */
export interface DomainOsSmbios {
  /**
   * `emulate` (hypervisor defaults), `host` (copy the host's) or `sysinfo` (the domain's `sysinfo` element).
   */
  mode: 'emulate' | 'host' | 'sysinfo';
}
/**
 * Legacy BIOS options.
 */
export interface DomainOsBios {
  /**
   * Whether BIOS messages also go to the serial port (Serial Graphics Adapter).
   */
  useserial?: 'yes' | 'no';
  /**
   * Milliseconds before the BIOS retries booting when nothing bootable is found; -1 disables the retry.
   */
  rebootTimeout?: string;
}
/**
 * Extra ACPI tables handed to the guest.
 */
export interface DomainOsAcpi {
  /**
   * Host path of one ACPI table file.
   */
  table?: DomainOsAcpiTable[];
}
/**
 * Host path of one ACPI table file.
 */
export interface DomainOsAcpiTable {
  /**
   * Table kind; only `slic` (software licensing) is known.
   */
  type: 'slic';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * An environment variable for the init program; the text is its value.
 */
export interface DomainOsInitenv {
  /**
   * Variable name: letters, digits and `_`, not starting with a digit.
   */
  name: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Guest time keeping: the clock offset and the timer devices.
 *
 * Variant with `offset` one of 'localtime', 'utc'.
 */
export interface DomainClockLocaltime {
  /**
   * `utc` or `localtime`: the guest clock follows the host's, in UTC or in the host's time zone.
   */
  offset: 'localtime' | 'utc';
  /**
   * Seconds added at boot, or `reset` to forget adjustments the guest made.
   */
  adjustment?: 'reset' | string;
  /**
   * Settings of one timer device of the guest; the `name` attribute says which.
   */
  timer?: DomainClockTimer[];
}
/**
 * Settings of one timer device of the guest; the `name` attribute says which.
 *
 * Variant with `name` one of 'platform', 'rtc'.
 */
export interface DomainClockTimerPlatform {
  /**
   * `rtc` (real-time clock) or `platform`.
   */
  name: 'platform' | 'rtc';
  /**
   * Time source the timer follows: `boot`, `guest`, `wall` or `realtime`.
   */
  track?: 'boot' | 'guest' | 'wall' | 'realtime';
  /**
   * Whether the guest gets this timer at all.
   */
  present?: 'yes' | 'no';
  /**
   * What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`.
   */
  tickpolicy?: 'delay' | 'merge' | 'discard' | 'catchup';
  /**
   * Tuning of the catch-up (Xen).
   */
  catchup?: DomainClockTimerCatchup;
}
/**
 * Tuning of the catch-up (Xen).
 */
export interface DomainClockTimerCatchup {
  /**
   * Number of missed ticks before catching up starts.
   */
  threshold?: string;
  /**
   * Speed-up rate while catching up.
   */
  slew?: string;
  /**
   * Most missed ticks that are caught up.
   */
  limit?: string;
}
/**
 * Settings of one timer device of the guest; the `name` attribute says which.
 *
 * Variant with `name` 'tsc'.
 */
export interface DomainClockTimerTsc {
  /**
   * `tsc`: the CPU time stamp counter.
   */
  name: 'tsc';
  /**
   * TSC frequency in Hz.
   */
  frequency?: string;
  /**
   * How guest TSC reads are served: `auto`, `native`, `emulate`, `paravirt` or `smpsafe`.
   */
  mode?: 'auto' | 'native' | 'emulate' | 'paravirt' | 'smpsafe';
  /**
   * Whether the guest gets this timer at all.
   */
  present?: 'yes' | 'no';
  /**
   * What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`.
   */
  tickpolicy?: 'delay' | 'merge' | 'discard' | 'catchup';
  /**
   * Tuning of the catch-up (Xen).
   */
  catchup?: DomainClockTimerCatchup;
}
/**
 * Settings of one timer device of the guest; the `name` attribute says which.
 *
 * Variant with `name` one of 'hpet', 'pit', 'armvtimer'.
 */
export interface DomainClockTimerHpet {
  /**
   * `hpet`, `pit` or `armvtimer`.
   */
  name: 'hpet' | 'pit' | 'armvtimer';
  /**
   * Whether the guest gets this timer at all.
   */
  present?: 'yes' | 'no';
  /**
   * What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`.
   */
  tickpolicy?: 'delay' | 'merge' | 'discard' | 'catchup';
  /**
   * Tuning of the catch-up (Xen).
   */
  catchup?: DomainClockTimerCatchup;
}
/**
 * Settings of one timer device of the guest; the `name` attribute says which.
 *
 * Variant with `name` one of 'kvmclock', 'hypervclock'.
 */
export interface DomainClockTimerKvmclock {
  /**
   * A paravirtual clock: `kvmclock` or `hypervclock`; only `present` applies.
   */
  name: 'kvmclock' | 'hypervclock';
  /**
   * Whether the guest gets this timer at all.
   */
  present?: 'yes' | 'no';
}
/**
 * Guest time keeping: the clock offset and the timer devices.
 *
 * Variant with `offset` 'timezone'.
 */
export interface DomainClockTimezone {
  /**
   * `timezone`: the guest clock shows the time of a named zone.
   */
  offset: 'timezone';
  /**
   * Time zone name (e.g. `Europe/Paris`).
   */
  timezone?: string;
  /**
   * Settings of one timer device of the guest; the `name` attribute says which.
   */
  timer?: DomainClockTimer[];
}
/**
 * Guest time keeping: the clock offset and the timer devices.
 *
 * Variant with `offset` 'variable'.
 */
export interface DomainClockVariable {
  /**
   * `variable`: the guest may change its clock freely; the offset is kept across restarts.
   */
  offset: 'variable';
  /**
   * Current offset from the basis, in seconds.
   */
  adjustment?: string;
  /**
   * What the offset is relative to: `utc` (default) or `localtime`.
   */
  basis?: 'utc' | 'localtime';
  /**
   * Settings of one timer device of the guest; the `name` attribute says which.
   */
  timer?: DomainClockTimer[];
}
/**
 * Guest time keeping: the clock offset and the timer devices.
 *
 * Variant with `offset` 'absolute'.
 */
export interface DomainClockAbsolute {
  /**
   * `absolute`: the guest clock starts at a fixed time on every boot.
   */
  offset: 'absolute';
  /**
   * Start time as seconds since the Unix epoch.
   */
  start: string;
  /**
   * Settings of one timer device of the guest; the `name` attribute says which.
   */
  timer?: DomainClockTimer[];
}
/**
 * Memory the guest has at boot, in the given unit (KiB by default).
 */
export interface DomainMemorySize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * Whether guest memory is included in core dumps of the hypervisor process.
   */
  dumpCore?: 'on' | 'off';
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Upper bound for memory hotplug: the largest total the guest may reach (KiB by default).
 */
export interface DomainMemoryMax {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * Number of slots available for hotplugged memory modules.
   */
  slots: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Memory actually given to the guest (with the balloon), at most `memory` (KiB by default).
 */
export interface DomainMemoryCurrent {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * How guest RAM is allocated on the host: huge pages, sharing, locking and the backing kind.
 */
export interface DomainMemoryBacking {
  /**
   * Back guest RAM with huge pages; without children the host's default page size is used.
   */
  hugepages?: DomainMemoryBackingHugepages;
  /**
   * Keep the host from merging identical guest pages (KSM).
   */
  nosharepages?: DomainMemoryBackingNosharepages;
  /**
   * Lock guest RAM in host memory so it is never swapped out.
   */
  locked?: DomainMemoryBackingLocked;
  /**
   * Kind of host memory that backs guest RAM.
   */
  source?: DomainMemoryBackingSource;
  /**
   * Sharing mode of the backing memory.
   */
  access?: DomainMemoryBackingAccess;
  /**
   * When guest RAM is allocated.
   */
  allocation?: DomainMemoryBackingAllocation;
  /**
   * Discard the backing memory when the guest stops instead of keeping it.
   */
  discard?: DomainMemoryBackingDiscard;
}
/**
 * Back guest RAM with huge pages; without children the host's default page size is used.
 */
export interface DomainMemoryBackingHugepages {
  /**
   * A huge page size to use, possibly only for some guest NUMA nodes.
   */
  page?: DomainMemoryBackingHugepagesPage[];
}
/**
 * A huge page size to use, possibly only for some guest NUMA nodes.
 */
export interface DomainMemoryBackingHugepagesPage {
  /**
   * Page size in `unit` (KiB by default).
   */
  size: string;
  /**
   * Unit of `size`.
   */
  unit?: string;
  /**
   * Guest NUMA nodes this page size applies to.
   */
  nodeset?: string;
}
/**
 * Keep the host from merging identical guest pages (KSM).
 */
export interface DomainMemoryBackingNosharepages {}
/**
 * Lock guest RAM in host memory so it is never swapped out.
 */
export interface DomainMemoryBackingLocked {}
/**
 * Kind of host memory that backs guest RAM.
 */
export interface DomainMemoryBackingSource {
  /**
   * `file`, `anonymous` or `memfd`.
   */
  type: 'file' | 'anonymous' | 'memfd';
}
/**
 * Sharing mode of the backing memory.
 */
export interface DomainMemoryBackingAccess {
  /**
   * `shared` (needed by vhost-user devices) or `private`.
   */
  mode: 'shared' | 'private';
}
/**
 * When guest RAM is allocated.
 */
export interface DomainMemoryBackingAllocation {
  /**
   * `immediate` (all at start) or `ondemand` (as the guest touches it).
   */
  mode?: 'immediate' | 'ondemand';
  /**
   * Number of host threads used to preallocate memory.
   */
  threads?: string;
}
/**
 * Discard the backing memory when the guest stops instead of keeping it.
 */
export interface DomainMemoryBackingDiscard {}
/**
 * Maximum number of virtual CPUs of the guest.
 */
export interface DomainVcpu {
  /**
   * `static` (pinned to `cpuset`, or to all host CPUs) or `auto` (placed on host NUMA nodes by numad).
   */
  placement?: 'static' | 'auto';
  /**
   * Host CPUs the vCPUs may run on by default.
   */
  cpuset?: string;
  /**
   * Number of vCPUs online at boot, when fewer than the maximum.
   */
  current?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Per-vCPU state: which vCPUs are online, hotpluggable and in which order they come up.
 */
export interface DomainVcpus {
  /**
   * State of one vCPU.
   */
  vcpu?: DomainVcpusVcpu[];
}
/**
 * State of one vCPU.
 */
export interface DomainVcpusVcpu {
  /**
   * vCPU number.
   */
  id: string;
  /**
   * Whether the vCPU is online.
   */
  enabled: 'yes' | 'no';
  /**
   * Whether the vCPU can be unplugged/plugged at run time.
   */
  hotpluggable?: 'yes' | 'no';
  /**
   * Order in which the vCPU is brought online.
   */
  order?: string;
}
/**
 * Explicit ids of the I/O threads.
 */
export interface DomainIothreadids {
  /**
   * One I/O thread.
   */
  iothread?: DomainIothreadidsIothread[];
}
/**
 * One I/O thread.
 */
export interface DomainIothreadidsIothread {
  /**
   * Thread id, referenced by devices (e.g. a disk's `iothread`).
   */
  id: string;
  /**
   * Minimum number of worker threads in the thread's pool.
   */
  thread_pool_min?: string;
  /**
   * Maximum number of worker threads in the thread's pool.
   */
  thread_pool_max?: string;
}
/**
 * Settings of the hypervisor's default event-loop thread.
 */
export interface DomainDefaultIothread {
  /**
   * Minimum number of worker threads in the thread's pool.
   */
  thread_pool_min?: string;
  /**
   * Maximum number of worker threads in the thread's pool.
   */
  thread_pool_max?: string;
}
/**
 * Block I/O cgroup tuning of the whole guest.
 */
export interface DomainBlkiotune {
  /**
   * Overall I/O weight of the guest (100 to 1000).
   */
  weight?: DomainBlkiotuneWeight;
  /**
   * Limits for one host block device.
   */
  device?: DomainBlkiotuneDevice[];
}
/**
 * Limits for one host block device.
 */
export interface DomainBlkiotuneDevice {
  /**
   * Host path of the block device.
   */
  path: DomainBlkiotuneDevicePath;
  /**
   * I/O weight on this device (100 to 1000).
   */
  weight?: DomainBlkiotuneDeviceWeight;
  /**
   * Read operations per second limit.
   */
  read_iops_sec?: DomainBlkiotuneDeviceReadIopsSec;
  /**
   * Write operations per second limit.
   */
  write_iops_sec?: DomainBlkiotuneDeviceWriteIopsSec;
  /**
   * Read throughput limit in bytes per second.
   */
  read_bytes_sec?: DomainBlkiotuneDeviceReadBytesSec;
  /**
   * Write throughput limit in bytes per second.
   */
  write_bytes_sec?: DomainBlkiotuneDeviceWriteBytesSec;
}
/**
 * Memory cgroup limits of the guest process (KiB by default).
 */
export interface DomainMemtune {
  /**
   * Most host memory the guest process may use.
   */
  hard_limit?: DomainMemtuneHardLimit;
  /**
   * Memory limit enforced when the host is under memory pressure.
   */
  soft_limit?: DomainMemtuneSoftLimit;
  /**
   * Memory guaranteed to the guest (VMware ESX only).
   */
  min_guarantee?: DomainMemtuneMinGuarantee;
  /**
   * Most memory plus swap the guest process may use.
   */
  swap_hard_limit?: DomainMemtuneSwapHardLimit;
}
/**
 * Most host memory the guest process may use.
 */
export interface DomainMemtuneHardLimit {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Memory limit enforced when the host is under memory pressure.
 */
export interface DomainMemtuneSoftLimit {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Memory guaranteed to the guest (VMware ESX only).
 */
export interface DomainMemtuneMinGuarantee {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Most memory plus swap the guest process may use.
 */
export interface DomainMemtuneSwapHardLimit {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Host CPU scheduling of the guest: shares, bandwidth limits, pinning, real-time scheduling and cache/memory-bandwidth allocation.
 */
export interface DomainCputune {
  /**
   * Relative CPU weight of the guest against other guests.
   */
  shares?: DomainCputuneShares;
  /**
   * Enforcement period for the whole guest, in microseconds.
   */
  global_period?: DomainCputuneGlobalPeriod;
  /**
   * CPU time per period for the whole guest, in microseconds.
   */
  global_quota?: DomainCputuneGlobalQuota;
  /**
   * Enforcement period of each vCPU, in microseconds.
   */
  period?: DomainCputunePeriod;
  /**
   * CPU time per period of each vCPU, in microseconds.
   */
  quota?: DomainCputuneQuota;
  /**
   * Enforcement period of the emulator threads, in microseconds.
   */
  emulator_period?: DomainCputuneEmulatorPeriod;
  /**
   * CPU time per period of the emulator threads, in microseconds.
   */
  emulator_quota?: DomainCputuneEmulatorQuota;
  /**
   * Enforcement period of each I/O thread, in microseconds.
   */
  iothread_period?: DomainCputuneIothreadPeriod;
  /**
   * CPU time per period of each I/O thread, in microseconds.
   */
  iothread_quota?: DomainCputuneIothreadQuota;
  /**
   * Pins one vCPU to host CPUs.
   */
  vcpupin?: DomainCputuneVcpupin[];
  /**
   * Pins the emulator threads to host CPUs.
   */
  emulatorpin?: DomainCputuneEmulatorpin;
  /**
   * Pins one I/O thread to host CPUs.
   */
  iothreadpin?: DomainCputuneIothreadpin[];
  /**
   * Host scheduler policy of some vCPUs.
   */
  vcpusched?: DomainCputuneVcpusched[];
  /**
   * Host scheduler policy of some I/O threads.
   */
  iothreadsched?: DomainCputuneIothreadsched[];
  /**
   * Host scheduler policy of the emulator threads.
   */
  emulatorsched?: DomainCputuneEmulatorsched;
  /**
   * Host cache allocation (Intel RDT/CAT) and monitoring for some vCPUs.
   */
  cachetune?: DomainCputuneCachetune[];
  /**
   * Host memory bandwidth allocation (Intel RDT/MBA) for some vCPUs.
   */
  memorytune?: DomainCputuneMemorytune[];
}
/**
 * Pins one vCPU to host CPUs.
 */
export interface DomainCputuneVcpupin {
  /**
   * vCPU number.
   */
  vcpu: string;
  /**
   * Host CPUs it may run on.
   */
  cpuset: string;
}
/**
 * Pins the emulator threads to host CPUs.
 */
export interface DomainCputuneEmulatorpin {
  /**
   * Host CPUs they may run on.
   */
  cpuset: string;
}
/**
 * Pins one I/O thread to host CPUs.
 */
export interface DomainCputuneIothreadpin {
  /**
   * I/O thread id.
   */
  iothread: string;
  /**
   * Host CPUs it may run on.
   */
  cpuset: string;
}
/**
 * Host scheduler policy of some vCPUs.
 *
 * Variant with `scheduler` one of 'batch', 'idle'.
 */
export interface DomainCputuneVcpuschedBatch {
  /**
   * The vCPUs concerned; all when absent.
   */
  vcpus?: string;
  /**
   * Non real-time policy: `batch` or `idle`.
   */
  scheduler: 'batch' | 'idle';
}
/**
 * Host scheduler policy of some vCPUs.
 *
 * Variant with `scheduler` one of 'fifo', 'rr'.
 */
export interface DomainCputuneVcpuschedFifo {
  /**
   * The vCPUs concerned; all when absent.
   */
  vcpus?: string;
  /**
   * Real-time policy: `fifo` or `rr` (round robin).
   */
  scheduler: 'fifo' | 'rr';
  /**
   * Real-time priority (usually 1 to 99).
   */
  priority: string;
}
/**
 * Host scheduler policy of some I/O threads.
 *
 * Variant with `scheduler` one of 'batch', 'idle'.
 */
export interface DomainCputuneIothreadschedBatch {
  /**
   * The I/O threads concerned; all when absent.
   */
  iothreads?: string;
  /**
   * Non real-time policy: `batch` or `idle`.
   */
  scheduler: 'batch' | 'idle';
}
/**
 * Host scheduler policy of some I/O threads.
 *
 * Variant with `scheduler` one of 'fifo', 'rr'.
 */
export interface DomainCputuneIothreadschedFifo {
  /**
   * The I/O threads concerned; all when absent.
   */
  iothreads?: string;
  /**
   * Real-time policy: `fifo` or `rr` (round robin).
   */
  scheduler: 'fifo' | 'rr';
  /**
   * Real-time priority (usually 1 to 99).
   */
  priority: string;
}
/**
 * Host scheduler policy of the emulator threads.
 *
 * Variant with `scheduler` one of 'batch', 'idle'.
 */
export interface DomainCputuneEmulatorschedBatch {
  /**
   * Non real-time policy: `batch` or `idle`.
   */
  scheduler: 'batch' | 'idle';
}
/**
 * Host scheduler policy of the emulator threads.
 *
 * Variant with `scheduler` one of 'fifo', 'rr'.
 */
export interface DomainCputuneEmulatorschedFifo {
  /**
   * Real-time policy: `fifo` or `rr` (round robin).
   */
  scheduler: 'fifo' | 'rr';
  /**
   * Real-time priority (usually 1 to 99).
   */
  priority: string;
}
/**
 * Host cache allocation (Intel RDT/CAT) and monitoring for some vCPUs.
 */
export interface DomainCputuneCachetune {
  /**
   * The vCPUs sharing this allocation.
   */
  vcpus: string;
  /**
   * Name of the resctrl group; written by libvirt.
   */
  id?: string;
  /**
   * Amount of one host cache reserved for the vCPUs.
   */
  cache?: DomainCputuneCachetuneCache[];
  /**
   * A cache occupancy monitor for some of the vCPUs.
   */
  monitor?: DomainCputuneCachetuneMonitor[];
}
/**
 * Amount of one host cache reserved for the vCPUs.
 */
export interface DomainCputuneCachetuneCache {
  /**
   * Host cache id.
   */
  id: string;
  /**
   * Host cache level.
   */
  level: string;
  /**
   * Which part of the cache: `both`, `code` or `data`.
   */
  type: 'both' | 'code' | 'data';
  /**
   * Amount reserved, in `unit`.
   */
  size: string;
  /**
   * Unit of `size`.
   */
  unit?: string;
}
/**
 * A cache occupancy monitor for some of the vCPUs.
 */
export interface DomainCputuneCachetuneMonitor {
  /**
   * Host cache level monitored.
   */
  level: string;
  /**
   * vCPUs monitored.
   */
  vcpus: string;
}
/**
 * Host memory bandwidth allocation (Intel RDT/MBA) for some vCPUs.
 */
export interface DomainCputuneMemorytune {
  /**
   * The vCPUs sharing this allocation.
   */
  vcpus: string;
  /**
   * Bandwidth share on one host memory controller.
   */
  node?: DomainCputuneMemorytuneNode[];
  /**
   * A memory bandwidth monitor for some of the vCPUs.
   */
  monitor?: DomainCputuneMemorytuneMonitor[];
}
/**
 * Bandwidth share on one host memory controller.
 */
export interface DomainCputuneMemorytuneNode {
  /**
   * Host node id.
   */
  id: string;
  /**
   * Percentage of the bandwidth.
   */
  bandwidth: string;
}
/**
 * A memory bandwidth monitor for some of the vCPUs.
 */
export interface DomainCputuneMemorytuneMonitor {
  /**
   * vCPUs monitored.
   */
  vcpus: string;
}
/**
 * On which host NUMA nodes guest memory is allocated.
 */
export interface DomainNumatune {
  /**
   * Policy for all guest memory.
   */
  memory?: DomainNumatuneMemory;
  /**
   * Policy for the memory of one guest NUMA cell.
   */
  memnode?: DomainNumatuneMemnode[];
}
/**
 * Policy for all guest memory.
 *
 * Variant with `placement` 'static' (also when `placement` is left out).
 */
export interface DomainNumatuneMemoryStatic {
  /**
   * Memory policy (default `strict`).
   */
  mode?: 'strict' | 'preferred' | 'interleave' | 'restrictive';
  /**
   * `static`: use the nodes in `nodeset`.
   */
  placement?: 'static';
  /**
   * Host NUMA nodes to allocate from.
   */
  nodeset?: string;
}
/**
 * Policy for all guest memory.
 *
 * Variant with `placement` 'auto'.
 */
export interface DomainNumatuneMemoryAuto {
  /**
   * Memory policy (default `strict`).
   */
  mode?: 'strict' | 'preferred' | 'interleave' | 'restrictive';
  /**
   * `auto`: let numad pick the nodes.
   */
  placement: 'auto';
}
/**
 * Policy for the memory of one guest NUMA cell.
 */
export interface DomainNumatuneMemnode {
  /**
   * Guest cell number.
   */
  cellid: string;
  /**
   * Memory policy for that cell.
   */
  mode: 'strict' | 'preferred' | 'interleave' | 'restrictive';
  /**
   * Host NUMA nodes to allocate from.
   */
  nodeset: string;
}
/**
 * Where the guest sits in the host's resource hierarchy.
 */
export interface DomainResource {
  /**
   * Resource partition (cgroup path), e.g. `/machine`.
   */
  partition?: DomainResourcePartition;
  /**
   * Fibre Channel traffic tagging for the guest.
   */
  fibrechannel?: DomainResourceFibrechannel;
}
/**
 * Fibre Channel traffic tagging for the guest.
 */
export interface DomainResourceFibrechannel {
  /**
   * Application id attached to the guest's FC traffic: 1 to 128 printable ASCII characters.
   */
  appid: string;
}
/**
 * Hypervisor features turned on or off for the guest; each child is one feature, in any order.
 */
export interface DomainFeatures {
  /**
   * Physical Address Extension (32-bit guests using more than 4 GiB).
   */
  pae?: DomainFeaturesPae;
  /**
   * Programmable interrupt controller (APIC).
   */
  apic?: DomainFeaturesApic;
  /**
   * ACPI, needed for graceful shutdown among other things.
   */
  acpi?: DomainFeaturesAcpi;
  /**
   * Hardware assisted paging (EPT/NPT); on by default where available.
   */
  hap?: DomainFeaturesHap;
  /**
   * Hyper-V enlightenments for Windows guests.
   */
  hyperv?: DomainFeaturesHyperv;
  /**
   * Xen's Hyper-V compatible interface for Windows guests.
   */
  viridian?: DomainFeaturesViridian;
  /**
   * KVM specific features.
   */
  kvm?: DomainFeaturesKvm;
  /**
   * Xen specific features.
   */
  xen?: DomainFeaturesXen;
  /**
   * Give a container a private network namespace even without interfaces.
   */
  privnet?: DomainFeaturesPrivnet;
  /**
   * Paravirtual spinlocks.
   */
  pvspinlock?: DomainFeaturesPvspinlock;
  /**
   * Linux capabilities of a container's processes: a default policy plus per-capability overrides.
   */
  capabilities?: DomainFeaturesCapabilities;
  /**
   * Performance monitoring unit of the virtual CPU.
   */
  pmu?: DomainFeaturesPmu;
  /**
   * VMware I/O port emulation (vmmouse and similar).
   */
  vmport?: DomainFeaturesVmport;
  /**
   * ARM Generic Interrupt Controller.
   */
  gic?: DomainFeaturesGic;
  /**
   * System Management Mode (needed by Secure Boot firmware).
   */
  smm?: DomainFeaturesSmm;
  /**
   * I/O APIC implementation.
   */
  ioapic?: DomainFeaturesIoapic;
  /**
   * Hashed page table of PowerPC pSeries guests.
   */
  hpt?: DomainFeaturesHpt;
  /**
   * Device through which the guest kernel publishes its crash dump information.
   */
  vmcoreinfo?: DomainFeaturesVmcoreinfo;
  /**
   * PowerPC Hardware Transactional Memory.
   */
  htm?: DomainFeaturesHtm;
  /**
   * PowerPC nested virtualization (KVM-HV inside the guest).
   */
  'nested-hv'?: DomainFeaturesNestedHv;
  /**
   * Handling of guest accesses to model-specific registers KVM does not know.
   */
  msrs?: DomainFeaturesMsrs;
  /**
   * PowerPC count cache flush assist.
   */
  'ccf-assist'?: DomainFeaturesCcfAssist;
  /**
   * PowerPC cache flush on privilege change mitigation.
   */
  cfpc?: DomainFeaturesCfpc;
  /**
   * PowerPC speculation barrier bounds checking mitigation.
   */
  sbbc?: DomainFeaturesSbbc;
  /**
   * PowerPC indirect branch speculation mitigation.
   */
  ibs?: DomainFeaturesIbs;
  /**
   * Options of QEMU's TCG (software emulation) accelerator.
   */
  tcg?: DomainFeaturesTcg;
}
/**
 * Physical Address Extension (32-bit guests using more than 4 GiB).
 */
export interface DomainFeaturesPae {}
/**
 * Programmable interrupt controller (APIC).
 */
export interface DomainFeaturesApic {
  /**
   * Paravirtual end-of-interrupt.
   */
  eoi?: 'on' | 'off';
}
/**
 * ACPI, needed for graceful shutdown among other things.
 */
export interface DomainFeaturesAcpi {}
/**
 * Hardware assisted paging (EPT/NPT); on by default where available.
 */
export interface DomainFeaturesHap {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
}
/**
 * Hyper-V enlightenments for Windows guests.
 *
 * Variant with `mode` 'passthrough'.
 */
export interface DomainFeaturesHypervPassthrough {
  /**
   * `passthrough`: enable every enlightenment the host supports; no children then.
   */
  mode: 'passthrough';
}
/**
 * Hyper-V enlightenments for Windows guests.
 *
 * Variant with `mode` 'custom' (also when `mode` is left out).
 */
export interface DomainFeaturesHypervCustom {
  /**
   * `custom` (default): only the listed enlightenments apply.
   */
  mode?: 'custom';
  /**
   * Hyper-V enlightenment: relaxed timing: the guest does not treat long waits as hangs.
   */
  relaxed?: DomainFeaturesHypervRelaxed;
  /**
   * Hyper-V enlightenment: paravirtual APIC access.
   */
  vapic?: DomainFeaturesHypervVapic;
  /**
   * Hyper-V enlightenment: paravirtual spinlock notification after a number of retries.
   */
  spinlocks?: DomainFeaturesHypervSpinlocks;
  /**
   * Hyper-V enlightenment: virtual processor index.
   */
  vpindex?: DomainFeaturesHypervVpindex;
  /**
   * Hyper-V enlightenment: processor time accounting.
   */
  runtime?: DomainFeaturesHypervRuntime;
  /**
   * Hyper-V enlightenment: synthetic interrupt controller.
   */
  synic?: DomainFeaturesHypervSynic;
  /**
   * Hyper-V enlightenment: synthetic timers.
   */
  stimer?: DomainFeaturesHypervStimer;
  /**
   * Hyper-V enlightenment: hypervisor reset.
   */
  reset?: DomainFeaturesHypervReset;
  /**
   * Hyper-V enlightenment: hypervisor vendor id seen by the guest.
   */
  vendor_id?: DomainFeaturesHypervVendorId;
  /**
   * Hyper-V enlightenment: tSC and APIC frequency reporting.
   */
  frequencies?: DomainFeaturesHypervFrequencies;
  /**
   * Hyper-V enlightenment: notification when the TSC frequency changes after migration.
   */
  reenlightenment?: DomainFeaturesHypervReenlightenment;
  /**
   * Hyper-V enlightenment: paravirtual TLB flush.
   */
  tlbflush?: DomainFeaturesHypervTlbflush;
  /**
   * Hyper-V enlightenment: paravirtual inter-processor interrupts.
   */
  ipi?: DomainFeaturesHypervIpi;
  /**
   * Hyper-V enlightenment: enlightened VMCS (nested virtualization).
   */
  evmcs?: DomainFeaturesHypervEvmcs;
  /**
   * Hyper-V enlightenment: aMD AVIC interrupt virtualization for Hyper-V guests.
   */
  avic?: DomainFeaturesHypervAvic;
}
/**
 * Hyper-V enlightenment: relaxed timing: the guest does not treat long waits as hangs.
 */
export interface DomainFeaturesHypervRelaxed {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: paravirtual APIC access.
 */
export interface DomainFeaturesHypervVapic {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: paravirtual spinlock notification after a number of retries.
 */
export interface DomainFeaturesHypervSpinlocks {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
  /**
   * Spin attempts before the guest notifies the hypervisor (at least 4095).
   */
  retries?: string;
}
/**
 * Hyper-V enlightenment: virtual processor index.
 */
export interface DomainFeaturesHypervVpindex {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: processor time accounting.
 */
export interface DomainFeaturesHypervRuntime {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: synthetic interrupt controller.
 */
export interface DomainFeaturesHypervSynic {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: synthetic timers.
 */
export interface DomainFeaturesHypervStimer {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
  /**
   * Timer expiry delivered directly as an interrupt.
   */
  direct?: DomainFeaturesHypervStimerDirect;
}
/**
 * Timer expiry delivered directly as an interrupt.
 */
export interface DomainFeaturesHypervStimerDirect {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: hypervisor reset.
 */
export interface DomainFeaturesHypervReset {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: hypervisor vendor id seen by the guest.
 */
export interface DomainFeaturesHypervVendorId {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
  /**
   * Vendor string, at most 12 characters without commas.
   */
  value?: string;
}
/**
 * Hyper-V enlightenment: tSC and APIC frequency reporting.
 */
export interface DomainFeaturesHypervFrequencies {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: notification when the TSC frequency changes after migration.
 */
export interface DomainFeaturesHypervReenlightenment {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: paravirtual TLB flush.
 */
export interface DomainFeaturesHypervTlbflush {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: paravirtual inter-processor interrupts.
 */
export interface DomainFeaturesHypervIpi {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: enlightened VMCS (nested virtualization).
 */
export interface DomainFeaturesHypervEvmcs {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Hyper-V enlightenment: aMD AVIC interrupt virtualization for Hyper-V guests.
 */
export interface DomainFeaturesHypervAvic {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Xen's Hyper-V compatible interface for Windows guests.
 */
export interface DomainFeaturesViridian {}
/**
 * KVM specific features.
 */
export interface DomainFeaturesKvm {
  /**
   * Hide the KVM signature from the guest's CPUID.
   */
  hidden?: DomainFeaturesKvmHidden;
  /**
   * Tell the guest its vCPUs run on dedicated host CPUs.
   */
  'hint-dedicated'?: DomainFeaturesKvmHintDedicated;
  /**
   * Let the guest control host-side halt polling.
   */
  'poll-control'?: DomainFeaturesKvmPollControl;
  /**
   * Paravirtual inter-processor interrupts.
   */
  'pv-ipi'?: DomainFeaturesKvmPvIpi;
  /**
   * Track dirty memory with a per-vCPU ring instead of a bitmap.
   */
  'dirty-ring'?: DomainFeaturesKvmDirtyRing;
}
/**
 * Hide the KVM signature from the guest's CPUID.
 */
export interface DomainFeaturesKvmHidden {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Tell the guest its vCPUs run on dedicated host CPUs.
 */
export interface DomainFeaturesKvmHintDedicated {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Let the guest control host-side halt polling.
 */
export interface DomainFeaturesKvmPollControl {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Paravirtual inter-processor interrupts.
 */
export interface DomainFeaturesKvmPvIpi {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Track dirty memory with a per-vCPU ring instead of a bitmap.
 */
export interface DomainFeaturesKvmDirtyRing {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
  /**
   * Ring size in entries (a power of 2, 1024 to 65536).
   */
  size?: string;
}
/**
 * Xen specific features.
 */
export interface DomainFeaturesXen {
  /**
   * Give a PV guest the host's memory map (for PCI passthrough).
   */
  e820_host?: DomainFeaturesXenE820Host;
  /**
   * Whether the guest may use device passthrough at all.
   */
  passthrough?: DomainFeaturesXenPassthrough;
}
/**
 * Give a PV guest the host's memory map (for PCI passthrough).
 */
export interface DomainFeaturesXenE820Host {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the guest may use device passthrough at all.
 */
export interface DomainFeaturesXenPassthrough {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
  /**
   * IOMMU page table mode: `sync_pt` or `share_pt`.
   */
  mode?: string;
}
/**
 * Give a container a private network namespace even without interfaces.
 */
export interface DomainFeaturesPrivnet {}
/**
 * Paravirtual spinlocks.
 */
export interface DomainFeaturesPvspinlock {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
}
/**
 * Linux capabilities of a container's processes: a default policy plus per-capability overrides.
 */
export interface DomainFeaturesCapabilities {
  /**
   * Starting point: `default` (the driver's usual set), `allow` (all) or `deny` (none).
   */
  policy: 'default' | 'allow' | 'deny';
  /**
   * Whether the container may write the kernel audit log configuration (CAP_AUDIT_CONTROL).
   */
  audit_control?: DomainFeaturesCapabilitiesAuditControl;
  /**
   * Whether the container may write records to the kernel audit log (CAP_AUDIT_WRITE).
   */
  audit_write?: DomainFeaturesCapabilitiesAuditWrite;
  /**
   * Whether the container may prevent system suspend (CAP_BLOCK_SUSPEND).
   */
  block_suspend?: DomainFeaturesCapabilitiesBlockSuspend;
  /**
   * Whether the container may change file owners (CAP_CHOWN).
   */
  chown?: DomainFeaturesCapabilitiesChown;
  /**
   * Whether the container may bypass file permission checks (CAP_DAC_OVERRIDE).
   */
  dac_override?: DomainFeaturesCapabilitiesDacOverride;
  /**
   * Whether the container may bypass file read and directory search permission checks (CAP_DAC_READ_SEARCH).
   */
  dac_read_search?: DomainFeaturesCapabilitiesDacReadSearch;
  /**
   * Whether the container may bypass checks that require owning a file (CAP_FOWNER).
   */
  fowner?: DomainFeaturesCapabilitiesFowner;
  /**
   * Whether the container may keep set-user-id and set-group-id bits when modifying files (CAP_FSETID).
   */
  fsetid?: DomainFeaturesCapabilitiesFsetid;
  /**
   * Whether the container may lock memory (CAP_IPC_LOCK).
   */
  ipc_lock?: DomainFeaturesCapabilitiesIpcLock;
  /**
   * Whether the container may bypass IPC object permission checks (CAP_IPC_OWNER).
   */
  ipc_owner?: DomainFeaturesCapabilitiesIpcOwner;
  /**
   * Whether the container may send signals to any process (CAP_KILL).
   */
  kill?: DomainFeaturesCapabilitiesKill;
  /**
   * Whether the container may take file leases (CAP_LEASE).
   */
  lease?: DomainFeaturesCapabilitiesLease;
  /**
   * Whether the container may set immutable and append-only file attributes (CAP_LINUX_IMMUTABLE).
   */
  linux_immutable?: DomainFeaturesCapabilitiesLinuxImmutable;
  /**
   * Whether the container may configure mandatory access control (CAP_MAC_ADMIN).
   */
  mac_admin?: DomainFeaturesCapabilitiesMacAdmin;
  /**
   * Whether the container may override mandatory access control (CAP_MAC_OVERRIDE).
   */
  mac_override?: DomainFeaturesCapabilitiesMacOverride;
  /**
   * Whether the container may create device nodes (CAP_MKNOD).
   */
  mknod?: DomainFeaturesCapabilitiesMknod;
  /**
   * Whether the container may administer networking (CAP_NET_ADMIN).
   */
  net_admin?: DomainFeaturesCapabilitiesNetAdmin;
  /**
   * Whether the container may bind to ports below 1024 (CAP_NET_BIND_SERVICE).
   */
  net_bind_service?: DomainFeaturesCapabilitiesNetBindService;
  /**
   * Whether the container may send broadcasts and listen to multicast (CAP_NET_BROADCAST).
   */
  net_broadcast?: DomainFeaturesCapabilitiesNetBroadcast;
  /**
   * Whether the container may use raw and packet sockets (CAP_NET_RAW).
   */
  net_raw?: DomainFeaturesCapabilitiesNetRaw;
  /**
   * Whether the container may change group ids (CAP_SETGID).
   */
  setgid?: DomainFeaturesCapabilitiesSetgid;
  /**
   * Whether the container may set file capabilities (CAP_SETFCAP).
   */
  setfcap?: DomainFeaturesCapabilitiesSetfcap;
  /**
   * Whether the container may change process capabilities (CAP_SETPCAP).
   */
  setpcap?: DomainFeaturesCapabilitiesSetpcap;
  /**
   * Whether the container may change user ids (CAP_SETUID).
   */
  setuid?: DomainFeaturesCapabilitiesSetuid;
  /**
   * Whether the container may perform a wide range of system administration tasks (CAP_SYS_ADMIN).
   */
  sys_admin?: DomainFeaturesCapabilitiesSysAdmin;
  /**
   * Whether the container may reboot the system (CAP_SYS_BOOT).
   */
  sys_boot?: DomainFeaturesCapabilitiesSysBoot;
  /**
   * Whether the container may use chroot (CAP_SYS_CHROOT).
   */
  sys_chroot?: DomainFeaturesCapabilitiesSysChroot;
  /**
   * Whether the container may load kernel modules (CAP_SYS_MODULE).
   */
  sys_module?: DomainFeaturesCapabilitiesSysModule;
  /**
   * Whether the container may raise process priority (CAP_SYS_NICE).
   */
  sys_nice?: DomainFeaturesCapabilitiesSysNice;
  /**
   * Whether the container may control process accounting (CAP_SYS_PACCT).
   */
  sys_pacct?: DomainFeaturesCapabilitiesSysPacct;
  /**
   * Whether the container may trace any process (CAP_SYS_PTRACE).
   */
  sys_ptrace?: DomainFeaturesCapabilitiesSysPtrace;
  /**
   * Whether the container may perform raw I/O (CAP_SYS_RAWIO).
   */
  sys_rawio?: DomainFeaturesCapabilitiesSysRawio;
  /**
   * Whether the container may override resource limits (CAP_SYS_RESOURCE).
   */
  sys_resource?: DomainFeaturesCapabilitiesSysResource;
  /**
   * Whether the container may set the system clock (CAP_SYS_TIME).
   */
  sys_time?: DomainFeaturesCapabilitiesSysTime;
  /**
   * Whether the container may configure terminals (CAP_SYS_TTY_CONFIG).
   */
  sys_tty_config?: DomainFeaturesCapabilitiesSysTtyConfig;
  /**
   * Whether the container may use privileged syslog operations (CAP_SYSLOG).
   */
  syslog?: DomainFeaturesCapabilitiesSyslog;
  /**
   * Whether the container may set wake-up alarms (CAP_WAKE_ALARM).
   */
  wake_alarm?: DomainFeaturesCapabilitiesWakeAlarm;
}
/**
 * Whether the container may write the kernel audit log configuration (CAP_AUDIT_CONTROL).
 */
export interface DomainFeaturesCapabilitiesAuditControl {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may write records to the kernel audit log (CAP_AUDIT_WRITE).
 */
export interface DomainFeaturesCapabilitiesAuditWrite {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may prevent system suspend (CAP_BLOCK_SUSPEND).
 */
export interface DomainFeaturesCapabilitiesBlockSuspend {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may change file owners (CAP_CHOWN).
 */
export interface DomainFeaturesCapabilitiesChown {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may bypass file permission checks (CAP_DAC_OVERRIDE).
 */
export interface DomainFeaturesCapabilitiesDacOverride {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may bypass file read and directory search permission checks (CAP_DAC_READ_SEARCH).
 */
export interface DomainFeaturesCapabilitiesDacReadSearch {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may bypass checks that require owning a file (CAP_FOWNER).
 */
export interface DomainFeaturesCapabilitiesFowner {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may keep set-user-id and set-group-id bits when modifying files (CAP_FSETID).
 */
export interface DomainFeaturesCapabilitiesFsetid {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may lock memory (CAP_IPC_LOCK).
 */
export interface DomainFeaturesCapabilitiesIpcLock {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may bypass IPC object permission checks (CAP_IPC_OWNER).
 */
export interface DomainFeaturesCapabilitiesIpcOwner {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may send signals to any process (CAP_KILL).
 */
export interface DomainFeaturesCapabilitiesKill {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may take file leases (CAP_LEASE).
 */
export interface DomainFeaturesCapabilitiesLease {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may set immutable and append-only file attributes (CAP_LINUX_IMMUTABLE).
 */
export interface DomainFeaturesCapabilitiesLinuxImmutable {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may configure mandatory access control (CAP_MAC_ADMIN).
 */
export interface DomainFeaturesCapabilitiesMacAdmin {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may override mandatory access control (CAP_MAC_OVERRIDE).
 */
export interface DomainFeaturesCapabilitiesMacOverride {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may create device nodes (CAP_MKNOD).
 */
export interface DomainFeaturesCapabilitiesMknod {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may administer networking (CAP_NET_ADMIN).
 */
export interface DomainFeaturesCapabilitiesNetAdmin {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may bind to ports below 1024 (CAP_NET_BIND_SERVICE).
 */
export interface DomainFeaturesCapabilitiesNetBindService {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may send broadcasts and listen to multicast (CAP_NET_BROADCAST).
 */
export interface DomainFeaturesCapabilitiesNetBroadcast {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may use raw and packet sockets (CAP_NET_RAW).
 */
export interface DomainFeaturesCapabilitiesNetRaw {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may change group ids (CAP_SETGID).
 */
export interface DomainFeaturesCapabilitiesSetgid {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may set file capabilities (CAP_SETFCAP).
 */
export interface DomainFeaturesCapabilitiesSetfcap {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may change process capabilities (CAP_SETPCAP).
 */
export interface DomainFeaturesCapabilitiesSetpcap {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may change user ids (CAP_SETUID).
 */
export interface DomainFeaturesCapabilitiesSetuid {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may perform a wide range of system administration tasks (CAP_SYS_ADMIN).
 */
export interface DomainFeaturesCapabilitiesSysAdmin {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may reboot the system (CAP_SYS_BOOT).
 */
export interface DomainFeaturesCapabilitiesSysBoot {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may use chroot (CAP_SYS_CHROOT).
 */
export interface DomainFeaturesCapabilitiesSysChroot {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may load kernel modules (CAP_SYS_MODULE).
 */
export interface DomainFeaturesCapabilitiesSysModule {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may raise process priority (CAP_SYS_NICE).
 */
export interface DomainFeaturesCapabilitiesSysNice {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may control process accounting (CAP_SYS_PACCT).
 */
export interface DomainFeaturesCapabilitiesSysPacct {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may trace any process (CAP_SYS_PTRACE).
 */
export interface DomainFeaturesCapabilitiesSysPtrace {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may perform raw I/O (CAP_SYS_RAWIO).
 */
export interface DomainFeaturesCapabilitiesSysRawio {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may override resource limits (CAP_SYS_RESOURCE).
 */
export interface DomainFeaturesCapabilitiesSysResource {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may set the system clock (CAP_SYS_TIME).
 */
export interface DomainFeaturesCapabilitiesSysTime {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may configure terminals (CAP_SYS_TTY_CONFIG).
 */
export interface DomainFeaturesCapabilitiesSysTtyConfig {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may use privileged syslog operations (CAP_SYSLOG).
 */
export interface DomainFeaturesCapabilitiesSyslog {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Whether the container may set wake-up alarms (CAP_WAKE_ALARM).
 */
export interface DomainFeaturesCapabilitiesWakeAlarm {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Performance monitoring unit of the virtual CPU.
 */
export interface DomainFeaturesPmu {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
}
/**
 * VMware I/O port emulation (vmmouse and similar).
 */
export interface DomainFeaturesVmport {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
}
/**
 * ARM Generic Interrupt Controller.
 */
export interface DomainFeaturesGic {
  /**
   * GIC version: `2`, `3`, or `host` (whatever the host supports).
   */
  version?: 'host' | '2' | '3';
}
/**
 * System Management Mode (needed by Secure Boot firmware).
 */
export interface DomainFeaturesSmm {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
  /**
   * Size of the extended TSEG memory area reserved for SMM (MiB by default).
   */
  tseg?: DomainFeaturesSmmTseg;
}
/**
 * Size of the extended TSEG memory area reserved for SMM (MiB by default).
 */
export interface DomainFeaturesSmmTseg {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * I/O APIC implementation.
 */
export interface DomainFeaturesIoapic {
  /**
   * `qemu` (userspace, needed for interrupt remapping with split irqchip) or `kvm` (in kernel).
   */
  driver: 'qemu' | 'kvm';
}
/**
 * Hashed page table of PowerPC pSeries guests.
 */
export interface DomainFeaturesHpt {
  /**
   * Whether the table may be resized: `enabled`, `disabled` or `required`.
   */
  resizing?: 'enabled' | 'disabled' | 'required';
  /**
   * Largest page size the guest may use to back its memory (KiB by default).
   */
  maxpagesize?: DomainFeaturesHptMaxpagesize;
}
/**
 * Largest page size the guest may use to back its memory (KiB by default).
 */
export interface DomainFeaturesHptMaxpagesize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Device through which the guest kernel publishes its crash dump information.
 */
export interface DomainFeaturesVmcoreinfo {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state?: 'on' | 'off';
}
/**
 * PowerPC Hardware Transactional Memory.
 */
export interface DomainFeaturesHtm {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * PowerPC nested virtualization (KVM-HV inside the guest).
 */
export interface DomainFeaturesNestedHv {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * Handling of guest accesses to model-specific registers KVM does not know.
 */
export interface DomainFeaturesMsrs {
  /**
   * `ignore` them or `fault` (inject a fault into the guest).
   */
  unknown: 'ignore' | 'fault';
}
/**
 * PowerPC count cache flush assist.
 */
export interface DomainFeaturesCcfAssist {
  /**
   * `on` enables the feature, `off` disables it.
   */
  state: 'on' | 'off';
}
/**
 * PowerPC cache flush on privilege change mitigation.
 */
export interface DomainFeaturesCfpc {
  /**
   * Mitigation state offered to the guest.
   */
  value: 'broken' | 'workaround' | 'fixed';
}
/**
 * PowerPC speculation barrier bounds checking mitigation.
 */
export interface DomainFeaturesSbbc {
  /**
   * Mitigation state offered to the guest.
   */
  value: 'broken' | 'workaround' | 'fixed';
}
/**
 * PowerPC indirect branch speculation mitigation.
 */
export interface DomainFeaturesIbs {
  /**
   * `broken`, `workaround`, `fixed-ibs`, `fixed-ccd` or `fixed-na`.
   */
  value: 'broken' | 'workaround' | 'fixed-ibs' | 'fixed-ccd' | 'fixed-na';
}
/**
 * Options of QEMU's TCG (software emulation) accelerator.
 */
export interface DomainFeaturesTcg {
  /**
   * Size of the translation block cache (KiB by default).
   */
  'tb-cache'?: DomainFeaturesTcgTbCache;
}
/**
 * Size of the translation block cache (KiB by default).
 */
export interface DomainFeaturesTcgTbCache {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * ACPI sleep states the guest may use; hypervisor defaults apply to states left out.
 */
export interface DomainPm {
  /**
   * Suspend to RAM (S3).
   */
  'suspend-to-mem'?: DomainPmSuspendToMem;
  /**
   * Suspend to disk (S4).
   */
  'suspend-to-disk'?: DomainPmSuspendToDisk;
}
/**
 * Suspend to RAM (S3).
 */
export interface DomainPmSuspendToMem {
  /**
   * Whether the state is offered to the guest.
   */
  enabled?: 'yes' | 'no';
}
/**
 * Suspend to disk (S4).
 */
export interface DomainPmSuspendToDisk {
  /**
   * Whether the state is offered to the guest.
   */
  enabled?: 'yes' | 'no';
}
/**
 * Perf events to count for the guest; events not listed are off.
 */
export interface DomainPerf {
  /**
   * One perf event.
   */
  event: DomainPerfEvent[];
}
/**
 * One perf event.
 */
export interface DomainPerfEvent {
  /**
   * Event name (e.g. `cpu_cycles`, `cache_misses`, `cmt`).
   */
  name:
    | 'cmt'
    | 'mbmt'
    | 'mbml'
    | 'cpu_cycles'
    | 'instructions'
    | 'cache_references'
    | 'cache_misses'
    | 'branch_instructions'
    | 'branch_misses'
    | 'bus_cycles'
    | 'stalled_cycles_frontend'
    | 'stalled_cycles_backend'
    | 'ref_cpu_cycles'
    | 'cpu_clock'
    | 'task_clock'
    | 'page_faults'
    | 'context_switches'
    | 'cpu_migrations'
    | 'page_faults_min'
    | 'page_faults_maj'
    | 'alignment_faults'
    | 'emulation_faults';
  /**
   * Whether the event is counted.
   */
  enabled: 'yes' | 'no';
}
/**
 * Maps user and group ids inside a container to ids on the host (user namespaces).
 */
export interface DomainIdmap {
  /**
   * A range of user ids.
   */
  uid?: DomainIdmapUid[];
  /**
   * A range of group ids.
   */
  gid?: DomainIdmapGid[];
}
/**
 * A range of user ids.
 */
export interface DomainIdmapUid {
  /**
   * First id inside the container.
   */
  start: string;
  /**
   * Host id the first container id maps to.
   */
  target: string;
  /**
   * Number of consecutive ids mapped.
   */
  count: string;
}
/**
 * A range of group ids.
 */
export interface DomainIdmapGid {
  /**
   * First id inside the container.
   */
  start: string;
  /**
   * Host id the first container id maps to.
   */
  target: string;
  /**
   * Number of consecutive ids mapped.
   */
  count: string;
}
/**
 * The guest's hardware: disks, controllers, network interfaces, consoles, graphics and every other device, in any order.
 */
export interface DomainDevices {
  /**
   * Absolute path of the hypervisor binary (e.g. `/usr/bin/qemu-system-x86_64`); libvirt picks one when absent.
   */
  emulator?: DomainDevicesEmulator;
  /**
   * A block device of the guest backed by host storage.
   */
  disk?: DomainDisk[];
  /**
   * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
   */
  controller?: DomainController[];
  /**
   * A lock-manager lease held while the domain runs.
   */
  lease?: DomainLease[];
  /**
   * A host file system exported to the guest.
   */
  filesystem?: DomainFilesystem[];
  /**
   * A guest network interface card and the host-side connection behind it.
   */
  interface?: DomainInterface[];
  /**
   * An input device of the guest.
   */
  input?: DomainInput[];
  /**
   * An emulated sound card.
   */
  sound?: DomainSound[];
  /**
   * A host audio backend.
   */
  audio?: DomainAudio[];
  /**
   * A host device assigned to the guest.
   */
  hostdev?: DomainHostdev[];
  /**
   * A display frontend that exposes the guest's screen, keyboard and mouse.
   */
  graphics?: DomainGraphics[];
  /**
   * A graphics adapter visible to the guest.
   */
  video?: DomainVideo[];
  /**
   * An interactive text console of the guest; either a full character device, or (older container drivers) just the host `tty` it is reachable on.
   */
  console?: DomainConsole[];
  /**
   * A parallel port of the guest, connected on the host side to the backend named by `type`.
   */
  parallel?: DomainParallel[];
  /**
   * A serial port of the guest, connected on the host side to the backend named by `type`.
   */
  serial?: DomainSerial[];
  /**
   * A private communication channel between host and guest (e.g. the guest agent socket), or a forwarded guest TCP port.
   */
  channel?: DomainChannel[];
  /**
   * A smartcard device attached to a CCID controller.
   */
  smartcard?: DomainSmartcard[];
  /**
   * An emulated hub giving the guest more ports to plug devices into.
   */
  hub?: DomainHub[];
  /**
   * A redirected USB device; the host end is a character stream (usually `spicevmc` or `tcp`).
   */
  redirdev?: DomainRedirdev[];
  /**
   * Rules deciding which USB devices may be redirected; the first matching rule wins.
   */
  redirfilter?: DomainRedirfilter[];
  /**
   * A paravirtual random number generator that gives the guest entropy from the host.
   */
  rng?: DomainRng[];
  /**
   * A Trusted Platform Module for the guest.
   */
  tpm?: DomainTpm[];
  /**
   * An inter-VM shared memory PCI device (ivshmem).
   */
  shmem?: DomainShmem[];
  /**
   * A memory module added to the guest besides its base memory; requires `maxMemory` with free slots for the hot-pluggable models.
   */
  memory?: DomainMemoryDevice[];
  /**
   * A hardware watchdog timer: if the guest stops feeding it, the hypervisor performs `action`.
   */
  watchdog?: DomainWatchdog;
  /**
   * The memory balloon: a guest driver that gives memory back to the host on request and reports memory statistics. Most drivers add one automatically; model `none` disables it.
   */
  memballoon?: DomainMemballoon;
  /**
   * The non-volatile RAM device of pSeries guests (firmware settings storage); only its address can be set.
   */
  nvram?: DomainDevicesNvram;
  /**
   * A guest crash notifier: lets the guest tell the hypervisor it panicked, so the domain's `on_crash` action can run. Several may be given with different models.
   */
  panic?: DomainPanic[];
  /**
   * An emulated IOMMU, which translates and isolates device DMA inside the guest (needed e.g. for more than 255 vCPUs with x2APIC or for nested device assignment).
   */
  iommu?: DomainIommu;
  /**
   * A virtio VSOCK device (AF_VSOCK sockets between host and guest, addressed by a context ID).
   */
  vsock?: DomainVsock;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'file' (also when `type` is left out).
 */
export interface DomainDiskFile {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom';
  /**
   * Backing kind: a regular host file (the default when `type` is omitted).
   */
  type?: 'file';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Host file holding the image; leave it out for an empty removable drive.
   */
  source?: DomainStorageSourceFile;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
 */
export interface DomainDiskDriver {
  /**
   * Backend driver name; for QEMU always `qemu`, for Xen e.g. `tap` or `phy`.
   */
  name?: string;
  /**
   * Image format of the top image (raw, qcow2, ...); `aio` is an old spelling of raw.
   */
  type?:
    | 'raw'
    | 'dir'
    | 'bochs'
    | 'cloop'
    | 'dmg'
    | 'iso'
    | 'vpc'
    | 'vdi'
    | 'fat'
    | 'vhd'
    | 'ploop'
    | 'luks'
    | 'cow'
    | 'qcow'
    | 'qcow2'
    | 'qed'
    | 'vmdk'
    | 'aio';
  /**
   * Host page-cache mode: default, none, writeback, writethrough, directsync or unsafe.
   */
  cache?: 'default' | 'none' | 'writeback' | 'writethrough' | 'directsync' | 'unsafe';
  /**
   * Reaction to write (and, without rerror_policy, read) errors: stop the guest, report to it, ignore, or stop only on ENOSPC.
   */
  error_policy?: 'stop' | 'report' | 'ignore' | 'enospace';
  /**
   * Reaction to read errors: stop, report or ignore.
   */
  rerror_policy?: 'stop' | 'report' | 'ignore';
  /**
   * Asynchronous I/O engine: `threads`, `native` (Linux AIO) or `io_uring`.
   */
  io?: 'threads' | 'native' | 'io_uring';
  /**
   * Virtio: handle guest notifications through ioeventfd (asynchronous).
   */
  ioeventfd?: 'on' | 'off';
  /**
   * Virtio: enable the event-index interrupt mitigation feature.
   */
  event_idx?: 'on' | 'off';
  /**
   * Copy data read from backing images into the top image.
   */
  copy_on_read?: 'on' | 'off';
  /**
   * Guest discard/TRIM requests: `unmap` passes them on, `ignore` drops them.
   */
  discard?: 'unmap' | 'ignore';
  /**
   * ID of the domain IOThread that serves this virtio disk.
   */
  iothread?: string;
  /**
   * Detect all-zero writes: `off`, `on` (write zeroes efficiently) or `unmap` (discard them).
   */
  detect_zeroes?: 'off' | 'on' | 'unmap';
  /**
   * Number of virtqueues of a virtio-blk disk.
   */
  queues?: string;
  /**
   * Size of each virtqueue of a virtio-blk disk.
   */
  queue_size?: string;
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
  /**
   * Tuning of the format driver's metadata cache (qcow2 L2/refcount tables).
   */
  metadata_cache?: DomainStorageMetadataCache;
}
/**
 * Tuning of the format driver's metadata cache (qcow2 L2/refcount tables).
 */
export interface DomainStorageMetadataCache {
  /**
   * Maximum cache size; bytes unless `unit` says otherwise.
   */
  max_size?: DomainStorageMetadataCacheMaxSize;
}
/**
 * Maximum cache size; bytes unless `unit` says otherwise.
 */
export interface DomainStorageMetadataCacheMaxSize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'file' (also when `type` is left out).
 */
export interface DomainDiskMirrorFile {
  /**
   * Destination file of the copy (old spelling).
   */
  file?: string;
  /**
   * Image format of the destination file (old spelling).
   */
  '@format'?:
    | 'raw'
    | 'dir'
    | 'bochs'
    | 'cloop'
    | 'dmg'
    | 'iso'
    | 'vpc'
    | 'vdi'
    | 'fat'
    | 'vhd'
    | 'ploop'
    | 'luks'
    | 'cow'
    | 'qcow'
    | 'qcow2'
    | 'qed'
    | 'vmdk';
  /**
   * Kind of block job; the old spelling only knows `copy`.
   */
  job?: 'copy' | 'active-commit';
  /**
   * Backing kind: a regular host file (the default when `type` is omitted).
   */
  type?: 'file';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Host file holding the image; leave it out for an empty removable drive.
   */
  source?: DomainStorageSourceFile;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Format of the image file.
 */
export interface DomainStorageFormat {
  /**
   * Image format name (raw, qcow2, ...).
   */
  type:
    | 'raw'
    | 'dir'
    | 'bochs'
    | 'cloop'
    | 'dmg'
    | 'iso'
    | 'vpc'
    | 'vdi'
    | 'fat'
    | 'vhd'
    | 'ploop'
    | 'luks'
    | 'cow'
    | 'qcow'
    | 'qcow2'
    | 'qed'
    | 'vmdk';
  /**
   * Tuning of the format driver's metadata cache (qcow2 L2/refcount tables).
   */
  metadata_cache?: DomainStorageMetadataCache;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'file' (also when `type` is left out).
 */
export interface DomainStorageBackingStoreFile {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: a regular host file (the default when `type` is omitted).
   */
  type?: 'file';
  /**
   * Host file holding the image; leave it out for an empty removable drive.
   */
  source?: DomainStorageSourceFile;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'block'.
 */
export interface DomainStorageBackingStoreBlock {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: a host block device.
   */
  type: 'block';
  /**
   * Host block device backing the disk.
   */
  source?: DomainStorageSourceBlock;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'dir'.
 */
export interface DomainStorageBackingStoreDir {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: a host directory exposed as a virtual FAT disk.
   */
  type: 'dir';
  /**
   * Host directory whose content the guest sees as a disk.
   */
  source?: DomainStorageSourceDir;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'network'.
 */
export interface DomainStorageBackingStoreNetwork {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: an image reached over the network by QEMU's own client.
   */
  type: 'network';
  /**
   * Network image: protocol, image name and server(s).
   */
  source: DomainStorageSourceNetwork;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'volume'.
 */
export interface DomainStorageBackingStoreVolume {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: a volume of a libvirt storage pool.
   */
  type: 'volume';
  /**
   * Storage pool volume backing the disk.
   */
  source?: DomainStorageSourceVolume;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'nvme'.
 */
export interface DomainStorageBackingStoreNvme {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: a host NVMe controller driven from userspace by QEMU.
   */
  type: 'nvme';
  /**
   * Host NVMe namespace backing the disk.
   */
  source?: DomainStorageSourceNvme;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * The image the enclosing image is layered on, with its own source, format and further chain.
 *
 * Variant with `type` 'vhostuser'.
 */
export interface DomainStorageBackingStoreVhostuser {
  /**
   * Position of this image in the chain, as reported by libvirt.
   */
  index?: string;
  /**
   * Backing kind: an external vhost-user block backend.
   */
  type: 'vhostuser';
  /**
   * UNIX socket of the vhost-user backend.
   */
  source: DomainStorageSourceVhostUser;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Format of the image file.
   */
  format: DomainStorageFormat;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'block'.
 */
export interface DomainDiskMirrorBlock {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: a host block device.
   */
  type: 'block';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Host block device backing the disk.
   */
  source?: DomainStorageSourceBlock;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'dir'.
 */
export interface DomainDiskMirrorDir {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: a host directory exposed as a virtual FAT disk.
   */
  type: 'dir';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Host directory whose content the guest sees as a disk.
   */
  source?: DomainStorageSourceDir;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'network'.
 */
export interface DomainDiskMirrorNetwork {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: an image reached over the network by QEMU's own client.
   */
  type: 'network';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Network image: protocol, image name and server(s).
   */
  source: DomainStorageSourceNetwork;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'volume'.
 */
export interface DomainDiskMirrorVolume {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: a volume of a libvirt storage pool.
   */
  type: 'volume';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Storage pool volume backing the disk.
   */
  source?: DomainStorageSourceVolume;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'nvme'.
 */
export interface DomainDiskMirrorNvme {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: a host NVMe controller driven from userspace by QEMU.
   */
  type: 'nvme';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * Host NVMe namespace backing the disk.
   */
  source?: DomainStorageSourceNvme;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * Destination and progress of a block job that mirrors this disk (reported by libvirt).
 *
 * Variant with `type` 'vhostuser'.
 */
export interface DomainDiskMirrorVhostuser {
  /**
   * Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer).
   */
  job: 'copy' | 'active-commit';
  /**
   * Backing kind: an external vhost-user block backend.
   */
  type: 'vhostuser';
  /**
   * Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing.
   */
  ready?: 'yes' | 'abort' | 'pivot';
  /**
   * UNIX socket of the vhost-user backend.
   */
  source: DomainStorageSourceVhostUser;
  /**
   * Format of the image file.
   */
  format?: DomainStorageFormat;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
}
/**
 * How the disk appears in the guest: device name and bus.
 */
export interface DomainDiskTarget {
  /**
   * Logical device name (hda, sdb, vdc, xvda, fda...); an ordering hint, not a guaranteed guest name.
   */
  dev: string;
  /**
   * Bus the disk is attached to; derived from `dev` when omitted.
   */
  bus?: 'ide' | 'fdc' | 'scsi' | 'virtio' | 'xen' | 'usb' | 'uml' | 'sata' | 'sd';
  /**
   * State of a CD-ROM/floppy tray: `open` or `closed`.
   */
  tray?: 'open' | 'closed';
  /**
   * For USB and SCSI disks: whether the guest sees removable media.
   */
  removable?: 'on' | 'off';
  /**
   * Reported rotation rate in RPM; 1 means solid-state.
   */
  rotation_rate?: string;
}
/**
 * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
 */
export interface DomainDeviceBoot {
  /**
   * Position in the boot order; 1 is tried first.
   */
  order: string;
  /**
   * s390 boot menu selection passed to the firmware: 1 to 8 letters, digits, dots or blanks.
   */
  loadparm?: string;
}
/**
 * Xen: the driver domain that provides the disk's backend.
 */
export interface DomainDiskBackenddomain {
  /**
   * Name of the backend domain.
   */
  name: string;
}
/**
 * The guest may not write to the disk.
 */
export interface DomainDiskReadonly {}
/**
 * The disk may be used by several domains at once (no caching, no exclusive locks).
 */
export interface DomainDiskShareable {}
/**
 * Guest writes go to an overlay that is thrown away when the domain stops.
 */
export interface DomainDiskTransient {
  /**
   * Whether several domains may share the original image below their overlays.
   */
  shareBacking?: 'yes' | 'no';
}
/**
 * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
 */
export interface DomainDiskIotune {
  /**
   * Total throughput limit, bytes per second.
   */
  total_bytes_sec?: DomainDiskIotuneTotalBytesSec;
  /**
   * Read throughput limit, bytes per second.
   */
  read_bytes_sec?: DomainDiskIotuneReadBytesSec;
  /**
   * Write throughput limit, bytes per second.
   */
  write_bytes_sec?: DomainDiskIotuneWriteBytesSec;
  /**
   * Total I/O operations per second limit.
   */
  total_iops_sec?: DomainDiskIotuneTotalIopsSec;
  /**
   * Read operations per second limit.
   */
  read_iops_sec?: DomainDiskIotuneReadIopsSec;
  /**
   * Write operations per second limit.
   */
  write_iops_sec?: DomainDiskIotuneWriteIopsSec;
  /**
   * Burst total throughput, bytes per second.
   */
  total_bytes_sec_max?: DomainDiskIotuneTotalBytesSecMax;
  /**
   * Burst read throughput, bytes per second.
   */
  read_bytes_sec_max?: DomainDiskIotuneReadBytesSecMax;
  /**
   * Burst write throughput, bytes per second.
   */
  write_bytes_sec_max?: DomainDiskIotuneWriteBytesSecMax;
  /**
   * Burst total operations per second.
   */
  total_iops_sec_max?: DomainDiskIotuneTotalIopsSecMax;
  /**
   * Burst read operations per second.
   */
  read_iops_sec_max?: DomainDiskIotuneReadIopsSecMax;
  /**
   * Burst write operations per second.
   */
  write_iops_sec_max?: DomainDiskIotuneWriteIopsSecMax;
  /**
   * Size in bytes that counts as one I/O operation for the IOPS limits.
   */
  size_iops_sec?: DomainDiskIotuneSizeIopsSec;
  /**
   * Throttle group: disks with the same name share one set of limits.
   */
  group_name?: DomainDiskIotuneGroupName;
  /**
   * How long the total throughput burst may last, in seconds.
   */
  total_bytes_sec_max_length?: DomainDiskIotuneTotalBytesSecMaxLength;
  /**
   * How long the read throughput burst may last, in seconds.
   */
  read_bytes_sec_max_length?: DomainDiskIotuneReadBytesSecMaxLength;
  /**
   * How long the write throughput burst may last, in seconds.
   */
  write_bytes_sec_max_length?: DomainDiskIotuneWriteBytesSecMaxLength;
  /**
   * How long the total IOPS burst may last, in seconds.
   */
  total_iops_sec_max_length?: DomainDiskIotuneTotalIopsSecMaxLength;
  /**
   * How long the read IOPS burst may last, in seconds.
   */
  read_iops_sec_max_length?: DomainDiskIotuneReadIopsSecMaxLength;
  /**
   * How long the write IOPS burst may last, in seconds.
   */
  write_iops_sec_max_length?: DomainDiskIotuneWriteIopsSecMaxLength;
}
/**
 * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
 */
export interface DomainDeviceAlias {
  /**
   * The alias itself.
   */
  name: string;
}
/**
 * ACPI settings of the device.
 */
export interface DomainDeviceAcpi {
  /**
   * ACPI index used by the guest to name the network interface predictably (e.g. `eno1`).
   */
  index?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'pci'.
 */
export interface DomainDeviceAddressPci {
  /**
   * A PCI (or PCI Express) slot.
   */
  type: 'pci';
  /**
   * PCI domain number (usually 0).
   */
  domain?: string;
  /**
   * PCI bus number.
   */
  bus?: string;
  /**
   * PCI slot number on the bus (0 to 31).
   */
  slot?: string;
  /**
   * PCI function number within the slot (0 to 7).
   */
  function?: string;
  /**
   * Whether the slot's multifunction bit is set (needed on function 0 when other functions are used).
   */
  multifunction?: 'on' | 'off';
  /**
   * s390 zPCI identifiers of a PCI device.
   */
  zpci?: DomainDeviceAddressZpci;
}
/**
 * s390 zPCI identifiers of a PCI device.
 */
export interface DomainDeviceAddressZpci {
  /**
   * zPCI user-defined identifier (1 to 0xffff).
   */
  uid?: string;
  /**
   * zPCI function identifier (32 bits).
   */
  fid?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'drive'.
 */
export interface DomainDeviceAddressDrive {
  /**
   * A unit on a disk controller (IDE, SATA, SCSI, floppy).
   */
  type: 'drive';
  /**
   * Index of the controller.
   */
  controller?: string;
  /**
   * Bus number on the controller.
   */
  bus?: string;
  /**
   * Target number on the bus.
   */
  target?: string;
  /**
   * Unit (LUN) number on the target.
   */
  unit?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'virtio-serial'.
 */
export interface DomainDeviceAddressVirtioSerial {
  /**
   * A port of a virtio-serial controller.
   */
  type: 'virtio-serial';
  /**
   * Index of the virtio-serial controller.
   */
  controller: string;
  /**
   * Bus number on the controller (always 0 in practice).
   */
  bus?: string;
  /**
   * Port number on the bus.
   */
  port?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'ccid'.
 */
export interface DomainDeviceAddressCcid {
  /**
   * A slot of a CCID (USB smartcard reader) controller.
   */
  type: 'ccid';
  /**
   * Index of the CCID controller.
   */
  controller: string;
  /**
   * Slot number on the controller.
   */
  slot?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'usb'.
 */
export interface DomainDeviceAddressUsb {
  /**
   * A port of a USB controller or hub.
   */
  type: 'usb';
  /**
   * Index of the USB controller.
   */
  bus: string;
  /**
   * Port path: up to four dot-separated port numbers, one per hub level (e.g. `1.2`).
   */
  port?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'spapr-vio'.
 */
export interface DomainDeviceAddressSpaprVio {
  /**
   * A device on the PAPR virtual I/O bus of pSeries guests.
   */
  type: 'spapr-vio';
  /**
   * Register address of the device on the VIO bus (hex, up to 8 digits).
   */
  reg?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'ccw'.
 */
export interface DomainDeviceAddressCcw {
  /**
   * An s390 channel (CCW) device number.
   */
  type: 'ccw';
  /**
   * Channel subsystem id, 0 to 0xfe.
   */
  cssid?: string;
  /**
   * Subchannel set id, 0 to 3.
   */
  ssid?: string;
  /**
   * Device number within the subchannel set, 0 to 0xffff.
   */
  devno?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'isa'.
 */
export interface DomainDeviceAddressIsa {
  /**
   * A legacy ISA device.
   */
  type: 'isa';
  /**
   * Base I/O port, as `0x` and up to four hex digits.
   */
  iobase?: string;
  /**
   * Interrupt line, as `0x` and one hex digit.
   */
  irq?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'virtio-mmio'.
 */
export interface DomainDeviceAddressVirtioMmio {
  /**
   * A memory-mapped virtio transport slot (ARM and RISC-V virt machines); no further attributes.
   */
  type: 'virtio-mmio';
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'dimm'.
 */
export interface DomainDeviceAddressDimm {
  /**
   * A memory module slot (for memory devices).
   */
  type: 'dimm';
  /**
   * Slot number of the module.
   */
  slot?: string;
  /**
   * Guest physical base address of the module (hex).
   */
  base?: string;
}
/**
 * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
 *
 * Variant with `type` 'unassigned'.
 */
export interface DomainDeviceAddressUnassigned {
  /**
   * The device is known to the domain but deliberately not plugged into any guest bus (host devices only).
   */
  type: 'unassigned';
}
/**
 * Overrides the BIOS-visible CHS geometry of the disk.
 */
export interface DomainDiskGeometry {
  /**
   * Number of cylinders.
   */
  cyls: string;
  /**
   * Number of heads.
   */
  heads: string;
  /**
   * Sectors per track.
   */
  secs: string;
  /**
   * BIOS translation mode: `auto`, `none` or `lba`.
   */
  trans?: 'auto' | 'none' | 'lba';
}
/**
 * Overrides the block sizes reported to the guest.
 */
export interface DomainDiskBlockio {
  /**
   * Logical block size in bytes (smallest addressable unit).
   */
  logical_block_size?: string;
  /**
   * Physical block size in bytes (the disk's internal sector size).
   */
  physical_block_size?: string;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'block'.
 */
export interface DomainDiskBlock {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom' | 'lun';
  /**
   * Backing kind: a host block device.
   */
  type: 'block';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO).
   */
  rawio?: 'yes' | 'no';
  /**
   * SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`.
   */
  sgio?: 'filtered' | 'unfiltered';
  /**
   * Host block device backing the disk.
   */
  source?: DomainStorageSourceBlock;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'dir'.
 */
export interface DomainDiskDir {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom';
  /**
   * Backing kind: a host directory exposed as a virtual FAT disk.
   */
  type: 'dir';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Host directory whose content the guest sees as a disk.
   */
  source?: DomainStorageSourceDir;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'network'.
 */
export interface DomainDiskNetwork {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom' | 'lun';
  /**
   * Backing kind: an image reached over the network by QEMU's own client.
   */
  type: 'network';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO).
   */
  rawio?: 'yes' | 'no';
  /**
   * SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`.
   */
  sgio?: 'filtered' | 'unfiltered';
  /**
   * Network image: protocol, image name and server(s).
   */
  source: DomainStorageSourceNetwork;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'volume'.
 */
export interface DomainDiskVolume {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom' | 'lun';
  /**
   * Backing kind: a volume of a libvirt storage pool.
   */
  type: 'volume';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO).
   */
  rawio?: 'yes' | 'no';
  /**
   * SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`.
   */
  sgio?: 'filtered' | 'unfiltered';
  /**
   * Storage pool volume backing the disk.
   */
  source?: DomainStorageSourceVolume;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'nvme'.
 */
export interface DomainDiskNvme {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom';
  /**
   * Backing kind: a host NVMe controller driven from userspace by QEMU.
   */
  type: 'nvme';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * Host NVMe namespace backing the disk.
   */
  source?: DomainStorageSourceNvme;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A block device of the guest backed by host storage.
 *
 * Variant with `type` 'vhostuser'.
 */
export interface DomainDiskVhostuser {
  /**
   * What the guest sees: `disk` (default), `cdrom` or `floppy`.
   */
  device?: 'floppy' | 'disk' | 'cdrom';
  /**
   * Backing kind: an external vhost-user block backend.
   */
  type: 'vhostuser';
  /**
   * Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only).
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`.
   */
  snapshot?: 'no' | 'internal' | 'external' | 'manual';
  /**
   * UNIX socket of the vhost-user backend.
   */
  source: DomainStorageSourceVhostUser;
  /**
   * Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.
   */
  driver?: DomainDiskDriver;
  /**
   * Destination and progress of a block job that mirrors this disk (reported by libvirt).
   */
  mirror?: DomainDiskMirror;
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * How the disk appears in the guest: device name and bus.
   */
  target: DomainDiskTarget;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * Xen: the driver domain that provides the disk's backend.
   */
  backenddomain?: DomainDiskBackenddomain;
  /**
   * The guest may not write to the disk.
   */
  readonly?: DomainDiskReadonly;
  /**
   * The disk may be used by several domains at once (no caching, no exclusive locks).
   */
  shareable?: DomainDiskShareable;
  /**
   * Guest writes go to an overlay that is thrown away when the domain stops.
   */
  transient?: DomainDiskTransient;
  /**
   * Serial number reported to the guest.
   */
  serial?: DomainDiskSerial;
  /**
   * Encryption of the image content; the key comes from a libvirt secret.
   */
  encryption?: DomainStorageEncryption;
  /**
   * I/O throttling of the disk; limits are per second, bursts and group sharing optional.
   */
  iotune?: DomainDiskIotune;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Overrides the BIOS-visible CHS geometry of the disk.
   */
  geometry?: DomainDiskGeometry;
  /**
   * Overrides the block sizes reported to the guest.
   */
  blockio?: DomainDiskBlockio;
  /**
   * World Wide Name reported for IDE/SCSI disks (16 hex digits).
   */
  wwn?: DomainDiskWwn;
  /**
   * SCSI vendor string reported to the guest (up to 8 printable ASCII characters).
   */
  vendor?: DomainDiskVendor;
  /**
   * SCSI product string reported to the guest (up to 16 printable ASCII characters).
   */
  product?: DomainDiskProduct;
  /**
   * The image the enclosing image is layered on, with its own source, format and further chain.
   */
  backingStore?: DomainStorageBackingStore;
  /**
   * Reserved for libvirt's internal status XML; never valid in a domain definition.
   */
  privateData?: DomainStoragePrivateData;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'fdc'.
 */
export interface DomainControllerFdc {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A floppy disk controller.
   */
  type: 'fdc';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * Hypervisor settings of the controller (mostly for virtio-scsi).
 */
export interface DomainControllerDriver {
  /**
   * Number of request queues.
   */
  queues?: string;
  /**
   * Maximum number of queued commands per LUN.
   */
  cmd_per_lun?: string;
  /**
   * Maximum transfer size of one command, in sectors.
   */
  max_sectors?: string;
  /**
   * Handle guest notifications through ioeventfd.
   */
  ioeventfd?: 'on' | 'off';
  /**
   * ID of the domain IOThread that serves this controller.
   */
  iothread?: string;
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'sata'.
 */
export interface DomainControllerSata {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A SATA (AHCI) controller.
   */
  type: 'sata';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'ccid'.
 */
export interface DomainControllerCcid {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A USB CCID smartcard reader that smartcard devices attach to.
   */
  type: 'ccid';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'isa'.
 */
export interface DomainControllerIsa {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * The ISA bus.
   */
  type: 'isa';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'scsi'.
 */
export interface DomainControllerScsi {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A SCSI host adapter.
   */
  type: 'scsi';
  /**
   * Emulated SCSI adapter; chosen by the hypervisor when omitted or `auto`.
   */
  '@model'?:
    | 'auto'
    | 'buslogic'
    | 'lsilogic'
    | 'lsisas1068'
    | 'vmpvscsi'
    | 'ibmvscsi'
    | 'virtio-scsi'
    | 'lsisas1078'
    | 'virtio-transitional'
    | 'virtio-non-transitional'
    | 'ncr53c90'
    | 'dc390'
    | 'am53c974';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'usb'.
 */
export interface DomainControllerUsb {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A USB host controller.
   */
  type: 'usb';
  /**
   * Emulated USB controller; `none` means the guest gets no USB bus at all.
   */
  '@model'?:
    | 'piix3-uhci'
    | 'piix4-uhci'
    | 'ehci'
    | 'ich9-ehci1'
    | 'ich9-uhci1'
    | 'ich9-uhci2'
    | 'ich9-uhci3'
    | 'vt82c686b-uhci'
    | 'pci-ohci'
    | 'nec-xhci'
    | 'none'
    | 'qusb1'
    | 'qusb2'
    | 'qemu-xhci';
  /**
   * Number of root ports of the controller.
   */
  ports?: string;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Makes this (UHCI) controller a companion of the EHCI controller with the same index.
   */
  master?: DomainControllerMaster;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * Makes this (UHCI) controller a companion of the EHCI controller with the same index.
 */
export interface DomainControllerMaster {
  /**
   * First port of the master controller this companion serves.
   */
  startport: string;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'ide'.
 */
export interface DomainControllerIde {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * An IDE controller.
   */
  type: 'ide';
  /**
   * Emulated IDE chipset.
   */
  '@model'?: 'piix3' | 'piix4' | 'ich6';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'pci'.
 */
export interface DomainControllerPci {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A PCI or PCI Express bus element.
   */
  type: 'pci';
  /**
   * Role in the PCI topology: the root bus of the machine.
   */
  '@model':
    | 'pci-root'
    | 'pcie-root'
    | 'pci-bridge'
    | 'dmi-to-pci-bridge'
    | 'pcie-to-pci-bridge'
    | 'pcie-root-port'
    | 'pcie-switch-upstream-port'
    | 'pcie-switch-downstream-port'
    | 'pci-expander-bus'
    | 'pcie-expander-bus';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * The emulated device implementing the controller's role.
   */
  model?: DomainControllerModel;
  /**
   * Guest-visible numbering and options of the PCI controller.
   */
  target?: DomainControllerPciTarget;
  /**
   * Size of the 64-bit PCI MMIO window of the root bus; KiB unless `unit` says otherwise.
   */
  pcihole64?: DomainControllerPcihole64;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * The emulated device implementing the controller's role.
 */
export interface DomainControllerModel {
  /**
   * Device model, e.g. pcie-root-port or ioh3420 for a root port.
   */
  name:
    | 'spapr-pci-host-bridge'
    | 'pci-bridge'
    | 'i82801b11-bridge'
    | 'pcie-pci-bridge'
    | 'ioh3420'
    | 'pcie-root-port'
    | 'x3130-upstream'
    | 'xio3130-downstream'
    | 'pxb'
    | 'pxb-pcie';
}
/**
 * Guest-visible numbering and options of the PCI controller.
 */
export interface DomainControllerPciTarget {
  /**
   * Chassis number of a pci-bridge.
   */
  chassisNr?: string;
  /**
   * Chassis number of a PCIe port.
   */
  chassis?: string;
  /**
   * Port number of a PCIe port.
   */
  port?: string;
  /**
   * First bus number of an expander bus.
   */
  busNr?: string;
  /**
   * Index of an spapr PCI host bridge.
   */
  index?: string;
  /**
   * Whether devices may be hot-plugged into this port.
   */
  hotplug?: 'on' | 'off';
  /**
   * Guest NUMA node an expander bus belongs to.
   */
  node?: DomainControllerPciTargetNode;
}
/**
 * Size of the 64-bit PCI MMIO window of the root bus; KiB unless `unit` says otherwise.
 */
export interface DomainControllerPcihole64 {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'virtio-serial'.
 */
export interface DomainControllerVirtioSerial {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * A virtio-serial bus carrying channels and consoles.
   */
  type: 'virtio-serial';
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  '@model'?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Number of ports the bus offers.
   */
  ports?: string;
  /**
   * Number of MSI-X vectors of the device.
   */
  vectors?: string;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.
 *
 * Variant with `type` 'xenbus'.
 */
export interface DomainControllerXenbus {
  /**
   * Number of this controller among those of the same type; referenced by device addresses.
   */
  index?: string;
  /**
   * The Xen paravirtual bus.
   */
  type: 'xenbus';
  /**
   * Maximum number of grant frames the guest may use.
   */
  maxGrantFrames?: string;
  /**
   * Maximum number of event channels the guest may use.
   */
  maxEventChannels?: string;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hypervisor settings of the controller (mostly for virtio-scsi).
   */
  driver?: DomainControllerDriver;
}
/**
 * A lock-manager lease held while the domain runs.
 */
export interface DomainLease {
  /**
   * Name of the lockspace the lease key lives in.
   */
  lockspace: DomainLeaseLockspace;
  /**
   * Name of the lease within the lockspace.
   */
  key: DomainLeaseKey;
  /**
   * The file holding the lease.
   */
  target: DomainLeaseTarget;
}
/**
 * The file holding the lease.
 */
export interface DomainLeaseTarget {
  /**
   * Path of the lease file on shared storage.
   */
  path: string;
  /**
   * Byte offset of the lease inside the file.
   */
  offset?: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'mount' (also when `type` is left out).
 */
export interface DomainFilesystemMount {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: a host directory (the default), shared with 9p or virtiofs.
   */
  type?: 'mount';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * Settings of the virtiofsd daemon libvirt starts for this share.
   */
  binary?: DomainFilesystemBinary;
  /**
   * The shared host directory, or the socket of an externally started virtiofsd.
   */
  source: DomainFilesystemMountSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * How the hypervisor implements the share.
 *
 * Variant with `type` one of 'path', 'handle', 'loop', 'nbd', 'ploop' (also when `type` is left out).
 */
export interface DomainFilesystemDriverPath {
  /**
   * Driver: `path` or `handle` (9p), `loop`/`nbd` (image mounts) or `ploop`.
   */
  type?: 'path' | 'handle' | 'loop' | 'nbd' | 'ploop';
  /**
   * Image format for loop/nbd sources.
   */
  format?:
    | 'raw'
    | 'dir'
    | 'bochs'
    | 'cloop'
    | 'dmg'
    | 'iso'
    | 'vpc'
    | 'vdi'
    | 'fat'
    | 'vhd'
    | 'ploop'
    | 'luks'
    | 'cow'
    | 'qcow'
    | 'qcow2'
    | 'qed'
    | 'vmdk';
  /**
   * `immediate`: guest writes are flushed to the host at once.
   */
  wrpolicy?: 'immediate';
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * How the hypervisor implements the share.
 *
 * Variant with `type` 'virtiofs'.
 */
export interface DomainFilesystemDriverVirtiofs {
  /**
   * Driver: virtio-fs, served by a virtiofsd process.
   */
  type: 'virtiofs';
  /**
   * Size of the virtio-fs request queue.
   */
  queue?: string;
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * Settings of the virtiofsd daemon libvirt starts for this share.
 */
export interface DomainFilesystemBinary {
  /**
   * Absolute path of the virtiofsd binary to run.
   */
  path?: string;
  /**
   * Whether extended attributes are supported.
   */
  xattr?: 'on' | 'off';
  /**
   * Guest-side caching of file data and metadata.
   */
  cache?: DomainFilesystemBinaryCache;
  /**
   * How virtiofsd confines itself.
   */
  sandbox?: DomainFilesystemBinarySandbox;
  /**
   * File locking offered to the guest.
   */
  lock?: DomainFilesystemBinaryLock;
  /**
   * Worker thread pool of virtiofsd.
   */
  thread_pool?: DomainFilesystemBinaryThreadPool;
}
/**
 * Guest-side caching of file data and metadata.
 */
export interface DomainFilesystemBinaryCache {
  /**
   * `none` disables caching, `always` keeps cached data indefinitely.
   */
  mode?: 'none' | 'always';
}
/**
 * How virtiofsd confines itself.
 */
export interface DomainFilesystemBinarySandbox {
  /**
   * `namespace` (Linux namespaces) or `chroot`.
   */
  mode?: 'namespace' | 'chroot';
}
/**
 * File locking offered to the guest.
 */
export interface DomainFilesystemBinaryLock {
  /**
   * POSIX (fcntl) locks.
   */
  posix?: 'on' | 'off';
  /**
   * BSD flock() locks.
   */
  flock?: 'on' | 'off';
}
/**
 * Worker thread pool of virtiofsd.
 */
export interface DomainFilesystemBinaryThreadPool {
  /**
   * Number of worker threads; 0 handles requests in the queue thread.
   */
  size?: string;
}
/**
 * The shared host directory, or the socket of an externally started virtiofsd.
 */
export interface DomainFilesystemMountSource {
  /**
   * Absolute path of the host directory.
   */
  dir?: string;
  /**
   * Absolute path of the UNIX socket of an already running virtiofsd.
   */
  socket?: string;
}
/**
 * Where the guest finds the file system.
 */
export interface DomainFilesystemTarget {
  /**
   * Mount tag (9p/virtiofs) or mount point inside the container.
   */
  dir: string;
}
/**
 * The guest may only read the file system.
 */
export interface DomainFilesystemReadonly {}
/**
 * Hard quota of the file system; bytes unless `unit` says otherwise.
 */
export interface DomainFilesystemSpaceHardLimit {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Soft quota of the file system; bytes unless `unit` says otherwise.
 */
export interface DomainFilesystemSpaceSoftLimit {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'bind'.
 */
export interface DomainFilesystemBind {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: a directory inside the guest bind-mounted elsewhere (containers).
   */
  type: 'bind';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * Directory to bind-mount.
   */
  source: DomainFilesystemBindSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * Directory to bind-mount.
 */
export interface DomainFilesystemBindSource {
  /**
   * Absolute path of the directory.
   */
  dir: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'file'.
 */
export interface DomainFilesystemFile {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: an image file mounted in the guest (containers).
   */
  type: 'file';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * The image file.
   */
  source: DomainFilesystemFileSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * The image file.
 */
export interface DomainFilesystemFileSource {
  /**
   * Absolute path of the image file.
   */
  file: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'block'.
 */
export interface DomainFilesystemBlock {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: a host block device mounted in the guest (containers).
   */
  type: 'block';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * The host block device.
   */
  source: DomainFilesystemBlockSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * The host block device.
 */
export interface DomainFilesystemBlockSource {
  /**
   * Absolute path of the block device.
   */
  dev: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'template'.
 */
export interface DomainFilesystemTemplate {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: an OpenVZ template expanded into the guest's root.
   */
  type: 'template';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * The template to use.
   */
  source: DomainFilesystemTemplateSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * The template to use.
 */
export interface DomainFilesystemTemplateSource {
  /**
   * Name of the template.
   */
  name: string;
}
/**
 * A host file system exported to the guest.
 *
 * Variant with `type` 'ram'.
 */
export interface DomainFilesystemRam {
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Source kind: a RAM-backed file system (tmpfs) of a given size (containers).
   */
  type: 'ram';
  /**
   * 9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`.
   */
  accessmode?: 'passthrough' | 'mapped' | 'squash';
  /**
   * 9p handling of several host devices under one export: default, remap, forbid or warn.
   */
  multidevs?: 'default' | 'remap' | 'forbid' | 'warn';
  /**
   * Octal permission mode for files created by the guest (mapped mode).
   */
  fmode?: string;
  /**
   * Octal permission mode for directories created by the guest (mapped mode).
   */
  dmode?: string;
  /**
   * How the hypervisor implements the share.
   */
  driver?: DomainFilesystemDriver;
  /**
   * Size of the RAM file system.
   */
  source: DomainFilesystemRamSource;
  /**
   * Where the guest finds the file system.
   */
  target: DomainFilesystemTarget;
  /**
   * The guest may only read the file system.
   */
  readonly?: DomainFilesystemReadonly;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Hard quota of the file system; bytes unless `unit` says otherwise.
   */
  space_hard_limit?: DomainFilesystemSpaceHardLimit;
  /**
   * Soft quota of the file system; bytes unless `unit` says otherwise.
   */
  space_soft_limit?: DomainFilesystemSpaceSoftLimit;
}
/**
 * Size of the RAM file system.
 */
export interface DomainFilesystemRamSource {
  /**
   * Size limit; KiB unless `units` says otherwise.
   */
  usage: string;
  /**
   * Unit of `usage` (e.g. KiB, MiB, GiB).
   */
  units?: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'network'.
 */
export interface DomainInterfaceNetwork {
  /**
   * Connect through a libvirt virtual network.
   */
  type: 'network';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The virtual network (and optionally its port group) to use.
   */
  source: DomainInterfaceNetworkSource;
  /**
   * IEEE 802.1Qbg (VEPA/VDP) port profile.
   */
  virtualport?: DomainInterfaceVirtualport;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The virtual network (and optionally its port group) to use.
 */
export interface DomainInterfaceNetworkSource {
  /**
   * Name of the libvirt virtual network to connect to.
   */
  network: string;
  /**
   * Port group of the network whose settings apply to this interface.
   */
  portgroup?: string;
  /**
   * UUID of the network port object created for this interface.
   */
  portid?: string;
  /**
   * Name of the host bridge device the tap is attached to.
   */
  bridge?: string;
  /**
   * Who manages the bridge's forwarding table.
   */
  macTableManager?: 'kernel' | 'libvirt';
}
/**
 * IEEE 802.1Qbg (VEPA/VDP) port profile.
 */
export interface DomainInterfaceVirtualport {
  /**
   * Switch technology in use.
   */
  type?: '802.1Qbg' | '802.1Qbh' | 'openvswitch' | 'midonet';
  /**
   * VDP association parameters.
   */
  parameters?: DomainInterfaceVirtualportParameters;
}
/**
 * VDP association parameters.
 */
export interface DomainInterfaceVirtualportParameters {
  /**
   * VSI manager id (0-255).
   */
  managerid?: string;
  /**
   * VSI type id (24 bits).
   */
  typeid?: string;
  /**
   * Version of the VSI type (0-255).
   */
  typeidversion?: string;
  /**
   * UUID identifying this VSI instance; generated when absent.
   */
  instanceid?: string;
  /**
   * Name of the port profile to apply.
   */
  profileid?: string;
  /**
   * UUID of the OVS interface; generated when absent.
   */
  interfaceid?: string;
}
/**
 * Virtual link state as seen by the guest.
 */
export interface DomainInterfaceLink {
  /**
   * up (default) or down, as if the cable were unplugged.
   */
  state: 'up' | 'down';
}
/**
 * Maximum transmission unit of the link.
 */
export interface DomainNetMtu {
  /**
   * MTU in bytes (0-65535).
   */
  size: string;
}
/**
 * Interrupt coalescing of the host-side device.
 */
export interface DomainInterfaceCoalesce {
  /**
   * Settings for received packets.
   */
  rx?: DomainInterfaceCoalesceRx;
}
/**
 * Settings for received packets.
 */
export interface DomainInterfaceCoalesceRx {
  /**
   * Frame-count based coalescing.
   */
  frames?: DomainInterfaceCoalesceRxFrames;
}
/**
 * Frame-count based coalescing.
 */
export interface DomainInterfaceCoalesceRxFrames {
  /**
   * Frames to collect before raising an interrupt (0 disables coalescing).
   */
  max?: string;
}
/**
 * The host-side device (tap/macvtap) backing the card.
 */
export interface DomainInterfaceTarget {
  /**
   * Name of the host device; generated (vnetN, macvtapN) when absent.
   */
  dev: string;
  /**
   * no means the tap device already exists and libvirt must not create or delete it.
   */
  managed?: 'yes' | 'no';
}
/**
 * Name of the interface inside the guest (containers).
 */
export interface DomainInterfaceGuest {
  /**
   * Requested name inside the guest.
   */
  dev?: string;
  /**
   * Name actually given inside the guest (live XML).
   */
  actual?: string;
}
/**
 * The card's hardware address; generated when absent.
 */
export interface DomainInterfaceMac {
  /**
   * Unicast MAC address, e.g. 52:54:00:12:34:56.
   */
  address: string;
  /**
   * Whether the address was generated by libvirt or given by the user (VMware).
   */
  type?: 'generated' | 'static';
  /**
   * no skips the check that a static address is in the allowed range (VMware).
   */
  check?: 'yes' | 'no';
}
/**
 * A static IP address for the interface.
 */
export interface DomainNetIpAddress {
  /**
   * The IPv4 or IPv6 address.
   */
  address: string;
  /**
   * Address family; guessed from the address when absent.
   */
  family?: 'ipv4' | 'ipv6';
  /**
   * Network prefix length.
   */
  prefix?: string;
  /**
   * Address of the other end of a point-to-point link.
   */
  peer?: string;
}
/**
 * A static route: traffic for the given network goes through the gateway.
 */
export interface DomainNetRoute {
  /**
   * Address family of the route; guessed from the address when absent.
   */
  family?: 'ipv4' | 'ipv6';
  /**
   * Destination network address.
   */
  address: string;
  /**
   * IPv4 netmask of the destination network (alternative to prefix).
   */
  netmask?: string;
  /**
   * Prefix length of the destination network.
   */
  prefix?: string;
  /**
   * Address of the next hop.
   */
  gateway: string;
  /**
   * Route priority; lower values win.
   */
  metric?: string;
}
/**
 * Forward host ports to the guest (user-mode/passt backend).
 */
export interface DomainInterfacePortForward {
  /**
   * Protocol to forward: tcp or udp.
   */
  proto: 'tcp' | 'udp';
  /**
   * Host address to listen on; all addresses when absent.
   */
  address?: string;
  /**
   * Host interface to listen on.
   */
  dev?: string;
  /**
   * A port or port range to forward (all ports when no range is given).
   */
  range?: DomainInterfacePortForwardRange[];
}
/**
 * A port or port range to forward (all ports when no range is given).
 */
export interface DomainInterfacePortForwardRange {
  /**
   * First host port.
   */
  start: string;
  /**
   * Last host port of the range.
   */
  end?: string;
  /**
   * Guest port the first host port maps to.
   */
  to?: string;
  /**
   * yes removes this range from the forwarded set.
   */
  exclude?: 'yes' | 'no';
}
/**
 * Script run on the host to set up the tap device after it is created.
 */
export interface DomainInterfaceScript {
  /**
   * Script path.
   */
  path: string;
}
/**
 * Script run on the host when the tap device is torn down.
 */
export interface DomainInterfaceDownscript {
  /**
   * Script path.
   */
  path: string;
}
/**
 * Xen driver domain that provides the backend of this card.
 */
export interface DomainInterfaceBackenddomain {
  /**
   * Name of the backend domain.
   */
  name: string;
}
/**
 * The emulated NIC model shown to the guest.
 */
export interface DomainInterfaceModel {
  /**
   * Model name, e.g. virtio, e1000e, rtl8139 (hypervisor specific).
   */
  type: string;
}
/**
 * Overrides how the host side of the card is provided.
 */
export interface DomainInterfaceBackend {
  /**
   * passt selects the passt user-mode backend instead of SLIRP (type user).
   */
  type?: 'passt';
  /**
   * Tun/tap clone device to open instead of /dev/net/tun.
   */
  tap?: string;
  /**
   * vhost-net device to open instead of /dev/vhost-net.
   */
  vhost?: string;
  /**
   * Log file of the passt process.
   */
  logFile?: string;
}
/**
 * Backend driver of the card and its tuning knobs.
 *
 * Variant with `name` one of 'kvm', 'vfio', 'xen'.
 */
export interface DomainInterfaceDriverKvm {
  /**
   * Device assignment backend for hostdev interfaces (kvm, vfio) or the Xen backend; no queue tuning applies.
   */
  name: 'kvm' | 'vfio' | 'xen';
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
  /**
   * Receive-side scaling in the virtio-net device.
   */
  rss?: 'on' | 'off';
  /**
   * Report the RSS hash value to the guest.
   */
  rss_hash_report?: 'on' | 'off';
  /**
   * Offloads between the virtio device and the host backend.
   */
  host?: DomainInterfaceDriverHost;
  /**
   * Offloads advertised to the guest driver.
   */
  guest?: DomainInterfaceDriverGuest;
}
/**
 * Offloads between the virtio device and the host backend.
 */
export interface DomainInterfaceDriverHost {
  /**
   * Checksum offload.
   */
  csum?: 'on' | 'off';
  /**
   * TCP segmentation offload for IPv4.
   */
  tso4?: 'on' | 'off';
  /**
   * TCP segmentation offload for IPv6.
   */
  tso6?: 'on' | 'off';
  /**
   * TSO with explicit congestion notification.
   */
  ecn?: 'on' | 'off';
  /**
   * UDP fragmentation offload.
   */
  ufo?: 'on' | 'off';
  /**
   * Generic segmentation offload.
   */
  gso?: 'on' | 'off';
  /**
   * Mergeable receive buffers.
   */
  mrg_rxbuf?: 'on' | 'off';
}
/**
 * Offloads advertised to the guest driver.
 */
export interface DomainInterfaceDriverGuest {
  /**
   * Checksum offload.
   */
  csum?: 'on' | 'off';
  /**
   * TCP segmentation offload for IPv4.
   */
  tso4?: 'on' | 'off';
  /**
   * TCP segmentation offload for IPv6.
   */
  tso6?: 'on' | 'off';
  /**
   * TSO with explicit congestion notification.
   */
  ecn?: 'on' | 'off';
  /**
   * UDP fragmentation offload.
   */
  ufo?: 'on' | 'off';
}
/**
 * Backend driver of the card and its tuning knobs.
 *
 * Variant with `name` one of 'qemu', 'vhost' (also when `name` is left out).
 */
export interface DomainInterfaceDriverQemu {
  /**
   * qemu processes packets in the QEMU process; vhost uses the in-kernel vhost-net (default when available).
   */
  name?: 'qemu' | 'vhost';
  /**
   * Number of queue pairs (multiqueue virtio-net).
   */
  queues?: string;
  /**
   * Size of each receive virtqueue.
   */
  rx_queue_size?: string;
  /**
   * Size of each transmit virtqueue.
   */
  tx_queue_size?: string;
  /**
   * How QEMU schedules transmission without vhost: iothread (bottom half) or timer.
   */
  txmode?: 'iothread' | 'timer';
  /**
   * Handle guest notifications in a separate thread via ioeventfd.
   */
  ioeventfd?: 'on' | 'off';
  /**
   * Use the virtio event index feature to reduce interrupts.
   */
  event_idx?: 'on' | 'off';
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
  /**
   * Receive-side scaling in the virtio-net device.
   */
  rss?: 'on' | 'off';
  /**
   * Report the RSS hash value to the guest.
   */
  rss_hash_report?: 'on' | 'off';
  /**
   * Offloads between the virtio device and the host backend.
   */
  host?: DomainInterfaceDriverHost;
  /**
   * Offloads advertised to the guest driver.
   */
  guest?: DomainInterfaceDriverGuest;
}
/**
 * Attaches an nwfilter traffic filter to the port.
 */
export interface DomainNetFilterRef {
  /**
   * Name of the filter to apply.
   */
  filter: string;
  /**
   * A variable handed to the filter rules.
   */
  parameter?: DomainNetFilterRefParameter[];
}
/**
 * A variable handed to the filter rules.
 */
export interface DomainNetFilterRefParameter {
  /**
   * Variable name (letters, digits, underscore), e.g. IP.
   */
  name: string;
  /**
   * Variable value (letters, digits, _ . :).
   */
  value: string;
}
/**
 * Host-side tuning of the tap device.
 */
export interface DomainInterfaceTune {
  /**
   * Send buffer size of the tap device in bytes.
   */
  sndbuf?: DomainInterfaceTuneSndbuf;
}
/**
 * The option ROM a PCI device exposes to the guest.
 */
export interface DomainDeviceRom {
  /**
   * `no` removes the ROM altogether.
   */
  enabled?: 'yes' | 'no';
  /**
   * Whether the ROM is visible in the device's memory map (its BAR).
   */
  bar?: 'on' | 'off';
  /**
   * Host file with the ROM image to present instead of the default one.
   */
  file?: string;
}
/**
 * Quality-of-service limits for the traffic of this port; each direction is optional.
 */
export interface DomainNetBandwidth {
  /**
   * Traffic-control class number assigned by libvirt (reported in live XML).
   */
  classID?: string;
  /**
   * Limits for traffic flowing towards the guest.
   */
  inbound?: DomainNetBandwidthInbound;
  /**
   * Limits for traffic leaving the guest.
   */
  outbound?: DomainNetBandwidthOutbound;
}
/**
 * Limits for traffic flowing towards the guest.
 */
export interface DomainNetBandwidthInbound {
  /**
   * Long-term average rate in KiB/s.
   */
  average?: string;
  /**
   * Maximum rate in KiB/s allowed while sending a burst.
   */
  peak?: string;
  /**
   * Guaranteed minimum rate in KiB/s (inbound only, for ports of a libvirt network).
   */
  floor?: string;
  /**
   * Amount of data in KiB that may be sent at peak rate.
   */
  burst?: string;
}
/**
 * Limits for traffic leaving the guest.
 */
export interface DomainNetBandwidthOutbound {
  /**
   * Long-term average rate in KiB/s.
   */
  average?: string;
  /**
   * Maximum rate in KiB/s allowed while sending a burst.
   */
  peak?: string;
  /**
   * Guaranteed minimum rate in KiB/s (inbound only, for ports of a libvirt network).
   */
  floor?: string;
  /**
   * Amount of data in KiB that may be sent at peak rate.
   */
  burst?: string;
}
/**
 * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
 */
export interface DomainNetVlan {
  /**
   * Set to yes to pass several tagged VLANs (a trunk) to the guest.
   */
  trunk?: 'yes';
  /**
   * One VLAN the port belongs to.
   */
  tag: DomainNetVlanTag[];
}
/**
 * One VLAN the port belongs to.
 */
export interface DomainNetVlanTag {
  /**
   * VLAN id, 0 to 4095.
   */
  id: string;
  /**
   * Marks this as the native VLAN, whose frames are carried tagged or untagged.
   */
  nativeMode?: 'tagged' | 'untagged';
}
/**
 * Per-port switch settings.
 */
export interface DomainNetPortOptions {
  /**
   * yes keeps this port from talking to other isolated ports on the same bridge.
   */
  isolated?: 'yes' | 'no';
}
/**
 * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
 *
 * Variant with `type` 'persistent'.
 */
export interface DomainDeviceTeamingPersistent {
  /**
   * `persistent`: the team member that stays plugged in (the virtio NIC).
   */
  type: 'persistent';
}
/**
 * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
 *
 * Variant with `type` 'transient'.
 */
export interface DomainDeviceTeamingTransient {
  /**
   * `transient`: the member that may be unplugged, e.g. around migration (usually the assigned VF).
   */
  type: 'transient';
  /**
   * Alias of the persistent member of the team.
   */
  persistent: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'bridge'.
 */
export interface DomainInterfaceBridge {
  /**
   * Attach a tap device to an existing host bridge.
   */
  type: 'bridge';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The host bridge to join.
   */
  source?: DomainInterfaceBridgeSource;
  /**
   * IEEE 802.1Qbg (VEPA/VDP) port profile.
   */
  virtualport?: DomainInterfaceVirtualport;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The host bridge to join.
 */
export interface DomainInterfaceBridgeSource {
  /**
   * Name of the host bridge device the tap is attached to.
   */
  bridge: string;
  /**
   * Who manages the bridge's forwarding table.
   */
  macTableManager?: 'kernel' | 'libvirt';
  /**
   * Name of the libvirt virtual network to connect to.
   */
  network?: string;
  /**
   * Port group of the network whose settings apply to this interface.
   */
  portgroup?: string;
  /**
   * UUID of the network port object created for this interface.
   */
  portid?: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'ethernet'.
 */
export interface DomainInterfaceEthernet {
  /**
   * A plain tap (or existing tap/macvtap) device that the host configures itself.
   */
  type: 'ethernet';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * Host-side addresses and routes to set on the tap device.
   */
  source?: DomainInterfaceEthernetSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * Host-side addresses and routes to set on the tap device.
 */
export interface DomainInterfaceEthernetSource {
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'direct'.
 */
export interface DomainInterfaceDirect {
  /**
   * macvtap device stacked directly on a host NIC.
   */
  type: 'direct';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The physical host interface to stack on.
   */
  source: DomainInterfaceDirectSource;
  /**
   * IEEE 802.1Qbg (VEPA/VDP) port profile.
   */
  virtualport?: DomainInterfaceVirtualport;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The physical host interface to stack on.
 */
export interface DomainInterfaceDirectSource {
  /**
   * Host NIC name, e.g. eth0.
   */
  dev: string;
  /**
   * macvtap mode: vepa (default), bridge, private or passthrough.
   */
  mode?: string;
  /**
   * Name of the libvirt virtual network to connect to.
   */
  network?: string;
  /**
   * Port group of the network whose settings apply to this interface.
   */
  portgroup?: string;
  /**
   * UUID of the network port object created for this interface.
   */
  portid?: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'hostdev'.
 */
export interface DomainInterfaceHostdev {
  /**
   * Assign a host network device (SR-IOV VF or USB NIC) to the guest.
   */
  type: 'hostdev';
  /**
   * yes lets libvirt detach the device from its host driver before start and reattach it afterwards.
   */
  managed?: 'yes' | 'no';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * Which host device to assign.
   */
  source: DomainInterfaceHostdevSource;
  /**
   * IEEE 802.1Qbg (VEPA/VDP) port profile.
   */
  virtualport?: DomainInterfaceVirtualport;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * Which host device to assign.
 */
export interface DomainInterfaceHostdevSource {
  /**
   * yes when the USB device is allowed to be absent.
   */
  missing?: 'yes' | 'no';
  /**
   * USB vendor of the device.
   */
  vendor?: DomainInterfaceSourceVendor;
  /**
   * USB product of the device.
   */
  product?: DomainInterfaceSourceProduct;
  /**
   * Host USB bus/device location of the device.
   */
  address?: DomainInterfaceSourceAddress;
}
/**
 * USB vendor of the device.
 */
export interface DomainInterfaceSourceVendor {
  /**
   * Vendor id, up to 4 hex digits, optional 0x prefix.
   */
  id: string;
}
/**
 * USB product of the device.
 */
export interface DomainInterfaceSourceProduct {
  /**
   * Product id, up to 4 hex digits, optional 0x prefix.
   */
  id: string;
}
/**
 * Host USB bus/device location of the device.
 */
export interface DomainInterfaceSourceAddress {
  /**
   * Host USB bus number.
   */
  bus?: string;
  /**
   * Device number on that bus.
   */
  device?: string;
  /**
   * A PCI device (e.g. an SR-IOV virtual function).
   */
  type?: 'pci' | 'usb';
  /**
   * PCI domain number (usually 0).
   */
  domain?: string;
  /**
   * PCI slot number on the bus (0 to 31).
   */
  slot?: string;
  /**
   * PCI function number within the slot (0 to 7).
   */
  function?: string;
  /**
   * Whether the slot's multifunction bit is set (needed on function 0 when other functions are used).
   */
  multifunction?: 'on' | 'off';
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'user'.
 */
export interface DomainInterfaceUser {
  /**
   * User-mode networking (SLIRP or passt), no host privileges needed.
   */
  type: 'user';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * Host interface the user-mode stack binds to (passt only).
   */
  source?: DomainInterfaceUserSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * Host interface the user-mode stack binds to (passt only).
 */
export interface DomainInterfaceUserSource {
  /**
   * Host interface name.
   */
  dev: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'internal'.
 */
export interface DomainInterfaceInternal {
  /**
   * A hypervisor-internal network (VirtualBox).
   */
  type: 'internal';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The internal network to join.
   */
  source: DomainInterfaceInternalSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The internal network to join.
 */
export interface DomainInterfaceInternalSource {
  /**
   * Internal network name.
   */
  name: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` one of 'mcast', 'client'.
 */
export interface DomainInterfaceMcast {
  /**
   * mcast joins a multicast group shared by several guests; client connects to a guest in server mode.
   */
  type: 'mcast' | 'client';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The multicast group or server to reach.
   */
  source: DomainInterfaceMcastSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The multicast group or server to reach.
 */
export interface DomainInterfaceMcastSource {
  /**
   * IPv4 address.
   */
  '@address': string;
  /**
   * Port number.
   */
  port: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'server'.
 */
export interface DomainInterfaceServer {
  /**
   * Listen for one tunnel peer (a guest using type client).
   */
  type: 'server';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * Where to listen.
   */
  source: DomainInterfaceServerSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * Where to listen.
 */
export interface DomainInterfaceServerSource {
  /**
   * IPv4 address to listen on; all addresses when absent.
   */
  '@address'?: string;
  /**
   * TCP port to listen on.
   */
  port: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'udp'.
 */
export interface DomainInterfaceUdp {
  /**
   * Point-to-point UDP tunnel to another guest.
   */
  type: 'udp';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The remote end of the tunnel.
   */
  source: DomainInterfaceUdpSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The remote end of the tunnel.
 */
export interface DomainInterfaceUdpSource {
  /**
   * IPv4 address.
   */
  '@address': string;
  /**
   * Port number.
   */
  port: string;
  /**
   * The local end of the tunnel.
   */
  local: DomainInterfaceSourceLocal;
}
/**
 * The local end of the tunnel.
 */
export interface DomainInterfaceSourceLocal {
  /**
   * IPv4 address.
   */
  address: string;
  /**
   * Port number.
   */
  port: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'vhostuser'.
 */
export interface DomainInterfaceVhostuser {
  /**
   * Packets go to a vhost-user backend process (e.g. OVS-DPDK) over a UNIX socket.
   */
  type: 'vhostuser';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The vhost-user UNIX socket.
   */
  source: DomainInterfaceVhostuserSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The vhost-user UNIX socket.
 */
export interface DomainInterfaceVhostuserSource {
  /**
   * Socket kind; only unix exists.
   */
  type: 'unix';
  /**
   * Absolute path of the socket.
   */
  path: string;
  /**
   * server: QEMU creates the socket; client: QEMU connects to it.
   */
  mode: 'server' | 'client';
  /**
   * Reconnect automatically when the backend goes away (client mode).
   */
  reconnect?: DomainInterfaceSourceReconnect;
}
/**
 * Reconnect automatically when the backend goes away (client mode).
 */
export interface DomainInterfaceSourceReconnect {
  /**
   * Whether reconnecting is on.
   */
  enabled: 'yes' | 'no';
  /**
   * Seconds between reconnection attempts.
   */
  timeout?: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'vdpa'.
 */
export interface DomainInterfaceVdpa {
  /**
   * A vDPA device accelerating virtio-net in hardware.
   */
  type: 'vdpa';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The host vhost-vdpa character device.
   */
  source: DomainInterfaceVdpaSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The host vhost-vdpa character device.
 */
export interface DomainInterfaceVdpaSource {
  /**
   * Device path, e.g. /dev/vhost-vdpa-0.
   */
  dev: string;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'null'.
 */
export interface DomainInterfaceNull {
  /**
   * A card with no host connection (used by some hypervisors such as VMware).
   */
  type: 'null';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * A guest network interface card and the host-side connection behind it.
 *
 * Variant with `type` 'vds'.
 */
export interface DomainInterfaceVds {
  /**
   * A port on a VMware vSphere distributed switch.
   */
  type: 'vds';
  /**
   * yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no.
   */
  trustGuestRxFilters?: 'yes' | 'no';
  /**
   * The distributed switch port.
   */
  source: DomainInterfaceVdsSource;
  /**
   * Virtual link state as seen by the guest.
   */
  link?: DomainInterfaceLink;
  /**
   * Maximum transmission unit of the link.
   */
  mtu?: DomainNetMtu;
  /**
   * Interrupt coalescing of the host-side device.
   */
  coalesce?: DomainInterfaceCoalesce;
  /**
   * The host-side device (tap/macvtap) backing the card.
   */
  target?: DomainInterfaceTarget;
  /**
   * Name of the interface inside the guest (containers).
   */
  guest?: DomainInterfaceGuest;
  /**
   * The card's hardware address; generated when absent.
   */
  mac?: DomainInterfaceMac;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * Forward host ports to the guest (user-mode/passt backend).
   */
  portForward?: DomainInterfacePortForward[];
  /**
   * Script run on the host to set up the tap device after it is created.
   */
  script?: DomainInterfaceScript;
  /**
   * Script run on the host when the tap device is torn down.
   */
  downscript?: DomainInterfaceDownscript;
  /**
   * Xen driver domain that provides the backend of this card.
   */
  backenddomain?: DomainInterfaceBackenddomain;
  /**
   * The emulated NIC model shown to the guest.
   */
  model?: DomainInterfaceModel;
  /**
   * Overrides how the host side of the card is provided.
   */
  backend?: DomainInterfaceBackend;
  /**
   * Backend driver of the card and its tuning knobs.
   */
  driver?: DomainInterfaceDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Attaches an nwfilter traffic filter to the port.
   */
  filterref?: DomainNetFilterRef;
  /**
   * Host-side tuning of the tap device.
   */
  tune?: DomainInterfaceTune;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Quality-of-service limits for the traffic of this port; each direction is optional.
   */
  bandwidth?: DomainNetBandwidth;
  /**
   * VLAN tagging applied to the guest's traffic (needs a switch that supports it).
   */
  vlan?: DomainNetVlan;
  /**
   * Per-port switch settings.
   */
  port?: DomainNetPortOptions;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
}
/**
 * The distributed switch port.
 */
export interface DomainInterfaceVdsSource {
  /**
   * UUID of the distributed switch.
   */
  switchid: string;
  /**
   * Port number on the switch.
   */
  portid: string;
  /**
   * Identifier of the distributed port group.
   */
  portgroupid: string;
  /**
   * Connection cookie of the port.
   */
  connectionid: string;
}
/**
 * An input device of the guest.
 *
 * Variant with `type` one of 'tablet', 'mouse', 'keyboard'.
 */
export interface DomainInputTablet {
  /**
   * tablet (absolute pointer), mouse (relative pointer) or keyboard.
   */
  type: 'tablet' | 'mouse' | 'keyboard';
  /**
   * Bus the device sits on: ps2, usb, xen or virtio; the hypervisor default when absent.
   */
  bus?: 'ps2' | 'usb' | 'xen' | 'virtio';
  /**
   * virtio device flavour: virtio, virtio-transitional or virtio-non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * virtio transport options of a virtio input device.
   */
  driver?: DomainInputDriver;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * virtio transport options of a virtio input device.
 */
export interface DomainInputDriver {
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * An input device of the guest.
 *
 * Variant with `type` 'passthrough'.
 */
export interface DomainInputPassthrough {
  /**
   * Forward a host evdev device to the guest through virtio-input.
   */
  type: 'passthrough';
  /**
   * Always virtio for passthrough.
   */
  bus: 'virtio';
  /**
   * virtio device flavour: virtio, virtio-transitional or virtio-non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * virtio transport options of a virtio input device.
   */
  driver?: DomainInputDriver;
  /**
   * The host event device.
   */
  source: DomainInputPassthroughSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * The host event device.
 */
export interface DomainInputPassthroughSource {
  /**
   * Path of the host event device, e.g. /dev/input/event1.
   */
  evdev: string;
}
/**
 * An input device of the guest.
 *
 * Variant with `type` 'evdev'.
 */
export interface DomainInputEvdev {
  /**
   * Let QEMU read a host evdev device and feed the events to the guest's emulated devices.
   */
  type: 'evdev';
  /**
   * virtio device flavour: virtio, virtio-transitional or virtio-non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * virtio transport options of a virtio input device.
   */
  driver?: DomainInputDriver;
  /**
   * The host event device and how it is grabbed.
   */
  source: DomainInputEvdevSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * The host event device and how it is grabbed.
 */
export interface DomainInputEvdevSource {
  /**
   * Path of the host event device.
   */
  dev: string;
  /**
   * all grabs every input device of the host, not just this one, when toggled to the guest.
   */
  grab?: 'all';
  /**
   * Key combination that switches the device between host and guest.
   */
  grabToggle?: 'ctrl-ctrl' | 'alt-alt' | 'shift-shift' | 'meta-meta' | 'scrolllock' | 'ctrl-scrolllock';
  /**
   * on lets the guest see key auto-repeat events.
   */
  repeat?: 'on' | 'off';
}
/**
 * An emulated sound card.
 */
export interface DomainSound {
  /**
   * Card model: sb16, es1370, pcspk, ac97, ich6/ich7/ich9 (Intel HDA) or usb (USB audio).
   */
  model: 'sb16' | 'es1370' | 'pcspk' | 'ac97' | 'ich6' | 'ich7' | 'ich9' | 'usb';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Routes this device's sound through the audio backend with the given id.
   */
  audio?: DomainAudioReference;
  /**
   * A codec attached to an HDA card; a duplex codec is used when none is given.
   */
  codec?: DomainSoundCodec[];
}
/**
 * Routes this device's sound through the audio backend with the given id.
 */
export interface DomainAudioReference {
  /**
   * id of an audio device of the domain.
   */
  id: string;
}
/**
 * A codec attached to an HDA card; a duplex codec is used when none is given.
 */
export interface DomainSoundCodec {
  /**
   * duplex (line in and out), micro (microphone and speaker) or output (speaker only).
   */
  type: 'duplex' | 'micro' | 'output';
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'none'.
 */
export interface DomainAudioNone {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * No host audio: sound is discarded and recording is silent.
   */
  type: 'none';
  /**
   * Recording settings.
   */
  input?: DomainAudioDirectionsInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioDirectionsOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioDirectionsInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Fixed stream format, used when fixedSettings is yes.
 */
export interface DomainAudioStreamSettings {
  /**
   * Sample rate in Hz.
   */
  frequency?: string;
  /**
   * Number of channels.
   */
  channels?: string;
  /**
   * Sample format: signed/unsigned 8/16/32-bit integers or 32-bit float.
   */
  format?: 's8' | 'u8' | 's16' | 'u16' | 's32' | 'u32' | 'f32';
}
/**
 * Playback settings.
 */
export interface DomainAudioDirectionsOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'alsa'.
 */
export interface DomainAudioAlsa {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * ALSA on the host.
   */
  type: 'alsa';
  /**
   * Recording settings.
   */
  input?: DomainAudioAlsaInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioAlsaOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioAlsaInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * ALSA device name, e.g. hw:0,0.
   */
  dev?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioAlsaOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * ALSA device name, e.g. hw:0,0.
   */
  dev?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'coreaudio'.
 */
export interface DomainAudioCoreaudio {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * macOS Core Audio.
   */
  type: 'coreaudio';
  /**
   * Recording settings.
   */
  input?: DomainAudioCoreaudioInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioCoreaudioOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioCoreaudioInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioCoreaudioOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'dbus'.
 */
export interface DomainAudioDbus {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * Audio exported over D-Bus to a dbus graphics client.
   */
  type: 'dbus';
  /**
   * Recording settings.
   */
  input?: DomainAudioDirectionsInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioDirectionsOutput;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'jack'.
 */
export interface DomainAudioJack {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * The JACK audio server.
   */
  type: 'jack';
  /**
   * Recording settings.
   */
  input?: DomainAudioJackInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioJackOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioJackInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * JACK server to connect to.
   */
  serverName?: string;
  /**
   * Client name shown in JACK.
   */
  clientName?: string;
  /**
   * Regular expression of JACK ports to connect to automatically.
   */
  connectPorts?: string;
  /**
   * yes uses clientName exactly instead of letting JACK make it unique.
   */
  exactName?: 'yes' | 'no';
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioJackOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * JACK server to connect to.
   */
  serverName?: string;
  /**
   * Client name shown in JACK.
   */
  clientName?: string;
  /**
   * Regular expression of JACK ports to connect to automatically.
   */
  connectPorts?: string;
  /**
   * yes uses clientName exactly instead of letting JACK make it unique.
   */
  exactName?: 'yes' | 'no';
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'oss'.
 */
export interface DomainAudioOss {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * The Open Sound System.
   */
  type: 'oss';
  /**
   * Try memory-mapped buffers.
   */
  tryMMap?: 'yes' | 'no';
  /**
   * Open the device in exclusive mode.
   */
  exclusive?: 'yes' | 'no';
  /**
   * OSS timing policy (0-10; -1 uses fragment mode).
   */
  dspPolicy?: string;
  /**
   * Recording settings.
   */
  input?: DomainAudioOssInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioOssOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioOssInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * OSS device path, e.g. /dev/dsp.
   */
  dev?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Try polling the device instead of using a timer.
   */
  tryPoll?: 'yes' | 'no';
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioOssOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * OSS device path, e.g. /dev/dsp.
   */
  dev?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Try polling the device instead of using a timer.
   */
  tryPoll?: 'yes' | 'no';
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'pulseaudio'.
 */
export interface DomainAudioPulseaudio {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * PulseAudio (or PipeWire's PulseAudio server).
   */
  type: 'pulseaudio';
  /**
   * Address of the PulseAudio server; the default server when absent.
   */
  serverName?: string;
  /**
   * Recording settings.
   */
  input?: DomainAudioPulseaudioInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioPulseaudioOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioPulseaudioInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Source or sink name to use.
   */
  name?: string;
  /**
   * Stream name shown by PulseAudio.
   */
  streamName?: string;
  /**
   * Desired latency in microseconds.
   */
  latency?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioPulseaudioOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Source or sink name to use.
   */
  name?: string;
  /**
   * Stream name shown by PulseAudio.
   */
  streamName?: string;
  /**
   * Desired latency in microseconds.
   */
  latency?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'sdl'.
 */
export interface DomainAudioSdl {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * SDL's audio layer.
   */
  type: 'sdl';
  /**
   * SDL audio driver to use.
   */
  driver?: 'esd' | 'alsa' | 'arts' | 'pulseaudio';
  /**
   * Recording settings.
   */
  input?: DomainAudioSdlInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioSdlOutput;
}
/**
 * Recording settings.
 */
export interface DomainAudioSdlInput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * Playback settings.
 */
export interface DomainAudioSdlOutput {
  /**
   * yes (default) lets QEMU mix and resample; no passes the guest's stream straight through.
   */
  mixingEngine?: 'yes' | 'no';
  /**
   * yes uses the fixed format from settings; no follows what the guest asks for.
   */
  fixedSettings?: 'yes' | 'no';
  /**
   * Number of voices (streams) to use.
   */
  voices?: string;
  /**
   * Length of the audio buffer in microseconds.
   */
  bufferLength?: string;
  /**
   * Number of buffers.
   */
  bufferCount?: string;
  /**
   * Fixed stream format, used when fixedSettings is yes.
   */
  settings?: DomainAudioStreamSettings;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'spice'.
 */
export interface DomainAudioSpice {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * Audio sent to SPICE clients.
   */
  type: 'spice';
  /**
   * Recording settings.
   */
  input?: DomainAudioDirectionsInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioDirectionsOutput;
}
/**
 * A host audio backend.
 *
 * Variant with `type` 'file'.
 */
export interface DomainAudioFile {
  /**
   * Number (1-255 in practice) that sound devices and graphics use to refer to this backend.
   */
  id: string;
  /**
   * Period of the audio timer in microseconds.
   */
  timerPeriod?: string;
  /**
   * Playback written to a WAV file; recording is silent.
   */
  type: 'file';
  /**
   * Output file path.
   */
  path?: string;
  /**
   * Recording settings.
   */
  input?: DomainAudioDirectionsInput;
  /**
   * Playback settings.
   */
  output?: DomainAudioDirectionsOutput;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'pci'.
 */
export interface DomainHostdevPci {
  /**
   * `subsystem` (the default): assign a device of a host bus.
   */
  mode?: 'subsystem';
  /**
   * Whether libvirt detaches the device from its host driver at start and gives it back at stop.
   */
  managed?: 'yes' | 'no';
  /**
   * A host PCI device (or SR-IOV virtual function).
   */
  type: 'pci';
  /**
   * Host-side assignment mechanism.
   */
  driver?: DomainHostdevDriver;
  /**
   * Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.
   */
  teaming?: DomainDeviceTeaming;
  /**
   * The host PCI device.
   */
  source: DomainHostdevPciSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * Host-side assignment mechanism.
 */
export interface DomainHostdevDriver {
  /**
   * `vfio` (the modern default), legacy `kvm` assignment, or `xen` (pciback).
   */
  name: 'kvm' | 'vfio' | 'xen';
}
/**
 * The host PCI device.
 */
export interface DomainHostdevPciSource {
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Xen: whether writes to the device's PCI config space are filtered.
   */
  writeFiltering?: 'yes' | 'no';
  /**
   * Host PCI address of the device.
   */
  address: DomainHostdevPciSourceAddress;
}
/**
 * Host PCI address of the device.
 */
export interface DomainHostdevPciSourceAddress {
  /**
   * PCI domain number (usually 0).
   */
  domain?: string;
  /**
   * PCI bus number.
   */
  bus?: string;
  /**
   * PCI slot number on the bus (0 to 31).
   */
  slot?: string;
  /**
   * PCI function number within the slot (0 to 7).
   */
  function?: string;
  /**
   * Whether the slot's multifunction bit is set (needed on function 0 when other functions are used).
   */
  multifunction?: 'on' | 'off';
}
/**
 * SCSI: the guest may only read the device.
 */
export interface DomainHostdevReadonly {}
/**
 * SCSI: the device may be assigned to several domains at once.
 */
export interface DomainHostdevShareable {}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'usb'.
 */
export interface DomainHostdevUsb {
  /**
   * `subsystem` (the default): assign a device of a host bus.
   */
  mode?: 'subsystem';
  /**
   * Whether libvirt detaches the device from its host driver at start and gives it back at stop.
   */
  managed?: 'yes' | 'no';
  /**
   * A host USB device.
   */
  type: 'usb';
  /**
   * The host USB device, found by vendor/product ID and/or bus/device address.
   */
  source: DomainHostdevUsbSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The host USB device, found by vendor/product ID and/or bus/device address.
 */
export interface DomainHostdevUsbSource {
  /**
   * What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it.
   */
  startupPolicy?: 'mandatory' | 'requisite' | 'optional';
  /**
   * Which guest-initiated resets reach the device: `on`, `off`, or `uninitialized` (only before it is set up).
   */
  guestReset?: 'off' | 'uninitialized' | 'on';
  /**
   * USB vendor of the device.
   */
  vendor?: DomainHostdevSourceVendor;
  /**
   * USB product of the device.
   */
  product?: DomainHostdevSourceProduct;
  /**
   * Host USB bus and device number.
   */
  address?: DomainHostdevUsbAddress;
}
/**
 * USB vendor of the device.
 */
export interface DomainHostdevSourceVendor {
  /**
   * Vendor ID, hexadecimal.
   */
  id: string;
}
/**
 * USB product of the device.
 */
export interface DomainHostdevSourceProduct {
  /**
   * Product ID, hexadecimal.
   */
  id: string;
}
/**
 * Host USB bus and device number.
 */
export interface DomainHostdevUsbAddress {
  /**
   * Host USB bus number.
   */
  bus: string;
  /**
   * Device number on that bus.
   */
  device: string;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'scsi'.
 */
export interface DomainHostdevScsi {
  /**
   * `subsystem` (the default): assign a device of a host bus.
   */
  mode?: 'subsystem';
  /**
   * Whether libvirt detaches the device from its host driver at start and gives it back at stop.
   */
  managed?: 'yes' | 'no';
  /**
   * A host SCSI LUN.
   */
  type: 'scsi';
  /**
   * SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`.
   */
  sgio?: 'filtered' | 'unfiltered';
  /**
   * Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO).
   */
  rawio?: 'yes' | 'no';
  /**
   * Where the LUN is: behind a host SCSI adapter or on an iSCSI target.
   */
  source: DomainHostdevScsiSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * Where the LUN is: behind a host SCSI adapter or on an iSCSI target.
 *
 * Variant with `protocol` 'adapter' (also when `protocol` is left out).
 */
export interface DomainHostdevScsiSourceAdapter {
  /**
   * `adapter` (the default): a LUN of a local SCSI host adapter.
   */
  protocol?: 'adapter';
  /**
   * The host SCSI adapter the LUN is behind.
   */
  adapter: DomainHostdevScsiAdapter;
  /**
   * SCSI address of the LUN on the adapter.
   */
  address: DomainHostdevScsiSourceAdapterAddress;
}
/**
 * The host SCSI adapter the LUN is behind.
 *
 * Variant with `type` 'scsi_host' (also when `type` is left out).
 */
export interface DomainHostdevScsiAdapterScsiHost {
  /**
   * `scsi_host` (the default): a SCSI host found by name or PCI parent.
   */
  type?: 'scsi_host';
  /**
   * Name of the SCSI host, e.g. scsi_host0.
   */
  name?: string;
  /**
   * Finds the SCSI host by the PCI device it belongs to.
   */
  parentaddr?: DomainHostdevScsiAdapterParentaddr;
}
/**
 * Finds the SCSI host by the PCI device it belongs to.
 */
export interface DomainHostdevScsiAdapterParentaddr {
  /**
   * The host's unique_id, to tell apart several SCSI hosts of one PCI device.
   */
  unique_id?: string;
  /**
   * PCI address of the SCSI host's parent device.
   */
  address: DomainHostdevScsiAdapterParentaddrAddress;
}
/**
 * PCI address of the SCSI host's parent device.
 */
export interface DomainHostdevScsiAdapterParentaddrAddress {
  /**
   * PCI domain number (usually 0).
   */
  domain?: string;
  /**
   * PCI bus number.
   */
  bus?: string;
  /**
   * PCI slot number on the bus (0 to 31).
   */
  slot?: string;
  /**
   * PCI function number within the slot (0 to 7).
   */
  function?: string;
  /**
   * Whether the slot's multifunction bit is set (needed on function 0 when other functions are used).
   */
  multifunction?: 'on' | 'off';
}
/**
 * The host SCSI adapter the LUN is behind.
 *
 * Variant with `type` 'fc_host'.
 */
export interface DomainHostdevScsiAdapterFcHost {
  /**
   * `fc_host`: a Fibre Channel (possibly virtual, NPIV) host.
   */
  type: 'fc_host';
  /**
   * Name of the parent HBA of a vHBA.
   */
  parent?: string;
  /**
   * Whether libvirt creates and destroys the vHBA.
   */
  managed?: 'yes' | 'no';
  /**
   * World Wide Node Name of the parent HBA.
   */
  parent_wwnn?: string;
  /**
   * World Wide Port Name of the parent HBA.
   */
  parent_wwpn?: string;
  /**
   * Fabric name of the parent HBA.
   */
  parent_fabric_wwn?: string;
  /**
   * World Wide Node Name of the (v)HBA.
   */
  wwnn: string;
  /**
   * World Wide Port Name of the (v)HBA.
   */
  wwpn: string;
}
/**
 * SCSI address of the LUN on the adapter.
 */
export interface DomainHostdevScsiSourceAdapterAddress {
  /**
   * SCSI bus (channel) number.
   */
  bus: string;
  /**
   * SCSI target number.
   */
  target: string;
  /**
   * SCSI unit (LUN) number.
   */
  unit: string;
}
/**
 * Where the LUN is: behind a host SCSI adapter or on an iSCSI target.
 *
 * Variant with `protocol` 'iscsi'.
 */
export interface DomainHostdevScsiSourceIscsi {
  /**
   * `iscsi`: a LUN on an iSCSI target reached by QEMU's initiator.
   */
  protocol: 'iscsi';
  /**
   * Target IQN followed by /LUN number.
   */
  name: string;
  /**
   * An iSCSI portal of the target.
   */
  host: DomainHostdevSourceHost[];
  /**
   * Credentials for an iSCSI or Ceph server; the password is a libvirt secret.
   */
  auth?: DomainStorageAuth;
  /**
   * iSCSI initiator identity used by the client.
   */
  initiator?: DomainStorageInitiator;
}
/**
 * An iSCSI portal of the target.
 */
export interface DomainHostdevSourceHost {
  /**
   * Host name or address of the portal.
   */
  name: string;
  /**
   * TCP port of the portal (default 3260).
   */
  port?: string;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'scsi_host'.
 */
export interface DomainHostdevScsiHost {
  /**
   * `subsystem` (the default): assign a device of a host bus.
   */
  mode?: 'subsystem';
  /**
   * Whether libvirt detaches the device from its host driver at start and gives it back at stop.
   */
  managed?: 'yes' | 'no';
  /**
   * A vhost-scsi target served by the host kernel (LIO).
   */
  type: 'scsi_host';
  /**
   * Virtio device flavour: plain, transitional or non-transitional.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * The vhost-scsi target.
   */
  source: DomainHostdevScsiHostSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The vhost-scsi target.
 */
export interface DomainHostdevScsiHostSource {
  /**
   * Only `vhost` exists.
   */
  protocol: 'vhost';
  /**
   * WWPN of the target, written as naa. followed by 16 hex digits.
   */
  wwpn: string;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'mdev'.
 */
export interface DomainHostdevMdev {
  /**
   * `subsystem` (the default): assign a device of a host bus.
   */
  mode?: 'subsystem';
  /**
   * Whether libvirt detaches the device from its host driver at start and gives it back at stop.
   */
  managed?: 'yes' | 'no';
  /**
   * A mediated device (vGPU, channel I/O or crypto adapter slice) created on the host.
   */
  type: 'mdev';
  /**
   * Device API the mediated device exposes: vfio-pci, vfio-ccw or vfio-ap.
   */
  model: 'vfio-pci' | 'vfio-ccw' | 'vfio-ap';
  /**
   * Expose a ramfb boot display for a vfio-pci vGPU.
   */
  ramfb?: 'on' | 'off';
  /**
   * Use the vGPU as the domain's display source.
   */
  display?: 'on' | 'off';
  /**
   * The mediated device on the host.
   */
  source: DomainHostdevMdevSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The mediated device on the host.
 */
export interface DomainHostdevMdevSource {
  /**
   * Identity of the mediated device.
   */
  address: DomainHostdevMdevSourceAddress;
}
/**
 * Identity of the mediated device.
 */
export interface DomainHostdevMdevSourceAddress {
  /**
   * UUID of the mediated device.
   */
  uuid: string;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'storage'.
 */
export interface DomainHostdevStorage {
  /**
   * `capabilities`: give a container access to a host resource.
   */
  mode: 'capabilities';
  /**
   * Resource kind: a host block device.
   */
  type: 'storage';
  /**
   * The host block device.
   */
  source: DomainHostdevStorageSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The host block device.
 */
export interface DomainHostdevStorageSource {
  /**
   * Absolute path of the block device node.
   */
  block: DomainHostdevSourceBlock;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'misc'.
 */
export interface DomainHostdevMisc {
  /**
   * `capabilities`: give a container access to a host resource.
   */
  mode: 'capabilities';
  /**
   * Resource kind: a host character device.
   */
  type: 'misc';
  /**
   * The host character device.
   */
  source: DomainHostdevMiscSource;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The host character device.
 */
export interface DomainHostdevMiscSource {
  /**
   * Absolute path of the character device node.
   */
  char: DomainHostdevSourceChar;
}
/**
 * A host device assigned to the guest.
 *
 * Variant with `type` 'net'.
 */
export interface DomainHostdevNet {
  /**
   * `capabilities`: give a container access to a host resource.
   */
  mode: 'capabilities';
  /**
   * Resource kind: a host network interface moved into the container.
   */
  type: 'net';
  /**
   * The host network interface.
   */
  source: DomainHostdevNetSource;
  /**
   * A static IP address for the interface.
   */
  ip?: DomainNetIpAddress[];
  /**
   * A static route: traffic for the given network goes through the gateway.
   */
  route?: DomainNetRoute[];
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
  /**
   * The option ROM a PCI device exposes to the guest.
   */
  rom?: DomainDeviceRom;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * SCSI: the guest may only read the device.
   */
  readonly?: DomainHostdevReadonly;
  /**
   * SCSI: the device may be assigned to several domains at once.
   */
  shareable?: DomainHostdevShareable;
}
/**
 * The host network interface.
 */
export interface DomainHostdevNetSource {
  /**
   * Name of the host network interface.
   */
  interface: DomainHostdevSourceInterface;
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'sdl'.
 */
export interface DomainGraphicsSdl {
  /**
   * A local SDL window on the host's X display.
   */
  type: 'sdl';
  /**
   * X display to open the window on, e.g. :0.
   */
  display?: string;
  /**
   * Path of the X authority file.
   */
  xauth?: string;
  /**
   * yes opens the window full screen.
   */
  fullscreen?: 'yes' | 'no';
  /**
   * OpenGL acceleration of the window.
   */
  gl?: DomainGraphicsSdlGl;
}
/**
 * OpenGL acceleration of the window.
 */
export interface DomainGraphicsSdlGl {
  /**
   * Whether OpenGL is used.
   */
  enable: 'yes' | 'no';
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'vnc'.
 */
export interface DomainGraphicsVnc {
  /**
   * A VNC server.
   */
  type: 'vnc';
  /**
   * TCP port of the server (5900 + display number); -1 or absent with autoport picks one.
   */
  port?: string;
  /**
   * yes lets libvirt choose a free port at start.
   */
  autoport?: 'yes' | 'no';
  /**
   * Additional port serving VNC over WebSocket; -1 picks one.
   */
  websocket?: string;
  /**
   * Address to listen on (older spelling of the listen element).
   */
  '@listen'?: string;
  /**
   * How concurrent clients share the display.
   */
  sharePolicy?: 'allow-exclusive' | 'force-shared' | 'ignore';
  /**
   * yes lets VNC clients reboot/shut down the guest.
   */
  powerControl?: 'yes' | 'no';
  /**
   * Listen on this UNIX socket instead of TCP.
   */
  socket?: string;
  /**
   * Password clients must give, in clear text.
   */
  passwd?: string;
  /**
   * Keyboard layout used to translate key events, e.g. en-us.
   */
  keymap?: string;
  /**
   * Time (UTC, xsd:dateTime) after which the password expires.
   */
  passwdValidTo?: string;
  /**
   * What happens to connected clients when the password changes: keep them.
   */
  connected?: 'keep';
  /**
   * Routes this device's sound through the audio backend with the given id.
   */
  audio?: DomainAudioReference;
  /**
   * One place the server listens on.
   */
  listen?: DomainGraphicsListen[];
}
/**
 * One place the server listens on.
 *
 * Variant with `type` 'address'.
 */
export interface DomainGraphicsListenAddress {
  /**
   * Listen on an IP address or host name.
   */
  type: 'address';
  /**
   * Address or host name; the hypervisor default when absent.
   */
  address?: string;
}
/**
 * One place the server listens on.
 *
 * Variant with `type` 'network'.
 */
export interface DomainGraphicsListenNetwork {
  /**
   * Listen on an address of a libvirt virtual network.
   */
  type: 'network';
  /**
   * Name of the virtual network.
   */
  network: string;
  /**
   * Address resolved from the network (live XML).
   */
  address?: string;
}
/**
 * One place the server listens on.
 *
 * Variant with `type` 'socket'.
 */
export interface DomainGraphicsListenSocket {
  /**
   * Listen on a UNIX socket.
   */
  type: 'socket';
  /**
   * Socket path; generated when absent.
   */
  socket?: string;
}
/**
 * One place the server listens on.
 *
 * Variant with `type` 'none'.
 */
export interface DomainGraphicsListenNone {
  /**
   * Do not listen at all (access only through other means).
   */
  type: 'none';
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'spice'.
 */
export interface DomainGraphicsSpice {
  /**
   * A SPICE server.
   */
  type: 'spice';
  /**
   * Plain-text TCP port; -1 with autoport picks one.
   */
  port?: string;
  /**
   * TLS-encrypted TCP port; -1 with autoport picks one.
   */
  tlsPort?: string;
  /**
   * yes lets libvirt choose free ports at start.
   */
  autoport?: 'yes' | 'no';
  /**
   * Address to listen on (older spelling of the listen element).
   */
  '@listen'?: string;
  /**
   * Password clients must give, in clear text.
   */
  passwd?: string;
  /**
   * Keyboard layout used to translate key events, e.g. en-us.
   */
  keymap?: string;
  /**
   * Time (UTC, xsd:dateTime) after which the password expires.
   */
  passwdValidTo?: string;
  /**
   * What happens to connected clients when the password changes.
   */
  connected?: 'fail' | 'disconnect' | 'keep';
  /**
   * Default security mode of channels not listed explicitly.
   */
  defaultMode?: 'any' | 'secure' | 'insecure';
  /**
   * One place the server listens on.
   */
  listen?: DomainGraphicsListen[];
  /**
   * Security policy of one SPICE channel.
   */
  channel?: DomainGraphicsChannel[];
  /**
   * Lossless image compression.
   */
  image?: DomainGraphicsImage;
  /**
   * Lossy JPEG compression over WAN links.
   */
  jpeg?: DomainGraphicsJpeg;
  /**
   * zlib compression of images over WAN links.
   */
  zlib?: DomainGraphicsZlib;
  /**
   * Audio playback stream compression.
   */
  playback?: DomainGraphicsPlayback;
  /**
   * Detection of video regions sent as a stream.
   */
  streaming?: DomainGraphicsStreaming;
  /**
   * Clipboard sharing with the client.
   */
  clipboard?: DomainGraphicsClipboard;
  /**
   * Mouse handling mode.
   */
  mouse?: DomainGraphicsMouse;
  /**
   * Drag-and-drop file transfer to the guest.
   */
  filetransfer?: DomainGraphicsFiletransfer;
  /**
   * OpenGL acceleration of the display.
   */
  gl?: DomainGraphicsGl;
}
/**
 * Security policy of one SPICE channel.
 */
export interface DomainGraphicsChannel {
  /**
   * The channel.
   */
  name: 'main' | 'display' | 'inputs' | 'cursor' | 'playback' | 'record' | 'smartcard' | 'usbredir';
  /**
   * secure: TLS port only; insecure: plain port only; any: either.
   */
  mode: 'any' | 'secure' | 'insecure';
}
/**
 * Lossless image compression.
 */
export interface DomainGraphicsImage {
  /**
   * Algorithm: auto_glz, auto_lz, quic, glz, lz or off.
   */
  compression: 'auto_glz' | 'auto_lz' | 'quic' | 'glz' | 'lz' | 'off';
}
/**
 * Lossy JPEG compression over WAN links.
 */
export interface DomainGraphicsJpeg {
  /**
   * auto, never or always.
   */
  compression: 'auto' | 'never' | 'always';
}
/**
 * zlib compression of images over WAN links.
 */
export interface DomainGraphicsZlib {
  /**
   * auto, never or always.
   */
  compression: 'auto' | 'never' | 'always';
}
/**
 * Audio playback stream compression.
 */
export interface DomainGraphicsPlayback {
  /**
   * on or off.
   */
  compression: 'on' | 'off';
}
/**
 * Detection of video regions sent as a stream.
 */
export interface DomainGraphicsStreaming {
  /**
   * filter (heuristic), all or off.
   */
  mode: 'filter' | 'all' | 'off';
}
/**
 * Clipboard sharing with the client.
 */
export interface DomainGraphicsClipboard {
  /**
   * Whether copy and paste is allowed.
   */
  copypaste: 'yes' | 'no';
}
/**
 * Mouse handling mode.
 */
export interface DomainGraphicsMouse {
  /**
   * server (relative, guest-drawn cursor) or client (absolute, client cursor).
   */
  mode: 'server' | 'client';
}
/**
 * Drag-and-drop file transfer to the guest.
 */
export interface DomainGraphicsFiletransfer {
  /**
   * Whether file transfer is allowed.
   */
  enable: 'yes' | 'no';
}
/**
 * OpenGL acceleration of the display.
 */
export interface DomainGraphicsGl {
  /**
   * Whether OpenGL is used.
   */
  enable: 'yes' | 'no';
  /**
   * DRM render node to render on.
   */
  rendernode?: string;
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'rdp'.
 */
export interface DomainGraphicsRdp {
  /**
   * An RDP server (VirtualBox).
   */
  type: 'rdp';
  /**
   * TCP port of the server.
   */
  port?: string;
  /**
   * yes lets the hypervisor choose the port.
   */
  autoport?: 'yes' | 'no';
  /**
   * yes drops an existing client when a new one connects.
   */
  replaceUser?: 'yes' | 'no';
  /**
   * yes allows several simultaneous clients.
   */
  multiUser?: 'yes' | 'no';
  /**
   * Address to listen on (older spelling of the listen element).
   */
  '@listen'?: string;
  /**
   * One place the server listens on.
   */
  listen?: DomainGraphicsListen[];
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'desktop'.
 */
export interface DomainGraphicsDesktop {
  /**
   * A window on the host desktop (VirtualBox).
   */
  type: 'desktop';
  /**
   * X display to use.
   */
  display?: string;
  /**
   * yes opens the window full screen.
   */
  fullscreen?: 'yes' | 'no';
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'egl-headless'.
 */
export interface DomainGraphicsEglHeadless {
  /**
   * OpenGL rendering without a display, combined with a remote protocol such as VNC.
   */
  type: 'egl-headless';
  /**
   * Rendering device selection.
   */
  gl?: DomainGraphicsEglHeadlessGl;
}
/**
 * Rendering device selection.
 */
export interface DomainGraphicsEglHeadlessGl {
  /**
   * DRM render node to render on, e.g. /dev/dri/renderD128.
   */
  rendernode?: string;
}
/**
 * A display frontend that exposes the guest's screen, keyboard and mouse.
 *
 * Variant with `type` 'dbus'.
 */
export interface DomainGraphicsDbus {
  /**
   * Export the display over D-Bus for local clients.
   */
  type: 'dbus';
  /**
   * D-Bus bus address to export on; the session bus of libvirt when absent.
   */
  address?: string;
  /**
   * yes uses peer-to-peer connections instead of a bus.
   */
  p2p?: 'yes' | 'no';
  /**
   * OpenGL acceleration of the display.
   */
  gl?: DomainGraphicsGl;
  /**
   * Routes this device's sound through the audio backend with the given id.
   */
  audio?: DomainAudioReference;
}
/**
 * A graphics adapter visible to the guest.
 */
export interface DomainVideo {
  /**
   * How the adapter is implemented on the host.
   */
  driver?: DomainVideoDriver;
  /**
   * The adapter model and its memory layout.
   */
  model?: DomainVideoModel;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * How the adapter is implemented on the host.
 */
export interface DomainVideoDriver {
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
  /**
   * qemu (built-in emulation) or vhostuser (an external vhost-user GPU process).
   */
  name?: 'qemu' | 'vhostuser';
  /**
   * VGA configuration of bhyve's framebuffer: io, on or off.
   */
  vgaconf?: 'io' | 'on' | 'off';
}
/**
 * The adapter model and its memory layout.
 *
 * Variant with `type` one of 'vga', 'cirrus', 'vmvga', 'xen', 'vbox', 'virtio', 'gop', 'none', 'bochs', 'ramfb'.
 */
export interface DomainVideoModelVga {
  /**
   * Adapter model.
   */
  type: 'vga' | 'cirrus' | 'vmvga' | 'xen' | 'vbox' | 'virtio' | 'gop' | 'none' | 'bochs' | 'ramfb';
  /**
   * Video memory in KiB.
   */
  vram?: string;
  /**
   * Number of screens (monitors).
   */
  heads?: string;
  /**
   * yes marks the adapter that becomes the guest's primary display.
   */
  primary?: 'yes' | 'no';
  /**
   * Hardware acceleration offered to the guest.
   */
  acceleration?: DomainVideoModelAcceleration;
  /**
   * Initial display resolution (must come after acceleration).
   */
  resolution?: DomainVideoModelResolution;
}
/**
 * Hardware acceleration offered to the guest.
 */
export interface DomainVideoModelAcceleration {
  /**
   * 3D acceleration (virgl for virtio).
   */
  accel3d?: 'yes' | 'no';
  /**
   * 2D acceleration.
   */
  accel2d?: 'yes' | 'no';
  /**
   * DRM render node used by a vhost-user GPU.
   */
  rendernode?: string;
}
/**
 * Initial display resolution (must come after acceleration).
 */
export interface DomainVideoModelResolution {
  /**
   * Width in pixels.
   */
  x: string;
  /**
   * Height in pixels.
   */
  y: string;
}
/**
 * The adapter model and its memory layout.
 *
 * Variant with `type` 'qxl'.
 */
export interface DomainVideoModelQxl {
  /**
   * The QXL paravirtual adapter (for SPICE), which has extra memory regions.
   */
  type: 'qxl';
  /**
   * Size of the primary RAM bar in KiB.
   */
  ram?: string;
  /**
   * Size of the VGA framebuffer in KiB.
   */
  vgamem?: string;
  /**
   * Size of the 64-bit video RAM bar in KiB.
   */
  vram64?: string;
  /**
   * Video memory in KiB.
   */
  vram?: string;
  /**
   * Number of screens (monitors).
   */
  heads?: string;
  /**
   * yes marks the adapter that becomes the guest's primary display.
   */
  primary?: 'yes' | 'no';
  /**
   * Hardware acceleration offered to the guest.
   */
  acceleration?: DomainVideoModelAcceleration;
  /**
   * Initial display resolution (must come after acceleration).
   */
  resolution?: DomainVideoModelResolution;
}
/**
 * An interactive text console of the guest; either a full character device, or (older container drivers) just the host `tty` it is reachable on.
 */
export interface DomainConsole {
  /**
   * Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests.
   */
  tty?: string;
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type?:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * How the device appears inside the guest: its bus/kind, port number and emulated hardware model.
   */
  target?: DomainChardevTarget;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
 */
export interface DomainChardevSource {
  /**
   * Socket role: `bind` (listen, server side) or `connect` (client side).
   */
  mode?: string;
  /**
   * Host path of the file, device node, named pipe or UNIX socket.
   */
  path?: string;
  /**
   * Host name or IP address of a TCP/UDP endpoint.
   */
  host?: string;
  /**
   * Port number of a TCP/UDP endpoint.
   */
  service?: string;
  /**
   * SPICE port channel name of a `spiceport` backend (e.g. `org.qemu.console.serial.0`).
   */
  channel?: string;
  /**
   * Host-side nmdm device of the pair (FreeBSD bhyve).
   */
  master?: string;
  /**
   * Guest-side nmdm device of the pair (FreeBSD bhyve).
   */
  slave?: string;
  /**
   * For a `file` backend: `on` appends to an existing file, `off` truncates it first.
   */
  append?: 'on' | 'off';
  /**
   * For a `tcp` backend: whether to wrap the connection in TLS using the host's chardev certificates (`yes`/`no`; the driver configuration decides when absent).
   */
  tls?: 'yes' | 'no';
  /**
   * For client sockets: whether and how often to connect again after the peer went away.
   */
  reconnect?: DomainSocketReconnect;
  /**
   * Overrides the domain's security labelling for one host resource (image, socket, device).
   */
  seclabel?: DomainDeviceSeclabel[];
  /**
   * Clipboard sharing of a `qemu-vdagent` backend.
   */
  clipboard?: DomainChardevSourceClipboard;
  /**
   * Mouse handling of a `qemu-vdagent` backend.
   */
  mouse?: DomainChardevSourceMouse;
}
/**
 * Clipboard sharing of a `qemu-vdagent` backend.
 */
export interface DomainChardevSourceClipboard {
  /**
   * `yes` lets host and guest share copy and paste.
   */
  copypaste: 'yes' | 'no';
}
/**
 * Mouse handling of a `qemu-vdagent` backend.
 */
export interface DomainChardevSourceMouse {
  /**
   * `client` sends absolute pointer positions through the agent; `server` leaves the pointer to the emulated input device.
   */
  mode: 'server' | 'client';
}
/**
 * Wire protocol spoken on a `tcp` backend.
 */
export interface DomainChardevProtocol {
  /**
   * `raw` (default), `telnet`, `telnets` (telnet over TLS) or `tls`.
   */
  type?: 'raw' | 'telnet' | 'telnets' | 'tls';
}
/**
 * Copies everything the guest writes to the device into a host file.
 */
export interface DomainChardevLog {
  /**
   * Absolute path of the log file.
   */
  file: string;
  /**
   * `on` appends to an existing log, `off` truncates it first.
   */
  append?: 'on' | 'off';
}
/**
 * How the device appears inside the guest: its bus/kind, port number and emulated hardware model.
 */
export interface DomainChardevTarget {
  /**
   * Kind of guest-side device: a serial bus (`isa-serial`, `usb-serial`, `pci-serial`, `spapr-vio-serial`, `system-serial`, `sclp-serial`, `isa-debug`) for serial ports, or a console flavour (`serial`, `virtio`, `xen`, `lxc`, `openvz`, `sclp`, `sclplm`, legacy `uml`) for consoles.
   */
  type?:
    | 'isa-serial'
    | 'usb-serial'
    | 'pci-serial'
    | 'spapr-vio-serial'
    | 'system-serial'
    | 'sclp-serial'
    | 'isa-debug'
    | 'serial'
    | 'virtio'
    | 'xen'
    | 'lxc'
    | 'openvz'
    | 'sclp'
    | 'sclplm'
    | 'uml';
  /**
   * Guest port index of the device (0 for the first serial port, and so on).
   */
  port?: string;
  /**
   * The emulated hardware that implements the guest-side port.
   */
  model?: DomainChardevTargetModel;
}
/**
 * The emulated hardware that implements the guest-side port.
 */
export interface DomainChardevTargetModel {
  /**
   * Device model name: `isa-serial`, `usb-serial`, `pci-serial`, `spapr-vty`, `pl011`, `16550a`, `sclpconsole`, `sclplmconsole` or `isa-debugcon`.
   */
  name:
    | 'isa-serial'
    | 'usb-serial'
    | 'pci-serial'
    | 'spapr-vty'
    | 'pl011'
    | '16550a'
    | 'sclpconsole'
    | 'sclplmconsole'
    | 'isa-debugcon';
}
/**
 * A parallel port of the guest, connected on the host side to the backend named by `type`.
 */
export interface DomainParallel {
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests.
   */
  tty?: string;
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * How the device appears inside the guest: its bus/kind, port number and emulated hardware model.
   */
  target?: DomainChardevTarget;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A serial port of the guest, connected on the host side to the backend named by `type`.
 */
export interface DomainSerial {
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests.
   */
  tty?: string;
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * How the device appears inside the guest: its bus/kind, port number and emulated hardware model.
   */
  target?: DomainChardevTarget;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A private communication channel between host and guest (e.g. the guest agent socket), or a forwarded guest TCP port.
 */
export interface DomainChannel {
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * A virtio-serial port in the guest.
   */
  target: DomainChannelTarget;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A virtio-serial port in the guest.
 *
 * Variant with `type` 'virtio'.
 */
export interface DomainChannelTargetVirtio {
  /**
   * Always `virtio` here.
   */
  type: 'virtio';
  /**
   * Port name the guest sees, e.g. `org.qemu.guest_agent.0`.
   */
  name?: string;
  /**
   * Whether a guest program currently has the port open (`connected`/`disconnected`); reported by libvirt, ignored on input.
   */
  state?: 'connected' | 'disconnected';
}
/**
 * A virtio-serial port in the guest.
 *
 * Variant with `type` 'guestfwd'.
 */
export interface DomainChannelTargetGuestfwd {
  /**
   * Always `guestfwd` here.
   */
  type: 'guestfwd';
  /**
   * Guest-visible IP address whose connections are forwarded.
   */
  address: string;
  /**
   * Guest-visible TCP port whose connections are forwarded.
   */
  port: string;
}
/**
 * A virtio-serial port in the guest.
 *
 * Variant with `type` 'xen'.
 */
export interface DomainChannelTargetXen {
  /**
   * Always `xen` here.
   */
  type: 'xen';
  /**
   * Channel name the guest sees.
   */
  name?: string;
}
/**
 * A smartcard device attached to a CCID controller.
 *
 * Variant with `mode` 'host'.
 */
export interface DomainSmartcardHost {
  /**
   * `host`: QEMU forwards requests to the host's smartcard reader through NSS.
   */
  mode: 'host';
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A smartcard device attached to a CCID controller.
 *
 * Variant with `mode` 'host-certificates'.
 */
export interface DomainSmartcardHostCertificates {
  /**
   * `host-certificates`: QEMU emulates a card from three certificates stored on the host.
   */
  mode: 'host-certificates';
  /**
   * Name of one certificate in the NSS database; exactly three are given, in order.
   */
  certificate: DomainSmartcardCertificate[];
  /**
   * Absolute path of the NSS database holding the certificates (default /etc/pki/nssdb).
   */
  database?: DomainSmartcardDatabase;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A smartcard device attached to a CCID controller.
 *
 * Variant with `mode` 'passthrough'.
 */
export interface DomainSmartcardPassthrough {
  /**
   * `passthrough`: card requests are tunnelled over a character stream to a remote reader (e.g. a SPICE client).
   */
  mode: 'passthrough';
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * How the device appears inside the guest: its bus/kind, port number and emulated hardware model.
   */
  target?: DomainChardevTarget;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * An emulated hub giving the guest more ports to plug devices into.
 */
export interface DomainHub {
  /**
   * Kind of hub; only `usb` exists.
   */
  type: 'usb';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A redirected USB device; the host end is a character stream (usually `spicevmc` or `tcp`).
 */
export interface DomainRedirdev {
  /**
   * Guest bus of the redirected device; only `usb` exists.
   */
  bus: 'usb';
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).
   */
  boot?: DomainDeviceBoot;
}
/**
 * Rules deciding which USB devices may be redirected; the first matching rule wins.
 */
export interface DomainRedirfilter {
  /**
   * One filter rule; an omitted (or -1) criterion matches anything.
   */
  usbdev?: DomainRedirfilterUsbdev[];
}
/**
 * One filter rule; an omitted (or -1) criterion matches anything.
 */
export interface DomainRedirfilterUsbdev {
  /**
   * Whether matching devices may be redirected.
   */
  allow: 'yes' | 'no';
  /**
   * USB device class to match (hex, e.g. 0x08), or -1 for any.
   */
  class?: string;
  /**
   * USB vendor ID to match (hex), or -1 for any.
   */
  vendor?: string;
  /**
   * USB product ID to match (hex), or -1 for any.
   */
  product?: string;
  /**
   * USB protocol version to match (e.g. 2.0), or -1 for any.
   */
  version?: string;
}
/**
 * A paravirtual random number generator that gives the guest entropy from the host.
 */
export interface DomainRng {
  /**
   * Device flavour: `virtio`, or `virtio-transitional`/`virtio-non-transitional` to force the legacy-capable or modern-only PCI variant.
   */
  model: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).
   */
  backend: DomainRngBackend;
  /**
   * Virtio transport tuning of the device.
   */
  driver?: DomainRngDriver;
  /**
   * Caps how fast the guest may draw entropy: at most `bytes` per `period`.
   */
  rate?: DomainRngRate;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).
 *
 * Variant with `model` 'random'.
 */
export interface DomainRngBackendRandom {
  /**
   * `random`: read from a host file.
   */
  model: 'random';
  /**
   * The text content.
   */
  '#text'?: '' | string;
}
/**
 * Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).
 *
 * Variant with `model` 'egd'.
 */
export interface DomainRngBackendEgd {
  /**
   * `egd`: talk the EGD protocol over a character stream.
   */
  model: 'egd';
  /**
   * Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`.
   */
  type:
    | 'null'
    | 'vc'
    | 'pty'
    | 'dev'
    | 'file'
    | 'pipe'
    | 'stdio'
    | 'udp'
    | 'tcp'
    | 'unix'
    | 'spicevmc'
    | 'spiceport'
    | 'nmdm'
    | 'qemu-vdagent'
    | 'dbus';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
  /**
   * Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.
   */
  source?: DomainChardevSource[];
  /**
   * Wire protocol spoken on a `tcp` backend.
   */
  protocol?: DomainChardevProtocol;
  /**
   * Copies everything the guest writes to the device into a host file.
   */
  log?: DomainChardevLog;
}
/**
 * Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).
 *
 * Variant with `model` 'builtin'.
 */
export interface DomainRngBackendBuiltin {
  /**
   * `builtin`: no host file or socket needed.
   */
  model: 'builtin';
  /**
   * White space only: this variant holds no text.
   */
  '#text'?: string;
}
/**
 * Virtio transport tuning of the device.
 */
export interface DomainRngDriver {
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * Caps how fast the guest may draw entropy: at most `bytes` per `period`.
 */
export interface DomainRngRate {
  /**
   * Number of bytes the guest may read per period.
   */
  bytes: string;
  /**
   * Length of the period in milliseconds (1000 when absent).
   */
  period?: string;
}
/**
 * A Trusted Platform Module for the guest.
 */
export interface DomainTpm {
  /**
   * Guest-visible TPM interface: `tpm-tis` (x86 default), `tpm-crb`, `tpm-spapr` (POWER) or `spapr-tpm-proxy` (POWER, forwards the host TPM to a secure guest).
   */
  model?: 'tpm-tis' | 'tpm-crb' | 'tpm-spapr' | 'spapr-tpm-proxy';
  /**
   * What implements the TPM on the host; `type` selects the variant.
   */
  backend: DomainTpmBackend;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * What implements the TPM on the host; `type` selects the variant.
 *
 * Variant with `type` 'passthrough'.
 */
export interface DomainTpmBackendPassthrough {
  /**
   * `passthrough`: use a host TPM device directly.
   */
  type: 'passthrough';
  /**
   * TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent).
   */
  version?: '1.2' | '2.0';
  /**
   * The host TPM character device.
   */
  device?: DomainTpmBackendDevice;
}
/**
 * The host TPM character device.
 */
export interface DomainTpmBackendDevice {
  /**
   * Path of the host TPM device node; `/dev/tpm0` when absent.
   */
  path?: string;
}
/**
 * What implements the TPM on the host; `type` selects the variant.
 *
 * Variant with `type` 'emulator'.
 */
export interface DomainTpmBackendEmulator {
  /**
   * `emulator`: run a private swtpm instance.
   */
  type: 'emulator';
  /**
   * `yes` keeps the TPM state when the domain is undefined; `no` (default) deletes it along with the domain.
   */
  persistent_state?: 'yes' | 'no';
  /**
   * TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent).
   */
  version?: '1.2' | '2.0';
  /**
   * Encrypts the emulator's state files at rest.
   */
  encryption?: DomainTpmBackendEncryption;
  /**
   * PCR banks (hash algorithms) to activate in a TPM 2.0 emulator; each child element turns one bank on.
   */
  active_pcr_banks?: DomainTpmActivePcrBanks;
}
/**
 * Encrypts the emulator's state files at rest.
 */
export interface DomainTpmBackendEncryption {
  /**
   * UUID of the libvirt secret holding the passphrase.
   */
  secret: string;
}
/**
 * PCR banks (hash algorithms) to activate in a TPM 2.0 emulator; each child element turns one bank on.
 */
export interface DomainTpmActivePcrBanks {
  /**
   * Activate the SHA-1 PCR bank.
   */
  sha1?: DomainTpmActivePcrBanksSha1;
  /**
   * Activate the SHA-256 PCR bank.
   */
  sha256?: DomainTpmActivePcrBanksSha256;
  /**
   * Activate the SHA-384 PCR bank.
   */
  sha384?: DomainTpmActivePcrBanksSha384;
  /**
   * Activate the SHA-512 PCR bank.
   */
  sha512?: DomainTpmActivePcrBanksSha512;
}
/**
 * Activate the SHA-1 PCR bank.
 */
export interface DomainTpmActivePcrBanksSha1 {}
/**
 * Activate the SHA-256 PCR bank.
 */
export interface DomainTpmActivePcrBanksSha256 {}
/**
 * Activate the SHA-384 PCR bank.
 */
export interface DomainTpmActivePcrBanksSha384 {}
/**
 * Activate the SHA-512 PCR bank.
 */
export interface DomainTpmActivePcrBanksSha512 {}
/**
 * What implements the TPM on the host; `type` selects the variant.
 *
 * Variant with `type` 'external'.
 */
export interface DomainTpmBackendExternal {
  /**
   * `external`: connect to an already running TPM emulator.
   */
  type: 'external';
  /**
   * TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent).
   */
  version?: '1.2' | '2.0';
  /**
   * The socket the external emulator listens on.
   */
  source?: DomainTpmBackendSource;
}
/**
 * The socket the external emulator listens on.
 */
export interface DomainTpmBackendSource {
  /**
   * Always `unix`.
   */
  type: 'unix';
  /**
   * Path of the emulator's UNIX socket.
   */
  path: string;
  /**
   * Always `connect`: the guest side is the client.
   */
  mode: 'connect';
}
/**
 * An inter-VM shared memory PCI device (ivshmem).
 */
export interface DomainShmem {
  /**
   * Name of the shared memory object on the host (under /dev/shm); must not contain a slash.
   */
  name: string;
  /**
   * Migration role: `master` migrates the region contents with the guest, `peer` refuses migration.
   */
  role?: 'master' | 'peer';
  /**
   * Which ivshmem device to emulate.
   */
  model?: DomainShmemModel;
  /**
   * Size of the shared region (a power of two).
   */
  size?: DomainShmemSize;
  /**
   * Uses an ivshmem server for the region and doorbell interrupts.
   */
  server?: DomainShmemServer;
  /**
   * MSI interrupt settings of a doorbell device.
   */
  msi?: DomainShmemMsi;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * Which ivshmem device to emulate.
 */
export interface DomainShmemModel {
  /**
   * `ivshmem` (legacy), `ivshmem-plain` (memory only) or `ivshmem-doorbell` (memory plus interrupts through a server).
   */
  type: 'ivshmem' | 'ivshmem-plain' | 'ivshmem-doorbell';
}
/**
 * Size of the shared region (a power of two).
 */
export interface DomainShmemSize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Uses an ivshmem server for the region and doorbell interrupts.
 */
export interface DomainShmemServer {
  /**
   * UNIX socket of the ivshmem server (`/tmp/ivshmem_socket` when absent).
   */
  path?: string;
}
/**
 * MSI interrupt settings of a doorbell device.
 */
export interface DomainShmemMsi {
  /**
   * `on` handles guest doorbell writes with an ioeventfd in the host kernel.
   */
  ioeventfd?: 'on' | 'off';
  /**
   * Number of MSI vectors to provide.
   */
  vectors?: string;
}
/**
 * A memory module added to the guest besides its base memory; requires `maxMemory` with free slots for the hot-pluggable models.
 */
export interface DomainMemoryDevice {
  /**
   * Kind of module: `dimm` (plain RAM), `nvdimm` (persistent memory backed by a host file), `virtio-pmem` (paravirtual persistent memory), `virtio-mem` (resizable paravirtual RAM) or `sgx-epc` (Intel SGX enclave page cache).
   */
  model: 'dimm' | 'nvdimm' | 'virtio-pmem' | 'virtio-mem' | 'sgx-epc';
  /**
   * Host mapping of the backing memory: `shared` with other processes or `private` to the guest (the domain-wide setting applies when absent).
   */
  access?: 'shared' | 'private';
  /**
   * `yes` releases the backing memory on the host as soon as the module goes away.
   */
  discard?: 'yes' | 'no';
  /**
   * Identifier of an NVDIMM as seen by the guest (PPC64 only).
   */
  uuid?: DomainMemoryDeviceUuid;
  /**
   * Host memory backing the module: either anonymous memory (optionally hugepage backed and bound to host NUMA nodes) or a host file/device path for persistent memory.
   */
  source?: DomainMemoryDeviceSource;
  /**
   * The module as the guest sees it: size, NUMA node and model specific settings.
   */
  target: DomainMemoryDeviceTarget;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
}
/**
 * Host memory backing the module: either anonymous memory (optionally hugepage backed and bound to host NUMA nodes) or a host file/device path for persistent memory.
 */
export interface DomainMemoryDeviceSource {
  /**
   * Host page size to back the module with, e.g. 2048 KiB hugepages.
   */
  pagesize?: DomainMemoryDeviceSourcePagesize;
  /**
   * Host NUMA nodes to allocate the backing memory from.
   */
  nodemask?: DomainMemoryDeviceSourceNodemask;
  /**
   * Host file or device (such as `/dev/pmem0` or `/dev/dax0.0`) that backs an NVDIMM or virtio-pmem module.
   */
  path?: DomainMemoryDeviceSourcePath;
  /**
   * Alignment of the mapping of the backing file.
   */
  alignsize?: DomainMemoryDeviceSourceAlignsize;
  /**
   * States that the backing path is real persistent memory, so writes need no extra syncing.
   */
  pmem?: DomainMemoryDeviceSourcePmem;
}
/**
 * Host page size to back the module with, e.g. 2048 KiB hugepages.
 */
export interface DomainMemoryDeviceSourcePagesize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Alignment of the mapping of the backing file.
 */
export interface DomainMemoryDeviceSourceAlignsize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * States that the backing path is real persistent memory, so writes need no extra syncing.
 */
export interface DomainMemoryDeviceSourcePmem {}
/**
 * The module as the guest sees it: size, NUMA node and model specific settings.
 */
export interface DomainMemoryDeviceTarget {
  /**
   * Size of the module (KiB unless `unit` says otherwise); for virtio-mem the maximum it can grow to.
   */
  size: DomainMemoryDeviceTargetSize;
  /**
   * Guest NUMA node the module is attached to.
   */
  node?: DomainMemoryDeviceTargetNode;
  /**
   * virtio-mem block size: the granularity in which memory is plugged and unplugged.
   */
  block?: DomainMemoryDeviceTargetBlock;
  /**
   * virtio-mem: how much of the module the guest is asked to use now; can be changed while the guest runs.
   */
  requested?: DomainMemoryDeviceTargetRequested;
  /**
   * virtio-mem: how much memory the guest has actually plugged; reported by libvirt.
   */
  current?: DomainMemoryDeviceTargetCurrent;
  /**
   * NVDIMM namespace label area.
   */
  label?: DomainMemoryDeviceTargetLabel;
  /**
   * Makes an NVDIMM read-only for the guest.
   */
  readonly?: DomainMemoryDeviceTargetReadonly;
}
/**
 * Size of the module (KiB unless `unit` says otherwise); for virtio-mem the maximum it can grow to.
 */
export interface DomainMemoryDeviceTargetSize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * virtio-mem block size: the granularity in which memory is plugged and unplugged.
 */
export interface DomainMemoryDeviceTargetBlock {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * virtio-mem: how much of the module the guest is asked to use now; can be changed while the guest runs.
 */
export interface DomainMemoryDeviceTargetRequested {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * virtio-mem: how much memory the guest has actually plugged; reported by libvirt.
 */
export interface DomainMemoryDeviceTargetCurrent {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * NVDIMM namespace label area.
 */
export interface DomainMemoryDeviceTargetLabel {
  /**
   * Size of the label area, carved out of the module size.
   */
  size: DomainMemoryDeviceTargetLabelSize;
}
/**
 * Size of the label area, carved out of the module size.
 */
export interface DomainMemoryDeviceTargetLabelSize {
  /**
   * Unit of the number in the element's text; see the `unit` type for the accepted spellings.
   */
  unit?: string;
  /**
   * The text content.
   */
  '#text'?: string;
}
/**
 * Makes an NVDIMM read-only for the guest.
 */
export interface DomainMemoryDeviceTargetReadonly {}
/**
 * A hardware watchdog timer: if the guest stops feeding it, the hypervisor performs `action`.
 */
export interface DomainWatchdog {
  /**
   * Emulated watchdog: `i6300esb` (PCI), `ib700` (ISA) or `diag288` (s390).
   */
  model: 'i6300esb' | 'ib700' | 'diag288';
  /**
   * What happens when the timer expires: `reset` (default), `shutdown` (graceful), `poweroff`, `pause`, `none`, `dump` (core dump, then continue) or `inject-nmi`.
   */
  action?: 'reset' | 'shutdown' | 'poweroff' | 'pause' | 'none' | 'dump' | 'inject-nmi';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * The memory balloon: a guest driver that gives memory back to the host on request and reports memory statistics. Most drivers add one automatically; model `none` disables it.
 */
export interface DomainMemballoon {
  /**
   * Balloon device: `virtio` (or its `-transitional`/`-non-transitional` PCI variants), `xen`, or `none` for no balloon.
   */
  model: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional' | 'xen' | 'none';
  /**
   * `on` lets the guest deflate the balloon by itself when it runs out of memory.
   */
  autodeflate?: 'on' | 'off';
  /**
   * `on` makes the guest report freed pages so the host can reuse them.
   */
  freePageReporting?: 'on' | 'off';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * Periodic collection of guest memory statistics.
   */
  stats?: DomainMemballoonStats;
  /**
   * Virtio transport tuning of the balloon.
   */
  driver?: DomainMemballoonDriver;
}
/**
 * Periodic collection of guest memory statistics.
 */
export interface DomainMemballoonStats {
  /**
   * Seconds between two statistics updates.
   */
  period: string;
}
/**
 * Virtio transport tuning of the balloon.
 */
export interface DomainMemballoonDriver {
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * The non-volatile RAM device of pSeries guests (firmware settings storage); only its address can be set.
 */
export interface DomainDevicesNvram {
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * A guest crash notifier: lets the guest tell the hypervisor it panicked, so the domain's `on_crash` action can run. Several may be given with different models.
 */
export interface DomainPanic {
  /**
   * Notification mechanism: `isa` (the pvpanic ISA device), `pseries` (PAPR firmware call), `hyperv` (Hyper-V crash MSRs) or `s390` (diagnose call); the machine's default when absent.
   */
  model?: 'isa' | 'pseries' | 'hyperv' | 's390';
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
}
/**
 * An emulated IOMMU, which translates and isolates device DMA inside the guest (needed e.g. for more than 255 vCPUs with x2APIC or for nested device assignment).
 */
export interface DomainIommu {
  /**
   * IOMMU implementation: `intel` (VT-d, q35), `smmuv3` (Arm virt) or `virtio`.
   */
  model: 'intel' | 'smmuv3' | 'virtio';
  /**
   * Features of the emulated IOMMU (all of them apply to the `intel` model).
   */
  driver?: DomainIommuDriver;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
}
/**
 * Features of the emulated IOMMU (all of them apply to the `intel` model).
 */
export interface DomainIommuDriver {
  /**
   * `on` enables interrupt remapping (needs the split irqchip).
   */
  intremap?: 'on' | 'off';
  /**
   * `on` enables caching mode, required to assign host devices to a guest behind a vIOMMU.
   */
  caching_mode?: 'on' | 'off';
  /**
   * `on` enables Extended Interrupt Mode, needed for x2APIC with more than 255 vCPUs.
   */
  eim?: 'on' | 'off';
  /**
   * `on` enables the device IOTLB (Address Translation Services support).
   */
  iotlb?: 'on' | 'off';
  /**
   * Guest address width in bits (e.g. 39 or 48).
   */
  aw_bits?: string;
}
/**
 * A virtio VSOCK device (AF_VSOCK sockets between host and guest, addressed by a context ID).
 */
export interface DomainVsock {
  /**
   * Device flavour: `virtio`, or `virtio-transitional`/`virtio-non-transitional` for the legacy-capable or modern-only PCI variant.
   */
  model?: 'virtio' | 'virtio-transitional' | 'virtio-non-transitional';
  /**
   * The guest's context ID (its vsock address).
   */
  cid?: DomainVsockCid;
  /**
   * Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.
   */
  address?: DomainDeviceAddress;
  /**
   * The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.
   */
  alias?: DomainDeviceAlias;
  /**
   * ACPI settings of the device.
   */
  acpi?: DomainDeviceAcpi;
  /**
   * Virtio transport tuning of the device.
   */
  driver?: DomainVsockDriver;
}
/**
 * The guest's context ID (its vsock address).
 */
export interface DomainVsockCid {
  /**
   * `yes` lets libvirt pick a free CID when the guest starts.
   */
  auto?: 'yes' | 'no';
  /**
   * The context ID; 0 to 2 are reserved, so a usable one is 3 or more.
   */
  address?: string;
}
/**
 * Virtio transport tuning of the device.
 */
export interface DomainVsockDriver {
  /**
   * Whether the device goes through the guest's virtual IOMMU (platform DMA).
   */
  iommu?: 'on' | 'off';
  /**
   * Whether PCI Address Translation Services are offered to the guest.
   */
  ats?: 'on' | 'off';
  /**
   * Whether the packed virtqueue layout is offered.
   */
  packed?: 'on' | 'off';
  /**
   * Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout).
   */
  page_per_vq?: 'on' | 'off';
}
/**
 * Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.
 *
 * Variant with `type` 'dynamic' (also when `type` is left out).
 */
export interface DomainSeclabelDynamic {
  /**
   * Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent.
   */
  model?: string;
  /**
   * `dynamic` (the default): libvirt generates a unique label at start.
   */
  type?: 'dynamic';
  /**
   * Resources are always relabelled with a dynamic label, so only `yes` is allowed.
   */
  relabel?: 'yes';
  /**
   * The generated process label; written by libvirt for running guests.
   */
  label?: DomainSeclabelDynamicLabel;
  /**
   * The generated resource label; written by libvirt for running guests.
   */
  imagelabel?: DomainSeclabelDynamicImagelabel;
  /**
   * Template the dynamic label is derived from.
   */
  baselabel?: DomainSeclabelBaselabel;
}
/**
 * Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.
 *
 * Variant with `type` 'static'.
 */
export interface DomainSeclabelStatic {
  /**
   * Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent.
   */
  model?: string;
  /**
   * `static`: the given label is used as is.
   */
  type: 'static';
  /**
   * Whether resources are relabelled to match (default `no`).
   */
  relabel?: 'yes' | 'no';
  /**
   * The process label to use.
   */
  label: DomainSeclabelStaticLabel;
  /**
   * The resource label; written by libvirt.
   */
  imagelabel?: DomainSeclabelStaticImagelabel;
}
/**
 * Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.
 *
 * Variant with `type` 'none'.
 */
export interface DomainSeclabelNone {
  /**
   * Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent.
   */
  model?: string;
  /**
   * `none`: the guest is left unconfined by this driver.
   */
  type: 'none';
  /**
   * Nothing is relabelled, so only `no` is allowed.
   */
  relabel?: 'no';
}
/**
 * Extra arguments and environment variables for the QEMU process.
 */
export interface DomainQemuCommandline {
  /**
   * One argument appended to the QEMU command line.
   */
  'qemu:arg'?: DomainQemuCommandlineArg[];
  /**
   * One environment variable of the QEMU process.
   */
  'qemu:env'?: DomainQemuCommandlineEnv[];
}
/**
 * One argument appended to the QEMU command line.
 */
export interface DomainQemuCommandlineArg {
  /**
   * The argument, passed verbatim.
   */
  value: string;
}
/**
 * One environment variable of the QEMU process.
 */
export interface DomainQemuCommandlineEnv {
  /**
   * Variable name: letters, digits and `_`.
   */
  name: string;
  /**
   * Variable value; empty when absent.
   */
  value?: string;
}
/**
 * Overrides of libvirt's probed QEMU capability flags (for testing and workarounds).
 */
export interface DomainQemuCapabilities {
  /**
   * Pretend QEMU has a capability.
   */
  'qemu:add'?: DomainQemuCapabilitiesAdd[];
  /**
   * Pretend QEMU lacks a capability.
   */
  'qemu:del'?: DomainQemuCapabilitiesDel[];
}
/**
 * Pretend QEMU has a capability.
 */
export interface DomainQemuCapabilitiesAdd {
  /**
   * Capability flag name (e.g. `blockdev`).
   */
  capability: string;
}
/**
 * Pretend QEMU lacks a capability.
 */
export interface DomainQemuCapabilitiesDel {
  /**
   * Capability flag name.
   */
  capability: string;
}
/**
 * How QEMU treats uses of deprecated interfaces.
 */
export interface DomainQemuDeprecation {
  /**
   * `none` (no change), `omit` (hide deprecated items), `reject` (fail such requests) or `crash` (abort QEMU).
   */
  behavior: 'none' | 'omit' | 'reject' | 'crash';
}
/**
 * Low-level overrides of properties of the devices libvirt creates.
 */
export interface DomainQemuOverride {
  /**
   * Overrides for one device.
   */
  'qemu:device'?: DomainQemuOverrideDevice[];
}
/**
 * Overrides for one device.
 */
export interface DomainQemuOverrideDevice {
  /**
   * Alias of the device (see its `alias` element).
   */
  alias: string;
  /**
   * Properties of the device's guest-visible part.
   */
  'qemu:frontend'?: DomainQemuOverrideDeviceFrontend;
}
/**
 * Properties of the device's guest-visible part.
 */
export interface DomainQemuOverrideDeviceFrontend {
  /**
   * One property to set or remove.
   */
  'qemu:property'?: DomainQemuOverrideProperty[];
}
/**
 * One property to set or remove.
 */
export interface DomainQemuOverrideProperty {
  /**
   * Property name as QEMU knows it.
   */
  name: string;
  /**
   * Value type: `string`, `signed`, `unsigned`, `bool`, or `remove` to drop the property.
   */
  type: 'string' | 'signed' | 'unsigned' | 'bool' | 'remove';
  /**
   * The new value (not used with `remove`).
   */
  value?: string;
}
/**
 * Namespaces a container shares with another container or process instead of getting its own.
 */
export interface DomainLxcNamespace {
  /**
   * Share a network namespace.
   */
  'lxc:sharenet'?: DomainLxcNamespaceSharenet;
  /**
   * Share an IPC namespace.
   */
  'lxc:shareipc'?: DomainLxcNamespaceShareipc;
  /**
   * Share a UTS (host name) namespace.
   */
  'lxc:shareuts'?: DomainLxcNamespaceShareuts;
}
/**
 * Share a network namespace.
 */
export interface DomainLxcNamespaceSharenet {
  /**
   * How `value` names it: `netns` (a named network namespace), `name` (another container) or `pid` (a process).
   */
  type: 'netns' | 'name' | 'pid';
  /**
   * Container name, process id or network namespace name.
   */
  value: string;
}
/**
 * Share an IPC namespace.
 */
export interface DomainLxcNamespaceShareipc {
  /**
   * How `value` names the owner: `name` (another container) or `pid` (a process).
   */
  type: 'name' | 'pid';
  /**
   * Container name, process id or network namespace name.
   */
  value: string;
}
/**
 * Share a UTS (host name) namespace.
 */
export interface DomainLxcNamespaceShareuts {
  /**
   * How `value` names the owner: `name` (another container) or `pid` (a process).
   */
  type: 'name' | 'pid';
  /**
   * Container name, process id or network namespace name.
   */
  value: string;
}
/**
 * s390 cryptographic key wrapping settings.
 */
export interface DomainKeywrap {
  /**
   * Key wrapping for one cipher family.
   */
  cipher: DomainKeywrapCipher[];
}
/**
 * Key wrapping for one cipher family.
 */
export interface DomainKeywrapCipher {
  /**
   * `aes` or `dea`.
   */
  name: 'aes' | 'dea';
  /**
   * Whether key wrapping is on for that family.
   */
  state: 'on' | 'off';
}
/**
 * Confidential computing: the guest's memory is protected from the host; `type` names the technology.
 *
 * Variant with `type` 'sev'.
 */
export interface DomainLaunchSecuritySev {
  /**
   * `sev`: AMD Secure Encrypted Virtualization.
   */
  type: 'sev';
  /**
   * Whether hashes of the directly booted kernel, initrd and command line are included in the launch measurement.
   */
  kernelHashes?: 'yes' | 'no';
  /**
   * Position of the encryption bit in page table entries.
   */
  cbitpos?: DomainLaunchSecurityCbitpos;
  /**
   * Physical address bits lost when encryption is on.
   */
  reducedPhysBits?: DomainLaunchSecurityReducedPhysBits;
  /**
   * SEV guest policy bits, in hex (e.g. `0x0003`).
   */
  policy: DomainLaunchSecurityPolicy;
  /**
   * Handle of the SEV firmware context to use.
   */
  handle?: DomainLaunchSecurityHandle;
  /**
   * Guest owner's Diffie-Hellman certificate, base64 encoded.
   */
  dhCert?: DomainLaunchSecurityDhCert;
  /**
   * Guest owner's session parameters, base64 encoded.
   */
  session?: DomainLaunchSecuritySession;
}
/**
 * Confidential computing: the guest's memory is protected from the host; `type` names the technology.
 *
 * Variant with `type` 's390-pv'.
 */
export interface DomainLaunchSecurityS390Pv {
  /**
   * `s390-pv`: IBM Z protected virtualization; no further settings.
   */
  type: 's390-pv';
}
/**
 * Extra arguments for the bhyve process.
 */
export interface DomainBhyveCommandline {
  /**
   * One argument, passed verbatim.
   */
  'bhyve:arg'?: DomainBhyveCommandlineArg[];
}
/**
 * One argument, passed verbatim.
 */
export interface DomainBhyveCommandlineArg {
  /**
   * The argument text.
   */
  value: string;
}
/**
 * Extra arguments for the device model (QEMU) of a Xen guest.
 */
export interface DomainXenCommandline {
  /**
   * One argument, passed verbatim.
   */
  'xen:arg'?: DomainXenCommandlineArg[];
}
/**
 * One argument, passed verbatim.
 */
export interface DomainXenCommandlineArg {
  /**
   * The argument text.
   */
  value: string;
}
