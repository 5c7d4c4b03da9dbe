import { randomBytes } from 'node:crypto';
import { hostFirmwareLookup } from './firmware-lookup.js';

/**
 * Everything the command line depends on that is not in the domain XML or the QEMU
 * capabilities: the host, directories, file descriptors handed to QEMU and qemu.conf-like
 * settings. The daemon fills it from the real host; `libvirtTestRuntime()` reproduces the
 * fixed environment behind libvirt's own expected outputs.
 */
export interface Runtime {
  /** Domain id (-1 for a domain that is not running yet). */
  readonly domainId: number;
  /** Environment of the QEMU process before the per-domain variables are added. */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly config: QemuConfig;
  readonly host: HostInfo;
  /** How QEMU reaches things libvirt opens for it. */
  readonly fds: FdProvider;
  /** How the monitor is connected: a listening socket passed as an fd, or a socket path. */
  readonly monitor: { readonly fd: number } | { readonly path: string };
  readonly secrets: SecretProvider;
  /** "Now" in seconds since the epoch, and the host's local-time offset from UTC in seconds. */
  readonly clock: { readonly now: number; readonly utcOffset: number };
  /** Host services of a few device families (vsock, TPM, vhost-scsi); those devices are refused without it. */
  readonly devices?: DeviceHost;
  /** Firmware descriptor files, for `<os firmware='...'>` auto-selection; refused without it. */
  readonly firmware?: FirmwareLookup;
}

/**
 * What a storage pool volume is on the host: a local file, block device or directory, or a
 * network image QEMU reaches itself (an iSCSI LUN used in `direct` mode).
 */
export type StorageVolume =
  | { readonly type: 'file' | 'block' | 'dir'; readonly path: string }
  | { readonly type: 'network'; readonly protocol: string; readonly name: string; readonly hosts: readonly { readonly name: string; readonly port?: string }[] };

/** What libvirt opens or starts on the host for devices that need more than a file name. */
export interface DeviceHost {
  /** Opens /dev/vhost-vsock for the guest; `cid` undefined means the host picks a free one. */
  vhostVsock(cid: number | undefined): { readonly fd: number; readonly cid: number };
  /** Opens a TPM character device and its sysfs cancel file. */
  tpmPassthrough(devicePath: string): { readonly fd: number; readonly cancelFd: number };
  /** The UNIX socket of the swtpm process started for a TPM emulator. */
  tpmEmulatorSocket(alias: string): string;
  /** Opens /dev/vhost-scsi for a vhost-scsi target. */
  vhostScsi(wwpn: string): number;
  /** The SCSI generic node (`/dev/sgN`) of a LUN behind a host adapter (`scsi_host0`). */
  scsiGenericPath(adapter: string, bus: number, target: number, unit: number): string;
  /** Starts the vhost-user-gpu process of a video device; returns QEMU's end of its socket. */
  vhostUserGpu(alias: string): number;
  /** Opens a vhost-vdpa character device (`/dev/vhost-vdpa-N`) for a vDPA NIC. */
  vhostVdpa(devicePath: string): number;
  /** What a storage pool volume is on the host; undefined when unknown or not a local file, device or directory. */
  storageVolume(pool: string, volume: string, mode?: string): StorageVolume | undefined;
}

/** One firmware descriptor file as QEMU's firmware interop spec describes them. */
export interface FirmwareDescriptorFile {
  /** The path the host sees (`/usr/share/qemu/firmware/60-edk2.json`). */
  readonly path: string;
  readonly text: string;
}

/**
 * Firmware descriptors from the standard directories. Files are returned lowest precedence
 * first (vendor directory, then host configuration, then the user's): a later file with the
 * same base name replaces an earlier one.
 */
export interface FirmwareLookup {
  descriptors(): readonly FirmwareDescriptorFile[];
}

/** A reference to a secret as the XML names it (`<secret type usage|uuid>`). */
export interface SecretRef {
  readonly type?: string;
  readonly usage?: string;
  readonly uuid?: string;
}

