//! An attempt's pure rules: which questions an attempt draws ([`draw`]),
//! how each question's options are laid out under opaque tokens
//! ([`layout`]), what a learner's form answered ([`read_answer`]), how a
//! question is shown ([`show`]) and reviewed ([`review`]), and how an
//! answer is graded ([`grade`], Moodle's semantics). No store, no HTTP:
//! the store calls these inside its transactions.
//!
//! A [`Layout`] is stored with the attempt and never leaves the server:
//! it maps each token the form carries to the option's index in its
//! question. Tokens are random per attempt, so a form names no index and
//! no text that could reveal the key.

use std::collections::HashSet;

use rand::Rng;
use rand::seq::SliceRandom;
use serde::{Deserialize, Serialize};
use tutela_app::quiz::model::{
    AnswerForm, Outcome, ReviewedQuestion, RightAnswer, ShownAnswer, ShownItem, ShownOption, ShownQuestion,
};
use tutela_app::store::QuizReview;
use tutela_gift::{Body, Choice, Format, NumericValue, NumericalAnswer, Pair, Question, Text, Weight, WeightSum};

/// One option shown: its token and its index in the question (a choice's
/// index in `choices`; true/false: 0 true, 1 false; a matching item's
/// index in `pairs`; a matching answer's: the first pair with that answer).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placed {
    #[serde(rename = "t")]
    pub token: String,
    #[serde(rename = "i")]
    pub index: usize,
}

/// How a question's options were laid out for one attempt.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// Choices, true/false, or a matching question's items, in the order shown.
    #[serde(default, rename = "o", skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<Placed>,
    /// A matching question's answers, in the order its drop-downs offer them.
    #[serde(default, rename = "a", skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<Placed>,
}

/// A learner's saved answer, by tokens (never indices).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Answer {
    /// The options chosen (one for multiple choice and true/false).
    #[serde(rename = "c")]
    Choices(Vec<String>),
    /// Typed text (short answer, numerical, essay).
    #[serde(rename = "x")]
    Text(String),
    /// Matching: (item token, answer token) for each item answered.
    #[serde(rename = "p")]
    Pairs(Vec<(String, String)>),
}

/// How far from 100 % the weights ticked may add up and still be full
/// marks, in weight units (0.001 %: the import's tolerance for a
/// multiple-answers question's positive weights).
const MULTI_TOLERANCE: i64 = 100;

/// The longest typed answer kept, in characters (an essay; anything longer is cut).
pub const MAX_TEXT: usize = 20_000;

/// A question that may be drawn: its place in the version's questions and
/// its category (descriptions are never drawn).
#[derive(Clone, Debug)]
pub struct Drawable<'a> {
    pub category: Option<&'a str>,
    pub description: bool,
}

