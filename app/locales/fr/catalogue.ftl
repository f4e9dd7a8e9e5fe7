## status: needs-review
## Catalogue : la page d'accueil (les corps professionnels), les cours d'un
## corps professionnel et leur filtre, le plan d'un cours, une leçon et la
## page du glossaire. Les cours et le glossaire eux-mêmes sont du contenu,
## traduit dans content/. À relire par un traducteur.

catalogue-glossary-title = Glossaire terminologique
catalogue-breadcrumb = Fil d'Ariane
catalogue-crumb-cadres = Corps professionnels
catalogue-list-one = { $item }
catalogue-list = { $list }, { $item }

## Accueil

catalogue-home-heading = La formation des professionnels qui protègent les enfants
catalogue-home-intro = Tutela maintient la formation des policiers, des procureurs, des juges, des travailleurs sociaux et des écoutants des lignes d'assistance au sein de l'institution qui les forme : les cours que chaque corps professionnel doit suivre avant et pendant l'exercice de ses fonctions, les évaluations, les certificats et leur échéance.
catalogue-home-choose = Choisissez votre corps professionnel
catalogue-course-count =
    { $count ->
        [one] { $count } cours
       *[other] { $count } cours
    }

## Les cours d'un corps professionnel

catalogue-cadre-facts =
    { $count ->
        [one] { $count } cours
       *[other] { $count } cours
    } : { $pre } en formation initiale, { $serving } en formation continue
catalogue-courses-heading = Cours
catalogue-filter-label = Filtrer les cours
catalogue-filter-button = Filtrer
catalogue-filter-none = Aucun cours ne correspond à ce filtre.
catalogue-course-facts =
    { $stage } · { $hours } · { $lessons ->
        [one] { $lessons } leçon
       *[other] { $lessons } leçons
    }
catalogue-stage =
    { $stage ->
        [pre-service] Formation initiale
       *[in-service] Formation continue
    }

## Le plan d'un cours

catalogue-audience = Public
catalogue-stage-label = Étape
catalogue-estimated-time = Durée estimée
catalogue-version = Version
catalogue-start = Commencer le cours
catalogue-contents = Sommaire

## Une leçon

catalogue-old-version = Vous lisez la version { $version } de ce cours. La version en vigueur est la { $current }.
catalogue-read-current = Lire la version en vigueur
catalogue-toc = Sur cette page
catalogue-previous = Précédente
catalogue-next = Suivante
catalogue-lessons-nav = Leçons
catalogue-reading-time = Environ { $minutes } min de lecture
catalogue-adaptation-pending = Votre institution ajoutera ici la législation, les procédures et les contacts nationaux qui s'appliquent à cette leçon. D'ici là, adressez-vous à votre formateur ou à votre supérieur.

## Le glossaire

catalogue-glossary-heading = Glossaire terminologique
catalogue-glossary-intro = Les termes qu'emploient les cours de Tutela, d'après les Lignes directrices de Luxembourg (2016) : le sens de chaque terme, les mots à éviter à sa place, et pourquoi. Citez une loi par son titre, même lorsque ce titre emploie un terme plus ancien.
catalogue-glossary-empty = Aucun glossaire n'a encore été publié.
catalogue-glossary-avoid = À éviter :
catalogue-glossary-avoid-line = { $words }. { $reason }
catalogue-glossary-note = À employer avec prudence :

## Course languages (catalogue/languages.rs): the "Read in" links above a
## course page or the glossary, and the notices about its translation.

catalogue-read-in = Lire en :
catalogue-languages = Langues
catalogue-not-translated = Pas encore traduit en { $wanted } ; affiché en { $shown }.
catalogue-stale = Traduction de la version { $translates } ; la version { $current } en { $source } est plus récente.
catalogue-read-source = Lire la version en { $source }
catalogue-translation = Traduction
catalogue-translation-status =
    { $status ->
        [reviewed] relue
       *[needs-review] en attente de relecture
    }
catalogue-language-en = anglais
catalogue-language-fr = français
catalogue-language-es = espagnol
catalogue-language-pt = portugais
catalogue-language-ar = arabe