/**
 * Secret values and the per-domain master key QEMU decrypts them with (libvirt hands secrets to
 * QEMU AES-encrypted, never in clear on the command line).
 */
export interface SecretProvider {
  /** The secret's value; undefined when there is no such secret. */
  lookup(ref: SecretRef): Uint8Array | undefined;
  /** The 32-byte AES key written to the domain's master-key.aes. */
  readonly masterKey: Uint8Array;
  /** A fresh 16-byte initialisation vector. */
  iv(): Uint8Array;
}

/** The settings of qemu.conf the builder reads. */
export interface QemuConfig {
  readonly libDir: string;
  readonly channelTargetDir: string;
  readonly memoryBackingDir: string;
  readonly nvramDir: string;
  /** Where the sockets of the passt processes libvirt starts for user-mode NICs live. */
  readonly passtStateDir?: string;
  /** Where the private D-Bus daemons of D-Bus displays keep their sockets (`<libDir>/dbus` when unset). */
  readonly dbusStateDir?: string;
  readonly hugetlbfs: readonly { readonly mountDir: string; readonly sizeKiB: number; readonly isDefault?: boolean }[];
  readonly vncListen: string;
  readonly spiceListen: string;
  readonly vncTLS: boolean;
  readonly vncTLSx509certdir?: string | null;
  readonly vncTLSx509verify?: boolean;
  readonly vncTLSx509secretUUID?: string | null;
  readonly vncSASL: boolean;
  readonly vncSASLdir?: string | null;
  readonly vncPassword?: string | null;
  readonly vncAutoUnixSocket: boolean;
  readonly vncAllowHostAudio: boolean;
  readonly spiceTLS: boolean;
  readonly spiceTLSx509certdir?: string | null;
  readonly spicePassword?: string | null;
  readonly spiceSASL: boolean;
  readonly spiceSASLdir?: string | null;
  readonly spiceAutoUnixSocket: boolean;
  readonly nogfxAllowHostAudio: boolean;
  readonly defaultTLSx509certdir: string;
  readonly chardevTLS: boolean;
  readonly chardevTLSx509certdir?: string | null;
  readonly chardevTLSx509verify?: boolean;
  readonly chardevTLSx509secretUUID?: string | null;
  readonly nbdTLSx509certdir?: string | null;
  readonly nbdTLSx509secretUUID?: string | null;
  readonly vxhsTLS: boolean;
  readonly vxhsTLSx509certdir?: string | null;
  readonly vxhsTLSx509secretUUID?: string | null;
  /** -1 = use the sandbox when QEMU supports it, 0 = never, 1 = always. */
  readonly seccompSandbox: number;
  readonly dumpGuestCore: boolean;
  readonly logTimestamp: boolean;
  readonly setProcessName?: boolean;
}

export interface HostInfo {
  readonly arch: string;
  /** Model name of the host CPU, when known. */
  readonly cpuModel?: string;
  /** Whether the host runs with FIPS mode enabled. */
  readonly fips?: boolean;
  /** The DRM render node used when a display asks for OpenGL without naming one. */
  readonly renderNode?: string;
  /** The host's NUMA nodes that memory may be bound to; when undefined, bindings are not checked. */
  readonly numaNodes?: readonly number[];
  /**
   * The error for binding memory to a node the host lacks. Default: libvirt's own
   * ("NUMA node N is unavailable"); libvirt's test suite words it through its NUMA mock.
   */
  readonly numaNodeUnavailable?: (node: number) => { category: 'internal-error' | 'operation-failed'; message: string };
}

/**
 * File descriptors libvirt opens and passes to QEMU. Each call returns the number QEMU will
 * see; a daemon opens the real file, the test runtime returns libvirt's fixed numbers.
 */