/// The questions an attempt asks, as indices into `pool` (the version's
/// questions in bank order): for each draw in order, `how_many` picked at
/// random from its category (never a description). With `shuffle`, the
/// whole list is then shuffled; without, each draw's picks keep bank
/// order. A draw asking more than its category holds takes all it holds.
pub fn draw(pool: &[Drawable<'_>], draws: &[(String, u32)], shuffle: bool, rng: &mut impl Rng) -> Vec<usize> {
    // A category is drawn once (the quiz file's rule); were one named
    // twice, its second draw would still not ask a question again.
    let mut taken = vec![false; pool.len()];
    let mut drawn = Vec::new();
    for (category, how_many) in draws {
        let held: Vec<usize> = (0..pool.len())
            .filter(|&i| !taken[i] && !pool[i].description && pool[i].category == Some(category.as_str()))
            .collect();
        let amount = usize::try_from(*how_many).unwrap_or(usize::MAX).min(held.len());
        let mut picks: Vec<usize> =
            rand::seq::index::sample(rng, held.len(), amount).into_iter().map(|k| held[k]).collect();
        picks.sort_unstable();
        for &i in &picks {
            taken[i] = true;
        }
        drawn.extend(picks);
    }
    if shuffle {
        drawn.shuffle(rng);
    }
    drawn
}

/// A question's options laid out for an attempt: each under a fresh random
/// token (16 hex characters, unique within the layout), shuffled when
/// `shuffle` (true/false and a matching question's items keep their order;
/// a matching question's answers are always shuffled, as Moodle does).
pub fn layout(body: &Body, shuffle: bool, rng: &mut impl Rng) -> Layout {
    let mut tokens = Tokens::default();
    let mut placed = |indices: Vec<usize>, rng: &mut _| -> Vec<Placed> {
        indices.into_iter().map(|index| Placed { token: tokens.fresh(rng), index }).collect()
    };
    match body {
        Body::Description | Body::Essay | Body::ShortAnswer { .. } | Body::Numerical { .. } => Layout::default(),
        Body::TrueFalse { .. } => Layout { options: placed(vec![0, 1], rng), answers: Vec::new() },
        Body::MultipleChoice { choices } | Body::MultipleAnswers { choices } => {
            let mut order: Vec<usize> = (0..choices.len()).collect();
            if shuffle {
                order.shuffle(rng);
            }
            Layout { options: placed(order, rng), answers: Vec::new() }
        }
        Body::Matching { pairs } => {
            let items = items(pairs).collect();
            let mut answers: Vec<usize> = (0..pairs.len()).filter(|&i| first_with_answer(pairs, i) == i).collect();
            answers.shuffle(rng);
            let options = placed(items, rng);
            Layout { options, answers: placed(answers, rng) }
        }
    }
}

/// What a question's part of a submitted form answered: `fields` are the
/// form's (name, value) pairs. A choice question reads the values of
/// `answer` that are tokens of its layout (one for multiple choice and
/// true/false: the first); a typed one the first `answer`, trimmed and cut
/// to [`MAX_TEXT`] characters; matching the fields named `m-<item token>`
/// whose values are answer tokens. Unknown tokens are ignored. None when
/// nothing is answered (no option, empty text, no pair).
pub fn read_answer(body: &Body, layout: &Layout, fields: &[(String, String)]) -> Option<Answer> {
    let answers = fields.iter().filter(|(name, _)| name == "answer").map(|(_, value)| value.as_str());
    match body {
        Body::Description => None,
        Body::TrueFalse { .. } | Body::MultipleChoice { .. } => {
            let token = answers.into_iter().find(|value| token_index(&layout.options, value).is_some())?;
            Some(Answer::Choices(vec![token.to_string()]))
        }
        Body::MultipleAnswers { .. } => {
            let mut chosen: Vec<String> = Vec::new();
            for value in answers {
                if token_index(&layout.options, value).is_some() && !chosen.iter().any(|c| c == value) {
                    chosen.push(value.to_string());
                }
            }
            (!chosen.is_empty()).then_some(Answer::Choices(chosen))
        }
        Body::ShortAnswer { .. } | Body::Numerical { .. } | Body::Essay => {
            let text: String = answers.into_iter().next()?.trim().chars().take(MAX_TEXT).collect();
            (!text.is_empty()).then_some(Answer::Text(text))
        }
        Body::Matching { .. } => {
            let mut pairs: Vec<(String, String)> = Vec::new();
            for (name, value) in fields {
                let Some(item) = name.strip_prefix("m-") else { continue };
                if token_index(&layout.options, item).is_some()
                    && token_index(&layout.answers, value).is_some()
                    && !pairs.iter().any(|(answered, _)| answered == item)
                {
                    pairs.push((item.to_string(), value.clone()));
                }
            }
            (!pairs.is_empty()).then_some(Answer::Pairs(pairs))
        }
    }
}

/// How one answer grades.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Graded {
    /// 0..=[`Weight::FULL`]; None: an essay answered, waiting for a trainer.
    pub mark: Option<Weight>,
    /// The indices (as in [`Placed::index`]) of what the answer chose,
    /// for item analysis: choices ticked; true/false 0 or 1; the short or
    /// numerical answer matched; a matching question's items answered right.
    pub chosen: Vec<usize>,
}

