//! The fixture with every question type and option: it parses, holds what it
//! says it holds, and survives export → parse unchanged (lines aside), with
//! LF or CRLF line ends.

use tutela_gift::{Bank, Body, Fingerprint, Format, Kind, NumericValue, Question, Weight, export, parse};

const FIXTURE: &str = include_str!("fixtures/every-type.gift");

#[test]
fn the_fixture_holds_every_type_and_option() {
    let bank = parse(FIXTURE).unwrap();
    let kinds: std::collections::BTreeSet<Kind> = bank.questions.iter().map(|q| q.body.kind()).collect();
    assert_eq!(kinds.into_iter().collect::<Vec<_>>(), Kind::ALL);
    let qs = &bank.questions;
    assert!(qs.iter().any(|q| q.title.is_none()) && qs.iter().any(|q| q.title.is_some()));
    assert!(qs.iter().any(|q| q.category.is_none()) && qs.iter().any(|q| q.category.is_some()));
    assert!(qs.iter().any(|q| q.text_after.is_some()), "a missing word");
    assert!(qs.iter().any(|q| q.id_number.as_deref() == Some("terms-1") && q.tags.len() == 2));
    assert!(qs.iter().any(|q| q.general_feedback.is_some()));
    for format in [Format::Moodle, Format::Html, Format::Plain, Format::Markdown] {
        assert!(qs.iter().any(|q| q.text.format == format), "{format:?}");
    }
    let numerical: Vec<_> = qs
        .iter()
        .filter_map(|q| match &q.body {
            Body::Numerical { answers, wrong_feedback } => Some((answers, wrong_feedback)),
            _ => None,
        })
        .collect();
    let values: Vec<_> = numerical.iter().flat_map(|(answers, _)| answers.iter().map(|a| &a.value)).collect();
    assert!(values.iter().any(|v| matches!(v, NumericValue::Range { .. })));
    assert!(values.iter().any(|v| matches!(v, NumericValue::Exact { tolerance: Some(_), .. })));
    assert!(values.iter().any(|v| matches!(v, NumericValue::Exact { tolerance: None, .. })));
    assert!(numerical.iter().any(|(_, wrong)| wrong.is_some()));
    assert!(
        qs.iter().any(|q| matches!(&q.body, Body::TrueFalse { feedback_wrong: Some(_), feedback_right: Some(_), .. }))
    );
    assert!(
        qs.iter()
            .any(|q| matches!(&q.body, Body::Matching { pairs } if pairs.iter().any(|p| p.question.text.is_empty())))
    );
    assert!(qs.iter().any(
        |q| matches!(&q.body, Body::MultipleAnswers { choices } if choices.iter().any(|c| c.weight < Weight::ZERO))
    ));
    assert!(qs.iter().any(|q| q.text.text.contains('{') && q.title.as_deref().is_some_and(|t| t.contains(':'))));
}

#[test]
fn import_export_import_gives_the_same_questions() {
    let first = parse(FIXTURE).unwrap();
    let exported = export(&first);
    let second = parse(&exported).unwrap_or_else(|e| panic!("{e:?}\n{exported}"));
    assert_eq!(first.without_lines(), second.without_lines());
    let fingerprints = |b: &Bank| b.questions.iter().map(Question::fingerprint).collect::<Vec<_>>();
    assert_eq!(fingerprints(&first), fingerprints(&second));
    // Exporting again changes nothing: export is a normal form.
    assert_eq!(export(&second), exported);
}

const FINGERPRINTS: &str = include_str!("fixtures/every-type.fingerprints");

/// The fixture's questions as the golden file lists them: fingerprint, line, title.
fn fingerprint_lines(bank: &Bank) -> String {
    let mut out = String::new();
    for q in &bank.questions {
        let title = q.title.as_deref().unwrap_or("(no title)");
        out.push_str(&format!("{} {} {}\n", q.fingerprint(), q.line, title));
    }
    out
}

#[test]
fn the_fixture_fingerprints_are_pinned() {
    let bank = parse(FIXTURE).unwrap();
    let pinned: Vec<Fingerprint> = FINGERPRINTS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split(' ').next().unwrap().parse().unwrap())
        .collect();
    let now: Vec<Fingerprint> = bank.questions.iter().map(Question::fingerprint).collect();
    assert_eq!(
        now,
        pinned,
        "a fingerprint of tests/fixtures/every-type.gift changed: every stored question would look new. \
         If the fixture changed on purpose, its lines are now:\n{}",
        fingerprint_lines(&bank)
    );
}

#[test]
fn crlf_files_read_the_same() {
    let lf = parse(FIXTURE).unwrap();
    let crlf = parse(&FIXTURE.replace('\n', "\r\n")).unwrap();
    assert_eq!(lf, crlf);
}
