import { defineErrors } from '../../core/errors'

export const privacyErrors = defineErrors({
  privacy_content_not_found: { status: 404, message: 'No content with this id in this community.' },
})
