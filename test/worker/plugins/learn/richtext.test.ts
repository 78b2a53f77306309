import { describe, expect, it } from 'vitest'
import { plainText, safeHref, sanitizeMarkdown } from '../../../../worker/plugins/learn/richtext'

const json = (markdown: string) => JSON.stringify(sanitizeMarkdown(markdown).tree)

describe('article sanitizer', () => {
  it('keeps paragraphs, headings (from level 2), lists, quotes, emphasis, strong and safe links', () => {
    const { tree, removed } = sanitizeMarkdown(
      [
        '# Week one',
        '',
        'Take **one capsule** with each *main meal* that has fat.',
        '',
        '## What to expect',
        '',
        '- Gas with oily spotting',
        '- Loose stools after fatty meals',
        '',
        '1. Plan meals',
        '2. Read the [label](https://northwind.example/trimly/label.pdf)',
        '',
        '> Call us: [medinfo@northwind.example](mailto:medinfo@northwind.example)',
      ].join('\n'),
    )
    expect(removed).toEqual([])
    expect(tree).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', value: 'Week one' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Take ' },
          { type: 'strong', children: [{ type: 'text', value: 'one capsule' }] },
          { type: 'text', value: ' with each ' },
          { type: 'emphasis', children: [{ type: 'text', value: 'main meal' }] },
          { type: 'text', value: ' that has fat.' },
        ],
      },
      { type: 'heading', level: 3, children: [{ type: 'text', value: 'What to expect' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', value: 'Gas with oily spotting' }] }],
          [{ type: 'paragraph', children: [{ type: 'text', value: 'Loose stools after fatty meals' }] }],
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [
          [{ type: 'paragraph', children: [{ type: 'text', value: 'Plan meals' }] }],
          [
            {
              type: 'paragraph',
              children: [
                { type: 'text', value: 'Read the ' },
                {
                  type: 'link',
                  href: 'https://northwind.example/trimly/label.pdf',
                  children: [{ type: 'text', value: 'label' }],
                },
              ],
            },
          ],
        ],
      },
      {
        type: 'blockquote',
        children: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', value: 'Call us: ' },
              {
                type: 'link',
                href: 'mailto:medinfo@northwind.example',
                children: [{ type: 'text', value: 'medinfo@northwind.example' }],
              },
            ],
          },
        ],
      },
    ])
  })

  it('removes script blocks and inline scripts entirely, and says so', () => {
    const block = sanitizeMarkdown('Hello\n\n<script>alert("x")</script>\n\nBye')
    expect(block.tree).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: 'Hello' }] },
      { type: 'paragraph', children: [{ type: 'text', value: 'Bye' }] },
    ])
    expect(block.removed).toEqual(['raw_html'])
    const inline = sanitizeMarkdown('Before <script>steal(document.cookie)</script> after')
    expect(inline.tree).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'Before  after' }] }])
    expect(json('<style>body{display:none}</style>\n\nok')).not.toContain('display')
  })

  it('removes HTML with event handlers (the tree has no attributes at all)', () => {
    for (const markdown of [
      '<img src=x onerror="alert(1)">',
      'Text <a href="https://ok.example" onclick="evil()">link</a> text',
      '<div onmouseover="evil()">hover</div>',
      '<p style="x" onload=evil()>para</p>',
      '<svg onload=alert(1)>',
      '<iframe src="https://evil.example"></iframe>',
    ]) {
      const out = json(markdown)
      expect(out, markdown).not.toMatch(/onerror|onclick|onmouseover|onload|<|iframe|style/i)
      expect(sanitizeMarkdown(markdown).removed, markdown).toContain('raw_html')
    }
  })

  it('drops javascript:, vbscript:, data: and relative links but keeps their text', () => {
    for (const [markdown, reason] of [
      ['[click](javascript:alert(1))', 'unsafe_link'],
      ['[click](JaVaScRiPt:alert(1))', 'unsafe_link'],
      ['[click](&#106;avascript:alert(1))', 'unsafe_link'],
      ['[click](  javascript:alert(1))', 'unsafe_link'],
      ['[click](vbscript:msgbox)', 'unsafe_link'],
      ['[click](data:text/html;base64,PHNjcmlwdD4=)', 'unsafe_link'],
      ['<javascript:alert(1)>', 'unsafe_link'],
      ['[click][ref]\n\n[ref]: javascript:alert(1)', 'unsafe_link'],
      ['[click](/relative/path)', 'relative_link'],
      ['[click](//evil.example/x)', 'relative_link'],
    ] as const) {
      const { tree, removed } = sanitizeMarkdown(markdown)
      expect(JSON.stringify(tree), markdown).not.toContain('"link"')
      expect(removed, markdown).toEqual([reason])
      // The link text stays as plain text (an autolink's text is its own URL, shown as inert text).
      if (!markdown.startsWith('<')) {
        expect(tree, markdown).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'click' }] }])
      }
    }
  })

  it('resolves reference links to safe URLs', () => {
    expect(sanitizeMarkdown('See [the label][l].\n\n[l]: https://northwind.example/label').tree).toEqual([
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'See ' },
          {
            type: 'link',
            href: 'https://northwind.example/label',
            children: [{ type: 'text', value: 'the label' }],
          },
          { type: 'text', value: '.' },
        ],
      },
    ])
  })

  it('drops images (keeping their alt text) and nesting deeper than four levels', () => {
    const image = sanitizeMarkdown(
      '![A capsule](https://cdn.example/capsule.png) and ![](data:image/png;base64,AAAA)',
    )
    expect(image.tree).toEqual([{ type: 'paragraph', children: [{ type: 'text', value: 'A capsule and ' }] }])
    expect(image.removed).toEqual(['image'])
    const deep = sanitizeMarkdown('> > > > > too deep')
    expect(deep.removed).toEqual(['too_deep'])
    expect(JSON.stringify(deep.tree)).not.toContain('too deep')
  })

  it('turns code into plain text paragraphs', () => {
    expect(sanitizeMarkdown('```\n<b>not html</b>\n```').tree).toEqual([
      { type: 'paragraph', children: [{ type: 'text', value: '<b>not html</b>' }] },
    ])
  })

  it('accepts only absolute http(s) and mailto hrefs, normalised', () => {
    expect(safeHref('https://Northwind.example/a b')).toEqual({ href: 'https://northwind.example/a%20b' })
    expect(safeHref('mailto:x@y.example')).toEqual({ href: 'mailto:x@y.example' })
    expect(safeHref('ftp://files.example')).toEqual({ removed: 'unsafe_link' })
    expect(safeHref('java\nscript:alert(1)')).toEqual({ removed: 'unsafe_link' })
  })

  it('extracts plain text for the search index', () => {
    const { tree } = sanitizeMarkdown('## Tips\n\n- Plan *meals*\n- Drink water\n\nDone.')
    expect(plainText(tree)).toBe('Tips\nPlan meals\nDrink water\nDone.')
  })
})
