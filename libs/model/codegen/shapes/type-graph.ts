import type { ElementPattern } from '@virtkit/relaxng';
import { contentOf, docOf, type ShapeContext } from './content-shape.js';
import { discriminate } from './discriminator.js';
import type { ElementShape, VariantShape } from './model.js';
import type { ElementParticle } from './summary.js';
import { mergeAlternatives, type VariantExpander } from './variants.js';

/** Where the types reach a shape from: a shape, and the variant of it when it is a union. */
export interface TypeParent {
  readonly shape: ElementShape;
  readonly variant: VariantShape | undefined;
}

/**
 * The types' view of the shapes (phase 2, after the codec shapes are known). The codec reads a
 * discriminated element with one merged shape; the types split it into variants, and a child
 * inside one variant may admit less than the merged child (`<source>` of a file disk holds only
 * what a file source holds). Such narrower children become types-only shapes, keyed like codec
 * shapes by their element patterns (and the codec shape they narrow), so they are shared.
 */
export class TypeGraph {
  /** Types-only shapes, in discovery order. */
  readonly typeShapes: ElementShape[] = [];
  /** Every shape the types reach, in discovery order (codec shapes included). */
  readonly reached: ElementShape[] = [];
  readonly parents = new Map<ElementShape, TypeParent[]>();
  private readonly byKey = new Map<string, ElementShape>();
  private readonly patterns = new Map<ElementShape, readonly ElementPattern[]>();
  private readonly seen = new Set<ElementShape>();

  constructor(
    private readonly ctx: ShapeContext,
    private readonly expander: VariantExpander,
    /** Element patterns of every codec shape, and the key of a pattern list. */
    codecPatterns: ReadonlyMap<ElementShape, readonly ElementPattern[]>,
    private readonly patternKey: (patterns: readonly ElementPattern[]) => string,
  ) {
    for (const [shape, patterns] of codecPatterns) this.patterns.set(shape, patterns);
  }

  /** The element patterns a shape stands for. */
  patternsOf(shape: ElementShape): readonly ElementPattern[] {
    return this.patterns.get(shape)!;
  }

  build(root: ElementShape): void {
    this.visit(root);
    for (let i = 0; i < this.reached.length; i++) this.expand(this.reached[i]!);
  }

  private visit(shape: ElementShape, parent?: TypeParent): void {
    if (parent) {
      const list = this.parents.get(shape) ?? [];
      if (!list.some((p) => p.shape === parent.shape && p.variant === parent.variant)) list.push(parent);
      this.parents.set(shape, list);
    }
    if (!this.seen.has(shape)) {
      this.seen.add(shape);
      this.reached.push(shape);
    }
  }

  /** Splits a shape into variants where the schema discriminates it, and walks its children. */
  private expand(shape: ElementShape): void {
    const patterns = this.patterns.get(shape)!;
    const alternatives = patterns.flatMap((p) => this.expander.expand(p.content));
    const found = shape.textMode === 'collapse' ? undefined : discriminate(alternatives, this.ctx.defines);
    const discriminator = found && shape.codec.attributes.find((a) => a.qname === this.qnameOfKey(found.key));
    if (found && discriminator) {
      const variants: VariantShape[] = [];
      for (const group of found.groups) {
        const variant: VariantShape = { typeName: '', values: group.values, isDefault: group.isDefault, ...emptyContent() };
        Object.assign(variant, contentOf(group.summary, this.ctx, (p) => this.child(p, shape, { shape, variant }), shape.codec));
        variants.push(variant);
      }
      shape.union = { discriminator: discriminator.key, variants };
      return;
    }
    if (shape.index >= 0) {
      for (const child of shape.children) this.visit(child.shape, { shape, variant: undefined });
      return;
    }
    Object.assign(shape, contentOf(mergeAlternatives(alternatives), this.ctx, (p) => this.child(p, shape, { shape, variant: undefined }), shape.codec));
  }

  /** The shape of a child as the types see it: the codec child, or a narrower view of it. */
  private child(particle: ElementParticle, owner: ElementShape, parent: TypeParent): ElementShape {
    const key = this.ctx.prefixes.qname(particle.ns, particle.local);
    const codecChild = owner.codec.children.find((c) => c.key === key);
    if (!codecChild) throw new Error(`${owner.qname}: child <${key}> is missing from the codec shape`);
    const codec = codecChild.shape;
    const patterns = this.patternKey(particle.patterns);
    let shape = patterns === this.patternKey(this.patterns.get(codec)!) ? codec : this.byKey.get(`${patterns}@${codec.index}`);
    if (!shape) {
      shape = {
        index: -1,
        typeName: '',
        ns: codec.ns,
        local: codec.local,
        qname: codec.qname,
        doc: docOf(particle.patterns, this.ctx),
        textMode: codec.textMode,
        codec,
        union: undefined,
        ...emptyContent(),
      };
      this.byKey.set(`${patterns}@${codec.index}`, shape);
      this.patterns.set(shape, particle.patterns);
      this.typeShapes.push(shape);
    }
    this.visit(shape, parent);
    return shape;
  }

  private qnameOfKey(key: string): string {
    const m = /^\{([^}]*)\}(.*)$/.exec(key);
    return m ? this.ctx.prefixes.qname(m[1]!, m[2]!) : key;
  }
}

const emptyContent = () => ({ attributes: [], children: [], text: undefined, anyAttributes: false, anyElements: false });
