/** Decodes the five XML entities and numeric references (references beyond Unicode become nothing). */
export function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, e: string) => {
    const code = e.startsWith('#x') ? Number.parseInt(e.slice(2), 16) : e.startsWith('#') ? Number(e.slice(1)) : -1;
    if (code >= 0) return code <= 0x10ffff ? String.fromCodePoint(code) : '';
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[e] ?? '';
  });
}

/** The decoded value of the attribute `w:<name>` in a tag's attribute text, or ''. */
export function wordAttribute(attrs: string, name: string): string {
  const m = new RegExp(`\\bw:${name}="([^"]*)"`).exec(attrs);
  return m ? decodeXml(m[1]!) : '';
}

/** The ids of the comments with a range start or end in `xml` (the others are anchored at a point). */
export function rangedComments(xml: string): string[] {
  return [...xml.matchAll(/<w:commentRange(?:Start|End)\b[^>]*?\bw:id="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/\D/g, ''),
  );
}

/** Whether a part holds review markup at all (the common case skips the rewrite). */
export function hasReviewMarkup(xml: string): boolean {
  return /<w:(?:ins|del|moveTo|moveFrom|commentRangeStart|commentRangeEnd|commentReference|[a-zA-Z]*PrChange|tblGridChange|numberingChange|cellIns|cellDel|cellMerge)\b/.test(
    xml,
  );
}
