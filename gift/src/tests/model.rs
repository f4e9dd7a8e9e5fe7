//! Hand-built questions checked, export, kinds and fingerprints.

use super::*;

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
