use crate::*;
use std::sync::Arc;

fn one(source: &str) -> Question {
    let bank = parse(source).unwrap_or_else(|e| panic!("{source:?} should parse: {e:?}"));
    assert_eq!(bank.questions.len(), 1, "{source:?}");
    bank.questions.into_iter().next().unwrap()
}

fn errors(source: &str) -> Vec<(usize, ErrorKind)> {
    match parse(source) {
        Ok(bank) => panic!("{source:?} should not parse: {bank:?}"),
        Err(errors) => errors.into_iter().map(|e| (e.line, e.kind)).collect(),
    }
}

fn moodle(text: &str) -> Text {
    Text::new(Format::Moodle, text)
}

fn w(percent: i32) -> Weight {
    Weight::new(percent * Weight::UNIT).unwrap()
}

fn choices(q: &Question) -> Vec<(Weight, &str, Option<&str>)> {
    let (Body::MultipleChoice { choices } | Body::MultipleAnswers { choices } | Body::ShortAnswer { answers: choices }) =
        &q.body
    else {
        panic!("not a choice question: {q:?}")
    };
    choices.iter().map(|c| (c.weight, c.text.text.as_str(), c.feedback.as_ref().map(|f| f.text.as_str()))).collect()
}

/// parse → export → parse gives the same questions (lines aside).
fn round_trips(source: &str) {
    let first = parse(source).unwrap();
    let exported = export(&first);
    let second = parse(&exported).unwrap_or_else(|e| panic!("export of {source:?} does not parse: {e:?}\n{exported}"));
    assert_eq!(first.without_lines(), second.without_lines(), "{exported}");
}

#[test]
fn multiple_choice_with_one_right_answer() {
    let q = one("Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}");
    assert_eq!(q.text, moodle("Who's buried in Grant's tomb?"));
    assert!(matches!(q.body, Body::MultipleChoice { .. }));
    assert_eq!(choices(&q), vec![(w(0), "Grant", None), (w(0), "Jefferson", None), (w(100), "no one", None)]);
    assert_eq!(q.line, 1);
    assert_eq!(q.text_after, None);
}

#[test]
fn multiple_choice_feedback_partial_credit_and_lines() {
    let q =
        one("\n\n::Q2:: What's between orange and green? {\n=yellow # right; good!\n~red # wrong\n~%50%lime#close\n}");
    assert_eq!(q.line, 3);
    assert_eq!(q.title.as_deref(), Some("Q2"));
    assert_eq!(
        choices(&q),
        vec![(w(100), "yellow", Some("right; good!")), (w(0), "red", Some("wrong")), (w(50), "lime", Some("close"))]
    );
}

#[test]
fn multiple_answers_with_weights_including_negative() {
    let q = one(
        "What two people are entombed in Grant's tomb? {~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}",
    );
    assert!(matches!(q.body, Body::MultipleAnswers { .. }));
    let weights: Vec<_> = choices(&q).into_iter().map(|c| c.0).collect();
    assert_eq!(weights, vec![w(-100), w(50), w(50), w(-100)]);
}

#[test]
fn weights_are_exact_to_five_decimals() {
    let q = one("Pick three. {~%33.33333%a ~%33.33333%b ~%33.33334%c ~d}");
    let weights: Vec<_> = choices(&q).into_iter().map(|c| c.0).collect();
    let units: Vec<i32> = weights.iter().map(|w| w.units()).collect();
    assert_eq!(units, vec![3_333_333, 3_333_333, 3_333_334, 0]);
    assert_eq!(weights[0].percent(), "33.33333");
    assert_eq!(Weight::new(-1_250_000).unwrap().percent(), "-12.5");
    assert_eq!(Weight::FULL.percent(), "100");
    assert_eq!(Weight::parse_percent("050.50"), Ok(Weight::new(5_050_000).unwrap()));
    assert_eq!(Weight::parse_percent("100.000001"), Err(false));
    assert_eq!(Weight::parse_percent("100.00001"), Err(true));
    assert_eq!(Weight::parse_percent("9999999999999"), Err(true));
    assert_eq!(Weight::parse_percent("5."), Err(false));
    assert_eq!(Weight::parse_percent(""), Err(false));
    // Rounded sevenths add up to 100.00004 % or 99.99997 %: within the margin.
    one("Seven. {~%14.28572%a ~%14.28572%b ~%14.28572%c ~%14.28572%d ~%14.28572%e ~%14.28572%f ~%14.28572%g}");
    one("Seven. {~%14.28571%a ~%14.28571%b ~%14.28571%c ~%14.28571%d ~%14.28571%e ~%14.28571%f ~%14.28571%g}");
}

