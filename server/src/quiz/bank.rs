//! A question bank uploaded in the browser, read and checked as the import
//! reads a course folder's banks (`content::quiz`: the same functions),
//! held to the quiz settings of the course's published version, and
//! compared with its published bank, question by question.

use std::collections::{HashMap, HashSet};

use tutela_app::store::{NewQuestion, NewQuiz};

use crate::content::quiz::{BankProblem, check_questions, draw_problem, held, read_bank_text, too_many};

/// What a question of the upload is beside the published bank.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// A fingerprint the published bank does not have, and no question of
    /// the same ID number (or title) gone.
    Added,
    /// A new fingerprint for a published question of the same ID number
    /// (or, without one, title); or the same fingerprint with another
    /// category, ID number or title.
    Changed,
    /// The same fingerprint, category, ID number and title.
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
    /// Each category the published quiz draws from, its questions before
    /// and after.
    pub categories: Vec<CategoryCount>,
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

    // Matched first by everything the version keeps of a question (its
    // fingerprint, category, ID number and title: `Key`), then what is
    // left by fingerprint (the same question re-categorised or renamed) or
    // by identity (the same ID number, else title, reworded): changed.
    let published_keys: Vec<Key> = published.questions.iter().map(stored_key).collect();
    let uploaded_keys: Vec<Key> = questions.iter().map(|(_, q)| uploaded_key(q)).collect();
    let uploaded_fingerprints: HashSet<&str> = uploaded_keys.iter().map(|k| k.0.as_str()).collect();
    // Published questions by key, by fingerprint, and (those whose
    // fingerprint the upload does not have) by identity; in order.
    let mut by_key: HashMap<&Key, Vec<usize>> = HashMap::new();
    let mut by_fingerprint: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut by_identity: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, (stored, key)) in published.questions.iter().zip(&published_keys).enumerate().rev() {
        by_key.entry(key).or_default().push(index);
        by_fingerprint.entry(key.0.as_str()).or_default().push(index);
        if !uploaded_fingerprints.contains(key.0.as_str())
            && let Some(identity) = identity(stored.id_number.as_deref(), stored.title.as_deref())
        {
            by_identity.entry(identity).or_default().push(index);
        }
    }
    let mut used = vec![false; published.questions.len()];
    // The first published question of a list not matched yet, now matched.
    let take = |list: Option<&mut Vec<usize>>, used: &mut [bool]| {
        let list = list?;
        while let Some(index) = list.pop() {
            if !used[index] {
                used[index] = true;
                return Some(index);
            }
        }
        None
    };
    let mut changes: Vec<Option<Change>> = vec![None; questions.len()];
    for (slot, key) in changes.iter_mut().zip(&uploaded_keys) {
        if take(by_key.get_mut(key), &mut used).is_some() {
            *slot = Some(Change::Unchanged);
        }
    }
    for (slot, ((_, question), key)) in changes.iter_mut().zip(questions.iter().zip(&uploaded_keys)) {
        if slot.is_some() {
            continue;
        }
        let identity = identity(question.id_number.as_deref(), question.title.as_deref());
        let matched = take(by_fingerprint.get_mut(key.0.as_str()), &mut used)
            .or_else(|| take(identity.and_then(|id| by_identity.get_mut(&id)), &mut used));
        *slot = Some(if matched.is_some() { Change::Changed } else { Change::Added });
    }
    let mut items = Vec::new();
    let mut counts = Counts { questions: questions.len(), ..Counts::default() };
    for ((_, question), change) in questions.iter().zip(changes) {
        let change = change.unwrap_or(Change::Added);
        match change {
            Change::Unchanged => counts.unchanged += 1,
            Change::Changed => counts.changed += 1,
            _ => counts.added += 1,
        }
        items.push(Item { change, question: question.clone(), faulty: faulty.contains(&question.line) });
    }
    for (index, stored) in published.questions.iter().enumerate() {
        if used[index] {
            continue;
        }
        counts.removed += 1;
        if let Some(question) = stored_question(stored) {
            items.push(Item { change: Change::Removed, question, faulty: false });
        }
    }
    let categories = published
        .draws
        .iter()
        .map(|draw| CategoryCount {
            category: draw.category.clone(),
            before: published.questions.iter().filter(|q| q.category.as_deref() == Some(&draw.category)).count(),
            after: questions.iter().filter(|(_, q)| q.category.as_deref() == Some(draw.category.as_str())).count(),
        })
        .collect();
    Preview { questions, problems, items, counts, categories }
}

/// What the version keeps of a question: fingerprint, category, ID number
/// and title. Two questions with the same key are the same to learners,
/// grading and the quiz's draws.
type Key = (String, Option<String>, Option<String>, Option<String>);

fn stored_key(stored: &NewQuestion) -> Key {
    (stored.fingerprint.clone(), stored.category.clone(), stored.id_number.clone(), stored.title.clone())
}

fn uploaded_key(question: &tutela_gift::Question) -> Key {
    let category = question.category.as_deref().map(str::to_string);
    (question.fingerprint().to_string(), category, question.id_number.clone(), question.title.clone())
}

/// The questions of a category the published quiz draws from, before
/// (published) and after (this upload).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryCount {
    pub category: String,
    pub before: usize,
    pub after: usize,
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
    fn a_question_moved_to_another_category_is_changed_and_the_drawn_categories_are_counted() {
        let upload = "$CATEGORY: one\n\n// [id:a]\n::A:: First? {=yes ~no}\n\n::C:: Third? {F}\n\n\
                      $CATEGORY: two\n\n// [id:b]\n::B:: Second? {T}\n";
        let preview = preview("moved.gift", upload, &published(BANK));
        assert!(preview.problems.is_empty(), "{:?}", preview.problems);
        assert_eq!(preview.counts, Counts { questions: 3, added: 0, changed: 1, unchanged: 2, removed: 0 });
        assert!(preview.changes_anything(), "a re-categorising upload can be applied");
        let moved: Vec<String> =
            preview.items.iter().filter(|i| i.change == Change::Changed).map(|i| name(&i.question)).collect();
        assert_eq!(moved, ["B"]);
        let one = CategoryCount { category: "one".into(), before: 3, after: 2 };
        assert_eq!(preview.categories, [one]);
        // The same bank, titles and all: nothing changes.
        assert!(!super::preview("same.gift", BANK, &published(BANK)).changes_anything());
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
