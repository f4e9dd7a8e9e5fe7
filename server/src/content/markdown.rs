//! Lesson Markdown to safe HTML.
//!
//! pulldown-cmark renders (tables, footnotes, strikethrough); headings get
//! stable anchors; links between lessons are checked and rewritten; then
//! ammonia removes anything executable. The result is what gets stored:
//! nothing downstream sanitises again, so nothing may skip this function.

use std::collections::{BTreeSet, HashSet};
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use tutela_app::model::TocEntry;

/// A lesson rendered and sanitised, ready to store.
#[derive(Debug, Clone)]
pub struct RenderedLesson {
    pub title: String,
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    pub word_count: i64,
}

/// A problem in a lesson's Markdown, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

/// Renders one lesson. `lesson_slugs` are the lessons of the same course,
/// which relative links may name (as `03-next.md`, `../02-module/03-next.md`
/// or `next`).
pub fn render_lesson(source: &str, lesson_slugs: &BTreeSet<String>) -> Result<RenderedLesson, MarkdownProblem> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let mut events: Vec<(Event, usize)> =
        Parser::new_ext(source, options()).into_offset_iter().map(|(e, r)| (e, r.start)).collect();

    let title = take_title(&mut events).ok_or_else(|| MarkdownProblem {
        line: 1,
        message: "a lesson must start with its title on a line of its own, like `# What this lesson covers`".into(),
    })?;

    let mut toc = Vec::new();
    let mut used_anchors = HashSet::new();
    let mut word_count = 0i64;
    let mut index = 0;
    while index < events.len() {
        let offset = events[index].1;
        match &events[index].0 {
            Event::Start(Tag::Heading { level, .. }) => {
                let level = *level;
                let text = heading_text(&events[index + 1..]);
                let anchor = unique_anchor(&slugify(&text), &mut used_anchors);
                if matches!(level, HeadingLevel::H2 | HeadingLevel::H3) {
                    let anchor = format!("{ID_PREFIX}{anchor}");
                    toc.push(TocEntry { level: level as u8, anchor, text });
                }
                if let Event::Start(Tag::Heading { id, .. }) = &mut events[index].0 {
                    *id = Some(CowStr::from(anchor));
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => {
                let rewritten = internal_link(dest_url, lesson_slugs)
                    .map_err(|message| MarkdownProblem { line: line_of(offset), message })?;
                if let Some(rewritten) = rewritten
                    && let Event::Start(Tag::Link { dest_url, .. }) = &mut events[index].0
                {
                    *dest_url = CowStr::from(rewritten);
                }
            }
            Event::Text(text) | Event::Code(text) => {
                word_count += text.split_whitespace().count() as i64;
            }
            _ => {}
        }
        index += 1;
    }

    let mut html = String::with_capacity(source.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter().map(|(event, _)| event));
    Ok(RenderedLesson { title, body_html: sanitise(&html), toc, word_count })
}

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Removes the leading `# Title` heading and returns its text.
fn take_title(events: &mut Vec<(Event, usize)>) -> Option<String> {
    match events.first() {
        Some((Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }), _)) => {}
        _ => return None,
    }
    let end = events.iter().position(|(event, _)| matches!(event, Event::End(TagEnd::Heading(_))))?;
    let title = heading_text(&events[1..end]);
    events.drain(..=end);
    let title = title.trim().to_string();
    (!title.is_empty()).then_some(title)
}

fn heading_text(events: &[(Event, usize)]) -> String {
    let mut text = String::new();
    for (event, _) in events {
        match event {
            Event::End(TagEnd::Heading(_)) => break,
            Event::Text(t) | Event::Code(t) => text.push_str(t),
            _ => {}
        }
    }
    text
}

/// A heading's anchor: lower case letters and digits joined by hyphens.
pub fn slugify(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let slug = slug.trim_end_matches('-').to_string();
    if slug.is_empty() { "section".into() } else { slug }
}

