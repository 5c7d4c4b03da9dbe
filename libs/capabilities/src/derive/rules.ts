// Which QMP answer implies which capability flag. These are facts about QEMU's interfaces as
// libvirt 9.0 interprets them; the tables are grouped by the QMP query that supplies the evidence.
import type { QemuFlag } from '../flags.js';

type Rules = readonly (readonly [string, QemuFlag])[];

/** A command's presence in the QMP schema. */
export const COMMAND_FLAGS: Rules = [
  ['query-vnc', 'vnc'],
  ['query-spice', 'spice'],
  ['rtc-reset-reinjection', 'rtc-reset-reinjection'],
  ['query-hotpluggable-cpus', 'query-hotpluggable-cpus'],
  ['query-cpu-model-expansion', 'query-cpu-model-expansion'],
  ['query-cpu-definitions', 'query-cpu-definitions'],
  ['query-cpu-model-baseline', 'query-cpu-model-baseline'],
  ['query-cpu-model-comparison', 'query-cpu-model-comparison'],
  ['block-export-add', 'block-export-add'],
  ['blockdev-reopen', 'blockdev-reopen'],
  ['set-action', 'set-action'],
  ['query-dirty-rate', 'query-dirty-rate'],
  ['sev-inject-launch-secret', 'sev-inject-launch-secret'],
  ['calc-dirty-rate', 'calc-dirty-rate'],
  ['query-stats', 'query-stats'],
  ['query-stats-schemas', 'query-stats-schemas'],
];

/**
 * Paths into the QMP schema (see schema-query.ts for the path syntax): the flag is set when the
 * path resolves, i.e. QEMU accepts that argument, union variant, enum value or feature.
 */
export const SCHEMA_FLAGS: Rules = [
  ['blockdev-add/arg-type/+vxhs', 'vxhs'],
  ['blockdev-add/arg-type/+file/drop-cache', 'migration-file-drop-cache'],
  ['blockdev-add/arg-type/+nvme', 'drive-nvme'],
  ['blockdev-add/arg-type/+file/aio/^io_uring', 'aio.io_uring'],
  ['blockdev-add/arg-type/+rbd/encrypt', 'rbd-encryption'],
  ['blockdev-add/arg-type/+nbd/tls-hostname', 'blockdev.nbd.tls-hostname'],
  ['blockdev-snapshot/$allow-write-only-overlay', 'blockdev-snapshot.allow-write-only-overlay'],
  ['chardev-add/arg-type/backend/+socket/data/reconnect', 'chardev-reconnect'],
  ['device_add/$json-cli-hotplug', 'device.json+hotplug'],
  ['migrate-set-parameters/arg-type/block-bitmap-mapping/bitmaps/transform', 'migration-param.block-bitmap-mapping'],
  ['nbd-server-start/arg-type/tls-creds', 'nbd-tls'],
  ['nbd-server-add/arg-type/bitmap', 'nbd-bitmap'],
  ['netdev_add/arg-type/+stream', 'netdev.stream'],
  ['netdev_add/arg-type/+vhost-vdpa', 'netdev.vhost-vdpa'],
  // -netdev accepts JSON from the release that added the 'dgram' backend on.
  ['netdev_add/arg-type/type/^dgram', 'netdev.json'],
  ['object-add/arg-type/qom-type/^secret', 'object.qapified'],
  ['query-display-options/ret-type/+egl-headless/rendernode', 'egl-headless.rendernode'],
  ['query-display-options/ret-type/+sdl', 'sdl'],
  ['query-display-options/ret-type/+egl-headless', 'egl-headless'],
  ['query-iothreads/ret-type/poll-max-ns', 'iothread.poll-max-ns'],
  ['query-hotpluggable-cpus/ret-type/props/die-id', 'smp-dies'],
  ['query-named-block-nodes/arg-type/flat', 'query-named-block-nodes.flat'],
  ['screendump/arg-type/device', 'screendump_device'],
  ['set-numa-node/arg-type/+hmat-lb', 'numa.hmat'],
  ['object-add/arg-type/+sev-guest/kernel-hashes', 'sev-guest-kernel-hashes'],
  ['calc-dirty-rate/arg-type/mode', 'dirtyrate-param.mode'],
  ['chardev-add/arg-type/backend/+qemu-vdagent', 'chardev.qemu-vdagent'],
  ['query-display-options/ret-type/+dbus', 'display-dbus'],
  ['object-add/arg-type/+iothread/thread-pool-max', 'iothread.thread-pool-max'],
  ['query-migrate/ret-type/blocked-reasons', 'migration.blocked-reasons'],
  ['screendump/arg-type/format/^png', 'screenshot-format-png'],
];

