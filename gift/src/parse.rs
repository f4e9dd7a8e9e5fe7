//! GIFT text to a [`Bank`].
//!
//! The source is cut into blocks at blank lines, comment lines are dropped,
//! and each block becomes a vector of [`C`]: a character, whether it came
//! from an escape (`\{` is a `{` that means nothing), and its line. Every
//! step after that slices this vector, so escapes are decided once, lines
//! are known everywhere, and each step is one pass: linear in the input.

mod block;

use std::collections::HashMap;
use std::sync::Arc;

use crate::{
    Bank, Body, Choice, ErrorKind, Format, GiftError, Number, NumericValue, NumericalAnswer, Pair, Question, Snippet,
    Text, Weight,
};
use block::{
    C, S, find, find_pair, formatted, is, line_of, non_empty, push_line, rfind_general_feedback, snippet, split_marked,
    string, trim,
};

/// Bounds on what [`parse_with`] reads, so that an uploaded file cannot make
/// it take much more memory or time than a file of questions needs. Reading
/// stops at the first bound reached, with an error at the line where it
/// stopped ([`ErrorKind::TooLarge`], [`ErrorKind::TooManyQuestions`],
/// [`ErrorKind::TooManyErrors`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseLimits {
    /// The longest file read, in bytes: a longer one is read up to the
    /// question that crosses this many bytes, which is not read.
    pub max_bytes: usize,
    /// The most questions kept: reading stops at the next one.
    pub max_questions: usize,
    /// The most errors reported: at the next one, reading stops (the list
    /// ends with [`ErrorKind::TooManyErrors`], `max_errors + 1` in all).
    pub max_errors: usize,
}

impl Default for ParseLimits {
    /// 2 MiB, 5,000 questions, 100 errors: a large course's bank is a few
    /// hundred questions and under 200 KB.
    fn default() -> Self {
        ParseLimits { max_bytes: 2 << 20, max_questions: 5_000, max_errors: 100 }
    }
}

/// Parses a whole `.gift` file within the default [`ParseLimits`]. Every
/// problem is reported (with its line), not only the first; the bank is
/// returned only when there is none.
pub fn parse(source: &str) -> Result<Bank, Vec<GiftError>> {
    parse_with(source, &ParseLimits::default())
}

/// [`parse`] within the given limits.
pub fn parse_with(source: &str, limits: &ParseLimits) -> Result<Bank, Vec<GiftError>> {
    let (bank, errors) = parse_lenient_with(source, limits);
    if errors.is_empty() { Ok(bank) } else { Err(errors) }
}

/// Parses a `.gift` file within the default [`ParseLimits`], keeping the
/// questions that are right beside the errors of the others: to show a
/// trainer what an import would bring and what it would leave out before
/// applying it. A question with an error is left out whole; the questions
/// are the same as [`parse`] gives when the file has no error.
pub fn parse_lenient(source: &str) -> (Bank, Vec<GiftError>) {
    parse_lenient_with(source, &ParseLimits::default())
}

/// [`parse_lenient`] within the given limits: past a limit, the questions
/// read until there.
pub fn parse_lenient_with(source: &str, limits: &ParseLimits) -> (Bank, Vec<GiftError>) {
    let source = source.strip_prefix('\u{feff}').unwrap_or(source);
    let mut parser = Parser {
        limits: *limits,
        category: None,
        questions: Vec::new(),
        id_numbers: HashMap::new(),
        errors: Vec::new(),
        stopped: false,
    };
    let mut block: Vec<C> = Vec::new();
    let mut comments: Vec<&str> = Vec::new();
    // The first line of the block being read (its comments included).
    let mut block_start = None;
    let mut read = 0usize;
    for (index, raw) in source.split('\n').enumerate() {
        let line = u32::try_from(index + 1).unwrap_or(u32::MAX);
        read += raw.len();
        if read > limits.max_bytes {
            let at = block_start.unwrap_or(line) as usize;
            parser.stop(at, ErrorKind::TooLarge { max_bytes: limits.max_bytes });
            break;
        }
        read += 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() {
            parser.block(&block, &comments);
            block.clear();
            comments.clear();
            block_start = None;
            if parser.stopped {
                break;
            }
            continue;
        }
        block_start.get_or_insert(line);
        if let Some(comment) = raw.trim_start().strip_prefix("//") {
            comments.push(comment);
            continue;
        }
        if !block.is_empty() {
            block.push(C { ch: '\n', esc: false, line });
        }
        push_line(&mut block, raw, line);
    }
    if !parser.stopped {
        parser.block(&block, &comments);
    }
    (Bank { questions: parser.questions }, parser.errors)
}

