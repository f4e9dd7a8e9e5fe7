//! The attempt rules: drawing, layouts, reading a form, grading each kind
//! (right, wrong, partly, unanswered), showing without the key, reviewing
//! per policy, and rendering texts.

use rand::rngs::StdRng;
use rand::{Rng, RngCore, SeedableRng};
use tutela_app::quiz::model::{AnswerForm, Outcome, RightAnswer};
use tutela_app::store::QuizReview;
use tutela_gift::{Body, Format, Question, Text, Weight};

use super::*;

fn question(source: &str) -> Question {
    let bank = tutela_gift::parse(source).unwrap_or_else(|e| panic!("{source:?} should parse: {e:?}"));
    bank.questions.into_iter().next().unwrap()
}

fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

fn percent(p: i32) -> Option<Weight> {
    Weight::new(p * Weight::UNIT)
}

/// The token laid out for `index` among the options.
fn option(layout: &Layout, index: usize) -> String {
    layout.options.iter().find(|p| p.index == index).unwrap().token.clone()
}

/// The token laid out for `index` among a matching question's answers.
fn answer_token(layout: &Layout, index: usize) -> String {
    layout.answers.iter().find(|p| p.index == index).unwrap().token.clone()
}

fn fields(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect()
}

/// The mark of choosing the options at `indices`.
fn mark_choosing(q: &Question, indices: &[usize]) -> Option<Weight> {
    let layout = layout(&q.body, true, &mut rng(7));
    let tokens = indices.iter().map(|&i| option(&layout, i)).collect();
    grade(&q.body, &layout, Some(&Answer::Choices(tokens))).mark
}

/// The mark of typing `text`.
fn mark_typing(q: &Question, text: &str) -> Option<Weight> {
    grade(&q.body, &Layout::default(), Some(&Answer::Text(text.to_string()))).mark
}

#[test]
fn true_false_is_all_or_nothing() {
    let q = question("The sky is blue. {T}");
    assert_eq!(mark_choosing(&q, &[0]), Some(Weight::FULL));
    assert_eq!(mark_choosing(&q, &[1]), Some(Weight::ZERO));
    let q = question("The sky is green. {F}");
    assert_eq!(mark_choosing(&q, &[1]), Some(Weight::FULL));
    assert_eq!(mark_choosing(&q, &[0]), Some(Weight::ZERO));
    let layout = layout(&q.body, false, &mut rng(1));
    let graded = grade(&q.body, &layout, Some(&Answer::Choices(vec![option(&layout, 1)])));
    assert_eq!(graded.chosen, vec![1]);
}

#[test]
fn multiple_choice_earns_the_chosen_weight_never_below_zero() {
    let q = question("Capital? {=Paris ~%50%Lutetia ~%-50%Lyon ~Nice}");
    assert_eq!(mark_choosing(&q, &[0]), Some(Weight::FULL));
    assert_eq!(mark_choosing(&q, &[1]), percent(50));
    assert_eq!(mark_choosing(&q, &[2]), Some(Weight::ZERO));
    assert_eq!(mark_choosing(&q, &[3]), Some(Weight::ZERO));
}

#[test]
fn multiple_answers_add_the_ticked_weights_clamped() {
    let q = question("Pick. {~%50%a ~%50%b ~%-50%c ~%-100%d}");
    assert_eq!(mark_choosing(&q, &[0, 1]), Some(Weight::FULL));
    assert_eq!(mark_choosing(&q, &[0]), percent(50));
    assert_eq!(mark_choosing(&q, &[0, 1, 2]), percent(50));
    assert_eq!(mark_choosing(&q, &[0, 2]), Some(Weight::ZERO));
    assert_eq!(mark_choosing(&q, &[0, 1, 2, 3]), Some(Weight::ZERO), "never below zero");
    assert_eq!(mark_choosing(&q, &[3]), Some(Weight::ZERO));
    // A token ticked twice counts once.
    assert_eq!(mark_choosing(&q, &[0, 0]), percent(50));
}

