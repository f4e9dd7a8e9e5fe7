## status: complete
## organisation: its messages move here as its pages are converted (issue 14).

## An institution's default language

organisation-default-language-heading = Default languages
organisation-default-language-intro = The language of an institution's pages for its people who have not chosen one, when their browser asks for none that Tutela speaks.
organisation-default-language = Default language
organisation-default-language-none = English (no default set)
organisation-default-language-save = Save the default language
organisation-default-language-saved = The default language was saved.
