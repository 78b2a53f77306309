// Demo Learn articles, written as an HCO would: plain language, the label's risk information alongside any
// benefit (fair balance), English and Spanish. `day` counts from the launch; `key` lets Q&A link them.

export interface ArticleSeed {
  key: string
  day: number
  kind: 'guide' | 'update'
  position: number
  /** Left submitted, waiting for the reviewer (so the staff views are not empty). */
  pending?: true
  translations: { en: Translation; es?: Translation }
}

interface Translation {
  title: string
  summary: string
  markdown: string
}

export const trimlyArticles: ArticleSeed[] = [
  {
    key: 'getting-started',
    day: 0.2,
    kind: 'guide',
    position: 1,
    translations: {
      en: {
        title: 'Getting started with Trimly',
        summary: 'How to take Trimly, what to eat, and the vitamin you need.',
        markdown: `## How to take it

Take **one capsule** with water during each main meal that contains fat, or up to one hour after. If you skip a meal, or the meal has no fat, skip the capsule. Never take more than three capsules a day.

## What to eat

- Spread your fat over three meals: about **15 g of fat per meal**.
- Use the food diary in your starter kit for the first weeks.
- Eat plenty of vegetables, fruit and whole grains.

## Your daily vitamin

Take a multivitamin with vitamins A, D, E, K and beta-carotene once a day **at bedtime**.

## Important safety information

Do not use Trimly if you have had an organ transplant, take ciclosporin, have problems absorbing food, or are pregnant or breastfeeding. Ask a doctor before use if you take warfarin, or medicine for diabetes, thyroid disease, seizures or HIV. Read the [full product information](https://northwind.example/trimly/label.pdf).`,
      },
      es: {
        title: 'Primeros pasos con Trimly',
        summary: 'Cómo tomar Trimly, qué comer y la vitamina que necesitas.',
        markdown: `## Cómo tomarlo

Toma **una cápsula** con agua durante cada comida principal que contenga grasa, o hasta una hora después. Si te saltas una comida, o la comida no tiene grasa, no tomes la cápsula. Nunca tomes más de tres cápsulas al día.

## Qué comer

- Reparte la grasa en tres comidas: unos **15 g de grasa por comida**.
- Usa el diario de comidas del kit de inicio durante las primeras semanas.

## Tu vitamina diaria

Toma un multivitamínico con vitaminas A, D, E, K y betacaroteno una vez al día, **al acostarte**.

## Información importante de seguridad

No uses Trimly si has recibido un trasplante de órgano, tomas ciclosporina, tienes problemas para absorber los alimentos, o estás embarazada o amamantando. Consulta a un médico antes de usarlo si tomas warfarina o medicamentos para la diabetes, la tiroides, las convulsiones o el VIH. Lee la [información completa del producto](https://northwind.example/trimly/label.pdf).`,
      },
    },
  },
  {
    key: 'week-one',
    day: 0.3,
    kind: 'guide',
    position: 2,
    translations: {
      en: {
        title: 'What to expect in week one',
        summary: 'Changes in bowel habits are common at first. Here is how to keep them mild.',
        markdown: `Trimly works in your gut: it stops about a quarter of the fat you eat from being absorbed. That fat leaves your body, which is why **the first days teach you where the fat is** in your meals.

## Common in the first week

- Gas with oily spotting
- Loose or more urgent bowel movements, especially after a high-fat meal

These usually become milder as you learn to keep each meal at about 15 g of fat.

## Tips from the launch community

1. Plan your meals for the first three days before you start.
2. Read labels: cooking oil, dressings and cheese add up fast.
3. Keep a spare change of clothes at work during week one.

> Stop use and ask a doctor if you have severe or continuous abdominal pain, or itching, yellow eyes or skin, dark urine or loss of appetite.`,
      },
      es: {
        title: 'Qué esperar en la primera semana',
        summary:
          'Al principio son frecuentes los cambios en el tránsito intestinal. Así puedes mantenerlos leves.',
        markdown: `Trimly actúa en el intestino: evita que se absorba cerca de una cuarta parte de la grasa que comes. Esa grasa sale del cuerpo, por eso **los primeros días te enseñan dónde está la grasa** en tus comidas.

## Frecuente en la primera semana

- Gases con manchas de grasa
- Deposiciones sueltas o más urgentes, sobre todo después de una comida con mucha grasa

Suelen ser más leves a medida que aprendes a mantener cada comida en unos 15 g de grasa.

> Deja de usarlo y consulta a un médico si tienes dolor abdominal intenso o continuo, o picazón, ojos o piel amarillos, orina oscura o pérdida de apetito.`,
      },
    },
  },
  {
    key: 'side-effects',
    day: 0.4,
    kind: 'guide',
    position: 3,
    translations: {
      en: {
        title: 'Managing side effects',
        summary: 'Why treatment effects happen, how to keep them mild, and when to call a doctor.',
        markdown: `## Why they happen

The effects most people notice come from fat that is not absorbed. *Less fat per meal means milder effects.*

## Keep them mild

- Keep each meal at about 15 g of fat, and spread fat over the day.
- Take your multivitamin at bedtime, two hours apart from Trimly.

## When to get help

Stop use and ask a doctor if you have severe or continuous abdominal pain, or itching, yellow eyes or skin, dark urine or loss of appetite. To report a side effect, call Northwind Medical Information at 1-800-555-0142 or write to [medinfo@northwind.example](mailto:medinfo@northwind.example).`,
      },
      es: {
        title: 'Cómo manejar los efectos secundarios',
        summary: 'Por qué ocurren, cómo mantenerlos leves y cuándo llamar a un médico.',
        markdown: `## Por qué ocurren

Los efectos que más se notan vienen de la grasa que no se absorbe. *Menos grasa por comida, efectos más leves.*

## Cuándo pedir ayuda

Deja de usarlo y consulta a un médico si tienes dolor abdominal intenso o continuo, o picazón, ojos o piel amarillos, orina oscura o pérdida de apetito. Para informar de un efecto secundario, llama a Información Médica de Northwind al 1-800-555-0142.`,
      },
    },
  },
  {
    key: 'spanish-diary',
    day: 22.5,
    kind: 'update',
    position: 50,
    translations: {
      en: {
        title: 'New: the food diary in Spanish',
        summary: 'You asked, we listened: the starter-kit food diary is now available in Spanish.',
        markdown:
          'Several of you asked for a Spanish version of the food diary. It is now in every new starter kit, and you can [download it here](https://northwind.example/trimly/diario.pdf).',
      },
      es: {
        title: 'Novedad: el diario de comidas en español',
        summary: 'Nos lo pidieron y los escuchamos: el diario de comidas ya está en español.',
        markdown:
          'Varias personas pidieron el diario de comidas en español. Ya viene en cada kit de inicio nuevo, y puedes [descargarlo aquí](https://northwind.example/trimly/diario.pdf).',
      },
    },
  },
  {
    key: 'eating-out',
    day: 25.0,
    kind: 'guide',
    position: 4,
    pending: true,
    translations: {
      en: {
        title: 'Eating out on Trimly',
        summary: 'Restaurant tips from the launch community.',
        markdown:
          '- Check the menu online first.\n- Ask for dressings and sauces on the side.\n- Choose grilled, baked or steamed dishes.',
      },
    },
  },
]