#[test]
fn short_answer_ignores_case_and_spaces_and_reads_wildcards() {
    let q = question("City? {=Paris =%50%Lut*tia =%25%*bourg}");
    assert_eq!(mark_typing(&q, "Paris"), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, "  pARIS \t"), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, "Lutetia"), percent(50));
    assert_eq!(mark_typing(&q, "LUTtia"), percent(50), "`*` matches nothing too");
    assert_eq!(mark_typing(&q, "Lutetias"), Some(Weight::ZERO));
    assert_eq!(mark_typing(&q, "Strasbourg"), percent(25));
    assert_eq!(mark_typing(&q, "Pari"), Some(Weight::ZERO));
    assert_eq!(mark_typing(&q, "Paris!"), Some(Weight::ZERO));
    let graded = grade(&q.body, &Layout::default(), Some(&Answer::Text("lutXtia".into())));
    assert_eq!(graded.chosen, vec![1]);
    // The first accepted answer that matches decides.
    let q = question("Word? {=%50%a* =abc}");
    assert_eq!(mark_typing(&q, "abc"), percent(50));
}

#[test]
fn a_negative_weight_matched_earns_zero() {
    let mut q = question("City? {=Paris =%50%Lyon}");
    if let Body::ShortAnswer { answers } = &mut q.body {
        answers[1].weight = Weight::new(-50 * Weight::UNIT).unwrap();
    }
    assert_eq!(mark_typing(&q, "lyon"), Some(Weight::ZERO));
    let mut q = question("Year? {#=1822:0 =%50%1822:2}");
    if let Body::Numerical { answers, .. } = &mut q.body {
        answers[1].weight = Weight::new(-Weight::FULL.units()).unwrap();
    }
    assert_eq!(mark_typing(&q, "1823"), Some(Weight::ZERO));
}

#[test]
fn the_wildcard_matcher() {
    for (pattern, text, expected) in [
        ("", "", true),
        ("", "a", false),
        ("*", "", true),
        ("*", "anything at all", true),
        ("a*b*c", "abc", true),
        ("a*b*c", "aXXbYYc", true),
        ("a*b*c", "aXXbYY", false),
        ("a**", "a", true),
        ("*é*", "café au lait", true),
        ("ça*", "ça va", true),
        ("*ab", "aab", true),
        ("a*a*a*a*a*b", &"a".repeat(200), false),
    ] {
        assert_eq!(glob_matches(pattern, text), expected, "{pattern:?} ~ {text:?}");
    }
}

#[test]
fn numerical_exact_tolerance_range_and_commas() {
    let q = question("Year? {#=1822:0 =%50%1822:2}");
    assert_eq!(mark_typing(&q, "1822"), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, " 1822.0 "), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, "1.822e3"), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, "1823"), percent(50));
    assert_eq!(mark_typing(&q, "1820"), percent(50));
    assert_eq!(mark_typing(&q, "1824.5"), Some(Weight::ZERO));
    let graded = grade(&q.body, &Layout::default(), Some(&Answer::Text("1823".into())));
    assert_eq!(graded.chosen, vec![1]);

    let q = question("Pi? {#3.14:0.01}");
    assert_eq!(mark_typing(&q, "3,141"), Some(Weight::FULL), "a comma is a decimal point");
    assert_eq!(mark_typing(&q, "3.15"), Some(Weight::FULL), "the tolerance's edge holds");
    assert_eq!(mark_typing(&q, "3.16"), Some(Weight::ZERO));
    for garbage in ["", "pi", "3.14.1", "3,1.4", "1,000.5", "inf", "NaN", "0x3", "3.14 m", "--3"] {
        assert_eq!(mark_typing(&q, garbage), Some(Weight::ZERO), "{garbage:?}");
    }

    let q = question("Year? {#2021}");
    assert_eq!(mark_typing(&q, "2021"), Some(Weight::FULL));
    assert_eq!(mark_typing(&q, "2021.001"), Some(Weight::ZERO), "no tolerance is a tolerance of 0");
    let q = question("Tenth? {#0.3}");
    assert_eq!(mark_typing(&q, &(0.1f64 + 0.2).to_string()), Some(Weight::FULL), "float noise is not a miss");

    let q = question("Between? {#3..7}");
    for (typed, right) in [("3", true), ("7", true), ("5,5", true), ("2.99", false), ("7.01", false), ("-5", false)] {
        let expected = if right { Weight::FULL } else { Weight::ZERO };
        assert_eq!(mark_typing(&q, typed), Some(expected), "{typed:?}");
    }
}