/** A device or object type listed by `qom-list-types`. */
export const TYPE_FLAGS: Rules = [
  ['hda-duplex', 'hda-duplex'], ['hda-micro', 'hda-micro'], ['hda-output', 'hda-output'],
  ['ccid-card-emulated', 'ccid-emulated'], ['ccid-card-passthru', 'ccid-passthru'],
  ['piix3-usb-uhci', 'piix3-usb-uhci'], ['piix4-usb-uhci', 'piix4-usb-uhci'], ['usb-ehci', 'usb-ehci'],
  ['ich9-usb-ehci1', 'ich9-usb-ehci1'], ['vt82c686b-usb-uhci', 'vt82c686b-usb-uhci'], ['pci-ohci', 'pci-ohci'],
  ['nec-usb-xhci', 'nec-usb-xhci'], ['qemu-xhci', 'qemu-xhci'], ['usb-redir', 'usb-redir'], ['usb-hub', 'usb-hub'],
  ['ich9-ahci', 'ich9-ahci'], ['virtio-blk-ccw', 'virtio-ccw'], ['sclpconsole', 's390-sclp'],
  ['sclplmconsole', 'sclplmconsole'], ['lsi53c895a', 'lsi'], ['megasas', 'megasas'], ['mptsas1068', 'mptsas1068'],
  ['pvscsi', 'pvscsi'], ['dc390', 'dc390'], ['am53c974', 'am53c974'], ['scsi-block', 'scsi-block'],
  ['virtio-scsi-pci', 'virtio-scsi-pci'], ['virtio-scsi-ccw', 'virtio-scsi-pci'], ['virtio-scsi-device', 'virtio-scsi-pci'],
  ['qxl', 'qxl'], ['VGA', 'VGA'], ['cirrus-vga', 'cirrus-vga'], ['vmware-svga', 'vmware-svga'],
  ['bochs-display', 'bochs-display'], ['ramfb', 'ramfb'], ['virtio-vga', 'virtio-vga'],
  ['virtio-gpu-pci', 'virtio-gpu'], ['virtio-gpu-device', 'virtio-gpu'], ['virtio-gpu-ccw', 'virtio-gpu-ccw'],
  ['virtio-gpu-gl-pci', 'virtio-gpu-gl-pci'], ['virtio-vga-gl', 'virtio-vga-gl'],
  ['vhost-user-gpu', 'vhost-user-gpu'], ['vhost-user-vga', 'vhost-user-vga'],
  ['usb-serial', 'usb-serial'], ['pci-serial', 'pci-serial'], ['isa-serial', 'isa-serial'], ['pl011', 'pl011'],
  ['spapr-vty', 'spapr-vty'],
  ['virtio-rng-pci', 'virtio-rng'], ['virtio-rng-ccw', 'virtio-rng'], ['virtio-rng-device', 'virtio-rng'],
  ['rng-random', 'rng-random'], ['rng-egd', 'rng-egd'], ['rng-builtin', 'rng-builtin'],
  ['spapr-nvram', 'nvram'], ['pci-bridge', 'pci-bridge'], ['vfio-pci', 'vfio-pci'], ['vfio-ccw', 'vfio-ccw'],
  ['vfio-ap', 'vfio-ap'], ['i82801b11-bridge', 'dmi-to-pci-bridge'], ['usb-storage', 'usb-storage'],
  ['virtio-mmio', 'virtio-mmio'], ['ich9-intel-hda', 'ich9-intel-hda'], ['pvpanic', 'pvpanic'], ['usb-kbd', 'usb-kbd'],
  ['usb-audio', 'usb-audio'], ['iothread', 'iothread'], ['ivshmem-plain', 'ivshmem-plain'],
  ['ivshmem-doorbell', 'ivshmem-doorbell'], ['pc-dimm', 'pc-dimm'], ['gpex-pcihost', 'gpex-pcihost'],
  ['ioh3420', 'ioh3420'], ['x3130-upstream', 'x3130-upstream'], ['xio3130-downstream', 'xio3130-downstream'],
  ['pcie-root-port', 'pcie-root-port'], ['pcie-pci-bridge', 'pcie-pci-bridge'], ['pxb', 'pxb'], ['pxb-pcie', 'pxb-pcie'],
  ['rtl8139', 'rtl8139'], ['e1000', 'e1000'],
  ['virtio-net-pci', 'virtio-net'], ['virtio-net-ccw', 'virtio-net'], ['virtio-net-device', 'virtio-net'],
  ['virtio-keyboard-device', 'virtio-keyboard'], ['virtio-keyboard-pci', 'virtio-keyboard'],
  ['virtio-mouse-device', 'virtio-mouse'], ['virtio-mouse-pci', 'virtio-mouse'],
  ['virtio-tablet-device', 'virtio-tablet'], ['virtio-tablet-pci', 'virtio-tablet'],
  ['virtio-input-host-device', 'virtio-input-host'], ['virtio-input-host-pci', 'virtio-input-host'],
  ['virtio-keyboard-ccw', 'virtio-keyboard-ccw'], ['virtio-mouse-ccw', 'virtio-mouse-ccw'],
  ['virtio-tablet-ccw', 'virtio-tablet-ccw'], ['input-linux', 'input-linux'],
  ['intel-iommu', 'intel-iommu'], ['virtio-iommu-pci', 'virtio-iommu-pci'], ['vhost-scsi', 'vhost-scsi'],
  ['nvdimm', 'nvdimm'], ['spapr-pci-host-bridge', 'spapr-pci-host-bridge'], ['vmcoreinfo', 'vmcoreinfo'],
  ['pr-manager-helper', 'pr-manager-helper'], ['vmgenid', 'vmgenid'], ['vhost-vsock-device', 'vhost-vsock'],
  ['mch', 'mch'], ['sev-guest', 'sev-guest'], ['s390-pv-guest', 's390-pv-guest'], ['zpci', 'zpci'],
  ['memory-backend-memfd', 'memory-backend-memfd'],
  ['max-x86_64-cpu', 'x86-max-cpu'], ['max-arm-cpu', 'arm-max-cpu'], ['dbus-vmstate', 'dbus-vmstate'],
  ['i8042', 'i8042'], ['tpm-spapr', 'tpm-spapr'], ['spapr-tpm-proxy', 'spapr-tpm-proxy'],
  ['vhost-user-fs-device', 'vhost-user-fs'], ['vhost-user-blk', 'vhost-user-blk'], ['tcg-accel', 'tcg'],
  ['vmport', 'machine-vmport-opt'], ['virtio-pmem-pci', 'virtio-pmem-pci'], ['virtio-mem-pci', 'virtio-mem-pci'],
  ['sgx-epc', 'sgx-epc'], ['thread-context', 'thread-context'],
  // Any of the (non-)transitional virtio-pci variants proves the split device models exist.
  ...['virtio-blk', 'virtio-net', 'vhost-scsi', 'virtio-rng', 'virtio-9p', 'virtio-balloon', 'vhost-vsock', 'virtio-scsi', 'virtio-serial']
    .flatMap((d) => [[`${d}-pci-transitional`, 'virtio-pci-non-transitional'], [`${d}-pci-non-transitional`, 'virtio-pci-non-transitional']] as const),
];

