// Demo questions for the two launch communities: what real users ask in the first weeks, in English and
// Spanish. `by` indexes the community's members; `day` counts from the launch.

export interface QuestionSeed {
  day: number
  by: number
  title: string
  body?: string
  tags?: string[]
  locale?: 'en' | 'es'
  answers?: { by: number; body: string; helpfulBy?: number[] }[]
  /** Index of the answer the asker accepts. */
  accept?: number
  official?: {
    by?: string
    afterHours: number
    body: string
    /** `pending`: submitted and left waiting in the review queue. */
    review?: 'pending'
    reviewHours?: number
    approvalNote?: string
    changes?: { comment: string; revised: string }
    /** A Learn article (key in learn-data.ts) the expert links once it is published. */
    linkArticle?: string
  }
  /** An expert routes the question to medical information by hand, with this note. */
  routeByExpert?: string
  privateReply?: { afterHours: number; body: string }
}

const both = (en: string, es: string) => ({ en, es })

export const qaSettings = {
  'trimly-launch': {
    topics: [
      { code: 'getting-started', label: both('Getting started', 'Primeros pasos') },
      { code: 'side-effects', label: both('Side effects', 'Efectos secundarios') },
      { code: 'meals', label: both('Meals and diet', 'Comidas y dieta') },
      { code: 'vitamins', label: both('Vitamins', 'Vitaminas') },
      { code: 'buying', label: both('Buying and refills', 'Compra y recargas') },
      { code: 'motivation', label: both('Motivation', 'Motivación') },
    ],
    medicalInformation: {
      phone: '1-800-555-0142',
      email: 'medinfo@northwind.example',
      url: 'https://northwind.example/trimly/medical-information',
      hours: both('Monday to Friday, 8 am to 8 pm ET', 'De lunes a viernes, de 8 a 20 h (ET)'),
    },
  },
  'brightwater-video-visits': {
    topics: [
      { code: 'joining', label: both('Joining a visit', 'Cómo conectarse') },
      { code: 'tech', label: both('Camera, sound and apps', 'Cámara, sonido y apps') },
      { code: 'billing', label: both('Costs and coverage', 'Costos y cobertura') },
      { code: 'languages', label: both('Languages and interpreters', 'Idiomas e intérpretes') },
      { code: 'family', label: both('Family members', 'Familiares') },
    ],
    medicalInformation: {
      phone: '1-800-555-0199 (24/7 advice nurse)',
      url: 'https://brightwater.example/advice-nurse',
      hours: both('Advice nurses answer 24/7', 'Enfermeras de consejo disponibles 24/7'),
    },
  },
}

