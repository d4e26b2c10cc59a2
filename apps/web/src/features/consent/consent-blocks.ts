/** A piece of a paragraph: running text, or a list written as lines starting with "- ". */
export type ConsentPart = { kind: 'text'; text: string } | { kind: 'list'; items: string[] };

export interface ConsentBlock {
  /** A short first line with no closing punctuation, such as "Who sees what". */
  title: string | null;
  parts: ConsentPart[];
}

const maxTitleLength = 60;

/**
 * Reads the admin's plain-text consent into paragraphs (split at empty lines),
 * each with an optional title line and its "- " lists, so the page can show
 * them as bold titles and real lists. Nothing is dropped or reworded.
 *
 * @example consentBlocks('Who sees what\n- You\n- Your therapist')
 * // [{ title: 'Who sees what', parts: [{ kind: 'list', items: ['You', 'Your therapist'] }] }]
 */
export function consentBlocks(text: string): ConsentBlock[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map(toBlock);
}

function toBlock(lines: string[]): ConsentBlock {
  const [first = '', ...rest] = lines;
  const isTitle =
    rest.length > 0 &&
    first.length <= maxTitleLength &&
    !first.startsWith('- ') &&
    !/[.:;,!?]$/.test(first);
  return { title: isTitle ? first : null, parts: toParts(isTitle ? rest : lines) };
}

function toParts(lines: string[]): ConsentPart[] {
  const parts: ConsentPart[] = [];
  for (const line of lines) {
    const last = parts.at(-1);
    if (line.startsWith('- ')) {
      const item = line.slice(2).trim();
      if (last?.kind === 'list') last.items.push(item);
      else parts.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'text') {
      last.text = `${last.text}\n${line}`;
    } else {
      parts.push({ kind: 'text', text: line });
    }
  }
  return parts;
}