#[test]
fn weights_are_always_within_a_hundred_percent_and_scores_are_clamped() {
    assert_eq!(Weight::new(10_000_000), Some(Weight::FULL));
    assert_eq!(Weight::new(-10_000_000).map(Weight::units), Some(-10_000_000));
    assert_eq!(Weight::new(0), Some(Weight::ZERO));
    assert_eq!(Weight::new(10_000_001), None);
    assert_eq!(Weight::new(-10_000_001), None);
    assert_eq!(Weight::new(i32::MIN), None);
    let score = |percents: &[i32]| percents.iter().map(|&p| w(p)).sum::<WeightSum>().clamped();
    assert_eq!(score(&[50, 50]), Weight::FULL);
    assert_eq!(score(&[50, -100]), Weight::ZERO);
    assert_eq!(score(&[50, 25, -25]), w(50));
    assert_eq!(score(&[100, 100, 100]), Weight::FULL);
    assert_eq!(score(&[]), Weight::ZERO);
}

#[test]
fn multiple_answers_must_give_full_marks_for_every_right_answer() {
    assert_eq!(
        errors("Q {\n~%50%a\n~%25%b\n~%-100%c}"),
        vec![(1, ErrorKind::WeightsUnderHundred { total: WeightSum(7_500_000) })]
    );
    assert_eq!(errors("Q {~%99.998%a ~b}"), vec![(1, ErrorKind::WeightsUnderHundred { total: WeightSum(9_999_800) })]);
    assert_eq!(
        ErrorKind::WeightsUnderHundred { total: WeightSum(7_500_000) }.to_string(),
        "the right answers' weights add up to 75 %, under 100 %: ticking every right answer would not give full marks"
    );
    assert!(matches!(one("Q {~%100%a ~b}").body, Body::MultipleAnswers { .. }));
    assert!(matches!(one("Q {~%99.999%a ~b}").body, Body::MultipleAnswers { .. }));
}

#[test]
fn true_false_short_and_long_forms_with_feedback() {
    for (answer, expected) in [("T", true), ("TRUE", true), ("F", false), ("FALSE", false), ("true", true)] {
        let q = one(&format!("The sun rises in the east. {{{answer}}}"));
        assert_eq!(q.body, Body::TrueFalse { answer: expected, feedback_wrong: None, feedback_right: None });
    }
    let q = one("1+1=2 {TRUE#No, it is.#Yes.####Arithmetic.}");
    assert_eq!(
        q.body,
        Body::TrueFalse {
            answer: true,
            feedback_wrong: Some(moodle("No, it is.")),
            feedback_right: Some(moodle("Yes."))
        }
    );
    assert_eq!(q.general_feedback, Some(moodle("Arithmetic.")));
    assert_eq!(q.text, moodle("1+1=2"));
    let q = one("Right only {F##Well done.}");
    assert_eq!(
        q.body,
        Body::TrueFalse { answer: false, feedback_wrong: None, feedback_right: Some(moodle("Well done.")) }
    );
}

#[test]
fn short_answer_several_and_partial() {
    let q = one("Who's buried in Grant's tomb?{=Grant =Ulysses S. Grant =%50%Ulysses #Half. =Ulysses Grant}");
    assert!(matches!(q.body, Body::ShortAnswer { .. }));
    assert_eq!(
        choices(&q),
        vec![
            (w(100), "Grant", None),
            (w(100), "Ulysses S. Grant", None),
            (w(50), "Ulysses", Some("Half.")),
            (w(100), "Ulysses Grant", None)
        ]
    );
    let q = one("Two plus two equals {=four =4}.");
    assert_eq!(q.text_after, Some(moodle(".")));
}

#[test]
fn missing_word_keeps_the_text_after_the_blank() {
    let q = one("Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.");
    assert_eq!(q.text, moodle("Moodle costs"));
    assert_eq!(q.text_after, Some(moodle("to download from moodle.org.")));
    assert!(matches!(q.body, Body::MultipleChoice { .. }));
    let q = one("[markdown]{=Blank ~Empty} first.");
    assert_eq!(q.text, Text::new(Format::Markdown, ""));
    assert_eq!(q.text_after, Some(Text::new(Format::Markdown, "first.")));
}

