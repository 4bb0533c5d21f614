import * as Y from 'yjs';
import { BODY_FIELD } from '../../shared/schema/extensions.ts';
import { WORDS, createRandom } from '../../test/fixtures/reportWords.ts';
import type { Random } from '../../test/fixtures/reportWords.ts';

/**
 * Types into a document's body the way a person does in the editor, one Yjs transaction per
 * keystroke: runs of characters at a cursor, about one backspace in ten, now and then Enter (a new
 * paragraph) or a jump to another paragraph. The same seed always gives the same edits.
 */
export class Typist {
  private readonly rnd: Random;
  private readonly body: Y.XmlFragment;
  private paragraphs: Y.XmlText[] = [];
  private text!: Y.XmlText;
  private offset = 0;
  private pending = '';

  constructor(
    private readonly doc: Y.Doc,
    seed: number,
  ) {
    this.rnd = createRandom(seed);
    this.body = doc.getXmlFragment(BODY_FIELD);
    this.paragraphs = this.body
      .toArray()
      .filter((n): n is Y.XmlElement => n instanceof Y.XmlElement && n.nodeName === 'paragraph')
      .map((p) => p.get(0))
      .filter((t): t is Y.XmlText => t instanceof Y.XmlText);
    if (this.paragraphs.length === 0) this.newParagraph(this.body.length);
    this.jump();
  }

  /** Performs one keystroke (one transaction). */
  step(): void {
    const r = this.rnd.next();
    if (r < 0.01) this.jump();
    else if (r < 0.015) this.enter();
    else if (r < 0.1 && this.offset > 0) this.doc.transact(() => this.text.delete(--this.offset, 1));
    else this.typeChar();
  }

  /** Performs `n` keystrokes. */
  steps(n: number): void {
    for (let i = 0; i < n; i++) this.step();
  }

  private typeChar(): void {
    if (this.pending.length === 0) this.pending = this.rnd.pick(WORDS) + ' ';
    const ch = this.pending[0]!;
    this.pending = this.pending.slice(1);
    this.doc.transact(() => this.text.insert(this.offset++, ch));
  }

  private jump(): void {
    this.text = this.rnd.pick(this.paragraphs);
    this.offset = this.rnd.int(0, this.text.length);
    this.pending = '';
  }

  private enter(): void {
    const element = this.text.parent;
    const index = element ? this.body.toArray().indexOf(element as Y.XmlElement) : -1;
    this.newParagraph(index < 0 ? this.body.length : index + 1);
  }

  private newParagraph(index: number): void {
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    paragraph.insert(0, [text]);
    this.doc.transact(() => this.body.insert(index, [paragraph]));
    this.paragraphs.push(text);
    this.text = text;
    this.offset = 0;
  }
}
