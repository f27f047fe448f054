import {
  cleanInline,
  emphasisMarkup,
  linkMarkup,
  type SourceBlock,
} from '../source-blocks.rules.js';

/**
 * Turns the open/close events of a parsed document (HTML elements, markdown-it tokens) into
 * Markdown-lite blocks. Both importers walk their trees with it so that lists, quotes and
 * inline markup come out the same whatever the file format.
 *
 * Nested lists and quotes flatten: the innermost heading, list item or quote decides the
 * kind of a block. Only the first block of a list item is the item; text after a nested
 * list or a second paragraph follows as plain paragraphs, so a number is never repeated.
 * Everything is kept in arrays, never on the call stack, so hostile nesting cannot overflow.
 */
export type InlineKind = 'em' | 'strong' | 'link';

interface ListFrame {
  type: 'list';
  ordered: boolean;
  next: number;
}

interface ItemFrame {
  type: 'item';
  ordered: boolean;
  number: number;
  used: boolean;
}

interface QuoteFrame {
  type: 'quote';
}

interface HeadingFrame {
  type: 'heading';
  level: 1 | 2 | 3;
}

type ContainerFrame = ListFrame | ItemFrame | QuoteFrame | HeadingFrame;

interface Frame {
  // Looked up once when the frame opens: a walk through 10,000 nested quotes stays linear.
  governing: ItemFrame | QuoteFrame | HeadingFrame | null;
  list: ListFrame | null;
}

interface InlineFrame {
  kind: InlineKind;
  href: string;
  /** Index into `parts` where the element's text begins. */
  start: number;
}

export class BlockCollector {
  private readonly blocks: SourceBlock[] = [];
  private readonly frames: Frame[] = [];
  /** Every open inline element, outermost first. */
  private readonly inlineStack: InlineKind[] = [];
  // Only the outermost of each kind adds markup (`*a *b* c*` would not read back), so at
  // most three frames are ever wrapped, however deep the nesting.
  private readonly marked: InlineFrame[] = [];
  private readonly openKinds: Record<InlineKind, number> = { em: 0, strong: 0, link: 0 };
  // The block's text in pieces: wrapping an element rewrites only the pieces after its start.
  // One growing string sliced at every close cost O(n²): 125,000 `<b>а</b>` took minutes.
  private parts: string[] = [];

  openList(ordered: boolean, start = 1): void {
    this.push({ type: 'list', ordered, next: start });
  }

  /** A list item; its number comes from the list unless the source states it. */
  openItem(number?: number): void {
    const list = this.top()?.list ?? null;
    const ordered = list?.ordered ?? false;
    const own = number ?? list?.next ?? 1;
    if (list) list.next = own + 1;
    this.push({ type: 'item', ordered, number: own, used: false });
  }

  openQuote(): void {
    this.push({ type: 'quote' });
  }

  /** Levels deeper than 3 become 3. */
  openHeading(level: number): void {
    this.push({ type: 'heading', level: Math.min(Math.max(Math.trunc(level), 1), 3) as 1 | 2 | 3 });
  }

  /** Closes the innermost list, item, quote or heading. */
  close(): void {
    this.boundary();
    this.frames.pop();
  }

  /** Ends the block being written (a paragraph, a cell, a line of code). */
  boundary(): void {
    this.wrapFrom(0);
    const text = cleanInline(this.parts.join(''));
    this.parts = [];
    for (const frame of this.marked) frame.start = 0;
    if (text === '') return;
    const governing = this.top()?.governing ?? null;
    if (governing?.type === 'heading') {
      this.blocks.push({ kind: 'heading', text, level: governing.level });
    } else if (governing?.type === 'item' && !governing.used) {
      governing.used = true;
      this.blocks.push(
        governing.ordered
          ? { kind: 'list-item', text, ordered: true, number: governing.number }
          : { kind: 'list-item', text, ordered: false },
      );
    } else if (governing?.type === 'quote') {
      this.blocks.push({ kind: 'quote', text });
    } else {
      this.blocks.push({ kind: 'paragraph', text });
    }
  }

  /**
   * Blocks converted elsewhere (an HTML block inside Markdown). Outside any list or quote
   * they keep their kind; inside one they take its kind, like any other text there.
   */
  embed(blocks: readonly SourceBlock[]): void {
    this.boundary();
    const governed = (this.top()?.governing ?? null) !== null;
    for (const block of blocks) {
      if (governed) {
        this.parts = [block.text];
        this.boundary();
      } else {
        this.blocks.push(block);
      }
    }
  }

  text(text: string): void {
    this.parts.push(text);
  }

  openInline(kind: InlineKind, href = ''): void {
    if (this.openKinds[kind] === 0) this.marked.push({ kind, href, start: this.parts.length });
    this.inlineStack.push(kind);
    this.openKinds[kind] += 1;
  }

  /** Closes the innermost inline of this kind and any left open inside it. */
  closeInline(kind: InlineKind): void {
    const index = this.inlineStack.lastIndexOf(kind);
    if (index < 0) return;
    for (const closed of this.inlineStack.splice(index)) this.openKinds[closed] -= 1;
    // Marked frames opened later were opened inside the closed ones: they are a suffix.
    const first = this.marked.findIndex((frame) => this.openKinds[frame.kind] === 0);
    if (first < 0) return;
    this.wrapFrom(first);
    this.marked.splice(first);
  }

  finish(): SourceBlock[] {
    this.boundary();
    return this.blocks;
  }

  /** Wraps the text of every marked inline from `index` inwards in its markup. */
  private wrapFrom(index: number): void {
    for (let i = this.marked.length - 1; i >= index; i -= 1) {
      const frame = this.marked[i]!;
      this.parts.push(wrapInline(frame, this.parts.splice(frame.start).join('')));
    }
  }

  private top(): Frame | undefined {
    return this.frames.at(-1);
  }

  private push(container: ContainerFrame): void {
    this.boundary();
    const parent = this.top();
    this.frames.push({
      governing: container.type === 'list' ? (parent?.governing ?? null) : container,
      list: container.type === 'list' ? container : (parent?.list ?? null),
    });
  }
}

function wrapInline(frame: InlineFrame, text: string): string {
  if (frame.kind === 'link') return linkMarkup(text, frame.href);
  return emphasisMarkup(text, frame.kind === 'em' ? '*' : '**');
}