#[test]
fn matching_counts_each_item_right_by_its_answer_text() {
    let q = question("Who eats what? {=cat -> fish =dog -> bone =cow -> grass = -> stones}");
    let l = layout(&q.body, true, &mut rng(3));
    assert_eq!(l.options.iter().map(|p| p.index).collect::<Vec<_>>(), vec![0, 1, 2]);
    assert_eq!(l.answers.len(), 4);
    let answer = |picks: &[(usize, usize)]| {
        Answer::Pairs(picks.iter().map(|&(item, ans)| (option(&l, item), answer_token(&l, ans))).collect())
    };
    let all = answer(&[(0, 0), (1, 1), (2, 2)]);
    assert_eq!(grade(&q.body, &l, Some(&all)).mark, Some(Weight::FULL));
    let two = answer(&[(0, 0), (1, 1), (2, 3)]);
    let graded = grade(&q.body, &l, Some(&two));
    assert_eq!(graded.mark, Weight::new(Weight::FULL.units() * 2 / 3));
    assert_eq!(graded.chosen, vec![0, 1]);
    let one = answer(&[(2, 2)]);
    assert_eq!(grade(&q.body, &l, Some(&one)).mark, Weight::new(Weight::FULL.units() / 3));
    let none = answer(&[(0, 1), (1, 0), (2, 3)]);
    assert_eq!(grade(&q.body, &l, Some(&none)).mark, Some(Weight::ZERO));

    // Two items with the same answer: one answer laid out, right for both.
    let q = question("Kinds? {=cat -> animal =dog -> animal =oak -> tree}");
    let l = layout(&q.body, false, &mut rng(4));
    let mut indices: Vec<usize> = l.answers.iter().map(|p| p.index).collect();
    indices.sort_unstable();
    assert_eq!(indices, vec![0, 2]);
    let all = Answer::Pairs(vec![
        (option(&l, 0), answer_token(&l, 0)),
        (option(&l, 1), answer_token(&l, 0)),
        (option(&l, 2), answer_token(&l, 2)),
    ]);
    assert_eq!(grade(&q.body, &l, Some(&all)).mark, Some(Weight::FULL));
}

#[test]
fn essays_wait_and_nothing_answered_is_worth_zero() {
    let essay = question("Tell us. {}");
    assert_eq!(mark_typing(&essay, "A long story."), None);
    assert_eq!(mark_typing(&essay, "   "), Some(Weight::ZERO));
    for source in [
        "Tell us. {}",
        "Blue? {T}",
        "Capital? {=Paris ~Lyon}",
        "Pick. {~%50%a ~%50%b}",
        "City? {=Paris}",
        "Year? {#1822}",
        "Eats? {=cat -> fish =dog -> bone}",
        "Just some text.",
    ] {
        let q = question(source);
        let l = layout(&q.body, true, &mut rng(5));
        assert_eq!(grade(&q.body, &l, None), Graded { mark: Some(Weight::ZERO), chosen: vec![] }, "{source}");
        // An answer of another kind than its question earns nothing either.
        for wrong in [Answer::Choices(vec!["nope".into()]), Answer::Pairs(vec![]), Answer::Choices(vec![])] {
            let mark = grade(&q.body, &l, Some(&wrong)).mark;
            assert_eq!(mark, Some(Weight::ZERO), "{source}: {wrong:?}");
        }
    }
}

