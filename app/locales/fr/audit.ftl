## status: needs-review
## Audit : la page du journal d'audit, ses filtres, la vérification de sa
## chaîne de hachage, et les modifications enregistrées par chaque entrée.
## À relire par un traducteur.

audit-title = Journal d'audit
audit-heading = Journal d'audit
audit-intro = Chaque modification des institutions, des unités, du personnel, des comptes, des rôles et des imports du fichier du personnel, de la plus récente à la plus ancienne. Les entrées ne peuvent pas être modifiées : chacune porte l'empreinte de la précédente.
audit-scoped = Vous voyez les entrées relatives au personnel, aux comptes et aux unités qui relèvent actuellement des unités que vous administrez.
audit-action = Action
audit-action-hint = Par exemple { $example }, ou { $prefix } pour toutes
audit-record = Dossier
audit-record-hint = Par exemple { $example }, ou { $kind }
audit-filter = Filtrer
audit-verify-link = Vérifier qu'aucune entrée n'a été modifiée ni supprimée
audit-sign-ins-link = Tentatives de connexion (le journal de sécurité)
audit-caption = Entrées du journal d'audit
audit-seq = N°
audit-when = Date
audit-who = Auteur
audit-changes = Modifications
audit-none = Aucune entrée ne correspond à ces filtres.
audit-older = Entrées plus anciennes

## La vérification de la chaîne (administrateurs du déploiement)

audit-verdict-intact =
    le journal d'audit est intègre : { $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    }, dernière empreinte { $hash }
audit-verdict-broken = le journal d'audit est rompu à l'entrée { $seq } : { $reason }
audit-verdict-key-needed = le journal d'audit ne peut pas être vérifié sans sa clé : dès l'entrée 1, il est chaîné avec la clé d'audit ; fournissez-la avec --audit-key ou TUTELA_AUDIT_KEY
audit-verdict-key-needed-after =
    le journal d'audit ne peut pas être vérifié sans sa clé : { $last_intact ->
        [1] l'entrée 1 est intègre
       *[other] les entrées 1 à { $last_intact } sont intègres
    }, mais à partir de l'entrée { $seq }, il est chaîné avec la clé d'audit ; fournissez-la avec --audit-key ou TUTELA_AUDIT_KEY
