//! Which language a course page or the glossary is shown in: the reader's
//! when a translation exists, else the source (with a notice). The
//! loaders read the source and the published translations from the store
//! and these functions put the translation over the source, so the views
//! only show what they are given.

use crate::i18n::Locale;
use crate::model::{CourseOutline, Glossary, GlossaryEntry, GlossaryTerm, LessonLink, LessonPage, Reading};
use crate::store::{CourseTranslation, GlossaryTranslation, TranslatedLesson};

/// The locale a language code names exactly (`fr`; not `FR` nor `fr-CA`):
/// the codes of content files, of the database and of `?lang=`.
pub fn locale_of(code: &str) -> Option<Locale> {
    Locale::ALL.into_iter().find(|locale| locale.code() == code)
}

/// The language a reader wants (`?lang=` when it names one, else their
/// own) and the one `?lang=` chose, if any.
pub fn wanted(lang_query: Option<&str>, reader: Locale) -> (Locale, Option<Locale>) {
    match lang_query.and_then(locale_of) {
        Some(chosen) => (chosen, Some(chosen)),
        None => (reader, None),
    }
}

/// The source, then each language of `codes` (in [`Locale::ALL`]'s order).
fn offered<'a>(source: Locale, codes: impl Iterator<Item = &'a str>) -> Vec<Locale> {
    let codes: Vec<&str> = codes.collect();
    let mut offered = vec![source];
    offered.extend(Locale::ALL.into_iter().filter(|l| *l != source && codes.contains(&l.code())));
    offered
}

fn reading(source: Locale, offered: Vec<Locale>, wanted: Locale, chosen: Option<Locale>) -> Reading {
    Reading { shown: source, wanted, source, offered, chosen, stale: None, status: None }
}

/// The outline of the published version in `wanted`, where a translation
/// into it exists; module and lesson titles left untranslated keep the
/// source's, marked with its language.
pub fn outline_in(
    mut outline: CourseOutline,
    translations: &[CourseTranslation],
    wanted: Locale,
    chosen: Option<Locale>,
) -> CourseOutline {
    let source = locale_of(&outline.language).unwrap_or_default();
    let offered = offered(source, translations.iter().map(|t| t.language.as_str()));
    outline.reading = reading(source, offered, wanted, chosen);
    let Some(translation) = translations.iter().find(|t| t.language == wanted.code()).filter(|_| wanted != source)
    else {
        return outline;
    };
    outline.title = translation.title.clone();
    outline.summary = translation.summary.clone();
    outline.language = wanted.code().to_string();
    for module in &mut outline.modules {
        match translation.modules.get(&module.slug) {
            Some(title) => module.title = title.clone(),
            None => module.lang = Some(source),
        }
        for lesson in &mut module.lessons {
            translate_link(lesson, translation, source);
        }
    }
    outline.reading.shown = wanted;
    outline.reading.stale = stale(translation, outline.version_no);
    outline.reading.status = Some(translation.status);
    outline
}

/// A lesson of the published version in `wanted`, where it is translated
/// (`lesson` is its translation, if the loader found one). An old version
/// is shown as it is ([`Reading::source_only`]).
/// Links to the course's other lessons in its text keep the language
/// `?lang=` chose, like the previous and next links.
pub fn lesson_in(
    page: LessonPage,
    translations: &[CourseTranslation],
    lesson: Option<TranslatedLesson>,
    wanted: Locale,
    chosen: Option<Locale>,
) -> LessonPage {
    let mut page = put_over(page, translations, lesson, wanted, chosen);
    if chosen.is_some() {
        page.body_html = carry_query(&page.body_html, &page.reading.query());
    }
    page
}

fn put_over(
    mut page: LessonPage,
    translations: &[CourseTranslation],
    lesson: Option<TranslatedLesson>,
    wanted: Locale,
    chosen: Option<Locale>,
) -> LessonPage {
    let source = locale_of(&page.language).unwrap_or_default();
    let offered = offered(
        source,
        translations.iter().filter(|t| t.lessons.contains_key(&page.slug)).map(|t| t.language.as_str()),
    );
    page.reading = reading(source, offered, wanted, chosen);
    let translation = translations.iter().find(|t| t.language == wanted.code()).filter(|_| wanted != source);
    let (Some(translation), Some(lesson)) = (translation, lesson) else { return page };
    page.course_title = translation.title.clone();
    if let Some(title) = translation.modules.get(&page.module_slug) {
        page.module_title = title.clone();
    }
    page.title = lesson.title;
    page.body_html = lesson.body_html;
    page.toc = lesson.toc;
    page.word_count = lesson.word_count;
    page.language = wanted.code().to_string();
    for link in page.previous.iter_mut().chain(page.next.iter_mut()) {
        translate_link(link, translation, source);
    }
    page.reading.shown = wanted;
    page.reading.stale = stale(translation, page.current_version_no);
    page.reading.status = Some(translation.status);
    page
}

