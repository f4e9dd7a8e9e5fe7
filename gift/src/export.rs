//! A [`Bank`] back to GIFT text that Moodle imports, and that [`crate::parse`]
//! reads back to the same bank (apart from lines).
//!
//! Every character with a meaning (`~ = # { } :`, the backslash, a newline)
//! is escaped wherever it appears, so a text is always one line; a question
//! text starting with `[` or `//` (or a byte-order mark) gets its format written out, and an answer
//! starting with `%` its weight, so neither is read as syntax.
//!
//! What GIFT cannot say, and export therefore cannot keep: a question with no
//! category after one with a category (a `$CATEGORY:` line holds until the
//! next); `->` in a short answer's text or in a matching pair's question
//! (a question of `=` answers with `->` before a `#` is matching); texts with
//! leading or trailing spaces (GIFT trims them); an ID or tag with a line
//! break, a control character (or, in a tag, `<` or `>`), or leading or
//! trailing spaces. [`crate::parse`] never produces these.

use crate::{Bank, Body, Choice, Format, NumericValue, Question, Text, Weight};
use std::fmt::Write;

/// Writes a bank as GIFT: each question after a blank line, a `$CATEGORY:`
/// line before each question whose category differs from the one before.
pub fn export(bank: &Bank) -> String {
    let mut out = String::new();
    let mut category: Option<&str> = None;
    for question in &bank.questions {
        if let Some(c) = question.category.as_deref()
            && category != Some(c)
        {
            out.push_str("$CATEGORY: ");
            escape(&mut out, c);
            out.push_str("\n\n");
            category = Some(c);
        }
        write_question(&mut out, question);
        out.push_str("\n\n");
    }
    out
}

/// Writes one question as GIFT, without its category (a `$CATEGORY:` line
/// would hold for the questions after it): its `[id:]` and `[tag:]` comment
/// line, title, text and answers.
pub fn export_question(question: &Question) -> String {
    let mut out = String::new();
    write_question(&mut out, question);
    out
}

/// Escapes every character GIFT reads as syntax, and newlines.
fn escape(out: &mut String, text: &str) {
    for ch in text.chars() {
        match ch {
            '~' | '=' | '#' | '{' | '}' | ':' | '\\' => {
                out.push('\\');
                out.push(ch);
            }
            '\n' => out.push_str("\\n"),
            _ => out.push(ch),
        }
    }
}

/// A text with its format written when it is not the default, or when the
/// text itself starts with `[` (and would be read as a format otherwise).
fn write_text(out: &mut String, text: &Text, default: Format) {
    if text.format != default || text.text.starts_with('[') {
        out.push('[');
        out.push_str(text.format.as_str());
        out.push(']');
    }
    escape(out, &text.text);
}

fn write_feedback(out: &mut String, feedback: Option<&Text>, default: Format) {
    if let Some(feedback) = feedback {
        out.push_str(" #");
        write_text(out, feedback, default);
    }
}

fn write_weight(out: &mut String, weight: Weight) {
    let _ = write!(out, "%{}%", weight.percent());
}

fn write_choice(out: &mut String, marker: char, weight: Weight, written: bool, choice: &Choice, default: Format) {
    out.push(marker);
    if written || choice.text.text.starts_with('%') {
        write_weight(out, weight);
    }
    write_text(out, &choice.text, default);
    write_feedback(out, choice.feedback.as_ref(), default);
    out.push('\n');
}

fn write_number(out: &mut String, value: &NumericValue) {
    match value {
        NumericValue::Exact { value, tolerance } => {
            out.push_str(value.literal());
            if let Some(tolerance) = tolerance {
                out.push(':');
                out.push_str(tolerance.literal());
            }
        }
        NumericValue::Range { min, max } => {
            // `5.` then `..`: spaces keep the range's dots apart.
            let gap = if min.literal().ends_with('.') || max.literal().starts_with('.') { " " } else { "" };
            let _ = write!(out, "{}{gap}..{gap}{}", min.literal(), max.literal());
        }
    }
}