audit-break-missing = l'entrée { $seq } est manquante (l'entrée suivante présente est la { $next })
audit-break-does-not-follow = elle ne fait pas suite à l'entrée précédente (une entrée a été supprimée ou remplacée)
audit-break-keyed-too-early = c'est la première entrée chaînée avec la clé d'audit, mais ce n'est pas l'entrée qui inaugure la clé : les entrées précédentes ont été réécrites par une personne qui ne détenait pas la clé
audit-break-not-keyed = elle n'est pas chaînée avec la clé d'audit, alors que les entrées précédentes le sont : elle a été écrite par un Tutela démarré sans la clé, ou le journal a été réécrit à partir d'ici par une personne qui ne la détenait pas
audit-break-altered-keyed = son contenu ne correspond pas à son empreinte sous la clé d'audit fournie (l'entrée a été modifiée, ou ce n'est pas la clé avec laquelle le journal est chaîné)
audit-break-altered = son contenu ne correspond pas à son empreinte (l'entrée a été modifiée)
audit-break-checkpoint-differs = son empreinte n'est pas celle que le point de contrôle { $checkpoint } avait relevée : le journal a été réécrit à cette entrée ou avant
audit-break-ends-early =
    le journal s'arrête à l'entrée { $entries }, alors que { $written ->
        [one] { $written } entrée a été écrite
       *[other] { $written } entrées ont été écrites
    } ; les dernières entrées ont été supprimées
audit-break-too-many =
    le journal contient { $entries ->
        [one] { $entries } entrée
       *[other] { $entries } entrées
    }, alors que { $written } ont été écrites ; des entrées ont été ajoutées à l'insu de Tutela
audit-break-last-replaced = son empreinte n'est pas celle enregistrée lors de son écriture : la dernière entrée a été remplacée
audit-break-no-keyed-entry = aucune entrée n'est chaînée avec la clé d'audit fournie : le journal a été écrit par un Tutela sans la clé, ou réécrit par une personne qui ne la détenait pas
audit-break-ends-before-checkpoint = le journal s'arrête à l'entrée { $entries }, avant l'entrée { $seq } du point de contrôle { $checkpoint } : des entrées ont été supprimées

## Auteur d'une modification, lorsque ce n'est pas le compte d'une personne

audit-actor-sign-in-limit = système : limite de connexion
audit-actor-audit-key = système : clé d'audit
audit-actor-demo = système : démonstration Tutela
audit-actor-command-line = ligne de commande : { $user }

## Les modifications : une ligne par champ

audit-change-from-to = { $field } : { $before } → { $after }
audit-change = { $field } : { $value }
audit-role-granted = rôle attribué : { $role } sur { $unit }
audit-role-granted-everywhere = rôle attribué : { $role } sur l'ensemble du déploiement
audit-role-granted-no-unit = rôle attribué : { $role }
audit-role-revoked = rôle retiré : { $role }
audit-role-unknown = un rôle
audit-cadre-retired = retiré : ne figure plus dans les listes
audit-cadre-restored = rétabli dans les listes

## Faits que le registre enregistre sous forme de codes, chacun sur sa ligne

audit-fact-password-changed = mot de passe modifié
audit-fact-password-set-by-link = mot de passe défini avec un lien
audit-fact-every-session-ended = toutes les sessions fermées
audit-fact-other-sessions-ended = autres sessions fermées
audit-fact-locked-by-administrator = verrouillé jusqu'à ce qu'un administrateur le déverrouille
audit-fact-links-withdrawn = liens inutilisés retirés

## Les champs des dossiers

audit-field-staff-number = matricule
audit-field-given-name = prénom
audit-field-family-name = nom de famille
audit-field-email = adresse électronique
audit-field-cadre = corps professionnel
audit-field-unit = unité
audit-field-status = situation
audit-field-hire-date = date d'entrée en fonction
audit-field-left-on = date de départ
audit-field-reason = motif
audit-field-slug = identifiant
audit-field-name = nom
audit-field-description = description
audit-field-country = pays
audit-field-code = code
audit-field-path = chemin
audit-field-retired = retiré
audit-field-parent-id = unité de rattachement (n°)
audit-field-unit-id = unité (n°)
audit-field-person-id = personne (n°)
audit-field-grant = attribution (n°)
audit-field-role = rôle
audit-field-units-moved = unités déplacées
audit-field-password = mot de passe
audit-field-password-set = mot de passe défini
audit-field-purpose = objet
audit-field-failed-attempts = tentatives infructueuses
audit-field-locked = verrouillé
audit-field-locked-until = verrouillé jusqu'au
audit-field-against-address = depuis l'adresse
audit-field-sessions = sessions
audit-field-other-sessions = autres sessions
audit-field-sessions-ended = sessions fermées
audit-field-links-withdrawn = liens retirés
audit-field-links = liens
audit-field-expires-at = expire le
audit-field-default-locale = langue par défaut
audit-field-chained-with = chaîné avec
audit-field-file = fichier
audit-field-rows = lignes
audit-field-joiners = arrivées
audit-field-movers = mutations
audit-field-leavers = départs
audit-field-rejoiners = retours
audit-field-updated = mises à jour
audit-field-unchanged = inchangées
audit-field-complete = fichier complet
audit-field-as-of = en date du

## Les valeurs que Tutela enregistre lui-même

audit-value-none = aucun
audit-value-yes = oui
audit-value-no = non
audit-value-active = en activité
audit-value-left = parti
audit-value-activate = activation
audit-value-reset = réinitialisation
audit-value-set-with-invitation = défini avec un lien d'invitation
audit-value-ended = fermées
audit-value-withdrawn = retirés
audit-value-locked-until-unlocked = jusqu'à ce qu'un administrateur le déverrouille
audit-value-absent-from-roster = absent d'un fichier du personnel complet
