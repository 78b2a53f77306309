import type { PublicQaSettings } from '../../../worker/plugins/qa/schema'
import type { WidgetContext } from '../../context'
import type { QaStrings } from './strings'

export type View =
  | { name: 'home' }
  | { name: 'question'; id: string; notice?: string }
  | { name: 'ask' }
  | { name: 'article'; id: string; back: View }

/** What every view of the tab receives. */
export interface QaProps {
  ctx: WidgetContext
  t: QaStrings
  settings: PublicQaSettings | null
  open: (view: View) => void
}

export { withLocale } from '../../context'
