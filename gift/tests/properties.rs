//! Properties: `parse` never panics (arbitrary strings, GIFT-flavoured
//! strings, mutations of the fixture); whatever parses survives export →
//! parse; and generated banks of every type survive export → parse.

use proptest::prelude::*;
use std::sync::Arc;
use tutela_gift::{
    Bank, Body, Choice, Format, Number, NumericValue, NumericalAnswer, Pair, ParseLimits, Question, Text, Weight,
    export, parse, parse_lenient,
};

const FIXTURE: &str = include_str!("fixtures/every-type.gift");

/// The questions `source` gives, errors or not, keep every rule, and their
/// export parses to the same questions.
fn parsed_banks_round_trip(source: &str) -> Result<(), TestCaseError> {
    let (bank, errors) = parse_lenient(source);
    prop_assert!(errors.len() <= ParseLimits::default().max_errors + 1);
    for q in &bank.questions {
        prop_assert_eq!(q.check(), vec![], "{:?}", q);
    }
    let exported = export(&bank);
    match parse(&exported) {
        Ok(again) => prop_assert_eq!(bank.without_lines(), again.without_lines(), "export:\n{}", exported),
        Err(e) => prop_assert!(false, "the export of {:?} does not parse: {:?}\n{}", source, e, exported),
    }
    Ok(())
}

/// Pieces GIFT gives a meaning to, and some that look like it.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "=",
    "~",
    "#",
    "####",
    ":",
    "::",
    "->",
    "%",
    "%50%",
    "%-100%",
    "%33.33333%",
    "\\",
    "\\{",
    "\\n",
    "\n",
    "\n\n",
    "\r\n",
    "//",
    "$CATEGORY: ",
    "$X: ",
    "[html]",
    "// [id:a] [tag:b]\n",
    "[id:",
    "[tag:",
    "\\]",
    "[markdown]",
    "[",
    "]",
    "T",
    "FALSE",
    "..",
    "1822",
    "-0.5e3",
    " ",
    "é",
    "\u{feff}",
    "\u{a0}",
    "\t",
];

fn gift_like() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![3 => prop::sample::select(TOKENS).prop_map(str::to_owned), 1 => "[a-z ]{1,6}"],
        0..60,
    )
    .prop_map(|parts| parts.concat())
}

#[derive(Debug, Clone)]
enum Edit {
    Delete(usize, usize),
    Insert(usize, &'static str),
    Duplicate(usize, usize),
}

fn mutated_fixture() -> impl Strategy<Value = String> {
    let edit = prop_oneof![
        (any::<usize>(), 1..40usize).prop_map(|(at, len)| Edit::Delete(at, len)),
        (any::<usize>(), prop::sample::select(TOKENS)).prop_map(|(at, token)| Edit::Insert(at, token)),
        (any::<usize>(), 1..200usize).prop_map(|(at, len)| Edit::Duplicate(at, len)),
    ];
    prop::collection::vec(edit, 1..8).prop_map(|edits| {
        let mut chars: Vec<char> = FIXTURE.chars().collect();
        for edit in edits {
            let n = chars.len().max(1);
            match edit {
                Edit::Delete(at, len) => {
                    let at = at % n;
                    chars.drain(at..(at + len).min(chars.len()));
                }
                Edit::Insert(at, token) => {
                    let at = at % n;
                    chars.splice(at.min(chars.len())..at.min(chars.len()), token.chars());
                }
                Edit::Duplicate(at, len) => {
                    let at = at % n;
                    let piece: Vec<char> = chars[at.min(chars.len())..(at + len).min(chars.len())].to_vec();
                    chars.splice(at.min(chars.len())..at.min(chars.len()), piece);
                }
            }
        }
        chars.into_iter().collect()
    })
}

// Generated banks. GIFT trims texts, and cannot say some things (see
// export.rs): the generators stay within what it can say.

fn raw_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 ~=#{}:%\\[\\]/>$\\\\é→\n-]{1,16}"
        .prop_map(|s| s.trim().to_owned())
        .prop_filter("empty", |s| !s.is_empty())
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![4 => Just(Format::Moodle), 1 => Just(Format::Html), 1 => Just(Format::Plain), 1 => Just(Format::Markdown)]
}

