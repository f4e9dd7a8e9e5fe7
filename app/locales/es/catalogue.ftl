## status: needs-review
## Catálogo: la página de inicio (los cuerpos profesionales), los cursos de
## un cuerpo profesional y su filtro, el índice de un curso, una lección y
## la página del glosario. Los cursos y el glosario son contenido, que se
## traduce en content/. Pendiente de revisión.

catalogue-glossary-title = Glosario terminológico
catalogue-breadcrumb = Ruta de navegación
catalogue-crumb-cadres = Cuerpos profesionales
catalogue-list-one = { $item }
catalogue-list = { $list }, { $item }

## Inicio

catalogue-home-heading = Formación para los profesionales que protegen a los niños
catalogue-home-intro = Tutela mantiene la formación de policías, fiscales, jueces, trabajadores sociales y orientadores de líneas de ayuda dentro de la institución que los forma: los cursos que cada cuerpo profesional debe seguir antes y durante el ejercicio de sus funciones, las evaluaciones, los certificados y su vencimiento.
catalogue-home-choose = Elija su cuerpo profesional
catalogue-course-count =
    { $count ->
        [one] { $count } curso
       *[other] { $count } cursos
    }

## Los cursos de un cuerpo profesional

catalogue-cadre-facts =
    { $count ->
        [one] { $count } curso
       *[other] { $count } cursos
    }: { $pre } de formación inicial, { $serving } de formación continua
catalogue-courses-heading = Cursos
catalogue-filter-label = Filtrar los cursos
catalogue-filter-button = Filtrar
catalogue-filter-none = Ningún curso coincide con este filtro.
catalogue-course-facts =
    { $stage } · { $hours } · { $lessons ->
        [one] { $lessons } lección
       *[other] { $lessons } lecciones
    }
catalogue-stage =
    { $stage ->
        [pre-service] Formación inicial
       *[in-service] Formación continua
    }

## El índice de un curso

catalogue-audience = Destinatarios
catalogue-stage-label = Etapa
catalogue-estimated-time = Duración estimada
catalogue-version = Versión
catalogue-start = Empezar el curso
catalogue-contents = Contenido

## Una lección

catalogue-old-version = Está leyendo la versión { $version } de este curso. La versión vigente es la { $current }.
catalogue-read-current = Leer la versión vigente
catalogue-toc = En esta página
catalogue-previous = Anterior
catalogue-next = Siguiente
catalogue-lessons-nav = Lecciones
catalogue-reading-time = Unos { $minutes } min de lectura
catalogue-adaptation-pending = Su institución añadirá aquí la legislación, los procedimientos y los contactos nacionales que se aplican a esta lección. Mientras tanto, consulte a su formador o a su supervisor.

## El glosario

catalogue-glossary-heading = Glosario terminológico
catalogue-glossary-intro = Los términos que emplean los cursos de Tutela, según las Orientaciones Terminológicas de Luxemburgo (2016): qué significa cada término, qué palabras evitar en su lugar y por qué. Cite una ley por su título aunque el título emplee un término más antiguo.
catalogue-glossary-empty = Todavía no se ha publicado ningún glosario.
catalogue-glossary-avoid = Evitar:
catalogue-glossary-avoid-line = { $words }. { $reason }
catalogue-glossary-note = Emplear con cautela:

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Leer en:
catalogue-languages = Idiomas
catalogue-not-translated = Aún no está traducido al { $wanted }; se muestra en { $shown }.
catalogue-stale = Traducción de la versión { $translates }; la versión { $current } en { $source } es más reciente.
catalogue-read-source = Leer la versión en { $source }
catalogue-translation = Traducción
catalogue-translation-status =
    { $status ->
        [reviewed] revisada
       *[needs-review] pendiente de revisión
    }
catalogue-language-en = inglés
catalogue-language-fr = francés
catalogue-language-es = español
catalogue-language-pt = portugués
catalogue-language-ar = árabe
