import { describe, expect, it } from 'vitest';
import { createReporter, type ReportContext } from '../src/report/index.js';
import { sarifViolations } from './sarif-rules.js';
import { context, invalidResult, malformedResult, outsideResult, unreadableResult, validResult } from './synthetic.js';

const all = [validResult, invalidResult, malformedResult, unreadableResult, outsideResult];
const render = (options: Partial<ReportContext> = {}) => JSON.parse(createReporter('sarif', { ...context, ...options }).end(all));

describe('sarif reporter', () => {
  it('meets the SARIF 2.1.0 requirements', () => {
    expect(sarifViolations(render())).toEqual([]);
    expect(sarifViolations(render({ quiet: true }))).toEqual([]);
  });

  it('the requirement checker itself catches broken logs', () => {
    const log = render();
    log.runs[0].results[0].ruleId = 'nope';
    log.runs[0].results[1].locations[0].physicalLocation.region.startLine = 0;
    log.runs[0].artifacts[4].location.uri = 'a b.xml';
    expect(sarifViolations(log)).toEqual([
      'runs[0].artifacts[4].location.uri: not a valid URI reference: a b.xml',
      'runs[0].results[0].ruleId: must name a rule of the driver',
      'runs[0].results[0].ruleIndex: does not match ruleId',
      'runs[0].results[1].region.startLine: must be an integer >= 1',
      'runs[0].results[4].locations[0].physicalLocation.artifactLocation.index: does not point at an artifact with the same uri',
    ]);
  });

  it('has one rule per code, results pointing at them, relative URIs under %SRCROOT%', () => {
    const run = render().runs[0];
    expect(run.tool.driver.name).toBe('virtkit-validate');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(['2103', '2105', '1001', '1990']);
    expect(run.tool.driver.rules[2]).toEqual({ id: '1001', name: 'Syntax', shortDescription: { text: 'syntax' } });
    expect(run.tool.driver.rules[3].name).toBe('Unreadable');
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/project/');
    expect(run.results).toHaveLength(5);
    const [first] = run.results;
    expect(first).toMatchObject({
      ruleId: '2103',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'element <floppy-drive> is not allowed here (expected: <disk>, <interface>, <graphics>)' },
      properties: { expected: ['<disk>', '<interface>', '<graphics>'] },
    });
    expect(first.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'vms/bad.xml', uriBaseId: '%SRCROOT%', index: 1 },
      region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 20 },
    });
    expect(first.locations[0].logicalLocations).toEqual([{ fullyQualifiedName: '/domain/devices/floppy-drive', kind: 'element' }]);
    // Outside the working directory: an absolute, percent-encoded file URI.
    expect(run.results[4].locations[0].physicalLocation.artifactLocation.uri).toBe('file:///elsewhere/dir%20with%20space/x.xml');
    // An unreadable file is a result without a region.
    expect(run.results[3].locations[0].physicalLocation.region).toBeUndefined();
    expect(run.invocations).toEqual([{ executionSuccessful: false }]);
  });

  it('drops warnings when quiet', () => {
    const levels = render({ quiet: true }).runs[0].results.map((r: { level: string }) => r.level);
    expect(levels).not.toContain('warning');
  });
});
