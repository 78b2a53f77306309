import type { Locale } from '../worker/core/communities/schema'

const en = {
  runBy: 'This community is run by {hco}.',
  disclosure:
    'Posts are moderated. Reports of side effects or product problems are passed to {hco}’s safety team. Members marked “Invited participant” or “Received product at no cost” have a connection with {hco}.',
  isi: 'Important safety information',
  label: 'Full product information',
  showMore: 'Show more',
  showLess: 'Show less',
  join: 'Join the community',
  signIn: 'Sign in',
  signOut: 'Sign out',
  console: 'Staff console',
  signedInAs: 'Signed in as {name}',
  inviteCode: 'Invite code',
  pseudonym: 'Public name (no real names, please)',
  email: 'Email (private, optional: only used if our safety team needs to reach you)',
  consentTerms: 'I accept the community terms (version {version}).',
  consentHealth: 'I agree that what I write here is processed as health information.',
  joinSso: 'Join with your {hco} account',
  joinInvite: 'Join with an invite code',
  joinOpen: 'Join',
  loading: 'Loading…',
  failed: 'Something went wrong. Please try again.',
  kinds: { drug: 'Medicine', device: 'Device', service: 'Service' },
}

export type Strings = typeof en

const es: Strings = {
  runBy: 'Esta comunidad está gestionada por {hco}.',
  disclosure:
    'Las publicaciones se moderan. Los informes de efectos secundarios o problemas del producto se envían al equipo de seguridad de {hco}. Los miembros marcados como «Participante invitado/a» o «Recibió el producto sin costo» tienen una relación con {hco}.',
  isi: 'Información importante de seguridad',
  label: 'Información completa del producto',
  showMore: 'Ver más',
  showLess: 'Ver menos',
  join: 'Únete a la comunidad',
  signIn: 'Iniciar sesión',
  signOut: 'Cerrar sesión',
  console: 'Consola del equipo',
  signedInAs: 'Sesión iniciada como {name}',
  inviteCode: 'Código de invitación',
  pseudonym: 'Nombre público (sin nombres reales, por favor)',
  email: 'Correo (privado, opcional: solo si nuestro equipo de seguridad necesita contactarte)',
  consentTerms: 'Acepto las normas de la comunidad (versión {version}).',
  consentHealth: 'Acepto que lo que escriba aquí se trate como información de salud.',
  joinSso: 'Únete con tu cuenta de {hco}',
  joinInvite: 'Únete con un código de invitación',
  joinOpen: 'Unirme',
  loading: 'Cargando…',
  failed: 'Algo salió mal. Inténtalo de nuevo.',
  kinds: { drug: 'Medicamento', device: 'Dispositivo', service: 'Servicio' },
}

export const strings: Record<Locale, Strings> = { en, es }

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(values[key] ?? ''))
}