fn text() -> impl Strategy<Value = Text> {
    (format(), raw_text()).prop_map(|(format, text)| Text { format, text })
}

fn text_without_arrow() -> impl Strategy<Value = Text> {
    text().prop_filter("->", |t| !t.text.contains("->"))
}

fn feedback() -> impl Strategy<Value = Option<Text>> {
    prop::option::weighted(0.4, text())
}

fn weight() -> impl Strategy<Value = Weight> {
    prop_oneof![
        Just(Weight::ZERO),
        Just(Weight::FULL),
        (-100i32..=100).prop_filter_map("in range", |p| Weight::new(p * Weight::UNIT)),
        (-Weight::FULL.units()..=Weight::FULL.units()).prop_filter_map("in range", Weight::new),
    ]
}

fn choice(text: impl Strategy<Value = Text>) -> impl Strategy<Value = Choice> {
    (weight(), text, feedback()).prop_map(|(weight, text, feedback)| Choice { weight, text, feedback })
}

/// At least one answer worth 100 %.
fn with_a_right_one(mut choices: Vec<Choice>, at: usize) -> Vec<Choice> {
    let at = at % choices.len();
    choices[at].weight = Weight::FULL;
    choices
}

fn number() -> impl Strategy<Value = Number> {
    "-?[0-9]{1,4}(\\.[0-9]{0,3})?([eE]-?[0-9])?".prop_filter_map("not a number", |s| Number::parse(&s))
}

fn numeric_value() -> impl Strategy<Value = NumericValue> {
    prop_oneof![
        (number(), prop::option::of(number().prop_filter("negative", |n| n.value() >= 0.0)))
            .prop_map(|(value, tolerance)| NumericValue::Exact { value, tolerance }),
        (number(), number()).prop_map(|(a, b)| if a.value() <= b.value() {
            NumericValue::Range { min: a, max: b }
        } else {
            NumericValue::Range { min: b, max: a }
        }),
    ]
}

fn body() -> impl Strategy<Value = Body> {
    prop_oneof![
        Just(Body::Description),
        Just(Body::Essay),
        (any::<bool>(), feedback(), feedback()).prop_map(|(answer, feedback_wrong, feedback_right)| Body::TrueFalse {
            answer,
            feedback_wrong,
            feedback_right
        }),
        (prop::collection::vec(choice(text()), 2..6), any::<usize>())
            .prop_map(|(choices, at)| Body::MultipleChoice { choices: with_a_right_one(choices, at) }),
        (prop::collection::vec(choice(text()), 2..6)).prop_map(|mut choices| {
            // The positive weights share 100 % (the last one takes what
            // rounding leaves); the others stay as drawn.
            if choices.iter().all(|c| c.weight <= Weight::ZERO) {
                choices[0].weight = Weight::FULL;
            }
            let right: Vec<usize> = (0..choices.len()).filter(|&i| choices[i].weight > Weight::ZERO).collect();
            let share = Weight::FULL.units() / right.len() as i32;
            for (n, &i) in right.iter().enumerate() {
                let units = if n + 1 == right.len() { Weight::FULL.units() - share * n as i32 } else { share };
                choices[i].weight = Weight::new(units).expect("a share of 100 %");
            }
            Body::MultipleAnswers { choices }
        }),
        (prop::collection::vec(choice(text_without_arrow()), 1..5), any::<usize>())
            .prop_map(|(answers, at)| Body::ShortAnswer { answers: with_a_right_one(answers, at) }),
        (prop::collection::vec((weight(), numeric_value(), feedback()), 1..4), any::<usize>(), feedback()).prop_map(
            |(answers, at, wrong_feedback)| {
                let at = at % answers.len();
                let answers = answers
                    .into_iter()
                    .enumerate()
                    .map(|(i, (weight, value, feedback))| NumericalAnswer {
                        weight: if i == at { Weight::FULL } else { weight },
                        value,
                        feedback,
                    })
                    .collect();
                Body::Numerical { answers, wrong_feedback }
            }
        ),
        (prop::collection::vec((text_without_arrow(), raw_text()), 2..5), prop::option::of((format(), raw_text())))
            .prop_map(|(pairs, extra)| {
                let mut pairs: Vec<Pair> =
                    pairs.into_iter().map(|(question, answer)| Pair { question, answer }).collect();
                if let Some((format, answer)) = extra {
                    pairs.push(Pair { question: Text { format, text: String::new() }, answer });
                }
                Body::Matching { pairs }
            }),
    ]
}

