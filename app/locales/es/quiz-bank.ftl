## status: needs-review
## Cuestionarios: el banco de preguntas de un curso subido en el navegador por
## un autor, su vista previa y su publicación. Pendiente de revisión.

quiz-bank-denied-not-an-author = Los bancos de preguntas contienen las respuestas de cada curso y el cuestionario de cada institución: los suben los autores de toda la instalación y los administradores de la instalación. Pida esa función a un administrador de la instalación.
quiz-bank-enrolled = Está inscrito en este curso: su banco de preguntas, que contiene las respuestas, se abre cuando termine su inscripción.
quiz-bank-title = Banco de preguntas: { $course }
quiz-bank-heading = Banco de preguntas: { $course }
quiz-bank-link = Subir un banco de preguntas
quiz-bank-link-course = banco de preguntas de { $course }
quiz-bank-published-version = Versión publicada { $version }.
quiz-bank-published-questions =
    { $count ->
        [one] Su banco contiene { $count } pregunta.
       *[other] Su banco contiene { $count } preguntas.
    }
quiz-bank-no-quiz = Este curso no tiene configuración de cuestionario: viene del archivo quiz.toml de la carpeta del curso, importado con el curso. Añada uno allí primero; después podrá subir aquí un banco.
quiz-bank-source-browser = Su banco se subió en el navegador el { $when }.
quiz-bank-source-folder = Su banco viene de la carpeta del curso.
quiz-bank-draws-heading = Lo que sortea un intento
quiz-bank-draw =
    { $count ->
        [one] { $count } pregunta de la categoría { $category }
       *[other] { $count } preguntas de la categoría { $category }
    }
quiz-bank-download = Descargar el banco publicado (GIFT)
quiz-bank-upload-heading = Subir un banco nuevo
quiz-bank-upload-intro = El archivo sustituye todo el banco: todas las preguntas del curso, en el formato GIFT de Moodle. Verá lo que cambia antes de publicar nada. La configuración del cuestionario sigue siendo la de la versión publicada, y cada categoría sorteada debe contener suficientes preguntas.
quiz-bank-file = Banco de preguntas (archivo GIFT)
quiz-bank-file-hint = Un archivo de texto UTF-8 de 2 MiB y 5000 preguntas como máximo.
quiz-bank-preview-button = Ver los cambios
quiz-bank-choose-file = Elija un archivo GIFT para subir.
quiz-bank-too-large = El archivo supera 2 MiB, el máximo de un banco de preguntas.
quiz-bank-not-utf8 = El archivo no es texto UTF-8: guárdelo en UTF-8 y súbalo de nuevo.

quiz-bank-back = Volver al banco de preguntas del curso
quiz-bank-preview-heading = { $file } para { $course }
quiz-bank-preview-facts = Subido el { $when }, comparado con la versión { $based }; la versión publicada es la { $published }.
quiz-bank-counts-heading = Lo que cambiaría
quiz-bank-count-questions = Preguntas del archivo
quiz-bank-count-added = Añadidas
quiz-bank-count-changed = Modificadas
quiz-bank-count-unchanged = Sin cambios
quiz-bank-count-removed = Retiradas
quiz-bank-count-problems = Problemas
quiz-bank-categories-heading = Preguntas de cada categoría de la que el cuestionario extrae
quiz-bank-category = Categoría
quiz-bank-before = Publicadas
quiz-bank-after = En el archivo
quiz-bank-verdict-ready = Ningún problema: al publicarlo se crea una nueva versión del curso con estas preguntas. Los alumnos que no han empezado el curso pasan a ella.
quiz-bank-verdict-problems = El archivo tiene problemas: corríjalos y súbalo de nuevo. No se puede publicar nada de él.
quiz-bank-verdict-nothing = El archivo contiene las mismas preguntas que el banco publicado: no hay nada que publicar.
quiz-bank-verdict-stale = Se publicó otra versión del curso después de esta carga: suba de nuevo el archivo para compararlo con ella.
quiz-bank-verdict-expired = Esta carga tiene más de 7 días: suba de nuevo el archivo.
quiz-bank-verdict-applied = Publicado como versión { $version } del curso.
quiz-bank-apply = Publicar como nueva versión
quiz-bank-problems-heading = Problemas
quiz-bank-problems-intro = Cada problema con su archivo y su línea, en las palabras de la importación (en inglés, como en la línea de órdenes).
quiz-bank-file-column = Archivo
quiz-bank-line = Línea
quiz-bank-problem = Problema
quiz-bank-no-problems = Ningún problema.
quiz-bank-more-problems =
    { $count ->
        [one] { $count } problema más no aparece en la lista.
       *[other] { $count } problemas más no aparecen en la lista.
    }
quiz-bank-questions-heading = Preguntas comparadas con el banco publicado
quiz-bank-change = Cambio
quiz-bank-question = Pregunta
quiz-bank-text = Texto
quiz-bank-no-questions = Ninguna pregunta.
quiz-bank-more-questions =
    { $count ->
        [one] { $count } pregunta más no aparece en la lista.
       *[other] { $count } preguntas más no aparecen en la lista.
    }
quiz-bank-change-word =
    { $change ->
        [added] Añadida
        [changed] Modificada
        [removed] Retirada
       *[unchanged] Sin cambios
    }
