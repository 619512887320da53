interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * Wide tables scroll sideways on small screens; a scrolling region must be reachable by keyboard,
 * so every table gets a focusable wrapper.
 */
export function rehypeScrollableTables() {
  return (tree: HastNode) => {
    const visit = (node: HastNode) => {
      if (!node.children) return;
      node.children = node.children.map((child) => {
        if (child.type === 'element' && child.tagName === 'table') {
          return { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0 }, children: [child] };
        }
        visit(child);
        return child;
      });
    };
    visit(tree);
  };
}