struct Parser {
    limits: ParseLimits,
    category: Option<Arc<str>>,
    questions: Vec<Question>,
    /// The ID numbers of the questions kept, and their lines.
    id_numbers: HashMap<String, usize>,
    errors: Vec<GiftError>,
    /// A limit was reached: nothing more is read.
    stopped: bool,
}

impl Parser {
    /// Records an error; past `max_errors`, stops reading instead.
    fn err(&mut self, line: usize, kind: ErrorKind) {
        if self.errors.len() < self.limits.max_errors {
            self.errors.push(GiftError { line, kind });
        } else {
            self.stop(line, ErrorKind::TooManyErrors { max: self.limits.max_errors });
        }
    }

    /// Stops reading with this error, the last (whatever `max_errors` says).
    fn stop(&mut self, line: usize, kind: ErrorKind) {
        if !self.stopped {
            self.stopped = true;
            self.errors.push(GiftError { line, kind });
        }
    }

    fn block(&mut self, block: S, comments: &[&str]) {
        let block = trim(block);
        let Some(first) = block.first() else { return };
        let mut rest = block;
        if is(first, '$') {
            let word_end = block[1..]
                .iter()
                .position(|c| c.esc || !(c.ch.is_ascii_alphabetic() || c.ch == '_'))
                .map_or(block.len(), |i| i + 1);
            if word_end > 1 && block.get(word_end).is_some_and(|c| is(c, ':')) {
                let word = string(&block[1..word_end]);
                let line_end = find(block, '\n').unwrap_or(block.len());
                let line = first.line as usize;
                if word == "CATEGORY" {
                    let path = trim(&block[word_end + 1..line_end]);
                    let written = string(path);
                    if crate::check::valid_category(&written) {
                        self.category = Some(Arc::from(written));
                    } else {
                        self.err(line, ErrorKind::BadCategory(snippet(path)));
                    }
                    rest = trim(&block[line_end..]);
                } else if word.bytes().all(|b| b.is_ascii_uppercase() || b == b'_')
                    || word.eq_ignore_ascii_case("category")
                {
                    self.err(line, ErrorKind::UnknownDirective(snippet(&block[1..word_end])));
                    rest = trim(&block[line_end..]);
                }
            }
        }
        if rest.is_empty() || self.stopped {
            return;
        }
        if self.questions.len() >= self.limits.max_questions {
            self.stop(line_of(rest, 1), ErrorKind::TooManyQuestions { max: self.limits.max_questions });
            return;
        }
        let errors = self.errors.len();
        let question = self.question(rest);
        let Some(mut question) = question else { return };
        if self.errors.len() != errors {
            return;
        }
        (question.id_number, question.tags) = crate::comments::id_and_tags(comments);
        if let Some(id_number) = &question.id_number {
            if let Some(&first_line) = self.id_numbers.get(id_number) {
                let id_number = Snippet::new(id_number);
                self.err(question.line, ErrorKind::DuplicateIdNumber { id_number, first_line });
                return;
            }
            self.id_numbers.insert(id_number.clone(), question.line);
        }
        self.questions.push(question);
    }