/// Yields the same number twice, then counts up: the second token
/// collides with the first and must be drawn again.
struct Repeating(u64, bool);

impl RngCore for Repeating {
    fn next_u32(&mut self) -> u32 {
        self.next_u64() as u32
    }
    fn next_u64(&mut self) -> u64 {
        if std::mem::replace(&mut self.1, false) {
            return self.0;
        }
        self.0 += 1;
        self.0 - 1
    }
    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

fn all_tokens(l: &Layout) -> Vec<&str> {
    l.options.iter().chain(&l.answers).map(|p| p.token.as_str()).collect()
}

#[test]
fn layout_tokens_are_sixteen_hex_and_unique() {
    let q = question("Eats? {=cat -> fish =dog -> bone =cow -> grass = -> stones}");
    for seed in 0..20 {
        let l = layout(&q.body, true, &mut rng(seed));
        let tokens = all_tokens(&l);
        assert_eq!(tokens.len(), 7);
        for token in &tokens {
            assert!(token.len() == 16 && token.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        }
        let mut unique = tokens.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), tokens.len());
    }
    let q = question("Capital? {=a ~b ~c}");
    let l = layout(&q.body, false, &mut Repeating(42, true));
    assert_eq!(all_tokens(&l), vec!["000000000000002a", "000000000000002b", "000000000000002c"]);
}

#[test]
fn layout_order_with_and_without_shuffle() {
    let q = question("Pick. {=a ~b ~c ~d ~e ~f ~g ~h}");
    let order = |l: &Layout| l.options.iter().map(|p| p.index).collect::<Vec<_>>();
    assert_eq!(order(&layout(&q.body, false, &mut rng(9))), (0..8).collect::<Vec<_>>());
    let mut moved = false;
    for seed in 0..5 {
        let shuffled = order(&layout(&q.body, true, &mut rng(seed)));
        let mut sorted = shuffled.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..8).collect::<Vec<_>>(), "a permutation");
        moved |= shuffled != sorted;
    }
    assert!(moved, "shuffling moved something");
    // True/false keeps True first.
    let tf = question("Blue? {T}");
    assert_eq!(order(&layout(&tf.body, true, &mut rng(2))), vec![0, 1]);
    for typed in ["City? {=Paris}", "Year? {#1822}", "Tell us. {}"] {
        assert_eq!(layout(&question(typed).body, true, &mut rng(2)), Layout::default());
    }
}

#[test]
fn draw_takes_each_category_s_count_and_never_a_description() {
    let pool: Vec<Drawable> = [
        (Some("a"), false),
        (Some("b"), false),
        (Some("a"), true),
        (Some("a"), false),
        (None, false),
        (Some("b"), false),
        (Some("a"), false),
        (Some("b"), false),
        (Some("a"), false),
    ]
    .into_iter()
    .map(|(category, description)| Drawable { category, description })
    .collect();
    let in_a = [0, 3, 6, 8];
    let in_b = [1, 5, 7];
    let draws = vec![("a".to_string(), 2), ("b".to_string(), 10), ("c".to_string(), 3)];
    for seed in 0..20 {
        let drawn = draw(&pool, &draws, false, &mut rng(seed));
        assert_eq!(drawn.len(), 5, "two of a, all three of b, none of c");
        let (a, b) = drawn.split_at(2);
        assert!(a.iter().all(|i| in_a.contains(i)) && a.is_sorted() && a[0] != a[1]);
        assert_eq!(b, in_b);

        let shuffled = draw(&pool, &draws, true, &mut rng(seed));
        assert_eq!(shuffled.len(), 5);
        assert_eq!(shuffled.iter().filter(|i| in_a.contains(i)).count(), 2);
        assert_eq!(shuffled.iter().filter(|i| in_b.contains(i)).count(), 3);
        assert!(!shuffled.contains(&2), "never the description");
    }
    let everything = draw(&pool, &[("a".to_string(), 9)], false, &mut rng(1));
    assert_eq!(everything, in_a);
}

