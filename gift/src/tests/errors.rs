//! Errors: lines, snippets, limits, lenient reading, sentences and codes, ID numbers.

use super::*;

#[test]
fn errors_name_their_line() {
    assert_eq!(errors("Q1 {T}\n\nQ2 {\n=a\n~b"), vec![(3, ErrorKind::UnclosedBrace)]);
    assert_eq!(errors("Q } oops {T}"), vec![(1, ErrorKind::UnopenedBrace)]);
    assert_eq!(errors("Q {\n=a\n{b}"), vec![(3, ErrorKind::NestedBrace)]);
    assert_eq!(errors("Q1 {T}\nQ2 {F}"), vec![(2, ErrorKind::SecondAnswerBlock)]);
    assert_eq!(errors("::Title\nQ {T}"), vec![(1, ErrorKind::UnclosedTitle)]);
    assert_eq!(errors("::Title::"), vec![(1, ErrorKind::EmptyQuestionText)]);
    assert_eq!(errors("::T::{T}"), vec![(1, ErrorKind::EmptyQuestionText)]);
    assert_eq!(errors("Q {\n~a\n~b\n=%50%c}"), vec![(1, ErrorKind::NoRightAnswer)]);
    assert_eq!(errors("Q {~a ~b ~%-50%c}"), vec![(1, ErrorKind::NoPositiveWeight)]);
    assert_eq!(
        errors("Q {~%50%a ~%50%b ~%0.01%c}"),
        vec![(1, ErrorKind::WeightsOverHundred { total: WeightSum(10_001_000) })]
    );
    assert_eq!(errors("Q {\n~%fifty%a\n=b}"), vec![(2, ErrorKind::MalformedWeight("%fifty%".into()))]);
    assert_eq!(errors("Q {~%50a =b}"), vec![(1, ErrorKind::MalformedWeight("%50a".into()))]);
    assert_eq!(errors("Q {~%150%a =b}"), vec![(1, ErrorKind::WeightOutOfRange("150".into()))]);
    assert_eq!(errors("Q {=%-101%a =b}"), vec![(1, ErrorKind::WeightOutOfRange("-101".into()))]);
    assert_eq!(errors("Q {#1,5}"), vec![(1, ErrorKind::MalformedNumber("1,5".into()))]);
    assert_eq!(errors("Q {#\n=1822:x}"), vec![(2, ErrorKind::MalformedNumber("x".into()))]);
    assert_eq!(errors("Q {#7..3}"), vec![(1, ErrorKind::MalformedRange("7..3".into()))]);
    assert_eq!(errors("Q {#3..}"), vec![(1, ErrorKind::MalformedRange("3..".into()))]);
    assert_eq!(errors("Q {#5:-1}"), vec![(1, ErrorKind::NegativeTolerance("-1".into()))]);
    assert_eq!(errors("Q {#}"), vec![(1, ErrorKind::NoNumber)]);
    assert_eq!(errors("Q {#=%50%3}"), vec![(1, ErrorKind::NoRightAnswer)]);
    assert_eq!(errors("Q {#3 ~4}"), vec![(1, ErrorKind::NumericalWrongAnswer("4".into()))]);
    assert_eq!(errors("$CATEGRY: a\n\nQ {T}"), vec![(1, ErrorKind::UnknownDirective("CATEGRY".into()))]);
    assert_eq!(errors("$category: a"), vec![(1, ErrorKind::UnknownDirective("category".into()))]);
    assert_eq!(errors("$CATEGORY:   "), vec![(1, ErrorKind::BadCategory("".into()))]);
    assert!(parse("$CATEGORY: a//").is_ok(), "`//` is a slash inside a name");
    assert_eq!(errors("$CATEGORY: a/ /b"), vec![(1, ErrorKind::BadCategory("a/ /b".into()))]);
    assert_eq!(errors("Q {=a -> b}"), vec![(1, ErrorKind::TooFewPairs)]);
    assert_eq!(errors("Q {=a -> b = -> c}"), vec![(1, ErrorKind::TooFewPairs)]);
    assert_eq!(errors("Q {\n=a -> b\n=c}"), vec![(3, ErrorKind::PairWithoutArrow)]);
    assert_eq!(errors("Q {=a -> b #fb =c -> d}"), vec![(1, ErrorKind::PairFeedback)]);
    assert_eq!(errors("Q {=a -> }"), vec![(1, ErrorKind::EmptyAnswer)]);
    assert_eq!(errors("Q {\n=a\n~\n~ #fb}"), vec![(3, ErrorKind::EmptyAnswer), (4, ErrorKind::EmptyAnswer)]);
    assert_eq!(errors("Q {=}"), vec![(1, ErrorKind::EmptyAnswer)]);
    assert!(matches!(one("Q {=a}").body, Body::ShortAnswer { .. }));
    assert_eq!(errors("Q {~a}"), vec![(1, ErrorKind::TooFewChoices)]);
    assert_eq!(errors("Q {yes =a ~b}"), vec![(1, ErrorKind::TextBeforeFirstAnswer("yes".into()))]);
    assert_eq!(errors("Q {maybe}"), vec![(1, ErrorKind::TextBeforeFirstAnswer("maybe".into()))]);
    assert_eq!(errors("Q {T} after"), vec![(1, ErrorKind::TextAfterAnswers(Kind::TrueFalse))]);
    assert_eq!(errors("Q {}\nafter"), vec![(2, ErrorKind::TextAfterAnswers(Kind::Essay))]);
    assert_eq!(errors("Q {=a->b =c->d} after"), vec![(1, ErrorKind::TextAfterAnswers(Kind::Matching))]);
}

