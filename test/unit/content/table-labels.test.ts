import { describe, expect, it } from 'vitest';
import { labelTable } from '../../../src/components/content/table-labels.ts';

const table = `<thead><tr><th>Form</th><th>Who <em>"exactly"</em></th></tr></thead>
<tbody><tr><td>One</td><td>a <a href="/x/">pair</a></td></tr><tr><td>Two</td><td>more</td></tr></tbody>`;

describe('labelTable', () => {
  it('labels each body cell with its column header, as plain text', () => {
    const { html, columns } = labelTable(table);
    expect(columns).toBe(2);
    expect(html.match(/data-label="Form"/g)).toHaveLength(2);
    expect(html.match(/data-label="Who &quot;exactly&quot;"/g)).toHaveLength(2);
    expect(html).toContain('<a href="/x/">pair</a>');
  });

  it('spells out the table roles', () => {
    const { html } = labelTable(table);
    expect(html).toContain('<thead role="rowgroup">');
    expect(html).toContain('<tbody role="rowgroup">');
    expect(html.match(/<tr role="row">/g)).toHaveLength(3);
    expect(html.match(/<th role="columnheader">/g)).toHaveLength(2);
    expect(html.match(/<td role="cell"/g)).toHaveLength(4);
  });

  it('leaves a table without a header unlabelled', () => {
    expect(labelTable('<tbody><tr><td>a</td></tr></tbody>').html).toBe('<tbody role="rowgroup"><tr role="row"><td role="cell">a</td></tr></tbody>');
  });
});
