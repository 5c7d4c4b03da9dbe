import type { Pattern, ResolvedGrammar, SimplifiedGrammar } from '../ir.js';
import { normalizeArity } from './arity.js';
import { checkAttributeDuplication } from './attribute-duplication.js';
import { checkDatatypes } from './datatypes.js';
import { dropUnreachable, normalizeDefines } from './define-ref.js';
import { propagateEmpty } from './empty.js';
import { checkInterleaves } from './interleave.js';
import { expandMixed } from './mixed.js';
import { propagateNotAllowed } from './not-allowed.js';
import { expandOptional } from './optional.js';
import { checkProhibitedPaths } from './prohibited-paths.js';
import { checkStringSequences } from './string-sequences.js';
import { rewriteGrammar } from './walk.js';
import { expandZeroOrMore } from './zero-or-more.js';

/**
 * Turns a resolved grammar into the simple syntax of spec 4.22 and checks the restrictions of
 * section 7. The steps of 4.1-4.11 and 4.16-4.18 happen while reading (see reader/); the rest run
 * here in the specification's order.
 *
 * @throws SchemaError when the grammar breaks a rule of section 4.19 or 7.
 */
export function simplifyGrammar(resolved: ResolvedGrammar): SimplifiedGrammar {
  checkDatatypes(resolved); // 4.16
  const local = (p: Pattern) => normalizeArity(expandZeroOrMore(expandOptional(expandMixed(normalizeArity(p)))));
  let g = rewriteGrammar(resolved, local); // 4.12-4.15
  g = normalizeDefines(g); // 4.19
  g = rewriteGrammar(g, (p) => normalizeArity(propagateNotAllowed(p))); // 4.20
  g = rewriteGrammar(g, (p) => normalizeArity(propagateEmpty(p))); // 4.21
  g = dropUnreachable(g);
  checkProhibitedPaths(g); // 7.1
  checkStringSequences(g); // 7.2
  checkAttributeDuplication(g); // 7.3
  checkInterleaves(g); // 7.4
  return g;
}
