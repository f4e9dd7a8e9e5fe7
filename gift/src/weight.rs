//! Answer weights: [`Weight`], exact integers, and [`WeightSum`].

/// An answer's weight, exactly: hundred-thousandths of a percent (100 % is
/// 10,000,000 units, [`Weight::FULL`]; Moodle's `33.33333` is 3,333,333),
/// always from -100 % to 100 % ([`Weight::new`] checks). Integers, so sums
/// and round trips are exact. A question's score is the weight of the answer
/// given (or, multiple answers, the sum of the weights ticked), which the
/// grader clamps to 0..=[`Weight::FULL`] ([`WeightSum::clamped`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Weight(i32);

impl Weight {
    /// Units in one percent.
    pub const UNIT: i32 = 100_000;
    pub const ZERO: Weight = Weight(0);
    /// 100 %: a right answer.
    pub const FULL: Weight = Weight(100 * Self::UNIT);

    /// A weight of `units` hundred-thousandths of a percent, if within
    /// -100 % to 100 %.
    pub const fn new(units: i32) -> Option<Weight> {
        if units >= -Self::FULL.0 && units <= Self::FULL.0 { Some(Weight(units)) } else { None }
    }

    /// Reads the inside of `%...%`: an optional minus, digits, and at most
    /// five decimals. `Err(true)` when well formed but outside -100..100,
    /// `Err(false)` when malformed.
    pub fn parse_percent(s: &str) -> Result<Weight, bool> {
        let (negative, rest) = match s.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, s),
        };
        let (int, frac) = match rest.split_once('.') {
            Some((int, frac)) => (int, Some(frac)),
            None => (rest, None),
        };
        if int.is_empty() || !int.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        let frac = frac.unwrap_or("");
        if (s.contains('.') && frac.is_empty()) || frac.len() > 5 || !frac.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        let int = int.trim_start_matches('0');
        if int.len() > 3 {
            return Err(true);
        }
        let mut units: i64 = int.bytes().fold(0, |n, b| n * 10 + i64::from(b - b'0')) * i64::from(Self::UNIT);
        let mut scale = i64::from(Self::UNIT) / 10;
        for b in frac.bytes() {
            units += i64::from(b - b'0') * scale;
            scale /= 10;
        }
        if negative {
            units = -units;
        }
        if units.abs() > i64::from(Self::FULL.0) {
            return Err(true);
        }
        i32::try_from(units).map(Weight).map_err(|_| true)
    }

    /// Hundred-thousandths of a percent: 10,000,000 for 100 %.
    pub fn units(self) -> i32 {
        self.0
    }

    /// The percentage as GIFT writes it: `50`, `33.33333`, `-12.5`.
    pub fn percent(self) -> String {
        percent_of(i64::from(self.0))
    }
}

/// Hundred-thousandths of a percent as a percentage (`50`, `33.33333`).
fn percent_of(units: i64) -> String {
    let sign = if units < 0 { "-" } else { "" };
    let abs = units.unsigned_abs();
    let unit = u64::from(Weight::UNIT.unsigned_abs());
    let (int, frac) = (abs / unit, abs % unit);
    if frac == 0 {
        format!("{sign}{int}")
    } else {
        let frac = format!("{frac:05}");
        format!("{sign}{int}.{}", frac.trim_end_matches('0'))
    }
}

impl std::fmt::Display for Weight {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.percent())
    }
}

/// A sum of weights, in [`Weight`]'s units but of any size (the positive
/// weights of a multiple-answers question, the choices a learner ticked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct WeightSum(pub i64);

impl WeightSum {
    /// The percentage as GIFT would write it: `150`, `99.99997`.
    pub fn percent(self) -> String {
        percent_of(self.0)
    }

    /// The score these weights give, as the grader counts it: clamped to
    /// 0..=[`Weight::FULL`] (wrong ticks never take a score below zero, nor
    /// does anything take it above full marks).
    pub fn clamped(self) -> Weight {
        Weight(self.0.clamp(0, i64::from(Weight::FULL.0)) as i32)
    }
}

impl std::iter::Sum<Weight> for WeightSum {
    fn sum<I: Iterator<Item = Weight>>(weights: I) -> WeightSum {
        WeightSum(weights.map(|w| i64::from(w.0)).sum())
    }
}

impl std::fmt::Display for WeightSum {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} %", self.percent())
    }
}