#[test]
fn numerical_exact_tolerance_range_and_partial() {
    let exact = |literal: &str| Number::parse(literal).unwrap();
    let q = one("When was Ulysses S. Grant born?{#1822}");
    let Body::Numerical { answers, wrong_feedback: None } = &q.body else { panic!("{q:?}") };
    assert_eq!(answers[0].value, NumericValue::Exact { value: exact("1822"), tolerance: None });
    let q = one("Year? {#2021:0}");
    let Body::Numerical { answers, .. } = &q.body else { panic!() };
    assert_eq!(answers[0].value, NumericValue::Exact { value: exact("2021"), tolerance: Some(exact("0")) });
    let q = one("From 3 to 7. {#3..7}");
    let Body::Numerical { answers, .. } = &q.body else { panic!() };
    assert_eq!(answers[0].value, NumericValue::Range { min: exact("3"), max: exact("7") });
    let q = one("Grant? {# =1822:0 #Right =%50%1822:2 #Close ~#Wrong}");
    let Body::Numerical { answers, wrong_feedback } = &q.body else { panic!() };
    assert_eq!(answers.len(), 2);
    assert_eq!(answers[1].weight, w(50));
    assert_eq!(answers[1].feedback, Some(moodle("Close")));
    assert_eq!(wrong_feedback, &Some(moodle("Wrong")));
    let q = one("Negative range {#-5.5..-1e0}");
    let Body::Numerical { answers, .. } = &q.body else { panic!() };
    let NumericValue::Range { min, max } = &answers[0].value else { panic!() };
    assert_eq!((min.value(), max.value(), min.literal()), (-5.5, -1.0, "-5.5"));
}

#[test]
fn numbers_are_read_strictly() {
    for good in ["0", "-1", "+2.5", ".5", "5.", "1e3", "1.5E-3"] {
        assert!(Number::parse(good).is_some(), "{good}");
    }
    for bad in ["", "-", ".", "1,5", "inf", "NaN", "0x10", "1e", "1e400", " 1", "1 2", "١"] {
        assert!(Number::parse(bad).is_none(), "{bad}");
    }
}

#[test]
fn matching_pairs_and_an_extra_answer() {
    let q = one("Which animal eats which food? { =cat -> cat food =dog -> dog food = -> grass }");
    let Body::Matching { pairs } = &q.body else { panic!("{q:?}") };
    let pairs: Vec<_> = pairs.iter().map(|p| (p.question.text.as_str(), p.answer.as_str())).collect();
    assert_eq!(pairs, vec![("cat", "cat food"), ("dog", "dog food"), ("", "grass")]);
}

#[test]
fn essay_description_title_and_general_feedback() {
    let q = one("::Essay::Write about Grant. {}");
    assert_eq!(q.body, Body::Essay);
    assert_eq!(q.title.as_deref(), Some("Essay"));
    let q = one("Write. {\n####Mention the tomb.\n}");
    assert_eq!((q.body.clone(), q.general_feedback), (Body::Essay, Some(moodle("Mention the tomb."))));
    let q = one("You can use your pencil and paper for these next math questions.");
    assert_eq!(q.body, Body::Description);
    let q = one("::::No title after all {T}");
    assert_eq!(q.title, None);
}

#[test]
fn categories_apply_to_the_questions_below() {
    let bank =
        parse("Q0 {T}\n\n$CATEGORY: tutela/Prosecutors\n\nQ1 {T}\n\nQ2 {F}\n\n$CATEGORY: $course$/top/a//b\nQ3 {T}")
            .unwrap();
    let categories: Vec<_> = bank.questions.iter().map(|q| q.category.as_deref()).collect();
    assert_eq!(
        categories,
        vec![None, Some("tutela/Prosecutors"), Some("tutela/Prosecutors"), Some("$course$/top/a//b")]
    );
    assert_eq!(bank.questions[3].line, 10);
}