/** A property of one device type (`device-list-properties`), probed only when `when` is set. */
export interface DevicePropRule {
  readonly device: string;
  readonly when?: QemuFlag;
  readonly props: Rules;
}

const balloon: Rules = [['deflate-on-oom', 'virtio-balloon-pci.deflate-on-oom'], ['free-page-reporting', 'virtio-balloon.free-page-reporting'], ['acpi-index', 'acpi-index']];
const blk: Rules = [['scsi', 'virtio-blk-pci.scsi'], ['queue-size', 'virtio-blk.queue-size'], ['acpi-index', 'acpi-index']];
const net: Rules = [['acpi-index', 'acpi-index'], ['rss', 'virtio-net.rss']];
const scsi: Rules = [['acpi-index', 'acpi-index']];
const gpu: Rules = [['virgl', 'virtio-gpu.virgl'], ['acpi-index', 'acpi-index']];

export const DEVICE_PROP_RULES: readonly DevicePropRule[] = [
  { device: 'virtio-blk-pci', props: blk },
  { device: 'virtio-net-pci', when: 'virtio-net', props: net },
  { device: 'virtio-scsi-pci', when: 'virtio-scsi-pci', props: scsi },
  { device: 'virtio-blk-ccw', when: 'virtio-ccw', props: blk },
  { device: 'virtio-net-ccw', when: 'virtio-net', props: net },
  { device: 'virtio-scsi-ccw', when: 'virtio-scsi-pci', props: scsi },
  { device: 'vfio-pci', when: 'vfio-pci', props: [['display', 'vfio-pci.display']] },
  { device: 'scsi-hd', props: [['channel', 'scsi-disk.channel'], ['wwn', 'scsi-disk.wwn'], ['device_id', 'scsi-disk.device_id'], ['rotation_rate', 'rotation-rate']] },
  { device: 'ide-hd', props: [['wwn', 'ide-drive.wwn']] },
  { device: 'PIIX4_PM', props: [['disable_s3', 'disable-s3'], ['disable_s4', 'disable-s4'], ['acpi-root-pci-hotplug', 'piix4.acpi-root-pci-hotplug']] },
  { device: 'usb-redir', when: 'usb-redir', props: [['filter', 'usb-redir.filter']] },
  { device: 'usb-storage', when: 'usb-storage', props: [['removable', 'usb-storage.removable']] },
  { device: 'kvm-pit', props: [['lost_tick_policy', 'kvm-pit-lost-tick-policy']] },
  { device: 'VGA', when: 'VGA', props: [['vgamem_mb', 'VGA.vgamem_mb']] },
  { device: 'vmware-svga', when: 'vmware-svga', props: [['vgamem_mb', 'vmware-svga.vgamem_mb']] },
  { device: 'qxl', when: 'qxl', props: [['vgamem_mb', 'qxl.vgamem_mb'], ['vram64_size_mb', 'qxl.vram64_size_mb']] },
  { device: 'virtio-gpu-pci', when: 'virtio-gpu', props: gpu },
  { device: 'virtio-gpu-device', when: 'virtio-gpu', props: gpu },
  { device: 'ICH9-LPC', props: [['disable_s3', 'ich9-disable-s3'], ['disable_s4', 'ich9-disable-s4']] },
  { device: 'virtio-balloon-pci', props: balloon },
  { device: 'virtio-balloon-ccw', props: balloon },
  { device: 'virtio-balloon-device', props: balloon },
  { device: 'intel-iommu', when: 'intel-iommu', props: [['intremap', 'intel-iommu.intremap'], ['caching-mode', 'intel-iommu.caching-mode'], ['eim', 'intel-iommu.eim'], ['device-iotlb', 'intel-iommu.device-iotlb'], ['aw-bits', 'intel-iommu.aw-bits']] },
  { device: 'spapr-pci-host-bridge', when: 'spapr-pci-host-bridge', props: [['numa_node', 'spapr-pci-host-bridge.numa_node']] },
  { device: 'virtio-gpu-ccw', when: 'virtio-gpu-ccw', props: gpu },
  { device: 'mch', when: 'mch', props: [['extended-tseg-mbytes', 'mch.extended-tseg-mbytes']] },
  { device: 'nvdimm', when: 'nvdimm', props: [['unarmed', 'nvdimm.unarmed']] },
  { device: 'pcie-root-port', when: 'pcie-root-port', props: [['hotplug', 'pcie-root-port.hotplug']] },
  { device: 'usb-host', props: [['hostdevice', 'usb-host.hostdevice'], ['guest-resets-all', 'usb-host.guest-resets-all']] },
  { device: 'vhost-user-fs-device', when: 'vhost-user-fs', props: [['bootindex', 'vhost-user-fs.bootindex']] },
  { device: 'virtio-mem-pci', when: 'virtio-mem-pci', props: [['prealloc', 'virtio-mem-pci.prealloc']] },
  { device: 'virtio-iommu-pci', when: 'virtio-iommu-pci', props: [['boot-bypass', 'virtio-iommu.boot-bypass']] },
];

