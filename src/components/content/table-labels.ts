/**
 * Labels every body cell of a rendered Markdown table with its column's header (`data-label`), so
 * CSS can turn each row into a card that names what each value is; and spells out the table roles,
 * because some browsers drop a table's semantics once its parts are no longer displayed as a table.
 * Works on the HTML that Markdown tables render to: plain <th>/<td>, no nested tables.
 */
export interface LabelledTable {
  html: string;
  columns: number;
}

const stripTags = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ').trim();
const attribute = (text: string): string => text.replace(/"/g, '&quot;');

export function labelTable(html: string): LabelledTable {
  const head = /<thead\b[^>]*>([\s\S]*?)<\/thead>/.exec(html);
  const labels = [...(head?.[1] ?? '').matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/g)].map((match) => stripTags(match[1] ?? ''));
  const withRoles = html
    .replace(/<(thead|tbody)\b/g, '<$1 role="rowgroup"')
    .replace(/<tr\b/g, '<tr role="row"')
    .replace(/<th\b/g, '<th role="columnheader"');
  const labelled = withRoles.replace(/(<tbody\b[^>]*>)([\s\S]*?)(<\/tbody>)/, (_all, open: string, body: string, close: string) => {
    const rows = body.replace(/<tr\b[^>]*>[\s\S]*?<\/tr>/g, (row) => {
      let column = 0;
      return row.replace(/<td\b/g, () => {
        const label = labels[column++];
        return label ? `<td role="cell" data-label="${attribute(label)}"` : '<td role="cell"';
      });
    });
    return open + rows + close;
  });
  return { html: labelled, columns: labels.length };
}