const CATEGORIES: &[&str] = &["Foundations", "Foundations/Terminology", "$course$/top/Evidence: chain", "a//b/c{d}"];

/// IDs and tags: one line of a comment, no control character, no `<>` in a
/// tag.
fn id_or_tag() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9 \\[\\]:#{}é\\\\-]{1,10}".prop_map(|s| s.trim().to_owned()).prop_filter("empty", |s| !s.is_empty())
}

fn question() -> impl Strategy<Value = Question> {
    (
        (prop::option::of(id_or_tag()), prop::collection::vec(id_or_tag(), 0..3)),
        prop::option::of(prop::sample::select(CATEGORIES)),
        prop::option::of(raw_text()),
        text(),
        prop::option::of(raw_text()),
        any::<bool>(),
        body(),
        feedback(),
    )
        .prop_map(|((id, tags), category, title, text, after, blank_first, body, general_feedback)| {
            let missing_word = matches!(
                body,
                Body::MultipleChoice { .. }
                    | Body::MultipleAnswers { .. }
                    | Body::ShortAnswer { .. }
                    | Body::Numerical { .. }
            );
            let text_after = after.filter(|_| missing_word).map(|after| Text { format: text.format, text: after });
            // A missing word may open the question: no text before the blank.
            let text = if blank_first && text_after.is_some() { Text { text: String::new(), ..text } } else { text };
            let general_feedback = if matches!(body, Body::Description) { None } else { general_feedback };
            Question {
                line: 0,
                category: category.map(Arc::from),
                id_number: id,
                tags,
                title,
                text,
                text_after,
                body,
                general_feedback,
            }
        })
}

fn bank() -> impl Strategy<Value = Bank> {
    prop::collection::vec(question(), 0..8).prop_map(|mut questions| {
        // A `$CATEGORY:` line holds until the next one; an ID number is
        // the one of one question.
        let mut current: Option<Arc<str>> = None;
        let mut id_numbers = std::collections::HashSet::new();
        for q in &mut questions {
            if q.id_number.as_ref().is_some_and(|id| !id_numbers.insert(id.clone())) {
                q.id_number = None;
            }
            if q.category.is_some() {
                current.clone_from(&q.category);
            } else {
                q.category.clone_from(&current);
            }
        }
        Bank { questions }
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2_000, ..ProptestConfig::default() })]

    #[test]
    fn parse_never_panics_on_arbitrary_strings(source in any::<String>()) {
        let _ = parse(&source);
    }

    #[test]
    fn parse_never_panics_on_gift_like_strings_and_what_parses_round_trips(source in gift_like()) {
        parsed_banks_round_trip(&source)?;
    }

    #[test]
    fn parse_never_panics_on_mutations_of_the_fixture_and_what_parses_round_trips(source in mutated_fixture()) {
        parsed_banks_round_trip(&source)?;
    }

    #[test]
    fn generated_banks_keep_the_rules_and_round_trip(bank in bank()) {
        for q in &bank.questions {
            prop_assert_eq!(q.check(), vec![], "{:?}", q);
        }
        let exported = export(&bank);
        match parse(&exported) {
            Ok(again) => prop_assert_eq!(bank.without_lines(), again.without_lines(), "export:\n{}", exported),
            Err(e) => prop_assert!(false, "does not parse: {:?}\n{}", e, exported),
        }
    }
}