    fn question(&mut self, q: S) -> Option<Question> {
        let line = line_of(q, 1);
        let (title, rest) = if find_pair(q, ':', ':') == Some(0) {
            let Some(end) = find_pair(&q[2..], ':', ':') else {
                self.err(line, ErrorKind::UnclosedTitle);
                return None;
            };
            let title = string(trim(&q[2..2 + end]));
            ((!title.is_empty()).then_some(title), trim(&q[2 + end + 2..]))
        } else {
            (None, q)
        };
        let open = find(rest, '{');
        let close = find(rest, '}');
        let (text, text_after, body, general_feedback) = match (open, close) {
            (None, None) => (formatted(rest, Format::Moodle), None, Body::Description, None),
            (Some(open), None) => {
                self.err(rest[open].line as usize, ErrorKind::UnclosedBrace);
                return None;
            }
            (Some(open), Some(close)) if open < close => {
                if let Some(nested) = find(&rest[open + 1..close], '{') {
                    self.err(rest[open + 1 + nested].line as usize, ErrorKind::NestedBrace);
                    return None;
                }
                let after = trim(&rest[close + 1..]);
                if let Some(brace) = after.iter().find(|c| is(c, '{') || is(c, '}')) {
                    self.err(brace.line as usize, ErrorKind::SecondAnswerBlock);
                    return None;
                }
                let text = formatted(&rest[..open], Format::Moodle);
                let mut answers = &rest[open + 1..close];
                let mut general_feedback = None;
                if let Some(at) = rfind_general_feedback(answers) {
                    general_feedback = non_empty(formatted(&answers[at + 4..], text.format));
                    answers = &answers[..at];
                }
                let body = self.body(trim(answers), text.format, rest[open].line as usize)?;
                let text_after = if after.is_empty() {
                    None
                } else if matches!(body, Body::Essay | Body::TrueFalse { .. } | Body::Matching { .. }) {
                    self.err(line_of(after, line), ErrorKind::TextAfterAnswers(body.kind()));
                    return None;
                } else {
                    Some(Text { format: text.format, text: string(after) })
                };
                (text, text_after, body, general_feedback)
            }
            (_, Some(close)) => {
                self.err(rest[close].line as usize, ErrorKind::UnopenedBrace);
                return None;
            }
        };
        if text.text.is_empty() && text_after.is_none() {
            self.err(line, ErrorKind::EmptyQuestionText);
            return None;
        }
        Some(Question {
            line,
            category: self.category.clone(),
            id_number: None,
            tags: Vec::new(),
            title,
            text,
            text_after,
            body,
            general_feedback,
        })
    }

    /// The answers between the braces (general feedback removed, trimmed).
    fn body(&mut self, a: S, format: Format, line: usize) -> Option<Body> {
        let Some(first) = a.first() else { return Some(Body::Essay) };
        if is(first, '#') {
            return self.numerical(&a[1..], format, line);
        }
        if find(a, '~').is_some() {
            return self.choices(a, format, line);
        }
        let head_end = find(a, '#').unwrap_or(a.len());
        let head = trim(&a[..head_end]);
        if head.len() <= 5 && head.iter().all(|c| !c.esc) {
            let word = string(head).to_ascii_uppercase();
            let answer = match word.as_str() {
                "T" | "TRUE" => Some(true),
                "F" | "FALSE" => Some(false),
                _ => None,
            };
            if let Some(answer) = answer {
                let feedback = a.get(head_end + 1..).unwrap_or(&[]);
                let (wrong, right) = match find(feedback, '#') {
                    Some(at) => (&feedback[..at], &feedback[at + 1..]),
                    None => (feedback, &[][..]),
                };
                return Some(Body::TrueFalse {
                    answer,
                    feedback_wrong: non_empty(formatted(wrong, format)),
                    feedback_right: non_empty(formatted(right, format)),
                });
            }
        }
        // Moodle reads `=` answers with `->` anywhere as matching; here the
        // `->` must be in an answer (before its `#`), so a short answer's
        // feedback may hold one.
        let (_, parts) = split_marked(a, &['=']);
        if parts.iter().any(|(_, _, s)| find_pair(&s[..find(s, '#').unwrap_or(s.len())], '-', '>').is_some()) {
            self.matching(a, format, line)
        } else {
            self.short_answer(a, format, line)
        }
    }

