import { FormDefinition } from '../schema'

// The two forms a community starts with (version 1) until an admin saves its own. `{product}` is replaced by
// the product's name when shown. Parsed through the same schema as an admin's form, so they cannot drift.

const o = (id: string, en: string, es: string) => ({ id, label: { en, es } })

const story = {
  id: 'story',
  type: 'story',
  label: { en: 'Tell others about your experience', es: 'Cuéntales a otras personas tu experiencia' },
  help: {
    en: 'What worked, what did not, tips for someone just starting. Please leave out names, places and contact details.',
    es: 'Qué funcionó, qué no, consejos para quien empieza. No incluyas nombres, lugares ni datos de contacto.',
  },
  maxLength: 4000,
} as const

const title = {
  id: 'title',
  type: 'short_text',
  label: { en: 'Sum it up in a few words', es: 'Resúmelo en pocas palabras' },
  maxLength: 100,
} as const

const recommend = {
  id: 'recommend',
  type: 'nps',
  label: {
    en: 'How likely are you to recommend {product} to a friend?',
    es: '¿Qué tan probable es que recomiendes {product} a un amigo o amiga?',
  },
} as const

/** A drug or device launch: what GSK learned from alli's community (materials, channels, side effects). */
export const productForm = FormDefinition.parse({
  title: { en: 'Share your experience', es: 'Comparte tu experiencia' },
  intro: {
    en: 'Your answers help other people and help us improve the materials and where {product} is sold. Reports are public under your community name.',
    es: 'Tus respuestas ayudan a otras personas y nos ayudan a mejorar los materiales y los lugares de venta de {product}. Los informes son públicos con tu nombre en la comunidad.',
  },
  fields: [
    {
      id: 'overall',
      type: 'rating',
      required: true,
      label: { en: 'Overall, how would you rate {product}?', es: 'En general, ¿cómo calificas {product}?' },
    },
    {
      id: 'time_on_product',
      type: 'duration',
      required: true,
      label: { en: 'How long have you been using it?', es: '¿Cuánto tiempo llevas usándolo?' },
    },
    {
      id: 'still_using',
      type: 'yes_no',
      label: { en: 'Are you still using {product}?', es: '¿Sigues usando {product}?' },
    },
    {
      id: 'effectiveness',
      type: 'rating',
      label: { en: 'How well is it working for you?', es: '¿Qué tan bien te está funcionando?' },
    },
    {
      id: 'side_effects',
      type: 'side_effects',
      required: true,
      label: { en: 'Did you notice any side effects?', es: '¿Notaste algún efecto secundario?' },
      help: {
        en: 'Choose each one you noticed and how bad it was. Leave all unchecked if you noticed none.',
        es: 'Elige cada uno que notaste y qué tan fuerte fue. Deja todo sin marcar si no notaste ninguno.',
      },
      options: [
        o('oily_spotting', 'Oily spotting', 'Manchas de grasa'),
        o('gas_with_discharge', 'Gas with oily discharge', 'Gases con descarga aceitosa'),
        o('urgency', 'Urgent need to go to the bathroom', 'Necesidad urgente de ir al baño'),
        o('loose_stools', 'Loose or oily stools', 'Heces blandas o aceitosas'),
        o('more_frequent', 'More frequent bowel movements', 'Evacuaciones más frecuentes'),
        o('stomach_pain', 'Stomach pain or discomfort', 'Dolor o molestias de estómago'),
      ],
    },
    {
      id: 'plan',
      type: 'single',
      label: {
        en: 'How closely have you followed the plan (low-fat meals, daily multivitamin)?',
        es: '¿Qué tanto has seguido el plan (comidas bajas en grasa, multivitamínico diario)?',
      },
      options: [
        o('fully', 'Fully', 'Por completo'),
        o('mostly', 'Mostly', 'Casi siempre'),
        o('sometimes', 'Sometimes', 'A veces'),
        o('rarely', 'Rarely', 'Casi nunca'),
      ],
    },
    {
      id: 'ease_of_use',
      type: 'rating',
      label: { en: 'How easy is it to fit into your day?', es: '¿Qué tan fácil es incorporarlo a tu día?' },
    },
    {
      id: 'channel',
      type: 'single',
      public: false,
      label: { en: 'Where did you get {product}?', es: '¿Dónde conseguiste {product}?' },
      help: {
        en: 'Only counted in the summary; not shown with your report.',
        es: 'Solo se cuenta en el resumen; no se muestra con tu informe.',
      },
      options: [
        o('pharmacy', 'Pharmacy counter', 'Mostrador de farmacia'),
        o('supermarket', 'Supermarket or big-box store', 'Supermercado o gran almacén'),
        o('online', 'Online store', 'Tienda en línea'),
        o('launch_pack', 'Launch program pack', 'Paquete del programa de lanzamiento'),
        o('other', 'Somewhere else', 'Otro lugar'),
      ],
    },
    {
      id: 'materials',
      type: 'multi',
      label: {
        en: 'Which materials did you use?',
        es: '¿Qué materiales usaste?',
      },
      rateEach: { label: { en: 'How helpful was it?', es: '¿Qué tan útil fue?' } },
      options: [
        o('starter_guide', 'Starter guide in the box', 'Guía de inicio de la caja'),
        o('meal_planner', 'Low-fat meal planner', 'Planificador de comidas bajas en grasa'),
        o('online_tracker', 'Online progress tracker', 'Registro de progreso en línea'),
        o('pharmacist', 'Advice from a pharmacist', 'Consejo de un farmacéutico'),
        o('community_tips', 'Tips from this community', 'Consejos de esta comunidad'),
      ],
    },
    recommend,
    title,
    story,
  ],
  roles: {
    rating: 'overall',
    recommend: 'recommend',
    sideEffects: 'side_effects',
    timeOnProduct: 'time_on_product',
    stillUsing: 'still_using',
    channel: 'channel',
  },
})

