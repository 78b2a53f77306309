import { defineErrors } from '../../core/errors'

export const moderationErrors = defineErrors({
  moderation_content_not_found: { status: 404, message: 'No content with this id in this community.' },
  moderation_member_not_found: { status: 404, message: 'No member with this id in this community.' },
  moderation_not_reportable: { status: 409, message: 'Only published content can be reported.' },
  moderation_own_content: { status: 409, message: 'You cannot report your own post.' },
  moderation_invalid_transition: {
    status: 409,
    message: 'This decision does not apply to the item in its current state.',
  },
  moderation_item_changed: {
    status: 409,
    message: 'The item changed since you read it; read it again before deciding.',
  },
  moderation_unknown_field: { status: 422, message: 'The item has no text field with this name.' },
  moderation_protected_term: {
    status: 422,
    message:
      'A word list may not hold words of opinion, side effects, or the product or company name: negative experiences are never suppressed.',
  },
  moderation_cannot_block_staff: {
    status: 409,
    message: 'Staff members cannot be blocked here; an admin changes their roles first.',
  },
})