/** A property of one QOM object type (`qom-list-properties`). */
export const OBJECT_PROP_RULES: readonly DevicePropRule[] = [
  { device: 'memory-backend-file', props: [['pmem', 'memory-backend-file.pmem'], ['x-use-canonical-path-for-ramblock-id', 'memory-backend-file.x-use-canonical-path-for-ramblock-id'], ['reserve', 'memory-backend-file.reserve'], ['prealloc-threads', 'memory-backend-file.prealloc-threads']] },
  { device: 'memory-backend-memfd', when: 'memory-backend-memfd', props: [['hugetlb', 'memory-backend-memfd.hugetlb']] },
  { device: 'max-x86_64-cpu', when: 'x86-max-cpu', props: [['unavailable-features', 'cpu-unavailable-features'], ['kvm-no-adjvtime', 'cpu.kvm-no-adjvtime'], ['migratable', 'cpu.migratable']] },
  { device: 'max-arm-cpu', when: 'arm-max-cpu', props: [['unavailable-features', 'cpu-unavailable-features'], ['kvm-no-adjvtime', 'cpu.kvm-no-adjvtime'], ['migratable', 'cpu.migratable']] },
];

/** Properties of machine types, looked up on `<canonical machine>-machine` when the machine exists. */
export const MACHINE_PROP_RULES: readonly DevicePropRule[] = [
  { device: 'pseries', props: [['cap-hpt-max-page-size', 'machine.pseries.cap-hpt-max-page-size'], ['cap-htm', 'machine.pseries.cap-htm'], ['cap-nested-hv', 'machine.pseries.cap-nested-hv'], ['cap-ccf-assist', 'machine.pseries.cap-ccf-assist'], ['cap-cfpc', 'machine.pseries.cap-cfpc'], ['cap-sbbc', 'machine.pseries.cap-sbbc'], ['cap-ibs', 'machine.pseries.cap-ibs']] },
  { device: 'virt', props: [['iommu', 'machine.virt.iommu']] },
  { device: 'none', props: [['confidential-guest-support', 'confidential-guest-support']] },
];

