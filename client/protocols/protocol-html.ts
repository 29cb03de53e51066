import { createElement, Fragment, type ReactNode } from 'react';

/**
 * The elements the server's protocol HTML is made of, and what each becomes here: headings
 * move down one level, below the page's own h1. Nothing else is ever rendered as markup.
 */
const ELEMENTS: Record<string, string> = {
  h1: 'h2',
  h2: 'h3',
  h3: 'h4',
  p: 'p',
  br: 'br',
  strong: 'strong',
  em: 'em',
  sup: 'sup',
  a: 'a',
  ul: 'ul',
  ol: 'ol',
  li: 'li',
  table: 'table',
  thead: 'thead',
  tbody: 'tbody',
  tr: 'tr',
  th: 'th',
  td: 'td',
  section: 'section',
  hr: 'hr',
};

/** Elements whose content is not text for readers: dropped with everything inside. */
const DROPPED = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'svg', 'math']);

/** Elements in which whitespace between children is only layout (React would warn about it). */
const STRUCTURAL = new Set(['table', 'thead', 'tbody', 'tr', 'ul', 'ol']);

const SAFE_ID = /^[A-Za-z][\w-]*$/;

/** The few attributes the layout needs, each checked; ids and links get the page's prefix. */
function props(element: Element, prefix: string): Record<string, string | number> {
  const result: Record<string, string | number> = {};
  const id = element.getAttribute('id');
  if (id && SAFE_ID.test(id)) result.id = `${prefix}${id}`;
  const href = element.getAttribute('href');
  // In-page footnote links only: no other address, and so no `javascript:`, gets through.
  if (element.localName === 'a' && href?.startsWith('#') && SAFE_ID.test(href.slice(1)))
    result.href = `#${prefix}${href.slice(1)}`;
  const value = Number(element.getAttribute('value'));
  if (element.localName === 'li' && Number.isInteger(value) && value > 0) result.value = value;
  const scope = element.getAttribute('scope');
  if (element.localName === 'th' && (scope === 'col' || scope === 'row')) result.scope = scope;
  const label = element.getAttribute('aria-label');
  if (element.localName === 'section' && label) result['aria-label'] = label;
  return result;
}

function convert(node: Node, prefix: string, key: number): ReactNode {
  if (node.nodeType === Node.TEXT_NODE) {
    const structural = node.parentElement && STRUCTURAL.has(node.parentElement.localName);
    return structural && !node.textContent?.trim() ? null : node.textContent;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const element = node as Element;
  if (DROPPED.has(element.localName)) return null;
  const children = Array.from(element.childNodes, (child, index) => convert(child, prefix, index));
  const tag = ELEMENTS[element.localName];
  // An element outside the list gives up its markup but keeps its text.
  if (!tag) return createElement(Fragment, { key }, ...children);
  if (tag === 'br' || tag === 'hr') return createElement(tag, { key });
  return createElement(tag, { key, ...props(element, prefix) }, ...children);
}

/**
 * The protocol HTML the server renders, as React elements built from an allow-list: the
 * browser's parser reads it (inertly: DOMParser runs no scripts and loads nothing), and only
 * listed elements with checked attributes are recreated, all text as text. So even HTML that
 * slipped past the server's escaping cannot run or restyle anything here. `idPrefix` keeps the
 * footnote anchors apart from the page's own ids.
 */
export function protocolHtmlToReact(html: string, idPrefix: string): ReactNode {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(document.body.childNodes, (node, index) => convert(node, idPrefix, index));
}