#[test]
fn read_answer_takes_known_tokens_and_ignores_the_rest() {
    let q = question("Capital? {=Paris ~Lyon ~Nice}");
    let l = layout(&q.body, true, &mut rng(11));
    let (paris, lyon) = (option(&l, 0), option(&l, 1));
    let form = fields(&[("csrf", &paris), ("answer", "0123456789abcdef"), ("answer", &lyon), ("answer", &paris)]);
    assert_eq!(read_answer(&q.body, &l, &form), Some(Answer::Choices(vec![lyon.clone()])));
    assert_eq!(read_answer(&q.body, &l, &fields(&[("go", "next"), ("slot", "1"), ("answer", "0")])), None);

    let many = question("Pick. {~%50%a ~%50%b ~%-100%c}");
    let l = layout(&many.body, true, &mut rng(12));
    let (a, b) = (option(&l, 0), option(&l, 1));
    let form = fields(&[("answer", &b), ("answer", "x"), ("answer", &a), ("answer", &b), ("other", &option(&l, 2))]);
    assert_eq!(read_answer(&many.body, &l, &form), Some(Answer::Choices(vec![b, a])));

    let typed = question("City? {=Paris}");
    let form = fields(&[("csrf", "t"), ("answer", "  Paris \n"), ("answer", "Lyon")]);
    assert_eq!(read_answer(&typed.body, &Layout::default(), &form), Some(Answer::Text("Paris".into())));
    assert_eq!(read_answer(&typed.body, &Layout::default(), &fields(&[("answer", "   ")])), None);
    assert_eq!(read_answer(&typed.body, &Layout::default(), &fields(&[("csrf", "Paris")])), None);
    let long = "é".repeat(MAX_TEXT + 10);
    let Some(Answer::Text(cut)) =
        read_answer(&question("Tell. {}").body, &Layout::default(), &fields(&[("answer", &long)]))
    else {
        panic!("an essay answer");
    };
    assert_eq!(cut.chars().count(), MAX_TEXT);

    let matching = question("Eats? {=cat -> fish =dog -> bone = -> stones}");
    let l = layout(&matching.body, true, &mut rng(13));
    let (cat, dog) = (format!("m-{}", option(&l, 0)), format!("m-{}", option(&l, 1)));
    let fish = answer_token(&l, 0);
    let form = fields(&[
        (&cat, &fish),
        (&dog, ""),
        ("m-0123456789abcdef", &fish),
        (&dog, "nope"),
        ("answer", &fish),
        (&cat, &answer_token(&l, 1)),
    ]);
    assert_eq!(read_answer(&matching.body, &l, &form), Some(Answer::Pairs(vec![(option(&l, 0), fish)])));
    assert_eq!(read_answer(&matching.body, &l, &fields(&[(&cat, ""), (&dog, "")])), None);
    assert_eq!(read_answer(&question("Text only.").body, &l, &form), None);
}

/// Questions whose key is written with strings that appear nowhere else.
const KEYED: [&str; 7] = [
    "Capital? {=Paris#KEYFBA ~%37.5%Lyon#KEYFBB ~Nice ####KEYGENERAL}",
    "Pick. {~%62.5%a#KEYFBA ~%37.5%b ~%-100%c#KEYFBB ####KEYGENERAL}",
    "Blue? {T#KEYFBA#KEYFBB####KEYGENERAL}",
    "City? {=Zanzibarkey#KEYFBA =%50%Quokkakey*#KEYFBB ####KEYGENERAL}",
    "Year? {#=98765.4321:0.5#KEYFBA =%50%12345..12399#KEYFBB ~#KEYFBC ####KEYGENERAL}",
    "Eats? {=cat -> fish =dog -> bone = -> stones ####KEYGENERAL}",
    "Tell us. {####KEYGENERAL}",
];

