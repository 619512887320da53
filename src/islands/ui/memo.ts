import { createElement, type Component, type FunctionComponent } from 'preact';

// preact/compat's `memo` without the rest of preact/compat (about 6 KB on the workbook page).

function differs(a: object, b: object): boolean {
  for (const name in a) if (!(name in b)) return true;
  for (const name in b) if ((a as Record<string, unknown>)[name] !== (b as Record<string, unknown>)[name]) return true;
  return false;
}

/**
 * Renders `render` again only when a prop changed (shallow comparison) or, given
 * `arePropsEqual`, when that says the props are not equal; like React.memo.
 */
export function memo<P extends object>(
  render: FunctionComponent<P>,
  arePropsEqual?: (previous: Readonly<P>, next: Readonly<P>) => boolean,
): FunctionComponent<P> {
  function Memo(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: Readonly<P>) =>
      arePropsEqual ? !arePropsEqual(this.props, next) : differs(this.props, next);
    return createElement(render as FunctionComponent<object>, props);
  }
  Memo.displayName = `Memo(${render.displayName ?? render.name})`;
  return Memo as FunctionComponent<P>;
}
