import type { Translation } from '../../schema/pack-text';

/**
 * The D3 + K2 pack in Spanish, for readers in Mexico, Spain and the United States alike: neutral
 * Spanish, "usted", no regional words where a common one exists. Text only, keyed by where each goes;
 * the structure is the English pack's. No clinician has signed it yet: its review is its own.
 */
export const es: Translation = {
  locale: 'es',
  review: { status: 'awaiting-review' },
  text: {
    title: '¿Qué partes de este artículo se aplican a su caso?',
    'article.title':
      'Beneficios de la D3 y la K2: qué muestra la investigación y por qué importa la combinación',
    'article.sections.why-the-pair.heading': 'Por qué la D3 y la K2 se estudian juntas',
    'article.sections.bone-health.heading': 'Salud de los huesos: el beneficio más estudiado',
    'article.sections.cardiovascular-research.heading':
      'Investigación sobre el corazón y los vasos: incipiente e incompleta',
    'article.sections.what-shapes-benefit.heading':
      'Qué influye en cuánto beneficio puede notar cada persona',
    'article.sections.evidence-in-practice.heading': 'Cómo son las pruebas en la práctica',
    'article.sections.subtopics.heading': 'Otros temas que vale la pena explorar',
    'steps.about.title': 'Sobre usted',
    'steps.medicines.title': 'Medicamentos y suplementos',
    'steps.sun_food.title': 'Sol y alimentación',
    'steps.health.title': 'Salud, análisis y sus motivos',
    'groups.how_often.label': '¿Con qué frecuencia come cada uno de estos?',
    'questions.age.label': '¿Cuántos años tiene?',
    'questions.age.reason': 'Tiene {answer} años',
    'questions.age.notice.text':
      'Este cuestionario y sus resultados están escritos para adultos. Si es para un niño o un adolescente, pregunte a un médico o farmacéutico qué se aplica a su caso.',
    'questions.age.options.prefer_not': 'Prefiero no decirlo',
    'questions.menopause.label': '¿Ha pasado ya por la menopausia?',
    'questions.menopause.hint':
      'Parte de la investigación sobre los huesos se hizo en mujeres después de la menopausia.',
    'questions.menopause.reason': 'Menopausia: {answer}',
    'questions.menopause.options.not_applicable': 'No se aplica a mi caso',
    'questions.menopause.options.before': 'Todavía no',
    'questions.menopause.options.during': 'Estoy pasando por ella ahora',
    'questions.menopause.options.after': 'Sí, ya he pasado por ella',
    'questions.menopause.options.prefer_not': 'Prefiero no decirlo',
    'questions.sunlight.label': '¿Con qué frecuencia está al aire libre de día, con algo de piel sin cubrir?',
    'questions.sunlight.reason': 'Tiempo a la luz del día: {answer}',
    'questions.sunlight.options.most_days': 'La mayoría de los días',
    'questions.sunlight.options.some_days': 'Algunos días',
    'questions.sunlight.options.rarely': 'Pocas veces',
    'questions.sunlight.options.dont_know': 'No lo sé',
    'questions.latitude.label': '¿Cómo es el invierno donde vive?',
    'questions.latitude.hint':
      'Solo nos hace falta saber cómo es el lugar, no su dirección. Cuanto más lejos del ecuador, más débil es el sol en invierno.',
    'questions.latitude.reason': 'Inviernos donde vive: {answer}',
    'questions.latitude.options.far': 'Largo y oscuro, con días cortos',
    'questions.latitude.options.temperate': 'Intermedio: hay invierno, pero los días no se acortan mucho',
    'questions.latitude.options.near': 'Casi no hay invierno: sol fuerte la mayor parte del año',
    'questions.latitude.options.dont_know': 'No lo sé',
    'questions.latitude.options.prefer_not': 'Prefiero no decirlo',
    'questions.skin_tone.label': '¿Cómo es su tono de piel?',
    'questions.skin_tone.hint':
      'Se lo preguntamos porque la piel más oscura produce menos vitamina D con la misma luz del sol.',
    'questions.skin_tone.reason': 'Tono de piel: {answer}',
    'questions.skin_tone.options.lighter': 'Más claro',
    'questions.skin_tone.options.medium': 'Medio',
    'questions.skin_tone.options.darker': 'Más oscuro',
    'questions.skin_tone.options.prefer_not': 'Prefiero no decirlo',
    'questions.natto.label': '¿Con qué frecuencia come natto, un plato japonés de soya fermentada?',
    'questions.natto.reason': 'Natto: {answer}',
    'questions.natto.row.legend': 'Natto (un plato japonés de soya fermentada)',
    'questions.natto.options.weekly': 'Cada semana o más',
    'questions.natto.options.sometimes': 'De vez en cuando',
    'questions.natto.options.rarely': 'Rara vez o nunca',
    'questions.natto.options.dont_know': 'No lo sé',
    'questions.fermented_other.label': '¿Con qué frecuencia come otros fermentados, como chucrut o kéfir?',
    'questions.fermented_other.reason': 'Otros alimentos fermentados: {answer}',
    'questions.fermented_other.row.legend': 'Otros alimentos fermentados, como chucrut o kéfir',
    'questions.fermented_other.options.weekly': 'Cada semana o más',
    'questions.fermented_other.options.sometimes': 'De vez en cuando',
    'questions.fermented_other.options.rarely': 'Rara vez o nunca',
    'questions.fermented_other.options.dont_know': 'No lo sé',
    'questions.hard_cheese.label': '¿Con qué frecuencia come quesos duros o curados?',
    'questions.hard_cheese.reason': 'Quesos duros: {answer}',
    'questions.hard_cheese.row.legend': 'Quesos duros o curados',
    'questions.hard_cheese.options.weekly': 'Cada semana o más',
    'questions.hard_cheese.options.sometimes': 'De vez en cuando',
    'questions.hard_cheese.options.rarely': 'Rara vez o nunca',
    'questions.hard_cheese.options.dont_know': 'No lo sé',
    'questions.egg_yolks.label': '¿Con qué frecuencia come yemas de huevo?',
    'questions.egg_yolks.reason': 'Yemas de huevo: {answer}',
    'questions.egg_yolks.row.legend': 'Yemas de huevo',
    'questions.egg_yolks.options.weekly': 'Cada semana o más',
    'questions.egg_yolks.options.sometimes': 'De vez en cuando',
    'questions.egg_yolks.options.rarely': 'Rara vez o nunca',
    'questions.egg_yolks.options.dont_know': 'No lo sé',
    'questions.fatty_fish.label': '¿Con qué frecuencia come pescado graso, como salmón o sardinas?',
    'questions.fatty_fish.reason': 'Pescado graso: {answer}',
    'questions.fatty_fish.row.legend': 'Pescado graso, como salmón o sardinas',
    'questions.fatty_fish.options.weekly': 'Cada semana o más',
    'questions.fatty_fish.options.sometimes': 'De vez en cuando',
    'questions.fatty_fish.options.rarely': 'Rara vez o nunca',
    'questions.fatty_fish.options.dont_know': 'No lo sé',
    'questions.fortified.label':
      '¿Con qué frecuencia come cosas a las que se añade vitamina D, como algunas leches o cereales?',
    'questions.fortified.reason': 'Lo que come con vitamina D añadida: {answer}',
    'questions.fortified.row.legend':
      'Alimentos a los que se añade vitamina D, como algunas leches o cereales',
    'questions.fortified.options.weekly': 'Cada semana o más',
    'questions.fortified.options.sometimes': 'De vez en cuando',
    'questions.fortified.options.rarely': 'Rara vez o nunca',
    'questions.fortified.options.dont_know': 'No lo sé',
    'questions.digestion.label':
      '¿Tiene alguno de estos problemas de salud, que pueden influir en cómo absorbe la grasa?',
    'questions.digestion.hint': 'Marque todos los que tenga.',
    'questions.digestion.reason': 'Digestión: {answer}',
    'questions.digestion.options.crohns': 'Enfermedad de Crohn',
    'questions.digestion.options.ulcerative_colitis': 'Colitis ulcerosa',
    'questions.digestion.options.coeliac': 'Enfermedad celíaca',
    'questions.digestion.options.cystic_fibrosis': 'Fibrosis quística',
    'questions.digestion.options.liver': 'Enfermedad del hígado',
    'questions.digestion.options.bariatric': 'Cirugía para perder peso, como un bypass gástrico',
    'questions.digestion.options.other_fat': 'Otro problema que hace difícil digerir la grasa',
    'questions.digestion.options.none': 'Ninguno de estos',
    'questions.digestion.options.dont_know': 'No lo sé',
    'questions.digestion.options.prefer_not': 'Prefiero no decirlo',
    'questions.vitamin_d_test.label': '¿Qué mostró su último análisis de sangre de vitamina D?',
    'questions.vitamin_d_test.reason': 'Lo que dijo su último análisis de vitamina D: {answer}',
    'questions.vitamin_d_test.options.low': 'Bajo',
    'questions.vitamin_d_test.options.normal': 'Dentro de lo normal',
    'questions.vitamin_d_test.options.high': 'Alto',
    'questions.vitamin_d_test.options.never': 'Nunca me lo han hecho',
    'questions.vitamin_d_test.options.dont_know': 'No lo sé o no lo recuerdo',
    'questions.medications.label': '¿Qué medicamentos usa en este momento, si es que usa alguno?',
    'questions.medications.hint':
      'Incluya los que compra sin receta, como la aspirina. Incluya también tratamientos cortos e inyecciones, como tras una operación. Escriba cada nombre tal como viene en la etiqueta, la caja o la pluma.',
    'questions.medications.unansweredReason': 'En sus respuestas no dice qué medicamentos usa',
    'questions.medications.shortcuts.blood-thinner-unsure': 'Uso un anticoagulante, pero no sé cuál',
    'questions.medications.notes.stem': 'parece un anticoagulante — compruébelo con su farmacéutico',
    'questions.medications.notes.cut':
      'Texto largo: aquí no se ven {cut} caracteres más, pero lo hemos leído todo para ver si hay anticoagulantes.',
    'questions.supplements.label': '¿Cuáles de estos suplementos toma, si es que toma alguno?',
    'questions.supplements.hint': 'Marque todos los que use.',
    'questions.supplements.reason': 'Suplementos: {answer}',
    'questions.supplements.options.d3': 'Vitamina D3',
    'questions.supplements.options.k2': 'Vitamina K2',
    'questions.supplements.options.calcium': 'Calcio',
    'questions.supplements.options.multivitamin': 'Un multivitamínico',
    'questions.supplements.options.none': 'Ninguno de estos',
    'questions.supplements.options.dont_know': 'No lo sé',
    'questions.k2_form.label': '¿Qué forma de K2 es?',
    'questions.k2_form.hint':
      'En la etiqueta suele ver MK-4 o MK-7, o bien el nombre largo, que es menaquinona-4 o -7.',
    'questions.k2_form.reason': 'Su forma de K2: {answer}',
    'questions.k2_form.options.mk4': 'MK-4',
    'questions.k2_form.options.mk7': 'MK-7',
    'questions.k2_form.options.dont_know': 'No lo sé con certeza',
    'questions.d3_strength.label': '¿Su vitamina D3 es de alta potencia o con receta?',
    'questions.d3_strength.reason': 'D3 de alta potencia o con receta: {answer}',
    'questions.d3_strength.options.yes': 'Sí',
    'questions.d3_strength.options.no': 'No, es un producto normal',
    'questions.d3_strength.options.dont_know': 'No lo sé con certeza',
    'questions.with_fat.label':
      '¿Por lo general los toma con alguna comida, aunque sea ligera, que tenga algo de grasa?',
    'questions.with_fat.reason': 'Con comida que tiene grasa: {answer}',
    'questions.with_fat.options.yes': 'Sí, por lo general',
    'questions.with_fat.options.varies': 'Depende',
    'questions.with_fat.options.no': 'No, por lo general sin comida',
    'questions.with_fat.options.dont_know': 'No lo sé',
    'questions.reasons.label': '¿Qué le interesa de la D3 y la K2?',
    'questions.reasons.hint': 'Marque todo lo que le interese.',
    'questions.reasons.reason': 'Lo que le interesa: {answer}',
    'questions.reasons.options.bones': 'Huesos',
    'questions.reasons.options.heart': 'Corazón y arterias',
    'questions.reasons.options.immune': 'Defensas (sistema inmunitario)',
    'questions.reasons.options.general': 'Salud en general',
    'questions.reasons.options.curious': 'Nada de esto, solo tengo curiosidad',
    'caveats.anticoagulant-vka.title':
      'La K2 y los anticoagulantes como la warfarina: pregunte antes a quien le recetó el suyo',
    'caveats.anticoagulant-vka.body':
      'La vitamina K2 actúa en la misma parte de la coagulación de la sangre que los anticoagulantes como la warfarina. No es algo menor: puede cambiar el efecto de su anticoagulante. Hable con quien se lo recetó antes de empezar, dejar o cambiar la K2. Y mantenga estable la vitamina K de lo que come.',
    'caveats.anticoagulant-vka.ask':
      'Uso un anticoagulante como la warfarina. ¿Es segura la K2 con él, y debe seguir igual mi vitamina K?',
    'sources.https://doi.org/10.1111/jth.12203.cite': 'Theuwissen 2013',
    'sources.https://doi.org/10.1111/jth.12203.publisher': 'Journal of Thrombosis and Haemostasis (2013)',
    'sources.https://doi.org/10.1111/jth.12203.title':
      'Theuwissen and others, Effect of low-dose supplements of menaquinone-7 (vitamin K2) on the stability of oral anticoagulant treatment',
    'sources.https://doi.org/10.1046/j.1365-2141.2003.04787.x.cite': 'Khan 2004',
    'sources.https://doi.org/10.1046/j.1365-2141.2003.04787.x.publisher':
      'British Journal of Haematology (2004)',
    'sources.https://doi.org/10.1046/j.1365-2141.2003.04787.x.title':
      'Khan and others, Dietary vitamin K influences intra-individual variability in anticoagulant response to warfarin',
    'caveats.anticoagulant.title': 'La K2 y los anticoagulantes: pregunte antes a quien le recetó el suyo',
    'caveats.anticoagulant.body':
      'El artículo dice que quien usa un anticoagulante debe hablar con quien se lo recetó antes de empezar, dejar o cambiar la K2. La vitamina K actúa de forma más directa contra los anticoagulantes como la warfarina. El que usted nombró es de otro tipo. Quien se lo recetó puede decirle si la K2 importa en su caso.',
    'caveats.anticoagulant.ask':
      'Uso un anticoagulante. ¿La vitamina K2 tiene que ver con el mío, y es segura si la uso con él?',
    'sources.https://pmj.bmj.com/content/90/1067/520.cite': 'Saraf 2014',
    'sources.https://pmj.bmj.com/content/90/1067/520.publisher': 'Postgraduate Medical Journal (2014)',
    'sources.https://pmj.bmj.com/content/90/1067/520.title':
      'Saraf and others, Non-vitamin K antagonist oral anticoagulants (NOACs): clinical evidence and therapeutic considerations',
    'caveats.anticoagulant-if-taken.title':
      'Si usa un anticoagulante, pregunte a quien se lo recetó antes de empezar, dejar o cambiar la K2',
    'caveats.anticoagulant-if-taken.body':
      'El artículo dice que quien usa un anticoagulante debe hablar con quien se lo recetó antes de empezar, dejar o cambiar la K2. Si el suyo es como la warfarina, la vitamina K2 actúa en la misma parte de la coagulación de la sangre. No es algo menor: puede cambiar el efecto de su anticoagulante.',
    'caveats.anticoagulant-if-taken.ask':
      '¿Puede la vitamina K2 influir en algo de lo que uso, por ejemplo en un anticoagulante?',
    'caveats.for-adults.title': 'Estos resultados están escritos para adultos',
    'caveats.for-adults.body':
      'La investigación de este artículo y estos resultados tratan de adultos. Si es para un niño o un adolescente, pregunte a un médico o farmacéutico qué se aplica a su caso.',
    'caveats.high-dose-d3.title': 'D3 de alta potencia: pregunte si conviene medir su calcio',
    'caveats.high-dose-d3.body':
      'El artículo advierte sobre la vitamina D3 en cantidades muy altas durante mucho tiempo: puede subir demasiado el calcio de la sangre. Los médicos lo llaman hipercalcemia. Si un médico le recetó la D3, no cambie por su cuenta la forma de usarla. Su médico o farmacéutico puede decirle si le sería útil un análisis de sangre del calcio y la vitamina D.',
    'caveats.high-dose-d3.ask':
      '¿Deberían medirme el calcio y la vitamina D mientras uso una D3 de alta potencia o con receta?',
    'caveats.high-level.title': 'Su análisis mostró vitamina D alta: pregunte qué significa para usted',
    'caveats.high-level.body':
      'Su último análisis dio un nivel alto de vitamina D. La vitamina D3 en cantidades muy altas durante mucho tiempo puede subir demasiado el calcio de la sangre. Los médicos lo llaman hipercalcemia. Pregunte a su médico qué significa su resultado para usted.',
    'caveats.high-level.ask':
      'Mi vitamina D salió alta en el análisis. ¿Qué quiere decir para mí, y deberían medirme el calcio?',
    'caveats.test-your-level.title': 'Un análisis de sangre muestra su punto de partida',
    'caveats.test-your-level.body':
      'Su nivel inicial de vitamina D es, probablemente, lo que más decide cuánto podría ganar con los suplementos. Si lo tiene bajo, es probable que haya cambios que se pueden medir, por ejemplo en cuánto calcio absorbe. Si ya tiene lo suficiente, puede ganar poco. Solo un análisis de sangre puede mostrar en qué grupo está usted.',
    'caveats.test-your-level.ask': '¿Me sería útil un análisis de sangre de vitamina D?',
    'caveats.low-level.title': 'El beneficio parece mayor cuando los niveles son bajos',
    'caveats.low-level.body':
      'Los ensayos dan resultados variados: algunos ven un efecto real y otros, muy poco. El beneficio parece mayor en quien de verdad tiene poca vitamina D (déficit o insuficiencia). Eso es lo que sugería su análisis. Pregunte a su médico qué quiere decir su resultado para usted.',
    'caveats.low-level.ask':
      'Mi vitamina D salió baja en el análisis. ¿Qué me recomienda, y cuándo hay que volver a medirla?',
    'caveats.fat-digestion.title': 'Cómo maneja la grasa su intestino influye en lo que absorbe',
    'caveats.fat-digestion.body':
      'La D3 y la K2 se disuelven en la grasa. Por eso, cuánto absorbe de ellas depende de cómo maneja la grasa su intestino. Algunas enfermedades, como la de Crohn o la celíaca, y algunos medicamentos, como el orlistat, hacen que la grasa se absorba peor. Así, puede recibir menos de estas vitaminas de los alimentos y los suplementos.',
    'caveats.fat-digestion.ask':
      '¿Podría mi intestino, o algún medicamento que uso, hacer que absorba peor las vitaminas D y K?',
    'sources.https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/.cite':
      'Hoja informativa de los NIH sobre la vitamina D',
    'sources.https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/.publisher':
      'Oficina de Suplementos Dietéticos de los NIH',
    'sources.https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/.title':
      'Vitamin D: Fact Sheet for Health Professionals',
    'sources.https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/.cite':
      'Hoja informativa de los NIH sobre la vitamina K',
    'sources.https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/.publisher':
      'Oficina de Suplementos Dietéticos de los NIH',
    'sources.https://ods.od.nih.gov/factsheets/vitaminK-HealthProfessional/.title':
      'Vitamin K: Fact Sheet for Health Professionals',
    'caveats.older-adult.title': 'Con los años, el cuerpo suele producir y absorber menos D3',
    'caveats.older-adult.body':
      'Con los años, la piel suele producir menos D3 con la luz del sol. El cuerpo también suele absorber menos D3 de los alimentos.',
    'caveats.older-adult.ask': 'A mi edad, ¿vale la pena medir mi nivel de vitamina D?',
    'caveats.calcium-supplements.title': 'Si toma calcio, la pregunta sobre la K2 importa más',
    'caveats.calcium-supplements.body':
      'Mucha gente toma suplementos de calcio junto con la D3. El calcio de los suplementos se suma al calcio de la sangre, y ese calcio debe ir a los lugares correctos. La K2 activa proteínas que ayudan a llevarlo allí. Por eso la pregunta sobre la K2 importa más si toma calcio. Los estudios sobre la D3 y la K2 juntas son prometedores, pero aún no son concluyentes.',
    'caveats.calcium-supplements.ask':
      'Tomo calcio junto con otros suplementos. ¿Tiene sentido que lo haga en mi caso?',
    'caveats.pairing-evidence.title': 'D3 con K2: prometedor, pero no probado',
    'caveats.pairing-evidence.body':
      'La D3 ayuda al cuerpo a absorber el calcio de los alimentos: eso está bien probado. La K2 activa proteínas que ayudan a llevar el calcio a los lugares correctos. A algunos les preocupa que el calcio pueda acumularse donde no debe si hay mucha D3 y poca K2. Por ahora, eso es una teoría. La mayor parte del apoyo viene de estudios de observación y de ensayos más pequeños. Las pruebas parecen prometedoras, pero aún no son concluyentes. La mayoría de las guías de nutrición más seguidas no hacen recomendaciones firmes sobre la combinación.',
    'caveats.mixed-results.title': 'Los estudios sobre la D3 y la K2 dan resultados variados',
    'caveats.mixed-results.body':
      'La investigación sobre estas vitaminas no es uniforme. Algunos ensayos ven un efecto real y otros ven muy poco. Los que ven poco se hicieron a menudo en personas que, para empezar, no tenían bajo el nivel de ninguna de las dos. El beneficio parece mayor en quienes de verdad lo tienen bajo.',
    'caveats.postmenopausal-bones.title':
      'Algunos ensayos de la K2 sobre los huesos fueron en mujeres tras la menopausia',
    'caveats.postmenopausal-bones.body':
      'El papel de la K2 en la salud de los huesos está menos aceptado que el de la D3. Varios ensayos, sobre todo de Japón, ligaron la forma MK-4 de la K2 a menos fracturas en mujeres después de la menopausia. La mayor parte de esa investigación usó mucha más MK-4 de la que suelen tener los suplementos que se venden fuera de Japón. Eso hace difícil compararla con otros estudios. En conjunto, hay menos pruebas para la K2 que para la D3. Cualquier efecto parece depender mucho de cuánta K2 tiene ya cada persona, de lo que come y de cuánto calcio y D3 recibe.',
    'caveats.postmenopausal-bones.ask':
      '¿Hay algo de la salud de mis huesos que deberíamos revisar, como una prueba de densidad ósea?',
    'caveats.adequate-level.title': 'Con suficiente vitamina D, más D3 puede aportar poco',
    'caveats.adequate-level.body':
      'Si ya tiene suficiente vitamina D, la D3 extra puede aportar poco más. Los ensayos que vieron poco efecto se hicieron a menudo en personas que no tenían el nivel bajo al principio. Y en cantidades muy altas también hay riesgos.',
    'caveats.adequate-level.ask':
      'Mi nivel de vitamina D es normal. ¿Hay alguna razón para que use un suplemento?',
    'caveats.midlife-bones.title': 'La salud de los huesos recibe más atención después de la mediana edad',
    'caveats.midlife-bones.body':
      'Después de la mediana edad, los médicos prestan más atención a la salud de los huesos, sobre todo en las mujeres tras la menopausia. La osteocalcina es una proteína que ayuda a fijar el calcio en el hueso. La K2 la activa. Esa es una razón por la que esta acción de la K2 se estudia más en personas mayores.',
    'caveats.with-fat.title': 'Algo de grasa en la comida ayuda a absorber estas vitaminas',
    'caveats.with-fat.body':
      'La D3 y la K2 se disuelven en la grasa, así que se absorben mejor cuando las toma con alimentos que tienen algo de grasa.',
    'caveats.k2-form.title':
      'MK-4 y MK-7: duran un tiempo distinto y los ensayos usaron cantidades distintas',
    'caveats.k2-form.body':
      'La MK-7 sigue activa en el cuerpo más tiempo que la MK-4, que el cuerpo descompone más rápido. Los estudios de las dos formas usaron cantidades muy distintas: la mayor parte de la investigación japonesa con MK-4 usó mucho más de lo que tiene la mayoría de los suplementos. Por eso, lo que se sabe de una forma no se puede aplicar sin más a la otra.',
    'caveats.k2-form.ask': '¿La forma de K2 que uso es la adecuada para lo que busco?',
    'caveats.natto-eater.title': 'El natto es una fuente muy rica de K2',
    'caveats.natto-eater.body':
      'El natto, un alimento fermentado, es rico en MK-7, una forma de K2, como casi ningún otro alimento. Quien sigue una dieta occidental con pocos alimentos fermentados puede tener poca actividad de la K2. Quien come natto a menudo quizá no.',
    'caveats.low-k2-diet.title': 'Una dieta con pocos alimentos fermentados puede tener poca K2',
    'caveats.low-k2-diet.body':
      'Si sigue una dieta occidental con pocos alimentos fermentados, las proteínas que necesitan K2 pueden estar menos activas. Hay K2 en las yemas de huevo y en algunos quesos duros. El natto y otros alimentos fermentados la tienen, igual que algunos otros alimentos de origen animal.',
    'caveats.sun-and-food.title': 'El sol y la comida quizá no cubran su vitamina D',
    'caveats.sun-and-food.body':
      'Su piel produce D3 con la luz del sol, y otra parte viene del pescado graso, las yemas de huevo y los alimentos con vitamina D añadida. Lo que aportan depende de su tiempo al sol, de dónde vive, de su tono de piel y de su edad. La piel más oscura produce menos vitamina D con la misma luz del sol. Lejos del ecuador, el sol de invierno es más débil, y la piel produce mucha menos vitamina D en invierno.',
    'caveats.sun-and-food.ask':
      'Por mi tiempo al sol y lo que como, ¿es probable que tenga baja la vitamina D?',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/.cite': 'Engelsen 2010',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/.publisher': 'Nutrients (2010)',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC3257661/.title':
      'Engelsen, The Relationship between Ultraviolet Radiation Exposure and Vitamin D Status',
    'caveats.evidence-bone-density.title':
      'Huesos: pruebas sólidas para la D3, sobre todo si tiene poca vitamina D',
    'caveats.evidence-bone-density.body':
      'Las pruebas de que la D3 ayuda a la densidad de los huesos son en general sólidas en personas con déficit. Cuánto ayuda depende mucho de su nivel inicial de D3.',
    'caveats.evidence-bone-density.evidence.area': 'Densidad de los huesos (D3)',
    'caveats.evidence-bone-density.evidence.note':
      'Sobre todo en quien tiene poca vitamina D; el efecto depende de su nivel al principio',
    'caveats.evidence-k2-fractures.title': 'K2 y fracturas: algunas pruebas, sobre todo de Japón',
    'caveats.evidence-k2-fractures.body':
      'Para la K2 y las fracturas, las pruebas son moderadas. Vienen sobre todo de ensayos japoneses con la forma MK-4 en mujeres después de la menopausia. Esos ensayos a menudo usaron más de lo que tienen los suplementos comunes. En conjunto, hay menos pruebas para la K2 que para la D3.',
    'caveats.evidence-k2-fractures.evidence.area': 'Menos riesgo de fracturas (K2 MK-4)',
    'caveats.evidence-k2-fractures.evidence.note':
      'Sobre todo ensayos de Japón; a menudo usaron más K2 de la que tienen los suplementos comunes',
    'caveats.evidence-mk7-bone-density.title':
      'MK-7 y densidad de los huesos: pequeñas mejoras en algunos ensayos',
    'caveats.evidence-mk7-bone-density.body':
      'La investigación europea ha estudiado la MK-7, la forma de K2 que dura más en el cuerpo. Está en alimentos fermentados como el natto. Algunos de esos ensayos vieron pequeñas mejoras en la densidad de los huesos.',
    'caveats.evidence-heart.title': 'Corazón y arterias: las pruebas aún son preliminares',
    'caveats.evidence-heart.body':
      'Los estudios de observación miran lo que la gente ya come y hace. Estos estudios han ligado más K2 en la dieta a menos calcio en las arterias y menos problemas de corazón. Pero no pueden probar causa y efecto, porque quienes comen más K2 también son distintos en otras cosas. Hay menos ensayos, son más pequeños y sus resultados son variados. Una explicación creíble no es lo mismo que un beneficio probado para el corazón.',
    'caveats.evidence-heart.evidence.area': 'Menos calcio en los vasos sanguíneos (K2)',
    'caveats.evidence-heart.evidence.note': 'No se ha probado causa y efecto; los ensayos dan datos variados',
    'caveats.evidence-immune.title':
      'Defensas: algunas pruebas, sobre todo al corregir la falta de vitamina D',
    'caveats.evidence-immune.body':
      'La D3 y el sistema inmunitario son un tema de estudio activo. Algunas de sus funciones aún se están aclarando. Los datos más sólidos vienen de corregir la falta de vitamina D.',
    'caveats.evidence-immune.evidence.area': 'Sistema inmunitario (D3)',
    'caveats.evidence-immune.evidence.note': 'Más sólidas al corregir la falta de vitamina D',
    'caveats.evidence-combined.title': 'D3 y K2 juntas: pocos ensayos directos',
    'caveats.evidence-combined.body':
      'La mayoría de los estudios miran cada vitamina por separado. Por eso hay pocos datos directos de ensayos sobre lo que hacen las dos juntas.',
    'caveats.evidence-combined.evidence.area': 'Resultados de D3 + K2 juntas',
    'caveats.evidence-combined.evidence.note':
      'La mayoría de los estudios miran cada una de las dos por separado',
    'caveats.amounts-for-your-provider.title': 'Cuánto usar: pregunte a su médico',
    'caveats.amounts-for-your-provider.body':
      'Lo que le conviene depende de sus niveles en la sangre, que solo un análisis puede mostrar, y de su salud en general. Eso lo deben ver usted y su médico o farmacéutico, no un artículo ni esta herramienta.',
    'caveats.antiplatelet-check.title':
      '¿Usted toma aspirina o algo parecido? Pregunte a su farmacéutico por la K2',
    'caveats.antiplatelet-check.body':
      'Mucha gente dice que los medicamentos como el suyo “diluyen la sangre”. El aviso del artículo sobre la K2 trata de los anticoagulantes, como la warfarina. No dice si incluye medicamentos como el suyo. Sí dice que quien usa algo para diluir la sangre debe hablar con quien se lo recetó antes de cambiar nada de la K2. Pregunte a su farmacéutico si eso se aplica a usted.',
    'caveats.antiplatelet-check.ask':
      '¿El consejo sobre la K2 y los medicamentos para diluir la sangre se aplica al que uso?',
    'pointers.steady-vitamin-k.line':
      '¿Usa un anticoagulante como la warfarina? Entonces mantenga estable la vitamina K de sus comidas y suplementos. Antes de cambiar cuánto natto u otros alimentos ricos en K2 come, o cómo usa la K2, hable con quien se lo recetó.',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC2911546/.cite': 'Lurie 2010',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC2911546/.publisher':
      'British Journal of Clinical Pharmacology (2010)',
    'sources.https://pmc.ncbi.nlm.nih.gov/articles/PMC2911546/.title':
      'Lurie and others, Warfarin and vitamin K intake in the era of pharmacogenetics',
    'pointers.vka-card-first.line': 'Antes de esto, lea el aviso que hay más arriba sobre su anticoagulante.',
    'pointers.other-card-first.line':
      'Antes de esto, lea el aviso que hay más arriba sobre su anticoagulante.',
    'pointers.steady-vitamin-k-if-taken.line':
      'Si su anticoagulante es como la warfarina, mantenga estable la vitamina K de sus comidas y suplementos. Antes de cambiar cuánto natto u otros alimentos ricos en K2 come, hable con quien se lo recetó.',
    'pointers.if-taken-card-first.line':
      'Si usa un anticoagulante, lea antes el aviso que hay más arriba sobre él.',
    'medicationReasons.generic': 'Usted toma {generic}, {description}',
    'medicationReasons.brand': 'Usted toma {typed}, una marca de {generic}, {description}',
    'medicationReasons.misspelling': 'Usted escribió “{typed}”, y creemos que es {generic}, {description}',
    'medicationReasons.nearMiss':
      'Usted escribió “{typed}”, que se parece a {suggestion}; pida a su farmacéutico que revise el nombre',
    'medicationReasons.chosen': 'Nos dijo que toma {generic}, {description}',
    'medicationReasons.stem':
      'Usted escribió “{typed}”, un nombre que no conocemos, pero que parece un anticoagulante del tipo {kind}; pregunte a su farmacéutico si lo es',
    'medicationReasons.unconfirmed':
      'No sabemos con certeza qué es “{typed}”: pregunte a su farmacéutico si es un anticoagulante o no',
    'medications.warfarin.generic': 'warfarina',
    'medications.warfarin.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.dicoumarol.generic': 'dicumarol',
    'medications.dicoumarol.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.phenindione.generic': 'fenindiona',
    'medications.phenindione.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.phenprocoumon.generic': 'fenprocumona',
    'medications.phenprocoumon.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.acenocoumarol.generic': 'acenocumarol',
    'medications.acenocoumarol.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.ethyl-biscoumacetate.generic': 'biscumacetato de etilo',
    'medications.ethyl-biscoumacetate.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.clorindione.generic': 'clorindiona',
    'medications.clorindione.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.diphenadione.generic': 'difenadiona',
    'medications.diphenadione.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.tioclomarol.generic': 'tioclomarol',
    'medications.tioclomarol.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.fluindione.generic': 'fluindiona',
    'medications.fluindione.description': 'un anticoagulante que actúa contra la vitamina K',
    'medications.rivaroxaban.generic': 'rivaroxabán',
    'medications.rivaroxaban.description': 'un anticoagulante del tipo inhibidor del factor Xa',
    'medications.apixaban.generic': 'apixabán',
    'medications.apixaban.description': 'un anticoagulante del tipo inhibidor del factor Xa',
    'medications.edoxaban.generic': 'edoxabán',
    'medications.edoxaban.description': 'un anticoagulante del tipo inhibidor del factor Xa',
    'medications.betrixaban.generic': 'betrixabán',
    'medications.betrixaban.description': 'un anticoagulante del tipo inhibidor del factor Xa',
    'medications.dabigatran.generic': 'dabigatrán',
    'medications.dabigatran.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.desirudin.generic': 'desirudina',
    'medications.desirudin.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.lepirudin.generic': 'lepirudina',
    'medications.lepirudin.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.argatroban.generic': 'argatrobán',
    'medications.argatroban.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.melagatran.generic': 'melagatrán',
    'medications.melagatran.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.ximelagatran.generic': 'ximelagatrán',
    'medications.ximelagatran.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.bivalirudin.generic': 'bivalirudina',
    'medications.bivalirudin.description': 'un anticoagulante del tipo inhibidor directo de la trombina',
    'medications.heparin.generic': 'heparina',
    'medications.heparin.description': 'un anticoagulante que se inyecta',
    'medications.antithrombin.generic': 'antitrombina',
    'medications.antithrombin.description': 'un anticoagulante del grupo de la heparina',
    'medications.dalteparin.generic': 'dalteparina',
    'medications.dalteparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.enoxaparin.generic': 'enoxaparina',
    'medications.enoxaparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.nadroparin.generic': 'nadroparina',
    'medications.nadroparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.parnaparin.generic': 'parnaparina',
    'medications.parnaparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.reviparin.generic': 'reviparina',
    'medications.reviparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.danaparoid.generic': 'danaparoide',
    'medications.danaparoid.description': 'un anticoagulante del grupo de la heparina',
    'medications.tinzaparin.generic': 'tinzaparina',
    'medications.tinzaparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.sulodexide.generic': 'sulodexida',
    'medications.sulodexide.description': 'un anticoagulante del grupo de la heparina',
    'medications.bemiparin.generic': 'bemiparina',
    'medications.bemiparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.certoparin.generic': 'certoparina',
    'medications.certoparin.description':
      'un anticoagulante del tipo heparina de bajo peso molecular, que se inyecta',
    'medications.dermatan-sulfate.generic': 'dermatán sulfato',
    'medications.dermatan-sulfate.description': 'un anticoagulante del grupo de la heparina',
    'medications.fondaparinux.generic': 'fondaparinux',
    'medications.fondaparinux.description': 'un anticoagulante que se inyecta',
    'medications.blood-thinner-unsure.generic': 'un anticoagulante',
    'medications.blood-thinner-unsure.description': 'sin saber cuál',
    'medications.orlistat.generic': 'orlistat',
    'medications.orlistat.description':
      'un medicamento para perder peso que hace que parte de la grasa que come no se absorba',
    'medications.cholestyramine.generic': 'colestiramina',
    'medications.cholestyramine.description':
      'un medicamento para el colesterol del tipo secuestrante de ácidos biliares',
    'medications.colestipol.generic': 'colestipol',
    'medications.colestipol.description':
      'un medicamento para el colesterol del tipo secuestrante de ácidos biliares',
    'medications.colesevelam.generic': 'colesevelam',
    'medications.colesevelam.description':
      'un medicamento para el colesterol del tipo secuestrante de ácidos biliares',
    'medications.omega-3-acid-ethyl-esters.generic': 'ésteres etílicos de ácidos omega-3',
    'medications.omega-3-acid-ethyl-esters.description':
      'un medicamento con receta, hecho con aceite de pescado, para los triglicéridos altos',
    'medications.latanoprost.generic': 'latanoprost',
    'medications.latanoprost.description': 'gotas para los ojos contra el glaucoma',
    'medications.tofacitinib.generic': 'tofacitinib',
    'medications.tofacitinib.description':
      'un medicamento para la artritis reumatoide y algunas enfermedades del intestino',
    'medications.desogestrel-ethinylestradiol.generic': 'desogestrel con etinilestradiol',
    'medications.desogestrel-ethinylestradiol.description': 'un anticonceptivo oral combinado (la píldora)',
    'medications.carbidopa-levodopa.generic': 'carbidopa con levodopa',
    'medications.carbidopa-levodopa.description': 'un medicamento para la enfermedad de Parkinson',
    'medications.leuprorelin.generic': 'leuprorelina',
    'medications.leuprorelin.description':
      'un tratamiento hormonal inyectable que se usa para el cáncer de próstata',
    'medications.lovastatin.generic': 'lovastatina',
    'medications.lovastatin.description': 'un medicamento para el colesterol del tipo de las estatinas',
    'medications.repaglinide.generic': 'repaglinida',
    'medications.repaglinide.description': 'un medicamento para la diabetes',
    'medications.desloratadine.generic': 'desloratadina',
    'medications.desloratadine.description': 'un antihistamínico para la alergia',
    'medications.carvedilol.generic': 'carvedilol',
    'medications.carvedilol.description':
      'un medicamento para el corazón y la presión arterial del tipo de los betabloqueadores',
    'medications.metformin.generic': 'metformina',
    'medications.metformin.description': 'un medicamento para la diabetes',
    'medications.levothyroxine.generic': 'levotiroxina',
    'medications.levothyroxine.description': 'un medicamento con hormona tiroidea',
    'medications.atorvastatin.generic': 'atorvastatina',
    'medications.atorvastatin.description': 'un medicamento para el colesterol del tipo de las estatinas',
    'medications.lisinopril.generic': 'lisinopril',
    'medications.lisinopril.description':
      'un medicamento para la presión arterial del tipo inhibidor de la ECA',
    'medications.amlodipine.generic': 'amlodipino',
    'medications.amlodipine.description':
      'un medicamento para la presión arterial del tipo bloqueador de los canales de calcio',
    'medications.omeprazole.generic': 'omeprazol',
    'medications.omeprazole.description': 'un medicamento que hace que el estómago produzca menos ácido',
    'medications.phytomenadione.generic': 'fitomenadiona',
    'medications.phytomenadione.description': 'la propia vitamina K1; no es un anticoagulante',
    'medications.aspirin.generic': 'ácido acetilsalicílico',
    'medications.aspirin.description':
      'un analgésico que también se usa como antiagregante plaquetario; no es un anticoagulante',
    'medications.clopidogrel.generic': 'clopidogrel',
    'medications.clopidogrel.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.prasugrel.generic': 'prasugrel',
    'medications.prasugrel.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.ticagrelor.generic': 'ticagrelor',
    'medications.ticagrelor.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.dipyridamole.generic': 'dipiridamol',
    'medications.dipyridamole.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.cilostazol.generic': 'cilostazol',
    'medications.cilostazol.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.ticlopidine.generic': 'ticlopidina',
    'medications.ticlopidine.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.cangrelor.generic': 'cangrelor',
    'medications.cangrelor.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.vorapaxar.generic': 'vorapaxar',
    'medications.vorapaxar.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.triflusal.generic': 'triflusal',
    'medications.triflusal.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.indobufen.generic': 'indobufeno',
    'medications.indobufen.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.carbasalate-calcium.generic': 'carbasalato cálcico',
    'medications.carbasalate-calcium.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.picotamide.generic': 'picotamida',
    'medications.picotamide.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.abciximab.generic': 'abciximab',
    'medications.abciximab.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.eptifibatide.generic': 'eptifibatida',
    'medications.eptifibatide.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.tirofiban.generic': 'tirofibán',
    'medications.tirofiban.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.ditazole.generic': 'ditazol',
    'medications.ditazole.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.cloricromen.generic': 'cloricromeno',
    'medications.cloricromen.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.aloxiprin.generic': 'aloxiprina',
    'medications.aloxiprin.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.aspirin-dipyridamole.generic': 'ácido acetilsalicílico con dipiridamol',
    'medications.aspirin-dipyridamole.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.clopidogrel-aspirin.generic': 'clopidogrel con ácido acetilsalicílico',
    'medications.clopidogrel-aspirin.description':
      'un antiagregante plaquetario, que evita que las plaquetas se agrupen; no es un anticoagulante',
    'medications.aspirin-omeprazole.generic': 'ácido acetilsalicílico con omeprazol',
    'medications.aspirin-omeprazole.description':
      'un analgésico que también se usa como antiagregante plaquetario; no es un anticoagulante',
  },
};