#[test]
fn show_holds_nothing_of_the_key() {
    for source in KEYED {
        let q = question(source);
        let l = layout(&q.body, true, &mut rng(21));
        let json = serde_json::to_string(&show(&q, &l, None)).unwrap().to_lowercase();
        for secret in ["key", "37.5", "62.5", "-100", "98765", "12345", "12399", "0.5", "weight", "feedback"] {
            assert!(!json.contains(secret), "{source}: {secret} in {json}");
        }
    }
}

#[test]
fn show_lays_out_the_form_with_the_answer() {
    let q = question("Blue? {T}");
    let l = layout(&q.body, false, &mut rng(1));
    let shown = show(&q, &l, Some(&Answer::Choices(vec![option(&l, 1)])));
    let AnswerForm::One { options, true_false: true } = shown.form else { panic!("{shown:?}") };
    assert_eq!(options.iter().map(|o| (o.html.as_str(), o.selected)).collect::<Vec<_>>(), [("", false), ("", true)]);

    let q = question("[markdown]Pick **one**. {=*yes* ~no}");
    let l = layout(&q.body, false, &mut rng(1));
    let shown = show(&q, &l, None);
    assert_eq!(shown.text_html, "<p>Pick <strong>one</strong>.</p>\n");
    let AnswerForm::One { options, true_false: false } = shown.form else { panic!("{shown:?}") };
    assert_eq!(options[0].html, "<p><em>yes</em></p>\n");

    let q = question("Year? {#1822}");
    let shown = show(&q, &Layout::default(), Some(&Answer::Text("1,5".into())));
    assert_eq!(shown.form, AnswerForm::Line { value: "1,5".into(), numeric: true });
    let q = question("Tell. {}");
    assert_eq!(show(&q, &Layout::default(), None).form, AnswerForm::Essay { value: String::new() });
    let q = question("The capital is {=Paris} on the Seine.");
    let shown = show(&q, &Layout::default(), None);
    assert_eq!(shown.text_after_html.as_deref(), Some("on the Seine."));
    assert_eq!(shown.form, AnswerForm::Line { value: String::new(), numeric: false });

    let q = question("Eats? {=<b>cat</b> -> fish =dog -> bone}");
    let l = layout(&q.body, false, &mut rng(1));
    let shown = show(&q, &l, Some(&Answer::Pairs(vec![(option(&l, 1), answer_token(&l, 0))])));
    let AnswerForm::Pairs { items, answers } = shown.form else { panic!("{shown:?}") };
    assert_eq!(items[0].html, "&lt;b&gt;cat&lt;/b&gt;");
    assert_eq!((items[0].selected.clone(), items[1].selected.clone()), (None, Some(answer_token(&l, 0))));
    let mut texts: Vec<&str> = answers.iter().map(|a| a.text.as_str()).collect();
    texts.sort_unstable();
    assert_eq!(texts, ["bone", "fish"]);
}

/// The review of `source` answered by choosing `indices`, marked `mark`.
fn review_choosing(source: &str, indices: &[usize], policy: QuizReview) -> ReviewedQuestion {
    let q = question(source);
    let l = layout(&q.body, true, &mut rng(31));
    let answer = Answer::Choices(indices.iter().map(|&i| option(&l, i)).collect());
    let mark = grade(&q.body, &l, Some(&answer)).mark;
    review(4, &q, &l, Some(&answer), mark, Some("A comment."), policy)
}

