//! [`Question::fingerprint`]: SHA-256 over a length-prefixed encoding of
//! what learners see and what grading uses: the kind's word, the texts (with
//! their formats), the answers with their weights and feedback, the general
//! feedback. Not the category, title, ID number, tags or line: moving,
//! renaming or tagging a question keeps its identity.
//!
//! Each field is a one-byte tag, then for strings the length as eight
//! little-endian bytes and the UTF-8 bytes, so no two different questions
//! encode alike. Numbers are encoded by value (`1e3` and `1000` grade alike;
//! a missing tolerance is a tolerance of 0, as Moodle grades it). Changing
//! the encoding changes every fingerprint, which
//! `tests/fixtures/every-type.fingerprints` pins: add new fields with new
//! tags, and bump `VERSION` if an old field's meaning changes.

use sha2::{Digest, Sha256};

use crate::{Body, Choice, Number, NumericValue, Question, Text};

const VERSION: &[u8] = b"tutela-gift-fingerprint-2";

/// A question's identity for versions: SHA-256 of what learners see and what
/// grading uses ([`Question::fingerprint`]). Written and read as 64 lower-case
/// hexadecimal digits.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Fingerprint(pub [u8; 32]);

impl Fingerprint {
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Display for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for byte in self.0 {
            write!(f, "{byte:02x}")?;
        }
        Ok(())
    }
}

impl std::fmt::Debug for Fingerprint {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Fingerprint({self})")
    }
}

/// A text that is not 64 hexadecimal digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a fingerprint is 64 hexadecimal digits")]
pub struct FingerprintError;

impl std::str::FromStr for Fingerprint {
    type Err = FingerprintError;

    /// 64 hexadecimal digits, either case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let digits = s.as_bytes();
        if digits.len() != 64 {
            return Err(FingerprintError);
        }
        let nibble = |b: u8| char::from(b).to_digit(16).ok_or(FingerprintError);
        let mut bytes = [0u8; 32];
        for (byte, pair) in bytes.iter_mut().zip(digits.chunks_exact(2)) {
            *byte = u8::try_from(nibble(pair[0])? * 16 + nibble(pair[1])?).map_err(|_| FingerprintError)?;
        }
        Ok(Fingerprint(bytes))
    }
}

struct Encoder(Sha256);

impl Encoder {
    fn bytes(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn tag(&mut self, tag: u8) {
        self.bytes(&[tag]);
    }

    fn str(&mut self, tag: u8, s: &str) {
        self.tag(tag);
        self.bytes(&(s.len() as u64).to_le_bytes());
        self.bytes(s.as_bytes());
    }

    fn text(&mut self, tag: u8, text: &Text) {
        self.tag(tag);
        self.str(b'f', text.format.as_str());
        self.str(b's', &text.text);
    }

    fn opt_text(&mut self, tag: u8, text: Option<&Text>) {
        match text {
            Some(text) => self.text(tag, text),
            None => self.tag(0),
        }
    }

    fn int(&mut self, tag: u8, n: i64) {
        self.tag(tag);
        self.bytes(&n.to_le_bytes());
    }

    /// A number by value; `-0` is `0`.
    fn number(&mut self, tag: u8, value: f64) {
        self.tag(tag);
        self.bytes(&(value + 0.0).to_bits().to_le_bytes());
    }

    fn choices(&mut self, choices: &[Choice]) {
        self.int(b'n', choices.len() as i64);
        for choice in choices {
            self.int(b'w', i64::from(choice.weight.units()));
            self.text(b'a', &choice.text);
            self.opt_text(b'b', choice.feedback.as_ref());
        }
    }
}

pub(crate) fn of(q: &Question) -> Fingerprint {
    let mut h = Encoder(Sha256::new());
    h.bytes(VERSION);
    h.str(b'k', q.body.kind().as_str());
    h.text(b'q', &q.text);
    h.opt_text(b'r', q.text_after.as_ref());
    h.opt_text(b'g', q.general_feedback.as_ref());
    match &q.body {
        Body::Description | Body::Essay => {}
        Body::TrueFalse { answer, feedback_wrong, feedback_right } => {
            h.int(b'v', i64::from(*answer));
            h.opt_text(b'x', feedback_wrong.as_ref());
            h.opt_text(b'y', feedback_right.as_ref());
        }
        Body::MultipleChoice { choices } | Body::MultipleAnswers { choices } => h.choices(choices),
        Body::ShortAnswer { answers } => h.choices(answers),
        Body::Numerical { answers, wrong_feedback } => {
            h.int(b'n', answers.len() as i64);
            for answer in answers {
                h.int(b'w', i64::from(answer.weight.units()));
                match &answer.value {
                    NumericValue::Exact { value, tolerance } => {
                        h.number(b'e', value.value());
                        h.number(b'l', tolerance.as_ref().map_or(0.0, Number::value));
                    }
                    NumericValue::Range { min, max } => {
                        h.number(b'm', min.value());
                        h.number(b'M', max.value());
                    }
                }
                h.opt_text(b'b', answer.feedback.as_ref());
            }
            h.opt_text(b'x', wrong_feedback.as_ref());
        }
        Body::Matching { pairs } => {
            h.int(b'n', pairs.len() as i64);
            for pair in pairs {
                h.text(b'p', &pair.question);
                h.str(b'P', &pair.answer);
            }
        }
    }
    Fingerprint(h.0.finalize().into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sha256_matches_the_published_test_vector() {
        let mut h = Encoder(Sha256::new());
        h.bytes(b"abc");
        assert_eq!(
            Fingerprint(h.0.finalize().into()).to_string(),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn fingerprints_read_back_from_hex() {
        let f = Fingerprint(std::array::from_fn(|i| (i * 8) as u8));
        let hex = f.to_string();
        assert_eq!(hex.len(), 64);
        assert_eq!(hex.parse(), Ok(f));
        assert_eq!(hex.to_uppercase().parse(), Ok(f));
        for bad in ["", "00", &hex[1..], &format!("{hex}0"), &format!("g{}", &hex[1..]), &format!("+{}", &hex[1..])] {
            assert_eq!(bad.parse::<Fingerprint>(), Err(FingerprintError), "{bad}");
        }
        assert_eq!(format!("{f:?}"), format!("Fingerprint({hex})"));
    }
}
