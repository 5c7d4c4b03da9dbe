/**
 * Every QEMU capability flag name libvirt 9.0 knows, in libvirt's numbering: a name's index in
 * this list is its position in the cache bitmap. Names are never renumbered or reused; a flag that
 * libvirt stopped probing keeps its slot and is listed in RETIRED_FLAGS.
 */
export const QEMU_FLAG_NAMES = [
  /*   0 */ 'vnc-colon', 'no-reboot', 'drive', 'drive-boot', 'name',
  /*   5 */ 'uuid', 'domid', 'vnet-hdr', 'migrate-kvm-stdio', 'migrate-qemu-tcp',
  /*  10 */ 'migrate-qemu-exec', 'drive-cache-v2', 'kvm', 'drive-format', 'vga',
  /*  15 */ '0.10', 'pci-device', 'mem-path', 'drive-serial', 'xen-domid',
  /*  20 */ 'migrate-qemu-unix', 'chardev', 'enable-kvm', 'monitor-json', 'balloon',
  /*  25 */ 'device', 'sdl', 'smp-topology', 'netdev', 'rtc',
  /*  30 */ 'vhost-net', 'rtc-td-hack', 'no-hpet', 'no-kvm-pit', 'tdf',
  /*  35 */ 'pci-configfd', 'nodefconfig', 'boot-menu', 'fsdev', 'nesting',
  /*  40 */ 'name-process', 'drive-readonly', 'smbios-type', 'vga-qxl', 'spice',
  /*  45 */ 'vga-none', 'migrate-qemu-fd', 'boot-index', 'hda-duplex', 'drive-aio',
  /*  50 */ 'pci-multibus', 'pci-bootindex', 'ccid-emulated', 'ccid-passthru', 'chardev-spicevmc',
  /*  55 */ 'device-spicevmc', 'virtio-tx-alg', 'device-qxl-vga', 'pci-multifunction', 'virtio-blk-pci.ioeventfd',
  /*  60 */ 'sga', 'virtio-blk-pci.event_idx', 'virtio-net-pci.event_idx', 'cache-directsync', 'piix3-usb-uhci',
  /*  65 */ 'piix4-usb-uhci', 'usb-ehci', 'ich9-usb-ehci1', 'vt82c686b-usb-uhci', 'pci-ohci',
  /*  70 */ 'usb-redir', 'usb-hub', 'no-shutdown', 'cache-unsafe', 'rombar',
  /*  75 */ 'ich9-ahci', 'no-acpi', 'fsdev-readonly', 'virtio-blk-pci.scsi', 'blk-sg-io',
  /*  80 */ 'drive-copy-on-read', 'cpu-host', 'fsdev-writeout', 'drive-iotune', 'system_wakeup',
  /*  85 */ 'scsi-disk.channel', 'scsi-block', 'transaction', 'block-job-sync', 'block-job-async',
  /*  90 */ 'scsi-cd', 'ide-cd', 'no-user-config', 'hda-micro', 'dump-guest-memory',
  /*  95 */ 'nec-usb-xhci', 'virtio-s390', 'balloon-event', 'bridge', 'lsi',
  /* 100 */ 'virtio-scsi-pci', 'blockio', 'disable-s3', 'disable-s4', 'usb-redir.filter',
  /* 105 */ 'ide-drive.wwn', 'scsi-disk.wwn', 'seccomp-sandbox', 'reboot-timeout', 'dump-guest-core',
  /* 110 */ 'seamless-migration', 'block-commit', 'vnc', 'drive-mirror', 'usb-redir.bootindex',
  /* 115 */ 'usb-host.bootindex', 'blockdev-snapshot-sync', 'qxl', 'VGA', 'cirrus-vga',
  /* 120 */ 'vmware-svga', 'device-video-primary', 's390-sclp', 'usb-serial', 'usb-net',
  /* 125 */ 'add-fd', 'nbd-server', 'virtio-rng', 'rng-random', 'rng-egd',
  /* 130 */ 'virtio-ccw', 'dtb', 'megasas', 'ipv6-migration', 'machine-opt',
  /* 135 */ 'machine-usb-opt', 'tpm-passthrough', 'tpm-tis', 'nvram', 'pci-bridge',
  /* 140 */ 'vfio-pci', 'vfio-pci.bootindex', 'scsi-generic', 'scsi-generic.bootindex', 'mem-merge',
  /* 145 */ 'vnc-websocket', 'drive-discard', 'mlock', 'vnc-share-policy', 'device-del-event',
  /* 150 */ 'dmi-to-pci-bridge', 'i440fx-pci-hole64-size', 'q35-pci-hole64-size', 'usb-storage', 'usb-storage.removable',
  /* 155 */ 'virtio-mmio', 'ich9-intel-hda', 'kvm-pit-lost-tick-policy', 'boot-strict', 'pvpanic',
  /* 160 */ 'enable-fips', 'spice-file-xfer-disable', 'spiceport', 'usb-kbd', 'host-pci-multidomain',
  /* 165 */ 'msg-timestamp', 'active-commit', 'change-backing-file', 'memory-backend-ram', 'numa',
  /* 170 */ 'memory-backend-file', 'usb-audio', 'rtc-reset-reinjection', 'splash-timeout', 'iothread',
  /* 175 */ 'migrate-rdma', 'ivshmem', 'drive-iotune-max', 'VGA.vgamem_mb', 'vmware-svga.vgamem_mb',
  /* 180 */ 'qxl.vgamem_mb', 'qxl-vga.vgamem_mb', 'pc-dimm', 'machine-vmport-opt', 'aes-key-wrap',
  /* 185 */ 'dea-key-wrap', 'pci-serial', 'aarch64-off', 'vhost-user-multiqueue', 'migration-event',
  /* 190 */ 'gpex-pcihost', 'ioh3420', 'x3130-upstream', 'xio3130-downstream', 'rtl8139',
  /* 195 */ 'e1000', 'virtio-net', 'gic-version', 'incoming-defer', 'virtio-gpu',
  /* 200 */ 'virtio-gpu.virgl', 'virtio-keyboard', 'virtio-mouse', 'virtio-tablet', 'virtio-input-host',
  /* 205 */ 'chardev-file-append', 'ich9-disable-s3', 'ich9-disable-s4', 'vserport-change-event', 'virtio-balloon-pci.deflate-on-oom',
  /* 210 */ 'mptsas1068', 'spice-gl', 'qxl.vram64_size_mb', 'qxl-vga.vram64_size_mb', 'chardev-logfile',
  /* 215 */ 'debug-threads', 'secret', 'pxb', 'pxb-pcie', 'device-tray-moved-event',
  /* 220 */ 'nec-usb-xhci-ports', 'virtio-scsi-pci.iothread', 'name-guest', 'qxl.max_outputs', 'qxl-vga.max_outputs',
  /* 225 */ 'spice-unix', 'drive-detect-zeroes', 'tls-creds-x509', 'display', 'intel-iommu',
  /* 230 */ 'smm', 'virtio-pci-disable-legacy', 'query-hotpluggable-cpus', 'virtio-net.rx_queue_size', 'machine-iommu',
  /* 235 */ 'virtio-vga', 'drive-iotune-max-length', 'ivshmem-plain', 'ivshmem-doorbell', 'query-qmp-schema',
  /* 240 */ 'gluster.debug_level', 'vhost-scsi', 'drive-iotune-group', 'query-cpu-model-expansion', 'virtio-net.host_mtu',
  /* 245 */ 'spice-rendernode', 'nvdimm', 'pcie-root-port', 'query-cpu-definitions', 'block-write-threshold',
  /* 250 */ 'query-named-block-nodes', 'cpu-cache', 'qemu-xhci', 'kernel-irqchip', 'kernel-irqchip.split',
  /* 255 */ 'intel-iommu.intremap', 'intel-iommu.caching-mode', 'intel-iommu.eim', 'intel-iommu.device-iotlb', 'virtio.iommu_platform',
  /* 260 */ 'virtio.ats', 'loadparm', 'spapr-pci-host-bridge', 'spapr-pci-host-bridge.numa_node', 'vnc-multi-servers',
  /* 265 */ 'virtio-net.tx_queue_size', 'chardev-reconnect', 'virtio-gpu.max_outputs', 'vxhs', 'virtio-blk.num-queues',
  /* 270 */ 'machine.pseries.resize-hpt', 'vmcoreinfo', 'spapr-vty', 'sclplmconsole', 'numa.dist',
  /* 275 */ 'disk-share-rw', 'iscsi.password-secret', 'isa-serial', 'pl011', 'machine.pseries.max-cpu-compat',
  /* 280 */ 'dump-completed', 'virtio-gpu-ccw', 'virtio-keyboard-ccw', 'virtio-mouse-ccw', 'virtio-tablet-ccw',
  /* 285 */ 'qcow2-luks', 'pcie-pci-bridge', 'seccomp-blacklist', 'query-cpus-fast', 'disk-write-cache',
  /* 290 */ 'nbd-tls', 'tpm-crb', 'pr-manager-helper', 'qom-list-properties', 'memory-backend-file.discard-data',
  /* 295 */ 'virtual-css-bridge', 'virtual-css-bridge.cssid-unrestricted', 'vfio-ccw', 'sdl-gl', 'screendump_device',
  /* 300 */ 'hda-output', 'blockdev-del', 'vmgenid', 'vhost-vsock', 'chardev-fd-pass',
  /* 305 */ 'tpm-emulator', 'mch', 'mch.extended-tseg-mbytes', 'sev-guest', 'machine.pseries.cap-hpt-max-page-size',
  /* 310 */ 'machine.pseries.cap-htm', 'usb-storage.werror', 'egl-headless', 'vfio-pci.display', 'blockdev',
  /* 315 */ 'vfio-ap', 'zpci', 'memory-backend-memfd', 'memory-backend-memfd.hugetlb', 'iothread.poll-max-ns',
  /* 320 */ 'machine.pseries.cap-nested-hv', 'egl-headless.rendernode', 'memory-backend-file.align', 'memory-backend-file.pmem', 'nvdimm.unarmed',
  /* 325 */ 'scsi-disk.device_id', 'virtio-pci-non-transitional', 'overcommit', 'query-current-machine', 'machine.virt.iommu',
  /* 330 */ 'bitmap-merge', 'nbd-bitmap', 'x86-max-cpu', 'cpu-unavailable-features', 'canonical-cpu-features',
  /* 335 */ 'bochs-display', 'migration-file-drop-cache', 'dbus-vmstate', 'vhost-user-gpu', 'vhost-user-vga',
  /* 340 */ 'incremental-backup', 'query-cpu-model-baseline', 'query-cpu-model-comparison', 'ramfb', 'machine.pseries.cap-ccf-assist',
  /* 345 */ 'arm-max-cpu', 'blockdev-file-dynamic-auto-read-only', 'savevm-monitor-nodes', 'drive-nvme', 'smp-dies',
  /* 350 */ 'i8042', 'rng-builtin', 'virtio-net.failover', 'tpm-spapr', 'cpu.kvm-no-adjvtime',
  /* 355 */ 'vhost-user-fs', 'query-named-block-nodes.flat', 'blockdev-snapshot.allow-write-only-overlay', 'blockdev-reopen', 'storage.werror',
  /* 360 */ 'fsdev.multidevs', 'virtio.packed', 'pcie-root-port.hotplug', 'aio.io_uring', 'machine.pseries.cap-cfpc',
  /* 365 */ 'machine.pseries.cap-sbbc', 'machine.pseries.cap-ibs', 'tcg', 'virtio-blk-pci.scsi.default.disabled', 'pvscsi',
  /* 370 */ 'cpu.migratable', 'query-cpu-model-expansion.migratable', 'fw_cfg', 'migration-param.bandwidth', 'migration-param.downtime',
  /* 375 */ 'migration-param.xbzrle-cache-size', 'intel-iommu.aw-bits', 'spapr-tpm-proxy', 'numa.hmat', 'blockdev-hostdev-scsi',
  /* 380 */ 'usb-host.hostdevice', 'virtio-balloon.free-page-reporting', 'block-export-add', 'netdev.vhost-vdpa', 'fsdev.createmode',
  /* 385 */ 'ncr53c90', 'dc390', 'am53c974', 'virtio-pmem-pci', 'vhost-user-fs.bootindex',
  /* 390 */ 'vhost-user-blk', 'cpu-max', 'memory-backend-file.x-use-canonical-path-for-ramblock-id', 'vnc-opts', 'migration-param.block-bitmap-mapping',
  /* 395 */ 'vnc-power-control', 'audiodev', 'blockdev-backup', 'object.qapified', 'rotation-rate',
  /* 400 */ 'compat-deprecated', 'acpi-index', 'input-linux', 'virtio-gpu-gl-pci', 'virtio-vga-gl',
  /* 405 */ 'confidential-guest-support', 'query-display-options', 's390-pv-guest', 'set-action', 'virtio-blk.queue-size',
  /* 410 */ 'virtio-mem-pci', 'memory-backend-file.reserve', 'piix4.acpi-root-pci-hotplug', 'netdev.json', 'chardev.json',
  /* 415 */ 'device.json', 'query-dirty-rate', 'rbd-encryption', 'sev-guest-kernel-hashes', 'sev-inject-launch-secret',
  /* 420 */ 'device.json+hotplug', 'hvf', 'virtio-mem-pci.prealloc', 'calc-dirty-rate', 'dirtyrate-param.mode',
  /* 425 */ 'blockdev.nbd.tls-hostname', 'memory-backend-file.prealloc-threads', 'virtio-iommu-pci', 'virtio-iommu.boot-bypass', 'virtio-net.rss',
  /* 430 */ 'chardev.qemu-vdagent', 'display-dbus', 'iothread.thread-pool-max', 'usb-host.guest-resets-all', 'migration.blocked-reasons',
  /* 435 */ 'query-stats', 'query-stats-schemas', 'sgx-epc', 'thread-context', 'screenshot-format-png',
  /* 440 */ 'machine-hpet', 'netdev.stream',
] as const;

