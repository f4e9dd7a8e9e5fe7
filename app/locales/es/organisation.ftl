## status: needs-review
## organisation: its messages move here as its pages are converted (issue 14).

## Idioma predeterminado de una institución

organisation-default-language-heading = Idiomas predeterminados
organisation-default-language-intro = El idioma de las páginas de una institución para el personal que no ha elegido ninguno, cuando su navegador no solicita ningún idioma que ofrezca Tutela.
organisation-default-language = Idioma predeterminado
organisation-default-language-none = Inglés (sin idioma predeterminado)
organisation-default-language-save = Guardar el idioma predeterminado
organisation-default-language-saved = Se ha guardado el idioma predeterminado.