/// Grades `answer` (None: not answered, worth 0) to `question`, laid out
/// as `layout`, with Moodle's semantics: multiple choice the chosen
/// choice's weight (not below 0); multiple answers the sum of the weights
/// ticked, clamped to 0..=100 %; true/false all or nothing; short answer
/// the first accepted answer that matches, trimmed, case-insensitive, `*`
/// matching any characters; numerical the first answer whose value within
/// its tolerance (or range) holds the number (a `,` read as a decimal
/// point); matching the share of items given their right answer (by the
/// answer's text); an answered essay None, an empty one 0.
pub fn grade(body: &Body, layout: &Layout, answer: Option<&Answer>) -> Graded {
    let zero = |chosen| Graded { mark: Some(Weight::ZERO), chosen };
    let Some(answer) = answer else {
        return zero(Vec::new());
    };
    match (body, answer) {
        (Body::Essay, Answer::Text(text)) if !text.trim().is_empty() => Graded { mark: None, chosen: Vec::new() },
        (Body::TrueFalse { answer: right, .. }, Answer::Choices(tokens)) => {
            match tokens.iter().find_map(|t| token_index(&layout.options, t)).filter(|&i| i < 2) {
                Some(i) => {
                    let mark = if (i == 0) == *right { Weight::FULL } else { Weight::ZERO };
                    Graded { mark: Some(mark), chosen: vec![i] }
                }
                None => zero(Vec::new()),
            }
        }
        (Body::MultipleChoice { choices }, Answer::Choices(tokens)) => {
            let chosen = tokens.iter().find_map(|t| token_index(&layout.options, t)).filter(|&i| i < choices.len());
            match chosen {
                Some(i) => Graded { mark: Some(choices[i].weight.max(Weight::ZERO)), chosen: vec![i] },
                None => zero(Vec::new()),
            }
        }
        (Body::MultipleAnswers { choices }, Answer::Choices(tokens)) => {
            let mut chosen: Vec<usize> =
                tokens.iter().filter_map(|t| token_index(&layout.options, t)).filter(|&i| i < choices.len()).collect();
            chosen.sort_unstable();
            chosen.dedup();
            let sum: WeightSum = chosen.iter().map(|&i| choices[i].weight).sum();
            // Weights a bank may round (three times 33.33333 %) add up to
            // 100 % within the import's tolerance: that is full marks.
            let mark = if (sum.0 - i64::from(Weight::FULL.units())).abs() <= MULTI_TOLERANCE {
                Weight::FULL
            } else {
                sum.clamped()
            };
            Graded { mark: Some(mark), chosen }
        }
        (Body::ShortAnswer { answers }, Answer::Text(text)) => {
            let given = text.trim().to_lowercase();
            let found = answers.iter().position(|a| glob_matches(&a.text.text.trim().to_lowercase(), &given));
            matched(found.map(|i| (i, answers[i].weight)))
        }
        (Body::Numerical { answers, .. }, Answer::Text(text)) => {
            matched(numerical_match(answers, text).map(|i| (i, answers[i].weight)))
        }
        (Body::Matching { pairs }, Answer::Pairs(given)) => {
            let total = items(pairs).count();
            let mut chosen = Vec::new();
            for (item_token, answer_token) in given {
                let item = token_index(&layout.options, item_token).filter(|&i| i < pairs.len());
                let answer = token_index(&layout.answers, answer_token).filter(|&i| i < pairs.len());
                if let (Some(item), Some(answer)) = (item, answer)
                    && !pairs[item].question.text.is_empty()
                    && pairs[item].answer == pairs[answer].answer
                    && !chosen.contains(&item)
                {
                    chosen.push(item);
                }
            }
            chosen.sort_unstable();
            let units = match total {
                0 => 0,
                total => i64::from(Weight::FULL.units()) * chosen.len() as i64 / total as i64,
            };
            Graded { mark: Some(WeightSum(units).clamped()), chosen }
        }
        // A description, an empty essay, or an answer of another kind than
        // its question (a stored attempt that no longer fits): nothing earned.
        _ => zero(Vec::new()),
    }
}