#[test]
fn escapes_comments_formats_and_crlf() {
    let q =
        one("// a comment\n::A\\:B::[html]1 \\= 1 \\{ok\\} \\~ \\# \\\\ \\n next {=a\\#b #c\\~d}\n// trailing comment");
    assert_eq!(q.title.as_deref(), Some("A:B"));
    assert_eq!(q.text, Text::new(Format::Html, "1 = 1 {ok} ~ # \\ \n next"));
    assert_eq!(choices(&q), vec![(w(100), "a#b", Some("c~d"))]);
    assert_eq!(q.line, 2);
    // A backslash before anything else is itself; an unknown [word] is text.
    let q = one("C:\\dir [bold] {=x\\y}");
    assert_eq!(q.text.text, "C:\\dir [bold]");
    let q = one("[bold] text {T}");
    assert_eq!(q.text, moodle("[bold] text"));
    let bank = parse("Q1 {T}\r\n\r\n// c\r\nQ2 {\r\n=a\r\n~b\r\n}\r\n").unwrap();
    assert_eq!(bank.questions.len(), 2);
    assert_eq!(bank.questions[1].line, 4);
    assert_eq!(choices(&bank.questions[1]), vec![(w(100), "a", None), (w(0), "b", None)]);
    // A byte-order mark is not text.
    assert_eq!(one("\u{feff}Q {T}").text, moodle("Q"));
    // Answer formats default to the question's.
    let q = one("[markdown]**Q** {=*a* ~[plain]b #[html]<i>c</i>}");
    let Body::MultipleChoice { choices } = &q.body else { panic!() };
    assert_eq!(choices[0].text.format, Format::Markdown);
    assert_eq!(choices[1].text.format, Format::Plain);
    assert_eq!(choices[1].feedback, Some(Text::new(Format::Html, "<i>c</i>")));
}

#[test]
fn id_and_tags_come_from_the_question_comments() {
    let bank = parse(
        "// [id:Q1] [tag:evidence] [id:ignored]\n// [tag: first responders ] [tag:a\\]b] [tag:<no>] [tag:]\n::T::Q {\n// [tag:inside]\n=a ~b}\n\n// [id:alone]\n\nQ2 {T}",
    )
    .unwrap();
    let q = &bank.questions[0];
    assert_eq!(q.id_number.as_deref(), Some("Q1"));
    assert_eq!(q.tags, vec!["evidence", "first responders", "a]b", "inside"]);
    assert_eq!(q.line, 3);
    // A comment block of its own belongs to no question.
    assert_eq!((bank.questions[1].id_number.clone(), bank.questions[1].tags.len()), (None, 0));
    // Long runs of openings without closings are read in one pass.
    let many = format!("// {}\nQ {{T}}", "[id:[tag:".repeat(50_000));
    assert_eq!(one(&many).id_number, None);
    round_trips("// [id:x\\]y] [tag:t 1] [tag:t]2]\nQ {T}");
    // A final backslash: a space keeps it from escaping the closing `]`.
    let q = one("// [id:a\\ ] [tag:\\\\ ] [tag:x\\]\\ ]\nQ {T}");
    assert_eq!((q.id_number.as_deref(), q.tags.clone()), (Some("a\\"), vec!["\\\\".to_owned(), "x]\\".to_owned()]));
    assert!(export_question(&q).starts_with("// [id:a\\ ] [tag:\\\\ ] [tag:x\\]\\ ]\n"), "{}", export_question(&q));
    round_trips("// [id:a\\ ] [tag:\\\\ ] [tag:x\\]\\ ] [tag:\\\\]] [tag:\\]\nQ {T}");
}

