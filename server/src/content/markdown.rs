//! Lesson Markdown to safe HTML.
//!
//! pulldown-cmark renders (tables, footnotes, strikethrough); headings get
//! stable anchors; links between lessons are checked and rewritten; a
//! heading marked `{.debrief}` and its section become a collapsed
//! `<details>`, and a section marked `{.adaptation}` still holding a
//! `[[fill: ...]]` placeholder shows one neutral line instead; then
//! ammonia removes anything executable. The result is what gets stored:
//! nothing downstream sanitises again, so nothing may skip this function.

use std::collections::{BTreeSet, HashSet};
use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use tutela_app::i18n::{Locale, catalogue};
use tutela_app::model::TocEntry;

/// A lesson rendered and sanitised, ready to store.
#[derive(Debug, Clone)]
pub struct RenderedLesson {
    pub title: String,
    pub body_html: String,
    pub toc: Vec<TocEntry>,
    /// Every word the reader may read, debriefs included.
    pub word_count: i64,
    /// The words of its debriefs (part of `word_count`).
    pub debrief_words: i64,
    /// The lines of its `[[fill: ...]]` placeholders not yet completed.
    pub unfilled: Vec<usize>,
}

/// A problem in a lesson's Markdown, at a 1-based line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownProblem {
    pub line: usize,
    pub message: String,
}

/// The class that makes a heading's section a debrief, collapsed until the
/// learner opens it (`### Debrief {.debrief}`).
pub const DEBRIEF: &str = "debrief";
/// The class that makes a heading's section a national adaptation, which
/// an institution completes before publishing (`## In your country {.adaptation}`).
pub const ADAPTATION: &str = "adaptation";
/// What begins a placeholder in an adaptation section: `[[fill: what to write]]`.
pub const PLACEHOLDER: &str = "[[fill:";

/// Renders one lesson written in `language`. `lesson_slugs` are the lessons
/// of the same course, which relative links may name (as `03-next.md`,
/// `../02-module/03-next.md` or `next`).
pub fn render_lesson(
    source: &str,
    lesson_slugs: &BTreeSet<String>,
    language: Locale,
) -> Result<RenderedLesson, MarkdownProblem> {
    let line_of = |offset: usize| source[..offset.min(source.len())].matches('\n').count() + 1;
    let mut events: Vec<(Event, usize)> =
        Parser::new_ext(source, options()).into_offset_iter().map(|(e, r)| (e, r.start)).collect();

    let title = take_title(&mut events).ok_or_else(|| MarkdownProblem {
        line: 1,
        message: "a lesson must start with its title on a line of its own, like `# What this lesson covers`".into(),
    })?;

    let sections = Sections::find(&events, source);
    let unfilled = sections.placeholders(source).map_err(|offset| MarkdownProblem {
        line: line_of(offset),
        message: format!(
            "a `{PLACEHOLDER} ...]]` placeholder belongs in a section marked `{{.{ADAPTATION}}}` \
             (like `## In your country {{.{ADAPTATION}}}`); here learners would read it"
        ),
    })?;
    let unfilled = unfilled.into_iter().map(line_of).collect();
    let (mut events, debrief_words) = sections.apply(events, language);

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
    let body_html = sanitise(&html);
    // The backstop: whatever the sections decided, no placeholder reaches a
    // reader (one written in a heading, a link's definition or title, with
    // escapes, other cases or spaces).
    let shown = std::iter::once(title.as_str()).chain(toc.iter().map(|entry| entry.text.as_str()));
    if shown.chain(std::iter::once(body_html.as_str())).any(|text| placeholder_at(text).is_some()) {
        let line = placeholder_at(source).map(line_of).unwrap_or(1);
        return Err(MarkdownProblem {
            line,
            message: "a `[[fill: ...]]` placeholder would reach readers: placeholders belong in the list of an \
                      `{.adaptation}` section, never in its heading, a link's definition or elsewhere"
                .into(),
        });
    }
    Ok(RenderedLesson { title, body_html, toc, word_count, debrief_words, unfilled })
}

/// The byte offset of the first thing in `text` that reads as a
/// placeholder: `[[`, then `fill` in any case, then `:`, with any spaces
/// (and a backslash before a bracket) between.
fn placeholder_at(text: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(found) = text[from..].find('[') {
        let start = from + found;
        let mut rest = text[start + 1..].trim_start_matches('\\');
        if let Some(after) = rest.strip_prefix('[') {
            rest = after.trim_start_matches(|c: char| c.is_whitespace());
            if rest.len() >= 4 && rest.as_bytes()[..4].eq_ignore_ascii_case(b"fill") {
                let tail = rest[4..].trim_start_matches(|c: char| c.is_whitespace());
                if tail.starts_with(':') {
                    return Some(start);
                }
            }
        }
        from = start + 1;
    }
    None
}

