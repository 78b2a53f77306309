import type { Locale } from '../../../worker/core/communities/schema'

const en = {
  search: 'Search articles',
  guides: 'Guides',
  updates: 'Updates',
  update: 'Update',
  none: 'No articles yet.',
  noResults: 'No article matches these words.',
  back: 'Back',
  helped: 'Did this help?',
  yes: 'Yes',
  no: 'No',
  thanks: 'Thank you, your answer helps us improve these articles.',
  signIn: 'Sign in to answer',
  notInYourLanguage: 'This article is not yet available in your language.',
  failed: 'Something went wrong. Please try again.',
  loading: 'Loading…',
}

export type LearnStrings = typeof en

const es: LearnStrings = {
  search: 'Buscar artículos',
  guides: 'Guías',
  updates: 'Novedades',
  update: 'Novedad',
  none: 'Todavía no hay artículos.',
  noResults: 'Ningún artículo coincide con estas palabras.',
  back: 'Volver',
  helped: '¿Te resultó útil?',
  yes: 'Sí',
  no: 'No',
  thanks: 'Gracias, tu respuesta nos ayuda a mejorar estos artículos.',
  signIn: 'Inicia sesión para responder',
  notInYourLanguage: 'Este artículo todavía no está disponible en tu idioma.',
  failed: 'Algo salió mal. Inténtalo de nuevo.',
  loading: 'Cargando…',
}

export const learnStrings: Record<Locale, LearnStrings> = { en, es }
