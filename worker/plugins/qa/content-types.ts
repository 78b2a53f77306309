import type { ContentType } from '../../core/plugin'
import { anonymizeAnswers, setAnswerStatus, setAnswerText } from './queries/answers'
import {
  anonymizeQuestions,
  BY_ANSWER_ID,
  refreshQuestion,
  reindexQuestion,
  setQuestionStatus,
  setQuestionText,
} from './queries/questions'
import { questionLink } from './routing'

// How core services (moderation decisions, redaction, account deletion) change qa content: the public rows,
// the question's counts and state, and the search index move in the same batch as the core registry.

export const questionType: ContentType = {
  type: 'question',
  setStatus: (db, id, status, now) => setQuestionStatus(db, id, status, now),
  setPublicFields: (db, id, fields, editedBy, now) =>
    setQuestionText(db, id, { title: fields.title, body: fields.body }, editedBy, now),
  anonymizeAuthor: (db, communityId, authorId, pseudonym) => [
    anonymizeQuestions(db, communityId, authorId, pseudonym),
  ],
  link: questionLink,
}

export const answerType: ContentType = {
  type: 'answer',
  setStatus: (db, id, status, now) => [
    setAnswerStatus(db, id, status, now),
    ...refreshQuestion(db, id, now, BY_ANSWER_ID),
  ],
  setPublicFields: (db, id, fields, editedBy, now) =>
    fields.body === undefined
      ? []
      : [setAnswerText(db, id, fields.body, editedBy, now), ...reindexQuestion(db, id, BY_ANSWER_ID)],
  anonymizeAuthor: (db, communityId, authorId, pseudonym) => [
    anonymizeAnswers(db, communityId, authorId, pseudonym),
  ],
  link: (slug, id) => `/v1/qa/${slug}/answers/${id}`,
}