#[test]
fn blank_lines_separate_questions_and_comments_do_not() {
    let bank = parse("Q1 {T}\n   \n\t\nQ2 {F}\n// comment\n\n\nQ3 {T}").unwrap();
    assert_eq!(bank.questions.iter().map(|q| q.line).collect::<Vec<_>>(), vec![1, 4, 8]);
    assert_eq!(parse("").unwrap(), Bank::default());
    assert_eq!(parse("// only a comment\n\n").unwrap(), Bank::default());
    let (moved, here) = (parse("\n\n\nQ {T}").unwrap(), parse("Q {T}").unwrap());
    assert_ne!(moved, here);
    assert_eq!(moved.without_lines(), here.without_lines());
    assert_eq!(here.without_lines().questions[0].line, 0);
}

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
fn a_category_is_held_once_whatever_the_questions_below_it() {
    let path = "𝔸".repeat(1_000);
    let source = format!("$CATEGORY: {path}\n\n{}$CATEGORY: other\n\nQ {{T}}", "Q{T}\n\n".repeat(1_000));
    let bank = parse(&source).unwrap();
    assert_eq!(bank.questions.len(), 1_001);
    let first = bank.questions[0].category.clone().unwrap();
    assert_eq!(&*first, path);
    for q in &bank.questions[..1_000] {
        assert!(q.category.as_ref().is_some_and(|c| Arc::ptr_eq(c, &first)), "line {}", q.line);
    }
    assert_eq!(bank.questions[1_000].category.as_deref(), Some("other"));
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
fn a_hand_built_question_is_checked_by_the_parser_rules() {
    let good = one("// [id:x] [tag:y]\n::T::Q {=a ~b #f ####g}");
    assert_eq!(good.check(), vec![]);
    let with = |body: Body| Question { body, ..good.clone() };
    let choice = |percent: i32, text: &str| Choice { weight: w(percent), text: moodle(text), feedback: None };
    assert_eq!(with(Body::MultipleChoice { choices: vec![choice(100, "a")] }).check(), vec![ErrorKind::TooFewChoices]);
    assert_eq!(
        with(Body::MultipleChoice { choices: vec![choice(50, "a"), choice(0, "")] }).check(),
        vec![ErrorKind::EmptyAnswer, ErrorKind::NoRightAnswer]
    );
    assert_eq!(
        with(Body::MultipleAnswers { choices: vec![choice(50, "a"), choice(-100, "b")] }).check(),
        vec![ErrorKind::WeightsUnderHundred { total: WeightSum(5_000_000) }]
    );
    assert_eq!(
        with(Body::MultipleAnswers { choices: vec![choice(100, "a"), choice(100, "b")] }).check(),
        vec![ErrorKind::WeightsOverHundred { total: WeightSum(20_000_000) }]
    );
    assert_eq!(
        with(Body::MultipleAnswers { choices: vec![choice(0, "a"), choice(-5, "b")] }).check(),
        vec![ErrorKind::NoPositiveWeight]
    );
    assert_eq!(with(Body::ShortAnswer { answers: vec![] }).check(), vec![ErrorKind::NoRightAnswer]);
    assert_eq!(with(Body::Numerical { answers: vec![], wrong_feedback: None }).check(), vec![ErrorKind::NoNumber]);
    let number = |s: &str| Number::parse(s).unwrap();
    let numerical = |value: NumericValue| {
        with(Body::Numerical {
            answers: vec![NumericalAnswer { weight: Weight::FULL, value, feedback: None }],
            wrong_feedback: None,
        })
    };
    assert_eq!(
        numerical(NumericValue::Exact { value: number("5"), tolerance: Some(number("-1")) }).check(),
        vec![ErrorKind::NegativeTolerance("-1".into())]
    );
    assert_eq!(
        numerical(NumericValue::Range { min: number("7"), max: number("3") }).check(),
        vec![ErrorKind::MalformedRange("7..3".into())]
    );
    let pair = |q: &str, a: &str| Pair { question: moodle(q), answer: a.into() };
    assert_eq!(
        with(Body::Matching { pairs: vec![pair("a", "b"), pair("", "c")] }).check(),
        vec![ErrorKind::TooFewPairs]
    );
    assert_eq!(
        with(Body::Matching { pairs: vec![pair("a", "b"), pair("c", "")] }).check(),
        vec![ErrorKind::EmptyAnswer]
    );
    let q = Question { text: moodle(""), text_after: None, category: Some("a//".into()), ..good.clone() };
    assert_eq!(q.check(), vec![ErrorKind::EmptyQuestionText]);
    let q = Question { text_after: Some(moodle("after")), category: Some("a/ /b".into()), body: Body::Essay, ..good };
    assert_eq!(q.check(), vec![ErrorKind::BadCategory("a/ /b".into()), ErrorKind::TextAfterAnswers(Kind::Essay)]);
}

#[test]
fn one_question_exports_alone() {
    let bank = parse("$CATEGORY: a\n\n// [id:x] [tag:y]\n::T::Q {=a ~b}\n\nR {T}").unwrap();
    let alone = export_question(&bank.questions[0]);
    assert_eq!(alone, "// [id:x] [tag:y]\n::T::Q {\n=a\n~b\n}");
    assert!(export(&bank).contains(&alone));
    let again = parse(&alone).unwrap();
    assert_eq!(again.questions[0], Question { category: None, line: 2, ..bank.questions[0].clone() });
}

#[test]
fn a_dollar_in_a_question_is_text() {
    assert_eq!(one("$5 is the price {T}").text, moodle("$5 is the price"));
    assert_eq!(one("$x: the value {=1 ~2}").text, moodle("$x: the value"));
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
fn kinds_have_stable_words_and_english_names() {
    let words: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
    assert_eq!(
        words,
        ["description", "essay", "truefalse", "multichoice", "multiresponse", "shortanswer", "numerical", "match"]
    );
    for kind in Kind::ALL {
        assert_eq!(Kind::from_word(kind.as_str()), Some(kind));
    }
    assert_eq!(Kind::from_word("multianswer"), None, "Moodle's embedded answers, not ours");
    assert_eq!(Kind::TrueFalse.to_string(), "true/false");
    let kinds: Vec<Kind> =
        ["Q", "Q {}", "Q {T}", "Q {=a ~b}", "Q {~%100%a ~b}", "Q {=a}", "Q {#1}", "Q {=a -> b =c -> d}"]
            .into_iter()
            .map(|source| one(source).body.kind())
            .collect();
    assert_eq!(kinds, Kind::ALL);
}

#[test]
fn export_round_trips_tricky_texts() {
    for source in [
        "::a\\:\\:b::[moodle][html] text {=\\%50\\% off ~%0%%50%x ~b}",
        "[moodle]// not a comment {T}",
        "::t:://not a comment either {T}",
        "Q {=%100%%50% ~b}",
        "Q {=a\\\\ #b\\\\ ~c\\\\\\\\}",
        "Q {=a =%100%%b}",
        "Q\\n\\nwith blank lines {T#\\n#x\\ny}",
        "Q {=a -> b -> c =d -> e}",
        "Q {=[html] -> extra =a -> b =c -> d}",
        "Pick {=a ~%100%b ~c}",
        "Q {#1e3:5E-1 #x ~#y ####z}",
        "Q {TRUE##right}",
        "Q {FALSE#wrong}",
        "Q {=a ~b} after \\{ \\} text",
        "{=a ~b} starts with the blank",
        "$CATEGORY: a\\:b/c d\n\nQ {T}",
    ] {
        round_trips(source);
    }
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

/// Each change of what learners see or grading uses: another fingerprint.
const CHANGED: &[&str] = &[
    "::T::Q {=a ~c}",
    "::T::Q {=a ~b ~c}",
    "::T::Q {~a =b}",
    "::T::Q {=a ~%10%b}",
    "::T::[html]Q {=a ~b}",
    "::T::Q2 {=a ~b}",
    "::T::Q {=a ~b #f}",
    "::T::Q {=a ~[html]b}",
    "::T::Q {=a ~b ####g}",
    "::T::Q {=a ~b} after",
    "::T::Q {~%100%a ~b}",
];

#[test]
fn fingerprint_covers_what_learners_see_and_grading_uses_only() {
    let a = one("::T::Q {=a ~b}");
    let b = one("$CATEGORY: elsewhere\n\n\n// [id:x] [tag:y]\n::Another title::Q {\n=a\n~b\n}");
    assert_ne!(a.line, b.line);
    assert_eq!(a.fingerprint(), b.fingerprint());
    for other in CHANGED {
        assert_ne!(one(other).fingerprint(), a.fingerprint(), "{other}");
    }
    let fingerprints: std::collections::BTreeSet<_> = CHANGED.iter().map(|s| one(s).fingerprint()).collect();
    assert_eq!(fingerprints.len(), CHANGED.len());
    let mut c = a.clone();
    (c.category, c.id_number, c.title, c.tags, c.line) =
        (Some("x".into()), Some("x".into()), None, vec!["x".into()], 9);
    assert_eq!(c.fingerprint(), a.fingerprint());
    // Numbers by value: grading sees no difference.
    let number = |source: &str| one(source).fingerprint();
    assert_eq!(number("Q {#1000}"), number("Q {#1e3}"));
    assert_eq!(number("Q {#5}"), number("Q {#5:0}"));
    assert_eq!(number("Q {#-0}"), number("Q {#0}"));
    assert_ne!(number("Q {#5}"), number("Q {#5:1}"));
    assert_ne!(number("Q {#4..6}"), number("Q {#4..7}"));
    let tf = |source: &str| one(source).fingerprint();
    assert_ne!(tf("Q {T}"), tf("Q {F}"));
    assert_ne!(tf("Q {T#a}"), tf("Q {T##a}"));
    assert_ne!(tf("Q {=a -> b =c -> d}"), tf("Q {=a -> b =c -> e}"));
    // Fixed in the code: a change of encoding or hash shows here (and in
    // tests/fixtures/every-type.fingerprints).
    assert_eq!(a.fingerprint().to_string(), FINGERPRINT_OF_T_Q);
}

const FINGERPRINT_OF_T_Q: &str = "554aa709c589301106efb991bc9bb62da76ab9b7d12a04d54bd32ac210279b00";