/** One capability flag name. */
export type QemuFlag = (typeof QEMU_FLAG_NAMES)[number];

/** Flags libvirt no longer probes (QEMU older than 4.2 needed them); they are never derived. */
const RETIRED_INDICES: readonly number[] = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16,
  17, 18, 19, 20, 21, 22, 23, 24, 25, 27, 28, 29, 30, 31, 33, 34,
  35, 36, 37, 38, 39, 40, 41, 42, 43, 45, 46, 47, 49, 50, 51, 54,
  55, 56, 57, 58, 59, 60, 61, 62, 63, 72, 73, 74, 77, 79, 80, 81,
  82, 83, 84, 87, 88, 89, 90, 91, 92, 94, 96, 97, 98, 101, 108, 109,
  110, 111, 113, 114, 115, 116, 121, 124, 125, 126, 131, 133, 134, 135, 141, 142,
  143, 144, 145, 146, 147, 148, 149, 151, 152, 158, 161, 162, 164, 165, 166, 167,
  168, 169, 170, 173, 177, 181, 188, 189, 198, 205, 208, 213, 214, 215, 216, 219,
  220, 221, 222, 223, 224, 225, 226, 227, 228, 230, 231, 233, 234, 236, 239, 240,
  242, 244, 249, 250, 253, 254, 259, 260, 264, 265, 267, 269, 270, 274, 275, 276,
  279, 280, 285, 287, 288, 289, 293, 294, 295, 296, 298, 301, 304, 311, 314, 322,
  325, 327, 328, 330, 346, 347, 352, 359, 361, 371, 372, 373, 374, 375, 379, 384,
  393, 396, 397, 406, 415,
];

const INDEX = new Map<string, number>(QEMU_FLAG_NAMES.map((name, index) => [name, index]));

/** Flags that keep their slot but that no probe sets any more. */
export const RETIRED_FLAGS: ReadonlySet<QemuFlag> = new Set(RETIRED_INDICES.map((i) => QEMU_FLAG_NAMES[i]!));

/** True when `name` is one of libvirt's flag names. */
export function isQemuFlag(name: string): name is QemuFlag {
  return INDEX.has(name);
}

/** The flag's slot in libvirt's numbering, or -1 for an unknown name. */
export function qemuFlagIndex(name: string): number {
  return INDEX.get(name) ?? -1;
}

/** Orders flags by their slot, the order libvirt writes them in its cache. */
export function sortFlags(flags: Iterable<QemuFlag>): QemuFlag[] {
  return [...flags].sort((a, b) => INDEX.get(a)! - INDEX.get(b)!);
}
