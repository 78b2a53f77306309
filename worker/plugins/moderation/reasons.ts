// The closed lists of reason codes, with what authors and reporters read. No imports, so the widget and the
// console can use the labels. A post is never rejected for being negative (FTC 16 CFR 465): every code names
// a rule, and none of them is about opinion or sentiment.

type Labels = { en: string; es: string }

/** Why a moderator (or a word list) rejects, removes or edits an item; the author is told the code. */
export const rejectionReasons = {
  blocked_term: {
    en: 'Uses a word or phrase this community does not allow.',
    es: 'Usa una palabra o frase que esta comunidad no permite.',
  },
  spam_repeat: {
    en: 'Repeats a post already sent (spam).',
    es: 'Repite una publicación ya enviada (spam).',
  },
  off_topic: {
    en: 'Not about the product or the topics of this community.',
    es: 'No trata del producto ni de los temas de esta comunidad.',
  },
  personal_attack: {
    en: 'Attacks, insults or harasses a person.',
    es: 'Ataca, insulta o acosa a una persona.',
  },
  commercial: {
    en: 'Advertises, sells or solicits.',
    es: 'Hace publicidad, vende o capta clientes.',
  },
  privacy: {
    en: "Shares someone's private or identifying information.",
    es: 'Comparte información privada o que identifica a alguien.',
  },
  unsafe_advice: {
    en: 'Tells others to use a medicine or service in a way that could harm them.',
    es: 'Aconseja a otras personas un uso de un medicamento o servicio que podría dañarlas.',
  },
} as const satisfies Record<string, Labels>
export type RejectionReason = keyof typeof rejectionReasons

/** Why an item waits for a moderator (status `pending`), as its author is told. */
export const holdReasons = {
  premoderation: {
    en: 'Every post is reviewed before it appears.',
    es: 'Cada publicación se revisa antes de aparecer.',
  },
  first_posts: {
    en: "A new member's first posts are reviewed before they appear.",
    es: 'Las primeras publicaciones de cada miembro se revisan antes de aparecer.',
  },
  review_term: {
    en: 'Contains a word or phrase that a moderator checks first.',
    es: 'Contiene una palabra o frase que un moderador revisa primero.',
  },
  too_many_links: {
    en: 'Has more links than this community allows without review.',
    es: 'Tiene más enlaces de los que esta comunidad permite sin revisión.',
  },
  spam_repeat: {
    en: 'Looks like a post already sent; a moderator checks it.',
    es: 'Parece una publicación ya enviada; un moderador la revisa.',
  },
  reported: {
    en: 'Several members reported it; a moderator checks it.',
    es: 'Varios miembros la reportaron; un moderador la revisa.',
  },
} as const satisfies Record<string, Labels>

/** What a member may say when reporting an item. */
export const reportReasons = {
  spam: { en: 'Spam or repeated posts', es: 'Spam o publicaciones repetidas' },
  personal_attack: { en: 'Insults or harassment', es: 'Insultos o acoso' },
  off_topic: { en: 'Off topic', es: 'Fuera de tema' },
  privacy: { en: 'Shares private information', es: 'Comparte información privada' },
  commercial: { en: 'Advertising or selling', es: 'Publicidad o venta' },
  unsafe_advice: { en: 'Unsafe medical advice', es: 'Consejo médico peligroso' },
  safety_concern: {
    en: 'Describes a side effect or a problem with the product',
    es: 'Describe un efecto secundario o un problema con el producto',
  },
  other: { en: 'Something else (please explain)', es: 'Otra cosa (explíquelo, por favor)' },
} as const satisfies Record<string, Labels>
export type ReportReason = keyof typeof reportReasons

export const rejectionCodes = Object.keys(rejectionReasons) as [RejectionReason, ...RejectionReason[]]
export const reportCodes = Object.keys(reportReasons) as [ReportReason, ...ReportReason[]]
