/*
 * Generated from schemas/rng by libs/model/codegen: do not edit.
 * Regenerate with `npx nx run @virtkit/model:generate`.
 */

/** JSON Schema (draft-07) of the JSON form of a domain. */
export const domainJsonSchema: Record<string, unknown> = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "title": "Domain",
  "description": "A virtual machine (or container) definition: its identity, resources, firmware and boot setup, and devices.",
  "type": "object",
  "properties": {
    "type": {
      "type": "string",
      "enum": [
        "qemu",
        "kqemu",
        "kvm",
        "xen",
        "lxc",
        "uml",
        "openvz",
        "test",
        "vmware",
        "hyperv",
        "vbox",
        "phyp",
        "vz",
        "bhyve",
        "hvf"
      ],
      "description": "The hypervisor driver that runs the domain (e.g. `kvm`, `qemu`, `xen`, `lxc`)."
    },
    "id": {
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
      "description": "Runtime id of a running domain; written by libvirt, ignored on input."
    },
    "name": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainName"
        }
      ],
      "description": "Short name of the domain, unique on the host; a single line of text."
    },
    "uuid": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainUuid"
        }
      ],
      "description": "Globally unique identifier of the domain; generated when absent."
    },
    "genid": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainGenid"
        }
      ],
      "description": "VM generation id exposed to the guest (changes when the guest is restored or cloned); empty asks libvirt to generate one."
    },
    "title": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainTitle"
        }
      ],
      "description": "Short human-readable title, on a single line."
    },
    "description": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainDescription"
        }
      ],
      "description": "Free-form human-readable description; libvirt does not interpret it."
    },
    "metadata": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMetadata"
        }
      ],
      "description": "Application data kept with the domain: each child should live in the application's own XML namespace."
    },
    "cpu": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainCpu"
        }
      ],
      "description": "What CPU the guest sees and how its virtual CPUs are arranged."
    },
    "sysinfo": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/DomainSysinfo"
      },
      "description": "Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`."
    },
    "bootloader": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainBootloader"
        }
      ],
      "description": "Host path of the bootloader program; empty asks for the default one."
    },
    "bootloader_args": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainBootloaderArgs"
        }
      ],
      "description": "Arguments passed to the bootloader program."
    },
    "os": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainOs"
        }
      ],
      "description": "Operating system boot setup of a paravirtualized Xen guest."
    },
    "clock": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainClock"
        }
      ],
      "description": "Guest time keeping: the clock offset and the timer devices."
    },
    "memory": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMemorySize"
        }
      ],
      "description": "Memory the guest has at boot, in the given unit (KiB by default)."
    },
    "maxMemory": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMemoryMax"
        }
      ],
      "description": "Upper bound for memory hotplug: the largest total the guest may reach (KiB by default)."
    },
    "currentMemory": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMemoryCurrent"
        }
      ],
      "description": "Memory actually given to the guest (with the balloon), at most `memory` (KiB by default)."
    },
    "memoryBacking": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMemoryBacking"
        }
      ],
      "description": "How guest RAM is allocated on the host: huge pages, sharing, locking and the backing kind."
    },
    "vcpu": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainVcpu"
        }
      ],
      "description": "Maximum number of virtual CPUs of the guest."
    },
    "vcpus": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainVcpus"
        }
      ],
      "description": "Per-vCPU state: which vCPUs are online, hotpluggable and in which order they come up."
    },
    "iothreads": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainIothreads"
        }
      ],
      "description": "Number of I/O threads the hypervisor creates for disk and other I/O."
    },
    "iothreadids": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainIothreadids"
        }
      ],
      "description": "Explicit ids of the I/O threads."
    },
    "defaultiothread": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainDefaultIothread"
        }
      ],
      "description": "Settings of the hypervisor's default event-loop thread."
    },
    "blkiotune": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainBlkiotune"
        }
      ],
      "description": "Block I/O cgroup tuning of the whole guest."
    },
    "memtune": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainMemtune"
        }
      ],
      "description": "Memory cgroup limits of the guest process (KiB by default)."
    },
    "cputune": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainCputune"
        }
      ],
      "description": "Host CPU scheduling of the guest: shares, bandwidth limits, pinning, real-time scheduling and cache/memory-bandwidth allocation."
    },
    "numatune": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainNumatune"
        }
      ],
      "description": "On which host NUMA nodes guest memory is allocated."
    },
    "resource": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainResource"
        }
      ],
      "description": "Where the guest sits in the host's resource hierarchy."
    },
    "features": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainFeatures"
        }
      ],
      "description": "Hypervisor features turned on or off for the guest; each child is one feature, in any order."
    },
    "on_reboot": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLifecycleOnReboot"
        }
      ],
      "description": "Action when the guest asks for a reboot."
    },
    "on_poweroff": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLifecycleOnPoweroff"
        }
      ],
      "description": "Action when the guest powers itself off."
    },
    "on_crash": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLifecycleOnCrash"
        }
      ],
      "description": "Action when the guest crashes; the `coredump-` variants first dump guest memory."
    },
    "on_lockfailure": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLifecycleOnLockfailure"
        }
      ],
      "description": "Action when the lock manager loses the guest's resource locks: `poweroff`, `restart`, `pause` or `ignore`."
    },
    "pm": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainPm"
        }
      ],
      "description": "ACPI sleep states the guest may use; hypervisor defaults apply to states left out."
    },
    "perf": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainPerf"
        }
      ],
      "description": "Perf events to count for the guest; events not listed are off."
    },
    "idmap": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainIdmap"
        }
      ],
      "description": "Maps user and group ids inside a container to ids on the host (user namespaces)."
    },
    "devices": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainDevices"
        }
      ],
      "description": "The guest's hardware: disks, controllers, network interfaces, consoles, graphics and every other device, in any order."
    },
    "seclabel": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/DomainSeclabel"
      },
      "description": "Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen."
    },
    "qemu:commandline": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainQemuCommandline"
        }
      ],
      "description": "Extra arguments and environment variables for the QEMU process."
    },
    "qemu:capabilities": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainQemuCapabilities"
        }
      ],
      "description": "Overrides of libvirt's probed QEMU capability flags (for testing and workarounds)."
    },
    "qemu:deprecation": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainQemuDeprecation"
        }
      ],
      "description": "How QEMU treats uses of deprecated interfaces."
    },
    "qemu:override": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainQemuOverride"
        }
      ],
      "description": "Low-level overrides of properties of the devices libvirt creates."
    },
    "lxc:namespace": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLxcNamespace"
        }
      ],
      "description": "Namespaces a container shares with another container or process instead of getting its own."
    },
    "keywrap": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainKeywrap"
        }
      ],
      "description": "s390 cryptographic key wrapping settings."
    },
    "launchSecurity": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainLaunchSecurity"
        }
      ],
      "description": "Confidential computing: the guest's memory is protected from the host; `type` names the technology."
    },
    "bhyve:commandline": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainBhyveCommandline"
        }
      ],
      "description": "Extra arguments for the bhyve process."
    },
    "xen:commandline": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainXenCommandline"
        }
      ],
      "description": "Extra arguments for the device model (QEMU) of a Xen guest."
    },
    "vmware:datacenterpath": {
      "allOf": [
        {
          "$ref": "#/definitions/DomainVmwareDatacenterPath"
        }
      ],
      "description": "vSphere datacenter path of the guest (set by the ESX driver)."
    }
  },
  "required": [
    "type",
    "name"
  ],
  "additionalProperties": false,
  "definitions": {
    "DomainName": {
      "title": "DomainName",
      "description": "Short name of the domain, unique on the host; a single line of text.",
      "type": "string",
      "pattern": "^(?:[^\\n]+)$"
    },
    "DomainUuid": {
      "title": "DomainUuid",
      "description": "Globally unique identifier of the domain; generated when absent.",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
        },
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{32})$"
        }
      ]
    },
    "DomainGenid": {
      "title": "DomainGenid",
      "description": "VM generation id exposed to the guest (changes when the guest is restored or cloned); empty asks libvirt to generate one.",
      "anyOf": [
        {
          "type": "string",
          "enum": [
            ""
          ]
        },
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
        },
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{32})$"
        }
      ]
    },
    "DomainTitle": {
      "title": "DomainTitle",
      "description": "Short human-readable title, on a single line.",
      "type": "string",
      "pattern": "^(?:[^\\n]+)$"
    },
    "DomainDescription": {
      "title": "DomainDescription",
      "description": "Free-form human-readable description; libvirt does not interpret it.",
      "type": "string"
    },
    "DomainMetadata": {
      "title": "DomainMetadata",
      "description": "Application data kept with the domain: each child should live in the application's own XML namespace.",
      "type": "object",
      "properties": {
        "#xmlns": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Namespace declarations (prefix, `` for the default, to URI) the wildcard content needs."
        },
        "#unknown": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "$ref": "#/definitions/UnknownElement"
              },
              {
                "type": "string"
              }
            ]
          },
          "description": "Elements the schema allows by wildcard (and stray text), in their generic form."
        }
      },
      "additionalProperties": false
    },
    "DomainCpu": {
      "title": "DomainCpu",
      "description": "What CPU the guest sees and how its virtual CPUs are arranged.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "custom",
            "host-model",
            "host-passthrough",
            "maximum"
          ],
          "description": "How the CPU is chosen: `custom` (the named model), `host-model` (closest model to the host CPU), `host-passthrough` (the host CPU as is) or `maximum` (everything the hypervisor can offer)."
        },
        "match": {
          "type": "string",
          "enum": [
            "minimum",
            "exact",
            "strict"
          ],
          "description": "For custom mode, how strictly the host must match: `minimum`, `exact` or `strict`."
        },
        "check": {
          "type": "string",
          "enum": [
            "none",
            "partial",
            "full"
          ],
          "description": "How the resulting virtual CPU is checked against the request when the guest starts: `none`, `partial` or `full`."
        },
        "migratable": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "For host-passthrough and maximum modes: `on` drops features that would block migration."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuModel"
            }
          ],
          "description": "Named CPU model (e.g. `Skylake-Client`, `cortex-a57`); the text may be empty in host modes."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuVendor"
            }
          ],
          "description": "Required CPU vendor (e.g. `Intel`, `AMD`)."
        },
        "topology": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuTopology"
            }
          ],
          "description": "How the virtual CPUs are grouped; the product of the numbers is the maximum vCPU count."
        },
        "feature": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuFeature"
          },
          "description": "Fine-tunes one CPU feature (CPUID flag) on top of the model."
        },
        "numa": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuNuma"
            }
          ],
          "description": "The guest's NUMA topology: one cell per node, plus optional latency and bandwidth data."
        },
        "cache": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuCache"
            }
          ],
          "description": "How the guest's CPU cache information is produced."
        },
        "maxphysaddr": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuMaxphysaddr"
            }
          ],
          "description": "Physical address width the guest CPU reports."
        }
      },
      "additionalProperties": false
    },
    "DomainSysinfo": {
      "title": "DomainSysinfo",
      "description": "Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "smbios",
            "fwcfg"
          ],
          "description": "`smbios`: SMBIOS structures, grouped by table."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "smbios"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSysinfoSmbios"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "fwcfg"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSysinfoFwcfg"
          }
        }
      ]
    },
    "DomainSysinfoSmbios": {
      "title": "DomainSysinfoSmbios",
      "description": "Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.\n\nVariant with `type` 'smbios'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "smbios"
          ],
          "description": "`smbios`: SMBIOS structures, grouped by table."
        },
        "bios": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSysinfoBios"
            }
          ],
          "description": "SMBIOS type 0 (BIOS information)."
        },
        "system": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSysinfoSystem"
            }
          ],
          "description": "SMBIOS type 1 (system information)."
        },
        "baseBoard": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoBaseBoard"
          },
          "description": "SMBIOS type 2 (baseboard information); may repeat."
        },
        "chassis": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSysinfoChassis"
            }
          ],
          "description": "SMBIOS type 3 (chassis information)."
        },
        "oemStrings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSysinfoOemStrings"
            }
          ],
          "description": "SMBIOS type 11 (OEM strings)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoFwcfg": {
      "title": "DomainSysinfoFwcfg",
      "description": "Identification data for the guest firmware; SMBIOS data is used when `os/smbios` has mode `sysinfo`.\n\nVariant with `type` 'fwcfg'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "fwcfg"
          ],
          "description": "`fwcfg`: named blobs exposed through QEMU's firmware configuration device."
        },
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoEntry"
          },
          "description": "One blob: either the text itself or the content of a host file."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainBootloader": {
      "title": "DomainBootloader",
      "description": "Host path of the bootloader program; empty asks for the default one.",
      "type": "string"
    },
    "DomainBootloaderArgs": {
      "title": "DomainBootloaderArgs",
      "description": "Arguments passed to the bootloader program.",
      "type": "string"
    },
    "DomainOs": {
      "title": "DomainOs",
      "description": "Operating system boot setup of a paravirtualized Xen guest.",
      "type": "object",
      "properties": {
        "@firmware": {
          "type": "string",
          "enum": [
            "bios",
            "efi"
          ],
          "description": "Asks libvirt to pick a matching firmware automatically: `bios` or `efi`."
        },
        "type": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsType"
            }
          ],
          "description": "Guest type of a Xen PV guest: `xen` (or its synonym `linux`), or `xenpvh`."
        },
        "kernel": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsKernel"
            }
          ],
          "description": "Host path of the kernel image."
        },
        "initrd": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsInitrd"
            }
          ],
          "description": "Host path of the initial ramdisk."
        },
        "root": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsRoot"
            }
          ],
          "description": "Root device path passed to the kernel (older Xen setups)."
        },
        "cmdline": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsCmdline"
            }
          ],
          "description": "Kernel command line."
        },
        "dtb": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsDtb"
            }
          ],
          "description": "Host path of a device tree blob for the guest (ARM, PowerPC)."
        },
        "firmware": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsFirmware"
            }
          ],
          "description": "Features the automatically selected firmware must have (or must lack)."
        },
        "loader": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsLoader"
            }
          ],
          "description": "The firmware image (BIOS or UEFI) given to the guest; the text is its host path."
        },
        "nvram": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsNvram"
            }
          ],
          "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's."
        },
        "boot": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainOsBoot"
          },
          "description": "One entry of the firmware's boot order; repeat to try several device kinds in turn."
        },
        "bootmenu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsBootmenu"
            }
          ],
          "description": "Interactive boot menu of the firmware."
        },
        "smbios": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsSmbios"
            }
          ],
          "description": "Where the SMBIOS tables seen by the guest come from."
        },
        "bios": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsBios"
            }
          ],
          "description": "Legacy BIOS options."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsAcpi"
            }
          ],
          "description": "Extra ACPI tables handed to the guest."
        },
        "init": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsInit"
            }
          ],
          "description": "Absolute path, inside the container, of the first process to run."
        },
        "initarg": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainOsInitarg"
          },
          "description": "One command line argument of the init program."
        },
        "initenv": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainOsInitenv"
          },
          "description": "An environment variable for the init program; the text is its value."
        },
        "initdir": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsInitdir"
            }
          ],
          "description": "Working directory of the init program."
        },
        "inituser": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsInituser"
            }
          ],
          "description": "User (name or number) the init program runs as."
        },
        "initgroup": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainOsInitgroup"
            }
          ],
          "description": "Group (name or number) the init program runs as."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainClock": {
      "title": "DomainClock",
      "description": "Guest time keeping: the clock offset and the timer devices.",
      "type": "object",
      "properties": {
        "offset": {
          "type": "string",
          "enum": [
            "localtime",
            "utc",
            "timezone",
            "variable",
            "absolute"
          ],
          "description": "`utc` or `localtime`: the guest clock follows the host's, in UTC or in the host's time zone."
        }
      },
      "required": [
        "offset"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "offset": {
                "enum": [
                  "localtime",
                  "utc"
                ]
              }
            },
            "required": [
              "offset"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockLocaltime"
          }
        },
        {
          "if": {
            "properties": {
              "offset": {
                "enum": [
                  "timezone"
                ]
              }
            },
            "required": [
              "offset"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockTimezone"
          }
        },
        {
          "if": {
            "properties": {
              "offset": {
                "enum": [
                  "variable"
                ]
              }
            },
            "required": [
              "offset"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockVariable"
          }
        },
        {
          "if": {
            "properties": {
              "offset": {
                "enum": [
                  "absolute"
                ]
              }
            },
            "required": [
              "offset"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockAbsolute"
          }
        }
      ]
    },
    "DomainClockLocaltime": {
      "title": "DomainClockLocaltime",
      "description": "Guest time keeping: the clock offset and the timer devices.\n\nVariant with `offset` one of 'localtime', 'utc'.",
      "type": "object",
      "properties": {
        "offset": {
          "type": "string",
          "enum": [
            "localtime",
            "utc"
          ],
          "description": "`utc` or `localtime`: the guest clock follows the host's, in UTC or in the host's time zone."
        },
        "adjustment": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "reset"
              ]
            },
            {
              "type": "string",
              "pattern": "^(?:[+\\-]?[0-9]+)$"
            }
          ],
          "description": "Seconds added at boot, or `reset` to forget adjustments the guest made."
        },
        "timer": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainClockTimer"
          },
          "description": "Settings of one timer device of the guest; the `name` attribute says which."
        }
      },
      "required": [
        "offset"
      ],
      "additionalProperties": false
    },
    "DomainClockTimezone": {
      "title": "DomainClockTimezone",
      "description": "Guest time keeping: the clock offset and the timer devices.\n\nVariant with `offset` 'timezone'.",
      "type": "object",
      "properties": {
        "offset": {
          "type": "string",
          "enum": [
            "timezone"
          ],
          "description": "`timezone`: the guest clock shows the time of a named zone."
        },
        "timezone": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.+\\-/]+)$",
          "description": "Time zone name (e.g. `Europe/Paris`)."
        },
        "timer": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainClockTimer"
          },
          "description": "Settings of one timer device of the guest; the `name` attribute says which."
        }
      },
      "required": [
        "offset"
      ],
      "additionalProperties": false
    },
    "DomainClockVariable": {
      "title": "DomainClockVariable",
      "description": "Guest time keeping: the clock offset and the timer devices.\n\nVariant with `offset` 'variable'.",
      "type": "object",
      "properties": {
        "offset": {
          "type": "string",
          "enum": [
            "variable"
          ],
          "description": "`variable`: the guest may change its clock freely; the offset is kept across restarts."
        },
        "adjustment": {
          "type": "string",
          "pattern": "^(?:[+\\-]?[0-9]+)$",
          "description": "Current offset from the basis, in seconds."
        },
        "basis": {
          "type": "string",
          "enum": [
            "utc",
            "localtime"
          ],
          "description": "What the offset is relative to: `utc` (default) or `localtime`."
        },
        "timer": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainClockTimer"
          },
          "description": "Settings of one timer device of the guest; the `name` attribute says which."
        }
      },
      "required": [
        "offset"
      ],
      "additionalProperties": false
    },
    "DomainClockAbsolute": {
      "title": "DomainClockAbsolute",
      "description": "Guest time keeping: the clock offset and the timer devices.\n\nVariant with `offset` 'absolute'.",
      "type": "object",
      "properties": {
        "offset": {
          "type": "string",
          "enum": [
            "absolute"
          ],
          "description": "`absolute`: the guest clock starts at a fixed time on every boot."
        },
        "start": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Start time as seconds since the Unix epoch."
        },
        "timer": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainClockTimer"
          },
          "description": "Settings of one timer device of the guest; the `name` attribute says which."
        }
      },
      "required": [
        "offset",
        "start"
      ],
      "additionalProperties": false
    },
    "DomainMemorySize": {
      "title": "DomainMemorySize",
      "description": "Memory the guest has at boot, in the given unit (KiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "dumpCore": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether guest memory is included in core dumps of the hypervisor process."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryMax": {
      "title": "DomainMemoryMax",
      "description": "Upper bound for memory hotplug: the largest total the guest may reach (KiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "slots": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of slots available for hotplugged memory modules."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "required": [
        "slots"
      ],
      "additionalProperties": false
    },
    "DomainMemoryCurrent": {
      "title": "DomainMemoryCurrent",
      "description": "Memory actually given to the guest (with the balloon), at most `memory` (KiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryBacking": {
      "title": "DomainMemoryBacking",
      "description": "How guest RAM is allocated on the host: huge pages, sharing, locking and the backing kind.",
      "type": "object",
      "properties": {
        "hugepages": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingHugepages"
            }
          ],
          "description": "Back guest RAM with huge pages; without children the host's default page size is used."
        },
        "nosharepages": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingNosharepages"
            }
          ],
          "description": "Keep the host from merging identical guest pages (KSM)."
        },
        "locked": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingLocked"
            }
          ],
          "description": "Lock guest RAM in host memory so it is never swapped out."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingSource"
            }
          ],
          "description": "Kind of host memory that backs guest RAM."
        },
        "access": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingAccess"
            }
          ],
          "description": "Sharing mode of the backing memory."
        },
        "allocation": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingAllocation"
            }
          ],
          "description": "When guest RAM is allocated."
        },
        "discard": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryBackingDiscard"
            }
          ],
          "description": "Discard the backing memory when the guest stops instead of keeping it."
        }
      },
      "additionalProperties": false
    },
    "DomainVcpu": {
      "title": "DomainVcpu",
      "description": "Maximum number of virtual CPUs of the guest.",
      "type": "object",
      "properties": {
        "placement": {
          "type": "string",
          "enum": [
            "static",
            "auto"
          ],
          "description": "`static` (pinned to `cpuset`, or to all host CPUs) or `auto` (placed on host NUMA nodes by numad)."
        },
        "cpuset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host CPUs the vCPUs may run on by default."
        },
        "current": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of vCPUs online at boot, when fewer than the maximum."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainVcpus": {
      "title": "DomainVcpus",
      "description": "Per-vCPU state: which vCPUs are online, hotpluggable and in which order they come up.",
      "type": "object",
      "properties": {
        "vcpu": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainVcpusVcpu"
          },
          "description": "State of one vCPU."
        }
      },
      "additionalProperties": false
    },
    "DomainIothreads": {
      "title": "DomainIothreads",
      "description": "Number of I/O threads the hypervisor creates for disk and other I/O.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainIothreadids": {
      "title": "DomainIothreadids",
      "description": "Explicit ids of the I/O threads.",
      "type": "object",
      "properties": {
        "iothread": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainIothreadidsIothread"
          },
          "description": "One I/O thread."
        }
      },
      "additionalProperties": false
    },
    "DomainDefaultIothread": {
      "title": "DomainDefaultIothread",
      "description": "Settings of the hypervisor's default event-loop thread.",
      "type": "object",
      "properties": {
        "thread_pool_min": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Minimum number of worker threads in the thread's pool."
        },
        "thread_pool_max": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum number of worker threads in the thread's pool."
        }
      },
      "additionalProperties": false
    },
    "DomainBlkiotune": {
      "title": "DomainBlkiotune",
      "description": "Block I/O cgroup tuning of the whole guest.",
      "type": "object",
      "properties": {
        "weight": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneWeight"
            }
          ],
          "description": "Overall I/O weight of the guest (100 to 1000)."
        },
        "device": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainBlkiotuneDevice"
          },
          "description": "Limits for one host block device."
        }
      },
      "additionalProperties": false
    },
    "DomainMemtune": {
      "title": "DomainMemtune",
      "description": "Memory cgroup limits of the guest process (KiB by default).",
      "type": "object",
      "properties": {
        "hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemtuneHardLimit"
            }
          ],
          "description": "Most host memory the guest process may use."
        },
        "soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemtuneSoftLimit"
            }
          ],
          "description": "Memory limit enforced when the host is under memory pressure."
        },
        "min_guarantee": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemtuneMinGuarantee"
            }
          ],
          "description": "Memory guaranteed to the guest (VMware ESX only)."
        },
        "swap_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemtuneSwapHardLimit"
            }
          ],
          "description": "Most memory plus swap the guest process may use."
        }
      },
      "additionalProperties": false
    },
    "DomainCputune": {
      "title": "DomainCputune",
      "description": "Host CPU scheduling of the guest: shares, bandwidth limits, pinning, real-time scheduling and cache/memory-bandwidth allocation.",
      "type": "object",
      "properties": {
        "shares": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneShares"
            }
          ],
          "description": "Relative CPU weight of the guest against other guests."
        },
        "global_period": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneGlobalPeriod"
            }
          ],
          "description": "Enforcement period for the whole guest, in microseconds."
        },
        "global_quota": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneGlobalQuota"
            }
          ],
          "description": "CPU time per period for the whole guest, in microseconds."
        },
        "period": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputunePeriod"
            }
          ],
          "description": "Enforcement period of each vCPU, in microseconds."
        },
        "quota": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneQuota"
            }
          ],
          "description": "CPU time per period of each vCPU, in microseconds."
        },
        "emulator_period": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneEmulatorPeriod"
            }
          ],
          "description": "Enforcement period of the emulator threads, in microseconds."
        },
        "emulator_quota": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneEmulatorQuota"
            }
          ],
          "description": "CPU time per period of the emulator threads, in microseconds."
        },
        "iothread_period": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneIothreadPeriod"
            }
          ],
          "description": "Enforcement period of each I/O thread, in microseconds."
        },
        "iothread_quota": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneIothreadQuota"
            }
          ],
          "description": "CPU time per period of each I/O thread, in microseconds."
        },
        "vcpupin": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneVcpupin"
          },
          "description": "Pins one vCPU to host CPUs."
        },
        "emulatorpin": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneEmulatorpin"
            }
          ],
          "description": "Pins the emulator threads to host CPUs."
        },
        "iothreadpin": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneIothreadpin"
          },
          "description": "Pins one I/O thread to host CPUs."
        },
        "vcpusched": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneVcpusched"
          },
          "description": "Host scheduler policy of some vCPUs."
        },
        "iothreadsched": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneIothreadsched"
          },
          "description": "Host scheduler policy of some I/O threads."
        },
        "emulatorsched": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCputuneEmulatorsched"
            }
          ],
          "description": "Host scheduler policy of the emulator threads."
        },
        "cachetune": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneCachetune"
          },
          "description": "Host cache allocation (Intel RDT/CAT) and monitoring for some vCPUs."
        },
        "memorytune": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneMemorytune"
          },
          "description": "Host memory bandwidth allocation (Intel RDT/MBA) for some vCPUs."
        }
      },
      "additionalProperties": false
    },
    "DomainNumatune": {
      "title": "DomainNumatune",
      "description": "On which host NUMA nodes guest memory is allocated.",
      "type": "object",
      "properties": {
        "memory": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNumatuneMemory"
            }
          ],
          "description": "Policy for all guest memory."
        },
        "memnode": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNumatuneMemnode"
          },
          "description": "Policy for the memory of one guest NUMA cell."
        }
      },
      "additionalProperties": false
    },
    "DomainResource": {
      "title": "DomainResource",
      "description": "Where the guest sits in the host's resource hierarchy.",
      "type": "object",
      "properties": {
        "partition": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainResourcePartition"
            }
          ],
          "description": "Resource partition (cgroup path), e.g. `/machine`."
        },
        "fibrechannel": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainResourceFibrechannel"
            }
          ],
          "description": "Fibre Channel traffic tagging for the guest."
        }
      },
      "additionalProperties": false
    },
    "DomainFeatures": {
      "title": "DomainFeatures",
      "description": "Hypervisor features turned on or off for the guest; each child is one feature, in any order.",
      "type": "object",
      "properties": {
        "pae": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesPae"
            }
          ],
          "description": "Physical Address Extension (32-bit guests using more than 4 GiB)."
        },
        "apic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesApic"
            }
          ],
          "description": "Programmable interrupt controller (APIC)."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesAcpi"
            }
          ],
          "description": "ACPI, needed for graceful shutdown among other things."
        },
        "hap": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHap"
            }
          ],
          "description": "Hardware assisted paging (EPT/NPT); on by default where available."
        },
        "hyperv": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHyperv"
            }
          ],
          "description": "Hyper-V enlightenments for Windows guests."
        },
        "viridian": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesViridian"
            }
          ],
          "description": "Xen's Hyper-V compatible interface for Windows guests."
        },
        "kvm": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvm"
            }
          ],
          "description": "KVM specific features."
        },
        "xen": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesXen"
            }
          ],
          "description": "Xen specific features."
        },
        "privnet": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesPrivnet"
            }
          ],
          "description": "Give a container a private network namespace even without interfaces."
        },
        "pvspinlock": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesPvspinlock"
            }
          ],
          "description": "Paravirtual spinlocks."
        },
        "capabilities": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilities"
            }
          ],
          "description": "Linux capabilities of a container's processes: a default policy plus per-capability overrides."
        },
        "pmu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesPmu"
            }
          ],
          "description": "Performance monitoring unit of the virtual CPU."
        },
        "vmport": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesVmport"
            }
          ],
          "description": "VMware I/O port emulation (vmmouse and similar)."
        },
        "gic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesGic"
            }
          ],
          "description": "ARM Generic Interrupt Controller."
        },
        "smm": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesSmm"
            }
          ],
          "description": "System Management Mode (needed by Secure Boot firmware)."
        },
        "ioapic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesIoapic"
            }
          ],
          "description": "I/O APIC implementation."
        },
        "hpt": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHpt"
            }
          ],
          "description": "Hashed page table of PowerPC pSeries guests."
        },
        "vmcoreinfo": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesVmcoreinfo"
            }
          ],
          "description": "Device through which the guest kernel publishes its crash dump information."
        },
        "htm": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHtm"
            }
          ],
          "description": "PowerPC Hardware Transactional Memory."
        },
        "nested-hv": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesNestedHv"
            }
          ],
          "description": "PowerPC nested virtualization (KVM-HV inside the guest)."
        },
        "msrs": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesMsrs"
            }
          ],
          "description": "Handling of guest accesses to model-specific registers KVM does not know."
        },
        "ccf-assist": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCcfAssist"
            }
          ],
          "description": "PowerPC count cache flush assist."
        },
        "cfpc": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCfpc"
            }
          ],
          "description": "PowerPC cache flush on privilege change mitigation."
        },
        "sbbc": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesSbbc"
            }
          ],
          "description": "PowerPC speculation barrier bounds checking mitigation."
        },
        "ibs": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesIbs"
            }
          ],
          "description": "PowerPC indirect branch speculation mitigation."
        },
        "tcg": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesTcg"
            }
          ],
          "description": "Options of QEMU's TCG (software emulation) accelerator."
        }
      },
      "additionalProperties": false
    },
    "DomainLifecycleOnReboot": {
      "title": "DomainLifecycleOnReboot",
      "description": "Action when the guest asks for a reboot.",
      "type": "string",
      "enum": [
        "destroy",
        "restart",
        "preserve",
        "rename-restart"
      ]
    },
    "DomainLifecycleOnPoweroff": {
      "title": "DomainLifecycleOnPoweroff",
      "description": "Action when the guest powers itself off.",
      "type": "string",
      "enum": [
        "destroy",
        "restart",
        "preserve",
        "rename-restart"
      ]
    },
    "DomainLifecycleOnCrash": {
      "title": "DomainLifecycleOnCrash",
      "description": "Action when the guest crashes; the `coredump-` variants first dump guest memory.",
      "type": "string",
      "enum": [
        "destroy",
        "restart",
        "preserve",
        "rename-restart",
        "coredump-destroy",
        "coredump-restart"
      ]
    },
    "DomainLifecycleOnLockfailure": {
      "title": "DomainLifecycleOnLockfailure",
      "description": "Action when the lock manager loses the guest's resource locks: `poweroff`, `restart`, `pause` or `ignore`.",
      "type": "string",
      "enum": [
        "poweroff",
        "restart",
        "pause",
        "ignore"
      ]
    },
    "DomainPm": {
      "title": "DomainPm",
      "description": "ACPI sleep states the guest may use; hypervisor defaults apply to states left out.",
      "type": "object",
      "properties": {
        "suspend-to-mem": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainPmSuspendToMem"
            }
          ],
          "description": "Suspend to RAM (S3)."
        },
        "suspend-to-disk": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainPmSuspendToDisk"
            }
          ],
          "description": "Suspend to disk (S4)."
        }
      },
      "additionalProperties": false
    },
    "DomainPerf": {
      "title": "DomainPerf",
      "description": "Perf events to count for the guest; events not listed are off.",
      "type": "object",
      "properties": {
        "event": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainPerfEvent"
          },
          "description": "One perf event."
        }
      },
      "required": [
        "event"
      ],
      "additionalProperties": false
    },
    "DomainIdmap": {
      "title": "DomainIdmap",
      "description": "Maps user and group ids inside a container to ids on the host (user namespaces).",
      "type": "object",
      "properties": {
        "uid": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainIdmapUid"
          },
          "description": "A range of user ids."
        },
        "gid": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainIdmapGid"
          },
          "description": "A range of group ids."
        }
      },
      "additionalProperties": false
    },
    "DomainDevices": {
      "title": "DomainDevices",
      "description": "The guest's hardware: disks, controllers, network interfaces, consoles, graphics and every other device, in any order.",
      "type": "object",
      "properties": {
        "emulator": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDevicesEmulator"
            }
          ],
          "description": "Absolute path of the hypervisor binary (e.g. `/usr/bin/qemu-system-x86_64`); libvirt picks one when absent."
        },
        "disk": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDisk"
          },
          "description": "A block device of the guest backed by host storage."
        },
        "controller": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainController"
          },
          "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to."
        },
        "lease": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainLease"
          },
          "description": "A lock-manager lease held while the domain runs."
        },
        "filesystem": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainFilesystem"
          },
          "description": "A host file system exported to the guest."
        },
        "interface": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterface"
          },
          "description": "A guest network interface card and the host-side connection behind it."
        },
        "input": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInput"
          },
          "description": "An input device of the guest."
        },
        "sound": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSound"
          },
          "description": "An emulated sound card."
        },
        "audio": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainAudio"
          },
          "description": "A host audio backend."
        },
        "hostdev": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainHostdev"
          },
          "description": "A host device assigned to the guest."
        },
        "graphics": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainGraphics"
          },
          "description": "A display frontend that exposes the guest's screen, keyboard and mouse."
        },
        "video": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainVideo"
          },
          "description": "A graphics adapter visible to the guest."
        },
        "console": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainConsole"
          },
          "description": "An interactive text console of the guest; either a full character device, or (older container drivers) just the host `tty` it is reachable on."
        },
        "parallel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainParallel"
          },
          "description": "A parallel port of the guest, connected on the host side to the backend named by `type`."
        },
        "serial": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSerial"
          },
          "description": "A serial port of the guest, connected on the host side to the backend named by `type`."
        },
        "channel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChannel"
          },
          "description": "A private communication channel between host and guest (e.g. the guest agent socket), or a forwarded guest TCP port."
        },
        "smartcard": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSmartcard"
          },
          "description": "A smartcard device attached to a CCID controller."
        },
        "hub": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainHub"
          },
          "description": "An emulated hub giving the guest more ports to plug devices into."
        },
        "redirdev": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainRedirdev"
          },
          "description": "A redirected USB device; the host end is a character stream (usually `spicevmc` or `tcp`)."
        },
        "redirfilter": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainRedirfilter"
          },
          "description": "Rules deciding which USB devices may be redirected; the first matching rule wins."
        },
        "rng": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainRng"
          },
          "description": "A paravirtual random number generator that gives the guest entropy from the host."
        },
        "tpm": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainTpm"
          },
          "description": "A Trusted Platform Module for the guest."
        },
        "shmem": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainShmem"
          },
          "description": "An inter-VM shared memory PCI device (ivshmem)."
        },
        "memory": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainMemoryDevice"
          },
          "description": "A memory module added to the guest besides its base memory; requires `maxMemory` with free slots for the hot-pluggable models."
        },
        "watchdog": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainWatchdog"
            }
          ],
          "description": "A hardware watchdog timer: if the guest stops feeding it, the hypervisor performs `action`."
        },
        "memballoon": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemballoon"
            }
          ],
          "description": "The memory balloon: a guest driver that gives memory back to the host on request and reports memory statistics. Most drivers add one automatically; model `none` disables it."
        },
        "nvram": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDevicesNvram"
            }
          ],
          "description": "The non-volatile RAM device of pSeries guests (firmware settings storage); only its address can be set."
        },
        "panic": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainPanic"
          },
          "description": "A guest crash notifier: lets the guest tell the hypervisor it panicked, so the domain's `on_crash` action can run. Several may be given with different models."
        },
        "iommu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainIommu"
            }
          ],
          "description": "An emulated IOMMU, which translates and isolates device DMA inside the guest (needed e.g. for more than 255 vCPUs with x2APIC or for nested device assignment)."
        },
        "vsock": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVsock"
            }
          ],
          "description": "A virtio VSOCK device (AF_VSOCK sockets between host and guest, addressed by a context ID)."
        }
      },
      "additionalProperties": false
    },
    "DomainSeclabel": {
      "title": "DomainSeclabel",
      "description": "Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "dynamic",
            "static",
            "none"
          ],
          "description": "`dynamic` (the default): libvirt generates a unique label at start."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dynamic"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainSeclabelDynamic"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "static"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSeclabelStatic"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "none"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSeclabelNone"
          }
        }
      ]
    },
    "DomainSeclabelDynamic": {
      "title": "DomainSeclabelDynamic",
      "description": "Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.\n\nVariant with `type` 'dynamic' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "description": "Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent."
        },
        "type": {
          "type": "string",
          "enum": [
            "dynamic"
          ],
          "description": "`dynamic` (the default): libvirt generates a unique label at start."
        },
        "relabel": {
          "type": "string",
          "enum": [
            "yes"
          ],
          "description": "Resources are always relabelled with a dynamic label, so only `yes` is allowed."
        },
        "label": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSeclabelDynamicLabel"
            }
          ],
          "description": "The generated process label; written by libvirt for running guests."
        },
        "imagelabel": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSeclabelDynamicImagelabel"
            }
          ],
          "description": "The generated resource label; written by libvirt for running guests."
        },
        "baselabel": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSeclabelBaselabel"
            }
          ],
          "description": "Template the dynamic label is derived from."
        }
      },
      "additionalProperties": false
    },
    "DomainSeclabelStatic": {
      "title": "DomainSeclabelStatic",
      "description": "Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.\n\nVariant with `type` 'static'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "description": "Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent."
        },
        "type": {
          "type": "string",
          "enum": [
            "static"
          ],
          "description": "`static`: the given label is used as is."
        },
        "relabel": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether resources are relabelled to match (default `no`)."
        },
        "label": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSeclabelStaticLabel"
            }
          ],
          "description": "The process label to use."
        },
        "imagelabel": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSeclabelStaticImagelabel"
            }
          ],
          "description": "The resource label; written by libvirt."
        }
      },
      "required": [
        "type",
        "label"
      ],
      "additionalProperties": false
    },
    "DomainSeclabelNone": {
      "title": "DomainSeclabelNone",
      "description": "Security label of the guest process and its resources for one security driver; the `type` attribute says how the label is chosen.\n\nVariant with `type` 'none'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "description": "Security driver (e.g. `selinux`, `apparmor`, `dac`); the first enabled one when absent."
        },
        "type": {
          "type": "string",
          "enum": [
            "none"
          ],
          "description": "`none`: the guest is left unconfined by this driver."
        },
        "relabel": {
          "type": "string",
          "enum": [
            "no"
          ],
          "description": "Nothing is relabelled, so only `no` is allowed."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainQemuCommandline": {
      "title": "DomainQemuCommandline",
      "description": "Extra arguments and environment variables for the QEMU process.",
      "type": "object",
      "properties": {
        "qemu:arg": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuCommandlineArg"
          },
          "description": "One argument appended to the QEMU command line."
        },
        "qemu:env": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuCommandlineEnv"
          },
          "description": "One environment variable of the QEMU process."
        }
      },
      "additionalProperties": false
    },
    "DomainQemuCapabilities": {
      "title": "DomainQemuCapabilities",
      "description": "Overrides of libvirt's probed QEMU capability flags (for testing and workarounds).",
      "type": "object",
      "properties": {
        "qemu:add": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuCapabilitiesAdd"
          },
          "description": "Pretend QEMU has a capability."
        },
        "qemu:del": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuCapabilitiesDel"
          },
          "description": "Pretend QEMU lacks a capability."
        }
      },
      "additionalProperties": false
    },
    "DomainQemuDeprecation": {
      "title": "DomainQemuDeprecation",
      "description": "How QEMU treats uses of deprecated interfaces.",
      "type": "object",
      "properties": {
        "behavior": {
          "type": "string",
          "enum": [
            "none",
            "omit",
            "reject",
            "crash"
          ],
          "description": "`none` (no change), `omit` (hide deprecated items), `reject` (fail such requests) or `crash` (abort QEMU)."
        }
      },
      "required": [
        "behavior"
      ],
      "additionalProperties": false
    },
    "DomainQemuOverride": {
      "title": "DomainQemuOverride",
      "description": "Low-level overrides of properties of the devices libvirt creates.",
      "type": "object",
      "properties": {
        "qemu:device": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuOverrideDevice"
          },
          "description": "Overrides for one device."
        }
      },
      "additionalProperties": false
    },
    "DomainLxcNamespace": {
      "title": "DomainLxcNamespace",
      "description": "Namespaces a container shares with another container or process instead of getting its own.",
      "type": "object",
      "properties": {
        "lxc:sharenet": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLxcNamespaceSharenet"
            }
          ],
          "description": "Share a network namespace."
        },
        "lxc:shareipc": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLxcNamespaceShareipc"
            }
          ],
          "description": "Share an IPC namespace."
        },
        "lxc:shareuts": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLxcNamespaceShareuts"
            }
          ],
          "description": "Share a UTS (host name) namespace."
        }
      },
      "additionalProperties": false
    },
    "DomainKeywrap": {
      "title": "DomainKeywrap",
      "description": "s390 cryptographic key wrapping settings.",
      "type": "object",
      "properties": {
        "cipher": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainKeywrapCipher"
          },
          "description": "Key wrapping for one cipher family."
        }
      },
      "required": [
        "cipher"
      ],
      "additionalProperties": false
    },
    "DomainLaunchSecurity": {
      "title": "DomainLaunchSecurity",
      "description": "Confidential computing: the guest's memory is protected from the host; `type` names the technology.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "sev",
            "s390-pv"
          ],
          "description": "`sev`: AMD Secure Encrypted Virtualization."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "sev"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainLaunchSecuritySev"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "s390-pv"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainLaunchSecurityS390Pv"
          }
        }
      ]
    },
    "DomainLaunchSecuritySev": {
      "title": "DomainLaunchSecuritySev",
      "description": "Confidential computing: the guest's memory is protected from the host; `type` names the technology.\n\nVariant with `type` 'sev'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "sev"
          ],
          "description": "`sev`: AMD Secure Encrypted Virtualization."
        },
        "kernelHashes": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether hashes of the directly booted kernel, initrd and command line are included in the launch measurement."
        },
        "cbitpos": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecurityCbitpos"
            }
          ],
          "description": "Position of the encryption bit in page table entries."
        },
        "reducedPhysBits": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecurityReducedPhysBits"
            }
          ],
          "description": "Physical address bits lost when encryption is on."
        },
        "policy": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecurityPolicy"
            }
          ],
          "description": "SEV guest policy bits, in hex (e.g. `0x0003`)."
        },
        "handle": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecurityHandle"
            }
          ],
          "description": "Handle of the SEV firmware context to use."
        },
        "dhCert": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecurityDhCert"
            }
          ],
          "description": "Guest owner's Diffie-Hellman certificate, base64 encoded."
        },
        "session": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLaunchSecuritySession"
            }
          ],
          "description": "Guest owner's session parameters, base64 encoded."
        }
      },
      "required": [
        "type",
        "policy"
      ],
      "additionalProperties": false
    },
    "DomainLaunchSecurityS390Pv": {
      "title": "DomainLaunchSecurityS390Pv",
      "description": "Confidential computing: the guest's memory is protected from the host; `type` names the technology.\n\nVariant with `type` 's390-pv'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "s390-pv"
          ],
          "description": "`s390-pv`: IBM Z protected virtualization; no further settings."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainBhyveCommandline": {
      "title": "DomainBhyveCommandline",
      "description": "Extra arguments for the bhyve process.",
      "type": "object",
      "properties": {
        "bhyve:arg": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainBhyveCommandlineArg"
          },
          "description": "One argument, passed verbatim."
        }
      },
      "additionalProperties": false
    },
    "DomainXenCommandline": {
      "title": "DomainXenCommandline",
      "description": "Extra arguments for the device model (QEMU) of a Xen guest.",
      "type": "object",
      "properties": {
        "xen:arg": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainXenCommandlineArg"
          },
          "description": "One argument, passed verbatim."
        }
      },
      "additionalProperties": false
    },
    "DomainVmwareDatacenterPath": {
      "title": "DomainVmwareDatacenterPath",
      "description": "vSphere datacenter path of the guest (set by the ESX driver).",
      "type": "string"
    },
    "DomainCpuModel": {
      "title": "DomainCpuModel",
      "description": "Named CPU model (e.g. `Skylake-Client`, `cortex-a57`); the text may be empty in host modes.",
      "type": "object",
      "properties": {
        "fallback": {
          "type": "string",
          "enum": [
            "allow",
            "forbid"
          ],
          "description": "Whether libvirt may fall back to a nearby model when the hypervisor lacks this one: `allow` or `forbid`."
        },
        "vendor_id": {
          "type": "string",
          "pattern": "^(?:[^,]{12})$",
          "description": "Vendor string reported by CPUID: exactly 12 characters, no commas."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainCpuVendor": {
      "title": "DomainCpuVendor",
      "description": "Required CPU vendor (e.g. `Intel`, `AMD`).",
      "type": "string"
    },
    "DomainCpuTopology": {
      "title": "DomainCpuTopology",
      "description": "How the virtual CPUs are grouped; the product of the numbers is the maximum vCPU count.",
      "type": "object",
      "properties": {
        "sockets": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of CPU sockets."
        },
        "dies": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Dies per socket (default 1)."
        },
        "cores": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Cores per die."
        },
        "threads": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Threads per core."
        }
      },
      "required": [
        "sockets",
        "cores",
        "threads"
      ],
      "additionalProperties": false
    },
    "DomainCpuFeature": {
      "title": "DomainCpuFeature",
      "description": "Fine-tunes one CPU feature (CPUID flag) on top of the model.",
      "type": "object",
      "properties": {
        "policy": {
          "type": "string",
          "enum": [
            "force",
            "require",
            "optional",
            "disable",
            "forbid"
          ],
          "description": "`force` (on even if the host lacks it), `require`, `optional`, `disable` or `forbid` (refuse to start on hosts that have it)."
        },
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9\\-_.]+)$",
          "description": "Feature name as in libvirt's CPU map (e.g. `vmx`, `avx2`)."
        }
      },
      "required": [
        "policy",
        "name"
      ],
      "additionalProperties": false
    },
    "DomainCpuNuma": {
      "title": "DomainCpuNuma",
      "description": "The guest's NUMA topology: one cell per node, plus optional latency and bandwidth data.",
      "type": "object",
      "properties": {
        "cell": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuNumaCell"
          },
          "description": "One guest NUMA node with its vCPUs and memory."
        },
        "interconnects": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuNumaInterconnects"
            }
          ],
          "description": "Access latencies and bandwidths between initiator and target nodes (ACPI HMAT)."
        }
      },
      "required": [
        "cell"
      ],
      "additionalProperties": false
    },
    "DomainCpuCache": {
      "title": "DomainCpuCache",
      "description": "How the guest's CPU cache information is produced.",
      "type": "object",
      "properties": {
        "level": {
          "type": "string",
          "enum": [
            "1",
            "2",
            "3"
          ],
          "description": "Cache level the setting applies to (1, 2 or 3); all levels when absent."
        },
        "mode": {
          "type": "string",
          "enum": [
            "emulate",
            "passthrough",
            "disable"
          ],
          "description": "`emulate` (made-up values), `passthrough` (the host's) or `disable` (no cache information)."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainCpuMaxphysaddr": {
      "title": "DomainCpuMaxphysaddr",
      "description": "Physical address width the guest CPU reports.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "emulate",
            "passthrough"
          ],
          "description": "`passthrough` (the host's width) or `emulate` (the width given in `bits`)."
        },
        "bits": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of address bits."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoBios": {
      "title": "DomainSysinfoBios",
      "description": "SMBIOS type 0 (BIOS information).",
      "type": "object",
      "properties": {
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoBiosEntry"
          },
          "description": "One field; the text is its value."
        }
      },
      "required": [
        "entry"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoSystem": {
      "title": "DomainSysinfoSystem",
      "description": "SMBIOS type 1 (system information).",
      "type": "object",
      "properties": {
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoSystemEntry"
          },
          "description": "One field; the text is its value."
        }
      },
      "required": [
        "entry"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoBaseBoard": {
      "title": "DomainSysinfoBaseBoard",
      "description": "SMBIOS type 2 (baseboard information); may repeat.",
      "type": "object",
      "properties": {
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoBaseBoardEntry"
          },
          "description": "One field; the text is its value."
        }
      },
      "required": [
        "entry"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoChassis": {
      "title": "DomainSysinfoChassis",
      "description": "SMBIOS type 3 (chassis information).",
      "type": "object",
      "properties": {
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoChassisEntry"
          },
          "description": "One field; the text is its value."
        }
      },
      "required": [
        "entry"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoOemStrings": {
      "title": "DomainSysinfoOemStrings",
      "description": "SMBIOS type 11 (OEM strings).",
      "type": "object",
      "properties": {
        "entry": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSysinfoOemStringsEntry"
          },
          "description": "One OEM string."
        }
      },
      "required": [
        "entry"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoEntry": {
      "title": "DomainSysinfoEntry",
      "description": "One blob: either the text itself or the content of a host file.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Blob name as the guest sees it (e.g. `opt/com.example/config`)."
        },
        "file": {
          "type": "string",
          "description": "Host file whose content is the blob."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainOsType": {
      "title": "DomainOsType",
      "description": "Guest type of a Xen PV guest: `xen` (or its synonym `linux`), or `xenpvh`.",
      "type": "object",
      "properties": {
        "arch": {
          "type": "string",
          "enum": [
            "i686",
            "x86_64",
            "ia64",
            "aarch64",
            "alpha",
            "armv6l",
            "armv7l",
            "cris",
            "lm32",
            "m68k",
            "microblaze",
            "microblazeel",
            "mips",
            "mipsel",
            "mips64",
            "mips64el",
            "openrisc",
            "parisc",
            "parisc64",
            "ppc",
            "ppc64",
            "ppc64le",
            "ppcemb",
            "riscv32",
            "riscv64",
            "s390",
            "s390x",
            "sh4",
            "sh4eb",
            "sparc",
            "sparc64",
            "unicore32",
            "xtensa",
            "xtensaeb"
          ],
          "description": "Guest architecture."
        },
        "machine": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                "xenpv",
                "xenfv",
                "xenpvh"
              ]
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9_.\\-]+)$"
            }
          ],
          "description": "Xen machine kind: `xenpv`, `xenfv` or `xenpvh`."
        },
        "#text": {
          "type": "string",
          "enum": [
            "xen",
            "linux",
            "xenpvh",
            "hvm",
            "exe"
          ],
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainOsKernel": {
      "title": "DomainOsKernel",
      "description": "Host path of the kernel image.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsInitrd": {
      "title": "DomainOsInitrd",
      "description": "Host path of the initial ramdisk.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsRoot": {
      "title": "DomainOsRoot",
      "description": "Root device path passed to the kernel (older Xen setups).",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsCmdline": {
      "title": "DomainOsCmdline",
      "description": "Kernel command line.",
      "type": "string"
    },
    "DomainOsDtb": {
      "title": "DomainOsDtb",
      "description": "Host path of a device tree blob for the guest (ARM, PowerPC).",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsFirmware": {
      "title": "DomainOsFirmware",
      "description": "Features the automatically selected firmware must have (or must lack).",
      "type": "object",
      "properties": {
        "feature": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainOsFirmwareFeature"
          },
          "description": "One firmware feature requirement."
        }
      },
      "required": [
        "feature"
      ],
      "additionalProperties": false
    },
    "DomainOsLoader": {
      "title": "DomainOsLoader",
      "description": "The firmware image (BIOS or UEFI) given to the guest; the text is its host path.",
      "type": "object",
      "properties": {
        "readonly": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the image is mapped read-only (usual for UEFI code)."
        },
        "secure": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the firmware needs SMM-protected flash (Secure Boot builds)."
        },
        "type": {
          "type": "string",
          "enum": [
            "rom",
            "pflash"
          ],
          "description": "How the image is mapped: `rom` or `pflash` (emulated flash)."
        },
        "stateless": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` when the firmware keeps no variable store (no NVRAM file)."
        },
        "#text": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                ""
              ]
            },
            {
              "type": "string",
              "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
            }
          ],
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainOsNvram": {
      "title": "DomainOsNvram",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "file",
            "block",
            "dir",
            "network",
            "volume",
            "nvme",
            "vhostuser"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramFile"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "block"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramBlock"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dir"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramDir"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "volume"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramVolume"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "nvme"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramNvme"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vhostuser"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainOsNvramVhostuser"
          }
        }
      ]
    },
    "DomainOsNvramFile": {
      "title": "DomainOsNvramFile",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'file' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        },
        "#text": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                ""
              ]
            },
            {
              "type": "string",
              "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
            }
          ],
          "description": "The text content."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceFile"
            }
          ],
          "description": "Host file holding the image; leave it out for an empty removable drive."
        }
      },
      "additionalProperties": false
    },
    "DomainOsNvramBlock": {
      "title": "DomainOsNvramBlock",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'block'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "block"
          ],
          "description": "Backing kind: a host block device."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceBlock"
            }
          ],
          "description": "Host block device backing the disk."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainOsNvramDir": {
      "title": "DomainOsNvramDir",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'dir'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "dir"
          ],
          "description": "Backing kind: a host directory exposed as a virtual FAT disk."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceDir"
            }
          ],
          "description": "Host directory whose content the guest sees as a disk."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainOsNvramNetwork": {
      "title": "DomainOsNvramNetwork",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Backing kind: an image reached over the network by QEMU's own client."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNetwork"
            }
          ],
          "description": "Network image: protocol, image name and server(s)."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainOsNvramVolume": {
      "title": "DomainOsNvramVolume",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'volume'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "volume"
          ],
          "description": "Backing kind: a volume of a libvirt storage pool."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVolume"
            }
          ],
          "description": "Storage pool volume backing the disk."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainOsNvramNvme": {
      "title": "DomainOsNvramNvme",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'nvme'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "nvme"
          ],
          "description": "Backing kind: a host NVMe controller driven from userspace by QEMU."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNvme"
            }
          ],
          "description": "Host NVMe namespace backing the disk."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainOsNvramVhostuser": {
      "title": "DomainOsNvramVhostuser",
      "description": "Where the UEFI variable store of the guest lives: a host path as text, or a storage source like a disk's.\n\nVariant with `type` 'vhostuser'.",
      "type": "object",
      "properties": {
        "template": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Master variable store copied to create the guest's store when it does not exist yet."
        },
        "type": {
          "type": "string",
          "enum": [
            "vhostuser"
          ],
          "description": "Backing kind: an external vhost-user block backend."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVhostUser"
            }
          ],
          "description": "UNIX socket of the vhost-user backend."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainOsBoot": {
      "title": "DomainOsBoot",
      "description": "One entry of the firmware's boot order; repeat to try several device kinds in turn.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "enum": [
            "hd",
            "fd",
            "cdrom",
            "network"
          ],
          "description": "Device kind to boot from: `hd`, `fd` (floppy), `cdrom` or `network`."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainOsBootmenu": {
      "title": "DomainOsBootmenu",
      "description": "Interactive boot menu of the firmware.",
      "type": "object",
      "properties": {
        "enable": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the menu is shown."
        },
        "timeout": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "How long the menu waits, in milliseconds (0 to 65535)."
        }
      },
      "required": [
        "enable"
      ],
      "additionalProperties": false
    },
    "DomainOsSmbios": {
      "title": "DomainOsSmbios",
      "description": "Where the SMBIOS tables seen by the guest come from.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "emulate",
            "host",
            "sysinfo"
          ],
          "description": "`emulate` (hypervisor defaults), `host` (copy the host's) or `sysinfo` (the domain's `sysinfo` element)."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainOsBios": {
      "title": "DomainOsBios",
      "description": "Legacy BIOS options.",
      "type": "object",
      "properties": {
        "useserial": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether BIOS messages also go to the serial port (Serial Graphics Adapter)."
        },
        "rebootTimeout": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Milliseconds before the BIOS retries booting when nothing bootable is found; -1 disables the retry."
        }
      },
      "additionalProperties": false
    },
    "DomainOsAcpi": {
      "title": "DomainOsAcpi",
      "description": "Extra ACPI tables handed to the guest.",
      "type": "object",
      "properties": {
        "table": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainOsAcpiTable"
          },
          "description": "Host path of one ACPI table file."
        }
      },
      "additionalProperties": false
    },
    "DomainOsInit": {
      "title": "DomainOsInit",
      "description": "Absolute path, inside the container, of the first process to run.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsInitarg": {
      "title": "DomainOsInitarg",
      "description": "One command line argument of the init program.",
      "type": "string"
    },
    "DomainOsInitenv": {
      "title": "DomainOsInitenv",
      "description": "An environment variable for the init program; the text is its value.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z_]+[a-zA-Z0-9_]*)$",
          "description": "Variable name: letters, digits and `_`, not starting with a digit."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainOsInitdir": {
      "title": "DomainOsInitdir",
      "description": "Working directory of the init program.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainOsInituser": {
      "title": "DomainOsInituser",
      "description": "User (name or number) the init program runs as.",
      "type": "string",
      "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$"
    },
    "DomainOsInitgroup": {
      "title": "DomainOsInitgroup",
      "description": "Group (name or number) the init program runs as.",
      "type": "string",
      "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$"
    },
    "DomainClockTimer": {
      "title": "DomainClockTimer",
      "description": "Settings of one timer device of the guest; the `name` attribute says which.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "platform",
            "rtc",
            "tsc",
            "hpet",
            "pit",
            "armvtimer",
            "kvmclock",
            "hypervclock"
          ],
          "description": "`rtc` (real-time clock) or `platform`."
        }
      },
      "required": [
        "name"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "platform",
                  "rtc"
                ]
              }
            },
            "required": [
              "name"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockTimerPlatform"
          }
        },
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "tsc"
                ]
              }
            },
            "required": [
              "name"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockTimerTsc"
          }
        },
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "hpet",
                  "pit",
                  "armvtimer"
                ]
              }
            },
            "required": [
              "name"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockTimerHpet"
          }
        },
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "kvmclock",
                  "hypervclock"
                ]
              }
            },
            "required": [
              "name"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainClockTimerKvmclock"
          }
        }
      ]
    },
    "DomainClockTimerPlatform": {
      "title": "DomainClockTimerPlatform",
      "description": "Settings of one timer device of the guest; the `name` attribute says which.\n\nVariant with `name` one of 'platform', 'rtc'.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "platform",
            "rtc"
          ],
          "description": "`rtc` (real-time clock) or `platform`."
        },
        "track": {
          "type": "string",
          "enum": [
            "boot",
            "guest",
            "wall",
            "realtime"
          ],
          "description": "Time source the timer follows: `boot`, `guest`, `wall` or `realtime`."
        },
        "present": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest gets this timer at all."
        },
        "tickpolicy": {
          "type": "string",
          "enum": [
            "delay",
            "merge",
            "discard",
            "catchup"
          ],
          "description": "What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`."
        },
        "catchup": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainClockTimerCatchup"
            }
          ],
          "description": "Tuning of the catch-up (Xen)."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainClockTimerTsc": {
      "title": "DomainClockTimerTsc",
      "description": "Settings of one timer device of the guest; the `name` attribute says which.\n\nVariant with `name` 'tsc'.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "tsc"
          ],
          "description": "`tsc`: the CPU time stamp counter."
        },
        "frequency": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "TSC frequency in Hz."
        },
        "mode": {
          "type": "string",
          "enum": [
            "auto",
            "native",
            "emulate",
            "paravirt",
            "smpsafe"
          ],
          "description": "How guest TSC reads are served: `auto`, `native`, `emulate`, `paravirt` or `smpsafe`."
        },
        "present": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest gets this timer at all."
        },
        "tickpolicy": {
          "type": "string",
          "enum": [
            "delay",
            "merge",
            "discard",
            "catchup"
          ],
          "description": "What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`."
        },
        "catchup": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainClockTimerCatchup"
            }
          ],
          "description": "Tuning of the catch-up (Xen)."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainClockTimerHpet": {
      "title": "DomainClockTimerHpet",
      "description": "Settings of one timer device of the guest; the `name` attribute says which.\n\nVariant with `name` one of 'hpet', 'pit', 'armvtimer'.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "hpet",
            "pit",
            "armvtimer"
          ],
          "description": "`hpet`, `pit` or `armvtimer`."
        },
        "present": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest gets this timer at all."
        },
        "tickpolicy": {
          "type": "string",
          "enum": [
            "delay",
            "merge",
            "discard",
            "catchup"
          ],
          "description": "What happens to ticks missed while the guest did not run: `delay`, `merge` or `discard`."
        },
        "catchup": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainClockTimerCatchup"
            }
          ],
          "description": "Tuning of the catch-up (Xen)."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainClockTimerKvmclock": {
      "title": "DomainClockTimerKvmclock",
      "description": "Settings of one timer device of the guest; the `name` attribute says which.\n\nVariant with `name` one of 'kvmclock', 'hypervclock'.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "kvmclock",
            "hypervclock"
          ],
          "description": "A paravirtual clock: `kvmclock` or `hypervclock`; only `present` applies."
        },
        "present": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest gets this timer at all."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainMemoryBackingHugepages": {
      "title": "DomainMemoryBackingHugepages",
      "description": "Back guest RAM with huge pages; without children the host's default page size is used.",
      "type": "object",
      "properties": {
        "page": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainMemoryBackingHugepagesPage"
          },
          "description": "A huge page size to use, possibly only for some guest NUMA nodes."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryBackingNosharepages": {
      "title": "DomainMemoryBackingNosharepages",
      "description": "Keep the host from merging identical guest pages (KSM).",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainMemoryBackingLocked": {
      "title": "DomainMemoryBackingLocked",
      "description": "Lock guest RAM in host memory so it is never swapped out.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainMemoryBackingSource": {
      "title": "DomainMemoryBackingSource",
      "description": "Kind of host memory that backs guest RAM.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "file",
            "anonymous",
            "memfd"
          ],
          "description": "`file`, `anonymous` or `memfd`."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainMemoryBackingAccess": {
      "title": "DomainMemoryBackingAccess",
      "description": "Sharing mode of the backing memory.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "shared",
            "private"
          ],
          "description": "`shared` (needed by vhost-user devices) or `private`."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainMemoryBackingAllocation": {
      "title": "DomainMemoryBackingAllocation",
      "description": "When guest RAM is allocated.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "immediate",
            "ondemand"
          ],
          "description": "`immediate` (all at start) or `ondemand` (as the guest touches it)."
        },
        "threads": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of host threads used to preallocate memory."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryBackingDiscard": {
      "title": "DomainMemoryBackingDiscard",
      "description": "Discard the backing memory when the guest stops instead of keeping it.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainVcpusVcpu": {
      "title": "DomainVcpusVcpu",
      "description": "State of one vCPU.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "vCPU number."
        },
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the vCPU is online."
        },
        "hotpluggable": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the vCPU can be unplugged/plugged at run time."
        },
        "order": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Order in which the vCPU is brought online."
        }
      },
      "required": [
        "id",
        "enabled"
      ],
      "additionalProperties": false
    },
    "DomainIothreadidsIothread": {
      "title": "DomainIothreadidsIothread",
      "description": "One I/O thread.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Thread id, referenced by devices (e.g. a disk's `iothread`)."
        },
        "thread_pool_min": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Minimum number of worker threads in the thread's pool."
        },
        "thread_pool_max": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum number of worker threads in the thread's pool."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainBlkiotuneWeight": {
      "title": "DomainBlkiotuneWeight",
      "description": "Overall I/O weight of the guest (100 to 1000).",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainBlkiotuneDevice": {
      "title": "DomainBlkiotuneDevice",
      "description": "Limits for one host block device.",
      "type": "object",
      "properties": {
        "path": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDevicePath"
            }
          ],
          "description": "Host path of the block device."
        },
        "weight": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDeviceWeight"
            }
          ],
          "description": "I/O weight on this device (100 to 1000)."
        },
        "read_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDeviceReadIopsSec"
            }
          ],
          "description": "Read operations per second limit."
        },
        "write_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDeviceWriteIopsSec"
            }
          ],
          "description": "Write operations per second limit."
        },
        "read_bytes_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDeviceReadBytesSec"
            }
          ],
          "description": "Read throughput limit in bytes per second."
        },
        "write_bytes_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainBlkiotuneDeviceWriteBytesSec"
            }
          ],
          "description": "Write throughput limit in bytes per second."
        }
      },
      "required": [
        "path"
      ],
      "additionalProperties": false
    },
    "DomainMemtuneHardLimit": {
      "title": "DomainMemtuneHardLimit",
      "description": "Most host memory the guest process may use.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemtuneSoftLimit": {
      "title": "DomainMemtuneSoftLimit",
      "description": "Memory limit enforced when the host is under memory pressure.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemtuneMinGuarantee": {
      "title": "DomainMemtuneMinGuarantee",
      "description": "Memory guaranteed to the guest (VMware ESX only).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemtuneSwapHardLimit": {
      "title": "DomainMemtuneSwapHardLimit",
      "description": "Most memory plus swap the guest process may use.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainCputuneShares": {
      "title": "DomainCputuneShares",
      "description": "Relative CPU weight of the guest against other guests.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneGlobalPeriod": {
      "title": "DomainCputuneGlobalPeriod",
      "description": "Enforcement period for the whole guest, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneGlobalQuota": {
      "title": "DomainCputuneGlobalQuota",
      "description": "CPU time per period for the whole guest, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:-?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputunePeriod": {
      "title": "DomainCputunePeriod",
      "description": "Enforcement period of each vCPU, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneQuota": {
      "title": "DomainCputuneQuota",
      "description": "CPU time per period of each vCPU, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:-?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneEmulatorPeriod": {
      "title": "DomainCputuneEmulatorPeriod",
      "description": "Enforcement period of the emulator threads, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneEmulatorQuota": {
      "title": "DomainCputuneEmulatorQuota",
      "description": "CPU time per period of the emulator threads, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:-?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneIothreadPeriod": {
      "title": "DomainCputuneIothreadPeriod",
      "description": "Enforcement period of each I/O thread, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneIothreadQuota": {
      "title": "DomainCputuneIothreadQuota",
      "description": "CPU time per period of each I/O thread, in microseconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:-?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneVcpupin": {
      "title": "DomainCputuneVcpupin",
      "description": "Pins one vCPU to host CPUs.",
      "type": "object",
      "properties": {
        "vcpu": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "vCPU number."
        },
        "cpuset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host CPUs it may run on."
        }
      },
      "required": [
        "vcpu",
        "cpuset"
      ],
      "additionalProperties": false
    },
    "DomainCputuneEmulatorpin": {
      "title": "DomainCputuneEmulatorpin",
      "description": "Pins the emulator threads to host CPUs.",
      "type": "object",
      "properties": {
        "cpuset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host CPUs they may run on."
        }
      },
      "required": [
        "cpuset"
      ],
      "additionalProperties": false
    },
    "DomainCputuneIothreadpin": {
      "title": "DomainCputuneIothreadpin",
      "description": "Pins one I/O thread to host CPUs.",
      "type": "object",
      "properties": {
        "iothread": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "I/O thread id."
        },
        "cpuset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host CPUs it may run on."
        }
      },
      "required": [
        "iothread",
        "cpuset"
      ],
      "additionalProperties": false
    },
    "DomainCputuneVcpusched": {
      "title": "DomainCputuneVcpusched",
      "description": "Host scheduler policy of some vCPUs.",
      "type": "object",
      "properties": {
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle",
            "fifo",
            "rr"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "batch",
                  "idle"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneVcpuschedBatch"
          }
        },
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "fifo",
                  "rr"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneVcpuschedFifo"
          }
        }
      ]
    },
    "DomainCputuneVcpuschedBatch": {
      "title": "DomainCputuneVcpuschedBatch",
      "description": "Host scheduler policy of some vCPUs.\n\nVariant with `scheduler` one of 'batch', 'idle'.",
      "type": "object",
      "properties": {
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The vCPUs concerned; all when absent."
        },
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "additionalProperties": false
    },
    "DomainCputuneVcpuschedFifo": {
      "title": "DomainCputuneVcpuschedFifo",
      "description": "Host scheduler policy of some vCPUs.\n\nVariant with `scheduler` one of 'fifo', 'rr'.",
      "type": "object",
      "properties": {
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The vCPUs concerned; all when absent."
        },
        "scheduler": {
          "type": "string",
          "enum": [
            "fifo",
            "rr"
          ],
          "description": "Real-time policy: `fifo` or `rr` (round robin)."
        },
        "priority": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Real-time priority (usually 1 to 99)."
        }
      },
      "required": [
        "scheduler",
        "priority"
      ],
      "additionalProperties": false
    },
    "DomainCputuneIothreadsched": {
      "title": "DomainCputuneIothreadsched",
      "description": "Host scheduler policy of some I/O threads.",
      "type": "object",
      "properties": {
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle",
            "fifo",
            "rr"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "batch",
                  "idle"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneIothreadschedBatch"
          }
        },
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "fifo",
                  "rr"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneIothreadschedFifo"
          }
        }
      ]
    },
    "DomainCputuneIothreadschedBatch": {
      "title": "DomainCputuneIothreadschedBatch",
      "description": "Host scheduler policy of some I/O threads.\n\nVariant with `scheduler` one of 'batch', 'idle'.",
      "type": "object",
      "properties": {
        "iothreads": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The I/O threads concerned; all when absent."
        },
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "additionalProperties": false
    },
    "DomainCputuneIothreadschedFifo": {
      "title": "DomainCputuneIothreadschedFifo",
      "description": "Host scheduler policy of some I/O threads.\n\nVariant with `scheduler` one of 'fifo', 'rr'.",
      "type": "object",
      "properties": {
        "iothreads": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The I/O threads concerned; all when absent."
        },
        "scheduler": {
          "type": "string",
          "enum": [
            "fifo",
            "rr"
          ],
          "description": "Real-time policy: `fifo` or `rr` (round robin)."
        },
        "priority": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Real-time priority (usually 1 to 99)."
        }
      },
      "required": [
        "scheduler",
        "priority"
      ],
      "additionalProperties": false
    },
    "DomainCputuneEmulatorsched": {
      "title": "DomainCputuneEmulatorsched",
      "description": "Host scheduler policy of the emulator threads.",
      "type": "object",
      "properties": {
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle",
            "fifo",
            "rr"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "batch",
                  "idle"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneEmulatorschedBatch"
          }
        },
        {
          "if": {
            "properties": {
              "scheduler": {
                "enum": [
                  "fifo",
                  "rr"
                ]
              }
            },
            "required": [
              "scheduler"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainCputuneEmulatorschedFifo"
          }
        }
      ]
    },
    "DomainCputuneEmulatorschedBatch": {
      "title": "DomainCputuneEmulatorschedBatch",
      "description": "Host scheduler policy of the emulator threads.\n\nVariant with `scheduler` one of 'batch', 'idle'.",
      "type": "object",
      "properties": {
        "scheduler": {
          "type": "string",
          "enum": [
            "batch",
            "idle"
          ],
          "description": "Non real-time policy: `batch` or `idle`."
        }
      },
      "required": [
        "scheduler"
      ],
      "additionalProperties": false
    },
    "DomainCputuneEmulatorschedFifo": {
      "title": "DomainCputuneEmulatorschedFifo",
      "description": "Host scheduler policy of the emulator threads.\n\nVariant with `scheduler` one of 'fifo', 'rr'.",
      "type": "object",
      "properties": {
        "scheduler": {
          "type": "string",
          "enum": [
            "fifo",
            "rr"
          ],
          "description": "Real-time policy: `fifo` or `rr` (round robin)."
        },
        "priority": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Real-time priority (usually 1 to 99)."
        }
      },
      "required": [
        "scheduler",
        "priority"
      ],
      "additionalProperties": false
    },
    "DomainCputuneCachetune": {
      "title": "DomainCputuneCachetune",
      "description": "Host cache allocation (Intel RDT/CAT) and monitoring for some vCPUs.",
      "type": "object",
      "properties": {
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The vCPUs sharing this allocation."
        },
        "id": {
          "type": "string",
          "description": "Name of the resctrl group; written by libvirt."
        },
        "cache": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneCachetuneCache"
          },
          "description": "Amount of one host cache reserved for the vCPUs."
        },
        "monitor": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneCachetuneMonitor"
          },
          "description": "A cache occupancy monitor for some of the vCPUs."
        }
      },
      "required": [
        "vcpus"
      ],
      "additionalProperties": false
    },
    "DomainCputuneMemorytune": {
      "title": "DomainCputuneMemorytune",
      "description": "Host memory bandwidth allocation (Intel RDT/MBA) for some vCPUs.",
      "type": "object",
      "properties": {
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "The vCPUs sharing this allocation."
        },
        "node": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneMemorytuneNode"
          },
          "description": "Bandwidth share on one host memory controller."
        },
        "monitor": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCputuneMemorytuneMonitor"
          },
          "description": "A memory bandwidth monitor for some of the vCPUs."
        }
      },
      "required": [
        "vcpus"
      ],
      "additionalProperties": false
    },
    "DomainNumatuneMemory": {
      "title": "DomainNumatuneMemory",
      "description": "Policy for all guest memory.",
      "type": "object",
      "properties": {
        "placement": {
          "type": "string",
          "enum": [
            "static",
            "auto"
          ],
          "description": "`static`: use the nodes in `nodeset`."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "placement": {
                "enum": [
                  "static"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainNumatuneMemoryStatic"
          }
        },
        {
          "if": {
            "properties": {
              "placement": {
                "enum": [
                  "auto"
                ]
              }
            },
            "required": [
              "placement"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainNumatuneMemoryAuto"
          }
        }
      ]
    },
    "DomainNumatuneMemoryStatic": {
      "title": "DomainNumatuneMemoryStatic",
      "description": "Policy for all guest memory.\n\nVariant with `placement` 'static' (also when `placement` is left out).",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "strict",
            "preferred",
            "interleave",
            "restrictive"
          ],
          "description": "Memory policy (default `strict`)."
        },
        "placement": {
          "type": "string",
          "enum": [
            "static"
          ],
          "description": "`static`: use the nodes in `nodeset`."
        },
        "nodeset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host NUMA nodes to allocate from."
        }
      },
      "additionalProperties": false
    },
    "DomainNumatuneMemoryAuto": {
      "title": "DomainNumatuneMemoryAuto",
      "description": "Policy for all guest memory.\n\nVariant with `placement` 'auto'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "strict",
            "preferred",
            "interleave",
            "restrictive"
          ],
          "description": "Memory policy (default `strict`)."
        },
        "placement": {
          "type": "string",
          "enum": [
            "auto"
          ],
          "description": "`auto`: let numad pick the nodes."
        }
      },
      "required": [
        "placement"
      ],
      "additionalProperties": false
    },
    "DomainNumatuneMemnode": {
      "title": "DomainNumatuneMemnode",
      "description": "Policy for the memory of one guest NUMA cell.",
      "type": "object",
      "properties": {
        "cellid": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Guest cell number."
        },
        "mode": {
          "type": "string",
          "enum": [
            "strict",
            "preferred",
            "interleave",
            "restrictive"
          ],
          "description": "Memory policy for that cell."
        },
        "nodeset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Host NUMA nodes to allocate from."
        }
      },
      "required": [
        "cellid",
        "mode",
        "nodeset"
      ],
      "additionalProperties": false
    },
    "DomainResourcePartition": {
      "title": "DomainResourcePartition",
      "description": "Resource partition (cgroup path), e.g. `/machine`.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainResourceFibrechannel": {
      "title": "DomainResourceFibrechannel",
      "description": "Fibre Channel traffic tagging for the guest.",
      "type": "object",
      "properties": {
        "appid": {
          "type": "string",
          "pattern": "^(?:[ -~]{1,128})$",
          "description": "Application id attached to the guest's FC traffic: 1 to 128 printable ASCII characters."
        }
      },
      "required": [
        "appid"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesPae": {
      "title": "DomainFeaturesPae",
      "description": "Physical Address Extension (32-bit guests using more than 4 GiB).",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainFeaturesApic": {
      "title": "DomainFeaturesApic",
      "description": "Programmable interrupt controller (APIC).",
      "type": "object",
      "properties": {
        "eoi": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Paravirtual end-of-interrupt."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesAcpi": {
      "title": "DomainFeaturesAcpi",
      "description": "ACPI, needed for graceful shutdown among other things.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainFeaturesHap": {
      "title": "DomainFeaturesHap",
      "description": "Hardware assisted paging (EPT/NPT); on by default where available.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesHyperv": {
      "title": "DomainFeaturesHyperv",
      "description": "Hyper-V enlightenments for Windows guests.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "passthrough",
            "custom"
          ],
          "description": "`passthrough`: enable every enlightenment the host supports; no children then."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "mode": {
                "enum": [
                  "passthrough"
                ]
              }
            },
            "required": [
              "mode"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFeaturesHypervPassthrough"
          }
        },
        {
          "if": {
            "properties": {
              "mode": {
                "enum": [
                  "custom"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainFeaturesHypervCustom"
          }
        }
      ]
    },
    "DomainFeaturesHypervPassthrough": {
      "title": "DomainFeaturesHypervPassthrough",
      "description": "Hyper-V enlightenments for Windows guests.\n\nVariant with `mode` 'passthrough'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "passthrough"
          ],
          "description": "`passthrough`: enable every enlightenment the host supports; no children then."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervCustom": {
      "title": "DomainFeaturesHypervCustom",
      "description": "Hyper-V enlightenments for Windows guests.\n\nVariant with `mode` 'custom' (also when `mode` is left out).",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "custom"
          ],
          "description": "`custom` (default): only the listed enlightenments apply."
        },
        "relaxed": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervRelaxed"
            }
          ],
          "description": "Hyper-V enlightenment: relaxed timing: the guest does not treat long waits as hangs."
        },
        "vapic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervVapic"
            }
          ],
          "description": "Hyper-V enlightenment: paravirtual APIC access."
        },
        "spinlocks": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervSpinlocks"
            }
          ],
          "description": "Hyper-V enlightenment: paravirtual spinlock notification after a number of retries."
        },
        "vpindex": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervVpindex"
            }
          ],
          "description": "Hyper-V enlightenment: virtual processor index."
        },
        "runtime": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervRuntime"
            }
          ],
          "description": "Hyper-V enlightenment: processor time accounting."
        },
        "synic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervSynic"
            }
          ],
          "description": "Hyper-V enlightenment: synthetic interrupt controller."
        },
        "stimer": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervStimer"
            }
          ],
          "description": "Hyper-V enlightenment: synthetic timers."
        },
        "reset": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervReset"
            }
          ],
          "description": "Hyper-V enlightenment: hypervisor reset."
        },
        "vendor_id": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervVendorId"
            }
          ],
          "description": "Hyper-V enlightenment: hypervisor vendor id seen by the guest."
        },
        "frequencies": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervFrequencies"
            }
          ],
          "description": "Hyper-V enlightenment: tSC and APIC frequency reporting."
        },
        "reenlightenment": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervReenlightenment"
            }
          ],
          "description": "Hyper-V enlightenment: notification when the TSC frequency changes after migration."
        },
        "tlbflush": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervTlbflush"
            }
          ],
          "description": "Hyper-V enlightenment: paravirtual TLB flush."
        },
        "ipi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervIpi"
            }
          ],
          "description": "Hyper-V enlightenment: paravirtual inter-processor interrupts."
        },
        "evmcs": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervEvmcs"
            }
          ],
          "description": "Hyper-V enlightenment: enlightened VMCS (nested virtualization)."
        },
        "avic": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervAvic"
            }
          ],
          "description": "Hyper-V enlightenment: aMD AVIC interrupt virtualization for Hyper-V guests."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesViridian": {
      "title": "DomainFeaturesViridian",
      "description": "Xen's Hyper-V compatible interface for Windows guests.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainFeaturesKvm": {
      "title": "DomainFeaturesKvm",
      "description": "KVM specific features.",
      "type": "object",
      "properties": {
        "hidden": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvmHidden"
            }
          ],
          "description": "Hide the KVM signature from the guest's CPUID."
        },
        "hint-dedicated": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvmHintDedicated"
            }
          ],
          "description": "Tell the guest its vCPUs run on dedicated host CPUs."
        },
        "poll-control": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvmPollControl"
            }
          ],
          "description": "Let the guest control host-side halt polling."
        },
        "pv-ipi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvmPvIpi"
            }
          ],
          "description": "Paravirtual inter-processor interrupts."
        },
        "dirty-ring": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesKvmDirtyRing"
            }
          ],
          "description": "Track dirty memory with a per-vCPU ring instead of a bitmap."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesXen": {
      "title": "DomainFeaturesXen",
      "description": "Xen specific features.",
      "type": "object",
      "properties": {
        "e820_host": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesXenE820Host"
            }
          ],
          "description": "Give a PV guest the host's memory map (for PCI passthrough)."
        },
        "passthrough": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesXenPassthrough"
            }
          ],
          "description": "Whether the guest may use device passthrough at all."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesPrivnet": {
      "title": "DomainFeaturesPrivnet",
      "description": "Give a container a private network namespace even without interfaces.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainFeaturesPvspinlock": {
      "title": "DomainFeaturesPvspinlock",
      "description": "Paravirtual spinlocks.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesCapabilities": {
      "title": "DomainFeaturesCapabilities",
      "description": "Linux capabilities of a container's processes: a default policy plus per-capability overrides.",
      "type": "object",
      "properties": {
        "policy": {
          "type": "string",
          "enum": [
            "default",
            "allow",
            "deny"
          ],
          "description": "Starting point: `default` (the driver's usual set), `allow` (all) or `deny` (none)."
        },
        "audit_control": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesAuditControl"
            }
          ],
          "description": "Whether the container may write the kernel audit log configuration (CAP_AUDIT_CONTROL)."
        },
        "audit_write": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesAuditWrite"
            }
          ],
          "description": "Whether the container may write records to the kernel audit log (CAP_AUDIT_WRITE)."
        },
        "block_suspend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesBlockSuspend"
            }
          ],
          "description": "Whether the container may prevent system suspend (CAP_BLOCK_SUSPEND)."
        },
        "chown": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesChown"
            }
          ],
          "description": "Whether the container may change file owners (CAP_CHOWN)."
        },
        "dac_override": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesDacOverride"
            }
          ],
          "description": "Whether the container may bypass file permission checks (CAP_DAC_OVERRIDE)."
        },
        "dac_read_search": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesDacReadSearch"
            }
          ],
          "description": "Whether the container may bypass file read and directory search permission checks (CAP_DAC_READ_SEARCH)."
        },
        "fowner": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesFowner"
            }
          ],
          "description": "Whether the container may bypass checks that require owning a file (CAP_FOWNER)."
        },
        "fsetid": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesFsetid"
            }
          ],
          "description": "Whether the container may keep set-user-id and set-group-id bits when modifying files (CAP_FSETID)."
        },
        "ipc_lock": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesIpcLock"
            }
          ],
          "description": "Whether the container may lock memory (CAP_IPC_LOCK)."
        },
        "ipc_owner": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesIpcOwner"
            }
          ],
          "description": "Whether the container may bypass IPC object permission checks (CAP_IPC_OWNER)."
        },
        "kill": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesKill"
            }
          ],
          "description": "Whether the container may send signals to any process (CAP_KILL)."
        },
        "lease": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesLease"
            }
          ],
          "description": "Whether the container may take file leases (CAP_LEASE)."
        },
        "linux_immutable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesLinuxImmutable"
            }
          ],
          "description": "Whether the container may set immutable and append-only file attributes (CAP_LINUX_IMMUTABLE)."
        },
        "mac_admin": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesMacAdmin"
            }
          ],
          "description": "Whether the container may configure mandatory access control (CAP_MAC_ADMIN)."
        },
        "mac_override": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesMacOverride"
            }
          ],
          "description": "Whether the container may override mandatory access control (CAP_MAC_OVERRIDE)."
        },
        "mknod": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesMknod"
            }
          ],
          "description": "Whether the container may create device nodes (CAP_MKNOD)."
        },
        "net_admin": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesNetAdmin"
            }
          ],
          "description": "Whether the container may administer networking (CAP_NET_ADMIN)."
        },
        "net_bind_service": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesNetBindService"
            }
          ],
          "description": "Whether the container may bind to ports below 1024 (CAP_NET_BIND_SERVICE)."
        },
        "net_broadcast": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesNetBroadcast"
            }
          ],
          "description": "Whether the container may send broadcasts and listen to multicast (CAP_NET_BROADCAST)."
        },
        "net_raw": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesNetRaw"
            }
          ],
          "description": "Whether the container may use raw and packet sockets (CAP_NET_RAW)."
        },
        "setgid": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSetgid"
            }
          ],
          "description": "Whether the container may change group ids (CAP_SETGID)."
        },
        "setfcap": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSetfcap"
            }
          ],
          "description": "Whether the container may set file capabilities (CAP_SETFCAP)."
        },
        "setpcap": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSetpcap"
            }
          ],
          "description": "Whether the container may change process capabilities (CAP_SETPCAP)."
        },
        "setuid": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSetuid"
            }
          ],
          "description": "Whether the container may change user ids (CAP_SETUID)."
        },
        "sys_admin": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysAdmin"
            }
          ],
          "description": "Whether the container may perform a wide range of system administration tasks (CAP_SYS_ADMIN)."
        },
        "sys_boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysBoot"
            }
          ],
          "description": "Whether the container may reboot the system (CAP_SYS_BOOT)."
        },
        "sys_chroot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysChroot"
            }
          ],
          "description": "Whether the container may use chroot (CAP_SYS_CHROOT)."
        },
        "sys_module": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysModule"
            }
          ],
          "description": "Whether the container may load kernel modules (CAP_SYS_MODULE)."
        },
        "sys_nice": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysNice"
            }
          ],
          "description": "Whether the container may raise process priority (CAP_SYS_NICE)."
        },
        "sys_pacct": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysPacct"
            }
          ],
          "description": "Whether the container may control process accounting (CAP_SYS_PACCT)."
        },
        "sys_ptrace": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysPtrace"
            }
          ],
          "description": "Whether the container may trace any process (CAP_SYS_PTRACE)."
        },
        "sys_rawio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysRawio"
            }
          ],
          "description": "Whether the container may perform raw I/O (CAP_SYS_RAWIO)."
        },
        "sys_resource": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysResource"
            }
          ],
          "description": "Whether the container may override resource limits (CAP_SYS_RESOURCE)."
        },
        "sys_time": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysTime"
            }
          ],
          "description": "Whether the container may set the system clock (CAP_SYS_TIME)."
        },
        "sys_tty_config": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSysTtyConfig"
            }
          ],
          "description": "Whether the container may configure terminals (CAP_SYS_TTY_CONFIG)."
        },
        "syslog": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesSyslog"
            }
          ],
          "description": "Whether the container may use privileged syslog operations (CAP_SYSLOG)."
        },
        "wake_alarm": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesCapabilitiesWakeAlarm"
            }
          ],
          "description": "Whether the container may set wake-up alarms (CAP_WAKE_ALARM)."
        }
      },
      "required": [
        "policy"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesPmu": {
      "title": "DomainFeaturesPmu",
      "description": "Performance monitoring unit of the virtual CPU.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesVmport": {
      "title": "DomainFeaturesVmport",
      "description": "VMware I/O port emulation (vmmouse and similar).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesGic": {
      "title": "DomainFeaturesGic",
      "description": "ARM Generic Interrupt Controller.",
      "type": "object",
      "properties": {
        "version": {
          "type": "string",
          "enum": [
            "host",
            "2",
            "3"
          ],
          "description": "GIC version: `2`, `3`, or `host` (whatever the host supports)."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesSmm": {
      "title": "DomainFeaturesSmm",
      "description": "System Management Mode (needed by Secure Boot firmware).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "tseg": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesSmmTseg"
            }
          ],
          "description": "Size of the extended TSEG memory area reserved for SMM (MiB by default)."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesIoapic": {
      "title": "DomainFeaturesIoapic",
      "description": "I/O APIC implementation.",
      "type": "object",
      "properties": {
        "driver": {
          "type": "string",
          "enum": [
            "qemu",
            "kvm"
          ],
          "description": "`qemu` (userspace, needed for interrupt remapping with split irqchip) or `kvm` (in kernel)."
        }
      },
      "required": [
        "driver"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHpt": {
      "title": "DomainFeaturesHpt",
      "description": "Hashed page table of PowerPC pSeries guests.",
      "type": "object",
      "properties": {
        "resizing": {
          "type": "string",
          "enum": [
            "enabled",
            "disabled",
            "required"
          ],
          "description": "Whether the table may be resized: `enabled`, `disabled` or `required`."
        },
        "maxpagesize": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHptMaxpagesize"
            }
          ],
          "description": "Largest page size the guest may use to back its memory (KiB by default)."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesVmcoreinfo": {
      "title": "DomainFeaturesVmcoreinfo",
      "description": "Device through which the guest kernel publishes its crash dump information.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesHtm": {
      "title": "DomainFeaturesHtm",
      "description": "PowerPC Hardware Transactional Memory.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesNestedHv": {
      "title": "DomainFeaturesNestedHv",
      "description": "PowerPC nested virtualization (KVM-HV inside the guest).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesMsrs": {
      "title": "DomainFeaturesMsrs",
      "description": "Handling of guest accesses to model-specific registers KVM does not know.",
      "type": "object",
      "properties": {
        "unknown": {
          "type": "string",
          "enum": [
            "ignore",
            "fault"
          ],
          "description": "`ignore` them or `fault` (inject a fault into the guest)."
        }
      },
      "required": [
        "unknown"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCcfAssist": {
      "title": "DomainFeaturesCcfAssist",
      "description": "PowerPC count cache flush assist.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCfpc": {
      "title": "DomainFeaturesCfpc",
      "description": "PowerPC cache flush on privilege change mitigation.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "enum": [
            "broken",
            "workaround",
            "fixed"
          ],
          "description": "Mitigation state offered to the guest."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesSbbc": {
      "title": "DomainFeaturesSbbc",
      "description": "PowerPC speculation barrier bounds checking mitigation.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "enum": [
            "broken",
            "workaround",
            "fixed"
          ],
          "description": "Mitigation state offered to the guest."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesIbs": {
      "title": "DomainFeaturesIbs",
      "description": "PowerPC indirect branch speculation mitigation.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "enum": [
            "broken",
            "workaround",
            "fixed-ibs",
            "fixed-ccd",
            "fixed-na"
          ],
          "description": "`broken`, `workaround`, `fixed-ibs`, `fixed-ccd` or `fixed-na`."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesTcg": {
      "title": "DomainFeaturesTcg",
      "description": "Options of QEMU's TCG (software emulation) accelerator.",
      "type": "object",
      "properties": {
        "tb-cache": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesTcgTbCache"
            }
          ],
          "description": "Size of the translation block cache (KiB by default)."
        }
      },
      "additionalProperties": false
    },
    "DomainPmSuspendToMem": {
      "title": "DomainPmSuspendToMem",
      "description": "Suspend to RAM (S3).",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the state is offered to the guest."
        }
      },
      "additionalProperties": false
    },
    "DomainPmSuspendToDisk": {
      "title": "DomainPmSuspendToDisk",
      "description": "Suspend to disk (S4).",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the state is offered to the guest."
        }
      },
      "additionalProperties": false
    },
    "DomainPerfEvent": {
      "title": "DomainPerfEvent",
      "description": "One perf event.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "cmt",
            "mbmt",
            "mbml",
            "cpu_cycles",
            "instructions",
            "cache_references",
            "cache_misses",
            "branch_instructions",
            "branch_misses",
            "bus_cycles",
            "stalled_cycles_frontend",
            "stalled_cycles_backend",
            "ref_cpu_cycles",
            "cpu_clock",
            "task_clock",
            "page_faults",
            "context_switches",
            "cpu_migrations",
            "page_faults_min",
            "page_faults_maj",
            "alignment_faults",
            "emulation_faults"
          ],
          "description": "Event name (e.g. `cpu_cycles`, `cache_misses`, `cmt`)."
        },
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the event is counted."
        }
      },
      "required": [
        "name",
        "enabled"
      ],
      "additionalProperties": false
    },
    "DomainIdmapUid": {
      "title": "DomainIdmapUid",
      "description": "A range of user ids.",
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "First id inside the container."
        },
        "target": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host id the first container id maps to."
        },
        "count": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of consecutive ids mapped."
        }
      },
      "required": [
        "start",
        "target",
        "count"
      ],
      "additionalProperties": false
    },
    "DomainIdmapGid": {
      "title": "DomainIdmapGid",
      "description": "A range of group ids.",
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "First id inside the container."
        },
        "target": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host id the first container id maps to."
        },
        "count": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of consecutive ids mapped."
        }
      },
      "required": [
        "start",
        "target",
        "count"
      ],
      "additionalProperties": false
    },
    "DomainDevicesEmulator": {
      "title": "DomainDevicesEmulator",
      "description": "Absolute path of the hypervisor binary (e.g. `/usr/bin/qemu-system-x86_64`); libvirt picks one when absent.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainDisk": {
      "title": "DomainDisk",
      "description": "A block device of the guest backed by host storage.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "file",
            "block",
            "dir",
            "network",
            "volume",
            "nvme",
            "vhostuser"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainDiskFile"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "block"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskBlock"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dir"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskDir"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "volume"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskVolume"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "nvme"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskNvme"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vhostuser"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskVhostuser"
          }
        }
      ]
    },
    "DomainDiskFile": {
      "title": "DomainDiskFile",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'file' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceFile"
            }
          ],
          "description": "Host file holding the image; leave it out for an empty removable drive."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskBlock": {
      "title": "DomainDiskBlock",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'block'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom",
            "lun"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "block"
          ],
          "description": "Backing kind: a host block device."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "rawio": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO)."
        },
        "sgio": {
          "type": "string",
          "enum": [
            "filtered",
            "unfiltered"
          ],
          "description": "SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceBlock"
            }
          ],
          "description": "Host block device backing the disk."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskDir": {
      "title": "DomainDiskDir",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'dir'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "dir"
          ],
          "description": "Backing kind: a host directory exposed as a virtual FAT disk."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceDir"
            }
          ],
          "description": "Host directory whose content the guest sees as a disk."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskNetwork": {
      "title": "DomainDiskNetwork",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom",
            "lun"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Backing kind: an image reached over the network by QEMU's own client."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "rawio": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO)."
        },
        "sgio": {
          "type": "string",
          "enum": [
            "filtered",
            "unfiltered"
          ],
          "description": "SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNetwork"
            }
          ],
          "description": "Network image: protocol, image name and server(s)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskVolume": {
      "title": "DomainDiskVolume",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'volume'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom",
            "lun"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "volume"
          ],
          "description": "Backing kind: a volume of a libvirt storage pool."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "rawio": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO)."
        },
        "sgio": {
          "type": "string",
          "enum": [
            "filtered",
            "unfiltered"
          ],
          "description": "SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVolume"
            }
          ],
          "description": "Storage pool volume backing the disk."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskNvme": {
      "title": "DomainDiskNvme",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'nvme'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "nvme"
          ],
          "description": "Backing kind: a host NVMe controller driven from userspace by QEMU."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNvme"
            }
          ],
          "description": "Host NVMe namespace backing the disk."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainDiskVhostuser": {
      "title": "DomainDiskVhostuser",
      "description": "A block device of the guest backed by host storage.\n\nVariant with `type` 'vhostuser'.",
      "type": "object",
      "properties": {
        "device": {
          "type": "string",
          "enum": [
            "floppy",
            "disk",
            "cdrom"
          ],
          "description": "What the guest sees: `disk` (default), `cdrom` or `floppy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "vhostuser"
          ],
          "description": "Backing kind: an external vhost-user block backend."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour for bus='virtio': plain, transitional (legacy+modern) or non-transitional (modern only)."
        },
        "snapshot": {
          "type": "string",
          "enum": [
            "no",
            "internal",
            "external",
            "manual"
          ],
          "description": "Default snapshot handling for this disk: `no`, `internal`, `external` or `manual`."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVhostUser"
            }
          ],
          "description": "UNIX socket of the vhost-user backend."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskDriver"
            }
          ],
          "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode."
        },
        "mirror": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskMirror"
            }
          ],
          "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt)."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTarget"
            }
          ],
          "description": "How the disk appears in the guest: device name and bus."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBackenddomain"
            }
          ],
          "description": "Xen: the driver domain that provides the disk's backend."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskReadonly"
            }
          ],
          "description": "The guest may not write to the disk."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskShareable"
            }
          ],
          "description": "The disk may be used by several domains at once (no caching, no exclusive locks)."
        },
        "transient": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskTransient"
            }
          ],
          "description": "Guest writes go to an overlay that is thrown away when the domain stops."
        },
        "serial": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskSerial"
            }
          ],
          "description": "Serial number reported to the guest."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "iotune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotune"
            }
          ],
          "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "geometry": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskGeometry"
            }
          ],
          "description": "Overrides the BIOS-visible CHS geometry of the disk."
        },
        "blockio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskBlockio"
            }
          ],
          "description": "Overrides the block sizes reported to the guest."
        },
        "wwn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskWwn"
            }
          ],
          "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskVendor"
            }
          ],
          "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters)."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskProduct"
            }
          ],
          "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainController": {
      "title": "DomainController",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "fdc",
            "sata",
            "ccid",
            "isa",
            "scsi",
            "usb",
            "ide",
            "pci",
            "virtio-serial",
            "xenbus"
          ],
          "description": "A floppy disk controller."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "fdc"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerFdc"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "sata"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerSata"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ccid"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerCcid"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "isa"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerIsa"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "scsi"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerScsi"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "usb"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerUsb"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ide"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerIde"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "pci"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerPci"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "virtio-serial"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerVirtioSerial"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "xenbus"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainControllerXenbus"
          }
        }
      ]
    },
    "DomainControllerFdc": {
      "title": "DomainControllerFdc",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'fdc'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "fdc"
          ],
          "description": "A floppy disk controller."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerSata": {
      "title": "DomainControllerSata",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'sata'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "sata"
          ],
          "description": "A SATA (AHCI) controller."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerCcid": {
      "title": "DomainControllerCcid",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'ccid'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "ccid"
          ],
          "description": "A USB CCID smartcard reader that smartcard devices attach to."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerIsa": {
      "title": "DomainControllerIsa",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'isa'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "isa"
          ],
          "description": "The ISA bus."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerScsi": {
      "title": "DomainControllerScsi",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'scsi'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "scsi"
          ],
          "description": "A SCSI host adapter."
        },
        "@model": {
          "type": "string",
          "enum": [
            "auto",
            "buslogic",
            "lsilogic",
            "lsisas1068",
            "vmpvscsi",
            "ibmvscsi",
            "virtio-scsi",
            "lsisas1078",
            "virtio-transitional",
            "virtio-non-transitional",
            "ncr53c90",
            "dc390",
            "am53c974"
          ],
          "description": "Emulated SCSI adapter; chosen by the hypervisor when omitted or `auto`."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerUsb": {
      "title": "DomainControllerUsb",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'usb'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "usb"
          ],
          "description": "A USB host controller."
        },
        "@model": {
          "type": "string",
          "enum": [
            "piix3-uhci",
            "piix4-uhci",
            "ehci",
            "ich9-ehci1",
            "ich9-uhci1",
            "ich9-uhci2",
            "ich9-uhci3",
            "vt82c686b-uhci",
            "pci-ohci",
            "nec-xhci",
            "none",
            "qusb1",
            "qusb2",
            "qemu-xhci"
          ],
          "description": "Emulated USB controller; `none` means the guest gets no USB bus at all."
        },
        "ports": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of root ports of the controller."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "master": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerMaster"
            }
          ],
          "description": "Makes this (UHCI) controller a companion of the EHCI controller with the same index."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerIde": {
      "title": "DomainControllerIde",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'ide'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "ide"
          ],
          "description": "An IDE controller."
        },
        "@model": {
          "type": "string",
          "enum": [
            "piix3",
            "piix4",
            "ich6"
          ],
          "description": "Emulated IDE chipset."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerPci": {
      "title": "DomainControllerPci",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'pci'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "pci"
          ],
          "description": "A PCI or PCI Express bus element."
        },
        "@model": {
          "type": "string",
          "enum": [
            "pci-root",
            "pcie-root",
            "pci-bridge",
            "dmi-to-pci-bridge",
            "pcie-to-pci-bridge",
            "pcie-root-port",
            "pcie-switch-upstream-port",
            "pcie-switch-downstream-port",
            "pci-expander-bus",
            "pcie-expander-bus"
          ],
          "description": "Role in the PCI topology: the root bus of the machine."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerModel"
            }
          ],
          "description": "The emulated device implementing the controller's role."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerPciTarget"
            }
          ],
          "description": "Guest-visible numbering and options of the PCI controller."
        },
        "pcihole64": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerPcihole64"
            }
          ],
          "description": "Size of the 64-bit PCI MMIO window of the root bus; KiB unless `unit` says otherwise."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type",
        "@model"
      ],
      "additionalProperties": false
    },
    "DomainControllerVirtioSerial": {
      "title": "DomainControllerVirtioSerial",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'virtio-serial'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "virtio-serial"
          ],
          "description": "A virtio-serial bus carrying channels and consoles."
        },
        "@model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "ports": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of ports the bus offers."
        },
        "vectors": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of MSI-X vectors of the device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainControllerXenbus": {
      "title": "DomainControllerXenbus",
      "description": "A bus controller (IDE, SCSI, USB, PCI, virtio-serial...) that devices attach to.\n\nVariant with `type` 'xenbus'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of this controller among those of the same type; referenced by device addresses."
        },
        "type": {
          "type": "string",
          "enum": [
            "xenbus"
          ],
          "description": "The Xen paravirtual bus."
        },
        "maxGrantFrames": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum number of grant frames the guest may use."
        },
        "maxEventChannels": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum number of event channels the guest may use."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerDriver"
            }
          ],
          "description": "Hypervisor settings of the controller (mostly for virtio-scsi)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainLease": {
      "title": "DomainLease",
      "description": "A lock-manager lease held while the domain runs.",
      "type": "object",
      "properties": {
        "lockspace": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLeaseLockspace"
            }
          ],
          "description": "Name of the lockspace the lease key lives in."
        },
        "key": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLeaseKey"
            }
          ],
          "description": "Name of the lease within the lockspace."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainLeaseTarget"
            }
          ],
          "description": "The file holding the lease."
        }
      },
      "required": [
        "lockspace",
        "key",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystem": {
      "title": "DomainFilesystem",
      "description": "A host file system exported to the guest.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "mount",
            "bind",
            "file",
            "block",
            "template",
            "ram"
          ],
          "description": "Source kind: a host directory (the default), shared with 9p or virtiofs."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "mount"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemMount"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "bind"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemBind"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemFile"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "block"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemBlock"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "template"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemTemplate"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ram"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemRam"
          }
        }
      ]
    },
    "DomainFilesystemMount": {
      "title": "DomainFilesystemMount",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'mount' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "mount"
          ],
          "description": "Source kind: a host directory (the default), shared with 9p or virtiofs."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "binary": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBinary"
            }
          ],
          "description": "Settings of the virtiofsd daemon libvirt starts for this share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemMountSource"
            }
          ],
          "description": "The shared host directory, or the socket of an externally started virtiofsd."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemBind": {
      "title": "DomainFilesystemBind",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'bind'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "bind"
          ],
          "description": "Source kind: a directory inside the guest bind-mounted elsewhere (containers)."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBindSource"
            }
          ],
          "description": "Directory to bind-mount."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemFile": {
      "title": "DomainFilesystemFile",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'file'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Source kind: an image file mounted in the guest (containers)."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemFileSource"
            }
          ],
          "description": "The image file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemBlock": {
      "title": "DomainFilesystemBlock",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'block'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "block"
          ],
          "description": "Source kind: a host block device mounted in the guest (containers)."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBlockSource"
            }
          ],
          "description": "The host block device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemTemplate": {
      "title": "DomainFilesystemTemplate",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'template'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "template"
          ],
          "description": "Source kind: an OpenVZ template expanded into the guest's root."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTemplateSource"
            }
          ],
          "description": "The template to use."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemRam": {
      "title": "DomainFilesystemRam",
      "description": "A host file system exported to the guest.\n\nVariant with `type` 'ram'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "type": {
          "type": "string",
          "enum": [
            "ram"
          ],
          "description": "Source kind: a RAM-backed file system (tmpfs) of a given size (containers)."
        },
        "accessmode": {
          "type": "string",
          "enum": [
            "passthrough",
            "mapped",
            "squash"
          ],
          "description": "9p security model: `passthrough` (host credentials), `mapped` (attributes in xattrs) or `squash`."
        },
        "multidevs": {
          "type": "string",
          "enum": [
            "default",
            "remap",
            "forbid",
            "warn"
          ],
          "description": "9p handling of several host devices under one export: default, remap, forbid or warn."
        },
        "fmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for files created by the guest (mapped mode)."
        },
        "dmode": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:0[0-7]{3}|[0-7]{1,3})[ \\t\\n\\r]*$",
          "description": "Octal permission mode for directories created by the guest (mapped mode)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemDriver"
            }
          ],
          "description": "How the hypervisor implements the share."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemRamSource"
            }
          ],
          "description": "Size of the RAM file system."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemTarget"
            }
          ],
          "description": "Where the guest finds the file system."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemReadonly"
            }
          ],
          "description": "The guest may only read the file system."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "space_hard_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceHardLimit"
            }
          ],
          "description": "Hard quota of the file system; bytes unless `unit` says otherwise."
        },
        "space_soft_limit": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemSpaceSoftLimit"
            }
          ],
          "description": "Soft quota of the file system; bytes unless `unit` says otherwise."
        }
      },
      "required": [
        "type",
        "source",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainInterface": {
      "title": "DomainInterface",
      "description": "A guest network interface card and the host-side connection behind it.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "network",
            "bridge",
            "ethernet",
            "direct",
            "hostdev",
            "user",
            "internal",
            "mcast",
            "client",
            "server",
            "udp",
            "vhostuser",
            "vdpa",
            "null",
            "vds"
          ],
          "description": "Connect through a libvirt virtual network."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "bridge"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceBridge"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ethernet"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceEthernet"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "direct"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceDirect"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "hostdev"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceHostdev"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "user"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceUser"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "internal"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceInternal"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "mcast",
                  "client"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceMcast"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "server"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceServer"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "udp"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceUdp"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vhostuser"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceVhostuser"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vdpa"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceVdpa"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "null"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceNull"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vds"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceVds"
          }
        }
      ]
    },
    "DomainInterfaceNetwork": {
      "title": "DomainInterfaceNetwork",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Connect through a libvirt virtual network."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceNetworkSource"
            }
          ],
          "description": "The virtual network (and optionally its port group) to use."
        },
        "virtualport": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVirtualport"
            }
          ],
          "description": "IEEE 802.1Qbg (VEPA/VDP) port profile."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceBridge": {
      "title": "DomainInterfaceBridge",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'bridge'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "bridge"
          ],
          "description": "Attach a tap device to an existing host bridge."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBridgeSource"
            }
          ],
          "description": "The host bridge to join."
        },
        "virtualport": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVirtualport"
            }
          ],
          "description": "IEEE 802.1Qbg (VEPA/VDP) port profile."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceEthernet": {
      "title": "DomainInterfaceEthernet",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'ethernet'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "ethernet"
          ],
          "description": "A plain tap (or existing tap/macvtap) device that the host configures itself."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceEthernetSource"
            }
          ],
          "description": "Host-side addresses and routes to set on the tap device."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceDirect": {
      "title": "DomainInterfaceDirect",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'direct'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "direct"
          ],
          "description": "macvtap device stacked directly on a host NIC."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDirectSource"
            }
          ],
          "description": "The physical host interface to stack on."
        },
        "virtualport": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVirtualport"
            }
          ],
          "description": "IEEE 802.1Qbg (VEPA/VDP) port profile."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceHostdev": {
      "title": "DomainInterfaceHostdev",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'hostdev'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "hostdev"
          ],
          "description": "Assign a host network device (SR-IOV VF or USB NIC) to the guest."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets libvirt detach the device from its host driver before start and reattach it afterwards."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceHostdevSource"
            }
          ],
          "description": "Which host device to assign."
        },
        "virtualport": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVirtualport"
            }
          ],
          "description": "IEEE 802.1Qbg (VEPA/VDP) port profile."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceUser": {
      "title": "DomainInterfaceUser",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'user'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "user"
          ],
          "description": "User-mode networking (SLIRP or passt), no host privileges needed."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceUserSource"
            }
          ],
          "description": "Host interface the user-mode stack binds to (passt only)."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceInternal": {
      "title": "DomainInterfaceInternal",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'internal'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "internal"
          ],
          "description": "A hypervisor-internal network (VirtualBox)."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceInternalSource"
            }
          ],
          "description": "The internal network to join."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceMcast": {
      "title": "DomainInterfaceMcast",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` one of 'mcast', 'client'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "mcast",
            "client"
          ],
          "description": "mcast joins a multicast group shared by several guests; client connects to a guest in server mode."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMcastSource"
            }
          ],
          "description": "The multicast group or server to reach."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceServer": {
      "title": "DomainInterfaceServer",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'server'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "server"
          ],
          "description": "Listen for one tunnel peer (a guest using type client)."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceServerSource"
            }
          ],
          "description": "Where to listen."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceUdp": {
      "title": "DomainInterfaceUdp",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'udp'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "udp"
          ],
          "description": "Point-to-point UDP tunnel to another guest."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceUdpSource"
            }
          ],
          "description": "The remote end of the tunnel."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVhostuser": {
      "title": "DomainInterfaceVhostuser",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'vhostuser'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vhostuser"
          ],
          "description": "Packets go to a vhost-user backend process (e.g. OVS-DPDK) over a UNIX socket."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVhostuserSource"
            }
          ],
          "description": "The vhost-user UNIX socket."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVdpa": {
      "title": "DomainInterfaceVdpa",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'vdpa'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vdpa"
          ],
          "description": "A vDPA device accelerating virtio-net in hardware."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVdpaSource"
            }
          ],
          "description": "The host vhost-vdpa character device."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceNull": {
      "title": "DomainInterfaceNull",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'null'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "null"
          ],
          "description": "A card with no host connection (used by some hypervisors such as VMware)."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVds": {
      "title": "DomainInterfaceVds",
      "description": "A guest network interface card and the host-side connection behind it.\n\nVariant with `type` 'vds'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vds"
          ],
          "description": "A port on a VMware vSphere distributed switch."
        },
        "trustGuestRxFilters": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the guest change the host-side MAC/multicast receive filters (macvtap only); default no."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVdsSource"
            }
          ],
          "description": "The distributed switch port."
        },
        "link": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceLink"
            }
          ],
          "description": "Virtual link state as seen by the guest."
        },
        "mtu": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetMtu"
            }
          ],
          "description": "Maximum transmission unit of the link."
        },
        "coalesce": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesce"
            }
          ],
          "description": "Interrupt coalescing of the host-side device."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTarget"
            }
          ],
          "description": "The host-side device (tap/macvtap) backing the card."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceGuest"
            }
          ],
          "description": "Name of the interface inside the guest (containers)."
        },
        "mac": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceMac"
            }
          ],
          "description": "The card's hardware address; generated when absent."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "portForward": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForward"
          },
          "description": "Forward host ports to the guest (user-mode/passt backend)."
        },
        "script": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceScript"
            }
          ],
          "description": "Script run on the host to set up the tap device after it is created."
        },
        "downscript": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDownscript"
            }
          ],
          "description": "Script run on the host when the tap device is torn down."
        },
        "backenddomain": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackenddomain"
            }
          ],
          "description": "Xen driver domain that provides the backend of this card."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceModel"
            }
          ],
          "description": "The emulated NIC model shown to the guest."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceBackend"
            }
          ],
          "description": "Overrides how the host side of the card is provided."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriver"
            }
          ],
          "description": "Backend driver of the card and its tuning knobs."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "filterref": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetFilterRef"
            }
          ],
          "description": "Attaches an nwfilter traffic filter to the port."
        },
        "tune": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTune"
            }
          ],
          "description": "Host-side tuning of the tap device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "bandwidth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidth"
            }
          ],
          "description": "Quality-of-service limits for the traffic of this port; each direction is optional."
        },
        "vlan": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetVlan"
            }
          ],
          "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it)."
        },
        "port": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetPortOptions"
            }
          ],
          "description": "Per-port switch settings."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInput": {
      "title": "DomainInput",
      "description": "An input device of the guest.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "tablet",
            "mouse",
            "keyboard",
            "passthrough",
            "evdev"
          ],
          "description": "tablet (absolute pointer), mouse (relative pointer) or keyboard."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "tablet",
                  "mouse",
                  "keyboard"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInputTablet"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "passthrough"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInputPassthrough"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "evdev"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInputEvdev"
          }
        }
      ]
    },
    "DomainInputTablet": {
      "title": "DomainInputTablet",
      "description": "An input device of the guest.\n\nVariant with `type` one of 'tablet', 'mouse', 'keyboard'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "tablet",
            "mouse",
            "keyboard"
          ],
          "description": "tablet (absolute pointer), mouse (relative pointer) or keyboard."
        },
        "bus": {
          "type": "string",
          "enum": [
            "ps2",
            "usb",
            "xen",
            "virtio"
          ],
          "description": "Bus the device sits on: ps2, usb, xen or virtio; the hypervisor default when absent."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "virtio device flavour: virtio, virtio-transitional or virtio-non-transitional."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInputDriver"
            }
          ],
          "description": "virtio transport options of a virtio input device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInputPassthrough": {
      "title": "DomainInputPassthrough",
      "description": "An input device of the guest.\n\nVariant with `type` 'passthrough'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "passthrough"
          ],
          "description": "Forward a host evdev device to the guest through virtio-input."
        },
        "bus": {
          "type": "string",
          "enum": [
            "virtio"
          ],
          "description": "Always virtio for passthrough."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "virtio device flavour: virtio, virtio-transitional or virtio-non-transitional."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInputDriver"
            }
          ],
          "description": "virtio transport options of a virtio input device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInputPassthroughSource"
            }
          ],
          "description": "The host event device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type",
        "bus",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainInputEvdev": {
      "title": "DomainInputEvdev",
      "description": "An input device of the guest.\n\nVariant with `type` 'evdev'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "evdev"
          ],
          "description": "Let QEMU read a host evdev device and feed the events to the guest's emulated devices."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "virtio device flavour: virtio, virtio-transitional or virtio-non-transitional."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInputDriver"
            }
          ],
          "description": "virtio transport options of a virtio input device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInputEvdevSource"
            }
          ],
          "description": "The host event device and how it is grabbed."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainSound": {
      "title": "DomainSound",
      "description": "An emulated sound card.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "sb16",
            "es1370",
            "pcspk",
            "ac97",
            "ich6",
            "ich7",
            "ich9",
            "usb"
          ],
          "description": "Card model: sb16, es1370, pcspk, ac97, ich6/ich7/ich9 (Intel HDA) or usb (USB audio)."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "audio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioReference"
            }
          ],
          "description": "Routes this device's sound through the audio backend with the given id."
        },
        "codec": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSoundCodec"
          },
          "description": "A codec attached to an HDA card; a duplex codec is used when none is given."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainAudio": {
      "title": "DomainAudio",
      "description": "A host audio backend.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "none",
            "alsa",
            "coreaudio",
            "dbus",
            "jack",
            "oss",
            "pulseaudio",
            "sdl",
            "spice",
            "file"
          ],
          "description": "No host audio: sound is discarded and recording is silent."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "none"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioNone"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "alsa"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioAlsa"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "coreaudio"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioCoreaudio"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dbus"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioDbus"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "jack"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioJack"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "oss"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioOss"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "pulseaudio"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioPulseaudio"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "sdl"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioSdl"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "spice"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioSpice"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainAudioFile"
          }
        }
      ]
    },
    "DomainAudioNone": {
      "title": "DomainAudioNone",
      "description": "A host audio backend.\n\nVariant with `type` 'none'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "none"
          ],
          "description": "No host audio: sound is discarded and recording is silent."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioAlsa": {
      "title": "DomainAudioAlsa",
      "description": "A host audio backend.\n\nVariant with `type` 'alsa'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "alsa"
          ],
          "description": "ALSA on the host."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioAlsaInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioAlsaOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioCoreaudio": {
      "title": "DomainAudioCoreaudio",
      "description": "A host audio backend.\n\nVariant with `type` 'coreaudio'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "coreaudio"
          ],
          "description": "macOS Core Audio."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioCoreaudioInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioCoreaudioOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioDbus": {
      "title": "DomainAudioDbus",
      "description": "A host audio backend.\n\nVariant with `type` 'dbus'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "dbus"
          ],
          "description": "Audio exported over D-Bus to a dbus graphics client."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioJack": {
      "title": "DomainAudioJack",
      "description": "A host audio backend.\n\nVariant with `type` 'jack'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "jack"
          ],
          "description": "The JACK audio server."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioJackInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioJackOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioOss": {
      "title": "DomainAudioOss",
      "description": "A host audio backend.\n\nVariant with `type` 'oss'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "oss"
          ],
          "description": "The Open Sound System."
        },
        "tryMMap": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Try memory-mapped buffers."
        },
        "exclusive": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Open the device in exclusive mode."
        },
        "dspPolicy": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "OSS timing policy (0-10; -1 uses fragment mode)."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioOssInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioOssOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioPulseaudio": {
      "title": "DomainAudioPulseaudio",
      "description": "A host audio backend.\n\nVariant with `type` 'pulseaudio'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "pulseaudio"
          ],
          "description": "PulseAudio (or PipeWire's PulseAudio server)."
        },
        "serverName": {
          "type": "string",
          "description": "Address of the PulseAudio server; the default server when absent."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioPulseaudioInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioPulseaudioOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioSdl": {
      "title": "DomainAudioSdl",
      "description": "A host audio backend.\n\nVariant with `type` 'sdl'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "sdl"
          ],
          "description": "SDL's audio layer."
        },
        "driver": {
          "type": "string",
          "enum": [
            "esd",
            "alsa",
            "arts",
            "pulseaudio"
          ],
          "description": "SDL audio driver to use."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioSdlInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioSdlOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioSpice": {
      "title": "DomainAudioSpice",
      "description": "A host audio backend.\n\nVariant with `type` 'spice'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "spice"
          ],
          "description": "Audio sent to SPICE clients."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioFile": {
      "title": "DomainAudioFile",
      "description": "A host audio backend.\n\nVariant with `type` 'file'.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Number (1-255 in practice) that sound devices and graphics use to refer to this backend."
        },
        "timerPeriod": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Period of the audio timer in microseconds."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Playback written to a WAV file; recording is silent."
        },
        "path": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "Output file path."
        },
        "input": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsInput"
            }
          ],
          "description": "Recording settings."
        },
        "output": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioDirectionsOutput"
            }
          ],
          "description": "Playback settings."
        }
      },
      "required": [
        "id",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainHostdev": {
      "title": "DomainHostdev",
      "description": "A host device assigned to the guest.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "pci",
            "usb",
            "scsi",
            "scsi_host",
            "mdev",
            "storage",
            "misc",
            "net"
          ],
          "description": "A host PCI device (or SR-IOV virtual function)."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "pci"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevPci"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "usb"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevUsb"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "scsi"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsi"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "scsi_host"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsiHost"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "mdev"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevMdev"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "storage"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevStorage"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "misc"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevMisc"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "net"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevNet"
          }
        }
      ]
    },
    "DomainHostdevPci": {
      "title": "DomainHostdevPci",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'pci'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "subsystem"
          ],
          "description": "`subsystem` (the default): assign a device of a host bus."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the device from its host driver at start and gives it back at stop."
        },
        "type": {
          "type": "string",
          "enum": [
            "pci"
          ],
          "description": "A host PCI device (or SR-IOV virtual function)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevDriver"
            }
          ],
          "description": "Host-side assignment mechanism."
        },
        "teaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceTeaming"
            }
          ],
          "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevPciSource"
            }
          ],
          "description": "The host PCI device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevUsb": {
      "title": "DomainHostdevUsb",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'usb'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "subsystem"
          ],
          "description": "`subsystem` (the default): assign a device of a host bus."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the device from its host driver at start and gives it back at stop."
        },
        "type": {
          "type": "string",
          "enum": [
            "usb"
          ],
          "description": "A host USB device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevUsbSource"
            }
          ],
          "description": "The host USB device, found by vendor/product ID and/or bus/device address."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsi": {
      "title": "DomainHostdevScsi",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'scsi'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "subsystem"
          ],
          "description": "`subsystem` (the default): assign a device of a host bus."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the device from its host driver at start and gives it back at stop."
        },
        "type": {
          "type": "string",
          "enum": [
            "scsi"
          ],
          "description": "A host SCSI LUN."
        },
        "sgio": {
          "type": "string",
          "enum": [
            "filtered",
            "unfiltered"
          ],
          "description": "SG_IO filtering of SCSI commands: `filtered` (default) or `unfiltered`."
        },
        "rawio": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the guest may issue raw I/O commands (needs CAP_SYS_RAWIO)."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiSource"
            }
          ],
          "description": "Where the LUN is: behind a host SCSI adapter or on an iSCSI target."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsiHost": {
      "title": "DomainHostdevScsiHost",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'scsi_host'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "subsystem"
          ],
          "description": "`subsystem` (the default): assign a device of a host bus."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the device from its host driver at start and gives it back at stop."
        },
        "type": {
          "type": "string",
          "enum": [
            "scsi_host"
          ],
          "description": "A vhost-scsi target served by the host kernel (LIO)."
        },
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Virtio device flavour: plain, transitional or non-transitional."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiHostSource"
            }
          ],
          "description": "The vhost-scsi target."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevMdev": {
      "title": "DomainHostdevMdev",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'mdev'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "subsystem"
          ],
          "description": "`subsystem` (the default): assign a device of a host bus."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the device from its host driver at start and gives it back at stop."
        },
        "type": {
          "type": "string",
          "enum": [
            "mdev"
          ],
          "description": "A mediated device (vGPU, channel I/O or crypto adapter slice) created on the host."
        },
        "model": {
          "type": "string",
          "enum": [
            "vfio-pci",
            "vfio-ccw",
            "vfio-ap"
          ],
          "description": "Device API the mediated device exposes: vfio-pci, vfio-ccw or vfio-ap."
        },
        "ramfb": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Expose a ramfb boot display for a vfio-pci vGPU."
        },
        "display": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Use the vGPU as the domain's display source."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevMdevSource"
            }
          ],
          "description": "The mediated device on the host."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "type",
        "model",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevStorage": {
      "title": "DomainHostdevStorage",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'storage'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "capabilities"
          ],
          "description": "`capabilities`: give a container access to a host resource."
        },
        "type": {
          "type": "string",
          "enum": [
            "storage"
          ],
          "description": "Resource kind: a host block device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevStorageSource"
            }
          ],
          "description": "The host block device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "mode",
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevMisc": {
      "title": "DomainHostdevMisc",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'misc'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "capabilities"
          ],
          "description": "`capabilities`: give a container access to a host resource."
        },
        "type": {
          "type": "string",
          "enum": [
            "misc"
          ],
          "description": "Resource kind: a host character device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevMiscSource"
            }
          ],
          "description": "The host character device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "mode",
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainHostdevNet": {
      "title": "DomainHostdevNet",
      "description": "A host device assigned to the guest.\n\nVariant with `type` 'net'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "capabilities"
          ],
          "description": "`capabilities`: give a container access to a host resource."
        },
        "type": {
          "type": "string",
          "enum": [
            "net"
          ],
          "description": "Resource kind: a host network interface moved into the container."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevNetSource"
            }
          ],
          "description": "The host network interface."
        },
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        },
        "rom": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceRom"
            }
          ],
          "description": "The option ROM a PCI device exposes to the guest."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevReadonly"
            }
          ],
          "description": "SCSI: the guest may only read the device."
        },
        "shareable": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevShareable"
            }
          ],
          "description": "SCSI: the device may be assigned to several domains at once."
        }
      },
      "required": [
        "mode",
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainGraphics": {
      "title": "DomainGraphics",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "sdl",
            "vnc",
            "spice",
            "rdp",
            "desktop",
            "egl-headless",
            "dbus"
          ],
          "description": "A local SDL window on the host's X display."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "sdl"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsSdl"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vnc"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsVnc"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "spice"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsSpice"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "rdp"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsRdp"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "desktop"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsDesktop"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "egl-headless"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsEglHeadless"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dbus"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsDbus"
          }
        }
      ]
    },
    "DomainGraphicsSdl": {
      "title": "DomainGraphicsSdl",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'sdl'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "sdl"
          ],
          "description": "A local SDL window on the host's X display."
        },
        "display": {
          "type": "string",
          "description": "X display to open the window on, e.g. :0."
        },
        "xauth": {
          "type": "string",
          "description": "Path of the X authority file."
        },
        "fullscreen": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes opens the window full screen."
        },
        "gl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsSdlGl"
            }
          ],
          "description": "OpenGL acceleration of the window."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsVnc": {
      "title": "DomainGraphicsVnc",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'vnc'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vnc"
          ],
          "description": "A VNC server."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "TCP port of the server (5900 + display number); -1 or absent with autoport picks one."
        },
        "autoport": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets libvirt choose a free port at start."
        },
        "websocket": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Additional port serving VNC over WebSocket; -1 picks one."
        },
        "@listen": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            }
          ],
          "description": "Address to listen on (older spelling of the listen element)."
        },
        "sharePolicy": {
          "type": "string",
          "enum": [
            "allow-exclusive",
            "force-shared",
            "ignore"
          ],
          "description": "How concurrent clients share the display."
        },
        "powerControl": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets VNC clients reboot/shut down the guest."
        },
        "socket": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Listen on this UNIX socket instead of TCP."
        },
        "passwd": {
          "type": "string",
          "description": "Password clients must give, in clear text."
        },
        "keymap": {
          "type": "string",
          "description": "Keyboard layout used to translate key events, e.g. en-us."
        },
        "passwdValidTo": {
          "type": "string",
          "description": "Time (UTC, xsd:dateTime) after which the password expires."
        },
        "connected": {
          "type": "string",
          "enum": [
            "keep"
          ],
          "description": "What happens to connected clients when the password changes: keep them."
        },
        "audio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioReference"
            }
          ],
          "description": "Routes this device's sound through the audio backend with the given id."
        },
        "listen": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainGraphicsListen"
          },
          "description": "One place the server listens on."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsSpice": {
      "title": "DomainGraphicsSpice",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'spice'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "spice"
          ],
          "description": "A SPICE server."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Plain-text TCP port; -1 with autoport picks one."
        },
        "tlsPort": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "TLS-encrypted TCP port; -1 with autoport picks one."
        },
        "autoport": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets libvirt choose free ports at start."
        },
        "@listen": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            }
          ],
          "description": "Address to listen on (older spelling of the listen element)."
        },
        "passwd": {
          "type": "string",
          "description": "Password clients must give, in clear text."
        },
        "keymap": {
          "type": "string",
          "description": "Keyboard layout used to translate key events, e.g. en-us."
        },
        "passwdValidTo": {
          "type": "string",
          "description": "Time (UTC, xsd:dateTime) after which the password expires."
        },
        "connected": {
          "type": "string",
          "enum": [
            "fail",
            "disconnect",
            "keep"
          ],
          "description": "What happens to connected clients when the password changes."
        },
        "defaultMode": {
          "type": "string",
          "enum": [
            "any",
            "secure",
            "insecure"
          ],
          "description": "Default security mode of channels not listed explicitly."
        },
        "listen": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainGraphicsListen"
          },
          "description": "One place the server listens on."
        },
        "channel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainGraphicsChannel"
          },
          "description": "Security policy of one SPICE channel."
        },
        "image": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsImage"
            }
          ],
          "description": "Lossless image compression."
        },
        "jpeg": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsJpeg"
            }
          ],
          "description": "Lossy JPEG compression over WAN links."
        },
        "zlib": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsZlib"
            }
          ],
          "description": "zlib compression of images over WAN links."
        },
        "playback": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsPlayback"
            }
          ],
          "description": "Audio playback stream compression."
        },
        "streaming": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsStreaming"
            }
          ],
          "description": "Detection of video regions sent as a stream."
        },
        "clipboard": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsClipboard"
            }
          ],
          "description": "Clipboard sharing with the client."
        },
        "mouse": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsMouse"
            }
          ],
          "description": "Mouse handling mode."
        },
        "filetransfer": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsFiletransfer"
            }
          ],
          "description": "Drag-and-drop file transfer to the guest."
        },
        "gl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsGl"
            }
          ],
          "description": "OpenGL acceleration of the display."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsRdp": {
      "title": "DomainGraphicsRdp",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'rdp'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "rdp"
          ],
          "description": "An RDP server (VirtualBox)."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "TCP port of the server."
        },
        "autoport": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes lets the hypervisor choose the port."
        },
        "replaceUser": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes drops an existing client when a new one connects."
        },
        "multiUser": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes allows several simultaneous clients."
        },
        "@listen": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            }
          ],
          "description": "Address to listen on (older spelling of the listen element)."
        },
        "listen": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainGraphicsListen"
          },
          "description": "One place the server listens on."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsDesktop": {
      "title": "DomainGraphicsDesktop",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'desktop'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "desktop"
          ],
          "description": "A window on the host desktop (VirtualBox)."
        },
        "display": {
          "type": "string",
          "description": "X display to use."
        },
        "fullscreen": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes opens the window full screen."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsEglHeadless": {
      "title": "DomainGraphicsEglHeadless",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'egl-headless'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "egl-headless"
          ],
          "description": "OpenGL rendering without a display, combined with a remote protocol such as VNC."
        },
        "gl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsEglHeadlessGl"
            }
          ],
          "description": "Rendering device selection."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsDbus": {
      "title": "DomainGraphicsDbus",
      "description": "A display frontend that exposes the guest's screen, keyboard and mouse.\n\nVariant with `type` 'dbus'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "dbus"
          ],
          "description": "Export the display over D-Bus for local clients."
        },
        "address": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "D-Bus bus address to export on; the session bus of libvirt when absent."
        },
        "p2p": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses peer-to-peer connections instead of a bus."
        },
        "gl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainGraphicsGl"
            }
          ],
          "description": "OpenGL acceleration of the display."
        },
        "audio": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioReference"
            }
          ],
          "description": "Routes this device's sound through the audio backend with the given id."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainVideo": {
      "title": "DomainVideo",
      "description": "A graphics adapter visible to the guest.",
      "type": "object",
      "properties": {
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoDriver"
            }
          ],
          "description": "How the adapter is implemented on the host."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoModel"
            }
          ],
          "description": "The adapter model and its memory layout."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "additionalProperties": false
    },
    "DomainConsole": {
      "title": "DomainConsole",
      "description": "An interactive text console of the guest; either a full character device, or (older container drivers) just the host `tty` it is reachable on.",
      "type": "object",
      "properties": {
        "tty": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests."
        },
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevTarget"
            }
          ],
          "description": "How the device appears inside the guest: its bus/kind, port number and emulated hardware model."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "additionalProperties": false
    },
    "DomainParallel": {
      "title": "DomainParallel",
      "description": "A parallel port of the guest, connected on the host side to the backend named by `type`.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "tty": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevTarget"
            }
          ],
          "description": "How the device appears inside the guest: its bus/kind, port number and emulated hardware model."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainSerial": {
      "title": "DomainSerial",
      "description": "A serial port of the guest, connected on the host side to the backend named by `type`.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "tty": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Host terminal the device ended up on (e.g. the allocated `/dev/pts/N` of a `pty` backend); reported by libvirt for running guests."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevTarget"
            }
          ],
          "description": "How the device appears inside the guest: its bus/kind, port number and emulated hardware model."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainChannel": {
      "title": "DomainChannel",
      "description": "A private communication channel between host and guest (e.g. the guest agent socket), or a forwarded guest TCP port.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChannelTarget"
            }
          ],
          "description": "A virtio-serial port in the guest."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainSmartcard": {
      "title": "DomainSmartcard",
      "description": "A smartcard device attached to a CCID controller.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "host",
            "host-certificates",
            "passthrough"
          ],
          "description": "`host`: QEMU forwards requests to the host's smartcard reader through NSS."
        }
      },
      "required": [
        "mode"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "mode": {
                "enum": [
                  "host"
                ]
              }
            },
            "required": [
              "mode"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSmartcardHost"
          }
        },
        {
          "if": {
            "properties": {
              "mode": {
                "enum": [
                  "host-certificates"
                ]
              }
            },
            "required": [
              "mode"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSmartcardHostCertificates"
          }
        },
        {
          "if": {
            "properties": {
              "mode": {
                "enum": [
                  "passthrough"
                ]
              }
            },
            "required": [
              "mode"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainSmartcardPassthrough"
          }
        }
      ]
    },
    "DomainSmartcardHost": {
      "title": "DomainSmartcardHost",
      "description": "A smartcard device attached to a CCID controller.\n\nVariant with `mode` 'host'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "host"
          ],
          "description": "`host`: QEMU forwards requests to the host's smartcard reader through NSS."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainSmartcardHostCertificates": {
      "title": "DomainSmartcardHostCertificates",
      "description": "A smartcard device attached to a CCID controller.\n\nVariant with `mode` 'host-certificates'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "host-certificates"
          ],
          "description": "`host-certificates`: QEMU emulates a card from three certificates stored on the host."
        },
        "certificate": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainSmartcardCertificate"
          },
          "description": "Name of one certificate in the NSS database; exactly three are given, in order."
        },
        "database": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSmartcardDatabase"
            }
          ],
          "description": "Absolute path of the NSS database holding the certificates (default /etc/pki/nssdb)."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "mode",
        "certificate"
      ],
      "additionalProperties": false
    },
    "DomainSmartcardPassthrough": {
      "title": "DomainSmartcardPassthrough",
      "description": "A smartcard device attached to a CCID controller.\n\nVariant with `mode` 'passthrough'.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "passthrough"
          ],
          "description": "`passthrough`: card requests are tunnelled over a character stream to a remote reader (e.g. a SPICE client)."
        },
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevTarget"
            }
          ],
          "description": "How the device appears inside the guest: its bus/kind, port number and emulated hardware model."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "mode",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainHub": {
      "title": "DomainHub",
      "description": "An emulated hub giving the guest more ports to plug devices into.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usb"
          ],
          "description": "Kind of hub; only `usb` exists."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainRedirdev": {
      "title": "DomainRedirdev",
      "description": "A redirected USB device; the host end is a character stream (usually `spicevmc` or `tcp`).",
      "type": "object",
      "properties": {
        "bus": {
          "type": "string",
          "enum": [
            "usb"
          ],
          "description": "Guest bus of the redirected device; only `usb` exists."
        },
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "boot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceBoot"
            }
          ],
          "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`)."
        }
      },
      "required": [
        "bus",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainRedirfilter": {
      "title": "DomainRedirfilter",
      "description": "Rules deciding which USB devices may be redirected; the first matching rule wins.",
      "type": "object",
      "properties": {
        "usbdev": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainRedirfilterUsbdev"
          },
          "description": "One filter rule; an omitted (or -1) criterion matches anything."
        }
      },
      "additionalProperties": false
    },
    "DomainRng": {
      "title": "DomainRng",
      "description": "A paravirtual random number generator that gives the guest entropy from the host.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Device flavour: `virtio`, or `virtio-transitional`/`virtio-non-transitional` to force the legacy-capable or modern-only PCI variant."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainRngBackend"
            }
          ],
          "description": "Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty)."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainRngDriver"
            }
          ],
          "description": "Virtio transport tuning of the device."
        },
        "rate": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainRngRate"
            }
          ],
          "description": "Caps how fast the guest may draw entropy: at most `bytes` per `period`."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "model",
        "backend"
      ],
      "additionalProperties": false
    },
    "DomainTpm": {
      "title": "DomainTpm",
      "description": "A Trusted Platform Module for the guest.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "tpm-tis",
            "tpm-crb",
            "tpm-spapr",
            "spapr-tpm-proxy"
          ],
          "description": "Guest-visible TPM interface: `tpm-tis` (x86 default), `tpm-crb`, `tpm-spapr` (POWER) or `spapr-tpm-proxy` (POWER, forwards the host TPM to a secure guest)."
        },
        "backend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmBackend"
            }
          ],
          "description": "What implements the TPM on the host; `type` selects the variant."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "backend"
      ],
      "additionalProperties": false
    },
    "DomainShmem": {
      "title": "DomainShmem",
      "description": "An inter-VM shared memory PCI device (ivshmem).",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[^/]*)$",
          "description": "Name of the shared memory object on the host (under /dev/shm); must not contain a slash."
        },
        "role": {
          "type": "string",
          "enum": [
            "master",
            "peer"
          ],
          "description": "Migration role: `master` migrates the region contents with the guest, `peer` refuses migration."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainShmemModel"
            }
          ],
          "description": "Which ivshmem device to emulate."
        },
        "size": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainShmemSize"
            }
          ],
          "description": "Size of the shared region (a power of two)."
        },
        "server": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainShmemServer"
            }
          ],
          "description": "Uses an ivshmem server for the region and doorbell interrupts."
        },
        "msi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainShmemMsi"
            }
          ],
          "description": "MSI interrupt settings of a doorbell device."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainMemoryDevice": {
      "title": "DomainMemoryDevice",
      "description": "A memory module added to the guest besides its base memory; requires `maxMemory` with free slots for the hot-pluggable models.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "dimm",
            "nvdimm",
            "virtio-pmem",
            "virtio-mem",
            "sgx-epc"
          ],
          "description": "Kind of module: `dimm` (plain RAM), `nvdimm` (persistent memory backed by a host file), `virtio-pmem` (paravirtual persistent memory), `virtio-mem` (resizable paravirtual RAM) or `sgx-epc` (Intel SGX enclave page cache)."
        },
        "access": {
          "type": "string",
          "enum": [
            "shared",
            "private"
          ],
          "description": "Host mapping of the backing memory: `shared` with other processes or `private` to the guest (the domain-wide setting applies when absent)."
        },
        "discard": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` releases the backing memory on the host as soon as the module goes away."
        },
        "uuid": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceUuid"
            }
          ],
          "description": "Identifier of an NVDIMM as seen by the guest (PPC64 only)."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSource"
            }
          ],
          "description": "Host memory backing the module: either anonymous memory (optionally hugepage backed and bound to host NUMA nodes) or a host file/device path for persistent memory."
        },
        "target": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTarget"
            }
          ],
          "description": "The module as the guest sees it: size, NUMA node and model specific settings."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        }
      },
      "required": [
        "model",
        "target"
      ],
      "additionalProperties": false
    },
    "DomainWatchdog": {
      "title": "DomainWatchdog",
      "description": "A hardware watchdog timer: if the guest stops feeding it, the hypervisor performs `action`.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "i6300esb",
            "ib700",
            "diag288"
          ],
          "description": "Emulated watchdog: `i6300esb` (PCI), `ib700` (ISA) or `diag288` (s390)."
        },
        "action": {
          "type": "string",
          "enum": [
            "reset",
            "shutdown",
            "poweroff",
            "pause",
            "none",
            "dump",
            "inject-nmi"
          ],
          "description": "What happens when the timer expires: `reset` (default), `shutdown` (graceful), `poweroff`, `pause`, `none`, `dump` (core dump, then continue) or `inject-nmi`."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainMemballoon": {
      "title": "DomainMemballoon",
      "description": "The memory balloon: a guest driver that gives memory back to the host on request and reports memory statistics. Most drivers add one automatically; model `none` disables it.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional",
            "xen",
            "none"
          ],
          "description": "Balloon device: `virtio` (or its `-transitional`/`-non-transitional` PCI variants), `xen`, or `none` for no balloon."
        },
        "autodeflate": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` lets the guest deflate the balloon by itself when it runs out of memory."
        },
        "freePageReporting": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` makes the guest report freed pages so the host can reuse them."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "stats": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemballoonStats"
            }
          ],
          "description": "Periodic collection of guest memory statistics."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemballoonDriver"
            }
          ],
          "description": "Virtio transport tuning of the balloon."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainDevicesNvram": {
      "title": "DomainDevicesNvram",
      "description": "The non-volatile RAM device of pSeries guests (firmware settings storage); only its address can be set.",
      "type": "object",
      "properties": {
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "additionalProperties": false
    },
    "DomainPanic": {
      "title": "DomainPanic",
      "description": "A guest crash notifier: lets the guest tell the hypervisor it panicked, so the domain's `on_crash` action can run. Several may be given with different models.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "isa",
            "pseries",
            "hyperv",
            "s390"
          ],
          "description": "Notification mechanism: `isa` (the pvpanic ISA device), `pseries` (PAPR firmware call), `hyperv` (Hyper-V crash MSRs) or `s390` (diagnose call); the machine's default when absent."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        }
      },
      "additionalProperties": false
    },
    "DomainIommu": {
      "title": "DomainIommu",
      "description": "An emulated IOMMU, which translates and isolates device DMA inside the guest (needed e.g. for more than 255 vCPUs with x2APIC or for nested device assignment).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "intel",
            "smmuv3",
            "virtio"
          ],
          "description": "IOMMU implementation: `intel` (VT-d, q35), `smmuv3` (Arm virt) or `virtio`."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainIommuDriver"
            }
          ],
          "description": "Features of the emulated IOMMU (all of them apply to the `intel` model)."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainVsock": {
      "title": "DomainVsock",
      "description": "A virtio VSOCK device (AF_VSOCK sockets between host and guest, addressed by a context ID).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "virtio",
            "virtio-transitional",
            "virtio-non-transitional"
          ],
          "description": "Device flavour: `virtio`, or `virtio-transitional`/`virtio-non-transitional` for the legacy-capable or modern-only PCI variant."
        },
        "cid": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVsockCid"
            }
          ],
          "description": "The guest's context ID (its vsock address)."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddress"
            }
          ],
          "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply."
        },
        "alias": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAlias"
            }
          ],
          "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`."
        },
        "acpi": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAcpi"
            }
          ],
          "description": "ACPI settings of the device."
        },
        "driver": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVsockDriver"
            }
          ],
          "description": "Virtio transport tuning of the device."
        }
      },
      "additionalProperties": false
    },
    "DomainSeclabelDynamicLabel": {
      "title": "DomainSeclabelDynamicLabel",
      "description": "The generated process label; written by libvirt for running guests.",
      "type": "string"
    },
    "DomainSeclabelDynamicImagelabel": {
      "title": "DomainSeclabelDynamicImagelabel",
      "description": "The generated resource label; written by libvirt for running guests.",
      "type": "string"
    },
    "DomainSeclabelBaselabel": {
      "title": "DomainSeclabelBaselabel",
      "description": "Template the dynamic label is derived from.",
      "type": "string"
    },
    "DomainSeclabelStaticLabel": {
      "title": "DomainSeclabelStaticLabel",
      "description": "The process label to use.",
      "type": "string"
    },
    "DomainSeclabelStaticImagelabel": {
      "title": "DomainSeclabelStaticImagelabel",
      "description": "The resource label; written by libvirt.",
      "type": "string"
    },
    "DomainQemuCommandlineArg": {
      "title": "DomainQemuCommandlineArg",
      "description": "One argument appended to the QEMU command line.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "description": "The argument, passed verbatim."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainQemuCommandlineEnv": {
      "title": "DomainQemuCommandlineEnv",
      "description": "One environment variable of the QEMU process.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_]+)$",
          "description": "Variable name: letters, digits and `_`."
        },
        "value": {
          "type": "string",
          "description": "Variable value; empty when absent."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainQemuCapabilitiesAdd": {
      "title": "DomainQemuCapabilitiesAdd",
      "description": "Pretend QEMU has a capability.",
      "type": "object",
      "properties": {
        "capability": {
          "type": "string",
          "description": "Capability flag name (e.g. `blockdev`)."
        }
      },
      "required": [
        "capability"
      ],
      "additionalProperties": false
    },
    "DomainQemuCapabilitiesDel": {
      "title": "DomainQemuCapabilitiesDel",
      "description": "Pretend QEMU lacks a capability.",
      "type": "object",
      "properties": {
        "capability": {
          "type": "string",
          "description": "Capability flag name."
        }
      },
      "required": [
        "capability"
      ],
      "additionalProperties": false
    },
    "DomainQemuOverrideDevice": {
      "title": "DomainQemuOverrideDevice",
      "description": "Overrides for one device.",
      "type": "object",
      "properties": {
        "alias": {
          "type": "string",
          "description": "Alias of the device (see its `alias` element)."
        },
        "qemu:frontend": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainQemuOverrideDeviceFrontend"
            }
          ],
          "description": "Properties of the device's guest-visible part."
        }
      },
      "required": [
        "alias"
      ],
      "additionalProperties": false
    },
    "DomainLxcNamespaceSharenet": {
      "title": "DomainLxcNamespaceSharenet",
      "description": "Share a network namespace.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "netns",
            "name",
            "pid"
          ],
          "description": "How `value` names it: `netns` (a named network namespace), `name` (another container) or `pid` (a process)."
        },
        "value": {
          "type": "string",
          "description": "Container name, process id or network namespace name."
        }
      },
      "required": [
        "type",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainLxcNamespaceShareipc": {
      "title": "DomainLxcNamespaceShareipc",
      "description": "Share an IPC namespace.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "name",
            "pid"
          ],
          "description": "How `value` names the owner: `name` (another container) or `pid` (a process)."
        },
        "value": {
          "type": "string",
          "description": "Container name, process id or network namespace name."
        }
      },
      "required": [
        "type",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainLxcNamespaceShareuts": {
      "title": "DomainLxcNamespaceShareuts",
      "description": "Share a UTS (host name) namespace.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "name",
            "pid"
          ],
          "description": "How `value` names the owner: `name` (another container) or `pid` (a process)."
        },
        "value": {
          "type": "string",
          "description": "Container name, process id or network namespace name."
        }
      },
      "required": [
        "type",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainKeywrapCipher": {
      "title": "DomainKeywrapCipher",
      "description": "Key wrapping for one cipher family.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "aes",
            "dea"
          ],
          "description": "`aes` or `dea`."
        },
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether key wrapping is on for that family."
        }
      },
      "required": [
        "name",
        "state"
      ],
      "additionalProperties": false
    },
    "DomainLaunchSecurityCbitpos": {
      "title": "DomainLaunchSecurityCbitpos",
      "description": "Position of the encryption bit in page table entries.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainLaunchSecurityReducedPhysBits": {
      "title": "DomainLaunchSecurityReducedPhysBits",
      "description": "Physical address bits lost when encryption is on.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainLaunchSecurityPolicy": {
      "title": "DomainLaunchSecurityPolicy",
      "description": "SEV guest policy bits, in hex (e.g. `0x0003`).",
      "type": "string",
      "pattern": "^(?:(0x)?[0-9a-f]+)$"
    },
    "DomainLaunchSecurityHandle": {
      "title": "DomainLaunchSecurityHandle",
      "description": "Handle of the SEV firmware context to use.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainLaunchSecurityDhCert": {
      "title": "DomainLaunchSecurityDhCert",
      "description": "Guest owner's Diffie-Hellman certificate, base64 encoded.",
      "type": "string"
    },
    "DomainLaunchSecuritySession": {
      "title": "DomainLaunchSecuritySession",
      "description": "Guest owner's session parameters, base64 encoded.",
      "type": "string"
    },
    "DomainBhyveCommandlineArg": {
      "title": "DomainBhyveCommandlineArg",
      "description": "One argument, passed verbatim.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "description": "The argument text."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainXenCommandlineArg": {
      "title": "DomainXenCommandlineArg",
      "description": "One argument, passed verbatim.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "description": "The argument text."
        }
      },
      "required": [
        "value"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaCell": {
      "title": "DomainCpuNumaCell",
      "description": "One guest NUMA node with its vCPUs and memory.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Node number; cells are numbered in order when absent."
        },
        "cpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "vCPUs that belong to the node (a CPU list); a node may have none."
        },
        "memory": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Memory of the node, in the `unit` given (KiB by default)."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of `memory`."
        },
        "memAccess": {
          "type": "string",
          "enum": [
            "shared",
            "private"
          ],
          "description": "Whether the node's memory is mapped `shared` or `private` (shared is needed by vhost-user)."
        },
        "discard": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the node's memory is discarded on guest shutdown instead of being kept in its backing file."
        },
        "distances": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuNumaCellDistances"
            }
          ],
          "description": "Distances (relative access costs) from this node to others."
        },
        "cache": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuNumaCache"
          },
          "description": "A memory-side cache of the node (ACPI HMAT)."
        }
      },
      "required": [
        "memory"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaInterconnects": {
      "title": "DomainCpuNumaInterconnects",
      "description": "Access latencies and bandwidths between initiator and target nodes (ACPI HMAT).",
      "type": "object",
      "properties": {
        "latency": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuNumaInterconnectsLatency"
          },
          "description": "Latency from an initiator node to a target node, in nanoseconds."
        },
        "bandwidth": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuNumaInterconnectsBandwidth"
          },
          "description": "Bandwidth from an initiator node to a target node."
        }
      },
      "additionalProperties": false
    },
    "DomainSysinfoBiosEntry": {
      "title": "DomainSysinfoBiosEntry",
      "description": "One field; the text is its value.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "vendor",
            "version",
            "date",
            "release"
          ],
          "description": "Field: `vendor`, `version`, `date` (mm/dd/yyyy) or `release` (major.minor)."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoSystemEntry": {
      "title": "DomainSysinfoSystemEntry",
      "description": "One field; the text is its value.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "manufacturer",
            "product",
            "version",
            "serial",
            "uuid",
            "sku",
            "family"
          ],
          "description": "Field: `manufacturer`, `product`, `version`, `serial`, `uuid`, `sku` or `family`."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoBaseBoardEntry": {
      "title": "DomainSysinfoBaseBoardEntry",
      "description": "One field; the text is its value.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "manufacturer",
            "product",
            "version",
            "serial",
            "asset",
            "location"
          ],
          "description": "Field: `manufacturer`, `product`, `version`, `serial`, `asset` or `location`."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoChassisEntry": {
      "title": "DomainSysinfoChassisEntry",
      "description": "One field; the text is its value.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "manufacturer",
            "version",
            "serial",
            "asset",
            "sku"
          ],
          "description": "Field: `manufacturer`, `version`, `serial`, `asset` or `sku`."
        },
        "#text": {
          "type": "string",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainSysinfoOemStringsEntry": {
      "title": "DomainSysinfoOemStringsEntry",
      "description": "One OEM string.",
      "type": "string"
    },
    "DomainOsFirmwareFeature": {
      "title": "DomainOsFirmwareFeature",
      "description": "One firmware feature requirement.",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` requires the feature, `no` excludes firmware that has it."
        },
        "name": {
          "type": "string",
          "enum": [
            "enrolled-keys",
            "secure-boot"
          ],
          "description": "The feature: `secure-boot` (UEFI Secure Boot) or `enrolled-keys` (Microsoft keys preloaded in the variable store)."
        }
      },
      "required": [
        "enabled",
        "name"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceFile": {
      "title": "DomainStorageSourceFile",
      "description": "Host file holding the image; leave it out for an empty removable drive.",
      "type": "object",
      "properties": {
        "file": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
            },
            {
              "type": "string",
              "pattern": "^(?:\\[[^\\]]+\\] .+)$"
            }
          ],
          "description": "Absolute path of the image file (or a VMware \"[datastore] path\" reference)."
        },
        "fdgroup": {
          "type": "string",
          "description": "Name of a group of file descriptors passed in by the client that replaces opening `file`."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "seclabel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDeviceSeclabel"
          },
          "description": "Overrides the domain's security labelling for one host resource (image, socket, device)."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageSourceBlock": {
      "title": "DomainStorageSourceBlock",
      "description": "Host block device backing the disk.",
      "type": "object",
      "properties": {
        "dev": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$"
            }
          ],
          "description": "Path (or name) of the host block device, e.g. /dev/sdb."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "reservations": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageReservations"
            }
          ],
          "description": "SCSI persistent reservations, handled by a qemu-pr-helper process."
        },
        "seclabel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDeviceSeclabel"
          },
          "description": "Overrides the domain's security labelling for one host resource (image, socket, device)."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageSourceDir": {
      "title": "DomainStorageSourceDir",
      "description": "Host directory whose content the guest sees as a disk.",
      "type": "object",
      "properties": {
        "dir": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the host directory."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        }
      },
      "required": [
        "dir"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetwork": {
      "title": "DomainStorageSourceNetwork",
      "description": "Network image: protocol, image name and server(s).",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "nbd",
            "gluster",
            "rbd",
            "iscsi",
            "http",
            "https",
            "ftp",
            "ftps",
            "sheepdog",
            "tftp",
            "vxhs",
            "nfs"
          ],
          "description": "Network Block Device."
        }
      },
      "required": [
        "protocol"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "nbd"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkNbd"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "gluster"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkGluster"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "rbd"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkRbd"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "iscsi"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkIscsi"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "http"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkHttp"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "https"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkHttps"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "ftp"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkFtp"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "ftps"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkFtps"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "sheepdog",
                  "tftp"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkSheepdog"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "vxhs"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkVxhs"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "nfs"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageSourceNetworkNfs"
          }
        }
      ]
    },
    "DomainStorageSourceNetworkNbd": {
      "title": "DomainStorageSourceNetworkNbd",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'nbd'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "nbd"
          ],
          "description": "Network Block Device."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "tls": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether to wrap the connection in TLS."
        },
        "tlsHostname": {
          "type": "string",
          "description": "Host name expected in the server's TLS certificate, if not the connection host."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkGluster": {
      "title": "DomainStorageSourceNetworkGluster",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'gluster'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "gluster"
          ],
          "description": "GlusterFS volume."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkRbd": {
      "title": "DomainStorageSourceNetworkRbd",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'rbd'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "rbd"
          ],
          "description": "Ceph RADOS block device."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "snapshot": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSnapshot"
            }
          ],
          "description": "Opens a snapshot of the image instead of its head."
        },
        "config": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceConfig"
            }
          ],
          "description": "Ceph configuration file to read monitors and options from."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        }
      },
      "required": [
        "protocol"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkIscsi": {
      "title": "DomainStorageSourceNetworkIscsi",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'iscsi'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "iscsi"
          ],
          "description": "iSCSI target reached by QEMU's initiator."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "initiator": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageInitiator"
            }
          ],
          "description": "iSCSI initiator identity used by the client."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkHttp": {
      "title": "DomainStorageSourceNetworkHttp",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'http'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "http"
          ],
          "description": "Read-only image served over plain HTTP."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "query": {
          "type": "string",
          "description": "Query string appended to the URL (without the leading '?')."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "cookies": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageNetworkCookies"
            }
          ],
          "description": "HTTP cookies sent with every request."
        },
        "readahead": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceReadahead"
            }
          ],
          "description": "Read-ahead applied to every request."
        },
        "timeout": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceTimeout"
            }
          ],
          "description": "Per-request timeout."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkHttps": {
      "title": "DomainStorageSourceNetworkHttps",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'https'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "https"
          ],
          "description": "Read-only image served over HTTPS."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "query": {
          "type": "string",
          "description": "Query string appended to the URL (without the leading '?')."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "ssl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageNetworkSsl"
            }
          ],
          "description": "TLS certificate checking for HTTPS/FTPS."
        },
        "cookies": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageNetworkCookies"
            }
          ],
          "description": "HTTP cookies sent with every request."
        },
        "readahead": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceReadahead"
            }
          ],
          "description": "Read-ahead applied to every request."
        },
        "timeout": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceTimeout"
            }
          ],
          "description": "Per-request timeout."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkFtp": {
      "title": "DomainStorageSourceNetworkFtp",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'ftp'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "ftp"
          ],
          "description": "Read-only image served over FTP."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "readahead": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceReadahead"
            }
          ],
          "description": "Read-ahead applied to every request."
        },
        "timeout": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceTimeout"
            }
          ],
          "description": "Per-request timeout."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkFtps": {
      "title": "DomainStorageSourceNetworkFtps",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'ftps'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "ftps"
          ],
          "description": "Read-only image served over FTP with TLS."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "ssl": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageNetworkSsl"
            }
          ],
          "description": "TLS certificate checking for HTTPS/FTPS."
        },
        "readahead": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceReadahead"
            }
          ],
          "description": "Read-ahead applied to every request."
        },
        "timeout": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceTimeout"
            }
          ],
          "description": "Per-request timeout."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkSheepdog": {
      "title": "DomainStorageSourceNetworkSheepdog",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` one of 'sheepdog', 'tftp'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "sheepdog",
            "tftp"
          ],
          "description": "`sheepdog` (Sheepdog cluster) or `tftp` (read-only TFTP download)."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "readahead": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceReadahead"
            }
          ],
          "description": "Read-ahead applied to every request."
        },
        "timeout": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceTimeout"
            }
          ],
          "description": "Per-request timeout."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkVxhs": {
      "title": "DomainStorageSourceNetworkVxhs",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'vxhs'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "vxhs"
          ],
          "description": "Veritas HyperScale (VxHS) volume."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "tls": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether to use TLS to reach the VxHS server."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNetworkNfs": {
      "title": "DomainStorageSourceNetworkNfs",
      "description": "Network image: protocol, image name and server(s).\n\nVariant with `protocol` 'nfs'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "nfs"
          ],
          "description": "File on an NFS export, opened by QEMU's libnfs client."
        },
        "name": {
          "type": "string",
          "description": "Image name on the server: export, volume/path, pool/image, IQN/LUN or URL path, depending on the protocol."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkHost"
          },
          "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket."
        },
        "identity": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceIdentity"
            }
          ],
          "description": "Host identity used to access the NFS export."
        }
      },
      "required": [
        "protocol",
        "name",
        "host",
        "identity"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceVolume": {
      "title": "DomainStorageSourceVolume",
      "description": "Storage pool volume backing the disk.",
      "type": "object",
      "properties": {
        "pool": {
          "type": "string",
          "pattern": "^(?:[^/\\n]+)$",
          "description": "Name of the libvirt storage pool."
        },
        "volume": {
          "type": "string",
          "pattern": "^(?:[^/]+)$",
          "description": "Name of the volume inside the pool."
        },
        "mode": {
          "type": "string",
          "enum": [
            "host",
            "direct"
          ],
          "description": "For iSCSI pools: `host` uses the host's LUN path, `direct` lets QEMU talk to the target itself."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        },
        "seclabel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDeviceSeclabel"
          },
          "description": "Overrides the domain's security labelling for one host resource (image, socket, device)."
        }
      },
      "required": [
        "pool",
        "volume"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceNvme": {
      "title": "DomainStorageSourceNvme",
      "description": "Host NVMe namespace backing the disk.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "pci"
          ],
          "description": "How the controller is reached; only `pci` exists."
        },
        "namespace": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "NVMe namespace number on the controller (usually 1)."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt detaches the controller from its host driver automatically (default yes)."
        },
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the backing chain, as reported by libvirt for running domains."
        },
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceAddress"
            }
          ],
          "description": "Host PCI address of the NVMe controller."
        },
        "slices": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlices"
            }
          ],
          "description": "Restricts the guest to a byte range of the source."
        },
        "privateData": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStoragePrivateData"
            }
          ],
          "description": "Reserved for libvirt's internal status XML; never valid in a domain definition."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryption"
            }
          ],
          "description": "Encryption of the image content; the key comes from a libvirt secret."
        }
      },
      "required": [
        "type",
        "namespace",
        "address"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceVhostUser": {
      "title": "DomainStorageSourceVhostUser",
      "description": "UNIX socket of the vhost-user backend.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "unix"
          ],
          "description": "Socket kind; only `unix` exists."
        },
        "path": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the backend's UNIX socket."
        },
        "reconnect": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSocketReconnect"
            }
          ],
          "description": "For client sockets: whether and how often to connect again after the peer went away."
        }
      },
      "required": [
        "type",
        "path"
      ],
      "additionalProperties": false
    },
    "DomainOsAcpiTable": {
      "title": "DomainOsAcpiTable",
      "description": "Host path of one ACPI table file.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "slic"
          ],
          "description": "Table kind; only `slic` (software licensing) is known."
        },
        "#text": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "The text content."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainClockTimerCatchup": {
      "title": "DomainClockTimerCatchup",
      "description": "Tuning of the catch-up (Xen).",
      "type": "object",
      "properties": {
        "threshold": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of missed ticks before catching up starts."
        },
        "slew": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Speed-up rate while catching up."
        },
        "limit": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Most missed ticks that are caught up."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryBackingHugepagesPage": {
      "title": "DomainMemoryBackingHugepagesPage",
      "description": "A huge page size to use, possibly only for some guest NUMA nodes.",
      "type": "object",
      "properties": {
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Page size in `unit` (KiB by default)."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of `size`."
        },
        "nodeset": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "Guest NUMA nodes this page size applies to."
        }
      },
      "required": [
        "size"
      ],
      "additionalProperties": false
    },
    "DomainBlkiotuneDevicePath": {
      "title": "DomainBlkiotuneDevicePath",
      "description": "Host path of the block device.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainBlkiotuneDeviceWeight": {
      "title": "DomainBlkiotuneDeviceWeight",
      "description": "I/O weight on this device (100 to 1000).",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainBlkiotuneDeviceReadIopsSec": {
      "title": "DomainBlkiotuneDeviceReadIopsSec",
      "description": "Read operations per second limit.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainBlkiotuneDeviceWriteIopsSec": {
      "title": "DomainBlkiotuneDeviceWriteIopsSec",
      "description": "Write operations per second limit.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainBlkiotuneDeviceReadBytesSec": {
      "title": "DomainBlkiotuneDeviceReadBytesSec",
      "description": "Read throughput limit in bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainBlkiotuneDeviceWriteBytesSec": {
      "title": "DomainBlkiotuneDeviceWriteBytesSec",
      "description": "Write throughput limit in bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainCputuneCachetuneCache": {
      "title": "DomainCputuneCachetuneCache",
      "description": "Amount of one host cache reserved for the vCPUs.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host cache id."
        },
        "level": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host cache level."
        },
        "type": {
          "type": "string",
          "enum": [
            "both",
            "code",
            "data"
          ],
          "description": "Which part of the cache: `both`, `code` or `data`."
        },
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Amount reserved, in `unit`."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of `size`."
        }
      },
      "required": [
        "id",
        "level",
        "type",
        "size"
      ],
      "additionalProperties": false
    },
    "DomainCputuneCachetuneMonitor": {
      "title": "DomainCputuneCachetuneMonitor",
      "description": "A cache occupancy monitor for some of the vCPUs.",
      "type": "object",
      "properties": {
        "level": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host cache level monitored."
        },
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "vCPUs monitored."
        }
      },
      "required": [
        "level",
        "vcpus"
      ],
      "additionalProperties": false
    },
    "DomainCputuneMemorytuneNode": {
      "title": "DomainCputuneMemorytuneNode",
      "description": "Bandwidth share on one host memory controller.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Host node id."
        },
        "bandwidth": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Percentage of the bandwidth."
        }
      },
      "required": [
        "id",
        "bandwidth"
      ],
      "additionalProperties": false
    },
    "DomainCputuneMemorytuneMonitor": {
      "title": "DomainCputuneMemorytuneMonitor",
      "description": "A memory bandwidth monitor for some of the vCPUs.",
      "type": "object",
      "properties": {
        "vcpus": {
          "type": "string",
          "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$",
          "description": "vCPUs monitored."
        }
      },
      "required": [
        "vcpus"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervRelaxed": {
      "title": "DomainFeaturesHypervRelaxed",
      "description": "Hyper-V enlightenment: relaxed timing: the guest does not treat long waits as hangs.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervVapic": {
      "title": "DomainFeaturesHypervVapic",
      "description": "Hyper-V enlightenment: paravirtual APIC access.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervSpinlocks": {
      "title": "DomainFeaturesHypervSpinlocks",
      "description": "Hyper-V enlightenment: paravirtual spinlock notification after a number of retries.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "retries": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Spin attempts before the guest notifies the hypervisor (at least 4095)."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervVpindex": {
      "title": "DomainFeaturesHypervVpindex",
      "description": "Hyper-V enlightenment: virtual processor index.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervRuntime": {
      "title": "DomainFeaturesHypervRuntime",
      "description": "Hyper-V enlightenment: processor time accounting.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervSynic": {
      "title": "DomainFeaturesHypervSynic",
      "description": "Hyper-V enlightenment: synthetic interrupt controller.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervStimer": {
      "title": "DomainFeaturesHypervStimer",
      "description": "Hyper-V enlightenment: synthetic timers.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "direct": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFeaturesHypervStimerDirect"
            }
          ],
          "description": "Timer expiry delivered directly as an interrupt."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesHypervReset": {
      "title": "DomainFeaturesHypervReset",
      "description": "Hyper-V enlightenment: hypervisor reset.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervVendorId": {
      "title": "DomainFeaturesHypervVendorId",
      "description": "Hyper-V enlightenment: hypervisor vendor id seen by the guest.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "value": {
          "type": "string",
          "pattern": "^(?:[^,]{0,12})$",
          "description": "Vendor string, at most 12 characters without commas."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervFrequencies": {
      "title": "DomainFeaturesHypervFrequencies",
      "description": "Hyper-V enlightenment: tSC and APIC frequency reporting.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervReenlightenment": {
      "title": "DomainFeaturesHypervReenlightenment",
      "description": "Hyper-V enlightenment: notification when the TSC frequency changes after migration.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervTlbflush": {
      "title": "DomainFeaturesHypervTlbflush",
      "description": "Hyper-V enlightenment: paravirtual TLB flush.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervIpi": {
      "title": "DomainFeaturesHypervIpi",
      "description": "Hyper-V enlightenment: paravirtual inter-processor interrupts.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervEvmcs": {
      "title": "DomainFeaturesHypervEvmcs",
      "description": "Hyper-V enlightenment: enlightened VMCS (nested virtualization).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervAvic": {
      "title": "DomainFeaturesHypervAvic",
      "description": "Hyper-V enlightenment: aMD AVIC interrupt virtualization for Hyper-V guests.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesKvmHidden": {
      "title": "DomainFeaturesKvmHidden",
      "description": "Hide the KVM signature from the guest's CPUID.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesKvmHintDedicated": {
      "title": "DomainFeaturesKvmHintDedicated",
      "description": "Tell the guest its vCPUs run on dedicated host CPUs.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesKvmPollControl": {
      "title": "DomainFeaturesKvmPollControl",
      "description": "Let the guest control host-side halt polling.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesKvmPvIpi": {
      "title": "DomainFeaturesKvmPvIpi",
      "description": "Paravirtual inter-processor interrupts.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesKvmDirtyRing": {
      "title": "DomainFeaturesKvmDirtyRing",
      "description": "Track dirty memory with a per-vCPU ring instead of a bitmap.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Ring size in entries (a power of 2, 1024 to 65536)."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesXenE820Host": {
      "title": "DomainFeaturesXenE820Host",
      "description": "Give a PV guest the host's memory map (for PCI passthrough).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesXenPassthrough": {
      "title": "DomainFeaturesXenPassthrough",
      "description": "Whether the guest may use device passthrough at all.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        },
        "mode": {
          "type": "string",
          "pattern": "^(?:sync_pt|share_pt)$",
          "description": "IOMMU page table mode: `sync_pt` or `share_pt`."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesAuditControl": {
      "title": "DomainFeaturesCapabilitiesAuditControl",
      "description": "Whether the container may write the kernel audit log configuration (CAP_AUDIT_CONTROL).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesAuditWrite": {
      "title": "DomainFeaturesCapabilitiesAuditWrite",
      "description": "Whether the container may write records to the kernel audit log (CAP_AUDIT_WRITE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesBlockSuspend": {
      "title": "DomainFeaturesCapabilitiesBlockSuspend",
      "description": "Whether the container may prevent system suspend (CAP_BLOCK_SUSPEND).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesChown": {
      "title": "DomainFeaturesCapabilitiesChown",
      "description": "Whether the container may change file owners (CAP_CHOWN).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesDacOverride": {
      "title": "DomainFeaturesCapabilitiesDacOverride",
      "description": "Whether the container may bypass file permission checks (CAP_DAC_OVERRIDE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesDacReadSearch": {
      "title": "DomainFeaturesCapabilitiesDacReadSearch",
      "description": "Whether the container may bypass file read and directory search permission checks (CAP_DAC_READ_SEARCH).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesFowner": {
      "title": "DomainFeaturesCapabilitiesFowner",
      "description": "Whether the container may bypass checks that require owning a file (CAP_FOWNER).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesFsetid": {
      "title": "DomainFeaturesCapabilitiesFsetid",
      "description": "Whether the container may keep set-user-id and set-group-id bits when modifying files (CAP_FSETID).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesIpcLock": {
      "title": "DomainFeaturesCapabilitiesIpcLock",
      "description": "Whether the container may lock memory (CAP_IPC_LOCK).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesIpcOwner": {
      "title": "DomainFeaturesCapabilitiesIpcOwner",
      "description": "Whether the container may bypass IPC object permission checks (CAP_IPC_OWNER).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesKill": {
      "title": "DomainFeaturesCapabilitiesKill",
      "description": "Whether the container may send signals to any process (CAP_KILL).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesLease": {
      "title": "DomainFeaturesCapabilitiesLease",
      "description": "Whether the container may take file leases (CAP_LEASE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesLinuxImmutable": {
      "title": "DomainFeaturesCapabilitiesLinuxImmutable",
      "description": "Whether the container may set immutable and append-only file attributes (CAP_LINUX_IMMUTABLE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesMacAdmin": {
      "title": "DomainFeaturesCapabilitiesMacAdmin",
      "description": "Whether the container may configure mandatory access control (CAP_MAC_ADMIN).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesMacOverride": {
      "title": "DomainFeaturesCapabilitiesMacOverride",
      "description": "Whether the container may override mandatory access control (CAP_MAC_OVERRIDE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesMknod": {
      "title": "DomainFeaturesCapabilitiesMknod",
      "description": "Whether the container may create device nodes (CAP_MKNOD).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesNetAdmin": {
      "title": "DomainFeaturesCapabilitiesNetAdmin",
      "description": "Whether the container may administer networking (CAP_NET_ADMIN).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesNetBindService": {
      "title": "DomainFeaturesCapabilitiesNetBindService",
      "description": "Whether the container may bind to ports below 1024 (CAP_NET_BIND_SERVICE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesNetBroadcast": {
      "title": "DomainFeaturesCapabilitiesNetBroadcast",
      "description": "Whether the container may send broadcasts and listen to multicast (CAP_NET_BROADCAST).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesNetRaw": {
      "title": "DomainFeaturesCapabilitiesNetRaw",
      "description": "Whether the container may use raw and packet sockets (CAP_NET_RAW).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSetgid": {
      "title": "DomainFeaturesCapabilitiesSetgid",
      "description": "Whether the container may change group ids (CAP_SETGID).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSetfcap": {
      "title": "DomainFeaturesCapabilitiesSetfcap",
      "description": "Whether the container may set file capabilities (CAP_SETFCAP).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSetpcap": {
      "title": "DomainFeaturesCapabilitiesSetpcap",
      "description": "Whether the container may change process capabilities (CAP_SETPCAP).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSetuid": {
      "title": "DomainFeaturesCapabilitiesSetuid",
      "description": "Whether the container may change user ids (CAP_SETUID).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysAdmin": {
      "title": "DomainFeaturesCapabilitiesSysAdmin",
      "description": "Whether the container may perform a wide range of system administration tasks (CAP_SYS_ADMIN).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysBoot": {
      "title": "DomainFeaturesCapabilitiesSysBoot",
      "description": "Whether the container may reboot the system (CAP_SYS_BOOT).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysChroot": {
      "title": "DomainFeaturesCapabilitiesSysChroot",
      "description": "Whether the container may use chroot (CAP_SYS_CHROOT).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysModule": {
      "title": "DomainFeaturesCapabilitiesSysModule",
      "description": "Whether the container may load kernel modules (CAP_SYS_MODULE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysNice": {
      "title": "DomainFeaturesCapabilitiesSysNice",
      "description": "Whether the container may raise process priority (CAP_SYS_NICE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysPacct": {
      "title": "DomainFeaturesCapabilitiesSysPacct",
      "description": "Whether the container may control process accounting (CAP_SYS_PACCT).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysPtrace": {
      "title": "DomainFeaturesCapabilitiesSysPtrace",
      "description": "Whether the container may trace any process (CAP_SYS_PTRACE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysRawio": {
      "title": "DomainFeaturesCapabilitiesSysRawio",
      "description": "Whether the container may perform raw I/O (CAP_SYS_RAWIO).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysResource": {
      "title": "DomainFeaturesCapabilitiesSysResource",
      "description": "Whether the container may override resource limits (CAP_SYS_RESOURCE).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysTime": {
      "title": "DomainFeaturesCapabilitiesSysTime",
      "description": "Whether the container may set the system clock (CAP_SYS_TIME).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSysTtyConfig": {
      "title": "DomainFeaturesCapabilitiesSysTtyConfig",
      "description": "Whether the container may configure terminals (CAP_SYS_TTY_CONFIG).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesSyslog": {
      "title": "DomainFeaturesCapabilitiesSyslog",
      "description": "Whether the container may use privileged syslog operations (CAP_SYSLOG).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesCapabilitiesWakeAlarm": {
      "title": "DomainFeaturesCapabilitiesWakeAlarm",
      "description": "Whether the container may set wake-up alarms (CAP_WAKE_ALARM).",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesSmmTseg": {
      "title": "DomainFeaturesSmmTseg",
      "description": "Size of the extended TSEG memory area reserved for SMM (MiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesHptMaxpagesize": {
      "title": "DomainFeaturesHptMaxpagesize",
      "description": "Largest page size the guest may use to back its memory (KiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainFeaturesTcgTbCache": {
      "title": "DomainFeaturesTcgTbCache",
      "description": "Size of the translation block cache (KiB by default).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainDiskDriver": {
      "title": "DomainDiskDriver",
      "description": "Hypervisor driver settings for the disk: image format, caching, error handling, I/O mode.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "Backend driver name; for QEMU always `qemu`, for Xen e.g. `tap` or `phy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "raw",
            "dir",
            "bochs",
            "cloop",
            "dmg",
            "iso",
            "vpc",
            "vdi",
            "fat",
            "vhd",
            "ploop",
            "luks",
            "cow",
            "qcow",
            "qcow2",
            "qed",
            "vmdk",
            "aio"
          ],
          "description": "Image format of the top image (raw, qcow2, ...); `aio` is an old spelling of raw."
        },
        "cache": {
          "type": "string",
          "enum": [
            "default",
            "none",
            "writeback",
            "writethrough",
            "directsync",
            "unsafe"
          ],
          "description": "Host page-cache mode: default, none, writeback, writethrough, directsync or unsafe."
        },
        "error_policy": {
          "type": "string",
          "enum": [
            "stop",
            "report",
            "ignore",
            "enospace"
          ],
          "description": "Reaction to write (and, without rerror_policy, read) errors: stop the guest, report to it, ignore, or stop only on ENOSPC."
        },
        "rerror_policy": {
          "type": "string",
          "enum": [
            "stop",
            "report",
            "ignore"
          ],
          "description": "Reaction to read errors: stop, report or ignore."
        },
        "io": {
          "type": "string",
          "enum": [
            "threads",
            "native",
            "io_uring"
          ],
          "description": "Asynchronous I/O engine: `threads`, `native` (Linux AIO) or `io_uring`."
        },
        "ioeventfd": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Virtio: handle guest notifications through ioeventfd (asynchronous)."
        },
        "event_idx": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Virtio: enable the event-index interrupt mitigation feature."
        },
        "copy_on_read": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Copy data read from backing images into the top image."
        },
        "discard": {
          "type": "string",
          "enum": [
            "unmap",
            "ignore"
          ],
          "description": "Guest discard/TRIM requests: `unmap` passes them on, `ignore` drops them."
        },
        "iothread": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "ID of the domain IOThread that serves this virtio disk."
        },
        "detect_zeroes": {
          "type": "string",
          "enum": [
            "off",
            "on",
            "unmap"
          ],
          "description": "Detect all-zero writes: `off`, `on` (write zeroes efficiently) or `unmap` (discard them)."
        },
        "queues": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of virtqueues of a virtio-blk disk."
        },
        "queue_size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of each virtqueue of a virtio-blk disk."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        },
        "metadata_cache": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageMetadataCache"
            }
          ],
          "description": "Tuning of the format driver's metadata cache (qcow2 L2/refcount tables)."
        }
      },
      "additionalProperties": false
    },
    "DomainDiskMirror": {
      "title": "DomainDiskMirror",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "file",
            "block",
            "dir",
            "network",
            "volume",
            "nvme",
            "vhostuser"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorFile"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "block"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorBlock"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dir"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorDir"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "volume"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorVolume"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "nvme"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorNvme"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vhostuser"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDiskMirrorVhostuser"
          }
        }
      ]
    },
    "DomainDiskMirrorFile": {
      "title": "DomainDiskMirrorFile",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'file' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Destination file of the copy (old spelling)."
        },
        "@format": {
          "type": "string",
          "enum": [
            "raw",
            "dir",
            "bochs",
            "cloop",
            "dmg",
            "iso",
            "vpc",
            "vdi",
            "fat",
            "vhd",
            "ploop",
            "luks",
            "cow",
            "qcow",
            "qcow2",
            "qed",
            "vmdk"
          ],
          "description": "Image format of the destination file (old spelling)."
        },
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job; the old spelling only knows `copy`."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceFile"
            }
          ],
          "description": "Host file holding the image; leave it out for an empty removable drive."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "additionalProperties": false
    },
    "DomainDiskMirrorBlock": {
      "title": "DomainDiskMirrorBlock",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'block'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "block"
          ],
          "description": "Backing kind: a host block device."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceBlock"
            }
          ],
          "description": "Host block device backing the disk."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDiskMirrorDir": {
      "title": "DomainDiskMirrorDir",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'dir'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "dir"
          ],
          "description": "Backing kind: a host directory exposed as a virtual FAT disk."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceDir"
            }
          ],
          "description": "Host directory whose content the guest sees as a disk."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDiskMirrorNetwork": {
      "title": "DomainDiskMirrorNetwork",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Backing kind: an image reached over the network by QEMU's own client."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNetwork"
            }
          ],
          "description": "Network image: protocol, image name and server(s)."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainDiskMirrorVolume": {
      "title": "DomainDiskMirrorVolume",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'volume'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "volume"
          ],
          "description": "Backing kind: a volume of a libvirt storage pool."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVolume"
            }
          ],
          "description": "Storage pool volume backing the disk."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDiskMirrorNvme": {
      "title": "DomainDiskMirrorNvme",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'nvme'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "nvme"
          ],
          "description": "Backing kind: a host NVMe controller driven from userspace by QEMU."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNvme"
            }
          ],
          "description": "Host NVMe namespace backing the disk."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDiskMirrorVhostuser": {
      "title": "DomainDiskMirrorVhostuser",
      "description": "Destination and progress of a block job that mirrors this disk (reported by libvirt).\n\nVariant with `type` 'vhostuser'.",
      "type": "object",
      "properties": {
        "job": {
          "type": "string",
          "enum": [
            "copy",
            "active-commit"
          ],
          "description": "Kind of block job: `copy` (block copy) or `active-commit` (commit of the active layer)."
        },
        "type": {
          "type": "string",
          "enum": [
            "vhostuser"
          ],
          "description": "Backing kind: an external vhost-user block backend."
        },
        "ready": {
          "type": "string",
          "enum": [
            "yes",
            "abort",
            "pivot"
          ],
          "description": "Job phase: `yes` when source and destination are in sync, `abort` or `pivot` while finishing."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVhostUser"
            }
          ],
          "description": "UNIX socket of the vhost-user backend."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        }
      },
      "required": [
        "job",
        "type",
        "source"
      ],
      "additionalProperties": false
    },
    "DomainStorageAuth": {
      "title": "DomainStorageAuth",
      "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret.",
      "type": "object",
      "properties": {
        "username": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "User name presented to the server."
        },
        "secret": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuthSecret"
            }
          ],
          "description": "The libvirt secret holding the password or key."
        }
      },
      "required": [
        "username",
        "secret"
      ],
      "additionalProperties": false
    },
    "DomainDiskTarget": {
      "title": "DomainDiskTarget",
      "description": "How the disk appears in the guest: device name and bus.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:(ioemu:)?(fd|hd|sd|vd|xvd|ubd)[a-zA-Z0-9_]+)$",
          "description": "Logical device name (hda, sdb, vdc, xvda, fda...); an ordering hint, not a guaranteed guest name."
        },
        "bus": {
          "type": "string",
          "enum": [
            "ide",
            "fdc",
            "scsi",
            "virtio",
            "xen",
            "usb",
            "uml",
            "sata",
            "sd"
          ],
          "description": "Bus the disk is attached to; derived from `dev` when omitted."
        },
        "tray": {
          "type": "string",
          "enum": [
            "open",
            "closed"
          ],
          "description": "State of a CD-ROM/floppy tray: `open` or `closed`."
        },
        "removable": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "For USB and SCSI disks: whether the guest sees removable media."
        },
        "rotation_rate": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Reported rotation rate in RPM; 1 means solid-state."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainDeviceBoot": {
      "title": "DomainDeviceBoot",
      "description": "Makes the device bootable and gives its place in the boot order (mutually exclusive with `os/boot`).",
      "type": "object",
      "properties": {
        "order": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position in the boot order; 1 is tried first."
        },
        "loadparm": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9.\\s]{1,8})$",
          "description": "s390 boot menu selection passed to the firmware: 1 to 8 letters, digits, dots or blanks."
        }
      },
      "required": [
        "order"
      ],
      "additionalProperties": false
    },
    "DomainDiskBackenddomain": {
      "title": "DomainDiskBackenddomain",
      "description": "Xen: the driver domain that provides the disk's backend.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[^\\n]+)$",
          "description": "Name of the backend domain."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainDiskReadonly": {
      "title": "DomainDiskReadonly",
      "description": "The guest may not write to the disk.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainDiskShareable": {
      "title": "DomainDiskShareable",
      "description": "The disk may be used by several domains at once (no caching, no exclusive locks).",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainDiskTransient": {
      "title": "DomainDiskTransient",
      "description": "Guest writes go to an overlay that is thrown away when the domain stops.",
      "type": "object",
      "properties": {
        "shareBacking": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether several domains may share the original image below their overlays."
        }
      },
      "additionalProperties": false
    },
    "DomainDiskSerial": {
      "title": "DomainDiskSerial",
      "description": "Serial number reported to the guest.",
      "type": "string",
      "pattern": "^(?:[A-Za-z0-9_.+\\- ]+)$"
    },
    "DomainStorageEncryption": {
      "title": "DomainStorageEncryption",
      "description": "Encryption of the image content; the key comes from a libvirt secret.",
      "type": "object",
      "properties": {
        "format": {
          "type": "string",
          "enum": [
            "default",
            "qcow",
            "luks",
            "luks2"
          ],
          "description": "Encryption format: `luks`/`luks2` (LUKS header), `qcow` (legacy qcow AES) or `default`."
        },
        "engine": {
          "type": "string",
          "enum": [
            "qemu",
            "librbd"
          ],
          "description": "Who decrypts: `qemu` (QEMU's block layer) or `librbd` (Ceph's client library)."
        },
        "secret": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryptionSecret"
            }
          ],
          "description": "The libvirt secret holding the encryption passphrase."
        },
        "cipher": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryptionCipher"
            }
          ],
          "description": "Cipher of an existing LUKS volume (informational)."
        },
        "ivgen": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageEncryptionIvgen"
            }
          ],
          "description": "Initialization vector generator of an existing LUKS volume (informational)."
        }
      },
      "required": [
        "format"
      ],
      "additionalProperties": false
    },
    "DomainDiskIotune": {
      "title": "DomainDiskIotune",
      "description": "I/O throttling of the disk; limits are per second, bursts and group sharing optional.",
      "type": "object",
      "properties": {
        "total_bytes_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalBytesSec"
            }
          ],
          "description": "Total throughput limit, bytes per second."
        },
        "read_bytes_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadBytesSec"
            }
          ],
          "description": "Read throughput limit, bytes per second."
        },
        "write_bytes_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteBytesSec"
            }
          ],
          "description": "Write throughput limit, bytes per second."
        },
        "total_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalIopsSec"
            }
          ],
          "description": "Total I/O operations per second limit."
        },
        "read_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadIopsSec"
            }
          ],
          "description": "Read operations per second limit."
        },
        "write_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteIopsSec"
            }
          ],
          "description": "Write operations per second limit."
        },
        "total_bytes_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalBytesSecMax"
            }
          ],
          "description": "Burst total throughput, bytes per second."
        },
        "read_bytes_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadBytesSecMax"
            }
          ],
          "description": "Burst read throughput, bytes per second."
        },
        "write_bytes_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteBytesSecMax"
            }
          ],
          "description": "Burst write throughput, bytes per second."
        },
        "total_iops_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalIopsSecMax"
            }
          ],
          "description": "Burst total operations per second."
        },
        "read_iops_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadIopsSecMax"
            }
          ],
          "description": "Burst read operations per second."
        },
        "write_iops_sec_max": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteIopsSecMax"
            }
          ],
          "description": "Burst write operations per second."
        },
        "size_iops_sec": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneSizeIopsSec"
            }
          ],
          "description": "Size in bytes that counts as one I/O operation for the IOPS limits."
        },
        "group_name": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneGroupName"
            }
          ],
          "description": "Throttle group: disks with the same name share one set of limits."
        },
        "total_bytes_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalBytesSecMaxLength"
            }
          ],
          "description": "How long the total throughput burst may last, in seconds."
        },
        "read_bytes_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadBytesSecMaxLength"
            }
          ],
          "description": "How long the read throughput burst may last, in seconds."
        },
        "write_bytes_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteBytesSecMaxLength"
            }
          ],
          "description": "How long the write throughput burst may last, in seconds."
        },
        "total_iops_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneTotalIopsSecMaxLength"
            }
          ],
          "description": "How long the total IOPS burst may last, in seconds."
        },
        "read_iops_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneReadIopsSecMaxLength"
            }
          ],
          "description": "How long the read IOPS burst may last, in seconds."
        },
        "write_iops_sec_max_length": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDiskIotuneWriteIopsSecMaxLength"
            }
          ],
          "description": "How long the write IOPS burst may last, in seconds."
        }
      },
      "additionalProperties": false
    },
    "DomainDeviceAlias": {
      "title": "DomainDeviceAlias",
      "description": "The device's identifier inside the hypervisor; user-chosen names must start with `ua-`.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_\\-.]+)$",
          "description": "The alias itself."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAcpi": {
      "title": "DomainDeviceAcpi",
      "description": "ACPI settings of the device.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "ACPI index used by the guest to name the network interface predictably (e.g. `eno1`)."
        }
      },
      "additionalProperties": false
    },
    "DomainDeviceAddress": {
      "title": "DomainDeviceAddress",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "pci",
            "drive",
            "virtio-serial",
            "ccid",
            "usb",
            "spapr-vio",
            "ccw",
            "isa",
            "virtio-mmio",
            "dimm",
            "unassigned"
          ],
          "description": "A PCI (or PCI Express) slot."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "pci"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressPci"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "drive"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressDrive"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "virtio-serial"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressVirtioSerial"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ccid"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressCcid"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "usb"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressUsb"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "spapr-vio"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressSpaprVio"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "ccw"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressCcw"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "isa"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressIsa"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "virtio-mmio"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressVirtioMmio"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dimm"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressDimm"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "unassigned"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceAddressUnassigned"
          }
        }
      ]
    },
    "DomainDeviceAddressPci": {
      "title": "DomainDeviceAddressPci",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'pci'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "pci"
          ],
          "description": "A PCI (or PCI Express) slot."
        },
        "domain": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "PCI domain number (usually 0)."
        },
        "bus": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "PCI bus number."
        },
        "slot": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-1]?[0-9a-fA-F])$"
            }
          ],
          "description": "PCI slot number on the bus (0 to 31)."
        },
        "function": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-7])$"
            }
          ],
          "description": "PCI function number within the slot (0 to 7)."
        },
        "multifunction": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the slot's multifunction bit is set (needed on function 0 when other functions are used)."
        },
        "zpci": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainDeviceAddressZpci"
            }
          ],
          "description": "s390 zPCI identifiers of a PCI device."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressDrive": {
      "title": "DomainDeviceAddressDrive",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'drive'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "drive"
          ],
          "description": "A unit on a disk controller (IDE, SATA, SCSI, floppy)."
        },
        "controller": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Index of the controller."
        },
        "bus": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Bus number on the controller."
        },
        "target": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Target number on the bus."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,5})$",
          "description": "Unit (LUN) number on the target."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressVirtioSerial": {
      "title": "DomainDeviceAddressVirtioSerial",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'virtio-serial'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "virtio-serial"
          ],
          "description": "A port of a virtio-serial controller."
        },
        "controller": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Index of the virtio-serial controller."
        },
        "bus": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Bus number on the controller (always 0 in practice)."
        },
        "port": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Port number on the bus."
        }
      },
      "required": [
        "type",
        "controller"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressCcid": {
      "title": "DomainDeviceAddressCcid",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'ccid'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "ccid"
          ],
          "description": "A slot of a CCID (USB smartcard reader) controller."
        },
        "controller": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Index of the CCID controller."
        },
        "slot": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "Slot number on the controller."
        }
      },
      "required": [
        "type",
        "controller"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressUsb": {
      "title": "DomainDeviceAddressUsb",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'usb'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "usb"
          ],
          "description": "A port of a USB controller or hub."
        },
        "bus": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,3})$",
          "description": "Index of the USB controller."
        },
        "port": {
          "type": "string",
          "pattern": "^(?:((0x)?[0-9a-fA-F]{1,3}\\.){0,3}(0x)?[0-9a-fA-F]{1,3})$",
          "description": "Port path: up to four dot-separated port numbers, one per hub level (e.g. `1.2`)."
        }
      },
      "required": [
        "type",
        "bus"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressSpaprVio": {
      "title": "DomainDeviceAddressSpaprVio",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'spapr-vio'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "spapr-vio"
          ],
          "description": "A device on the PAPR virtual I/O bus of pSeries guests."
        },
        "reg": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$",
          "description": "Register address of the device on the VIO bus (hex, up to 8 digits)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressCcw": {
      "title": "DomainDeviceAddressCcw",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'ccw'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "ccw"
          ],
          "description": "An s390 channel (CCW) device number."
        },
        "cssid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-eA-E][0-9a-fA-F]?)$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[fF][0-9a-eA-E]?)$"
            }
          ],
          "description": "Channel subsystem id, 0 to 0xfe."
        },
        "ssid": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-3])$",
          "description": "Subchannel set id, 0 to 3."
        },
        "devno": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,4})$"
            }
          ],
          "description": "Device number within the subchannel set, 0 to 0xffff."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressIsa": {
      "title": "DomainDeviceAddressIsa",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'isa'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "isa"
          ],
          "description": "A legacy ISA device."
        },
        "iobase": {
          "type": "string",
          "pattern": "^(?:0x[a-fA-F0-9]{1,4})$",
          "description": "Base I/O port, as `0x` and up to four hex digits."
        },
        "irq": {
          "type": "string",
          "pattern": "^(?:0x[a-fA-F0-9])$",
          "description": "Interrupt line, as `0x` and one hex digit."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressVirtioMmio": {
      "title": "DomainDeviceAddressVirtioMmio",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'virtio-mmio'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "virtio-mmio"
          ],
          "description": "A memory-mapped virtio transport slot (ARM and RISC-V virt machines); no further attributes."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressDimm": {
      "title": "DomainDeviceAddressDimm",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'dimm'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "dimm"
          ],
          "description": "A memory module slot (for memory devices)."
        },
        "slot": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Slot number of the module."
        },
        "base": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-f]+)$",
          "description": "Guest physical base address of the module (hex)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceAddressUnassigned": {
      "title": "DomainDeviceAddressUnassigned",
      "description": "Where the device sits on the guest's buses; the `type` attribute picks the bus kind and so which other attributes apply.\n\nVariant with `type` 'unassigned'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "unassigned"
          ],
          "description": "The device is known to the domain but deliberately not plugged into any guest bus (host devices only)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDiskGeometry": {
      "title": "DomainDiskGeometry",
      "description": "Overrides the BIOS-visible CHS geometry of the disk.",
      "type": "object",
      "properties": {
        "cyls": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of cylinders."
        },
        "heads": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of heads."
        },
        "secs": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Sectors per track."
        },
        "trans": {
          "type": "string",
          "enum": [
            "auto",
            "none",
            "lba"
          ],
          "description": "BIOS translation mode: `auto`, `none` or `lba`."
        }
      },
      "required": [
        "cyls",
        "heads",
        "secs"
      ],
      "additionalProperties": false
    },
    "DomainDiskBlockio": {
      "title": "DomainDiskBlockio",
      "description": "Overrides the block sizes reported to the guest.",
      "type": "object",
      "properties": {
        "logical_block_size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Logical block size in bytes (smallest addressable unit)."
        },
        "physical_block_size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Physical block size in bytes (the disk's internal sector size)."
        }
      },
      "additionalProperties": false
    },
    "DomainDiskWwn": {
      "title": "DomainDiskWwn",
      "description": "World Wide Name reported for IDE/SCSI disks (16 hex digits).",
      "type": "string",
      "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$"
    },
    "DomainDiskVendor": {
      "title": "DomainDiskVendor",
      "description": "SCSI vendor string reported to the guest (up to 8 printable ASCII characters).",
      "type": "string",
      "pattern": "^(?:[ -~]{0,8})$"
    },
    "DomainDiskProduct": {
      "title": "DomainDiskProduct",
      "description": "SCSI product string reported to the guest (up to 16 printable ASCII characters).",
      "type": "string",
      "pattern": "^(?:[ -~]{0,16})$"
    },
    "DomainStorageBackingStore": {
      "title": "DomainStorageBackingStore",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "file",
            "block",
            "dir",
            "network",
            "volume",
            "nvme",
            "vhostuser"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "file"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreFile"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "block"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreBlock"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "dir"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreDir"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "volume"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreVolume"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "nvme"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreNvme"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vhostuser"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageBackingStoreVhostuser"
          }
        }
      ]
    },
    "DomainStorageBackingStoreFile": {
      "title": "DomainStorageBackingStoreFile",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'file' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "file"
          ],
          "description": "Backing kind: a regular host file (the default when `type` is omitted)."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceFile"
            }
          ],
          "description": "Host file holding the image; leave it out for an empty removable drive."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageBackingStoreBlock": {
      "title": "DomainStorageBackingStoreBlock",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'block'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "block"
          ],
          "description": "Backing kind: a host block device."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceBlock"
            }
          ],
          "description": "Host block device backing the disk."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStorageBackingStoreDir": {
      "title": "DomainStorageBackingStoreDir",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'dir'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "dir"
          ],
          "description": "Backing kind: a host directory exposed as a virtual FAT disk."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceDir"
            }
          ],
          "description": "Host directory whose content the guest sees as a disk."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStorageBackingStoreNetwork": {
      "title": "DomainStorageBackingStoreNetwork",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Backing kind: an image reached over the network by QEMU's own client."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNetwork"
            }
          ],
          "description": "Network image: protocol, image name and server(s)."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "source",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStorageBackingStoreVolume": {
      "title": "DomainStorageBackingStoreVolume",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'volume'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "volume"
          ],
          "description": "Backing kind: a volume of a libvirt storage pool."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVolume"
            }
          ],
          "description": "Storage pool volume backing the disk."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStorageBackingStoreNvme": {
      "title": "DomainStorageBackingStoreNvme",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'nvme'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "nvme"
          ],
          "description": "Backing kind: a host NVMe controller driven from userspace by QEMU."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceNvme"
            }
          ],
          "description": "Host NVMe namespace backing the disk."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStorageBackingStoreVhostuser": {
      "title": "DomainStorageBackingStoreVhostuser",
      "description": "The image the enclosing image is layered on, with its own source, format and further chain.\n\nVariant with `type` 'vhostuser'.",
      "type": "object",
      "properties": {
        "index": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Position of this image in the chain, as reported by libvirt."
        },
        "type": {
          "type": "string",
          "enum": [
            "vhostuser"
          ],
          "description": "Backing kind: an external vhost-user block backend."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceVhostUser"
            }
          ],
          "description": "UNIX socket of the vhost-user backend."
        },
        "backingStore": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageBackingStore"
            }
          ],
          "description": "The image the enclosing image is layered on, with its own source, format and further chain."
        },
        "format": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageFormat"
            }
          ],
          "description": "Format of the image file."
        }
      },
      "required": [
        "type",
        "source",
        "format"
      ],
      "additionalProperties": false
    },
    "DomainStoragePrivateData": {
      "title": "DomainStoragePrivateData",
      "description": "Reserved for libvirt's internal status XML; never valid in a domain definition.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainControllerDriver": {
      "title": "DomainControllerDriver",
      "description": "Hypervisor settings of the controller (mostly for virtio-scsi).",
      "type": "object",
      "properties": {
        "queues": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of request queues."
        },
        "cmd_per_lun": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum number of queued commands per LUN."
        },
        "max_sectors": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum transfer size of one command, in sectors."
        },
        "ioeventfd": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Handle guest notifications through ioeventfd."
        },
        "iothread": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "ID of the domain IOThread that serves this controller."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainControllerMaster": {
      "title": "DomainControllerMaster",
      "description": "Makes this (UHCI) controller a companion of the EHCI controller with the same index.",
      "type": "object",
      "properties": {
        "startport": {
          "type": "string",
          "pattern": "^(?:((0x)?[0-9a-fA-F]{1,3}\\.){0,3}(0x)?[0-9a-fA-F]{1,3})$",
          "description": "First port of the master controller this companion serves."
        }
      },
      "required": [
        "startport"
      ],
      "additionalProperties": false
    },
    "DomainControllerModel": {
      "title": "DomainControllerModel",
      "description": "The emulated device implementing the controller's role.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "spapr-pci-host-bridge",
            "pci-bridge",
            "i82801b11-bridge",
            "pcie-pci-bridge",
            "ioh3420",
            "pcie-root-port",
            "x3130-upstream",
            "xio3130-downstream",
            "pxb",
            "pxb-pcie"
          ],
          "description": "Device model, e.g. pcie-root-port or ioh3420 for a root port."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainControllerPciTarget": {
      "title": "DomainControllerPciTarget",
      "description": "Guest-visible numbering and options of the PCI controller.",
      "type": "object",
      "properties": {
        "chassisNr": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Chassis number of a pci-bridge."
        },
        "chassis": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Chassis number of a PCIe port."
        },
        "port": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Port number of a PCIe port."
        },
        "busNr": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "First bus number of an expander bus."
        },
        "index": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Index of an spapr PCI host bridge."
        },
        "hotplug": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether devices may be hot-plugged into this port."
        },
        "node": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainControllerPciTargetNode"
            }
          ],
          "description": "Guest NUMA node an expander bus belongs to."
        }
      },
      "additionalProperties": false
    },
    "DomainControllerPcihole64": {
      "title": "DomainControllerPcihole64",
      "description": "Size of the 64-bit PCI MMIO window of the root bus; KiB unless `unit` says otherwise.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainLeaseLockspace": {
      "title": "DomainLeaseLockspace",
      "description": "Name of the lockspace the lease key lives in.",
      "type": "string"
    },
    "DomainLeaseKey": {
      "title": "DomainLeaseKey",
      "description": "Name of the lease within the lockspace.",
      "type": "string"
    },
    "DomainLeaseTarget": {
      "title": "DomainLeaseTarget",
      "description": "The file holding the lease.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "description": "Path of the lease file on shared storage."
        },
        "offset": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Byte offset of the lease inside the file."
        }
      },
      "required": [
        "path"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemDriver": {
      "title": "DomainFilesystemDriver",
      "description": "How the hypervisor implements the share.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "path",
            "handle",
            "loop",
            "nbd",
            "ploop",
            "virtiofs"
          ],
          "description": "Driver: `path` or `handle` (9p), `loop`/`nbd` (image mounts) or `ploop`."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "path",
                  "handle",
                  "loop",
                  "nbd",
                  "ploop"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemDriverPath"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "virtiofs"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainFilesystemDriverVirtiofs"
          }
        }
      ]
    },
    "DomainFilesystemDriverPath": {
      "title": "DomainFilesystemDriverPath",
      "description": "How the hypervisor implements the share.\n\nVariant with `type` one of 'path', 'handle', 'loop', 'nbd', 'ploop' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "path",
            "handle",
            "loop",
            "nbd",
            "ploop"
          ],
          "description": "Driver: `path` or `handle` (9p), `loop`/`nbd` (image mounts) or `ploop`."
        },
        "format": {
          "type": "string",
          "enum": [
            "raw",
            "dir",
            "bochs",
            "cloop",
            "dmg",
            "iso",
            "vpc",
            "vdi",
            "fat",
            "vhd",
            "ploop",
            "luks",
            "cow",
            "qcow",
            "qcow2",
            "qed",
            "vmdk"
          ],
          "description": "Image format for loop/nbd sources."
        },
        "wrpolicy": {
          "type": "string",
          "enum": [
            "immediate"
          ],
          "description": "`immediate`: guest writes are flushed to the host at once."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemDriverVirtiofs": {
      "title": "DomainFilesystemDriverVirtiofs",
      "description": "How the hypervisor implements the share.\n\nVariant with `type` 'virtiofs'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "virtiofs"
          ],
          "description": "Driver: virtio-fs, served by a virtiofsd process."
        },
        "queue": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of the virtio-fs request queue."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemBinary": {
      "title": "DomainFilesystemBinary",
      "description": "Settings of the virtiofsd daemon libvirt starts for this share.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the virtiofsd binary to run."
        },
        "xattr": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether extended attributes are supported."
        },
        "cache": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBinaryCache"
            }
          ],
          "description": "Guest-side caching of file data and metadata."
        },
        "sandbox": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBinarySandbox"
            }
          ],
          "description": "How virtiofsd confines itself."
        },
        "lock": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBinaryLock"
            }
          ],
          "description": "File locking offered to the guest."
        },
        "thread_pool": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainFilesystemBinaryThreadPool"
            }
          ],
          "description": "Worker thread pool of virtiofsd."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemMountSource": {
      "title": "DomainFilesystemMountSource",
      "description": "The shared host directory, or the socket of an externally started virtiofsd.",
      "type": "object",
      "properties": {
        "dir": {
          "type": "string",
          "pattern": "^(?:/.*)$",
          "description": "Absolute path of the host directory."
        },
        "socket": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the UNIX socket of an already running virtiofsd."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemTarget": {
      "title": "DomainFilesystemTarget",
      "description": "Where the guest finds the file system.",
      "type": "object",
      "properties": {
        "dir": {
          "type": "string",
          "description": "Mount tag (9p/virtiofs) or mount point inside the container."
        }
      },
      "required": [
        "dir"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemReadonly": {
      "title": "DomainFilesystemReadonly",
      "description": "The guest may only read the file system.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainFilesystemSpaceHardLimit": {
      "title": "DomainFilesystemSpaceHardLimit",
      "description": "Hard quota of the file system; bytes unless `unit` says otherwise.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemSpaceSoftLimit": {
      "title": "DomainFilesystemSpaceSoftLimit",
      "description": "Soft quota of the file system; bytes unless `unit` says otherwise.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemBindSource": {
      "title": "DomainFilesystemBindSource",
      "description": "Directory to bind-mount.",
      "type": "object",
      "properties": {
        "dir": {
          "type": "string",
          "pattern": "^(?:/.*)$",
          "description": "Absolute path of the directory."
        }
      },
      "required": [
        "dir"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemFileSource": {
      "title": "DomainFilesystemFileSource",
      "description": "The image file.",
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the image file."
        }
      },
      "required": [
        "file"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemBlockSource": {
      "title": "DomainFilesystemBlockSource",
      "description": "The host block device.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the block device."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemTemplateSource": {
      "title": "DomainFilesystemTemplateSource",
      "description": "The template to use.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "Name of the template."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainFilesystemRamSource": {
      "title": "DomainFilesystemRamSource",
      "description": "Size of the RAM file system.",
      "type": "object",
      "properties": {
        "usage": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size limit; KiB unless `units` says otherwise."
        },
        "units": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of `usage` (e.g. KiB, MiB, GiB)."
        }
      },
      "required": [
        "usage"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceNetworkSource": {
      "title": "DomainInterfaceNetworkSource",
      "description": "The virtual network (and optionally its port group) to use.",
      "type": "object",
      "properties": {
        "network": {
          "type": "string",
          "description": "Name of the libvirt virtual network to connect to."
        },
        "portgroup": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Port group of the network whose settings apply to this interface."
        },
        "portid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the network port object created for this interface."
        },
        "bridge": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_\\.\\-\\\\:/ ]*)$",
          "description": "Name of the host bridge device the tap is attached to."
        },
        "macTableManager": {
          "type": "string",
          "enum": [
            "kernel",
            "libvirt"
          ],
          "description": "Who manages the bridge's forwarding table."
        }
      },
      "required": [
        "network"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVirtualport": {
      "title": "DomainInterfaceVirtualport",
      "description": "IEEE 802.1Qbg (VEPA/VDP) port profile.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "802.1Qbg",
            "802.1Qbh",
            "openvswitch",
            "midonet"
          ],
          "description": "Switch technology in use."
        },
        "parameters": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceVirtualportParameters"
            }
          ],
          "description": "VDP association parameters."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceLink": {
      "title": "DomainInterfaceLink",
      "description": "Virtual link state as seen by the guest.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "up",
            "down"
          ],
          "description": "up (default) or down, as if the cable were unplugged."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainNetMtu": {
      "title": "DomainNetMtu",
      "description": "Maximum transmission unit of the link.",
      "type": "object",
      "properties": {
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "MTU in bytes (0-65535)."
        }
      },
      "required": [
        "size"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceCoalesce": {
      "title": "DomainInterfaceCoalesce",
      "description": "Interrupt coalescing of the host-side device.",
      "type": "object",
      "properties": {
        "rx": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesceRx"
            }
          ],
          "description": "Settings for received packets."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceTarget": {
      "title": "DomainInterfaceTarget",
      "description": "The host-side device (tap/macvtap) backing the card.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Name of the host device; generated (vnetN, macvtapN) when absent."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "no means the tap device already exists and libvirt must not create or delete it."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceGuest": {
      "title": "DomainInterfaceGuest",
      "description": "Name of the interface inside the guest (containers).",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Requested name inside the guest."
        },
        "actual": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Name actually given inside the guest (live XML)."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceMac": {
      "title": "DomainInterfaceMac",
      "description": "The card's hardware address; generated when absent.",
      "type": "object",
      "properties": {
        "address": {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9][02468aAcCeE](:[a-fA-F0-9]{2}){5})$",
          "description": "Unicast MAC address, e.g. 52:54:00:12:34:56."
        },
        "type": {
          "type": "string",
          "enum": [
            "generated",
            "static"
          ],
          "description": "Whether the address was generated by libvirt or given by the user (VMware)."
        },
        "check": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "no skips the check that a static address is in the allowed range (VMware)."
        }
      },
      "required": [
        "address"
      ],
      "additionalProperties": false
    },
    "DomainNetIpAddress": {
      "title": "DomainNetIpAddress",
      "description": "A static IP address for the interface.",
      "type": "object",
      "properties": {
        "address": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "The IPv4 or IPv6 address."
        },
        "family": {
          "type": "string",
          "enum": [
            "ipv4",
            "ipv6"
          ],
          "description": "Address family; guessed from the address when absent."
        },
        "prefix": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Network prefix length."
        },
        "peer": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "Address of the other end of a point-to-point link."
        }
      },
      "required": [
        "address"
      ],
      "additionalProperties": false
    },
    "DomainNetRoute": {
      "title": "DomainNetRoute",
      "description": "A static route: traffic for the given network goes through the gateway.",
      "type": "object",
      "properties": {
        "family": {
          "type": "string",
          "enum": [
            "ipv4",
            "ipv6"
          ],
          "description": "Address family of the route; guessed from the address when absent."
        },
        "address": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "Destination network address."
        },
        "netmask": {
          "type": "string",
          "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$",
          "description": "IPv4 netmask of the destination network (alternative to prefix)."
        },
        "prefix": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Prefix length of the destination network."
        },
        "gateway": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "Address of the next hop."
        },
        "metric": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Route priority; lower values win."
        }
      },
      "required": [
        "address",
        "gateway"
      ],
      "additionalProperties": false
    },
    "DomainInterfacePortForward": {
      "title": "DomainInterfacePortForward",
      "description": "Forward host ports to the guest (user-mode/passt backend).",
      "type": "object",
      "properties": {
        "proto": {
          "type": "string",
          "enum": [
            "tcp",
            "udp"
          ],
          "description": "Protocol to forward: tcp or udp."
        },
        "address": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "Host address to listen on; all addresses when absent."
        },
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Host interface to listen on."
        },
        "range": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainInterfacePortForwardRange"
          },
          "description": "A port or port range to forward (all ports when no range is given)."
        }
      },
      "required": [
        "proto"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceScript": {
      "title": "DomainInterfaceScript",
      "description": "Script run on the host to set up the tap device after it is created.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "Script path."
        }
      },
      "required": [
        "path"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceDownscript": {
      "title": "DomainInterfaceDownscript",
      "description": "Script run on the host when the tap device is torn down.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "Script path."
        }
      },
      "required": [
        "path"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceBackenddomain": {
      "title": "DomainInterfaceBackenddomain",
      "description": "Xen driver domain that provides the backend of this card.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[^\\n]+)$",
          "description": "Name of the backend domain."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceModel": {
      "title": "DomainInterfaceModel",
      "description": "The emulated NIC model shown to the guest.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9\\-_]+)$",
          "description": "Model name, e.g. virtio, e1000e, rtl8139 (hypervisor specific)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceBackend": {
      "title": "DomainInterfaceBackend",
      "description": "Overrides how the host side of the card is provided.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "passt"
          ],
          "description": "passt selects the passt user-mode backend instead of SLIRP (type user)."
        },
        "tap": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Tun/tap clone device to open instead of /dev/net/tun."
        },
        "vhost": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "vhost-net device to open instead of /dev/vhost-net."
        },
        "logFile": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Log file of the passt process."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceDriver": {
      "title": "DomainInterfaceDriver",
      "description": "Backend driver of the card and its tuning knobs.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "kvm",
            "vfio",
            "xen",
            "qemu",
            "vhost"
          ],
          "description": "Device assignment backend for hostdev interfaces (kvm, vfio) or the Xen backend; no queue tuning applies."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "kvm",
                  "vfio",
                  "xen"
                ]
              }
            },
            "required": [
              "name"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceDriverKvm"
          }
        },
        {
          "if": {
            "properties": {
              "name": {
                "enum": [
                  "qemu",
                  "vhost"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainInterfaceDriverQemu"
          }
        }
      ]
    },
    "DomainInterfaceDriverKvm": {
      "title": "DomainInterfaceDriverKvm",
      "description": "Backend driver of the card and its tuning knobs.\n\nVariant with `name` one of 'kvm', 'vfio', 'xen'.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "kvm",
            "vfio",
            "xen"
          ],
          "description": "Device assignment backend for hostdev interfaces (kvm, vfio) or the Xen backend; no queue tuning applies."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        },
        "rss": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Receive-side scaling in the virtio-net device."
        },
        "rss_hash_report": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Report the RSS hash value to the guest."
        },
        "host": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriverHost"
            }
          ],
          "description": "Offloads between the virtio device and the host backend."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriverGuest"
            }
          ],
          "description": "Offloads advertised to the guest driver."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceDriverQemu": {
      "title": "DomainInterfaceDriverQemu",
      "description": "Backend driver of the card and its tuning knobs.\n\nVariant with `name` one of 'qemu', 'vhost' (also when `name` is left out).",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "qemu",
            "vhost"
          ],
          "description": "qemu processes packets in the QEMU process; vhost uses the in-kernel vhost-net (default when available)."
        },
        "queues": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of queue pairs (multiqueue virtio-net)."
        },
        "rx_queue_size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of each receive virtqueue."
        },
        "tx_queue_size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of each transmit virtqueue."
        },
        "txmode": {
          "type": "string",
          "enum": [
            "iothread",
            "timer"
          ],
          "description": "How QEMU schedules transmission without vhost: iothread (bottom half) or timer."
        },
        "ioeventfd": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Handle guest notifications in a separate thread via ioeventfd."
        },
        "event_idx": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Use the virtio event index feature to reduce interrupts."
        },
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        },
        "rss": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Receive-side scaling in the virtio-net device."
        },
        "rss_hash_report": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Report the RSS hash value to the guest."
        },
        "host": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriverHost"
            }
          ],
          "description": "Offloads between the virtio device and the host backend."
        },
        "guest": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceDriverGuest"
            }
          ],
          "description": "Offloads advertised to the guest driver."
        }
      },
      "additionalProperties": false
    },
    "DomainNetFilterRef": {
      "title": "DomainNetFilterRef",
      "description": "Attaches an nwfilter traffic filter to the port.",
      "type": "object",
      "properties": {
        "filter": {
          "type": "string",
          "description": "Name of the filter to apply."
        },
        "parameter": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetFilterRefParameter"
          },
          "description": "A variable handed to the filter rules."
        }
      },
      "required": [
        "filter"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceTune": {
      "title": "DomainInterfaceTune",
      "description": "Host-side tuning of the tap device.",
      "type": "object",
      "properties": {
        "sndbuf": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceTuneSndbuf"
            }
          ],
          "description": "Send buffer size of the tap device in bytes."
        }
      },
      "additionalProperties": false
    },
    "DomainDeviceRom": {
      "title": "DomainDeviceRom",
      "description": "The option ROM a PCI device exposes to the guest.",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`no` removes the ROM altogether."
        },
        "bar": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the ROM is visible in the device's memory map (its BAR)."
        },
        "file": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Host file with the ROM image to present instead of the default one."
        }
      },
      "additionalProperties": false
    },
    "DomainNetBandwidth": {
      "title": "DomainNetBandwidth",
      "description": "Quality-of-service limits for the traffic of this port; each direction is optional.",
      "type": "object",
      "properties": {
        "classID": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Traffic-control class number assigned by libvirt (reported in live XML)."
        },
        "inbound": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidthInbound"
            }
          ],
          "description": "Limits for traffic flowing towards the guest."
        },
        "outbound": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainNetBandwidthOutbound"
            }
          ],
          "description": "Limits for traffic leaving the guest."
        }
      },
      "additionalProperties": false
    },
    "DomainNetVlan": {
      "title": "DomainNetVlan",
      "description": "VLAN tagging applied to the guest's traffic (needs a switch that supports it).",
      "type": "object",
      "properties": {
        "trunk": {
          "type": "string",
          "enum": [
            "yes"
          ],
          "description": "Set to yes to pass several tagged VLANs (a trunk) to the guest."
        },
        "tag": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetVlanTag"
          },
          "description": "One VLAN the port belongs to."
        }
      },
      "required": [
        "tag"
      ],
      "additionalProperties": false
    },
    "DomainNetPortOptions": {
      "title": "DomainNetPortOptions",
      "description": "Per-port switch settings.",
      "type": "object",
      "properties": {
        "isolated": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes keeps this port from talking to other isolated ports on the same bridge."
        }
      },
      "additionalProperties": false
    },
    "DomainDeviceTeaming": {
      "title": "DomainDeviceTeaming",
      "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "persistent",
            "transient"
          ],
          "description": "`persistent`: the team member that stays plugged in (the virtio NIC)."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "persistent"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceTeamingPersistent"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "transient"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceTeamingTransient"
          }
        }
      ]
    },
    "DomainDeviceTeamingPersistent": {
      "title": "DomainDeviceTeamingPersistent",
      "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.\n\nVariant with `type` 'persistent'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "persistent"
          ],
          "description": "`persistent`: the team member that stays plugged in (the virtio NIC)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainDeviceTeamingTransient": {
      "title": "DomainDeviceTeamingTransient",
      "description": "Pairs two network devices into a failover team (virtio-net failover with an SR-IOV VF), e.g. to migrate a guest that uses an assigned NIC.\n\nVariant with `type` 'transient'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "transient"
          ],
          "description": "`transient`: the member that may be unplugged, e.g. around migration (usually the assigned VF)."
        },
        "persistent": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_\\-.]+)$",
          "description": "Alias of the persistent member of the team."
        }
      },
      "required": [
        "type",
        "persistent"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceBridgeSource": {
      "title": "DomainInterfaceBridgeSource",
      "description": "The host bridge to join.",
      "type": "object",
      "properties": {
        "bridge": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_\\.\\-\\\\:/ ]*)$",
          "description": "Name of the host bridge device the tap is attached to."
        },
        "macTableManager": {
          "type": "string",
          "enum": [
            "kernel",
            "libvirt"
          ],
          "description": "Who manages the bridge's forwarding table."
        },
        "network": {
          "type": "string",
          "description": "Name of the libvirt virtual network to connect to."
        },
        "portgroup": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Port group of the network whose settings apply to this interface."
        },
        "portid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the network port object created for this interface."
        }
      },
      "required": [
        "bridge"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceEthernetSource": {
      "title": "DomainInterfaceEthernetSource",
      "description": "Host-side addresses and routes to set on the tap device.",
      "type": "object",
      "properties": {
        "ip": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetIpAddress"
          },
          "description": "A static IP address for the interface."
        },
        "route": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainNetRoute"
          },
          "description": "A static route: traffic for the given network goes through the gateway."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceDirectSource": {
      "title": "DomainInterfaceDirectSource",
      "description": "The physical host interface to stack on.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Host NIC name, e.g. eth0."
        },
        "mode": {
          "type": "string",
          "pattern": "^(?:(vepa|bridge|private|passthrough))$",
          "description": "macvtap mode: vepa (default), bridge, private or passthrough."
        },
        "network": {
          "type": "string",
          "description": "Name of the libvirt virtual network to connect to."
        },
        "portgroup": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Port group of the network whose settings apply to this interface."
        },
        "portid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the network port object created for this interface."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceHostdevSource": {
      "title": "DomainInterfaceHostdevSource",
      "description": "Which host device to assign.",
      "type": "object",
      "properties": {
        "missing": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes when the USB device is allowed to be absent."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceSourceVendor"
            }
          ],
          "description": "USB vendor of the device."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceSourceProduct"
            }
          ],
          "description": "USB product of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceSourceAddress"
            }
          ],
          "description": "Host USB bus/device location of the device."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceUserSource": {
      "title": "DomainInterfaceUserSource",
      "description": "Host interface the user-mode stack binds to (passt only).",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Host interface name."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceInternalSource": {
      "title": "DomainInterfaceInternalSource",
      "description": "The internal network to join.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Internal network name."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceMcastSource": {
      "title": "DomainInterfaceMcastSource",
      "description": "The multicast group or server to reach.",
      "type": "object",
      "properties": {
        "@address": {
          "type": "string",
          "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$",
          "description": "IPv4 address."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Port number."
        }
      },
      "required": [
        "@address",
        "port"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceServerSource": {
      "title": "DomainInterfaceServerSource",
      "description": "Where to listen.",
      "type": "object",
      "properties": {
        "@address": {
          "type": "string",
          "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$",
          "description": "IPv4 address to listen on; all addresses when absent."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "TCP port to listen on."
        }
      },
      "required": [
        "port"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceUdpSource": {
      "title": "DomainInterfaceUdpSource",
      "description": "The remote end of the tunnel.",
      "type": "object",
      "properties": {
        "@address": {
          "type": "string",
          "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$",
          "description": "IPv4 address."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Port number."
        },
        "local": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceSourceLocal"
            }
          ],
          "description": "The local end of the tunnel."
        }
      },
      "required": [
        "@address",
        "port",
        "local"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVhostuserSource": {
      "title": "DomainInterfaceVhostuserSource",
      "description": "The vhost-user UNIX socket.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "unix"
          ],
          "description": "Socket kind; only unix exists."
        },
        "path": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the socket."
        },
        "mode": {
          "type": "string",
          "enum": [
            "server",
            "client"
          ],
          "description": "server: QEMU creates the socket; client: QEMU connects to it."
        },
        "reconnect": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceSourceReconnect"
            }
          ],
          "description": "Reconnect automatically when the backend goes away (client mode)."
        }
      },
      "required": [
        "type",
        "path",
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVdpaSource": {
      "title": "DomainInterfaceVdpaSource",
      "description": "The host vhost-vdpa character device.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "Device path, e.g. /dev/vhost-vdpa-0."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceVdsSource": {
      "title": "DomainInterfaceVdsSource",
      "description": "The distributed switch port.",
      "type": "object",
      "properties": {
        "switchid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the distributed switch."
        },
        "portid": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Port number on the switch."
        },
        "portgroupid": {
          "type": "string",
          "description": "Identifier of the distributed port group."
        },
        "connectionid": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Connection cookie of the port."
        }
      },
      "required": [
        "switchid",
        "portid",
        "portgroupid",
        "connectionid"
      ],
      "additionalProperties": false
    },
    "DomainInputDriver": {
      "title": "DomainInputDriver",
      "description": "virtio transport options of a virtio input device.",
      "type": "object",
      "properties": {
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainInputPassthroughSource": {
      "title": "DomainInputPassthroughSource",
      "description": "The host event device.",
      "type": "object",
      "properties": {
        "evdev": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Path of the host event device, e.g. /dev/input/event1."
        }
      },
      "required": [
        "evdev"
      ],
      "additionalProperties": false
    },
    "DomainInputEvdevSource": {
      "title": "DomainInputEvdevSource",
      "description": "The host event device and how it is grabbed.",
      "type": "object",
      "properties": {
        "dev": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Path of the host event device."
        },
        "grab": {
          "type": "string",
          "enum": [
            "all"
          ],
          "description": "all grabs every input device of the host, not just this one, when toggled to the guest."
        },
        "grabToggle": {
          "type": "string",
          "enum": [
            "ctrl-ctrl",
            "alt-alt",
            "shift-shift",
            "meta-meta",
            "scrolllock",
            "ctrl-scrolllock"
          ],
          "description": "Key combination that switches the device between host and guest."
        },
        "repeat": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "on lets the guest see key auto-repeat events."
        }
      },
      "required": [
        "dev"
      ],
      "additionalProperties": false
    },
    "DomainAudioReference": {
      "title": "DomainAudioReference",
      "description": "Routes this device's sound through the audio backend with the given id.",
      "type": "object",
      "properties": {
        "id": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "id of an audio device of the domain."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainSoundCodec": {
      "title": "DomainSoundCodec",
      "description": "A codec attached to an HDA card; a duplex codec is used when none is given.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "duplex",
            "micro",
            "output"
          ],
          "description": "duplex (line in and out), micro (microphone and speaker) or output (speaker only)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainAudioDirectionsInput": {
      "title": "DomainAudioDirectionsInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioDirectionsOutput": {
      "title": "DomainAudioDirectionsOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioAlsaInput": {
      "title": "DomainAudioAlsaInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "dev": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "ALSA device name, e.g. hw:0,0."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioAlsaOutput": {
      "title": "DomainAudioAlsaOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "dev": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "ALSA device name, e.g. hw:0,0."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioCoreaudioInput": {
      "title": "DomainAudioCoreaudioInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioCoreaudioOutput": {
      "title": "DomainAudioCoreaudioOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioJackInput": {
      "title": "DomainAudioJackInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "serverName": {
          "type": "string",
          "description": "JACK server to connect to."
        },
        "clientName": {
          "type": "string",
          "description": "Client name shown in JACK."
        },
        "connectPorts": {
          "type": "string",
          "description": "Regular expression of JACK ports to connect to automatically."
        },
        "exactName": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses clientName exactly instead of letting JACK make it unique."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioJackOutput": {
      "title": "DomainAudioJackOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "serverName": {
          "type": "string",
          "description": "JACK server to connect to."
        },
        "clientName": {
          "type": "string",
          "description": "Client name shown in JACK."
        },
        "connectPorts": {
          "type": "string",
          "description": "Regular expression of JACK ports to connect to automatically."
        },
        "exactName": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses clientName exactly instead of letting JACK make it unique."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioOssInput": {
      "title": "DomainAudioOssInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "OSS device path, e.g. /dev/dsp."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "tryPoll": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Try polling the device instead of using a timer."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioOssOutput": {
      "title": "DomainAudioOssOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "dev": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$",
          "description": "OSS device path, e.g. /dev/dsp."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "tryPoll": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Try polling the device instead of using a timer."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioPulseaudioInput": {
      "title": "DomainAudioPulseaudioInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "name": {
          "type": "string",
          "description": "Source or sink name to use."
        },
        "streamName": {
          "type": "string",
          "description": "Stream name shown by PulseAudio."
        },
        "latency": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Desired latency in microseconds."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioPulseaudioOutput": {
      "title": "DomainAudioPulseaudioOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "name": {
          "type": "string",
          "description": "Source or sink name to use."
        },
        "streamName": {
          "type": "string",
          "description": "Stream name shown by PulseAudio."
        },
        "latency": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Desired latency in microseconds."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioSdlInput": {
      "title": "DomainAudioSdlInput",
      "description": "Recording settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainAudioSdlOutput": {
      "title": "DomainAudioSdlOutput",
      "description": "Playback settings.",
      "type": "object",
      "properties": {
        "mixingEngine": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes (default) lets QEMU mix and resample; no passes the guest's stream straight through."
        },
        "fixedSettings": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes uses the fixed format from settings; no follows what the guest asks for."
        },
        "voices": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of voices (streams) to use."
        },
        "bufferLength": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Length of the audio buffer in microseconds."
        },
        "bufferCount": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of buffers."
        },
        "settings": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainAudioStreamSettings"
            }
          ],
          "description": "Fixed stream format, used when fixedSettings is yes."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevDriver": {
      "title": "DomainHostdevDriver",
      "description": "Host-side assignment mechanism.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "kvm",
            "vfio",
            "xen"
          ],
          "description": "`vfio` (the modern default), legacy `kvm` assignment, or `xen` (pciback)."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainHostdevPciSource": {
      "title": "DomainHostdevPciSource",
      "description": "The host PCI device.",
      "type": "object",
      "properties": {
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "writeFiltering": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Xen: whether writes to the device's PCI config space are filtered."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevPciSourceAddress"
            }
          ],
          "description": "Host PCI address of the device."
        }
      },
      "required": [
        "address"
      ],
      "additionalProperties": false
    },
    "DomainHostdevReadonly": {
      "title": "DomainHostdevReadonly",
      "description": "SCSI: the guest may only read the device.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainHostdevShareable": {
      "title": "DomainHostdevShareable",
      "description": "SCSI: the device may be assigned to several domains at once.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainHostdevUsbSource": {
      "title": "DomainHostdevUsbSource",
      "description": "The host USB device, found by vendor/product ID and/or bus/device address.",
      "type": "object",
      "properties": {
        "startupPolicy": {
          "type": "string",
          "enum": [
            "mandatory",
            "requisite",
            "optional"
          ],
          "description": "What to do when the source is missing at start: `mandatory` fails, `requisite` fails only on boot, `optional` drops it."
        },
        "guestReset": {
          "type": "string",
          "enum": [
            "off",
            "uninitialized",
            "on"
          ],
          "description": "Which guest-initiated resets reach the device: `on`, `off`, or `uninitialized` (only before it is set up)."
        },
        "vendor": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevSourceVendor"
            }
          ],
          "description": "USB vendor of the device."
        },
        "product": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevSourceProduct"
            }
          ],
          "description": "USB product of the device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevUsbAddress"
            }
          ],
          "description": "Host USB bus and device number."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevScsiSource": {
      "title": "DomainHostdevScsiSource",
      "description": "Where the LUN is: behind a host SCSI adapter or on an iSCSI target.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "adapter",
            "iscsi"
          ],
          "description": "`adapter` (the default): a LUN of a local SCSI host adapter."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "adapter"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsiSourceAdapter"
          }
        },
        {
          "if": {
            "properties": {
              "protocol": {
                "enum": [
                  "iscsi"
                ]
              }
            },
            "required": [
              "protocol"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsiSourceIscsi"
          }
        }
      ]
    },
    "DomainHostdevScsiSourceAdapter": {
      "title": "DomainHostdevScsiSourceAdapter",
      "description": "Where the LUN is: behind a host SCSI adapter or on an iSCSI target.\n\nVariant with `protocol` 'adapter' (also when `protocol` is left out).",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "adapter"
          ],
          "description": "`adapter` (the default): a LUN of a local SCSI host adapter."
        },
        "adapter": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiAdapter"
            }
          ],
          "description": "The host SCSI adapter the LUN is behind."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiSourceAdapterAddress"
            }
          ],
          "description": "SCSI address of the LUN on the adapter."
        }
      },
      "required": [
        "adapter",
        "address"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsiSourceIscsi": {
      "title": "DomainHostdevScsiSourceIscsi",
      "description": "Where the LUN is: behind a host SCSI adapter or on an iSCSI target.\n\nVariant with `protocol` 'iscsi'.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "iscsi"
          ],
          "description": "`iscsi`: a LUN on an iSCSI target reached by QEMU's initiator."
        },
        "name": {
          "type": "string",
          "description": "Target IQN followed by /LUN number."
        },
        "host": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainHostdevSourceHost"
          },
          "description": "An iSCSI portal of the target."
        },
        "auth": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageAuth"
            }
          ],
          "description": "Credentials for an iSCSI or Ceph server; the password is a libvirt secret."
        },
        "initiator": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageInitiator"
            }
          ],
          "description": "iSCSI initiator identity used by the client."
        }
      },
      "required": [
        "protocol",
        "name",
        "host"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsiHostSource": {
      "title": "DomainHostdevScsiHostSource",
      "description": "The vhost-scsi target.",
      "type": "object",
      "properties": {
        "protocol": {
          "type": "string",
          "enum": [
            "vhost"
          ],
          "description": "Only `vhost` exists."
        },
        "wwpn": {
          "type": "string",
          "pattern": "^(?:naa\\.[0-9a-fA-F]{16})$",
          "description": "WWPN of the target, written as naa. followed by 16 hex digits."
        }
      },
      "required": [
        "protocol",
        "wwpn"
      ],
      "additionalProperties": false
    },
    "DomainHostdevMdevSource": {
      "title": "DomainHostdevMdevSource",
      "description": "The mediated device on the host.",
      "type": "object",
      "properties": {
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevMdevSourceAddress"
            }
          ],
          "description": "Identity of the mediated device."
        }
      },
      "required": [
        "address"
      ],
      "additionalProperties": false
    },
    "DomainHostdevStorageSource": {
      "title": "DomainHostdevStorageSource",
      "description": "The host block device.",
      "type": "object",
      "properties": {
        "block": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevSourceBlock"
            }
          ],
          "description": "Absolute path of the block device node."
        }
      },
      "required": [
        "block"
      ],
      "additionalProperties": false
    },
    "DomainHostdevMiscSource": {
      "title": "DomainHostdevMiscSource",
      "description": "The host character device.",
      "type": "object",
      "properties": {
        "char": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevSourceChar"
            }
          ],
          "description": "Absolute path of the character device node."
        }
      },
      "required": [
        "char"
      ],
      "additionalProperties": false
    },
    "DomainHostdevNetSource": {
      "title": "DomainHostdevNetSource",
      "description": "The host network interface.",
      "type": "object",
      "properties": {
        "interface": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevSourceInterface"
            }
          ],
          "description": "Name of the host network interface."
        }
      },
      "required": [
        "interface"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsSdlGl": {
      "title": "DomainGraphicsSdlGl",
      "description": "OpenGL acceleration of the window.",
      "type": "object",
      "properties": {
        "enable": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether OpenGL is used."
        }
      },
      "required": [
        "enable"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsListen": {
      "title": "DomainGraphicsListen",
      "description": "One place the server listens on.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "address",
            "network",
            "socket",
            "none"
          ],
          "description": "Listen on an IP address or host name."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "address"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsListenAddress"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "network"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsListenNetwork"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "socket"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsListenSocket"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "none"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainGraphicsListenNone"
          }
        }
      ]
    },
    "DomainGraphicsListenAddress": {
      "title": "DomainGraphicsListenAddress",
      "description": "One place the server listens on.\n\nVariant with `type` 'address'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "address"
          ],
          "description": "Listen on an IP address or host name."
        },
        "address": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            }
          ],
          "description": "Address or host name; the hypervisor default when absent."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsListenNetwork": {
      "title": "DomainGraphicsListenNetwork",
      "description": "One place the server listens on.\n\nVariant with `type` 'network'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "network"
          ],
          "description": "Listen on an address of a libvirt virtual network."
        },
        "network": {
          "type": "string",
          "description": "Name of the virtual network."
        },
        "address": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            }
          ],
          "description": "Address resolved from the network (live XML)."
        }
      },
      "required": [
        "type",
        "network"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsListenSocket": {
      "title": "DomainGraphicsListenSocket",
      "description": "One place the server listens on.\n\nVariant with `type` 'socket'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "socket"
          ],
          "description": "Listen on a UNIX socket."
        },
        "socket": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Socket path; generated when absent."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsListenNone": {
      "title": "DomainGraphicsListenNone",
      "description": "One place the server listens on.\n\nVariant with `type` 'none'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "none"
          ],
          "description": "Do not listen at all (access only through other means)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsChannel": {
      "title": "DomainGraphicsChannel",
      "description": "Security policy of one SPICE channel.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "main",
            "display",
            "inputs",
            "cursor",
            "playback",
            "record",
            "smartcard",
            "usbredir"
          ],
          "description": "The channel."
        },
        "mode": {
          "type": "string",
          "enum": [
            "any",
            "secure",
            "insecure"
          ],
          "description": "secure: TLS port only; insecure: plain port only; any: either."
        }
      },
      "required": [
        "name",
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsImage": {
      "title": "DomainGraphicsImage",
      "description": "Lossless image compression.",
      "type": "object",
      "properties": {
        "compression": {
          "type": "string",
          "enum": [
            "auto_glz",
            "auto_lz",
            "quic",
            "glz",
            "lz",
            "off"
          ],
          "description": "Algorithm: auto_glz, auto_lz, quic, glz, lz or off."
        }
      },
      "required": [
        "compression"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsJpeg": {
      "title": "DomainGraphicsJpeg",
      "description": "Lossy JPEG compression over WAN links.",
      "type": "object",
      "properties": {
        "compression": {
          "type": "string",
          "enum": [
            "auto",
            "never",
            "always"
          ],
          "description": "auto, never or always."
        }
      },
      "required": [
        "compression"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsZlib": {
      "title": "DomainGraphicsZlib",
      "description": "zlib compression of images over WAN links.",
      "type": "object",
      "properties": {
        "compression": {
          "type": "string",
          "enum": [
            "auto",
            "never",
            "always"
          ],
          "description": "auto, never or always."
        }
      },
      "required": [
        "compression"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsPlayback": {
      "title": "DomainGraphicsPlayback",
      "description": "Audio playback stream compression.",
      "type": "object",
      "properties": {
        "compression": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "on or off."
        }
      },
      "required": [
        "compression"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsStreaming": {
      "title": "DomainGraphicsStreaming",
      "description": "Detection of video regions sent as a stream.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "filter",
            "all",
            "off"
          ],
          "description": "filter (heuristic), all or off."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsClipboard": {
      "title": "DomainGraphicsClipboard",
      "description": "Clipboard sharing with the client.",
      "type": "object",
      "properties": {
        "copypaste": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether copy and paste is allowed."
        }
      },
      "required": [
        "copypaste"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsMouse": {
      "title": "DomainGraphicsMouse",
      "description": "Mouse handling mode.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "server",
            "client"
          ],
          "description": "server (relative, guest-drawn cursor) or client (absolute, client cursor)."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsFiletransfer": {
      "title": "DomainGraphicsFiletransfer",
      "description": "Drag-and-drop file transfer to the guest.",
      "type": "object",
      "properties": {
        "enable": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether file transfer is allowed."
        }
      },
      "required": [
        "enable"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsGl": {
      "title": "DomainGraphicsGl",
      "description": "OpenGL acceleration of the display.",
      "type": "object",
      "properties": {
        "enable": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether OpenGL is used."
        },
        "rendernode": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "DRM render node to render on."
        }
      },
      "required": [
        "enable"
      ],
      "additionalProperties": false
    },
    "DomainGraphicsEglHeadlessGl": {
      "title": "DomainGraphicsEglHeadlessGl",
      "description": "Rendering device selection.",
      "type": "object",
      "properties": {
        "rendernode": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "DRM render node to render on, e.g. /dev/dri/renderD128."
        }
      },
      "additionalProperties": false
    },
    "DomainVideoDriver": {
      "title": "DomainVideoDriver",
      "description": "How the adapter is implemented on the host.",
      "type": "object",
      "properties": {
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        },
        "name": {
          "type": "string",
          "enum": [
            "qemu",
            "vhostuser"
          ],
          "description": "qemu (built-in emulation) or vhostuser (an external vhost-user GPU process)."
        },
        "vgaconf": {
          "type": "string",
          "enum": [
            "io",
            "on",
            "off"
          ],
          "description": "VGA configuration of bhyve's framebuffer: io, on or off."
        }
      },
      "additionalProperties": false
    },
    "DomainVideoModel": {
      "title": "DomainVideoModel",
      "description": "The adapter model and its memory layout.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vga",
            "cirrus",
            "vmvga",
            "xen",
            "vbox",
            "virtio",
            "gop",
            "none",
            "bochs",
            "ramfb",
            "qxl"
          ],
          "description": "Adapter model."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "vga",
                  "cirrus",
                  "vmvga",
                  "xen",
                  "vbox",
                  "virtio",
                  "gop",
                  "none",
                  "bochs",
                  "ramfb"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainVideoModelVga"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "qxl"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainVideoModelQxl"
          }
        }
      ]
    },
    "DomainVideoModelVga": {
      "title": "DomainVideoModelVga",
      "description": "The adapter model and its memory layout.\n\nVariant with `type` one of 'vga', 'cirrus', 'vmvga', 'xen', 'vbox', 'virtio', 'gop', 'none', 'bochs', 'ramfb'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "vga",
            "cirrus",
            "vmvga",
            "xen",
            "vbox",
            "virtio",
            "gop",
            "none",
            "bochs",
            "ramfb"
          ],
          "description": "Adapter model."
        },
        "vram": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Video memory in KiB."
        },
        "heads": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of screens (monitors)."
        },
        "primary": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes marks the adapter that becomes the guest's primary display."
        },
        "acceleration": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoModelAcceleration"
            }
          ],
          "description": "Hardware acceleration offered to the guest."
        },
        "resolution": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoModelResolution"
            }
          ],
          "description": "Initial display resolution (must come after acceleration)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainVideoModelQxl": {
      "title": "DomainVideoModelQxl",
      "description": "The adapter model and its memory layout.\n\nVariant with `type` 'qxl'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "qxl"
          ],
          "description": "The QXL paravirtual adapter (for SPICE), which has extra memory regions."
        },
        "ram": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of the primary RAM bar in KiB."
        },
        "vgamem": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of the VGA framebuffer in KiB."
        },
        "vram64": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Size of the 64-bit video RAM bar in KiB."
        },
        "vram": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Video memory in KiB."
        },
        "heads": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of screens (monitors)."
        },
        "primary": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes marks the adapter that becomes the guest's primary display."
        },
        "acceleration": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoModelAcceleration"
            }
          ],
          "description": "Hardware acceleration offered to the guest."
        },
        "resolution": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainVideoModelResolution"
            }
          ],
          "description": "Initial display resolution (must come after acceleration)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainChardevSource": {
      "title": "DomainChardevSource",
      "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "description": "Socket role: `bind` (listen, server side) or `connect` (client side)."
        },
        "path": {
          "type": "string",
          "description": "Host path of the file, device node, named pipe or UNIX socket."
        },
        "host": {
          "type": "string",
          "description": "Host name or IP address of a TCP/UDP endpoint."
        },
        "service": {
          "type": "string",
          "description": "Port number of a TCP/UDP endpoint."
        },
        "channel": {
          "type": "string",
          "description": "SPICE port channel name of a `spiceport` backend (e.g. `org.qemu.console.serial.0`)."
        },
        "master": {
          "type": "string",
          "description": "Host-side nmdm device of the pair (FreeBSD bhyve)."
        },
        "slave": {
          "type": "string",
          "description": "Guest-side nmdm device of the pair (FreeBSD bhyve)."
        },
        "append": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "For a `file` backend: `on` appends to an existing file, `off` truncates it first."
        },
        "tls": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "For a `tcp` backend: whether to wrap the connection in TLS using the host's chardev certificates (`yes`/`no`; the driver configuration decides when absent)."
        },
        "reconnect": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSocketReconnect"
            }
          ],
          "description": "For client sockets: whether and how often to connect again after the peer went away."
        },
        "seclabel": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDeviceSeclabel"
          },
          "description": "Overrides the domain's security labelling for one host resource (image, socket, device)."
        },
        "clipboard": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevSourceClipboard"
            }
          ],
          "description": "Clipboard sharing of a `qemu-vdagent` backend."
        },
        "mouse": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevSourceMouse"
            }
          ],
          "description": "Mouse handling of a `qemu-vdagent` backend."
        }
      },
      "additionalProperties": false
    },
    "DomainChardevProtocol": {
      "title": "DomainChardevProtocol",
      "description": "Wire protocol spoken on a `tcp` backend.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "raw",
            "telnet",
            "telnets",
            "tls"
          ],
          "description": "`raw` (default), `telnet`, `telnets` (telnet over TLS) or `tls`."
        }
      },
      "additionalProperties": false
    },
    "DomainChardevLog": {
      "title": "DomainChardevLog",
      "description": "Copies everything the guest writes to the device into a host file.",
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the log file."
        },
        "append": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` appends to an existing log, `off` truncates it first."
        }
      },
      "required": [
        "file"
      ],
      "additionalProperties": false
    },
    "DomainChardevTarget": {
      "title": "DomainChardevTarget",
      "description": "How the device appears inside the guest: its bus/kind, port number and emulated hardware model.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "isa-serial",
            "usb-serial",
            "pci-serial",
            "spapr-vio-serial",
            "system-serial",
            "sclp-serial",
            "isa-debug",
            "serial",
            "virtio",
            "xen",
            "lxc",
            "openvz",
            "sclp",
            "sclplm",
            "uml"
          ],
          "description": "Kind of guest-side device: a serial bus (`isa-serial`, `usb-serial`, `pci-serial`, `spapr-vio-serial`, `system-serial`, `sclp-serial`, `isa-debug`) for serial ports, or a console flavour (`serial`, `virtio`, `xen`, `lxc`, `openvz`, `sclp`, `sclplm`, legacy `uml`) for consoles."
        },
        "port": {
          "type": "string",
          "description": "Guest port index of the device (0 for the first serial port, and so on)."
        },
        "model": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevTargetModel"
            }
          ],
          "description": "The emulated hardware that implements the guest-side port."
        }
      },
      "additionalProperties": false
    },
    "DomainChannelTarget": {
      "title": "DomainChannelTarget",
      "description": "A virtio-serial port in the guest.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "virtio",
            "guestfwd",
            "xen"
          ],
          "description": "Always `virtio` here."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "virtio"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainChannelTargetVirtio"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "guestfwd"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainChannelTargetGuestfwd"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "xen"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainChannelTargetXen"
          }
        }
      ]
    },
    "DomainChannelTargetVirtio": {
      "title": "DomainChannelTargetVirtio",
      "description": "A virtio-serial port in the guest.\n\nVariant with `type` 'virtio'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "virtio"
          ],
          "description": "Always `virtio` here."
        },
        "name": {
          "type": "string",
          "description": "Port name the guest sees, e.g. `org.qemu.guest_agent.0`."
        },
        "state": {
          "type": "string",
          "enum": [
            "connected",
            "disconnected"
          ],
          "description": "Whether a guest program currently has the port open (`connected`/`disconnected`); reported by libvirt, ignored on input."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainChannelTargetGuestfwd": {
      "title": "DomainChannelTargetGuestfwd",
      "description": "A virtio-serial port in the guest.\n\nVariant with `type` 'guestfwd'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "guestfwd"
          ],
          "description": "Always `guestfwd` here."
        },
        "address": {
          "type": "string",
          "description": "Guest-visible IP address whose connections are forwarded."
        },
        "port": {
          "type": "string",
          "description": "Guest-visible TCP port whose connections are forwarded."
        }
      },
      "required": [
        "type",
        "address",
        "port"
      ],
      "additionalProperties": false
    },
    "DomainChannelTargetXen": {
      "title": "DomainChannelTargetXen",
      "description": "A virtio-serial port in the guest.\n\nVariant with `type` 'xen'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "xen"
          ],
          "description": "Always `xen` here."
        },
        "name": {
          "type": "string",
          "description": "Channel name the guest sees."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainSmartcardCertificate": {
      "title": "DomainSmartcardCertificate",
      "description": "Name of one certificate in the NSS database; exactly three are given, in order.",
      "type": "string"
    },
    "DomainSmartcardDatabase": {
      "title": "DomainSmartcardDatabase",
      "description": "Absolute path of the NSS database holding the certificates (default /etc/pki/nssdb).",
      "type": "string",
      "pattern": "^(?:/.*)$"
    },
    "DomainRedirfilterUsbdev": {
      "title": "DomainRedirfilterUsbdev",
      "description": "One filter rule; an omitted (or -1) criterion matches anything.",
      "type": "object",
      "properties": {
        "allow": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether matching devices may be redirected."
        },
        "class": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,2})$"
            },
            {
              "type": "string",
              "pattern": "^(?:-1)$"
            }
          ],
          "description": "USB device class to match (hex, e.g. 0x08), or -1 for any."
        },
        "vendor": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$"
            },
            {
              "type": "string",
              "pattern": "^(?:-1)$"
            }
          ],
          "description": "USB vendor ID to match (hex), or -1 for any."
        },
        "product": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$"
            },
            {
              "type": "string",
              "pattern": "^(?:-1)$"
            }
          ],
          "description": "USB product ID to match (hex), or -1 for any."
        },
        "version": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[0-9]{1,2}.[0-9]{1,2})$"
            },
            {
              "type": "string",
              "pattern": "^(?:-1)$"
            }
          ],
          "description": "USB protocol version to match (e.g. 2.0), or -1 for any."
        }
      },
      "required": [
        "allow"
      ],
      "additionalProperties": false
    },
    "DomainRngBackend": {
      "title": "DomainRngBackend",
      "description": "Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "random",
            "egd",
            "builtin"
          ],
          "description": "`random`: read from a host file."
        }
      },
      "required": [
        "model"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "model": {
                "enum": [
                  "random"
                ]
              }
            },
            "required": [
              "model"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainRngBackendRandom"
          }
        },
        {
          "if": {
            "properties": {
              "model": {
                "enum": [
                  "egd"
                ]
              }
            },
            "required": [
              "model"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainRngBackendEgd"
          }
        },
        {
          "if": {
            "properties": {
              "model": {
                "enum": [
                  "builtin"
                ]
              }
            },
            "required": [
              "model"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainRngBackendBuiltin"
          }
        }
      ]
    },
    "DomainRngBackendRandom": {
      "title": "DomainRngBackendRandom",
      "description": "Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).\n\nVariant with `model` 'random'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "random"
          ],
          "description": "`random`: read from a host file."
        },
        "#text": {
          "anyOf": [
            {
              "type": "string",
              "enum": [
                ""
              ]
            },
            {
              "type": "string",
              "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
            }
          ],
          "description": "The text content."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainRngBackendEgd": {
      "title": "DomainRngBackendEgd",
      "description": "Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).\n\nVariant with `model` 'egd'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "egd"
          ],
          "description": "`egd`: talk the EGD protocol over a character stream."
        },
        "type": {
          "type": "string",
          "enum": [
            "null",
            "vc",
            "pty",
            "dev",
            "file",
            "pipe",
            "stdio",
            "udp",
            "tcp",
            "unix",
            "spicevmc",
            "spiceport",
            "nmdm",
            "qemu-vdagent",
            "dbus"
          ],
          "description": "Backend kind: `null`, `vc`, `pty`, `dev`, `file`, `pipe`, `stdio`, `udp`, `tcp`, `unix`, `spicevmc`, `spiceport`, `nmdm`, `qemu-vdagent` or `dbus`."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        },
        "source": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainChardevSource"
          },
          "description": "Where the backend connects or listens. Which attributes matter depends on the backend type: `path` for files, devices, pipes and UNIX sockets; `host`/`service` for TCP and UDP (a UDP backend has one source to bind and one to connect); `channel` for spiceport; `master`/`slave` for nmdm."
        },
        "protocol": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevProtocol"
            }
          ],
          "description": "Wire protocol spoken on a `tcp` backend."
        },
        "log": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainChardevLog"
            }
          ],
          "description": "Copies everything the guest writes to the device into a host file."
        }
      },
      "required": [
        "model",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainRngBackendBuiltin": {
      "title": "DomainRngBackendBuiltin",
      "description": "Reads entropy from a host device or file named in the element text (`/dev/urandom` when empty).\n\nVariant with `model` 'builtin'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "enum": [
            "builtin"
          ],
          "description": "`builtin`: no host file or socket needed."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*$",
          "description": "White space only: this variant holds no text."
        }
      },
      "required": [
        "model"
      ],
      "additionalProperties": false
    },
    "DomainRngDriver": {
      "title": "DomainRngDriver",
      "description": "Virtio transport tuning of the device.",
      "type": "object",
      "properties": {
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainRngRate": {
      "title": "DomainRngRate",
      "description": "Caps how fast the guest may draw entropy: at most `bytes` per `period`.",
      "type": "object",
      "properties": {
        "bytes": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of bytes the guest may read per period."
        },
        "period": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Length of the period in milliseconds (1000 when absent)."
        }
      },
      "required": [
        "bytes"
      ],
      "additionalProperties": false
    },
    "DomainTpmBackend": {
      "title": "DomainTpmBackend",
      "description": "What implements the TPM on the host; `type` selects the variant.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "passthrough",
            "emulator",
            "external"
          ],
          "description": "`passthrough`: use a host TPM device directly."
        }
      },
      "required": [
        "type"
      ],
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "passthrough"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainTpmBackendPassthrough"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "emulator"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainTpmBackendEmulator"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "external"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainTpmBackendExternal"
          }
        }
      ]
    },
    "DomainTpmBackendPassthrough": {
      "title": "DomainTpmBackendPassthrough",
      "description": "What implements the TPM on the host; `type` selects the variant.\n\nVariant with `type` 'passthrough'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "passthrough"
          ],
          "description": "`passthrough`: use a host TPM device directly."
        },
        "version": {
          "type": "string",
          "enum": [
            "1.2",
            "2.0"
          ],
          "description": "TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent)."
        },
        "device": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmBackendDevice"
            }
          ],
          "description": "The host TPM character device."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainTpmBackendEmulator": {
      "title": "DomainTpmBackendEmulator",
      "description": "What implements the TPM on the host; `type` selects the variant.\n\nVariant with `type` 'emulator'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "emulator"
          ],
          "description": "`emulator`: run a private swtpm instance."
        },
        "persistent_state": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` keeps the TPM state when the domain is undefined; `no` (default) deletes it along with the domain."
        },
        "version": {
          "type": "string",
          "enum": [
            "1.2",
            "2.0"
          ],
          "description": "TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent)."
        },
        "encryption": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmBackendEncryption"
            }
          ],
          "description": "Encrypts the emulator's state files at rest."
        },
        "active_pcr_banks": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmActivePcrBanks"
            }
          ],
          "description": "PCR banks (hash algorithms) to activate in a TPM 2.0 emulator; each child element turns one bank on."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainTpmBackendExternal": {
      "title": "DomainTpmBackendExternal",
      "description": "What implements the TPM on the host; `type` selects the variant.\n\nVariant with `type` 'external'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "external"
          ],
          "description": "`external`: connect to an already running TPM emulator."
        },
        "version": {
          "type": "string",
          "enum": [
            "1.2",
            "2.0"
          ],
          "description": "TPM specification version to present: `1.2` or `2.0` (the driver picks one from the model when absent)."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmBackendSource"
            }
          ],
          "description": "The socket the external emulator listens on."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainShmemModel": {
      "title": "DomainShmemModel",
      "description": "Which ivshmem device to emulate.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "ivshmem",
            "ivshmem-plain",
            "ivshmem-doorbell"
          ],
          "description": "`ivshmem` (legacy), `ivshmem-plain` (memory only) or `ivshmem-doorbell` (memory plus interrupts through a server)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainShmemSize": {
      "title": "DomainShmemSize",
      "description": "Size of the shared region (a power of two).",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainShmemServer": {
      "title": "DomainShmemServer",
      "description": "Uses an ivshmem server for the region and doorbell interrupts.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "UNIX socket of the ivshmem server (`/tmp/ivshmem_socket` when absent)."
        }
      },
      "additionalProperties": false
    },
    "DomainShmemMsi": {
      "title": "DomainShmemMsi",
      "description": "MSI interrupt settings of a doorbell device.",
      "type": "object",
      "properties": {
        "ioeventfd": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` handles guest doorbell writes with an ioeventfd in the host kernel."
        },
        "vectors": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of MSI vectors to provide."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceUuid": {
      "title": "DomainMemoryDeviceUuid",
      "description": "Identifier of an NVDIMM as seen by the guest (PPC64 only).",
      "anyOf": [
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
        },
        {
          "type": "string",
          "pattern": "^(?:[a-fA-F0-9]{32})$"
        }
      ]
    },
    "DomainMemoryDeviceSource": {
      "title": "DomainMemoryDeviceSource",
      "description": "Host memory backing the module: either anonymous memory (optionally hugepage backed and bound to host NUMA nodes) or a host file/device path for persistent memory.",
      "type": "object",
      "properties": {
        "pagesize": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSourcePagesize"
            }
          ],
          "description": "Host page size to back the module with, e.g. 2048 KiB hugepages."
        },
        "nodemask": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSourceNodemask"
            }
          ],
          "description": "Host NUMA nodes to allocate the backing memory from."
        },
        "path": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSourcePath"
            }
          ],
          "description": "Host file or device (such as `/dev/pmem0` or `/dev/dax0.0`) that backs an NVDIMM or virtio-pmem module."
        },
        "alignsize": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSourceAlignsize"
            }
          ],
          "description": "Alignment of the mapping of the backing file."
        },
        "pmem": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceSourcePmem"
            }
          ],
          "description": "States that the backing path is real persistent memory, so writes need no extra syncing."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceTarget": {
      "title": "DomainMemoryDeviceTarget",
      "description": "The module as the guest sees it: size, NUMA node and model specific settings.",
      "type": "object",
      "properties": {
        "size": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetSize"
            }
          ],
          "description": "Size of the module (KiB unless `unit` says otherwise); for virtio-mem the maximum it can grow to."
        },
        "node": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetNode"
            }
          ],
          "description": "Guest NUMA node the module is attached to."
        },
        "block": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetBlock"
            }
          ],
          "description": "virtio-mem block size: the granularity in which memory is plugged and unplugged."
        },
        "requested": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetRequested"
            }
          ],
          "description": "virtio-mem: how much of the module the guest is asked to use now; can be changed while the guest runs."
        },
        "current": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetCurrent"
            }
          ],
          "description": "virtio-mem: how much memory the guest has actually plugged; reported by libvirt."
        },
        "label": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetLabel"
            }
          ],
          "description": "NVDIMM namespace label area."
        },
        "readonly": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetReadonly"
            }
          ],
          "description": "Makes an NVDIMM read-only for the guest."
        }
      },
      "required": [
        "size"
      ],
      "additionalProperties": false
    },
    "DomainMemballoonStats": {
      "title": "DomainMemballoonStats",
      "description": "Periodic collection of guest memory statistics.",
      "type": "object",
      "properties": {
        "period": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Seconds between two statistics updates."
        }
      },
      "required": [
        "period"
      ],
      "additionalProperties": false
    },
    "DomainMemballoonDriver": {
      "title": "DomainMemballoonDriver",
      "description": "Virtio transport tuning of the balloon.",
      "type": "object",
      "properties": {
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainIommuDriver": {
      "title": "DomainIommuDriver",
      "description": "Features of the emulated IOMMU (all of them apply to the `intel` model).",
      "type": "object",
      "properties": {
        "intremap": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables interrupt remapping (needs the split irqchip)."
        },
        "caching_mode": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables caching mode, required to assign host devices to a guest behind a vIOMMU."
        },
        "eim": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables Extended Interrupt Mode, needed for x2APIC with more than 255 vCPUs."
        },
        "iotlb": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the device IOTLB (Address Translation Services support)."
        },
        "aw_bits": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Guest address width in bits (e.g. 39 or 48)."
        }
      },
      "additionalProperties": false
    },
    "DomainVsockCid": {
      "title": "DomainVsockCid",
      "description": "The guest's context ID (its vsock address).",
      "type": "object",
      "properties": {
        "auto": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` lets libvirt pick a free CID when the guest starts."
        },
        "address": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The context ID; 0 to 2 are reserved, so a usable one is 3 or more."
        }
      },
      "additionalProperties": false
    },
    "DomainVsockDriver": {
      "title": "DomainVsockDriver",
      "description": "Virtio transport tuning of the device.",
      "type": "object",
      "properties": {
        "iommu": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the device goes through the guest's virtual IOMMU (platform DMA)."
        },
        "ats": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether PCI Address Translation Services are offered to the guest."
        },
        "packed": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the packed virtqueue layout is offered."
        },
        "page_per_vq": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether each virtqueue's notification area gets its own page (legacy virtio-pci layout)."
        }
      },
      "additionalProperties": false
    },
    "DomainQemuOverrideDeviceFrontend": {
      "title": "DomainQemuOverrideDeviceFrontend",
      "description": "Properties of the device's guest-visible part.",
      "type": "object",
      "properties": {
        "qemu:property": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainQemuOverrideProperty"
          },
          "description": "One property to set or remove."
        }
      },
      "additionalProperties": false
    },
    "DomainCpuNumaCellDistances": {
      "title": "DomainCpuNumaCellDistances",
      "description": "Distances (relative access costs) from this node to others.",
      "type": "object",
      "properties": {
        "sibling": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainCpuNumaCellDistancesSibling"
          },
          "description": "Distance from this node to one other node."
        }
      },
      "required": [
        "sibling"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaCache": {
      "title": "DomainCpuNumaCache",
      "description": "A memory-side cache of the node (ACPI HMAT).",
      "type": "object",
      "properties": {
        "level": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Cache level."
        },
        "associativity": {
          "type": "string",
          "enum": [
            "none",
            "direct",
            "full"
          ],
          "description": "`none`, `direct` (direct mapped) or `full` (fully associative)."
        },
        "policy": {
          "type": "string",
          "enum": [
            "none",
            "writeback",
            "writethrough"
          ],
          "description": "Write policy: `none`, `writeback` or `writethrough`."
        },
        "size": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuNumaCacheSize"
            }
          ],
          "description": "Cache size."
        },
        "line": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainCpuNumaCacheLine"
            }
          ],
          "description": "Cache line size."
        }
      },
      "required": [
        "level",
        "associativity",
        "policy",
        "size",
        "line"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaInterconnectsLatency": {
      "title": "DomainCpuNumaInterconnectsLatency",
      "description": "Latency from an initiator node to a target node, in nanoseconds.",
      "type": "object",
      "properties": {
        "initiator": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Node issuing the accesses."
        },
        "target": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Node whose memory is accessed."
        },
        "cache": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Level of the target's memory-side cache measured; main memory when absent."
        },
        "type": {
          "type": "string",
          "enum": [
            "access",
            "read",
            "write"
          ],
          "description": "Kind of access measured: `access`, `read` or `write`."
        },
        "value": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The latency."
        }
      },
      "required": [
        "initiator",
        "target",
        "type",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaInterconnectsBandwidth": {
      "title": "DomainCpuNumaInterconnectsBandwidth",
      "description": "Bandwidth from an initiator node to a target node.",
      "type": "object",
      "properties": {
        "initiator": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Node issuing the accesses."
        },
        "target": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Node whose memory is accessed."
        },
        "cache": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Level of the target's memory-side cache measured; main memory when absent."
        },
        "type": {
          "type": "string",
          "enum": [
            "access",
            "read",
            "write"
          ],
          "description": "Kind of access measured: `access`, `read` or `write`."
        },
        "value": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The number."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Its unit (e.g. `KiB`, `B`)."
        }
      },
      "required": [
        "initiator",
        "target",
        "type",
        "value",
        "unit"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceSlices": {
      "title": "DomainStorageSourceSlices",
      "description": "Restricts the guest to a byte range of the source.",
      "type": "object",
      "properties": {
        "slice": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageSourceSlicesSlice"
            }
          ],
          "description": "One byte range of the source."
        }
      },
      "required": [
        "slice"
      ],
      "additionalProperties": false
    },
    "DomainDeviceSeclabel": {
      "title": "DomainDeviceSeclabel",
      "description": "Overrides the domain's security labelling for one host resource (image, socket, device).",
      "type": "object",
      "properties": {
        "relabel": {
          "type": "string",
          "enum": [
            "no",
            "yes"
          ],
          "description": "`no` leaves the resource's label untouched."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "relabel": {
                "enum": [
                  "no"
                ]
              }
            },
            "required": [
              "relabel"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceSeclabelNo"
          }
        },
        {
          "if": {
            "properties": {
              "relabel": {
                "enum": [
                  "yes"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainDeviceSeclabelYes"
          }
        }
      ]
    },
    "DomainDeviceSeclabelNo": {
      "title": "DomainDeviceSeclabelNo",
      "description": "Overrides the domain's security labelling for one host resource (image, socket, device).\n\nVariant with `relabel` 'no'.",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "description": "Security driver the override applies to (e.g. `selinux`, `dac`, `apparmor`)."
        },
        "relabel": {
          "type": "string",
          "enum": [
            "no"
          ],
          "description": "`no` leaves the resource's label untouched."
        }
      },
      "required": [
        "relabel"
      ],
      "additionalProperties": false
    },
    "DomainDeviceSeclabelYes": {
      "title": "DomainDeviceSeclabelYes",
      "description": "Overrides the domain's security labelling for one host resource (image, socket, device).\n\nVariant with `relabel` 'yes' (also when `relabel` is left out).",
      "type": "object",
      "properties": {
        "model": {
          "type": "string",
          "description": "Security driver the override applies to (e.g. `selinux`, `dac`, `apparmor`)."
        },
        "labelskip": {
          "type": "string",
          "enum": [
            "yes"
          ],
          "description": "Written by libvirt when the resource was left unlabelled on purpose."
        },
        "relabel": {
          "type": "string",
          "enum": [
            "yes"
          ],
          "description": "`yes` relabels the resource with the given label."
        },
        "label": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainDeviceSeclabelLabel"
          },
          "description": "The label to apply to the resource."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageReservations": {
      "title": "DomainStorageReservations",
      "description": "SCSI persistent reservations, handled by a qemu-pr-helper process.",
      "type": "object",
      "properties": {
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes`: libvirt starts the helper itself; `no`: connect to the socket given in source."
        },
        "source": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageReservationsSource"
            }
          ],
          "description": "UNIX socket of an externally managed reservation helper."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageNetworkHost": {
      "title": "DomainStorageNetworkHost",
      "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.",
      "type": "object",
      "properties": {
        "transport": {
          "type": "string",
          "enum": [
            "tcp",
            "rdma",
            "unix"
          ],
          "description": "Transport: `tcp` (default) or `rdma`."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "transport": {
                "enum": [
                  "tcp",
                  "rdma"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainStorageNetworkHostTcp"
          }
        },
        {
          "if": {
            "properties": {
              "transport": {
                "enum": [
                  "unix"
                ]
              }
            },
            "required": [
              "transport"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainStorageNetworkHostUnix"
          }
        }
      ]
    },
    "DomainStorageNetworkHostTcp": {
      "title": "DomainStorageNetworkHostTcp",
      "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.\n\nVariant with `transport` one of 'tcp', 'rdma' (also when `transport` is left out).",
      "type": "object",
      "properties": {
        "transport": {
          "type": "string",
          "enum": [
            "tcp",
            "rdma"
          ],
          "description": "Transport: `tcp` (default) or `rdma`."
        },
        "name": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-zA-Z0-9.\\-]+)$"
            },
            {
              "type": "string",
              "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$"
            },
            {
              "type": "string",
              "pattern": "^(?:(([0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}:[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){5}:([0-9A-Fa-f]{1,4}:)?[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){4}:([0-9A-Fa-f]{1,4}:){0,2}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){3}:([0-9A-Fa-f]{1,4}:){0,3}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){2}:([0-9A-Fa-f]{1,4}:){0,4}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){6}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(([0-9A-Fa-f]{1,4}:){0,5}:(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|(::([0-9A-Fa-f]{1,4}:){0,5}(((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9]))\\.){3}((25[0-5])|(2[0-4][0-9])|(1[0-9]{2})|([1-9][0-9])|([0-9])))|([0-9A-Fa-f]{1,4}::([0-9A-Fa-f]{1,4}:){0,5}[0-9A-Fa-f]{1,4})|(::([0-9A-Fa-f]{1,4}:){0,6}[0-9A-Fa-f]{1,4})|(([0-9A-Fa-f]{1,4}:){1,7}:)|(::))$"
            }
          ],
          "description": "Host name or IP address of the server."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "TCP port; the protocol's default when omitted."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainStorageNetworkHostUnix": {
      "title": "DomainStorageNetworkHostUnix",
      "description": "A server to connect to: either a TCP/RDMA endpoint or a local UNIX socket.\n\nVariant with `transport` 'unix'.",
      "type": "object",
      "properties": {
        "transport": {
          "type": "string",
          "enum": [
            "unix"
          ],
          "description": "Transport: a local UNIX socket."
        },
        "socket": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the server's UNIX socket."
        }
      },
      "required": [
        "transport",
        "socket"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceSnapshot": {
      "title": "DomainStorageSourceSnapshot",
      "description": "Opens a snapshot of the image instead of its head.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "Name of the RBD snapshot."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceConfig": {
      "title": "DomainStorageSourceConfig",
      "description": "Ceph configuration file to read monitors and options from.",
      "type": "object",
      "properties": {
        "file": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the Ceph configuration file."
        }
      },
      "required": [
        "file"
      ],
      "additionalProperties": false
    },
    "DomainStorageInitiator": {
      "title": "DomainStorageInitiator",
      "description": "iSCSI initiator identity used by the client.",
      "type": "object",
      "properties": {
        "iqn": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageInitiatorIqn"
            }
          ],
          "description": "Initiator IQN."
        }
      },
      "required": [
        "iqn"
      ],
      "additionalProperties": false
    },
    "DomainStorageNetworkCookies": {
      "title": "DomainStorageNetworkCookies",
      "description": "HTTP cookies sent with every request.",
      "type": "object",
      "properties": {
        "cookie": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/DomainStorageNetworkCookiesCookie"
          },
          "description": "One cookie; the content is its value (optionally double-quoted)."
        }
      },
      "required": [
        "cookie"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceReadahead": {
      "title": "DomainStorageSourceReadahead",
      "description": "Read-ahead applied to every request.",
      "type": "object",
      "properties": {
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Read-ahead size, in bytes."
        }
      },
      "required": [
        "size"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceTimeout": {
      "title": "DomainStorageSourceTimeout",
      "description": "Per-request timeout.",
      "type": "object",
      "properties": {
        "seconds": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Timeout, in seconds."
        }
      },
      "required": [
        "seconds"
      ],
      "additionalProperties": false
    },
    "DomainStorageNetworkSsl": {
      "title": "DomainStorageNetworkSsl",
      "description": "TLS certificate checking for HTTPS/FTPS.",
      "type": "object",
      "properties": {
        "verify": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether the server certificate is verified (default yes)."
        }
      },
      "required": [
        "verify"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceIdentity": {
      "title": "DomainStorageSourceIdentity",
      "description": "Host identity used to access the NFS export.",
      "type": "object",
      "properties": {
        "user": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "User name (or +UID) to access the export as."
        },
        "group": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_+\\-]+)$",
          "description": "Group name (or +GID) to access the export as."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageSourceAddress": {
      "title": "DomainStorageSourceAddress",
      "description": "Host PCI address of the NVMe controller.",
      "type": "object",
      "properties": {
        "domain": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "PCI domain number (usually 0)."
        },
        "bus": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "PCI bus number."
        },
        "slot": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-1]?[0-9a-fA-F])$"
            }
          ],
          "description": "PCI slot number on the bus (0 to 31)."
        },
        "function": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-7])$"
            }
          ],
          "description": "PCI function number within the slot (0 to 7)."
        },
        "multifunction": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the slot's multifunction bit is set (needed on function 0 when other functions are used)."
        }
      },
      "additionalProperties": false
    },
    "DomainSocketReconnect": {
      "title": "DomainSocketReconnect",
      "description": "For client sockets: whether and how often to connect again after the peer went away.",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` to reconnect automatically after a disconnect."
        },
        "timeout": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Seconds to wait between reconnection attempts."
        }
      },
      "required": [
        "enabled"
      ],
      "additionalProperties": false
    },
    "DomainFeaturesHypervStimerDirect": {
      "title": "DomainFeaturesHypervStimerDirect",
      "description": "Timer expiry delivered directly as an interrupt.",
      "type": "object",
      "properties": {
        "state": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "`on` enables the feature, `off` disables it."
        }
      },
      "required": [
        "state"
      ],
      "additionalProperties": false
    },
    "DomainStorageMetadataCache": {
      "title": "DomainStorageMetadataCache",
      "description": "Tuning of the format driver's metadata cache (qcow2 L2/refcount tables).",
      "type": "object",
      "properties": {
        "max_size": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageMetadataCacheMaxSize"
            }
          ],
          "description": "Maximum cache size; bytes unless `unit` says otherwise."
        }
      },
      "additionalProperties": false
    },
    "DomainStorageFormat": {
      "title": "DomainStorageFormat",
      "description": "Format of the image file.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "raw",
            "dir",
            "bochs",
            "cloop",
            "dmg",
            "iso",
            "vpc",
            "vdi",
            "fat",
            "vhd",
            "ploop",
            "luks",
            "cow",
            "qcow",
            "qcow2",
            "qed",
            "vmdk"
          ],
          "description": "Image format name (raw, qcow2, ...)."
        },
        "metadata_cache": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainStorageMetadataCache"
            }
          ],
          "description": "Tuning of the format driver's metadata cache (qcow2 L2/refcount tables)."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainStorageAuthSecret": {
      "title": "DomainStorageAuthSecret",
      "description": "The libvirt secret holding the password or key.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "ceph",
            "iscsi"
          ],
          "description": "Kind of secret: `ceph` or `iscsi` (CHAP)."
        },
        "uuid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the libvirt secret."
        },
        "usage": {
          "type": "string",
          "pattern": "^(?:[^/\\n]+)$",
          "description": "Usage name identifying the libvirt secret."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainStorageEncryptionSecret": {
      "title": "DomainStorageEncryptionSecret",
      "description": "The libvirt secret holding the encryption passphrase.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "passphrase"
          ],
          "description": "Secret role; only `passphrase` exists."
        },
        "uuid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the libvirt secret."
        },
        "usage": {
          "type": "string",
          "description": "Usage string identifying the libvirt secret."
        }
      },
      "required": [
        "type"
      ],
      "additionalProperties": false
    },
    "DomainStorageEncryptionCipher": {
      "title": "DomainStorageEncryptionCipher",
      "description": "Cipher of an existing LUKS volume (informational).",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Cipher algorithm, e.g. aes."
        },
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Key size in bits."
        },
        "mode": {
          "type": "string",
          "description": "Cipher mode, e.g. cbc or xts."
        },
        "hash": {
          "type": "string",
          "description": "Hash used by the cipher mode."
        }
      },
      "required": [
        "name",
        "size"
      ],
      "additionalProperties": false
    },
    "DomainStorageEncryptionIvgen": {
      "title": "DomainStorageEncryptionIvgen",
      "description": "Initialization vector generator of an existing LUKS volume (informational).",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "IV generator algorithm, e.g. plain64."
        },
        "hash": {
          "type": "string",
          "description": "Hash used by the IV generator."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainDiskIotuneTotalBytesSec": {
      "title": "DomainDiskIotuneTotalBytesSec",
      "description": "Total throughput limit, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadBytesSec": {
      "title": "DomainDiskIotuneReadBytesSec",
      "description": "Read throughput limit, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteBytesSec": {
      "title": "DomainDiskIotuneWriteBytesSec",
      "description": "Write throughput limit, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneTotalIopsSec": {
      "title": "DomainDiskIotuneTotalIopsSec",
      "description": "Total I/O operations per second limit.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadIopsSec": {
      "title": "DomainDiskIotuneReadIopsSec",
      "description": "Read operations per second limit.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteIopsSec": {
      "title": "DomainDiskIotuneWriteIopsSec",
      "description": "Write operations per second limit.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneTotalBytesSecMax": {
      "title": "DomainDiskIotuneTotalBytesSecMax",
      "description": "Burst total throughput, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadBytesSecMax": {
      "title": "DomainDiskIotuneReadBytesSecMax",
      "description": "Burst read throughput, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteBytesSecMax": {
      "title": "DomainDiskIotuneWriteBytesSecMax",
      "description": "Burst write throughput, bytes per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneTotalIopsSecMax": {
      "title": "DomainDiskIotuneTotalIopsSecMax",
      "description": "Burst total operations per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadIopsSecMax": {
      "title": "DomainDiskIotuneReadIopsSecMax",
      "description": "Burst read operations per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteIopsSecMax": {
      "title": "DomainDiskIotuneWriteIopsSecMax",
      "description": "Burst write operations per second.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneSizeIopsSec": {
      "title": "DomainDiskIotuneSizeIopsSec",
      "description": "Size in bytes that counts as one I/O operation for the IOPS limits.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneGroupName": {
      "title": "DomainDiskIotuneGroupName",
      "description": "Throttle group: disks with the same name share one set of limits.",
      "type": "string"
    },
    "DomainDiskIotuneTotalBytesSecMaxLength": {
      "title": "DomainDiskIotuneTotalBytesSecMaxLength",
      "description": "How long the total throughput burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadBytesSecMaxLength": {
      "title": "DomainDiskIotuneReadBytesSecMaxLength",
      "description": "How long the read throughput burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteBytesSecMaxLength": {
      "title": "DomainDiskIotuneWriteBytesSecMaxLength",
      "description": "How long the write throughput burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneTotalIopsSecMaxLength": {
      "title": "DomainDiskIotuneTotalIopsSecMaxLength",
      "description": "How long the total IOPS burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneReadIopsSecMaxLength": {
      "title": "DomainDiskIotuneReadIopsSecMaxLength",
      "description": "How long the read IOPS burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDiskIotuneWriteIopsSecMaxLength": {
      "title": "DomainDiskIotuneWriteIopsSecMaxLength",
      "description": "How long the write IOPS burst may last, in seconds.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainDeviceAddressZpci": {
      "title": "DomainDeviceAddressZpci",
      "description": "s390 zPCI identifiers of a PCI device.",
      "type": "object",
      "properties": {
        "uid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$"
            }
          ],
          "description": "zPCI user-defined identifier (1 to 0xffff)."
        },
        "fid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "zPCI function identifier (32 bits)."
        }
      },
      "additionalProperties": false
    },
    "DomainControllerPciTargetNode": {
      "title": "DomainControllerPciTargetNode",
      "description": "Guest NUMA node an expander bus belongs to.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainFilesystemBinaryCache": {
      "title": "DomainFilesystemBinaryCache",
      "description": "Guest-side caching of file data and metadata.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "none",
            "always"
          ],
          "description": "`none` disables caching, `always` keeps cached data indefinitely."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemBinarySandbox": {
      "title": "DomainFilesystemBinarySandbox",
      "description": "How virtiofsd confines itself.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "namespace",
            "chroot"
          ],
          "description": "`namespace` (Linux namespaces) or `chroot`."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemBinaryLock": {
      "title": "DomainFilesystemBinaryLock",
      "description": "File locking offered to the guest.",
      "type": "object",
      "properties": {
        "posix": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "POSIX (fcntl) locks."
        },
        "flock": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "BSD flock() locks."
        }
      },
      "additionalProperties": false
    },
    "DomainFilesystemBinaryThreadPool": {
      "title": "DomainFilesystemBinaryThreadPool",
      "description": "Worker thread pool of virtiofsd.",
      "type": "object",
      "properties": {
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Number of worker threads; 0 handles requests in the queue thread."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceVirtualportParameters": {
      "title": "DomainInterfaceVirtualportParameters",
      "description": "VDP association parameters.",
      "type": "object",
      "properties": {
        "managerid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "VSI manager id (0-255)."
        },
        "typeid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,6})$"
            }
          ],
          "description": "VSI type id (24 bits)."
        },
        "typeidversion": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Version of the VSI type (0-255)."
        },
        "instanceid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID identifying this VSI instance; generated when absent."
        },
        "profileid": {
          "type": "string",
          "description": "Name of the port profile to apply."
        },
        "interfaceid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the OVS interface; generated when absent."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceCoalesceRx": {
      "title": "DomainInterfaceCoalesceRx",
      "description": "Settings for received packets.",
      "type": "object",
      "properties": {
        "frames": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainInterfaceCoalesceRxFrames"
            }
          ],
          "description": "Frame-count based coalescing."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfacePortForwardRange": {
      "title": "DomainInterfacePortForwardRange",
      "description": "A port or port range to forward (all ports when no range is given).",
      "type": "object",
      "properties": {
        "start": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "First host port."
        },
        "end": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Last host port of the range."
        },
        "to": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Guest port the first host port maps to."
        },
        "exclude": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "yes removes this range from the forwarded set."
        }
      },
      "required": [
        "start"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceDriverHost": {
      "title": "DomainInterfaceDriverHost",
      "description": "Offloads between the virtio device and the host backend.",
      "type": "object",
      "properties": {
        "csum": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Checksum offload."
        },
        "tso4": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TCP segmentation offload for IPv4."
        },
        "tso6": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TCP segmentation offload for IPv6."
        },
        "ecn": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TSO with explicit congestion notification."
        },
        "ufo": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "UDP fragmentation offload."
        },
        "gso": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Generic segmentation offload."
        },
        "mrg_rxbuf": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Mergeable receive buffers."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceDriverGuest": {
      "title": "DomainInterfaceDriverGuest",
      "description": "Offloads advertised to the guest driver.",
      "type": "object",
      "properties": {
        "csum": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Checksum offload."
        },
        "tso4": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TCP segmentation offload for IPv4."
        },
        "tso6": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TCP segmentation offload for IPv6."
        },
        "ecn": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "TSO with explicit congestion notification."
        },
        "ufo": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "UDP fragmentation offload."
        }
      },
      "additionalProperties": false
    },
    "DomainNetFilterRefParameter": {
      "title": "DomainNetFilterRefParameter",
      "description": "A variable handed to the filter rules.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_]+)$",
          "description": "Variable name (letters, digits, underscore), e.g. IP."
        },
        "value": {
          "type": "string",
          "pattern": "^(?:[a-zA-Z0-9_\\.:]+)$",
          "description": "Variable value (letters, digits, _ . :)."
        }
      },
      "required": [
        "name",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceTuneSndbuf": {
      "title": "DomainInterfaceTuneSndbuf",
      "description": "Send buffer size of the tap device in bytes.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainNetBandwidthInbound": {
      "title": "DomainNetBandwidthInbound",
      "description": "Limits for traffic flowing towards the guest.",
      "type": "object",
      "properties": {
        "average": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Long-term average rate in KiB/s."
        },
        "peak": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum rate in KiB/s allowed while sending a burst."
        },
        "floor": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Guaranteed minimum rate in KiB/s (inbound only, for ports of a libvirt network)."
        },
        "burst": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Amount of data in KiB that may be sent at peak rate."
        }
      },
      "additionalProperties": false
    },
    "DomainNetBandwidthOutbound": {
      "title": "DomainNetBandwidthOutbound",
      "description": "Limits for traffic leaving the guest.",
      "type": "object",
      "properties": {
        "average": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Long-term average rate in KiB/s."
        },
        "peak": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Maximum rate in KiB/s allowed while sending a burst."
        },
        "floor": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Guaranteed minimum rate in KiB/s (inbound only, for ports of a libvirt network)."
        },
        "burst": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Amount of data in KiB that may be sent at peak rate."
        }
      },
      "additionalProperties": false
    },
    "DomainNetVlanTag": {
      "title": "DomainNetVlanTag",
      "description": "One VLAN the port belongs to.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "VLAN id, 0 to 4095."
        },
        "nativeMode": {
          "type": "string",
          "enum": [
            "tagged",
            "untagged"
          ],
          "description": "Marks this as the native VLAN, whose frames are carried tagged or untagged."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceSourceVendor": {
      "title": "DomainInterfaceSourceVendor",
      "description": "USB vendor of the device.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$",
          "description": "Vendor id, up to 4 hex digits, optional 0x prefix."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceSourceProduct": {
      "title": "DomainInterfaceSourceProduct",
      "description": "USB product of the device.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$",
          "description": "Product id, up to 4 hex digits, optional 0x prefix."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceSourceAddress": {
      "title": "DomainInterfaceSourceAddress",
      "description": "Host USB bus/device location of the device.",
      "type": "object",
      "properties": {
        "bus": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,3})$"
            },
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "Host USB bus number."
        },
        "device": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,3})$",
          "description": "Device number on that bus."
        },
        "type": {
          "type": "string",
          "enum": [
            "pci",
            "usb"
          ],
          "description": "A PCI device (e.g. an SR-IOV virtual function)."
        },
        "domain": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "PCI domain number (usually 0)."
        },
        "slot": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-1]?[0-9a-fA-F])$"
            }
          ],
          "description": "PCI slot number on the bus (0 to 31)."
        },
        "function": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-7])$"
            }
          ],
          "description": "PCI function number within the slot (0 to 7)."
        },
        "multifunction": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the slot's multifunction bit is set (needed on function 0 when other functions are used)."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceSourceLocal": {
      "title": "DomainInterfaceSourceLocal",
      "description": "The local end of the tunnel.",
      "type": "object",
      "properties": {
        "address": {
          "type": "string",
          "pattern": "^(?:((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9]))$",
          "description": "IPv4 address."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Port number."
        }
      },
      "required": [
        "address",
        "port"
      ],
      "additionalProperties": false
    },
    "DomainInterfaceSourceReconnect": {
      "title": "DomainInterfaceSourceReconnect",
      "description": "Reconnect automatically when the backend goes away (client mode).",
      "type": "object",
      "properties": {
        "enabled": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether reconnecting is on."
        },
        "timeout": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Seconds between reconnection attempts."
        }
      },
      "required": [
        "enabled"
      ],
      "additionalProperties": false
    },
    "DomainAudioStreamSettings": {
      "title": "DomainAudioStreamSettings",
      "description": "Fixed stream format, used when fixedSettings is yes.",
      "type": "object",
      "properties": {
        "frequency": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Sample rate in Hz."
        },
        "channels": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "Number of channels."
        },
        "format": {
          "type": "string",
          "enum": [
            "s8",
            "u8",
            "s16",
            "u16",
            "s32",
            "u32",
            "f32"
          ],
          "description": "Sample format: signed/unsigned 8/16/32-bit integers or 32-bit float."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevPciSourceAddress": {
      "title": "DomainHostdevPciSourceAddress",
      "description": "Host PCI address of the device.",
      "type": "object",
      "properties": {
        "domain": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "PCI domain number (usually 0)."
        },
        "bus": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "PCI bus number."
        },
        "slot": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-1]?[0-9a-fA-F])$"
            }
          ],
          "description": "PCI slot number on the bus (0 to 31)."
        },
        "function": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-7])$"
            }
          ],
          "description": "PCI function number within the slot (0 to 7)."
        },
        "multifunction": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the slot's multifunction bit is set (needed on function 0 when other functions are used)."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevSourceVendor": {
      "title": "DomainHostdevSourceVendor",
      "description": "USB vendor of the device.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$",
          "description": "Vendor ID, hexadecimal."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainHostdevSourceProduct": {
      "title": "DomainHostdevSourceProduct",
      "description": "USB product of the device.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,4})$",
          "description": "Product ID, hexadecimal."
        }
      },
      "required": [
        "id"
      ],
      "additionalProperties": false
    },
    "DomainHostdevUsbAddress": {
      "title": "DomainHostdevUsbAddress",
      "description": "Host USB bus and device number.",
      "type": "object",
      "properties": {
        "bus": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,3})$",
          "description": "Host USB bus number."
        },
        "device": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{1,3})$",
          "description": "Device number on that bus."
        }
      },
      "required": [
        "bus",
        "device"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsiAdapter": {
      "title": "DomainHostdevScsiAdapter",
      "description": "The host SCSI adapter the LUN is behind.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "scsi_host",
            "fc_host"
          ],
          "description": "`scsi_host` (the default): a SCSI host found by name or PCI parent."
        }
      },
      "allOf": [
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "scsi_host"
                ]
              }
            }
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsiAdapterScsiHost"
          }
        },
        {
          "if": {
            "properties": {
              "type": {
                "enum": [
                  "fc_host"
                ]
              }
            },
            "required": [
              "type"
            ]
          },
          "then": {
            "$ref": "#/definitions/DomainHostdevScsiAdapterFcHost"
          }
        }
      ]
    },
    "DomainHostdevScsiAdapterScsiHost": {
      "title": "DomainHostdevScsiAdapterScsiHost",
      "description": "The host SCSI adapter the LUN is behind.\n\nVariant with `type` 'scsi_host' (also when `type` is left out).",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "scsi_host"
          ],
          "description": "`scsi_host` (the default): a SCSI host found by name or PCI parent."
        },
        "name": {
          "type": "string",
          "description": "Name of the SCSI host, e.g. scsi_host0."
        },
        "parentaddr": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiAdapterParentaddr"
            }
          ],
          "description": "Finds the SCSI host by the PCI device it belongs to."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevScsiAdapterFcHost": {
      "title": "DomainHostdevScsiAdapterFcHost",
      "description": "The host SCSI adapter the LUN is behind.\n\nVariant with `type` 'fc_host'.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "fc_host"
          ],
          "description": "`fc_host`: a Fibre Channel (possibly virtual, NPIV) host."
        },
        "parent": {
          "type": "string",
          "description": "Name of the parent HBA of a vHBA."
        },
        "managed": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "Whether libvirt creates and destroys the vHBA."
        },
        "parent_wwnn": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$",
          "description": "World Wide Node Name of the parent HBA."
        },
        "parent_wwpn": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$",
          "description": "World Wide Port Name of the parent HBA."
        },
        "parent_fabric_wwn": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$",
          "description": "Fabric name of the parent HBA."
        },
        "wwnn": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$",
          "description": "World Wide Node Name of the (v)HBA."
        },
        "wwpn": {
          "type": "string",
          "pattern": "^(?:(0x)?[0-9a-fA-F]{16})$",
          "description": "World Wide Port Name of the (v)HBA."
        }
      },
      "required": [
        "type",
        "wwnn",
        "wwpn"
      ],
      "additionalProperties": false
    },
    "DomainHostdevScsiSourceAdapterAddress": {
      "title": "DomainHostdevScsiSourceAdapterAddress",
      "description": "SCSI address of the LUN on the adapter.",
      "type": "object",
      "properties": {
        "bus": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,2})$",
          "description": "SCSI bus (channel) number."
        },
        "target": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,10})$",
          "description": "SCSI target number."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[0-9]{1,20})$",
          "description": "SCSI unit (LUN) number."
        }
      },
      "required": [
        "bus",
        "target",
        "unit"
      ],
      "additionalProperties": false
    },
    "DomainHostdevSourceHost": {
      "title": "DomainHostdevSourceHost",
      "description": "An iSCSI portal of the target.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Host name or address of the portal."
        },
        "port": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$",
          "description": "TCP port of the portal (default 3260)."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainHostdevMdevSourceAddress": {
      "title": "DomainHostdevMdevSourceAddress",
      "description": "Identity of the mediated device.",
      "type": "object",
      "properties": {
        "uuid": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the mediated device."
        }
      },
      "required": [
        "uuid"
      ],
      "additionalProperties": false
    },
    "DomainHostdevSourceBlock": {
      "title": "DomainHostdevSourceBlock",
      "description": "Absolute path of the block device node.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainHostdevSourceChar": {
      "title": "DomainHostdevSourceChar",
      "description": "Absolute path of the character device node.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainHostdevSourceInterface": {
      "title": "DomainHostdevSourceInterface",
      "description": "Name of the host network interface.",
      "type": "string",
      "pattern": "^(?:[a-zA-Z0-9_.\\-\\\\:/]+)$"
    },
    "DomainVideoModelAcceleration": {
      "title": "DomainVideoModelAcceleration",
      "description": "Hardware acceleration offered to the guest.",
      "type": "object",
      "properties": {
        "accel3d": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "3D acceleration (virgl for virtio)."
        },
        "accel2d": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "2D acceleration."
        },
        "rendernode": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "DRM render node used by a vhost-user GPU."
        }
      },
      "additionalProperties": false
    },
    "DomainVideoModelResolution": {
      "title": "DomainVideoModelResolution",
      "description": "Initial display resolution (must come after acceleration).",
      "type": "object",
      "properties": {
        "x": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Width in pixels."
        },
        "y": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Height in pixels."
        }
      },
      "required": [
        "x",
        "y"
      ],
      "additionalProperties": false
    },
    "DomainChardevSourceClipboard": {
      "title": "DomainChardevSourceClipboard",
      "description": "Clipboard sharing of a `qemu-vdagent` backend.",
      "type": "object",
      "properties": {
        "copypaste": {
          "type": "string",
          "enum": [
            "yes",
            "no"
          ],
          "description": "`yes` lets host and guest share copy and paste."
        }
      },
      "required": [
        "copypaste"
      ],
      "additionalProperties": false
    },
    "DomainChardevSourceMouse": {
      "title": "DomainChardevSourceMouse",
      "description": "Mouse handling of a `qemu-vdagent` backend.",
      "type": "object",
      "properties": {
        "mode": {
          "type": "string",
          "enum": [
            "server",
            "client"
          ],
          "description": "`client` sends absolute pointer positions through the agent; `server` leaves the pointer to the emulated input device."
        }
      },
      "required": [
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainChardevTargetModel": {
      "title": "DomainChardevTargetModel",
      "description": "The emulated hardware that implements the guest-side port.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "enum": [
            "isa-serial",
            "usb-serial",
            "pci-serial",
            "spapr-vty",
            "pl011",
            "16550a",
            "sclpconsole",
            "sclplmconsole",
            "isa-debugcon"
          ],
          "description": "Device model name: `isa-serial`, `usb-serial`, `pci-serial`, `spapr-vty`, `pl011`, `16550a`, `sclpconsole`, `sclplmconsole` or `isa-debugcon`."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainTpmBackendDevice": {
      "title": "DomainTpmBackendDevice",
      "description": "The host TPM character device.",
      "type": "object",
      "properties": {
        "path": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "Path of the host TPM device node; `/dev/tpm0` when absent."
        }
      },
      "additionalProperties": false
    },
    "DomainTpmBackendEncryption": {
      "title": "DomainTpmBackendEncryption",
      "description": "Encrypts the emulator's state files at rest.",
      "type": "object",
      "properties": {
        "secret": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12})$"
            },
            {
              "type": "string",
              "pattern": "^(?:[a-fA-F0-9]{32})$"
            }
          ],
          "description": "UUID of the libvirt secret holding the passphrase."
        }
      },
      "required": [
        "secret"
      ],
      "additionalProperties": false
    },
    "DomainTpmActivePcrBanks": {
      "title": "DomainTpmActivePcrBanks",
      "description": "PCR banks (hash algorithms) to activate in a TPM 2.0 emulator; each child element turns one bank on.",
      "type": "object",
      "properties": {
        "sha1": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmActivePcrBanksSha1"
            }
          ],
          "description": "Activate the SHA-1 PCR bank."
        },
        "sha256": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmActivePcrBanksSha256"
            }
          ],
          "description": "Activate the SHA-256 PCR bank."
        },
        "sha384": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmActivePcrBanksSha384"
            }
          ],
          "description": "Activate the SHA-384 PCR bank."
        },
        "sha512": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainTpmActivePcrBanksSha512"
            }
          ],
          "description": "Activate the SHA-512 PCR bank."
        }
      },
      "additionalProperties": false
    },
    "DomainTpmBackendSource": {
      "title": "DomainTpmBackendSource",
      "description": "The socket the external emulator listens on.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "unix"
          ],
          "description": "Always `unix`."
        },
        "path": {
          "type": "string",
          "pattern": "^(?:.+)$",
          "description": "Path of the emulator's UNIX socket."
        },
        "mode": {
          "type": "string",
          "enum": [
            "connect"
          ],
          "description": "Always `connect`: the guest side is the client."
        }
      },
      "required": [
        "type",
        "path",
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainMemoryDeviceSourcePagesize": {
      "title": "DomainMemoryDeviceSourcePagesize",
      "description": "Host page size to back the module with, e.g. 2048 KiB hugepages.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceSourceNodemask": {
      "title": "DomainMemoryDeviceSourceNodemask",
      "description": "Host NUMA nodes to allocate the backing memory from.",
      "type": "string",
      "pattern": "^(?:([0-9]+(-[0-9]+)?|\\^[0-9]+)(,([0-9]+(-[0-9]+)?|\\^[0-9]+))*)$"
    },
    "DomainMemoryDeviceSourcePath": {
      "title": "DomainMemoryDeviceSourcePath",
      "description": "Host file or device (such as `/dev/pmem0` or `/dev/dax0.0`) that backs an NVDIMM or virtio-pmem module.",
      "type": "string",
      "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$"
    },
    "DomainMemoryDeviceSourceAlignsize": {
      "title": "DomainMemoryDeviceSourceAlignsize",
      "description": "Alignment of the mapping of the backing file.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceSourcePmem": {
      "title": "DomainMemoryDeviceSourcePmem",
      "description": "States that the backing path is real persistent memory, so writes need no extra syncing.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetSize": {
      "title": "DomainMemoryDeviceTargetSize",
      "description": "Size of the module (KiB unless `unit` says otherwise); for virtio-mem the maximum it can grow to.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetNode": {
      "title": "DomainMemoryDeviceTargetNode",
      "description": "Guest NUMA node the module is attached to.",
      "type": "string",
      "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$"
    },
    "DomainMemoryDeviceTargetBlock": {
      "title": "DomainMemoryDeviceTargetBlock",
      "description": "virtio-mem block size: the granularity in which memory is plugged and unplugged.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetRequested": {
      "title": "DomainMemoryDeviceTargetRequested",
      "description": "virtio-mem: how much of the module the guest is asked to use now; can be changed while the guest runs.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetCurrent": {
      "title": "DomainMemoryDeviceTargetCurrent",
      "description": "virtio-mem: how much memory the guest has actually plugged; reported by libvirt.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetLabel": {
      "title": "DomainMemoryDeviceTargetLabel",
      "description": "NVDIMM namespace label area.",
      "type": "object",
      "properties": {
        "size": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainMemoryDeviceTargetLabelSize"
            }
          ],
          "description": "Size of the label area, carved out of the module size."
        }
      },
      "required": [
        "size"
      ],
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetReadonly": {
      "title": "DomainMemoryDeviceTargetReadonly",
      "description": "Makes an NVDIMM read-only for the guest.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainQemuOverrideProperty": {
      "title": "DomainQemuOverrideProperty",
      "description": "One property to set or remove.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "Property name as QEMU knows it."
        },
        "type": {
          "type": "string",
          "enum": [
            "string",
            "signed",
            "unsigned",
            "bool",
            "remove"
          ],
          "description": "Value type: `string`, `signed`, `unsigned`, `bool`, or `remove` to drop the property."
        },
        "value": {
          "type": "string",
          "description": "The new value (not used with `remove`)."
        }
      },
      "required": [
        "name",
        "type"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaCellDistancesSibling": {
      "title": "DomainCpuNumaCellDistancesSibling",
      "description": "Distance from this node to one other node.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The other node's number."
        },
        "value": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$",
          "description": "Distance, from 10 (local) to 255 (unreachable)."
        }
      },
      "required": [
        "id",
        "value"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaCacheSize": {
      "title": "DomainCpuNumaCacheSize",
      "description": "Cache size.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The number."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Its unit (e.g. `KiB`, `B`)."
        }
      },
      "required": [
        "value",
        "unit"
      ],
      "additionalProperties": false
    },
    "DomainCpuNumaCacheLine": {
      "title": "DomainCpuNumaCacheLine",
      "description": "Cache line size.",
      "type": "object",
      "properties": {
        "value": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The number."
        },
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Its unit (e.g. `KiB`, `B`)."
        }
      },
      "required": [
        "value",
        "unit"
      ],
      "additionalProperties": false
    },
    "DomainStorageSourceSlicesSlice": {
      "title": "DomainStorageSourceSlicesSlice",
      "description": "One byte range of the source.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "storage"
          ],
          "description": "What the slice applies to; only `storage` (the raw image) exists."
        },
        "offset": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Start of the range, in bytes."
        },
        "size": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Length of the range, in bytes."
        }
      },
      "required": [
        "type",
        "offset",
        "size"
      ],
      "additionalProperties": false
    },
    "DomainDeviceSeclabelLabel": {
      "title": "DomainDeviceSeclabelLabel",
      "description": "The label to apply to the resource.",
      "type": "string"
    },
    "DomainStorageReservationsSource": {
      "title": "DomainStorageReservationsSource",
      "description": "UNIX socket of an externally managed reservation helper.",
      "type": "object",
      "properties": {
        "type": {
          "type": "string",
          "enum": [
            "unix"
          ],
          "description": "Socket kind; only `unix` exists."
        },
        "path": {
          "type": "string",
          "pattern": "^(?:(/|[a-zA-Z]:\\\\).+)$",
          "description": "Absolute path of the helper's socket."
        },
        "mode": {
          "type": "string",
          "enum": [
            "server",
            "client"
          ],
          "description": "Which side listens: `client` connects to the helper, `server` listens for it."
        },
        "reconnect": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainSocketReconnect"
            }
          ],
          "description": "For client sockets: whether and how often to connect again after the peer went away."
        }
      },
      "required": [
        "type",
        "path",
        "mode"
      ],
      "additionalProperties": false
    },
    "DomainStorageInitiatorIqn": {
      "title": "DomainStorageInitiatorIqn",
      "description": "Initiator IQN.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "description": "The iSCSI qualified name of the initiator."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainStorageNetworkCookiesCookie": {
      "title": "DomainStorageNetworkCookiesCookie",
      "description": "One cookie; the content is its value (optionally double-quoted).",
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "pattern": "^(?:[A-Za-z0-9!#$%&'*+.^_`|~\\-]+)$",
          "description": "Cookie name (an HTTP token)."
        },
        "#text": {
          "type": "string",
          "pattern": "^(?:\"?[A-Za-z0-9!#$%&'()*+./:<=>?@\\[\\]^_`|~\\-]+\"?)$",
          "description": "The text content."
        }
      },
      "required": [
        "name"
      ],
      "additionalProperties": false
    },
    "DomainStorageMetadataCacheMaxSize": {
      "title": "DomainStorageMetadataCacheMaxSize",
      "description": "Maximum cache size; bytes unless `unit` says otherwise.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainInterfaceCoalesceRxFrames": {
      "title": "DomainInterfaceCoalesceRxFrames",
      "description": "Frame-count based coalescing.",
      "type": "object",
      "properties": {
        "max": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "Frames to collect before raising an interrupt (0 disables coalescing)."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevScsiAdapterParentaddr": {
      "title": "DomainHostdevScsiAdapterParentaddr",
      "description": "Finds the SCSI host by the PCI device it belongs to.",
      "type": "object",
      "properties": {
        "unique_id": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The host's unique_id, to tell apart several SCSI hosts of one PCI device."
        },
        "address": {
          "allOf": [
            {
              "$ref": "#/definitions/DomainHostdevScsiAdapterParentaddrAddress"
            }
          ],
          "description": "PCI address of the SCSI host's parent device."
        }
      },
      "required": [
        "address"
      ],
      "additionalProperties": false
    },
    "DomainTpmActivePcrBanksSha1": {
      "title": "DomainTpmActivePcrBanksSha1",
      "description": "Activate the SHA-1 PCR bank.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainTpmActivePcrBanksSha256": {
      "title": "DomainTpmActivePcrBanksSha256",
      "description": "Activate the SHA-256 PCR bank.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainTpmActivePcrBanksSha384": {
      "title": "DomainTpmActivePcrBanksSha384",
      "description": "Activate the SHA-384 PCR bank.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainTpmActivePcrBanksSha512": {
      "title": "DomainTpmActivePcrBanksSha512",
      "description": "Activate the SHA-512 PCR bank.",
      "type": "object",
      "properties": {},
      "additionalProperties": false
    },
    "DomainMemoryDeviceTargetLabelSize": {
      "title": "DomainMemoryDeviceTargetLabelSize",
      "description": "Size of the label area, carved out of the module size.",
      "type": "object",
      "properties": {
        "unit": {
          "type": "string",
          "pattern": "^(?:[bB]([yY][tT][eE][sS]?)?|[kKmMgGtTpPeE]([iI]?[bB])?)$",
          "description": "Unit of the number in the element's text; see the `unit` type for the accepted spellings."
        },
        "#text": {
          "type": "string",
          "pattern": "^[ \\t\\n\\r]*(?:[0-9]+)[ \\t\\n\\r]*$",
          "description": "The text content."
        }
      },
      "additionalProperties": false
    },
    "DomainHostdevScsiAdapterParentaddrAddress": {
      "title": "DomainHostdevScsiAdapterParentaddrAddress",
      "description": "PCI address of the SCSI host's parent device.",
      "type": "object",
      "properties": {
        "domain": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:\\+?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-9a-fA-F]{1,8})$"
            }
          ],
          "description": "PCI domain number (usually 0)."
        },
        "bus": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:0x[0-9a-fA-F]{1,2})$"
            }
          ],
          "description": "PCI bus number."
        },
        "slot": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-1]?[0-9a-fA-F])$"
            }
          ],
          "description": "PCI slot number on the bus (0 to 31)."
        },
        "function": {
          "anyOf": [
            {
              "type": "string",
              "pattern": "^[ \\t\\n\\r]*(?:[+-]?[0-9]+)[ \\t\\n\\r]*$"
            },
            {
              "type": "string",
              "pattern": "^(?:(0x)?[0-7])$"
            }
          ],
          "description": "PCI function number within the slot (0 to 7)."
        },
        "multifunction": {
          "type": "string",
          "enum": [
            "on",
            "off"
          ],
          "description": "Whether the slot's multifunction bit is set (needed on function 0 when other functions are used)."
        }
      },
      "additionalProperties": false
    },
    "DomainSeclabelLabel": {
      "title": "DomainSeclabelLabel",
      "description": "The generated process label; written by libvirt for running guests.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainSeclabelDynamicLabel"
        },
        {
          "$ref": "#/definitions/DomainSeclabelStaticLabel"
        }
      ]
    },
    "DomainSeclabelImagelabel": {
      "title": "DomainSeclabelImagelabel",
      "description": "The generated resource label; written by libvirt for running guests.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainSeclabelDynamicImagelabel"
        },
        {
          "$ref": "#/definitions/DomainSeclabelStaticImagelabel"
        }
      ]
    },
    "DomainStorageSource": {
      "title": "DomainStorageSource",
      "description": "Host file holding the image; leave it out for an empty removable drive.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainStorageSourceFile"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceBlock"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceDir"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceNetwork"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceVolume"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceNvme"
        },
        {
          "$ref": "#/definitions/DomainStorageSourceVhostUser"
        }
      ]
    },
    "DomainFilesystemSource": {
      "title": "DomainFilesystemSource",
      "description": "The shared host directory, or the socket of an externally started virtiofsd.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainFilesystemMountSource"
        },
        {
          "$ref": "#/definitions/DomainFilesystemBindSource"
        },
        {
          "$ref": "#/definitions/DomainFilesystemFileSource"
        },
        {
          "$ref": "#/definitions/DomainFilesystemBlockSource"
        },
        {
          "$ref": "#/definitions/DomainFilesystemTemplateSource"
        },
        {
          "$ref": "#/definitions/DomainFilesystemRamSource"
        }
      ]
    },
    "DomainInterfaceSource": {
      "title": "DomainInterfaceSource",
      "description": "The virtual network (and optionally its port group) to use.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainInterfaceNetworkSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceBridgeSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceEthernetSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceDirectSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceHostdevSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceUserSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceInternalSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceMcastSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceServerSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceUdpSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceVhostuserSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceVdpaSource"
        },
        {
          "$ref": "#/definitions/DomainInterfaceVdsSource"
        }
      ]
    },
    "DomainInputSource": {
      "title": "DomainInputSource",
      "description": "The host event device.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainInputPassthroughSource"
        },
        {
          "$ref": "#/definitions/DomainInputEvdevSource"
        }
      ]
    },
    "DomainAudioInput": {
      "title": "DomainAudioInput",
      "description": "Recording settings.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainAudioDirectionsInput"
        },
        {
          "$ref": "#/definitions/DomainAudioAlsaInput"
        },
        {
          "$ref": "#/definitions/DomainAudioCoreaudioInput"
        },
        {
          "$ref": "#/definitions/DomainAudioJackInput"
        },
        {
          "$ref": "#/definitions/DomainAudioOssInput"
        },
        {
          "$ref": "#/definitions/DomainAudioPulseaudioInput"
        },
        {
          "$ref": "#/definitions/DomainAudioSdlInput"
        }
      ]
    },
    "DomainAudioOutput": {
      "title": "DomainAudioOutput",
      "description": "Playback settings.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainAudioDirectionsOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioAlsaOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioCoreaudioOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioJackOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioOssOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioPulseaudioOutput"
        },
        {
          "$ref": "#/definitions/DomainAudioSdlOutput"
        }
      ]
    },
    "DomainHostdevSource": {
      "title": "DomainHostdevSource",
      "description": "The host PCI device.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainHostdevPciSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevUsbSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevScsiSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevScsiHostSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevMdevSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevStorageSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevMiscSource"
        },
        {
          "$ref": "#/definitions/DomainHostdevNetSource"
        }
      ]
    },
    "DomainGraphicsAnyGl": {
      "title": "DomainGraphicsAnyGl",
      "description": "OpenGL acceleration of the window.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainGraphicsSdlGl"
        },
        {
          "$ref": "#/definitions/DomainGraphicsGl"
        },
        {
          "$ref": "#/definitions/DomainGraphicsEglHeadlessGl"
        }
      ]
    },
    "DomainHostdevSourceAddress": {
      "title": "DomainHostdevSourceAddress",
      "description": "Host PCI address of the device.\n\nAny of the forms the variants of its parent allow.",
      "anyOf": [
        {
          "$ref": "#/definitions/DomainHostdevPciSourceAddress"
        },
        {
          "$ref": "#/definitions/DomainHostdevUsbAddress"
        },
        {
          "$ref": "#/definitions/DomainHostdevScsiSourceAdapterAddress"
        },
        {
          "$ref": "#/definitions/DomainHostdevMdevSourceAddress"
        }
      ]
    },
    "UnknownElement": {
      "title": "UnknownElement",
      "description": "An element kept in generic form: one the schema does not name, or one that cannot be stored in its usual place.",
      "type": "object",
      "properties": {
        "#name": {
          "type": "string",
          "description": "The qualified name as written."
        },
        "#xmlns": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Namespace declarations (prefix, `` for the default, to URI)."
        },
        "#attributes": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Attributes by qualified name as written."
        },
        "#children": {
          "type": "array",
          "items": {
            "anyOf": [
              {
                "$ref": "#/definitions/UnknownElement"
              },
              {
                "type": "string"
              }
            ]
          },
          "description": "Child elements and text in document order."
        }
      },
      "required": [
        "#name"
      ],
      "additionalProperties": false
    }
  }
};
