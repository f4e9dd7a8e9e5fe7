-- Courses in other languages than their source, and the glossary's terms
-- in other languages (content/README.md, "Translations").
--
-- A translation is not a course version: learners' progress and
-- completion belong to the version, whatever language they read it in.
-- So translations are kept per course and language, replaced when their
-- text changes (no immutability trigger), and each records the source
-- version it translates, so a reader can be told when the source moved on.

-- One course in one language: what the outline shows, and which source
-- version (`translates`, a version_no) the text was made from. text_hash
-- is the SHA-256 of the translation's text (titles, summary, lessons), not
-- of its status: the import replaces the rows only when it changes.
CREATE TABLE course_translations (
    course_id   BIGINT  NOT NULL REFERENCES courses (id),
    language    TEXT    NOT NULL,
    title       TEXT    NOT NULL,
    summary     TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('needs-review', 'reviewed')),
    translates  BIGINT  NOT NULL,
    text_hash   TEXT    NOT NULL,
    updated_at  BIGINT  NOT NULL,
    PRIMARY KEY (course_id, language)
);

-- A module's title in the translation's language, by the module's slug
-- (a module without one shows the source's title).
CREATE TABLE module_translations (
    course_id    BIGINT  NOT NULL,
    language     TEXT    NOT NULL,
    module_slug  TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    PRIMARY KEY (course_id, language, module_slug),
    FOREIGN KEY (course_id, language) REFERENCES course_translations (course_id, language)
);

-- A lesson in the translation's language, by the slug of the lesson it
-- translates, rendered and sanitised at import exactly like lessons.
CREATE TABLE lesson_translations (
    course_id    BIGINT  NOT NULL,
    language     TEXT    NOT NULL,
    lesson_slug  TEXT    NOT NULL,
    title        TEXT    NOT NULL,
    body_html    TEXT    NOT NULL,
    toc_json     TEXT    NOT NULL,
    word_count   BIGINT  NOT NULL,
    PRIMARY KEY (course_id, language, lesson_slug),
    FOREIGN KEY (course_id, language) REFERENCES course_translations (course_id, language)
);

-- A glossary term in another language, by the term's position; replaced
-- with the glossary as a whole.
CREATE TABLE glossary_translations (
    position    BIGINT  NOT NULL REFERENCES glossary_terms (position),
    language    TEXT    NOT NULL,
    term        TEXT    NOT NULL,
    meaning     TEXT    NOT NULL,
    avoid_json  TEXT    NOT NULL,
    reason      TEXT    NOT NULL,
    note        TEXT    NOT NULL,
    PRIMARY KEY (position, language)
);
