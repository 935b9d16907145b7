/**
 * Line breaking for Chinese text in a fixed width: a line may break between any two Chinese
 * characters, but not inside a run of Latin letters or digits (a word, a date, a 案号's year) unless
 * the run alone is wider than the line. Closing punctuation (，。、）》 …) never starts a line and
 * opening punctuation (（《 …) never ends one (避头尾, GB/T 15834 usage): the character before is
 * carried down with it.
 */

const noLineStart = new Set([...'，。、；：？！）》」』〕】〉’”…—,.;:?!)]}%·']);
const noLineEnd = new Set([...'（《「『〔【〈‘“([{']);

/** Splits text into units that are never broken: a Latin/digit run, or one other character. */
function units(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9.\-_/:@]*|\s+|[^]/gu) ?? [];
}

/**
 * Breaks `text` into lines no wider than `maxWidth` as measured by `measure`. Explicit newlines are
 * kept. A line never starts with white space. An empty text gives one empty line.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) lines.push(...wrapParagraph(paragraph, maxWidth, measure));
  return lines;
}

function wrapParagraph(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line: string[] = [];
  const width = (parts: string[]) => measure(parts.join(''));
  const pushLine = () => {
    lines.push(line.join('').trimEnd());
    line = [];
  };
  for (const unit of units(text)) {
    if (line.length === 0 && /^\s+$/.test(unit)) continue;
    if (width([...line, unit]) <= maxWidth) {
      line.push(unit);
      continue;
    }
    if (line.length > 0 && noLineStart.has(unit[0]!)) {
      // Carry the last character down with the closing mark (if that leaves something behind).
      if (line.length > 1) {
        const carried = line.pop()!;
        pushLine();
        line.push(carried, unit);
      } else {
        line.push(unit); // a line of one character and its mark: let it overhang slightly
      }
      continue;
    }
    if (line.length > 0 && measure(unit) <= maxWidth) {
      const carried: string[] = [];
      while (line.length > 1 && noLineEnd.has(line[line.length - 1]!)) carried.unshift(line.pop()!);
      pushLine();
      line.push(...carried, unit);
      continue;
    }
    // A run wider than a line (or the first unit): break it character by character.
    for (const ch of unit) {
      if (line.length > 0 && width([...line, ch]) > maxWidth) pushLine();
      line.push(ch);
    }
  }
  if (line.length > 0 || lines.length === 0) pushLine();
  return lines;
}