#[test]
fn limits_stop_reading_at_the_line_where_they_are_reached() {
    let limits = ParseLimits { max_bytes: 20, max_questions: 2, max_errors: 2 };
    assert_eq!(
        ParseLimits::default(),
        ParseLimits { max_bytes: 2 * 1024 * 1024, max_questions: 5_000, max_errors: 100 }
    );
    // 20 bytes: the question crossing the limit is not read, nor its comment.
    let errors = |source: &str| parse_with(source, &limits).unwrap_err();
    assert!(parse_with("Q1 {T}\n\nQ2 {F}\n", &limits).is_ok());
    assert_eq!(
        errors("Q1 {T}\n\n// c\nQ2 {=a ~b}"),
        vec![GiftError { line: 3, kind: ErrorKind::TooLarge { max_bytes: 20 } }]
    );
    assert_eq!(
        errors(&format!("Q1 {{T}}{}", "\n".repeat(15))),
        vec![GiftError { line: 16, kind: ErrorKind::TooLarge { max_bytes: 20 } }]
    );
    let limits = ParseLimits { max_bytes: 1_000, ..limits };
    let errors = |source: &str| parse_with(source, &limits).unwrap_err();
    assert_eq!(
        errors("Q1 {T}\n\nQ2 {T}\n\n$CATEGORY: a\n\nQ3 {T}\n\nQ4 {"),
        vec![GiftError { line: 7, kind: ErrorKind::TooManyQuestions { max: 2 } }]
    );
    // Two errors, then the third stops reading: the fourth is not looked at.
    assert_eq!(
        errors("Q {\n\nQ {\n\nGood {T}\n\nQ {=a\n~\n~\n}\n\nQ {"),
        vec![
            GiftError { line: 1, kind: ErrorKind::UnclosedBrace },
            GiftError { line: 3, kind: ErrorKind::UnclosedBrace },
            GiftError { line: 8, kind: ErrorKind::TooManyErrors { max: 2 } },
        ]
    );
    // Exactly two errors: nothing stopped.
    assert_eq!(errors("Q {\n\nQ {").len(), 2);
}

#[test]
fn errors_quote_at_most_a_short_snippet() {
    let long = "x".repeat(10_000);
    let digits = "9".repeat(10_000);
    for source in [
        format!("$CATEGORY{}: a", long.to_uppercase()),
        format!("$CATEGORY: a//{long}/ /b"),
        format!("Q {{~%{digits}%a =b}}"),
        format!("Q {{~%{long}%a =b}}"),
        format!("Q {{#1:-{digits}}}"),
        format!("Q {{#{long}}}"),
        format!("Q {{#1..{long}}}"),
        format!("Q {{{long} =a ~b}}"),
        format!("Q {{#1 ~{long}}}"),
    ] {
        for e in errors(&source) {
            assert!(format!("{:?}", e.1).len() < 200, "{source:.20}: {:?}", e.1);
        }
    }
}

