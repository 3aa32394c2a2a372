// A PDF page's text as paragraphs that flow to the width of the screen. The engine keeps the
// page's lines as they were printed; on a phone, lines printed for a wide page are joined again.
// A line clearly shorter than the page's longest ends its paragraph (the last line of a
// paragraph, a heading, an item of a list).

/** Scripts written without spaces between words: their lines join with nothing between. */
const UNSPACED_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const SHORT_LINE_SHARE = 0.75;

function join(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  // A word broken across lines with a hyphen is made whole again.
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line;
  if (UNSPACED_SCRIPT.test(paragraph.at(-1) ?? '') && UNSPACED_SCRIPT.test(line[0] ?? ''))
    return paragraph + line;
  return `${paragraph} ${line}`;
}

export function reflowParagraphs(text: string): string[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const longest = Math.max(0, ...lines.map((line) => [...line].length));
  const paragraphs: string[] = [];
  let paragraph = '';
  for (const line of lines) {
    paragraph = join(paragraph, line);
    if ([...line].length < SHORT_LINE_SHARE * longest) {
      paragraphs.push(paragraph);
      paragraph = '';
    }
  }
  if (paragraph !== '') paragraphs.push(paragraph);
  return paragraphs;
}
