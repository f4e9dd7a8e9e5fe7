//! A question bank uploaded in the browser, read and checked as the import
//! reads a course folder's banks (`content::quiz`: the same functions),
//! held to the quiz settings of the course's published version, and
//! compared with its published bank, question by question.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use tutela_app::store::{NewQuestion, NewQuiz};

use crate::content::quiz::{BankProblem, check_questions, draw_problem, held, read_bank_text, too_many};

/// What a question of the upload is beside the published bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A fingerprint the published bank does not have, and no question of
    /// the same ID number (or title) gone.
    Added,
    /// A new fingerprint for a published question of the same ID number
    /// (or, without one, title).
    Changed,
    /// The same fingerprint: the same question for learners and grading.
    Unchanged,
    /// A published question the upload no longer has.
    Removed,
}

/// One question of the comparison: its change, the question (the upload's,
/// or for one removed the published one, read back) and whether a problem
/// was found in it.
#[derive(Clone, Debug)]
pub struct Item {
    pub change: Change,
    pub question: tutela_gift::Question,
    pub faulty: bool,
}

/// How many of each.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub questions: usize,
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
}

/// An uploaded bank read, checked and compared.
#[derive(Clone, Debug)]
pub struct Preview {
    /// The questions read (none with a syntax error), with the file's name.
    pub questions: Vec<(String, tutela_gift::Question)>,
    /// Every problem, each with its file and line (0: the whole file).
    pub problems: Vec<BankProblem>,
    pub items: Vec<Item>,
    pub counts: Counts,
}

impl Preview {
    /// Whether applying it would publish a different bank.
    pub fn changes_anything(&self) -> bool {
        self.counts.added + self.counts.changed + self.counts.removed > 0
    }

    /// The quiz a new version would have: `published`'s settings and draws,
    /// this upload's questions. None while it has problems.
    pub fn to_quiz(&self, published: &NewQuiz) -> Option<NewQuiz> {
        if !self.problems.is_empty() {
            return None;
        }
        let read = crate::content::quiz::Quiz {
            pass_mark: published.pass_mark,
            attempts: published.attempts,
            wait_minutes: published.wait_minutes,
            time_limit_minutes: published.time_limit_minutes,
            shuffle: published.shuffle,
            review: published.review,
            draws: Vec::new(),
            questions: self.questions.clone(),
        };
        Some(NewQuiz { draws: published.draws.clone(), ..super::to_new_quiz(&read) })
    }
}

/// The name by which a question is matched when its fingerprint changed:
/// its ID number, else its title.
fn identity(id_number: Option<&str>, title: Option<&str>) -> Option<String> {
    match (id_number, title) {
        (Some(id), _) => Some(format!("id:{id}")),
        (None, Some(title)) => Some(format!("title:{title}")),
        (None, None) => None,
    }
}

/// A published question read back from its stored GIFT, with its title, ID
/// number and category again.
fn stored_question(stored: &NewQuestion) -> Option<tutela_gift::Question> {
    let question = tutela_gift::parse(&stored.gift).ok()?.questions.into_iter().next()?;
    Some(tutela_gift::Question {
        title: stored.title.clone(),
        id_number: stored.id_number.clone(),
        category: stored.category.as_deref().map(std::sync::Arc::from),
        tags: stored.tags.clone(),
        ..question
    })
}

/// Reads `source` (the file `file_name`) as the import reads a bank, checks
/// it with the import's checks, checks that the published quiz's draws can
/// still be made from it, and compares it with `published`'s questions.
pub fn preview(file_name: &str, source: &str, published: &NewQuiz) -> Preview {
    let (questions, mut problems) = read_bank_text(file_name, source);
    let at = |line: usize, message: String| BankProblem { bank: file_name.to_string(), line, message };
    if questions.is_empty() && problems.is_empty() {
        problems.push(at(1, "no question in the file".into()));
    }
    if let Some(message) = too_many(questions.len()) {
        problems.push(at(1, message));
    } else {
        problems.extend(check_questions(&questions));
    }
    let held = held(&questions);
    for draw in &published.draws {
        if let Some(message) = draw_problem(&draw.category, draw.how_many, &held) {
            let message = format!(
                "the course's quiz settings (quiz.toml) draw {} question(s) from `{}`: {message}",
                draw.how_many, draw.category
            );
            problems.push(at(0, message));
        }
    }
    problems.sort_by_key(|p| p.line);
    let faulty: HashSet<usize> = problems.iter().map(|p| p.line).collect();

    let published_fingerprints: BTreeSet<&str> = published.questions.iter().map(|q| q.fingerprint.as_str()).collect();
    let uploaded: Vec<String> = questions.iter().map(|(_, q)| q.fingerprint().to_string()).collect();
    let uploaded_fingerprints: BTreeSet<&str> = uploaded.iter().map(String::as_str).collect();
    // The published questions gone from the upload, by identity.
    let mut gone: BTreeMap<String, usize> = BTreeMap::new();
    for (index, stored) in published.questions.iter().enumerate() {
        if !uploaded_fingerprints.contains(stored.fingerprint.as_str())
            && let Some(key) = identity(stored.id_number.as_deref(), stored.title.as_deref())
        {
            gone.entry(key).or_insert(index);
        }
    }
    let mut replaced = BTreeSet::new();
    let mut items = Vec::new();
    let mut counts = Counts { questions: questions.len(), ..Counts::default() };
    for ((_, question), fingerprint) in questions.iter().zip(&uploaded) {
        let change = if published_fingerprints.contains(fingerprint.as_str()) {
            counts.unchanged += 1;
            Change::Unchanged
        } else if identity(question.id_number.as_deref(), question.title.as_deref())
            .and_then(|key| gone.get(&key).copied())
            .is_some_and(|index| replaced.insert(index))
        {
            counts.changed += 1;
            Change::Changed
        } else {
            counts.added += 1;
            Change::Added
        };
        items.push(Item { change, question: question.clone(), faulty: faulty.contains(&question.line) });
    }
    for (index, stored) in published.questions.iter().enumerate() {
        if uploaded_fingerprints.contains(stored.fingerprint.as_str()) || replaced.contains(&index) {
            continue;
        }
        counts.removed += 1;
        if let Some(question) = stored_question(stored) {
            items.push(Item { change: Change::Removed, question, faulty: false });
        }
    }
    Preview { questions, problems, items, counts }
}