/// `question` as the learner answers it: its texts rendered and sanitised
/// ([`render_text`]), its options in the layout's order under their
/// tokens, with `answer` filled in. Nothing of the key: no weight, no
/// feedback, no accepted answer.
pub fn show(question: &Question, layout: &Layout, answer: Option<&Answer>) -> ShownQuestion {
    let chosen: &[String] = match answer {
        Some(Answer::Choices(tokens)) => tokens,
        _ => &[],
    };
    let typed = match answer {
        Some(Answer::Text(text)) => text.clone(),
        _ => String::new(),
    };
    let options = |html: &dyn Fn(usize) -> Option<String>| -> Vec<ShownOption> {
        layout
            .options
            .iter()
            .filter_map(|p| {
                Some(ShownOption { token: p.token.clone(), html: html(p.index)?, selected: chosen.contains(&p.token) })
            })
            .collect()
    };
    let choice_html = |choices: &[Choice], i: usize| choices.get(i).map(|c| render_text(&c.text));
    let form = match &question.body {
        // Never drawn; shown, it asks for nothing.
        Body::Description => AnswerForm::Many { options: Vec::new() },
        Body::TrueFalse { .. } => {
            AnswerForm::One { options: options(&|i| (i < 2).then(String::new)), true_false: true }
        }
        Body::MultipleChoice { choices } => {
            AnswerForm::One { options: options(&|i| choice_html(choices, i)), true_false: false }
        }
        Body::MultipleAnswers { choices } => AnswerForm::Many { options: options(&|i| choice_html(choices, i)) },
        Body::ShortAnswer { .. } => AnswerForm::Line { value: typed, numeric: false },
        Body::Numerical { .. } => AnswerForm::Line { value: typed, numeric: true },
        Body::Essay => AnswerForm::Essay { value: typed },
        Body::Matching { pairs } => {
            let given: &[(String, String)] = match answer {
                Some(Answer::Pairs(given)) => given,
                _ => &[],
            };
            let items = layout
                .options
                .iter()
                .filter_map(|p| {
                    let pair = pairs.get(p.index)?;
                    let selected = given.iter().find(|(item, _)| *item == p.token).map(|(_, a)| a.clone());
                    Some(ShownItem { token: p.token.clone(), html: render_text(&pair.question), selected })
                })
                .collect();
            let answers = layout
                .answers
                .iter()
                .filter_map(|p| Some(ShownAnswer { token: p.token.clone(), text: pairs.get(p.index)?.answer.clone() }))
                .collect();
            AnswerForm::Pairs { items, answers }
        }
    };
    ShownQuestion {
        text_html: render_text(&question.text),
        text_after_html: question.text_after.as_ref().map(render_text),
        form,
    }
}

/// A question of a submitted attempt as `policy` lets the learner see it:
/// [`show`]n with their answer, and with policy `correctness` the outcome
/// of `mark` (None: pending), with `feedback` also the right answer, the
/// feedback of what they chose and the general feedback, and `comment`.
pub fn review(
    slot: u32,
    question: &Question,
    layout: &Layout,
    answer: Option<&Answer>,
    mark: Option<Weight>,
    comment: Option<&str>,
    policy: QuizReview,
) -> ReviewedQuestion {
    let shown = show(question, layout, answer);
    let outcome = match policy {
        QuizReview::Score => None,
        QuizReview::Correctness | QuizReview::Feedback => Some(match mark {
            None => Outcome::Pending,
            Some(m) if m >= Weight::FULL => Outcome::Right,
            Some(m) if m <= Weight::ZERO => Outcome::Wrong,
            Some(_) => Outcome::Partly,
        }),
    };
    if policy != QuizReview::Feedback {
        return ReviewedQuestion { slot, shown, outcome, right: None, feedback: Vec::new(), comment: None };
    }
    let mut feedback: Vec<String> = chosen_feedback(&question.body, layout, answer).map(render_text).collect();
    feedback.extend(question.general_feedback.as_ref().map(render_text));
    ReviewedQuestion {
        slot,
        shown,
        outcome,
        right: Some(right_answer(&question.body)),
        feedback,
        comment: comment.map(str::to_string),
    }
}