export const brightwaterArticles: ArticleSeed[] = [
  {
    key: 'join-visit',
    day: 9.0,
    kind: 'guide',
    position: 1,
    translations: {
      en: {
        title: 'How to join a video visit',
        summary: 'Step by step, from your phone or computer.',
        markdown: `1. Open the Brightwater app, or sign in at [brightwater.example](https://brightwater.example/video-visits).
2. Up to 30 minutes before your visit, open the appointment and choose **Test camera and sound**.
3. At the visit time, choose **Join video visit** and wait for your clinician.

## If something goes wrong

- Allow camera and microphone access when your device asks.
- Close other apps that use the camera.
- You can always join by phone: the number is in your appointment.

> Video visits are not for emergencies. If you have chest pain, trouble breathing or signs of stroke, call 911.`,
      },
      es: {
        title: 'Cómo conectarse a una videoconsulta',
        summary: 'Paso a paso, desde el celular o la computadora.',
        markdown: `1. Abra la app de Brightwater o inicie sesión en [brightwater.example](https://brightwater.example/video-visits).
2. Hasta 30 minutos antes, abra la cita y elija **Probar cámara y sonido**.
3. A la hora de la cita, elija **Entrar a la videoconsulta** y espere a su profesional.

> Las videoconsultas no son para emergencias. Si tiene dolor en el pecho, dificultad para respirar o señales de un derrame cerebral, llame al 911.`,
      },
    },
  },
  {
    key: 'prepare-visit',
    day: 9.2,
    kind: 'guide',
    position: 2,
    translations: {
      en: {
        title: 'Preparing for your video visit',
        summary: 'A quiet room, your medicines list, and your questions.',
        markdown:
          'Find a quiet, well-lit place. Have your **list of medicines** and your questions ready, and a pharmacy you would like prescriptions sent to.',
      },
      es: {
        title: 'Cómo prepararse para la videoconsulta',
        summary: 'Un lugar tranquilo, su lista de medicamentos y sus preguntas.',
        markdown:
          'Busque un lugar tranquilo y con buena luz. Tenga a mano su **lista de medicamentos**, sus preguntas y la farmacia a la que quiere que envíen las recetas.',
      },
    },
  },
  {
    key: 'interpreters',
    day: 30.0,
    kind: 'update',
    position: 50,
    translations: {
      en: {
        title: 'Update: interpreters in more languages',
        summary: 'Video visits now offer interpreters in Vietnamese, Tagalog and Mandarin.',
        markdown:
          'Members asked for more languages. You can now request a Vietnamese, Tagalog or Mandarin interpreter when you book; Spanish interpreters remain available at every visit.',
      },
      es: {
        title: 'Novedad: intérpretes en más idiomas',
        summary: 'Las videoconsultas ahora ofrecen intérpretes de vietnamita, tagalo y mandarín.',
        markdown:
          'Nuestros miembros pidieron más idiomas. Ahora puede pedir un intérprete de vietnamita, tagalo o mandarín al reservar; los intérpretes de español siguen disponibles en todas las consultas.',
      },
    },
  },
]

/** "Did this help?" answers: [member index, article key, helpful]. */
export const trimlyFeedback: [number, string, boolean][] = [
  [4, 'getting-started', true],
  [10, 'week-one', true],
  [11, 'week-one', true],
  [5, 'week-one', false],
  [9, 'getting-started', true],
  [14, 'side-effects', true],
  [2, 'side-effects', false],
]
export const brightwaterFeedback: [number, string, boolean][] = [
  [0, 'join-visit', true],
  [2, 'join-visit', true],
  [5, 'prepare-visit', true],
  [8, 'join-visit', false],
]
