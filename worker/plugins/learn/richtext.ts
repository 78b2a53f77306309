import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import type { Block, Inline } from './schema'

// Articles are written in Markdown and stored as a restricted node tree (paragraph, heading, list, blockquote,
// emphasis, strong, link, line break, text). Nothing else survives: raw HTML, images, and links other than
// absolute http(s) and mailto are dropped, and the tree has no attributes but a checked `href`. The widget
// renders the tree with Preact elements, never as HTML. `mdast-util-from-markdown` (CommonMark, from the unified
// collective) does the parsing, so we do not maintain a Markdown parser of our own.

/** What the sanitizer dropped, reported to the author so nothing disappears silently. */
export type Removal = 'raw_html' | 'unsafe_link' | 'relative_link' | 'image' | 'too_deep'

const MAX_DEPTH = 4
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/** An absolute http(s) or mailto URL, normalised; null for anything else (javascript:, data:, relative…). */
export function safeHref(raw: string): { href: string } | { removed: 'unsafe_link' | 'relative_link' } {
  const trimmed = raw.trim()
  let url: URL
  try {
    url = new URL(trimmed)
  } catch {
    return { removed: 'relative_link' }
  }
  if (!SAFE_PROTOCOLS.has(url.protocol) || url.href.length > 2000) return { removed: 'unsafe_link' }
  return { href: url.href }
}

interface State {
  /** The shallowest heading depth the author used: it becomes level 2 (the title is the page's level 1). */
  topDepth: number
  removed: Set<Removal>
  definitions: Map<string, string>
  /** Inside an inline <script> or <style>: its text is dropped until the closing tag. */
  skipping: boolean
}

const OPENS_SKIP = /^<(script|style|iframe|object|template)\b/i
const CLOSES_SKIP = /^<\/(script|style|iframe|object|template)\s*>/i

function inlines(nodes: readonly PhrasingContent[], s: State): Inline[] {
  const out: Inline[] = []
  for (const node of nodes) out.push(...inline(node, s))
  // Merge adjacent text so the tree stays small and readable.
  return out.reduce<Inline[]>((acc, node) => {
    const last = acc.at(-1)
    if (node.type === 'text' && last?.type === 'text') last.value += node.value
    else acc.push(node.type === 'text' ? { ...node } : node)
    return acc
  }, [])
}

function linkTo(url: string, children: readonly PhrasingContent[], s: State): Inline[] {
  const checked = safeHref(url)
  const content = inlines(children, s)
  if ('removed' in checked) {
    s.removed.add(checked.removed)
    return content
  }
  return [{ type: 'link', href: checked.href, children: content }]
}

function inline(node: PhrasingContent, s: State): Inline[] {
  if (node.type === 'html') {
    s.removed.add('raw_html')
    if (OPENS_SKIP.test(node.value) && !CLOSES_SKIP.test(node.value)) s.skipping = true
    if (CLOSES_SKIP.test(node.value)) s.skipping = false
    return []
  }
  if (s.skipping) return []
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return [{ type: 'text', value: node.value }]
    case 'break':
      return [{ type: 'break' }]
    case 'emphasis':
    case 'strong':
      return [{ type: node.type, children: inlines(node.children, s) }]
    case 'link':
      return linkTo(node.url, node.children, s)
    case 'linkReference': {
      const url = s.definitions.get(node.identifier)
      return url === undefined ? inlines(node.children, s) : linkTo(url, node.children, s)
    }
    case 'image':
    case 'imageReference':
      s.removed.add('image')
      return node.alt ? [{ type: 'text', value: node.alt }] : []
    default:
      return 'children' in node ? inlines(node.children as PhrasingContent[], s) : []
  }
}

function blocks(nodes: readonly RootContent[], s: State, depth: number): Block[] {
  return nodes.flatMap((node) => block(node, s, depth))
}

function paragraph(children: Inline[]): Block[] {
  return children.length ? [{ type: 'paragraph', children }] : []
}

function block(node: RootContent, s: State, depth: number): Block[] {
  if (depth > MAX_DEPTH) {
    s.removed.add('too_deep')
    return []
  }
  switch (node.type) {
    case 'paragraph':
      return paragraph(inlines(node.children, s))
    case 'heading':
      return [
        {
          type: 'heading',
          level: Math.min(4, 2 + node.depth - s.topDepth) as 2 | 3 | 4,
          children: inlines(node.children, s),
        },
      ]
    case 'blockquote':
      return [{ type: 'blockquote', children: blocks(node.children, s, depth + 1) }]
    case 'list':
      return [
        {
          type: 'list',
          ordered: !!node.ordered,
          items: node.children.map((item) => blocks(item.children, s, depth + 1)),
        },
      ]
    case 'code':
      return paragraph(node.value ? [{ type: 'text', value: node.value }] : [])
    case 'html':
      s.removed.add('raw_html')
      return []
    default:
      return []
  }
}

function collect(node: Nodes, s: State) {
  if (node.type === 'definition') s.definitions.set(node.identifier, node.url)
  if (node.type === 'heading') s.topDepth = Math.min(s.topDepth, node.depth)
  if ('children' in node) for (const child of node.children) collect(child as Nodes, s)
}

/** Parses an author's Markdown into the restricted tree, and says what it had to drop. */
export function sanitizeMarkdown(markdown: string): { tree: Block[]; removed: Removal[] } {
  const root: Root = fromMarkdown(markdown)
  const state: State = { topDepth: 6, removed: new Set(), definitions: new Map(), skipping: false }
  collect(root, state)
  const tree = blocks(root.children, state, 1)
  return { tree, removed: [...state.removed].sort() }
}

/** The plain text of a tree, for the full-text index and excerpts. */
export function plainText(tree: readonly (Block | Inline)[]): string {
  const parts: string[] = []
  const walk = (nodes: readonly (Block | Inline)[]) => {
    for (const node of nodes) {
      if (node.type === 'text') parts.push(node.value)
      else if (node.type === 'break') parts.push('\n')
      else if (node.type === 'list') for (const item of node.items) walk(item)
      else walk(node.children)
      if (node.type === 'paragraph' || node.type === 'heading') parts.push('\n')
    }
  }
  walk(tree)
  return parts
    .join('')
    .replace(/\n{2,}/g, '\n')
    .trim()
}
