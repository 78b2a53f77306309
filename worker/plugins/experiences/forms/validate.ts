import type { Locale } from '../../../core/communities/schema'
import { coreErrors, type FieldIssue } from '../../../core/errors'
import { experienceErrors } from '../errors'
import type { FormDefinition, Localized } from '../schema'

// Checks of a form an admin saves that need more than its own shape: the community's languages, and the
// types of fields in earlier versions (tallies and old reports are keyed by field id).

function missing(text: Localized | undefined, path: string, locales: readonly Locale[]): FieldIssue[] {
  if (!text) return []
  return locales
    .filter((locale) => !text[locale])
    .map((locale) => ({
      path: `definition.${path}.${locale}`,
      code: 'missing_translation',
      message: `Give this text in every language the community offers (${locales.join(', ')}).`,
    }))
}

/** Every label, help text and option label must exist in each of the community's languages. */
export function checkLocales(form: FormDefinition, locales: readonly Locale[]): void {
  const issues = [...missing(form.title, 'title', locales), ...missing(form.intro, 'intro', locales)]
  form.fields.forEach((field, i) => {
    issues.push(...missing(field.label, `fields.${i}.label`, locales))
    issues.push(...missing(field.help, `fields.${i}.help`, locales))
    if ('options' in field)
      field.options.forEach((option, j) => {
        issues.push(...missing(option.label, `fields.${i}.options.${j}.label`, locales))
      })
    if (field.type === 'multi' && field.rateEach)
      issues.push(...missing(field.rateEach.label, `fields.${i}.rateEach.label`, locales))
  })
  if (issues.length > 0) throw coreErrors.validation_failed({ fields: issues })
}

/** A field id that existed with another type in any earlier version is refused. */
export function checkFieldTypes(
  form: FormDefinition,
  earlier: readonly { definition: FormDefinition }[],
): void {
  for (const field of form.fields) {
    for (const { definition } of earlier) {
      const before = definition.fields.find((f) => f.id === field.id)
      if (before && before.type !== field.type) {
        throw experienceErrors.experiences_field_type_changed({
          field: field.id,
          was: before.type,
          now: field.type,
        })
      }
    }
  }
}