export interface FdProvider {
  /** A free TCP port for a display that asks for one automatically. */
  displayPort(): number;
  /** Whether a block device path is a host CD-ROM drive (opened as `host_cdrom`). */
  isHostCdrom(path: string): boolean;
  /** A listening UNIX socket for a server-mode chardev (null when QEMU should bind the path). */
  listenSocket(path: string): number | null;
  /** A file opened for a file-backed chardev or its log. */
  chardevFile(path: string, purpose: 'source' | 'log'): number;
  /** TAP device fds, one per queue. */
  tap(ifname: string, queues: number): number[];
  /** vhost-net fds, one per queue. */
  vhostNet(queues: number): number[];
}

const FIRST_TAP_FD = 3;

const TEST_CONFIG: QemuConfig = {
  libDir: '/tmp/lib',
  channelTargetDir: '/tmp/channel',
  memoryBackingDir: '/var/lib/libvirt/qemu/ram',
  nvramDir: '/var/lib/libvirt/qemu/nvram',
  passtStateDir: '/bad-test-used-env-xdg-runtime-dir/libvirt/qemu/run/passt',
  dbusStateDir: '/bad-test-used-env-xdg-runtime-dir/libvirt/qemu/run/dbus',
  hugetlbfs: [
    { mountDir: '/dev/hugepages2M', sizeKiB: 2048, isDefault: true },
    { mountDir: '/dev/hugepages1G', sizeKiB: 1048576 },
  ],
  vncListen: '127.0.0.1',
  spiceListen: '127.0.0.1',
  vncTLS: false,
  vncTLSx509certdir: '/etc/pki/libvirt-vnc',
  vncSASL: false,
  vncAutoUnixSocket: false,
  vncAllowHostAudio: false,
  spiceTLS: true,
  spiceTLSx509certdir: '/etc/pki/libvirt-spice',
  spicePassword: '123456',
  spiceSASL: false,
  spiceAutoUnixSocket: false,
  nogfxAllowHostAudio: false,
  defaultTLSx509certdir: '/etc/pki/qemu',
  chardevTLS: false,
  chardevTLSx509certdir: '/etc/pki/libvirt-chardev',
  nbdTLSx509certdir: '/etc/pki/libvirt-nbd/dummy,path',
  vxhsTLS: false,
  vxhsTLSx509certdir: '/etc/pki/libvirt-vxhs/dummy,path',
  seccompSandbox: -1,
  dumpGuestCore: false,
  logTimestamp: true,
};

const counting = (n: number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => i);

/** libvirt's test secrets: one value for every secret, key 0..31, IV 0..15. */
export function testSecretProvider(): SecretProvider {
  const value = new TextEncoder().encode('AQCVn5hO6HzFAhAAq0NCv8jtJcIcE+HOBlMQ1A');
  return { lookup: () => value, masterKey: counting(32), iv: () => counting(16) };
}

/** Fds as libvirt's test suite numbers them (monitor and listening sockets 1729, ...). */
export function testFdProvider(): FdProvider {
  let vhost = 44;
  // libvirt's test harness hands out display ports from 5901 on.
  let display = 5901;
  return {
    displayPort: () => display++,
    isHostCdrom: (path) => path === '/dev/cdrom',
    listenSocket: () => 1729,
    chardevFile: (_path, purpose) => (purpose === 'source' ? 1750 : 1751),
    // libvirt's mocked TAP device opens every interface's queues from fd 3 afresh.
    tap: (_ifname, queues) => Array.from({ length: queues }, (_, i) => FIRST_TAP_FD + i),
    vhostNet: (queues) => Array.from({ length: queues }, () => vhost++),
  };
}

export interface TestRuntimeOptions {
  /** qemu.conf fields that differ from libvirt's test baseline. */
  readonly config?: Partial<QemuConfig>;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly host?: Partial<HostInfo>;
  readonly firmware?: FirmwareLookup;
}

