## status: needs-review
## organisation: its messages move here as its pages are converted (issue 14).

## Langue par défaut d'une institution

organisation-default-language-heading = Langues par défaut
organisation-default-language-intro = La langue des pages d'une institution pour les membres de son personnel qui n'en ont pas choisi, lorsque leur navigateur ne demande aucune langue proposée par Tutela.
organisation-default-language = Langue par défaut
organisation-default-language-none = Anglais (aucune langue par défaut)
organisation-default-language-save = Enregistrer la langue par défaut
organisation-default-language-saved = La langue par défaut a été enregistrée.
