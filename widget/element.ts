import { h, render } from 'preact'
import { App } from './app'
import { css } from './styles'

const PREFIX = '[cocreate]'
let sheet: CSSStyleSheet | null = null

/**
 * Constructed stylesheets are not inline styles, so a host page with a strict `style-src` CSP still styles the
 * widget. Older browsers fall back to a <style> element in the shadow root.
 */
function adoptStyles(root: ShadowRoot): void {
  if (
    'adoptedStyleSheets' in root &&
    typeof CSSStyleSheet === 'function' &&
    'replaceSync' in CSSStyleSheet.prototype
  ) {
    sheet ??= new CSSStyleSheet()
    sheet.replaceSync(css)
    root.adoptedStyleSheets = [sheet]
  } else {
    const style = document.createElement('style')
    style.textContent = css
    root.append(style)
  }
}

/** The API origin: the `api` attribute, else the origin the widget script was loaded from. */
function apiBase(el: HTMLElement): string {
  return (el.getAttribute('api') ?? new URL(import.meta.url).origin).replace(/\/$/, '')
}

/** `<cocreate-community community="slug">`: the whole community widget, rendered in a shadow root. */
export class CocreateCommunity extends HTMLElement {
  static observedAttributes = ['community', 'locale', 'api', 'sso-token-url']
  #root: ShadowRoot | null = null

  connectedCallback(): void {
    if (!this.#root) {
      this.#root = this.attachShadow({ mode: 'open' })
      adoptStyles(this.#root)
    }
    this.#render()
  }

  attributeChangedCallback(): void {
    if (this.#root && this.isConnected) this.#render()
  }

  disconnectedCallback(): void {
    // Unmounting runs every effect's cleanup, so a removed widget leaves no listeners or timers behind.
    if (this.#root) render(null, this.#root)
  }

  #render(): void {
    const slug = this.getAttribute('community')
    if (!slug) {
      console.warn(PREFIX, 'add a community="<slug>" attribute to <cocreate-community>')
      return
    }
    const base = apiBase(this)
    render(
      h(App, {
        key: `${base}/${slug}`,
        base,
        slug,
        locale: this.getAttribute('locale'),
        ssoTokenUrl: this.getAttribute('sso-token-url'),
      }),
      this.#root!,
    )
  }
}
