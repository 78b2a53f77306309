import type { ComponentType } from 'preact'
import type { WidgetContext } from '../context'

/** A tab of the widget, shown when the community has its plugin switched on; its code loads on first open. */
export interface TabDefinition {
  id: string
  plugin: string
  label: { en: string; es: string }
  load: () => Promise<{ default: ComponentType<{ ctx: WidgetContext }> }>
}

/** THE ordered list of tabs. */
export const tabs: TabDefinition[] = [
  {
    id: 'experiences',
    plugin: 'experiences',
    label: { en: 'Experiences', es: 'Experiencias' },
    load: () => import('./experiences/index'),
  },
  {
    id: 'questions',
    plugin: 'qa',
    label: { en: 'Questions', es: 'Preguntas' },
    load: () => import('./questions/index'),
  },
  {
    id: 'learn',
    plugin: 'learn',
    label: { en: 'Learn', es: 'Aprende' },
    load: () => import('./learn/index'),
  },
]
