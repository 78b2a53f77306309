import type { Block, Inline } from '../../../worker/plugins/learn/schema'

// Renders an article's sanitized node tree with Preact elements: text is always a text node, and only the
// node types below exist. The server already checked every href; the widget checks again, because a page
// that trusts its API blindly is one bug away from running someone's script.

const SAFE_HREF = /^(https?:\/\/|mailto:)/i

function Inlines({ nodes }: { nodes: readonly Inline[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case 'text':
            return <span key={i}>{node.value}</span>
          case 'break':
            return <br key={i} />
          case 'emphasis':
            return (
              <em key={i}>
                <Inlines nodes={node.children} />
              </em>
            )
          case 'strong':
            return (
              <strong key={i}>
                <Inlines nodes={node.children} />
              </strong>
            )
          case 'link':
            return SAFE_HREF.test(node.href) ? (
              <a key={i} href={node.href} target="_blank" rel="noopener noreferrer nofollow">
                <Inlines nodes={node.children} />
              </a>
            ) : (
              <Inlines key={i} nodes={node.children} />
            )
          default:
            return null
        }
      })}
    </>
  )
}

export function Blocks({ nodes }: { nodes: readonly Block[] }) {
  return (
    <>
      {nodes.map((node, i) => {
        switch (node.type) {
          case 'paragraph':
            return (
              <p key={i}>
                <Inlines nodes={node.children} />
              </p>
            )
          case 'heading': {
            const Tag = (['h2', 'h3', 'h4'] as const)[node.level - 2] ?? 'h4'
            return (
              <Tag key={i}>
                <Inlines nodes={node.children} />
              </Tag>
            )
          }
          case 'list': {
            const Tag = node.ordered ? 'ol' : 'ul'
            return (
              <Tag key={i}>
                {node.items.map((item, j) => (
                  <li key={j}>
                    <Blocks nodes={item} />
                  </li>
                ))}
              </Tag>
            )
          }
          case 'blockquote':
            return (
              <blockquote key={i}>
                <Blocks nodes={node.children} />
              </blockquote>
            )
          default:
            return null
        }
      })}
    </>
  )
}