#[test]
fn every_error_of_a_file_is_reported_and_no_bank() {
    let source = "Good {T}\n\nQ {\n~a\n~b}\n\n$NOPE: x\n\nGood too {=a ~b}\n\nQ {#x}";
    assert_eq!(
        errors(source),
        vec![
            (3, ErrorKind::NoPositiveWeight),
            (7, ErrorKind::UnknownDirective("NOPE".into())),
            (11, ErrorKind::MalformedNumber("x".into())),
        ]
    );
}

#[test]
fn lenient_parsing_keeps_the_good_questions_beside_the_errors() {
    let source = "$CATEGORY: a\n\nGood {T}\n\nQ {\n~a\n~b}\n\n$NOPE: x\n\n// [id:g2]\nGood too {=a ~b}\n\nQ {#x}";
    let (bank, errs) = parse_lenient(source);
    let texts: Vec<(&str, Option<&str>)> =
        bank.questions.iter().map(|q| (q.text.text.as_str(), q.category.as_deref())).collect();
    assert_eq!(texts, vec![("Good", Some("a")), ("Good too", Some("a"))]);
    assert_eq!(bank.questions[1].id_number.as_deref(), Some("g2"));
    assert_eq!(parse(source), Err(errs.clone()));
    assert_eq!(errs.iter().map(|e| e.line).collect::<Vec<_>>(), vec![5, 9, 14]);
    // No error: the same bank as `parse`.
    assert_eq!(parse_lenient("Q {T}\n\nR {F}"), (parse("Q {T}\n\nR {F}").unwrap(), vec![]));
    // Past a limit, the questions read until there (the next block is not read).
    let limits = ParseLimits { max_questions: 1, ..ParseLimits::default() };
    let (bank, errs) = parse_lenient_with("Q {T}\n\nR {\n\nS {F}", &limits);
    assert_eq!(bank.questions.len(), 1);
    assert_eq!(errs, vec![GiftError { line: 3, kind: ErrorKind::TooManyQuestions { max: 1 } }]);
}

#[test]
fn errors_read_as_sentences() {
    let e = GiftError { line: 12, kind: ErrorKind::UnclosedBrace };
    assert_eq!(e.to_string(), "line 12: this question has an opening `{` but no closing `}`");
    let e = ErrorKind::WeightsOverHundred { total: WeightSum(15_000_000) };
    assert_eq!(e.to_string(), "the right answers' weights add up to 150 %, over 100 %");
    let e = ErrorKind::TextAfterAnswers(Kind::TrueFalse);
    assert!(e.to_string().contains("which a true/false question cannot be"), "{e}");
    assert_eq!(Snippet::new(&"1".repeat(50)).as_str(), format!("{}…", "1".repeat(40)));
    assert_eq!(Snippet::new("a\nb").as_str(), "a b");
}

