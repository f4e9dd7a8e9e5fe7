//! [`Msg`]: a message by id and arguments, decided where the words are not
//! yet known (a handler, the store's errors, the policy) and put into
//! words in the reader's language when the page renders.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A catalogue message and its arguments. Page models carry it; views
/// translate it ([`super::tm`], [`super::rich`]); `catalogue::translate`
/// does it outside a view.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Msg {
    /// The message's id in the catalogue (`accounts-sign-in-failed`).
    pub id: Cow<'static, str>,
    /// Its variables, by name (`$count`, `$name`).
    pub args: Vec<(Cow<'static, str>, Arg)>,
}

/// A message's variable.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub enum Arg {
    /// Text from the records or the request (a name, a code): shown as it
    /// is, never translated (in a `<bdi>` when a view uses [`super::rich`]).
    Text(String),
    /// A whole number: plurals select on it; shown with the locale's grouping.
    Int(i64),
    /// A number with a fraction (hours), shown with the locale's separators.
    Num(f64),
    /// Another message, translated first (a refusal inside a sentence).
    Msg(Box<Msg>),
    /// A word the message selects on (a role, a status, a field's name),
    /// never marked as text from the records, so that a selector still
    /// sees it when [`super::rich`] puts the message's texts in `<bdi>`.
    Word(String),
}

impl Arg {
    /// A [`Arg::Word`].
    pub fn word(word: impl Into<String>) -> Self {
        Arg::Word(word.into())
    }
}

impl PartialEq for Arg {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Arg::Text(a), Arg::Text(b)) => a == b,
            (Arg::Int(a), Arg::Int(b)) => a == b,
            (Arg::Num(a), Arg::Num(b)) => a.to_bits() == b.to_bits(),
            (Arg::Msg(a), Arg::Msg(b)) => a == b,
            (Arg::Word(a), Arg::Word(b)) => a == b,
            _ => false,
        }
    }
}

// Numbers compare by their bits, so equality is an equivalence.
impl Eq for Arg {}

/// The id of a [`Msg::verbatim`] (no catalogue message has an empty id).
const VERBATIM: &str = "";

impl Msg {
    /// The message `id`, without variables yet.
    pub const fn new(id: &'static str) -> Self {
        Msg { id: Cow::Borrowed(id), args: Vec::new() }
    }

    /// With the variable `name` set to `value`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((Cow::Borrowed(name), value.into()));
        self
    }

    /// Text shown as it is, in every language: only for words that are
    /// not the interface's (a record's name as a page's title). There is
    /// no `From<&str>` for `Msg`: text where a message is expected does not
    /// compile.
    pub fn verbatim(text: impl Into<String>) -> Self {
        Msg { id: Cow::Borrowed(VERBATIM), args: vec![(Cow::Borrowed("text"), Arg::Text(text.into()))] }
    }

    /// The text of a [`Msg::verbatim`], or None for a catalogue message.
    pub fn as_verbatim(&self) -> Option<&str> {
        if self.id != VERBATIM {
            return None;
        }
        match self.args.first() {
            Some((_, Arg::Text(text))) => Some(text),
            _ => Some(""),
        }
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Int(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Int(n.into())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Arg::Int(n.into())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<f64> for Arg {
    fn from(n: f64) -> Self {
        Arg::Num(n)
    }
}

impl From<Msg> for Arg {
    fn from(msg: Msg) -> Self {
        Arg::Msg(Box::new(msg))
    }
}
