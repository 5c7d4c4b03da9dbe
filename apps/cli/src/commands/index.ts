import type { Command } from '../io.js';
import { capsCommand } from './caps.js';
import { domcapabilitiesCommand } from './domcapabilities.js';
import { domxmlToNativeCommand } from './domxml-to-native.js';

/** Every subcommand, by name. A new command is one file in this folder and one entry here. */
export const COMMANDS: readonly Command[] = [capsCommand, domcapabilitiesCommand, domxmlToNativeCommand];