/// A question's text as sanitised HTML: `[markdown]` through pulldown-cmark
/// and the lessons' sanitiser; `[moodle]` and `[plain]` escaped, with line
/// breaks kept. (`[html]` is refused at import.)
pub fn render_text(text: &tutela_gift::Text) -> String {
    match text.format {
        Format::Markdown => {
            let options = pulldown_cmark::Options::ENABLE_TABLES | pulldown_cmark::Options::ENABLE_STRIKETHROUGH;
            let mut html = String::new();
            pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new_ext(&text.text, options));
            crate::content::markdown::sanitise(&html)
        }
        // `[html]` never passes an import; were one stored, it is shown as text, never run.
        Format::Moodle | Format::Plain | Format::Html => {
            let mut html = String::with_capacity(text.text.len());
            for c in text.text.replace("\r\n", "\n").chars() {
                match c {
                    '&' => html.push_str("&amp;"),
                    '<' => html.push_str("&lt;"),
                    '>' => html.push_str("&gt;"),
                    '"' => html.push_str("&quot;"),
                    '\'' => html.push_str("&#39;"),
                    '\n' => html.push_str("<br>"),
                    c => html.push(c),
                }
            }
            html
        }
    }
}

/// Fresh tokens for one layout, none twice.
#[derive(Default)]
struct Tokens(HashSet<String>);

impl Tokens {
    fn fresh(&mut self, rng: &mut impl Rng) -> String {
        loop {
            let token = format!("{:016x}", rng.random::<u64>());
            if self.0.insert(token.clone()) {
                return token;
            }
        }
    }
}

/// The index a token stands for in `placed`.
fn token_index(placed: &[Placed], token: &str) -> Option<usize> {
    placed.iter().find(|p| p.token == token).map(|p| p.index)
}

/// A matching question's items: the pairs with a question (the others are
/// extra wrong answers), in order.
fn items(pairs: &[Pair]) -> impl Iterator<Item = usize> + '_ {
    (0..pairs.len()).filter(|&i| !pairs[i].question.text.is_empty())
}

/// The first pair with the same answer text as pair `i`: the index a
/// matching answer is laid out under.
fn first_with_answer(pairs: &[Pair], i: usize) -> usize {
    pairs.iter().position(|p| p.answer == pairs[i].answer).unwrap_or(i)
}

/// A short or numerical answer's grade from the answer it matched, if any
/// (a negative weight earns 0).
fn matched(found: Option<(usize, Weight)>) -> Graded {
    match found {
        Some((i, weight)) => Graded { mark: Some(weight.max(Weight::ZERO)), chosen: vec![i] },
        None => Graded { mark: Some(Weight::ZERO), chosen: Vec::new() },
    }
}

