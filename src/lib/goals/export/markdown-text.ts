// Just enough escaping that user text renders as the words they typed: inline markers
// everywhere, block markers only where they would start a heading, quote or list.

const INLINE = /[\\`*_[\]<>|~]/g;
const BLOCK_START = /^(\s*)([#>+\-=]|\d+(?=[.)]))/;

export function escapeMarkdownLine(line: string): string {
  const inline = line.replace(INLINE, '\\$&');
  return inline.replace(BLOCK_START, (_match, space: string, marker: string) =>
    /^\d+$/.test(marker) ? `${space}${marker}\\` : `${space}\\${marker}`,
  );
}

/** Escapes each line; `indent` keeps continuation lines inside a list item. */
export function escapeMarkdown(text: string, indent = ''): string {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line, index) => `${index === 0 ? '' : indent}${escapeMarkdownLine(line.trimEnd())}`)
    .join('\n');
}

export function escapeMarkdownInline(text: string): string {
  return escapeMarkdownLine(text.replace(/\s+/g, ' ').trim());
}
