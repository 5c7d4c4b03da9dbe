/**
 * A small hand-built grammar in the style of the domain schema: a root with an enum attribute,
 * a collapsed text child, a `type`-discriminated device with variant children, an attribute
 * colliding with a child name, repeated children, empty elements, a wildcard metadata area
 * and a namespaced element.
 */
import {
  anyName, attribute, choice, data, element, empty, grammar, group, interleave, name, optional, ref, text, value, zeroOrMore,
} from './ir.js';

const QEMU = 'http://libvirt.org/schemas/domain/qemu/1.0';

export const sampleGrammar = grammar(ref('domain'), {
  domain: [
    element('domain', group(
      attribute('type', choice(value('kvm'), value('qemu')), 'Hypervisor driver.'),
      interleave(
        ref('domainName'),
        optional(ref('memory')),
        optional(element('features', interleave(optional(element('acpi', empty)), optional(element('apic', empty))))),
        optional(ref('metadata')),
        optional(element('devices', zeroOrMore(choice(ref('disk'), ref('controller'))))),
        optional(element(name('commandline', QEMU), zeroOrMore(element(name('arg', QEMU), attribute('value'))))),
      ),
    ), 'A virtual machine.'),
    'The domain define.',
  ],
  domainName: element('name', text, 'Short name of the domain.'),
  memory: element('memory', group(optional(attribute('unit', text)), data('unsignedLong', { pattern: '[0-9]+' }))),
  metadata: element('metadata', ref('anyContent')),
  anyContent: zeroOrMore(choice(attribute(anyName), text, element(anyName, ref('anyContent')))),
  disk: element('disk', group(
    choice(
      group(attribute('type', value('file')), optional(element('source', attribute('file')))),
      group(attribute('type', value('block')), optional(element('source', attribute('dev')))),
    ),
    attribute('device', choice(value('disk'), value('cdrom'))),
    element('target', group(attribute('dev', data('string', { pattern: '(hd|sd|vd)[a-z]+' })), optional(attribute('bus')))),
    optional(element('readonly', empty)),
  ), 'A disk.'),
  controller: element('controller', group(
    attribute('type'),
    optional(attribute('model')),
    optional(element('model', attribute('name'))),
    zeroOrMore(element('address', attribute('bus'))),
  )),
}, { qemu: QEMU });
