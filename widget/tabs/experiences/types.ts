// Types of the experiences API, inferred from the plugin's schemas (types only: nothing from worker/ is bundled).
export type {
  AnswerView,
  Feed,
  FieldDefinition,
  FieldSummary,
  Form,
  FormDefinition,
  Localized,
  OwnReport,
  Report,
  Summary,
} from '../../../worker/plugins/experiences/schema'

import type { Locale } from '../../../worker/core/communities/schema'
import type { Localized } from '../../../worker/plugins/experiences/schema'

/** Text of a form label in `locale` (else English, else Spanish), `{product}` replaced by the product name. */
export function localize(text: Localized | undefined, locale: Locale, product: string): string {
  return (text?.[locale] ?? text?.en ?? text?.es ?? '').replaceAll('{product}', product)
}

/** An answer as the form collects it, before the server checks it. */
export type Answer =
  | number
  | string
  | boolean
  | string[]
  | { option: string; rating: number | null }[]
  | { effect: string; severity: string | null; text?: string }[]
  | { value: number | null; unit: string }
export type Answers = Record<string, Answer | undefined>