    fn lead_is_empty(&mut self, lead: S, line: usize) -> bool {
        let lead = trim(lead);
        if lead.is_empty() {
            return true;
        }
        self.err(line_of(lead, line), ErrorKind::TextBeforeFirstAnswer(snippet(lead)));
        false
    }

    /// `%weight%` at the start of an answer, if any, and the rest.
    fn weight<'a>(&mut self, s: S<'a>, default: Weight, line: usize) -> Option<(Weight, S<'a>)> {
        let s = trim(s);
        if !s.first().is_some_and(|c| is(c, '%')) {
            return Some((default, s));
        }
        let Some(end) = find(&s[1..], '%') else {
            self.err(line, ErrorKind::MalformedWeight(snippet(s)));
            return None;
        };
        let written = string(trim(&s[1..1 + end]));
        match Weight::parse_percent(&written) {
            Ok(weight) => Some((weight, &s[end + 2..])),
            Err(true) => {
                self.err(line, ErrorKind::WeightOutOfRange(snippet(trim(&s[1..1 + end]))));
                None
            }
            Err(false) => {
                self.err(line, ErrorKind::MalformedWeight(snippet(&s[..end + 2])));
                None
            }
        }
    }

    /// One `=`/`~` answer: weight, text, `#feedback`.
    fn choice(&mut self, marker: char, s: S, format: Format, line: usize) -> Option<Choice> {
        let default = if marker == '=' { Weight::FULL } else { Weight::ZERO };
        let (weight, s) = self.weight(s, default, line)?;
        let (text, feedback) = match find(s, '#') {
            Some(at) => (&s[..at], Some(&s[at + 1..])),
            None => (s, None),
        };
        let text = formatted(text, format);
        if text.text.is_empty() {
            self.err(line, ErrorKind::EmptyAnswer);
            return None;
        }
        Some(Choice { weight, text, feedback: feedback.and_then(|f| non_empty(formatted(f, format))) })
    }

    fn answers(&mut self, parts: Vec<(char, usize, S)>, format: Format) -> Option<Vec<Choice>> {
        let mut choices = Vec::with_capacity(parts.len());
        let mut ok = true;
        for (marker, line, s) in parts {
            match self.choice(marker, s, format, line) {
                Some(choice) => choices.push(choice),
                None => ok = false,
            }
        }
        ok.then_some(choices)
    }

    fn choices(&mut self, a: S, format: Format, line: usize) -> Option<Body> {
        let (lead, parts) = split_marked(a, &['=', '~']);
        if !self.lead_is_empty(lead, line) {
            return None;
        }
        let single = parts.iter().any(|(marker, ..)| *marker == '=');
        let choices = self.answers(parts, format)?;
        self.keyed(if single { Body::MultipleChoice { choices } } else { Body::MultipleAnswers { choices } }, line)
    }

    /// The body, if its answer key keeps the rules (`check::answer_key`).
    fn keyed(&mut self, body: Body, line: usize) -> Option<Body> {
        match crate::check::answer_key(&body) {
            None => Some(body),
            Some(kind) => {
                self.err(line, kind);
                None
            }
        }
    }

    fn short_answer(&mut self, a: S, format: Format, line: usize) -> Option<Body> {
        let (lead, parts) = split_marked(a, &['=']);
        if !self.lead_is_empty(lead, line) {
            return None;
        }
        let answers = self.answers(parts, format)?;
        self.keyed(Body::ShortAnswer { answers }, line)
    }

    fn matching(&mut self, a: S, format: Format, line: usize) -> Option<Body> {
        let (lead, parts) = split_marked(a, &['=']);
        if !self.lead_is_empty(lead, line) {
            return None;
        }
        let mut pairs = Vec::with_capacity(parts.len());
        let mut ok = true;
        for (_, pair_line, s) in parts {
            if find(s, '#').is_some() {
                self.err(pair_line, ErrorKind::PairFeedback);
                ok = false;
                continue;
            }
            let Some(arrow) = find_pair(s, '-', '>') else {
                self.err(pair_line, ErrorKind::PairWithoutArrow);
                ok = false;
                continue;
            };
            let answer = string(trim(&s[arrow + 2..]));
            if answer.is_empty() {
                self.err(pair_line, ErrorKind::EmptyAnswer);
                ok = false;
                continue;
            }
            pairs.push(Pair { question: formatted(&s[..arrow], format), answer });
        }
        if !ok {
            return None;
        }
        self.keyed(Body::Matching { pairs }, line)
    }

    /// After the `#` that makes a question numerical.
    fn numerical(&mut self, a: S, format: Format, line: usize) -> Option<Body> {
        let (a, wrong_feedback) = match find(a, '~') {
            None => (a, None),
            Some(at) => {
                let tail = trim(&a[at + 1..]);
                match tail.first() {
                    None => (&a[..at], None),
                    Some(c) if is(c, '#') => (&a[..at], non_empty(formatted(&tail[1..], format))),
                    Some(c) => {
                        self.err(c.line as usize, ErrorKind::NumericalWrongAnswer(snippet(tail)));
                        return None;
                    }
                }
            }
        };
        let (lead, parts) = split_marked(a, &['=']);
        let mut items = Vec::with_capacity(parts.len() + 1);
        let lead = trim(lead);
        if !lead.is_empty() {
            items.push((line_of(lead, line), lead));
        }
        items.extend(parts.into_iter().map(|(_, line, s)| (line, s)));
        if items.is_empty() {
            self.err(line, ErrorKind::NoNumber);
            return None;
        }
        let mut answers = Vec::with_capacity(items.len());
        let mut ok = true;
        for (answer_line, s) in items {
            match self.numerical_answer(s, format, answer_line) {
                Some(answer) => answers.push(answer),
                None => ok = false,
            }
        }
        if !ok {
            return None;
        }
        self.keyed(Body::Numerical { answers, wrong_feedback }, line)
    }

    fn numerical_answer(&mut self, s: S, format: Format, line: usize) -> Option<NumericalAnswer> {
        let (weight, s) = self.weight(s, Weight::FULL, line)?;
        let (value, feedback) = match find(s, '#') {
            Some(at) => (&s[..at], Some(&s[at + 1..])),
            None => (s, None),
        };
        let value = trim(value);
        if value.is_empty() {
            self.err(line, ErrorKind::EmptyAnswer);
            return None;
        }
        let written = string(value);
        if value.iter().any(|c| c.esc) {
            self.err(line, ErrorKind::MalformedNumber(snippet(value)));
            return None;
        }
        let value = if let Some((exact, tolerance)) = written.split_once(':') {
            let exact = self.number(exact.trim(), line)?;
            let tolerance = self.number(tolerance.trim(), line)?;
            if tolerance.value() < 0.0 {
                self.err(line, ErrorKind::NegativeTolerance(Snippet::new(tolerance.literal())));
                return None;
            }
            NumericValue::Exact { value: exact, tolerance: Some(tolerance) }
        } else if let Some((min, max)) = written.split_once("..") {
            let (Some(min), Some(max)) = (Number::parse(min.trim()), Number::parse(max.trim())) else {
                self.err(line, ErrorKind::MalformedRange(snippet(value)));
                return None;
            };
            if min.value() > max.value() {
                self.err(line, ErrorKind::MalformedRange(snippet(value)));
                return None;
            }
            NumericValue::Range { min, max }
        } else {
            NumericValue::Exact { value: self.number(&written, line)?, tolerance: None }
        };
        Some(NumericalAnswer { weight, value, feedback: feedback.and_then(|f| non_empty(formatted(f, format))) })
    }

    fn number(&mut self, written: &str, line: usize) -> Option<Number> {
        let number = Number::parse(written);
        if number.is_none() {
            self.err(line, ErrorKind::MalformedNumber(Snippet::new(written)));
        }
        number
    }
}
