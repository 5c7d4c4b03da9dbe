// The SARIF 2.1.0 requirements the validator's log must meet (OASIS SARIF 2.1.0, and what GitHub
// code scanning reads). Returns every violation found, so a failing test names them all.

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPositiveInt = (v: unknown) => Number.isInteger(v) && (v as number) >= 1;

export function sarifViolations(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (where: string, what: string) => problems.push(`${where}: ${what}`);
  if (!isObject(log)) return ['log: not an object'];
  if (log.version !== '2.1.0') fail('log.version', `must be "2.1.0", is ${JSON.stringify(log.version)}`);
  if (!Array.isArray(log.runs)) return [...problems, 'log.runs: must be an array'];
  log.runs.forEach((run: unknown, r) => {
    const at = `runs[${r}]`;
    if (!isObject(run)) return fail(at, 'not an object');
    const driver = isObject(run.tool) ? run.tool.driver : undefined;
    if (!isObject(driver) || typeof driver.name !== 'string' || driver.name === '') return fail(`${at}.tool.driver.name`, 'required');
    const rules = Array.isArray(driver.rules) ? driver.rules : [];
    const ids = rules.map((rule: unknown) => (isObject(rule) ? rule.id : undefined));
    ids.forEach((id, i) => {
      if (typeof id !== 'string' || id === '') fail(`${at}.tool.driver.rules[${i}].id`, 'required string');
      if (ids.indexOf(id) !== i) fail(`${at}.tool.driver.rules[${i}].id`, `duplicate ${String(id)}`);
    });
    const bases = isObject(run.originalUriBaseIds) ? run.originalUriBaseIds : {};
    for (const [name, base] of Object.entries(bases)) {
      const uri = isObject(base) ? base.uri : undefined;
      if (typeof uri !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(uri) || !uri.endsWith('/')) {
        fail(`${at}.originalUriBaseIds.${name}.uri`, 'must be an absolute URI ending with "/"');
      }
    }
    const artifacts = Array.isArray(run.artifacts) ? run.artifacts : [];
    const checkLocation = (where: string, location: unknown) => {
      if (!isObject(location)) return fail(where, 'artifactLocation required');
      if (typeof location.uri !== 'string' || location.uri === '') return fail(`${where}.uri`, 'required');
      if (!isUriReference(location.uri)) fail(`${where}.uri`, `not a valid URI reference: ${location.uri}`);
      if (location.uriBaseId !== undefined && !(String(location.uriBaseId) in bases)) fail(`${where}.uriBaseId`, 'not declared in originalUriBaseIds');
      if (location.uriBaseId !== undefined && /^[a-z][a-z0-9+.-]*:/i.test(location.uri)) fail(`${where}.uri`, 'absolute URI with a uriBaseId');
      if (location.index !== undefined) {
        const target = artifacts[location.index as number];
        const targetLocation = isObject(target) ? target.location : undefined;
        if (!isObject(targetLocation) || targetLocation.uri !== location.uri) fail(`${where}.index`, 'does not point at an artifact with the same uri');
      }
    };
    artifacts.forEach((artifact: unknown, i) => checkLocation(`${at}.artifacts[${i}].location`, isObject(artifact) ? artifact.location : undefined));
    const results = Array.isArray(run.results) ? run.results : [];
    results.forEach((result: unknown, i) => {
      const where = `${at}.results[${i}]`;
      if (!isObject(result)) return fail(where, 'not an object');
      const message = result.message;
      if (!isObject(message) || typeof message.text !== 'string' || message.text === '') fail(`${where}.message.text`, 'required');
      if (!['none', 'note', 'warning', 'error', undefined].includes(result.level as string)) fail(`${where}.level`, `bad level ${String(result.level)}`);
      if (typeof result.ruleId !== 'string' || !ids.includes(result.ruleId)) fail(`${where}.ruleId`, 'must name a rule of the driver');
      if (result.ruleIndex !== undefined && ids[result.ruleIndex as number] !== result.ruleId) fail(`${where}.ruleIndex`, 'does not match ruleId');
      const locations = Array.isArray(result.locations) ? result.locations : [];
      if (locations.length === 0) fail(`${where}.locations`, 'at least one location (code scanning needs it)');
      locations.forEach((location: unknown, l) => {
        const physical = isObject(location) ? location.physicalLocation : undefined;
        if (!isObject(physical)) return fail(`${where}.locations[${l}].physicalLocation`, 'required');
        checkLocation(`${where}.locations[${l}].physicalLocation.artifactLocation`, physical.artifactLocation);
        const region = physical.region;
        if (region === undefined) return;
        if (!isObject(region)) return fail(`${where}.region`, 'not an object');
        if (!isPositiveInt(region.startLine)) fail(`${where}.region.startLine`, 'must be an integer >= 1');
        if (region.startColumn !== undefined && !isPositiveInt(region.startColumn)) fail(`${where}.region.startColumn`, 'must be an integer >= 1');
        const endLine = (region.endLine ?? region.startLine) as number;
        if (endLine < (region.startLine as number)) fail(`${where}.region.endLine`, 'before startLine');
        if (region.endColumn !== undefined && endLine === region.startLine && (region.endColumn as number) <= ((region.startColumn ?? 1) as number)) {
          fail(`${where}.region.endColumn`, 'must be after startColumn on the same line');
        }
      });
    });
  });
  return problems;
}

/** RFC 3986 URI reference: no spaces or other characters that must be percent-encoded. */
function isUriReference(uri: string): boolean {
  return /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(uri) && !/%(?![0-9A-Fa-f]{2})/.test(uri);
}
