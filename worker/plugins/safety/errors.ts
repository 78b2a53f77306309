import { defineErrors } from '../../core/errors'

export const safetyErrors = defineErrors({
  safety_case_not_found: { status: 404, message: 'No safety case with this id in this community.' },
  safety_invalid_transition: {
    status: 409,
    message: 'A case cannot move from its current status to that one.',
  },
  safety_case_conflict: {
    status: 409,
    message: 'Someone changed this case since you read it; reload it and try again.',
  },
  safety_report_reference_required: {
    status: 422,
    message: 'Marking a case reported needs the regulator and its reference number.',
  },
})
