import { Parser } from 'htmlparser2';

/** Elements that run script or load content when they reach a page. */
const ACTIVE_TAGS = new Set(
  'script iframe frame frameset object embed applet base meta link style svg math form template img image video audio source input button xml import portal'.split(
    ' ',
  ),
);
const URL_ATTRIBUTES = new Set(
  'href src action formaction background xlink:href data poster dynsrc lowsrc codebase cite'.split(' '),
);
const SCRIPT_SCHEME = /^(javascript|vbscript|livescript|data):/i;

/** `value` without the blanks and control characters browsers skip in a URL's scheme. */
function withoutBlanks(value: string): string {
  return [...value]
    .filter((c) => {
      const code = c.codePointAt(0)!;
      return code > 0x20 && !(code >= 0x7f && code <= 0xa0) && !(code >= 0x200b && code <= 0x200f) && code !== 0xfeff;
    })
    .join('');
}

/** Whether a URL (blanks removed) would run script or carry a page: javascript:, vbscript:, data:... */
export function isScriptUrl(value: string): boolean {
  return SCRIPT_SCHEME.test(withoutBlanks(value));
}

/** Why one attribute could run script, or null: an event handler, inline style or frame source, or a script URL. */
function attributeHazard(name: string, value: string): string | null {
  const n = name.toLowerCase();
  if (n.startsWith('on')) return `event attribute ${n}`;
  if (n === 'style' || n === 'srcdoc') return `${n} attribute`;
  return URL_ATTRIBUTES.has(n) && isScriptUrl(value) ? `${n}="${withoutBlanks(value).slice(0, 40)}"` : null;
}

/** Why one element could run script, or null. */
function elementHazard(tag: string): string | null {
  return ACTIVE_TAGS.has(tag.toLowerCase()) ? `element ${tag.toLowerCase()}` : null;
}

/**
 * What in `html` could run script if it reached a page, read by an HTML parser (attribute values
 * decoded as a browser decodes them): active elements, event handler attributes, style and srcdoc
 * attributes, script URLs. Empty for HTML that is safe to show.
 */
export function htmlHazards(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = elementHazard(name);
        if (tag) found.push(tag);
        for (const [k, v] of Object.entries(attrs)) {
          const hazard = attributeHazard(k, v);
          if (hazard) found.push(`${hazard} on ${name}`);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** The same for a parsed DOM (in the page, where the browser's own parser read it). */
export function domHazards(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    const tag = elementHazard(el.localName);
    if (tag) found.push(tag);
    for (const a of el.attributes) {
      const hazard = attributeHazard(a.name, a.value);
      if (hazard) found.push(`${hazard} on ${el.localName}`);
    }
  }
  return found;
}
