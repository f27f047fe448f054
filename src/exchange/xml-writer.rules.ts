import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';

export type { XMLBuilder };

/**
 * xmlbuilder2's pretty printer indents inside mixed content too, which would put spaces into
 * a segment's text. Structural elements are indented here by hand instead, and the text of
 * segments is written exactly as it is.
 */
export class IndentedXml {
  readonly doc: XMLBuilder;
  readonly root: XMLBuilder;
  private readonly depth = new Map<XMLBuilder, number>();

  constructor(namespace: string | null, rootName: string, attributes: Record<string, string>) {
    this.doc = create({ version: '1.0', encoding: 'UTF-8' });
    this.root =
      namespace === null
        ? this.doc.ele(rootName, attributes)
        : this.doc.ele(namespace, rootName, attributes);
    this.depth.set(this.root, 0);
  }

  /** A structural child on its own line. */
  child(
    parent: XMLBuilder,
    name: string,
    attributes: Record<string, string | undefined> = {},
  ): XMLBuilder {
    const element = this.text(parent, name, attributes);
    this.depth.set(element, (this.depth.get(parent) ?? 0) + 1);
    return element;
  }

  /** A child on its own line whose content is text and inline markup, written as it is. */
  text(
    parent: XMLBuilder,
    name: string,
    attributes: Record<string, string | undefined> = {},
  ): XMLBuilder {
    parent.txt(`\n${'  '.repeat((this.depth.get(parent) ?? 0) + 1)}`);
    return parent.ele(name, withoutUndefined(attributes));
  }

  /** Closes the indentation of every structural element and serialises. */
  end(): string {
    for (const [element, level] of this.depth) {
      const last = element.node.lastChild;
      if (last && last.nodeType === 1) element.txt(`\n${'  '.repeat(level)}`);
    }
    return `${this.doc.end({ headless: false })}\n`;
  }
}

function withoutUndefined(attributes: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(attributes).filter((e): e is [string, string] => e[1] !== undefined),
  );
}
