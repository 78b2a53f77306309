import type { Locale } from '../../../core/communities/schema'

// Validation messages of submitted answers, in the author's language: the widget shows them inline as they come
// in `details.fields[].message`.

const en = {
  required: 'Please answer this question.',
  rating: 'Choose from 1 to 5 stars.',
  nps: 'Choose a number from 0 to 10.',
  choice: 'Choose one of the options offered.',
  choices: 'Choose from the options offered.',
  atLeastOne: 'Choose at least one option.',
  atMost: 'Choose at most {max} options.',
  once: 'Each option can be chosen only once.',
  severity: 'Say how bad it was: mild, moderate or severe.',
  otherText: 'Describe the other side effect (up to 200 characters).',
  otherOnly: 'Only “other” takes a description.',
  duration: 'Give a whole number of days, weeks or months.',
  durationMax: 'That is longer than {max} days.',
  yesNo: 'Answer yes or no.',
  text: 'Write your answer as text.',
  tooShort: 'Write at least {min} characters.',
  tooLong: 'Write at most {max} characters.',
  unknown: 'This form has no such question.',
}

export type Messages = typeof en

const es: Messages = {
  required: 'Responde esta pregunta.',
  rating: 'Elige de 1 a 5 estrellas.',
  nps: 'Elige un número del 0 al 10.',
  choice: 'Elige una de las opciones ofrecidas.',
  choices: 'Elige entre las opciones ofrecidas.',
  atLeastOne: 'Elige al menos una opción.',
  atMost: 'Elige como máximo {max} opciones.',
  once: 'Cada opción se puede elegir una sola vez.',
  severity: 'Indica qué tan fuerte fue: leve, moderado o grave.',
  otherText: 'Describe el otro efecto secundario (hasta 200 caracteres).',
  otherOnly: 'Solo «otro» lleva descripción.',
  duration: 'Indica un número entero de días, semanas o meses.',
  durationMax: 'Es más de {max} días.',
  yesNo: 'Responde sí o no.',
  text: 'Escribe tu respuesta como texto.',
  tooShort: 'Escribe al menos {min} caracteres.',
  tooLong: 'Escribe como máximo {max} caracteres.',
  unknown: 'Este formulario no tiene esa pregunta.',
}

export const messages: Record<Locale, Messages> = { en, es }

export function fillMessage(template: string, values: Record<string, number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''))
}
