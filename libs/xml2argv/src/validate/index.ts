import type { QemuCapabilities } from '@virtkit/capabilities';
import { asDomainJson, type DomainInput } from '../input/json.js';
import type { Runtime } from '../runtime.js';
import { createValidateContext, type ValidateContext } from './context.js';
import { checkControllerIndexes, checkExpanderNodes, checkPciRoots, checkUsbControllers } from './controller.js';
import { checkArmCpuFeatures, checkS390CpuFeatures, checkCpuAvailability, checkCpuTuning, checkVcpuGranularity } from './cpu.js';
import { checkChardevs, checkInterfaces, checkIommu, checkIommuPlacement, checkMiscDevices, checkShmem, checkTpms } from './devices.js';
import {
  checkDiskAddressTypes, checkDiskDefinitions, checkDisks, checkDiskTargets, checkDriveAddresses, checkFilesystems, checkLuns, checkScsiAddressConflicts,
} from './disk.js';
import { checkFirmware } from './firmware.js';
import { checkGraphics, checkVideo } from './graphics.js';
import { checkHostdevDefinitions, checkHostdevs, checkZpciIds } from './hostdev.js';
import { checkSeclabels, checkSysinfo } from './identity.js';
import {
  checkCcwAddresses, checkLoadparm, checkPanics, checkPowerCompat, checkPseriesCaps, checkPseriesPhbDevice, checkPseriesPhbs,
} from './pseries.js';
import { checkIothreads, checkIothreadSched, checkVcpuSched } from './tuning.js';
import {
  checkAcpiUefi, checkBootOrder, checkEmulatorArch, checkGicVersion, checkMachineFeatures, checkPowerManagement, checkTimers, checkTseg,
  checkVirtType,
} from './machine.js';
import {
  checkHugepageMounts, checkHugepages, checkMemoryAccess, checkMemoryHotplug, checkNumaAlignment, checkNumaCells, checkNumatune,
} from './memory.js';
import { checkControllerPlacement, checkPciAddressRanges, checkPciDoubleUse, checkRootPortCapacity } from './pci.js';
import { checkUsbAddresses, checkUsbCompanions, checkUsbDisabled, checkUsbPortSyntax } from './usb.js';

type Check = (ctx: ValidateContext) => void;

// libvirt's order, which decides the message when a domain has several faults: what its XML
// parser refuses; defaults and address reservation; the generic validator; the QEMU driver's
// validator (machine and domain first, then devices); what only shows when starting.
const PARSER: Check[] = [
  checkControllerIndexes, checkNumaCells, checkDiskDefinitions, checkInterfaces, checkTpms, checkPciAddressRanges,
  checkNumatune, checkUsbPortSyntax, checkUsbDisabled, checkSeclabels, checkSysinfo, checkHostdevDefinitions,
  checkVcpuSched, checkIothreadSched, checkGicVersion, checkLoadparm,
];
const POST_PARSE: Check[] = [
  checkUsbCompanions, checkScsiAddressConflicts, checkDiskAddressTypes, checkCcwAddresses, checkPciDoubleUse,
  checkIommuPlacement, checkUsbAddresses, checkPciRoots, checkPseriesPhbs, checkControllerPlacement, checkExpanderNodes,
  checkHugepages, checkRootPortCapacity,
];
const GENERIC: Check[] = [checkDiskTargets, checkDriveAddresses, checkFirmware, checkBootOrder, checkVideo];
const QEMU_DOMAIN: Check[] = [
  checkEmulatorArch, checkVirtType, checkAcpiUefi, checkCpuTuning, checkMemoryHotplug, checkTimers, checkPowerManagement,
  checkVcpuGranularity, checkMachineFeatures, checkPseriesCaps, checkTseg, checkPanics, checkMemoryAccess,
];
const QEMU_DEVICES: Check[] = [
  checkDisks, checkLuns, checkFilesystems, checkUsbControllers, checkGraphics, checkIommu, checkPseriesPhbDevice,
  checkChardevs, checkMiscDevices, checkHostdevs, checkArmCpuFeatures, checkShmem, checkIothreads, checkZpciIds,
];
const START: Check[] = [checkCpuAvailability, checkPowerCompat, checkS390CpuFeatures, checkNumaAlignment, checkHugepageMounts];
const ALL: readonly Check[] = [...PARSER, ...POST_PARSE, ...GENERIC, ...QEMU_DOMAIN, ...QEMU_DEVICES, ...START];

/**
 * Rejects configurations libvirt refuses, with libvirt's category and message. Runs on the
 * domain as written, before prepare fills in defaults, so the checks see what the user wrote
 * (they work out the few defaults they depend on themselves).
 */
export function validateDomain(def: DomainInput, caps: QemuCapabilities, runtime: Runtime): void {
  const ctx = createValidateContext(asDomainJson(def), caps, runtime);
  for (const check of ALL) check(ctx);
}