/// The marked sections of a lesson: a heading at the top level of the text
/// (not inside a list or a quotation) whose classes name [`DEBRIEF`] or
/// [`ADAPTATION`], with everything after it up to the next top-level
/// heading of the same or a higher level, or the end.
struct Sections {
    /// Each debrief as the range of events it covers, heading included.
    debriefs: Vec<Range<usize>>,
    adaptations: Vec<Adaptation>,
}

struct Adaptation {
    /// The events it covers, heading included.
    events: Range<usize>,
    /// The source bytes they came from.
    bytes: Range<usize>,
    /// It still holds a placeholder.
    pending: bool,
}

impl Sections {
    fn find(events: &[(Event, usize)], source: &str) -> Self {
        // Top-level headings: (event index, level, classes).
        let mut headings = Vec::new();
        let mut depth = 0usize;
        for (index, (event, _)) in events.iter().enumerate() {
            match event {
                Event::Start(tag) => {
                    if depth == 0
                        && let Tag::Heading { level, classes, .. } = tag
                    {
                        headings.push((index, *level, classes));
                    }
                    depth += 1;
                }
                Event::End(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
        }
        let mut sections = Sections { debriefs: Vec::new(), adaptations: Vec::new() };
        for (at, (start, level, classes)) in headings.iter().enumerate() {
            let end = headings[at + 1..]
                .iter()
                .find(|(_, next, _)| next <= level)
                .map_or(events.len(), |(index, _, _)| *index);
            if classes.iter().any(|class| class.as_ref() == DEBRIEF) {
                sections.debriefs.push(*start..end);
            } else if classes.iter().any(|class| class.as_ref() == ADAPTATION) {
                let bytes = events[*start].1..events.get(end).map_or(source.len(), |(_, offset)| *offset);
                let pending = source[bytes.clone()].contains(PLACEHOLDER);
                sections.adaptations.push(Adaptation { events: *start..end, bytes, pending });
            }
        }
        sections
    }

    /// The offset of every placeholder in `source`, or the first one outside
    /// an adaptation section.
    fn placeholders(&self, source: &str) -> Result<Vec<usize>, usize> {
        source
            .match_indices(PLACEHOLDER)
            .map(|(offset, _)| {
                let inside = self.adaptations.iter().any(|section| section.bytes.contains(&offset));
                if inside { Ok(offset) } else { Err(offset) }
            })
            .collect()
    }

    /// The events with each debrief in a `<details>` (its heading's text
    /// the `<summary>`) and each adaptation section still holding a
    /// placeholder reduced to its heading and the neutral line in
    /// `language`; and the number of words inside debriefs.
    fn apply<'a>(&self, events: Vec<(Event<'a>, usize)>, language: Locale) -> (Vec<(Event<'a>, usize)>, i64) {
        let mut out = Vec::with_capacity(events.len() + 3 * self.debriefs.len() + 5 * self.adaptations.len());
        let mut open: Vec<usize> = Vec::new(); // where each open debrief ends, innermost last
        let mut in_summary = false;
        let mut neutral_until = None; // a pending section's heading is being copied
        let mut skip_until = None; // a pending section's body is being left out
        let mut words = 0i64;
        let close = |offset| (Event::Html(CowStr::from("</details>\n")), offset);
        for (index, (event, offset)) in events.into_iter().enumerate() {
            while open.last() == Some(&index) {
                open.pop();
                out.push(close(offset));
            }
            match skip_until {
                Some(end) if index < end => continue,
                _ => skip_until = None,
            }
            if let Some(debrief) = self.debriefs.iter().find(|range| range.start == index) {
                out.push((Event::Html(CowStr::from("<details class=\"debrief\"><summary>")), offset));
                open.push(debrief.end);
                in_summary = true;
                continue;
            }
            if let Some(section) = self.adaptations.iter().find(|s| s.events.start == index && s.pending) {
                neutral_until = Some(section.events.end);
            }
            let heading_ends = matches!(event, Event::End(TagEnd::Heading(_)));
            if !open.is_empty()
                && let Event::Text(text) | Event::Code(text) = &event
            {
                words += text.split_whitespace().count() as i64;
            }
            if heading_ends && in_summary {
                in_summary = false;
                out.push((Event::Html(CowStr::from("</summary>\n")), offset));
                continue;
            }
            out.push((event, offset));
            if heading_ends && let Some(end) = neutral_until.take() {
                let line = catalogue::text(language, "catalogue-adaptation-pending");
                out.extend(
                    [
                        Event::Start(Tag::Paragraph),
                        Event::Start(Tag::Emphasis),
                        Event::Text(CowStr::from(line)),
                        Event::End(TagEnd::Emphasis),
                        Event::End(TagEnd::Paragraph),
                    ]
                    .map(|event| (event, offset)),
                );
                skip_until = Some(end);
            }
        }
        let end = out.last().map_or(0, |(_, offset)| *offset);
        out.extend(open.iter().map(|_| close(end)));
        (out, words)
    }
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
            .add_allowed_classes("details", [DEBRIEF])
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

    use tutela_app::i18n::{Locale, catalogue};

    use super::{RenderedLesson, render_lesson, slugify};

    fn render(source: &str) -> RenderedLesson {
        render_lesson(source, &BTreeSet::new(), Locale::En).unwrap()
    }

    #[test]
    fn anchors_are_readable_and_unique() {
        assert_eq!(slugify("Why words matter"), "why-words-matter");
        assert_eq!(slugify("Cross-border requests (MLA)"), "cross-border-requests-mla");
        assert_eq!(slugify("¿Qué es?"), "qué-es");
        assert_eq!(slugify("!!!"), "section");
        let lesson = render("# T\n\n## Same\n\n## Same\n");
        let anchors: Vec<_> = lesson.toc.iter().map(|entry| entry.anchor.as_str()).collect();
        assert_eq!(anchors, ["c-same", "c-same-2"]);
        assert!(lesson.body_html.contains(r#"<h2 id="c-same">"#), "{}", lesson.body_html);
        let hostile = render("# T\n\n<div id=\"main\">x</div>\n");
        assert!(hostile.body_html.contains(r#"id="c-main""#), "{}", hostile.body_html);
    }

    #[test]
    fn links_to_lessons_become_relative_and_others_stay() {
        let slugs: BTreeSet<String> = ["first".to_string(), "second".to_string()].into();
        let source = "# T\n\n[a](02-second.md) [b](../01-m/01-first.md#part) [c](https://example.org) [d](#here)\n";
        let html = render_lesson(source, &slugs, Locale::En).unwrap().body_html;
        assert!(html.contains(r#"href="second""#), "{html}");
        assert!(html.contains(r#"href="first#c-part""#), "{html}");
        assert!(html.contains(r#"href="https://example.org""#), "{html}");
        assert!(html.contains(r##"href="#c-here""##), "{html}");
    }

    /// The HTML without line breaks, so a test reads its shape.
    fn flat(html: &str) -> String {
        html.replace('\n', "")
    }

    #[test]
    fn a_debrief_heading_and_its_section_become_a_collapsed_details() {
        let lesson = render(
            "# T\n\n## Case scenario\n\nA case.\n\n### Debrief {.debrief}\n\nDo *this* first.\n\n\
             #### Why\n\nBecause.\n\n## Sources\n\n- One.\n",
        );
        let html = flat(&lesson.body_html);
        assert!(
            html.contains(
                "<p>A case.</p><details class=\"debrief\"><summary>Debrief</summary><p>Do <em>this</em> first.</p>\
                 <h4 id=\"c-why\">Why</h4><p>Because.</p></details><h2 id=\"c-sources\">Sources</h2>"
            ),
            "a deeper heading stays inside, the next one of its level or higher ends it: {html}"
        );
        let toc: Vec<_> = lesson.toc.iter().map(|entry| entry.text.as_str()).collect();
        assert_eq!(toc, ["Case scenario", "Sources"], "a debrief is not in the table of contents");
        assert_eq!(lesson.debrief_words, 1 + 3 + 1 + 1, "its summary, text and sub-heading");
        assert_eq!(lesson.word_count, 2 + 2 + lesson.debrief_words + 1 + 1);
    }

    #[test]
    fn debriefs_nest_end_the_lesson_and_come_more_than_once() {
        let html = flat(
            &render(
                "# T\n\n## One\n\n### Debrief {.debrief}\n\nFirst.\n\n### Next\n\n## Model answer {.debrief}\n\n\
                 Outer.\n\n### Part {.debrief}\n\nInner.\n\n### Other part\n\nLast.\n",
            )
            .body_html,
        );
        assert!(
            html.contains("<details class=\"debrief\"><summary>Debrief</summary><p>First.</p></details><h3"),
            "{html}"
        );
        assert!(
            html.ends_with(
                "<details class=\"debrief\"><summary>Model answer</summary><p>Outer.</p>\
                 <details class=\"debrief\"><summary>Part</summary><p>Inner.</p></details>\
                 <h3 id=\"c-other-part\">Other part</h3><p>Last.</p></details>"
            ),
            "a debrief at the end closes there, an inner one at its sibling: {html}"
        );
        assert_eq!(html.matches("<details").count(), html.matches("</details>").count());
    }

    #[test]
    fn a_debrief_inside_a_list_or_quotation_is_no_debrief() {
        let html = flat(
            &render("# T\n\n- Debrief {.debrief}\n- ### In a list {.debrief}\n\n> ### Quoted {.debrief}\n\nAfter.\n")
                .body_html,
        );
        assert!(!html.contains("<details"), "{html}");
        assert!(html.contains("<li>Debrief {.debrief}</li>"), "text stays text: {html}");
        assert!(html.contains("<h3 id=\"c-in-a-list\">In a list</h3>"), "a heading in a list stays a heading: {html}");
    }

    #[test]
    fn other_heading_attributes_and_classes_are_dropped() {
        let html = render(
            "# T\n\n## Plain {.note #mine data-x=y}\n\n### Debrief {.debrief .loud}\n\nText.\n\n\
             <details class=\"debrief open loud\" open><summary class=\"x\">Raw</summary>Hi</details>\n\n\
             <p class=\"debrief\">Not here.</p>\n",
        )
        .body_html;
        assert!(html.contains("<h2 id=\"c-plain\">Plain</h2>"), "{html}");
        for gone in ["note", "mine", "data-x", "loud", "open", "class=\"x\"", "<p class"] {
            assert!(!html.contains(gone), "{gone} is dropped: {html}");
        }
        assert_eq!(html.matches("<details class=\"debrief\">").count(), 2, "{html}");
    }

    #[test]
    fn an_adaptation_section_shows_its_text_once_filled_and_a_neutral_line_until_then() {
        let source = "# T\n\n## In your country {.adaptation}\n\n- The unit: [[fill: its name]]\n\
                      - The law: [[fill: article]]\n\n## Sources\n\n- One.\n";
        let lesson = render(source);
        assert_eq!(lesson.unfilled, [5, 6]);
        let neutral = catalogue::text(Locale::En, "catalogue-adaptation-pending");
        let html = flat(&lesson.body_html);
        assert!(
            html.contains(&format!("<h2 id=\"c-in-your-country\">In your country</h2><p><em>{neutral}</em></p><h2")),
            "{html}"
        );
        assert!(!html.contains("fill") && !html.contains("The unit"), "no placeholder reaches a learner: {html}");
        let toc: Vec<_> = lesson.toc.iter().map(|entry| entry.text.as_str()).collect();
        assert_eq!(toc, ["In your country", "Sources"]);

        let french = render_lesson(source, &BTreeSet::new(), Locale::Fr).unwrap().body_html;
        assert!(french.contains("Votre institution"), "the line is in the lesson's language: {french}");

        let filled = render(&source.replace("[[fill: its name]]", "Unit 7").replace("[[fill: article]]", "Art. 3"));
        assert!(filled.unfilled.is_empty());
        assert!(flat(&filled.body_html).contains("<li>The unit: Unit 7</li><li>The law: Art. 3</li>"));
    }

    #[test]
    fn a_placeholder_outside_an_adaptation_section_is_refused() {
        let refused = render_lesson("# T\n\n## Facts\n\nCall [[fill: a number]].\n", &BTreeSet::new(), Locale::En);
        let problem = refused.unwrap_err();
        assert_eq!(problem.line, 5);
        assert!(problem.message.contains("{.adaptation}"), "{}", problem.message);
        let nested = render_lesson("# T\n\n- ## Here {.adaptation}\n\n  [[fill: x]]\n", &BTreeSet::new(), Locale::En);
        assert!(nested.is_err(), "an adaptation heading inside a list marks nothing");
    }

    #[test]
    fn no_placeholder_reaches_readers_whatever_its_spelling_or_place() {
        let slugs = BTreeSet::new();
        let leaks = [
            "# T\n\n## In your country [[fill: region]] {.adaptation}\n\n- x\n",
            "# T\n\n## Facts\n\nSee [the unit][u].\n\n## In your country {.adaptation}\n\n[u]: https://x.org \"[[fill: unit]]\"\n\n- a [[fill: b]]\n",
            "# T\n\nText \\[\\[fill: x]] here.\n",
            "# T\n\nText [[Fill: x]] here.\n",
            "# T\n\nText [[ fill : x]] here.\n",
        ];
        for source in leaks {
            let problem = render_lesson(source, &slugs, Locale::En).expect_err(source);
            assert!(problem.message.contains("placeholder"), "{source}: {problem:?}");
        }
        assert_eq!(super::placeholder_at("a [[FILL :x"), Some(2));
        assert_eq!(super::placeholder_at("[[filler: x]] [x] [[fil: y]]"), None);
    }
}