export const trimlyQuestions: QuestionSeed[] = [
  {
    day: 2.4,
    by: 4,
    title: 'Do I take the capsule before, during or after the meal?',
    body: 'The leaflet says "with each main meal" but I am not sure if that means right before I start eating or after.',
    tags: ['getting-started'],
    answers: [
      {
        by: 7,
        body: 'I take it with the first bites of lunch and dinner. Works for me.',
        helpfulBy: [4, 10],
      },
    ],
    official: {
      afterHours: 5,
      body: 'Take one Trimly capsule with water during each main meal that contains fat, or up to one hour after the meal. If you skip a meal, or the meal has no fat, skip the capsule. Do not take more than three capsules a day. See the full leaflet for all warnings.',
      approvalNote: 'Matches label section "Directions". MLR ref TR-QA-001.',
      linkArticle: 'getting-started',
    },
  },
  {
    day: 3.1,
    by: 10,
    title: 'Oily spotting on day two — does it get better?',
    body: 'Had two slices of pizza last night and, well, I learned my lesson. Does this settle down once you get used to the plan?',
    tags: ['side-effects', 'meals'],
    answers: [
      {
        by: 2,
        body: 'It got much better for me once I kept dinner under 15 g of fat. Week one was the hardest.',
        helpfulBy: [10, 5, 11],
      },
      {
        by: 13,
        body: 'Same here. I keep a spare pair of pants at work for the first week, just in case!',
        helpfulBy: [10],
      },
    ],
    accept: 0,
    official: {
      afterHours: 20,
      body: 'Changes in bowel habits such as oily spotting, gas with discharge and urgent bowel movements are the most common effects. They happen because Trimly stops some of the fat you eat from being absorbed, so they are more likely after high-fat meals. Spreading your daily fat over three meals and keeping each meal at about 15 g of fat usually keeps them mild. Stop use and ask a doctor if you have severe or continuous abdominal pain.',
      changes: {
        comment: 'Please add the stop-use warning from the label (fair balance).',
        revised:
          'Changes in bowel habits such as oily spotting, gas with discharge and urgent bowel movements are the most common effects. They happen because Trimly stops some of the fat you eat from being absorbed, so they are more likely after high-fat meals. Spreading your daily fat over three meals and keeping each meal at about 15 g of fat usually keeps them mild. Stop use and ask a doctor if you have severe or continuous abdominal pain, or itching, yellow eyes or skin, dark urine or loss of appetite.',
      },
      linkArticle: 'week-one',
    },
  },
  {
    day: 4.2,
    by: 5,
    title: 'Which multivitamin do you all take, and when?',
    tags: ['vitamins'],
    answers: [
      {
        by: 8,
        body: 'A regular A-to-Z one from the pharmacy, right before bed so it is far from my dinner capsule.',
        helpfulBy: [5],
      },
      { by: 1, body: 'I set a phone reminder for 10 pm, otherwise I forget it every other day.' },
    ],
    official: {
      afterHours: 9,
      body: 'Because Trimly reduces the absorption of some fat-soluble vitamins, take a multivitamin that contains vitamins A, D, E, K and beta-carotene once a day at bedtime, at least two hours apart from Trimly.',
      approvalNote: 'OK per label, ref TR-QA-004.',
      linkArticle: 'side-effects',
    },
  },
  {
    day: 5.0,
    by: 9,
    locale: 'es',
    title: '¿Qué desayunos bajos en grasa recomiendan?',
    body: 'Siempre desayunaba huevos con chorizo… ahora no sé qué comer por la mañana.',
    tags: ['meals'],
    answers: [
      { by: 12, body: 'Avena con fruta y un yogur natural. Me llena hasta el almuerzo.', helpfulBy: [9, 3] },
      {
        by: 3,
        body: 'Claras de huevo con espinaca y pan integral. Queda muy rico con salsa.',
        helpfulBy: [9],
      },
    ],
    accept: 0,
  },
  {
    day: 6.3,
    by: 14,
    title: 'Can I take Trimly if I am on levothyroxine for my thyroid?',
    body: 'I take 75 mcg every morning. Does Trimly change how it works?',
    privateReply: {
      afterHours: 26,
      body: 'Thank you for asking us. Trimly can affect how some medicines are absorbed, including thyroid medicine, so please talk to your doctor or pharmacist before you start; they may suggest taking the two at least four hours apart and checking your thyroid levels. You can also call us at 1-800-555-0142 if you would like to talk it through.',
    },
  },
  {
    day: 8.2,
    by: 11,
    title: 'Tips for eating out with friends?',
    body: 'Birthday dinner at an Italian place on Saturday. How do you handle restaurants?',
    tags: ['meals'],
    answers: [
      {
        by: 6,
        body: 'I look at the menu online first and pick grilled fish or chicken, dressing on the side.',
        helpfulBy: [11, 0, 15],
      },
      {
        by: 16,
        body: 'Tomato-based pasta sauces instead of cream ones. And share the dessert!',
        helpfulBy: [11],
      },
      { by: 2, body: 'Honestly I just skip the capsule and the fatty meal both, and enjoy the evening.' },
    ],
  },
  {
    day: 10.4,
    by: 15,
    title: 'Is it ok to have a glass of wine with dinner?',
    tags: ['meals'],
    official: {
      afterHours: 30,
      review: 'pending',
      body: 'Trimly does not interact with alcohol, but alcoholic drinks add calories that can slow your weight loss. If you drink, keep it moderate and count it in your daily plan.',
    },
  },
  {
    day: 12.1,
    by: 17,
    locale: 'es',
    title: '¿Es normal tener más hambre por la tarde?',
    body: 'Desde que empecé el plan tengo mucha hambre a eso de las 5. ¿Les pasa?',
    tags: ['meals', 'motivation'],
  },
  {
    day: 14.5,
    by: 1,
    title: 'How do you keep track of fat grams?',
    tags: ['meals', 'getting-started'],
    answers: [
      {
        by: 19,
        body: 'The food diary app that came with the starter kit, plus a kitchen scale for the first weeks.',
        helpfulBy: [1, 4],
      },
      { by: 8, body: 'I plan the week on Sunday so I only have to count once.', helpfulBy: [1] },
    ],
    accept: 0,
  },
  {
    day: 16.2,
    by: 18,
    title: 'My pharmacist and the leaflet say different things about the vitamin',
    body: 'The leaflet says bedtime, my pharmacist told me to take it with breakfast because of my other pills. Who is right?',
    tags: ['vitamins'],
    routeByExpert: 'Depends on the asker’s other medicines: answer privately with their pharmacist in mind.',
    privateReply: {
      afterHours: 20,
      body: 'Both can be right: the leaflet gives the general rule (at bedtime, two hours apart from Trimly), and your pharmacist knows your other medicines. Please follow your pharmacist’s advice, and feel free to call us at 1-800-555-0142 so we can talk it through with you.',
    },
  },
  {
    day: 18.0,
    by: 20,
    title: 'Does the starter kit food diary come in Spanish?',
    body: 'My mother would like to join me on the plan but she reads Spanish.',
    tags: ['getting-started'],
  },
  {
    day: 21.2,
    by: 6,
    title: 'Weight loss stalled in week three, what helped you?',
    body: 'Lost 2.5 kg in the first two weeks and nothing this week. Feeling a bit discouraged.',
    tags: ['motivation'],
    answers: [
      {
        by: 0,
        body: 'Mine stalled in week four. I added a 20-minute walk after dinner and it moved again.',
        helpfulBy: [6, 21],
      },
      {
        by: 21,
        body: 'Check the hidden fats: cooking oil and dressings added up a lot for me.',
        helpfulBy: [6],
      },
    ],
  },
  {
    day: 24.3,
    by: 22,
    locale: 'es',
    title: '¿Dónde compro el paquete de recarga de 84 cápsulas?',
    tags: ['buying'],
  },
  {
    day: 26.1,
    by: 13,
    title: 'Can my 16-year-old daughter use Trimly with me?',
    body: 'She wants to lose some weight before summer and we could do the plan together.',
  },
]