/** Devices as libvirt's test suite mocks them (vsock fd 6789 and CID 42, TPM fds 1730/1731, swtpm socket /dev/test). */
export function testDeviceHost(): DeviceHost {
  return {
    vhostVsock: (cid) => ({ fd: 6789, cid: cid ?? 42 }),
    tpmPassthrough: () => ({ fd: 1730, cancelFd: 1731 }),
    tpmEmulatorSocket: () => '/dev/test',
    vhostScsi: () => 3,
    scsiGenericPath: () => '/dev/sg0',
    vhostUserGpu: () => 1729,
    vhostVdpa: () => 1732,
    // libvirt's test storage names volumes `<type>+<name>` and puts them below /some/<type>/device.
    storageVolume: (_pool, volume) => {
      const [type, name] = volume.split('+');
      return (type === 'file' || type === 'block' || type === 'dir') && name ? { type, path: `/some/${type}/device/${name}` } : undefined;
    },
  };
}

/** The environment behind libvirt 9.0's xml2argv expected outputs (domain id -1, /tmp/lib ...). */
export function libvirtTestRuntime(options: TestRuntimeOptions = {}): Runtime {
  return {
    domainId: -1,
    env: { PATH: '/bin', USER: 'test', LOGNAME: 'test', HOME: '/home/test', LC_ALL: 'C', ...options.env },
    config: { ...TEST_CONFIG, ...options.config },
    host: {
      arch: 'x86_64', cpuModel: 'core2duo', renderNode: '/dev/dri/foo',
      // libvirt's NUMA mock: a host with nodes 0-7, and its own wording for any other node.
      numaNodes: [0, 1, 2, 3, 4, 5, 6, 7],
      numaNodeUnavailable: (node) => ({ category: 'internal-error', message: `Mock: no numa node set is available at bit ${node}` }),
      ...options.host,
    },
    fds: testFdProvider(),
    monitor: { fd: 1729 },
    secrets: testSecretProvider(),
    // libvirt's tests fix the time at 1234567890 in a zone (VIR00:30) half an hour behind UTC
    // (POSIX TZ offsets count westwards; utcOffset counts eastwards, as getTimezoneOffset's negation).
    clock: { now: 1234567890, utcOffset: -1800 },
    devices: testDeviceHost(),
    ...(options.firmware ? { firmware: options.firmware } : {}),
  };
}

/**
 * A runtime for printing a command line without a daemon (`domxml-to-native`): system
 * paths, a monitor socket path QEMU binds itself, and no pre-opened descriptors.
 */
export function standaloneRuntime(options: { libDir?: string; env?: Readonly<Record<string, string | undefined>> } = {}): Runtime {
  const libDir = options.libDir ?? '/var/lib/libvirt/qemu';
  return {
    domainId: -1,
    env: { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin', ...options.env },
    config: { ...TEST_CONFIG, libDir, channelTargetDir: `${libDir}/channel/target`, spiceTLS: false, hugetlbfs: [] },
    host: { arch: 'x86_64' },
    fds: {
      isHostCdrom: (path) => /^\/dev\/(cdrom|sr\d+)$/.test(path),
      // Without a daemon nothing tracks ports in use; QEMU fails loudly if one is taken.
      displayPort: (() => { let next = 5900; return () => next++; })(),
      listenSocket: () => null,
      chardevFile: () => {
        throw new Error('file-backed character devices need a daemon to open the file');
      },
      tap: () => {
        throw new Error('TAP networking needs a daemon to create the device');
      },
      vhostNet: () => [],
    },
    monitor: { path: `${libDir}/monitor.sock` },
    secrets: { lookup: () => undefined, masterKey: randomBytes(32), iv: () => randomBytes(16) },
    // Firmware descriptors are plain files, so auto-selection works without a daemon.
    firmware: hostFirmwareLookup({ ...process.env, ...options.env }),
    clock: { now: Math.floor(Date.now() / 1000), utcOffset: -new Date().getTimezoneOffset() * 60 },
  };
}
