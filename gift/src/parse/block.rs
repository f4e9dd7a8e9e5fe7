//! A block as characters: [`C`] (a character, whether it was escaped, its
//! line), reading a line's escapes into a block, and the slicing helpers
//! every later step of the parser uses.

use crate::{Format, Snippet, Text};

/// One character of a block.
#[derive(Clone, Copy, Debug)]
pub(super) struct C {
    pub(super) ch: char,
    /// Written escaped: never syntax.
    pub(super) esc: bool,
    pub(super) line: u32,
}

pub(super) type S<'a> = &'a [C];

/// Appends a line's characters, reading escapes: a backslash before one of
/// `~ = # { } :` or another backslash stands for that character, `\n` for a
/// newline; any other backslash is itself.
pub(super) fn push_line(block: &mut Vec<C>, raw: &str, line: u32) {
    let mut chars = raw.chars().peekable();
    while let Some(ch) = chars.next() {
        if ch == '\\'
            && let Some(&next) = chars.peek()
            && matches!(next, '~' | '=' | '#' | '{' | '}' | ':' | 'n' | '\\')
        {
            chars.next();
            block.push(C { ch: if next == 'n' { '\n' } else { next }, esc: true, line });
        } else {
            block.push(C { ch, esc: false, line });
        }
    }
}

pub(super) fn is(c: &C, ch: char) -> bool {
    !c.esc && c.ch == ch
}

pub(super) fn find(s: S, ch: char) -> Option<usize> {
    s.iter().position(|c| is(c, ch))
}

pub(super) fn find_pair(s: S, a: char, b: char) -> Option<usize> {
    s.windows(2).position(|w| is(&w[0], a) && is(&w[1], b))
}

/// The start of the last `####` (all four unescaped), as Moodle finds general feedback.
pub(super) fn rfind_general_feedback(s: S) -> Option<usize> {
    (0..s.len().saturating_sub(3)).rev().find(|&i| s[i..i + 4].iter().all(|c| is(c, '#')))
}

pub(super) fn trim(s: S) -> S {
    let start = s.iter().position(|c| !c.ch.is_whitespace()).unwrap_or(s.len());
    let end = s.iter().rposition(|c| !c.ch.is_whitespace()).map_or(start, |i| i + 1);
    &s[start..end.max(start)]
}

pub(super) fn string(s: S) -> String {
    s.iter().map(|c| c.ch).collect()
}

pub(super) fn snippet(s: S) -> Snippet {
    Snippet::from_chars(s.iter().map(|c| c.ch))
}

pub(super) fn line_of(s: S, fallback: usize) -> usize {
    s.first().map_or(fallback, |c| c.line as usize)
}

/// Cuts `s` before each unescaped marker: the text before the first marker,
/// then each marker with its line and the text up to the next.
pub(super) fn split_marked<'a>(s: S<'a>, markers: &[char]) -> (S<'a>, Vec<(char, usize, S<'a>)>) {
    let mut cuts = s.iter().enumerate().filter(|(_, c)| !c.esc && markers.contains(&c.ch)).map(|(i, _)| i).peekable();
    let lead_end = cuts.peek().copied().unwrap_or(s.len());
    let mut parts = Vec::new();
    while let Some(at) = cuts.next() {
        let end = cuts.peek().copied().unwrap_or(s.len());
        parts.push((s[at].ch, s[at].line as usize, &s[at + 1..end]));
    }
    (&s[..lead_end], parts)
}

/// A text that may start with `[moodle]`, `[html]`, `[plain]` or
/// `[markdown]`; without one (or with another word) it is in `default`.
pub(super) fn formatted(s: S, default: Format) -> Text {
    let s = trim(s);
    if s.first().is_some_and(|c| is(c, '['))
        && let Some(end) = find(s, ']')
        && let Some(format) = Format::from_word(&string(&s[1..end]))
    {
        return Text { format, text: string(trim(&s[end + 1..])) };
    }
    Text { format: default, text: string(s) }
}

pub(super) fn non_empty(text: Text) -> Option<Text> {
    (!text.text.is_empty()).then_some(text)
}
