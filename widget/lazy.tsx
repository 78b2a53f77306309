import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'

type Loader<P> = () => Promise<{ default: ComponentType<P> }>

/** Renders a component whose code is fetched on first use (keeps the initial bundle small). */
export function Lazy<P>({ load, props, fallback }: { load: Loader<P>; props: P; fallback: string }) {
  const [Component, setComponent] = useState<ComponentType<P> | null>(null)
  useEffect(() => {
    let live = true
    load().then((m) => live && setComponent(() => m.default))
    return () => {
      live = false
    }
  }, [load])
  return Component ? <Component {...(props as P & object)} /> : <p class="muted">{fallback}</p>
}