/** `query-command-line-options`: an option (any parameter when `param` is undefined). */
export const COMMAND_LINE_RULES: readonly { readonly option: string; readonly param?: string; readonly flag: QemuFlag }[] = [
  { option: 'fsdev', param: 'multidevs', flag: 'fsdev.multidevs' },
  { option: 'machine', param: 'hpet', flag: 'machine-hpet' },
  { option: 'sandbox', flag: 'seccomp-sandbox' },
  { option: 'spice', flag: 'spice' },
  { option: 'spice', param: 'gl', flag: 'spice-gl' },
  { option: 'spice', param: 'rendernode', flag: 'spice-rendernode' },
  { option: 'vnc', param: 'power-control', flag: 'vnc-power-control' },
];

export const MIGRATION_CAPABILITY_FLAGS: Rules = [['rdma-pin-all', 'migrate-rdma']];

export const TPM_MODEL_FLAGS: Rules = [['tpm-tis', 'tpm-tis'], ['tpm-crb', 'tpm-crb'], ['tpm-spapr', 'tpm-spapr']];
export const TPM_TYPE_FLAGS: Rules = [['passthrough', 'tpm-passthrough'], ['emulator', 'tpm-emulator']];

/** Flags every binary of an architecture gets: the options exist on all supported releases. */
export const ARCH_FLAGS: Readonly<Record<string, readonly QemuFlag[]>> = {
  i686: ['no-acpi', 'no-hpet', 'cpu-cache'],
  x86_64: ['no-acpi', 'no-hpet', 'cpu-cache'],
  aarch64: ['no-acpi', 'aarch64-off', 'gic-version'],
  s390: ['aes-key-wrap', 'dea-key-wrap', 'loadparm'],
  s390x: ['aes-key-wrap', 'dea-key-wrap', 'loadparm'],
};

/**
 * libvirt's preferred default machine per architecture (QEMU's own default otherwise). These are
 * libvirt 9.0's choices: aarch64 still prefers 'integratorcp' and RISC-V 'spike_v1.10' (later
 * releases prefer 'virt' for both).
 */
export const PREFERRED_MACHINE: Readonly<Record<string, string>> = {
  alpha: 'clipper', armv6l: 'integratorcp', armv7l: 'virt', armv7b: 'virt', aarch64: 'integratorcp', cris: 'axis-dev88',
  i686: 'pc', lm32: 'lm32-evr', m68k: 'mcf5208evb', microblaze: 'petalogix-s3adsp1800',
  microblazeel: 'petalogix-s3adsp1800', mips: 'malta', mipsel: 'malta', mips64: 'malta', mips64el: 'malta',
  or32: 'or1k-sim', ppc: 'g3beige', ppcle: 'g3beige', ppc64: 'pseries', ppc64le: 'pseries', ppcemb: 'bamboo',
  riscv32: 'spike_v1.10', riscv64: 'spike_v1.10', s390x: 's390-ccw-virtio', sh4: 'shix', sh4eb: 'shix', sparc: 'SS-5',
  sparc64: 'sun4u', unicore32: 'puv3', x86_64: 'pc', xtensa: 'sim', xtensaeb: 'sim',
};
