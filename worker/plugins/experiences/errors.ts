import { defineErrors } from '../../core/errors'

export const experienceErrors = defineErrors({
  experiences_report_not_found: {
    status: 404,
    message: 'No experience report with this id in this community.',
  },
  experiences_form_version_not_found: { status: 404, message: 'This form version does not exist.' },
  experiences_form_changed: {
    status: 409,
    message: 'The form changed since you opened it; reload it and check your answers.',
  },
  experiences_field_type_changed: {
    status: 422,
    message: 'A field id keeps its type across form versions; give the changed field a new id.',
  },
  experiences_staff_cannot_report: {
    status: 403,
    message: 'People who act for the company cannot post experience reports.',
  },
  experiences_edit_window_closed: { status: 409, message: 'The time to edit this report has passed.' },
  experiences_not_editable: { status: 409, message: 'A withdrawn or removed report cannot be changed.' },
  experiences_own_report: { status: 403, message: 'You cannot mark your own report as helpful.' },
})
