//! Unit tests: the question types and GIFT syntax here; errors and limits in
//! `errors.rs`; hand-built questions, export, kinds and fingerprints in
//! `model.rs`.

mod errors;
mod model;

use crate::*;

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
fn a_category_is_held_once_whatever_the_questions_below_it() {
    let path = "𝔸".repeat(1_000);
    let source = format!("$CATEGORY: {path}\n\n{}$CATEGORY: other\n\nQ {{T}}", "Q{T}\n\n".repeat(1_000));
    let bank = parse(&source).unwrap();
    assert_eq!(bank.questions.len(), 1_001);
    let first = bank.questions[0].category.clone().unwrap();
    assert_eq!(&*first, path);
    for q in &bank.questions[..1_000] {
        assert!(q.category.as_ref().is_some_and(|c| std::sync::Arc::ptr_eq(c, &first)), "line {}", q.line);
    }
    assert_eq!(bank.questions[1_000].category.as_deref(), Some("other"));
}

#[test]
fn a_dollar_in_a_question_is_text() {
    assert_eq!(one("$5 is the price {T}").text, moodle("$5 is the price"));
    assert_eq!(one("$x: the value {=1 ~2}").text, moodle("$x: the value"));
}