/// One of each kind of error; the match fails to compile when a kind is
/// added, so that it gets a code here too.
fn one_of_each() -> Vec<ErrorKind> {
    let all = vec![
        ErrorKind::UnclosedBrace,
        ErrorKind::UnopenedBrace,
        ErrorKind::NestedBrace,
        ErrorKind::SecondAnswerBlock,
        ErrorKind::UnclosedTitle,
        ErrorKind::EmptyQuestionText,
        ErrorKind::NoRightAnswer,
        ErrorKind::NoPositiveWeight,
        ErrorKind::WeightsOverHundred { total: WeightSum(0) },
        ErrorKind::WeightsUnderHundred { total: WeightSum(0) },
        ErrorKind::MalformedWeight("".into()),
        ErrorKind::WeightOutOfRange("".into()),
        ErrorKind::MalformedNumber("".into()),
        ErrorKind::MalformedRange("".into()),
        ErrorKind::NegativeTolerance("".into()),
        ErrorKind::NoNumber,
        ErrorKind::UnknownDirective("".into()),
        ErrorKind::BadCategory("".into()),
        ErrorKind::TooFewPairs,
        ErrorKind::PairWithoutArrow,
        ErrorKind::PairFeedback,
        ErrorKind::TooFewChoices,
        ErrorKind::EmptyAnswer,
        ErrorKind::TextBeforeFirstAnswer("".into()),
        ErrorKind::NumericalWrongAnswer("".into()),
        ErrorKind::TextAfterAnswers(Kind::Essay),
        ErrorKind::TooLarge { max_bytes: 0 },
        ErrorKind::TooManyQuestions { max: 0 },
        ErrorKind::TooManyErrors { max: 0 },
        ErrorKind::DuplicateIdNumber { id_number: "".into(), first_line: 0 },
    ];
    for kind in &all {
        match kind {
            ErrorKind::UnclosedBrace
            | ErrorKind::UnopenedBrace
            | ErrorKind::NestedBrace
            | ErrorKind::SecondAnswerBlock
            | ErrorKind::UnclosedTitle
            | ErrorKind::EmptyQuestionText
            | ErrorKind::NoRightAnswer
            | ErrorKind::NoPositiveWeight
            | ErrorKind::WeightsOverHundred { .. }
            | ErrorKind::WeightsUnderHundred { .. }
            | ErrorKind::MalformedWeight(_)
            | ErrorKind::WeightOutOfRange(_)
            | ErrorKind::MalformedNumber(_)
            | ErrorKind::MalformedRange(_)
            | ErrorKind::NegativeTolerance(_)
            | ErrorKind::NoNumber
            | ErrorKind::UnknownDirective(_)
            | ErrorKind::BadCategory(_)
            | ErrorKind::TooFewPairs
            | ErrorKind::PairWithoutArrow
            | ErrorKind::PairFeedback
            | ErrorKind::TooFewChoices
            | ErrorKind::EmptyAnswer
            | ErrorKind::TextBeforeFirstAnswer(_)
            | ErrorKind::NumericalWrongAnswer(_)
            | ErrorKind::TextAfterAnswers(_)
            | ErrorKind::TooLarge { .. }
            | ErrorKind::TooManyQuestions { .. }
            | ErrorKind::TooManyErrors { .. }
            | ErrorKind::DuplicateIdNumber { .. } => {}
        }
    }
    all
}

#[test]
fn every_error_has_its_own_stable_code() {
    let all = one_of_each();
    let codes: Vec<&str> = all.iter().map(ErrorKind::code).collect();
    let unique: std::collections::BTreeSet<&str> = codes.iter().copied().collect();
    assert_eq!(unique.len(), all.len(), "{codes:?}");
    for code in &codes {
        assert!(
            !code.is_empty()
                && code.split('-').all(|word| !word.is_empty() && word.bytes().all(|b| b.is_ascii_lowercase())),
            "{code}"
        );
    }
    // Stored and translated: these never change.
    assert_eq!(ErrorKind::UnclosedBrace.code(), "unclosed-brace");
    assert_eq!(ErrorKind::WeightsOverHundred { total: WeightSum(0) }.code(), "weights-over-hundred");
    assert_eq!(ErrorKind::TextAfterAnswers(Kind::Essay).code(), "text-after-answers");
}

#[test]
fn two_questions_of_a_bank_cannot_share_an_id_number() {
    let source = "// [id:q1]\nA {T}\n\n// [id:q2]\nB {T}\n\n// [id: q1 ]\nC {F}\n\n// [id:q1]\nD {\n\nE {T}";
    assert_eq!(
        errors(source),
        vec![
            (8, ErrorKind::DuplicateIdNumber { id_number: "q1".into(), first_line: 2 }),
            (11, ErrorKind::UnclosedBrace)
        ]
    );
    assert_eq!(
        ErrorKind::DuplicateIdNumber { id_number: "q1".into(), first_line: 2 }.to_string(),
        "the ID number `q1` is already the one of the question at line 2"
    );
    // Without an ID number, or with different ones, questions are alike.
    assert_eq!(parse("A {T}\n\nA {T}\n\n// [id:Q1]\nA {T}\n\n// [id:q1]\nA {T}").unwrap().questions.len(), 4);
}
