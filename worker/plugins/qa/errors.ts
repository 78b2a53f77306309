import { defineErrors } from '../../core/errors'

export const qaErrors = defineErrors({
  qa_question_not_found: { status: 404, message: 'No question with this id in this community.' },
  qa_answer_not_found: { status: 404, message: 'No public answer with this id on this question.' },
  qa_draft_not_found: { status: 404, message: 'No expert answer with this id in this community.' },
  qa_unknown_topic: { status: 422, message: 'Use topics from this community’s list.' },
  qa_question_routed: {
    status: 409,
    message: 'This question is answered privately by medical information, not in public.',
  },
  qa_not_routed: {
    status: 409,
    message: 'Only questions routed to medical information get private replies.',
  },
  qa_staff_answer: {
    status: 403,
    message: 'Company staff answer through the official-answer workflow, so every answer is reviewed.',
  },
  qa_already_voted: { status: 409, message: 'You already marked this answer as helpful.' },
  qa_vote_not_found: { status: 404, message: 'You have not marked this answer as helpful.' },
  qa_own_answer: { status: 403, message: 'You cannot vote for your own answer.' },
  qa_not_asker: { status: 403, message: 'Only the person who asked can do this.' },
  qa_not_draft_author: {
    status: 403,
    message: 'Only the expert who wrote this answer can change or submit it.',
  },
  qa_self_review: {
    status: 403,
    message: 'An answer must be approved by a reviewer other than its author.',
  },
  qa_not_in_review: { status: 409, message: 'This answer is not waiting for review.' },
  qa_already_submitted: { status: 409, message: 'This version is already approved or waiting for review.' },
  qa_version_changed: {
    status: 409,
    message: 'The answer changed since you read it; read the latest version first.',
  },
  qa_retired: { status: 409, message: 'This official answer was retired; write a new one.' },
  qa_private: {
    status: 403,
    message: 'Only the asker and medical-information staff can read private replies.',
  },
})