#[test]
fn review_shows_what_each_policy_allows() {
    let source = KEYED[0];
    let score = review_choosing(source, &[1], QuizReview::Score);
    assert_eq!(
        (score.slot, score.outcome, &score.right, &score.feedback, &score.comment),
        (4, None, &None, &vec![], &None)
    );
    let correctness = review_choosing(source, &[1], QuizReview::Correctness);
    assert_eq!(correctness.outcome, Some(Outcome::Partly));
    assert_eq!((&correctness.right, &correctness.feedback, &correctness.comment), (&None, &vec![], &None));
    assert_eq!(correctness.shown, score.shown);
    let feedback = review_choosing(source, &[1], QuizReview::Feedback);
    assert_eq!(feedback.outcome, Some(Outcome::Partly));
    assert_eq!(feedback.right, Some(RightAnswer::Texts(vec!["Paris".into()])));
    assert_eq!(feedback.feedback, ["KEYFBB", "KEYGENERAL"]);
    assert_eq!(feedback.comment.as_deref(), Some("A comment."));
    assert_eq!(review_choosing(source, &[0], QuizReview::Feedback).outcome, Some(Outcome::Right));
    assert_eq!(review_choosing(source, &[2], QuizReview::Correctness).outcome, Some(Outcome::Wrong));

    let many = review_choosing(KEYED[1], &[0, 2], QuizReview::Feedback);
    assert_eq!(many.outcome, Some(Outcome::Wrong));
    assert_eq!(many.right, Some(RightAnswer::Texts(vec!["a".into(), "b".into()])));
    assert_eq!(many.feedback, ["KEYFBA", "KEYFBB", "KEYGENERAL"]);

    let right = review_choosing(KEYED[2], &[0], QuizReview::Feedback);
    assert_eq!(
        (right.right, right.feedback),
        (Some(RightAnswer::TrueFalse(true)), vec!["KEYFBB".into(), "KEYGENERAL".into()])
    );
    let wrong = review_choosing(KEYED[2], &[1], QuizReview::Feedback);
    assert_eq!(wrong.feedback, ["KEYFBA", "KEYGENERAL"]);
}

#[test]
fn review_of_typed_matched_and_essay_answers() {
    let typed = |source: &str, text: Option<&str>, mark: Option<Weight>| {
        let q = question(source);
        let answer = text.map(|t| Answer::Text(t.into()));
        review(1, &q, &Layout::default(), answer.as_ref(), mark, None, QuizReview::Feedback)
    };
    let short = typed(KEYED[3], Some("quokkakeys"), percent(50));
    assert_eq!(short.right, Some(RightAnswer::Texts(vec!["Zanzibarkey".into()])));
    assert_eq!((short.outcome, short.feedback), (Some(Outcome::Partly), vec!["KEYFBB".into(), "KEYGENERAL".into()]));

    let numerical = typed(KEYED[4], Some("7"), Some(Weight::ZERO));
    assert_eq!(numerical.right, Some(RightAnswer::Texts(vec!["98765.4321 ± 0.5".into()])));
    assert_eq!(numerical.feedback, ["KEYFBC", "KEYGENERAL"]);
    assert_eq!(typed(KEYED[4], Some("12350"), None).feedback, ["KEYFBB", "KEYGENERAL"]);
    assert_eq!(typed(KEYED[4], None, Some(Weight::ZERO)).feedback, ["KEYGENERAL"], "unanswered: no feedback on it");
    let numbers = typed("Year? {#=1822 =1823:0 =3..7 =%50%9}", None, None);
    assert_eq!(numbers.right, Some(RightAnswer::Texts(vec!["1822".into(), "1823".into(), "3 – 7".into()])));

    let essay = question(KEYED[6]);
    let answer = Answer::Text("My story.".into());
    let pending = review(2, &essay, &Layout::default(), Some(&answer), None, Some("Good."), QuizReview::Feedback);
    assert_eq!((pending.outcome, pending.right), (Some(Outcome::Pending), Some(RightAnswer::None)));
    assert_eq!((pending.feedback, pending.comment.as_deref()), (vec!["KEYGENERAL".into()], Some("Good.")));
    assert_eq!(pending.shown.form, AnswerForm::Essay { value: "My story.".into() });

    let matching = question(KEYED[5]);
    let l = layout(&matching.body, true, &mut rng(2));
    let reviewed = review(3, &matching, &l, None, Some(Weight::ZERO), None, QuizReview::Feedback);
    let pairs = vec![("cat".into(), "fish".into()), ("dog".into(), "bone".into())];
    assert_eq!((reviewed.outcome, reviewed.right), (Some(Outcome::Wrong), Some(RightAnswer::Pairs(pairs))));
}