export const brightwaterQuestions: QuestionSeed[] = [
  {
    day: 18.2,
    by: 14,
    title: 'How do I test my camera and microphone before the visit?',
    body: 'My first video visit is tomorrow and I do not want to waste the doctor’s time with tech problems.',
    tags: ['tech', 'joining'],
    answers: [
      {
        by: 16,
        body: 'There is a "test my device" button on the appointment page. Took me 30 seconds.',
        helpfulBy: [14, 17],
      },
    ],
    official: {
      afterHours: 4,
      body: 'Open your appointment in the Brightwater app or website up to 30 minutes early and choose "Test camera and sound". If the test fails, close other apps that use the camera, allow camera and microphone access when asked, and try again. You can also join by phone if video does not work.',
      approvalNote: 'Approved, Care Quality ref BW-VV-012.',
      linkArticle: 'join-visit',
    },
  },
  {
    day: 19.0,
    by: 15,
    locale: 'es',
    title: '¿Puedo tener la videoconsulta desde el celular?',
    body: 'No tengo computadora en casa.',
    tags: ['joining'],
    answers: [{ by: 6, body: 'Sí, yo la hice desde el celular con la app y se veía bien.', helpfulBy: [15] }],
    official: {
      by: 'expert',
      afterHours: 6,
      body: 'Sí. Puede conectarse desde la app de Brightwater en un celular o tableta, o desde el navegador de su teléfono. Use wifi si es posible y busque un lugar tranquilo y con buena luz.',
      approvalNote: 'Aprobado, ref BW-VV-013.',
      linkArticle: 'join-visit',
    },
  },
  {
    day: 20.4,
    by: 4,
    title: 'Can my teenager have a video visit without me in the room?',
    body: 'My son is 15 and would rather talk to the doctor on his own.',
    tags: ['family'],
    answers: [
      {
        by: 7,
        body: 'Our pediatrician asked me to step out for part of my daughter’s visit, so I think yes.',
      },
    ],
  },
  {
    day: 21.1,
    by: 8,
    title: 'I have had chest tightness since this morning, can I do a video visit?',
    body: 'It comes and goes. I do not want to go to the ER for nothing.',
    privateReply: {
      afterHours: 0.2,
      body: 'Chest tightness can be a sign of a serious problem. Please call 911 or go to the nearest emergency department now; video visits are not for emergencies. If you are unsure, our advice nurses answer 24/7 at 1-800-555-0199.',
    },
  },
  {
    day: 23.3,
    by: 10,
    title: 'Do video visits show up in my after-visit summary?',
    tags: ['joining'],
    answers: [
      { by: 11, body: 'Yes, mine was in the app under Visits a couple of hours later.', helpfulBy: [10] },
    ],
    accept: 0,
  },
  {
    day: 25.2,
    by: 12,
    title: 'What happens if the clinician is running late?',
    tags: ['joining'],
  },
  {
    day: 28.0,
    by: 13,
    locale: 'es',
    title: '¿Hay intérpretes para otros idiomas además del español?',
    body: 'Mi vecina habla vietnamita y quiere usar las videoconsultas.',
    tags: ['languages'],
  },
]