fn unique_anchor(base: &str, used: &mut HashSet<String>) -> String {
    let mut anchor = base.to_string();
    let mut n = 2;
    while !used.insert(anchor.clone()) {
        anchor = format!("{base}-{n}");
        n += 1;
    }
    anchor
}

/// For a link to another lesson of the course, the relative address it
/// should have (so links inside an old version stay inside it); `None`
/// for links that leave the course or point within the page.
fn internal_link(dest: &str, lesson_slugs: &BTreeSet<String>) -> Result<Option<String>, String> {
    let is_external = dest.is_empty()
        || dest.starts_with('#')
        || dest.starts_with('/')
        || dest.starts_with("//")
        || dest.contains(':');
    if is_external {
        return Ok(None);
    }
    let (path, fragment) = match dest.split_once('#') {
        Some((path, fragment)) => (path, Some(fragment)),
        None => (dest, None),
    };
    let file = path.trim_end_matches('/').rsplit('/').next().unwrap_or(path);
    let stem = file.strip_suffix(".md").unwrap_or(file);
    let slug = crate::content::strip_order_prefix(stem);
    if !lesson_slugs.contains(slug) {
        return Err(format!("the link `{dest}` names a lesson `{slug}` that this course does not have"));
    }
    Ok(Some(match fragment {
        Some(fragment) => format!("{slug}#{ID_PREFIX}{fragment}"),
        None => slug.to_string(),
    }))
}

/// What every `id` in a lesson's text begins with, so that no heading or
/// raw HTML an author writes can take an id of the page around it (`main`,
/// the footer's `language`, the islands' script data). Links within the
/// text (`#part`, footnotes) are prefixed alike.
const ID_PREFIX: &str = "c-";

/// The one place where HTML becomes safe to serve.
pub fn sanitise(html: &str) -> String {
    static CLEANER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
        let mut builder = ammonia::Builder::default();
        for tag in ["h1", "h2", "h3", "h4", "h5", "h6", "div", "li"] {
            builder.add_tag_attributes(tag, ["id"]);
        }
        builder
            .add_allowed_classes("sup", ["footnote-reference", "footnote-definition-label"])
            .add_allowed_classes("div", ["footnote-definition"])
            .id_prefix(Some(ID_PREFIX))
            .link_rel(Some("noopener noreferrer"))
            .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect());
        builder
    });
    CLEANER.clean(html).to_string().replace("href=\"#", &format!("href=\"#{ID_PREFIX}"))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::{render_lesson, slugify};

    #[test]
    fn anchors_are_readable_and_unique() {
        assert_eq!(slugify("Why words matter"), "why-words-matter");
        assert_eq!(slugify("Cross-border requests (MLA)"), "cross-border-requests-mla");
        assert_eq!(slugify("¿Qué es?"), "qué-es");
        assert_eq!(slugify("!!!"), "section");
        let lesson = render_lesson("# T\n\n## Same\n\n## Same\n", &BTreeSet::new()).unwrap();
        let anchors: Vec<_> = lesson.toc.iter().map(|entry| entry.anchor.as_str()).collect();
        assert_eq!(anchors, ["c-same", "c-same-2"]);
        assert!(lesson.body_html.contains(r#"<h2 id="c-same">"#), "{}", lesson.body_html);
        let hostile = render_lesson("# T\n\n<div id=\"main\">x</div>\n", &BTreeSet::new()).unwrap();
        assert!(hostile.body_html.contains(r#"id="c-main""#), "{}", hostile.body_html);
    }

    #[test]
    fn links_to_lessons_become_relative_and_others_stay() {
        let slugs: BTreeSet<String> = ["first".to_string(), "second".to_string()].into();
        let source = "# T\n\n[a](02-second.md) [b](../01-m/01-first.md#part) [c](https://example.org) [d](#here)\n";
        let html = render_lesson(source, &slugs).unwrap().body_html;
        assert!(html.contains(r#"href="second""#), "{html}");
        assert!(html.contains(r#"href="first#c-part""#), "{html}");
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(html.contains(r##"href="#c-here""##), "{html}");
    }
}