#[test]
fn render_text_escapes_plain_and_sanitises_markdown() {
    let plain = render_text(&Text::new(Format::Plain, "a < b & <script>alert(1)</script>\nnext"));
    assert_eq!(plain, "a &lt; b &amp; &lt;script&gt;alert(1)&lt;/script&gt;<br>next");
    let moodle = render_text(&Text::new(Format::Moodle, "\"quoted\" 'too'"));
    assert_eq!(moodle, "&quot;quoted&quot; &#39;too&#39;");
    assert!(!render_text(&Text::new(Format::Html, "<script>x</script>")).contains("<script"));
    let markdown = render_text(&Text::new(
        Format::Markdown,
        "**bold** ~~gone~~\n\n<script>alert(1)</script>\n\n[x](javascript:alert(2))",
    ));
    assert!(markdown.contains("<strong>bold</strong>") && markdown.contains("<del>gone</del>"), "{markdown}");
    assert!(!markdown.contains("<script") && !markdown.contains("alert(1)"), "{markdown}");
    assert!(!markdown.contains("javascript"), "{markdown}");
}

/// Arbitrary form fields never make grading panic or leave 0..=100 %.
#[test]
fn grading_any_form_stays_within_bounds() {
    let mut r = rng(99);
    let sources = KEYED.iter().copied().chain(["Eats? {=a -> x =b -> x = -> y}", "Pick. {~%50%a ~%50%b ~%-50%c}"]);
    for source in sources {
        let q = question(source);
        for _ in 0..300 {
            let l = layout(&q.body, r.random(), &mut r);
            let mut known: Vec<String> = all_tokens(&l).into_iter().map(str::to_string).collect();
            known.extend(["", "1822", "3,5", "  zanzibarkey ", "é*", "1e308", "-0", "m-", "∞"].map(String::from));
            let pick = |r: &mut StdRng| known[r.random_range(0..known.len())].clone();
            let form: Vec<(String, String)> = (0..r.random_range(0..6))
                .map(|_| {
                    let name = match r.random_range(0..4) {
                        0 => "answer".to_string(),
                        1 => format!("m-{}", pick(&mut r)),
                        2 => pick(&mut r),
                        _ => "csrf".to_string(),
                    };
                    (name, pick(&mut r))
                })
                .collect();
            let answer = read_answer(&q.body, &l, &form);
            let graded = grade(&q.body, &l, answer.as_ref());
            if let Some(mark) = graded.mark {
                assert!((Weight::ZERO..=Weight::FULL).contains(&mark), "{source}: {form:?}");
            }
            let _ = review(1, &q, &l, answer.as_ref(), graded.mark, None, QuizReview::Feedback);
        }
    }
}

#[test]
fn thirds_ticked_together_are_full_marks() {
    let question = tutela_gift::parse("::T:: Tick the three. {~%33.33333%a ~%33.33333%b ~%33.33333%c ~%-100%d}")
        .unwrap()
        .questions
        .remove(0);
    let mut rng = StdRng::seed_from_u64(3);
    let layout = layout(&question.body, false, &mut rng);
    let tokens: Vec<String> = layout.options.iter().filter(|p| p.index < 3).map(|p| p.token.clone()).collect();
    let all = grade(&question.body, &layout, Some(&Answer::Choices(tokens.clone())));
    assert_eq!(all.mark, Some(Weight::FULL));
    let two = grade(&question.body, &layout, Some(&Answer::Choices(tokens[..2].to_vec())));
    assert_eq!(two.mark, Weight::new(6_666_666));
}