/** A service launch (modelled on a health system's new video visits). */
export const serviceForm = FormDefinition.parse({
  title: { en: 'Share your experience', es: 'Comparte tu experiencia' },
  intro: {
    en: 'Tell other members how {product} worked for you. Reports are public under your community name.',
    es: 'Cuéntales a otros miembros cómo te funcionó {product}. Los informes son públicos con tu nombre en la comunidad.',
  },
  fields: [
    {
      id: 'overall',
      type: 'rating',
      required: true,
      label: { en: 'Overall, how would you rate {product}?', es: 'En general, ¿cómo calificas {product}?' },
    },
    {
      id: 'ease_of_access',
      type: 'rating',
      required: true,
      label: {
        en: 'How easy was it to book and join the visit?',
        es: '¿Qué tan fácil fue reservar y entrar a la consulta?',
      },
    },
    {
      id: 'clarity',
      type: 'rating',
      label: {
        en: 'How clear was the information before and during the visit?',
        es: '¿Qué tan clara fue la información antes y durante la consulta?',
      },
    },
    {
      id: 'wait',
      type: 'single',
      label: {
        en: 'How long did you wait after your appointment time?',
        es: '¿Cuánto esperaste después de la hora de tu cita?',
      },
      options: [
        o('on_time', 'It started on time', 'Empezó a tiempo'),
        o('under_10', 'Less than 10 minutes', 'Menos de 10 minutos'),
        o('from_10_to_30', '10 to 30 minutes', 'De 10 a 30 minutos'),
        o('over_30', 'More than 30 minutes', 'Más de 30 minutos'),
      ],
    },
    {
      id: 'resolved',
      type: 'yes_no',
      label: { en: 'Was your issue taken care of?', es: '¿Se resolvió tu problema?' },
    },
    recommend,
    title,
    story,
  ],
  roles: { rating: 'overall', recommend: 'recommend' },
})

export function defaultForm(kind: 'drug' | 'device' | 'service'): FormDefinition {
  return kind === 'service' ? serviceForm : productForm
}