/// A question's name in a list: its title, else the first words of its
/// text (at most 80 characters, spaces collapsed).
pub fn name(question: &tutela_gift::Question) -> String {
    if let Some(title) = &question.title {
        return title.clone();
    }
    let words = question.text.text.split_whitespace().collect::<Vec<_>>().join(" ");
    match words.char_indices().nth(80) {
        Some((at, _)) => format!("{}…", &words[..at]),
        None => words,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tutela_app::store::{QuizDraw, QuizReview};

    const BANK: &str =
        "$CATEGORY: one\n\n// [id:a]\n::A:: First? {=yes ~no}\n\n// [id:b]\n::B:: Second? {T}\n\n::C:: Third? {F}\n";

    fn published(source: &str) -> NewQuiz {
        let (questions, problems) = read_bank_text("q.gift", source);
        assert!(problems.is_empty(), "{problems:?}");
        let read = crate::content::quiz::Quiz {
            pass_mark: 50,
            attempts: 0,
            wait_minutes: 0,
            time_limit_minutes: None,
            shuffle: true,
            review: QuizReview::Score,
            draws: Vec::new(),
            questions,
        };
        NewQuiz { draws: vec![QuizDraw { category: "one".into(), how_many: 2 }], ..crate::quiz::to_new_quiz(&read) }
    }

    #[test]
    fn questions_are_added_changed_kept_and_removed_by_fingerprint_and_identity() {
        let upload =
            "$CATEGORY: one\n\n// [id:a]\n::A:: First, reworded? {=yes ~no}\n\n::C:: Third? {F}\n\n::D:: Fourth? {T}\n";
        let preview = preview("new.gift", upload, &published(BANK));
        assert!(preview.problems.is_empty(), "{:?}", preview.problems);
        let counts = Counts { questions: 3, added: 1, changed: 1, unchanged: 1, removed: 1 };
        assert_eq!(preview.counts, counts);
        let changes: Vec<(Change, String)> = preview.items.iter().map(|i| (i.change, name(&i.question))).collect();
        assert_eq!(
            changes,
            [
                (Change::Changed, "A".into()),
                (Change::Unchanged, "C".into()),
                (Change::Added, "D".into()),
                (Change::Removed, "B".into())
            ]
        );
        assert!(preview.to_quiz(&published(BANK)).is_some_and(|q| q.questions.len() == 3 && q.draws.len() == 1));
    }

    #[test]
    fn problems_carry_their_lines_and_the_draws_are_held_to_the_settings() {
        let upload = "$CATEGORY: one\n\n::A:: Unclosed {=yes ~no\n\n::B:: No right answer {~a ~b}\n\n::C:: Over {~%60%a ~%60%b ~c}\n\n::D:: Tag <script>alert(1)</script> {T}\n";
        let preview = preview("bad.gift", upload, &published(BANK));
        let lines: Vec<usize> = preview.problems.iter().map(|p| p.line).collect();
        for line in [3, 5, 7, 9] {
            assert!(lines.contains(&line), "a problem at line {line}: {:?}", preview.problems);
        }
        assert!(preview.problems.iter().any(|p| p.line == 0 && p.message.contains("`one`")), "{:?}", preview.problems);
        assert!(preview.to_quiz(&published(BANK)).is_none());
        assert!(preview.items.iter().any(|i| i.faulty), "the tagged question is marked");
    }
}
