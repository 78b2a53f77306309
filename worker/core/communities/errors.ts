import { defineErrors } from '../errors'

export const communityErrors = defineErrors({
  slug_taken: { status: 409, message: 'A community with this slug already exists.' },
  unknown_plugin: { status: 422, message: 'Only optional plugins that exist can be switched on.' },
  locale_not_offered: { status: 422, message: 'The default locale must be one of the community locales.' },
})
