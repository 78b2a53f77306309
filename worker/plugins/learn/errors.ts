import { defineErrors } from '../../core/errors'

export const learnErrors = defineErrors({
  learn_article_not_found: { status: 404, message: 'No article with this id in this community.' },
  learn_locale_not_offered: { status: 422, message: 'This community does not offer one of these languages.' },
  learn_missing_default_locale: {
    status: 422,
    message: 'An article needs a version in the community’s default language.',
  },
  learn_empty_article: { status: 422, message: 'The article has no text left once sanitized.' },
  learn_self_review: {
    status: 403,
    message: 'A version must be approved by a reviewer who did not write it.',
  },
  learn_not_in_review: { status: 409, message: 'This article is not waiting for review.' },
  learn_already_submitted: {
    status: 409,
    message: 'This version is already approved or waiting for review.',
  },
  learn_version_changed: {
    status: 409,
    message: 'The article changed since you read it; read the latest version.',
  },
  learn_archived: { status: 409, message: 'This article is archived.' },
})
