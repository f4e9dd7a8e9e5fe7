-- Languages. An account's own choice of the interface's language (a
-- locale code such as 'fr'; NULL: none, so the language menu's cookie, the
-- browser's Accept-Language, then the institution's default decide), and
-- an institution's default language for its people (NULL: English).
ALTER TABLE accounts ADD COLUMN locale TEXT;
ALTER TABLE institutions ADD COLUMN default_locale TEXT;