/// `html` (a lesson's sanitised body) with `query` (`?lang=fr`) added to
/// every link to another lesson of the course: the import writes those as
/// a bare slug (`href="next-lesson"` or `href="next-lesson#part"`), never
/// with a scheme, a slash or a query of their own.
fn carry_query(html: &str, query: &str) -> String {
    const HREF: &str = "href=\"";
    let mut out = String::with_capacity(html.len() + 64);
    let mut rest = html;
    while let Some(at) = rest.find(HREF) {
        let (before, after) = rest.split_at(at + HREF.len());
        out.push_str(before);
        let end = after.find('"').unwrap_or(after.len());
        let href = &after[..end];
        let (path, fragment) = href.split_once('#').map_or((href, None), |(p, f)| (p, Some(f)));
        let is_lesson =
            !path.is_empty() && path.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
        out.push_str(path);
        if is_lesson {
            out.push_str(query);
        }
        if let Some(fragment) = fragment {
            out.push('#');
            out.push_str(fragment);
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

/// Whether the loader should look for `wanted`'s translation of the lesson.
pub fn lesson_wanted(page: &LessonPage, translations: &[CourseTranslation], wanted: Locale) -> bool {
    wanted.code() != page.language
        && translations.iter().any(|t| t.language == wanted.code() && t.lessons.contains_key(&page.slug))
}

fn translate_link(link: &mut LessonLink, translation: &CourseTranslation, source: Locale) {
    match translation.lessons.get(&link.slug) {
        Some(title) => link.title = title.clone(),
        None => link.lang = Some(source),
    }
}

fn stale(translation: &CourseTranslation, current: i64) -> Option<(i64, i64)> {
    (translation.translates < current).then_some((translation.translates, current))
}

/// The glossary in `wanted` where its terms are translated; a term left
/// untranslated shows in English, marked so.
pub fn glossary_in(
    terms: Vec<GlossaryTerm>,
    translations: Vec<GlossaryTranslation>,
    wanted: Locale,
    chosen: Option<Locale>,
) -> Glossary {
    let source = Locale::En;
    let offered = offered(source, translations.iter().map(|t| t.language.as_str()));
    let mut reading = reading(source, offered, wanted, chosen);
    let mut translated: Vec<Option<GlossaryTerm>> = vec![None; terms.len()];
    for translation in translations.into_iter().filter(|t| t.language == wanted.code() && wanted != source) {
        if let Some(slot) = translated.get_mut(translation.position) {
            *slot = Some(translation.term);
        }
    }
    if translated.iter().any(Option::is_some) {
        reading.shown = wanted;
    }
    let entries = terms
        .into_iter()
        .zip(translated)
        .map(|(term, translation)| match translation {
            Some(term) => GlossaryEntry { term, lang: None },
            None if reading.shown != source => GlossaryEntry { term, lang: Some(source) },
            None => GlossaryEntry { term, lang: None },
        })
        .collect();
    Glossary { entries, reading }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::model::{ModuleOutline, ServiceStage, TranslationStatus};

    fn link(slug: &str, title: &str) -> LessonLink {
        LessonLink { slug: slug.into(), title: title.into(), lang: None }
    }

    fn outline() -> CourseOutline {
        CourseOutline {
            slug: "c".into(),
            version_no: 3,
            title: "Course".into(),
            summary: "Summary".into(),
            stage: ServiceStage::PreService,
            language: "en".into(),
            estimated_hours: 1.0,
            audience: Vec::new(),
            modules: vec![ModuleOutline {
                slug: "m".into(),
                title: "Module".into(),
                lang: None,
                lessons: vec![link("a", "Lesson A"), link("b", "Lesson B")],
            }],
            reading: Reading::default(),
            learning: None,
        }
    }

    fn french(translates: i64) -> CourseTranslation {
        CourseTranslation {
            language: "fr".into(),
            title: "Cours".into(),
            summary: "Résumé".into(),
            status: TranslationStatus::NeedsReview,
            translates,
            modules: BTreeMap::new(),
            lessons: [("a".to_string(), "Leçon A".to_string())].into(),
        }
    }

    #[test]
    fn a_translation_covers_what_it_translates_and_marks_the_rest() {
        let shown = outline_in(outline(), &[french(2)], Locale::Fr, None);
        assert_eq!((shown.title.as_str(), shown.language.as_str()), ("Cours", "fr"));
        let module = &shown.modules[0];
        assert_eq!((module.title.as_str(), module.lang), ("Module", Some(Locale::En)));
        assert_eq!((module.lessons[0].title.as_str(), module.lessons[0].lang), ("Leçon A", None));
        assert_eq!((module.lessons[1].title.as_str(), module.lessons[1].lang), ("Lesson B", Some(Locale::En)));
        assert_eq!(shown.reading.stale, Some((2, 3)));
        assert_eq!(shown.reading.offered, vec![Locale::En, Locale::Fr]);
        assert!(!shown.reading.untranslated());

        let spanish = outline_in(outline(), &[french(3)], Locale::Es, None);
        assert_eq!((spanish.title.as_str(), spanish.reading.shown), ("Course", Locale::En));
        assert!(spanish.reading.untranslated());
        assert_eq!(outline_in(outline(), &[french(3)], Locale::Fr, None).reading.stale, None);
    }

    #[test]
    fn only_an_exact_code_chooses_a_language() {
        assert_eq!(wanted(Some("fr"), Locale::En), (Locale::Fr, Some(Locale::Fr)));
        assert_eq!(wanted(Some("FR"), Locale::Ar), (Locale::Ar, None));
        assert_eq!(wanted(Some("xx"), Locale::En), (Locale::En, None));
        assert_eq!(wanted(None, Locale::Pt), (Locale::Pt, None));
    }

    #[test]
    fn links_to_other_lessons_keep_the_chosen_language_and_others_do_not() {
        let html = r##"<p><a href="next-lesson">a</a> <a href="02-part#why">b</a> <a href="#top">c</a> <a href="https://example.org/x" rel="noopener">d</a> <a href="/glossary">e</a></p>"##;
        assert_eq!(
            carry_query(html, "?lang=fr"),
            r##"<p><a href="next-lesson?lang=fr">a</a> <a href="02-part?lang=fr#why">b</a> <a href="#top">c</a> <a href="https://example.org/x" rel="noopener">d</a> <a href="/glossary">e</a></p>"##
        );
        assert_eq!(carry_query("no links", "?lang=fr"), "no links");
    }
}