/// `[id:...]` or `[tag:...]` in a comment: `]` written `\]`, and a space
/// before the closing `]` after a final backslash (which would otherwise
/// escape it; the value is read trimmed).
fn write_bracketed(out: &mut String, word: &str, value: &str) {
    out.push('[');
    out.push_str(word);
    out.push(':');
    out.push_str(&value.replace(']', "\\]"));
    if value.ends_with('\\') {
        out.push(' ');
    }
    out.push(']');
}

fn write_question(out: &mut String, q: &Question) {
    if q.id_number.is_some() || !q.tags.is_empty() {
        out.push_str("//");
        if let Some(id) = &q.id_number {
            out.push(' ');
            write_bracketed(out, "id", id);
        }
        for tag in &q.tags {
            out.push(' ');
            write_bracketed(out, "tag", tag);
        }
        out.push('\n');
    }
    let format = q.text.format;
    if let Some(title) = &q.title {
        out.push_str("::");
        escape(out, title);
        out.push_str("::");
    }
    // A text starting with `[` would lose it as a format; without a title,
    // one starting with `//` would be a comment, and a byte-order mark at the
    // start of the file would be dropped.
    let starts = |prefix: &str| q.title.is_none() && q.text.text.starts_with(prefix);
    if format != Format::Moodle || q.text.text.starts_with('[') || starts("//") || starts("\u{feff}") {
        out.push('[');
        out.push_str(format.as_str());
        out.push(']');
    }
    escape(out, &q.text.text);
    if matches!(q.body, Body::Description) {
        return;
    }
    if !q.text.text.is_empty() {
        out.push(' ');
    }
    out.push('{');
    match &q.body {
        Body::Description | Body::Essay => {}
        Body::TrueFalse { answer, feedback_wrong, feedback_right } => {
            out.push_str(if *answer { "TRUE" } else { "FALSE" });
            if feedback_wrong.is_some() || feedback_right.is_some() {
                out.push('#');
                if let Some(wrong) = feedback_wrong {
                    write_text(out, wrong, format);
                }
            }
            if let Some(right) = feedback_right {
                out.push('#');
                write_text(out, right, format);
            }
        }
        Body::MultipleChoice { choices } => {
            out.push('\n');
            let right = choices.iter().position(|c| c.weight == Weight::FULL);
            for (i, choice) in choices.iter().enumerate() {
                if Some(i) == right {
                    write_choice(out, '=', choice.weight, false, choice, format);
                } else {
                    write_choice(out, '~', choice.weight, choice.weight != Weight::ZERO, choice, format);
                }
            }
        }
        Body::MultipleAnswers { choices } => {
            out.push('\n');
            for choice in choices {
                write_choice(out, '~', choice.weight, choice.weight != Weight::ZERO, choice, format);
            }
        }
        Body::ShortAnswer { answers } => {
            out.push('\n');
            for answer in answers {
                write_choice(out, '=', answer.weight, answer.weight != Weight::FULL, answer, format);
            }
        }
        Body::Numerical { answers, wrong_feedback } => {
            out.push('#');
            let inline = answers.len() == 1 && wrong_feedback.is_none() && answers[0].weight == Weight::FULL;
            if !inline {
                out.push('\n');
            }
            for answer in answers {
                if inline {
                    write_number(out, &answer.value);
                    write_feedback(out, answer.feedback.as_ref(), format);
                    continue;
                }
                out.push('=');
                if answer.weight != Weight::FULL {
                    write_weight(out, answer.weight);
                }
                write_number(out, &answer.value);
                write_feedback(out, answer.feedback.as_ref(), format);
                out.push('\n');
            }
            if let Some(feedback) = wrong_feedback {
                out.push_str("~#");
                write_text(out, feedback, format);
                out.push('\n');
            }
        }
        Body::Matching { pairs } => {
            out.push('\n');
            for pair in pairs {
                out.push('=');
                write_text(out, &pair.question, format);
                out.push_str(" -> ");
                escape(out, &pair.answer);
                out.push('\n');
            }
        }
    }
    if let Some(feedback) = &q.general_feedback {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str("####");
        write_text(out, feedback, format);
        out.push('\n');
    }
    out.push('}');
    if let Some(after) = &q.text_after {
        out.push(' ');
        escape(out, &after.text);
    }
}
