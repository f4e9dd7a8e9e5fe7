## status: needs-review
## Organización: las instituciones de la instalación, el árbol de unidades
## de una institución (añadir, trasladar) y los cuerpos profesionales
## comunes a todas las instituciones (añadir, cambiar de nombre, retirar).
## Pendiente de revisión.

organisation-units-title = Unidades
organisation-cadres-title = Cuerpos profesionales
organisation-institutions-title = Instituciones

## Términos comunes a las tres páginas

organisation-name = Nombre
organisation-description = Descripción
organisation-slug = Identificador
organisation-code = Código
organisation-country = País
organisation-save = Guardar
organisation-required = Este campo es obligatorio.

## El árbol de unidades

organisation-units-heading = Unidades
organisation-unit-added = Se ha añadido la unidad.
organisation-unit-moved = Se ha trasladado la unidad, con todas las unidades que dependen de ella.
organisation-unit-add-heading = Añadir una unidad
organisation-unit-code-hint = Letras minúsculas, cifras y guiones, por ejemplo juzgado-este. Se utiliza en los archivos de personal.
organisation-unit-code-format = Utilice letras minúsculas, cifras y guiones, por ejemplo juzgado-este.
organisation-unit-name-missing = Indique el nombre de la unidad.
organisation-unit-above = Unidad superior
organisation-unit-top-level = Nivel superior (una nueva raíz)
organisation-unit-choose-above = Elija la unidad superior
organisation-unit-add = Añadir la unidad
organisation-unit-move-heading = Trasladar una unidad
organisation-unit-move-intro = La unidad se traslada con todas las unidades que dependen de ella; el personal permanece en sus unidades.
organisation-unit-to-move = Unidad que se traslada
organisation-unit-new-parent = Nueva unidad superior
organisation-unit-choose = Elija una unidad
organisation-unit-not-yours = Elija una unidad que usted administre.
organisation-unit-move = Trasladar la unidad

## Rechazos del registro, tal como los muestra un campo del formulario (una oración)

organisation-slug-taken = El identificador `{ $value }` ya está en uso.
organisation-code-taken = El código `{ $value }` ya está en uso en esta institución.
organisation-parent-elsewhere = La unidad superior no pertenece a esta institución.
organisation-move-across-institutions = Una unidad solo puede trasladarse dentro de su institución.
organisation-move-under-itself = Una unidad no puede colocarse bajo sí misma ni bajo una unidad que dependa de ella.
organisation-no-unit = Esa unidad no existe.
organisation-refused = { $reason }.

## Cuerpos profesionales

organisation-cadres-heading = Cuerpos profesionales
organisation-cadres-intro = El identificador de un cuerpo profesional es el nombre que le dan los archivos de cursos y de personal, por lo que nunca cambia. Un cuerpo profesional en uso no se elimina, se retira: desaparece de las listas y los registros que lo mencionan lo conservan.
organisation-cadres-saved = Guardado.
organisation-cadre-in-use =
    En uso · { $people ->
        [one] { $people } persona en activo
       *[other] { $people } personas en activo
    }
organisation-cadre-retired =
    Retirado · { $people ->
        [one] { $people } persona en activo
       *[other] { $people } personas en activo
    }
organisation-cadre-retire = Retirar
organisation-cadre-restore = Restablecer
organisation-cadre-add-heading = Añadir un cuerpo profesional
organisation-cadre-slug-hint = Letras minúsculas, cifras y guiones, por ejemplo inspector-de-trabajo. No podrá modificarse después.
organisation-cadre-slug-format = Utilice letras minúsculas, cifras y guiones, por ejemplo inspector-de-trabajo.
organisation-cadre-name-missing = Indique el nombre del cuerpo profesional.
organisation-cadre-add = Añadir el cuerpo profesional

## Instituciones

organisation-institutions-heading = Instituciones
organisation-institutions-intro = Cada institución solo ve su propio personal, sus unidades y sus registros. Como administrador de la instalación, usted puede actuar sobre cualquiera de ellas: su personal, su archivo de personal y sus unidades.
organisation-institution-added = Se ha añadido la institución.
organisation-institutions-caption = Instituciones
organisation-active-people = Personal en activo
organisation-manage = Gestionar
organisation-manage-people = Personal
organisation-manage-roster = Archivo de personal
organisation-manage-units = Unidades
organisation-institutions-none = Todavía no hay instituciones.
organisation-institution-add-heading = Añadir una institución
organisation-institution-slug-hint = Letras minúsculas, cifras y guiones, por ejemplo instituto-judicial.
organisation-institution-slug-format = Utilice letras minúsculas, cifras y guiones, por ejemplo instituto-judicial.
organisation-root-code = Código de su unidad principal
organisation-root-code-hint = Por ejemplo sede.
organisation-root-code-format = Utilice letras minúsculas, cifras y guiones, por ejemplo sede.
organisation-root-name = Nombre de su unidad principal
organisation-root-name-hint = Por ejemplo Sede central.
organisation-institution-add = Añadir la institución

## Idioma predeterminado de una institución

organisation-default-language-heading = Idiomas predeterminados
organisation-default-language-intro = El idioma de las páginas de una institución para el personal que no ha elegido ninguno, cuando su navegador no solicita ningún idioma que ofrezca Tutela.
organisation-default-language = Idioma predeterminado
organisation-default-language-none = Inglés (sin idioma predeterminado)
organisation-default-language-save = Guardar el idioma predeterminado
organisation-default-language-saved = Se ha guardado el idioma predeterminado.