/// Whether `text` matches `pattern`, where `*` stands for any characters
/// (none included). Greedy with one backtrack point: at most
/// O(pattern × text) steps, linear for the usual patterns.
fn glob_matches(pattern: &str, text: &str) -> bool {
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    // The last `*` seen and where in the text it started matching.
    let mut star: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, t));
            p += 1;
        } else if p < pattern.len() && pattern[p] == text[t] {
            p += 1;
            t += 1;
        } else if let Some((star_p, star_t)) = star {
            p = star_p + 1;
            t = star_t + 1;
            star = Some((star_p, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

/// A learner's typed number: trimmed, a `,` read as the decimal point
/// when there is no `.`, and nothing else around it.
fn read_number(text: &str) -> Option<f64> {
    let text = text.trim();
    let text = if text.contains('.') { text.to_string() } else { text.replace(',', ".") };
    tutela_gift::Number::parse(&text).map(|n| n.value())
}

/// The first numerical answer that holds the number typed.
fn numerical_match(answers: &[NumericalAnswer], text: &str) -> Option<usize> {
    let x = read_number(text)?;
    // Room for floating-point noise (0.1 + 0.2), far below any tolerance a trainer writes.
    let slack = |scale: f64| 1e-9 * scale.abs().max(1.0);
    answers.iter().position(|a| match &a.value {
        NumericValue::Exact { value, tolerance } => {
            let tolerance = tolerance.as_ref().map_or(0.0, |t| t.value().abs());
            (x - value.value()).abs() <= tolerance + slack(value.value())
        }
        NumericValue::Range { min, max } => {
            let slack = slack(min.value().abs().max(max.value().abs()));
            min.value() - slack <= x && x <= max.value() + slack
        }
    })
}

/// The right answer as told in review.
fn right_answer(body: &Body) -> RightAnswer {
    let texts = |choices: &[Choice], keep: fn(Weight) -> bool| {
        RightAnswer::Texts(choices.iter().filter(|c| keep(c.weight)).map(|c| render_text(&c.text)).collect())
    };
    match body {
        Body::Description | Body::Essay => RightAnswer::None,
        Body::TrueFalse { answer, .. } => RightAnswer::TrueFalse(*answer),
        Body::MultipleChoice { choices } | Body::ShortAnswer { answers: choices } => {
            texts(choices, |w| w == Weight::FULL)
        }
        Body::MultipleAnswers { choices } => texts(choices, |w| w > Weight::ZERO),
        Body::Numerical { answers, .. } => RightAnswer::Texts(
            answers
                .iter()
                .filter(|a| a.weight == Weight::FULL)
                .map(|a| match &a.value {
                    NumericValue::Exact { value, tolerance: Some(t) } if t.value() != 0.0 => {
                        format!("{} ± {}", value.literal(), t.literal())
                    }
                    NumericValue::Exact { value, .. } => value.literal().to_string(),
                    NumericValue::Range { min, max } => format!("{} – {}", min.literal(), max.literal()),
                })
                .collect(),
        ),
        Body::Matching { pairs } => RightAnswer::Pairs(
            items(pairs).map(|i| (render_text(&pairs[i].question), pairs[i].answer.clone())).collect(),
        ),
    }
}

/// The feedback written for what the learner answered (nothing when unanswered).
fn chosen_feedback<'a>(body: &'a Body, layout: &Layout, answer: Option<&Answer>) -> impl Iterator<Item = &'a Text> {
    let chosen = grade(body, layout, answer).chosen;
    let texts: Vec<&'a Text> = match body {
        _ if answer.is_none() => Vec::new(),
        Body::TrueFalse { answer: right, feedback_wrong, feedback_right } => match chosen.first() {
            Some(&i) if (i == 0) == *right => feedback_right.iter().collect(),
            Some(_) => feedback_wrong.iter().collect(),
            None => Vec::new(),
        },
        Body::MultipleChoice { choices }
        | Body::MultipleAnswers { choices }
        | Body::ShortAnswer { answers: choices } => {
            chosen.iter().filter_map(|&i| choices.get(i)?.feedback.as_ref()).collect()
        }
        Body::Numerical { answers, wrong_feedback } => match chosen.first() {
            Some(&i) => answers.get(i).and_then(|a| a.feedback.as_ref()).into_iter().collect(),
            None => wrong_feedback.iter().collect(),
        },
        Body::Description | Body::Essay | Body::Matching { .. } => Vec::new(),
    };
    texts.into_iter()
}

#[cfg(test)]
mod tests;
