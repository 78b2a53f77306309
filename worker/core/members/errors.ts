import { defineErrors } from '../errors'

export const memberErrors = defineErrors({
  join_method_not_allowed: { status: 403, message: 'This community does not accept this way of joining.' },
  sso_token_invalid: { status: 401, message: 'The sign-in token from your provider is not valid.' },
  invite_invalid: { status: 403, message: 'This invite code is not valid.' },
  invite_expired: { status: 403, message: 'This invite code has expired or has been used up.' },
  terms_version_mismatch: { status: 422, message: 'Please accept the current terms of this community.' },
  pseudonym_taken: { status: 409, message: 'This pseudonym is taken; choose another.' },
  invite_code_taken: { status: 409, message: 'This invite code is already in use.' },
  member_not_found: { status: 404, message: 'No member with this id in this community.' },
})
