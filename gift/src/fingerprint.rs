//! [`Question::fingerprint`]: FNV-1a with 128 bits (the published offset
//! basis and prime) over a length-prefixed encoding of every field but the
//! line. Each field is a one-byte tag, then for strings the length as eight
//! little-endian bytes and the UTF-8 bytes, so no two different questions
//! encode alike. Changing the encoding changes every fingerprint: add new
//! fields with new tags, and bump `VERSION` if an old field's meaning changes.

use crate::{Body, Choice, NumericValue, Question, Text};

const VERSION: &[u8] = b"tutela-gift-fingerprint-1";
const OFFSET_BASIS: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;

struct Fnv(u128);

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u128::from(b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }

    fn tag(&mut self, tag: u8) {
        self.bytes(&[tag]);
    }

    fn str(&mut self, tag: u8, s: &str) {
        self.tag(tag);
        self.bytes(&(s.len() as u64).to_le_bytes());
        self.bytes(s.as_bytes());
    }

    fn opt_str(&mut self, tag: u8, s: Option<&str>) {
        match s {
            Some(s) => self.str(tag, s),
            None => self.tag(0),
        }
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

    fn choices(&mut self, choices: &[Choice]) {
        self.int(b'n', choices.len() as i64);
        for choice in choices {
            self.int(b'w', i64::from(choice.weight.0));
            self.text(b'a', &choice.text);
            self.opt_text(b'b', choice.feedback.as_ref());
        }
    }
}

pub(crate) fn of(q: &Question) -> String {
    let mut h = Fnv(OFFSET_BASIS);
    h.bytes(VERSION);
    h.opt_str(b'c', q.category.as_deref());
    h.opt_str(b'i', q.id.as_deref());
    h.int(b'T', q.tags.len() as i64);
    for tag in &q.tags {
        h.str(b'u', tag);
    }
    h.opt_str(b't', q.title.as_deref());
    h.text(b'q', &q.text);
    h.opt_text(b'r', q.text_after.as_ref());
    h.opt_text(b'g', q.general_feedback.as_ref());
    h.str(b'k', q.body.kind().name());
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
                h.int(b'w', i64::from(answer.weight.0));
                match &answer.value {
                    NumericValue::Exact { value, tolerance } => {
                        h.str(b'e', value.literal());
                        h.opt_str(b'l', tolerance.as_ref().map(|t| t.literal()));
                    }
                    NumericValue::Range { min, max } => {
                        h.str(b'm', min.literal());
                        h.str(b'M', max.literal());
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
    format!("{:032x}", h.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_128_matches_the_published_test_vectors() {
        let hash = |input: &[u8]| {
            let mut h = Fnv(OFFSET_BASIS);
            h.bytes(input);
            format!("{:032x}", h.0)
        };
        assert_eq!(hash(b""), "6c62272e07bb014262b821756295c58d");
        assert_eq!(hash(b"a"), "d228cb696f1a8caf78912b704e4a8964");
    }
}
