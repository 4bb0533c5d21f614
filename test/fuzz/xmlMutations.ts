import fc from 'fast-check';
import { FUZZ_BUDGET } from './fuzzHarness.ts';

/** Markup a hostile or broken Word file may hold where it is not expected (review markup above all). */
const WORD_SNIPPETS = [
  '<w:ins w:id="7" w:author="Fuzz" w:date="2026-01-01T00:00:00Z">',
  '</w:ins>',
  '<w:del w:id="8" w:author="Fuzz" w:date="not a date">',
  '</w:del>',
  '<w:moveFrom w:id="9" w:author="F">',
  '</w:moveFrom>',
  '<w:moveTo w:id="10">',
  '</w:moveTo>',
  '<w:moveFromRangeStart w:id="11" w:name="m"/>',
  '<w:moveToRangeEnd w:id="11"/>',
  '<w:commentRangeStart w:id="0"/>',
  '<w:commentRangeEnd w:id="0"/>',
  '<w:commentReference w:id="0"/>',
  '<w:commentReference w:id="99999999999999999999999"/>',
  '<w:r><w:rPr><w:b/><w:rPrChange w:id="12" w:author="F"><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t>fmt</w:t></w:r>',
  '<w:r><w:rPr><w:rPrChange w:id="13"/>',
  '<w:pPrChange w:id="14"/>',
  '<w:r><w:delText>gone</w:delText></w:r>',
  '<w:t>',
  '</w:t>',
  '<w:p>',
  '</w:p>',
  '<w:p/>',
  '<w:r>',
  '</w:r>',
  '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
  '<w:tc>',
  '</w:tr>',
  '<w:r><w:footnoteReference w:id="1"/></w:r>',
  '<w:r><w:footnoteReference w:id="-5"/></w:r>',
  '<w:pPr><w:rPr><w:ins w:id="15" w:author="F"/></w:rPr></w:pPr>',
  '<w:trPr><w:del w:id="16"/></w:trPr>',
  '<w:hyperlink r:id="rId999">',
  '<w:fldSimple w:instr="HYPERLINK &quot;javascript:alert(1)&quot;"><w:r><w:t>link</w:t></w:r></w:fldSimple>',
  '\uE000',
  '\uE0030\uE005',
  '&#99999999;',
  '&#x110000;',
  '&bogus;',
  '<![CDATA[x]]>',
  '<!-- comment -->',
  '<?pi x?>',
  'w:author="',
  '"',
  '>',
  '<',
];

/** Entity expansion ("billion laughs"): ten levels of ten, referenced from the text. */
const LAUGHS =
  '<!DOCTYPE w:document [<!ENTITY l0 "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('') +
  ']>';

/** One change to an XML part of a Word file. */
export type XmlMutation =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; char: string }
  | { kind: 'laughs' }
  | { kind: 'nest'; at: number; depth: number; tag: string }
  | { kind: 'hugeAttribute'; at: number; size: number }
  | { kind: 'hugeIds' };

const NESTING_TAGS = ['w:ins', 'w:del', 'w:hyperlink', 'w:sdtContent', 'w:smartTag', 'w:tc', 'w:p', 'w:r'];

/** Any XmlMutation; positions are taken modulo the part's length. */
export const xmlMutation: fc.Arbitrary<XmlMutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.oneof(fc.constantFrom(...WORD_SNIPPETS), fc.string({ maxLength: 20, unit: 'binary' })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('flip' as const),
      at: fc.nat(),
      char: fc.constantFrom('<', '>', '"', '/', '&', ' ', 'x'),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'laughs' as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('nest' as const),
      at: fc.nat(),
      depth: fc.oneof(
        fc.integer({ min: 1, max: 200 }),
        fc.constantFrom(...(FUZZ_BUDGET.campaign ? [5_000, 50_000] : [5_000])),
      ),
      tag: fc.constantFrom(...NESTING_TAGS),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('hugeAttribute' as const),
      at: fc.nat(),
      size: fc.constantFrom(1_000, 100_000, 3_000_000),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'hugeIds' as const }) },
);

/** Applies one mutation to an XML part's text. */
export function mutateXml(xml: string, m: XmlMutation): string {
  const at = 'at' in m ? m.at % (xml.length + 1) : 0;
  switch (m.kind) {
    case 'insert':
      return xml.slice(0, at) + m.text + xml.slice(at);
    case 'truncate':
      return xml.slice(0, at);
    case 'flip':
      return xml.slice(0, at) + m.char + xml.slice(at + 1);
    case 'laughs': {
      const start = xml.indexOf('?>') + 2;
      const withText = xml.replace(/<w:t(\s[^>]*)?>/, (t) => `${t}&l9;`);
      return withText.slice(0, start) + LAUGHS + withText.slice(start);
    }
    case 'nest': {
      // Inside the body where possible, so that readers descend into it.
      const body = xml.indexOf('<w:body>');
      const where = body >= 0 ? body + '<w:body>'.length : at;
      return xml.slice(0, where) + `<${m.tag}>`.repeat(m.depth) + `</${m.tag}>`.repeat(m.depth) + xml.slice(where);
    }
    case 'hugeAttribute': {
      const tag = xml.indexOf('<w:', at);
      if (tag < 0) return xml;
      const name = xml.indexOf(' ', tag);
      return name < 0 ? xml : `${xml.slice(0, name)} w:author="${'A'.repeat(m.size)}"${xml.slice(name)}`;
    }
    case 'hugeIds':
      return xml.replace(/w:id="[^"]*"/g, (_, i: number) => `w:id="${i % 2 ? '-' : ''}${'9'.repeat(40)}"`);
  }
}

/** A short description of an XML mutation, for the report. */
export function describeXmlMutation(m: XmlMutation): string {
  if (m.kind === 'insert') return `insert@${m.at} ${JSON.stringify(m.text.slice(0, 30))}`;
  if (m.kind === 'nest') return `nest ${m.tag}×${m.depth}`;
  if (m.kind === 'hugeAttribute') return `attribute of ${m.size} chars`;
  return 'at' in m ? `${m.kind}@${m.at}` : m.kind;
}
