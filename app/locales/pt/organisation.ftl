## status: needs-review
## organisation: its messages move here as its pages are converted (issue 14).

## Idioma predefinido de uma instituição

organisation-default-language-heading = Idiomas predefinidos
organisation-default-language-intro = O idioma das páginas de uma instituição para o pessoal que não escolheu nenhum, quando o navegador não pede nenhum idioma que o Tutela ofereça.
organisation-default-language = Idioma predefinido
organisation-default-language-none = Inglês (sem idioma predefinido)
organisation-default-language-save = Guardar o idioma predefinido
organisation-default-language-saved = O idioma predefinido foi guardado.
