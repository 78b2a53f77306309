import { useLayoutEffect, useRef } from 'preact/hooks'

/**
 * Adds a lazily loaded tab's own CSS to the widget's shadow root as a constructed stylesheet (allowed under a
 * strict host CSP, unlike a <style> element), and removes it when the tab unmounts. Attach the ref to the tab's root.
 */
export function useStyles<T extends HTMLElement = HTMLDivElement>(css: string) {
  const ref = useRef<T>(null)
  useLayoutEffect(() => {
    const root = ref.current?.getRootNode()
    if (
      !(root instanceof ShadowRoot) ||
      !('adoptedStyleSheets' in root) ||
      typeof CSSStyleSheet !== 'function'
    )
      return
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet]
    return () => {
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet)
    }
  }, [css])
  return ref
}
