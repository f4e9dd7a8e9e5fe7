//! Numbers and dates for a locale, written here rather than with a
//! locale-data crate: Tutela shows whole numbers, hours with one decimal
//! and times of day, and five languages' separators fit in a table. Month
//! names and the order of a date's parts are catalogue messages
//! (`shared-date-time`), so a translator changes them with the rest.

use super::Locale;

/// The separators of a locale's numbers: grouping, decimal, and the fewest
/// digits before a group (CLDR's `minimumGroupingDigits`: Spanish writes
/// 1000 but 10.000).
fn separators(locale: Locale) -> (&'static str, &'static str, usize) {
    match locale.source() {
        Locale::En | Locale::Pseudo => (",", ".", 1),
        // A narrow no-break space, so 1 000 never wraps.
        Locale::Fr => ("\u{202f}", ",", 1),
        Locale::Es => (".", ",", 2),
        Locale::Pt => (".", ",", 1),
        // Western digits, as staff numbers and codes are written, with the
        // separators CLDR gives Arabic in Latin digits.
        Locale::Ar => (",", ".", 1),
    }
}

/// `value` written for `locale`, with at most two decimals (trailing
/// zeros dropped): 12345.5 is "12,345.5" in English, "12 345,5" in French.
pub fn number(locale: Locale, value: f64) -> String {
    let (group, decimal, min_grouping) = separators(locale);
    let fixed = format!("{:.2}", value.abs());
    let (whole, fraction) = fixed.split_once('.').unwrap_or((&fixed, ""));
    let fraction = fraction.trim_end_matches('0');
    let mut out = String::with_capacity(fixed.len() + 4);
    if value < 0.0 && (whole != "0" || !fraction.is_empty()) {
        out.push('-');
    }
    if whole.len() >= 4 + min_grouping - 1 {
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                out.push_str(group);
            }
            out.push(digit);
        }
    } else {
        out.push_str(whole);
    }
    if !fraction.is_empty() {
        out.push_str(decimal);
        out.push_str(fraction);
    }
    out
}

/// A moment in UTC, in calendar parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Civil {
    pub year: i64,
    pub month: i64,
    pub day: i64,
    pub hour: i64,
    pub minute: i64,
}

/// Unix seconds as a UTC calendar date and time (proleptic Gregorian).
pub fn civil(seconds: i64) -> Civil {
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    Civil { year, month, day, hour: rest / 3600, minute: rest % 3600 / 60 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_each_locales_separators() {
        assert_eq!(number(Locale::En, 1234567.0), "1,234,567");
        assert_eq!(number(Locale::En, 2.5), "2.5");
        assert_eq!(number(Locale::En, 999.0), "999");
        assert_eq!(number(Locale::Fr, 12345.5), "12\u{202f}345,5");
        assert_eq!(number(Locale::Es, 1234.0), "1234");
        assert_eq!(number(Locale::Es, 12345.0), "12.345");
        assert_eq!(number(Locale::Pt, 1234.25), "1.234,25");
        assert_eq!(number(Locale::Ar, 1500.0), "1,500");
        assert_eq!(number(Locale::En, -3.0), "-3");
        assert_eq!(number(Locale::En, 0.0), "0");
    }

    #[test]
    fn civil_dates_are_calendar_dates() {
        assert_eq!(civil(0), Civil { year: 1970, month: 1, day: 1, hour: 0, minute: 0 });
        assert_eq!(civil(951_782_400), Civil { year: 2000, month: 2, day: 29, hour: 0, minute: 0 });
        assert_eq!(civil(1_795_971_600), Civil { year: 2026, month: 11, day: 29, hour: 17, minute: 0 });
    }
}
