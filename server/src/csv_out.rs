//! The one CSV writer for everything Tutela hands out as CSV (the roster
//! export, activation links, and every export to come).
//!
//! People open these files in a spreadsheet, which runs a cell that starts
//! with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a
//! formula: a name typed as `=HYPERLINK(...)` would become a link in HR's
//! spreadsheet. [`CsvOut`] writes such a cell with one `'` in front, which
//! spreadsheets read as "this is text". The roster export is read back by
//! the import, so the rule is reversible: [`neutralise`] adds one `'` to a
//! cell that is any number of `'` followed by one of those characters, and
//! [`restore`] takes one `'` off a cell that is one or more `'` followed by
//! one of them. Every other cell passes through unchanged both ways.

use std::borrow::Cow;

/// The first characters that make a spreadsheet treat a cell as a formula.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Whether `text`, after any leading `'`, starts like a formula.
fn formula_after_quotes(text: &str) -> bool {
    text.trim_start_matches('\'').starts_with(FORMULA_STARTS)
}

/// The cell as Tutela writes it: with one more leading `'` when a
/// spreadsheet would run it, or when [`restore`] would otherwise take one off.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    if formula_after_quotes(cell) { Cow::Owned(format!("'{cell}")) } else { Cow::Borrowed(cell) }
}

/// The cell as it was before [`neutralise`]: one leading `'` taken off a
/// cell that is `'` (one or more) followed by a formula's first character.
pub fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if formula_after_quotes(rest) => rest,
        _ => cell,
    }
}

/// A CSV file being written in memory, every cell neutralised.
pub struct CsvOut {
    writer: csv::Writer<Vec<u8>>,
}

impl Default for CsvOut {
    fn default() -> Self {
        Self::new()
    }
}

impl CsvOut {
    /// An empty file: comma-separated, fields quoted when they need it.
    pub fn new() -> Self {
        Self { writer: csv::Writer::from_writer(Vec::new()) }
    }

    /// Appends one line.
    pub fn row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) {
        // Writing into a Vec cannot fail.
        let _ = self.writer.write_record(cells.into_iter().map(neutralise).map(|cell| cell.into_owned()));
    }

    /// The file's bytes.
    pub fn into_bytes(self) -> Vec<u8> {
        self.writer.into_inner().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn written(cells: &[&str]) -> String {
        let mut out = CsvOut::new();
        out.row(cells.iter().copied());
        String::from_utf8(out.into_bytes()).unwrap()
    }

    #[test]
    fn a_cell_a_spreadsheet_would_run_gets_a_leading_quote() {
        assert_eq!(
            written(&["=HYPERLINK(\"http://x\";\"y\")", "+1", "-2", "@SUM(A1)"]),
            "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\",'+1,'-2,'@SUM(A1)\n"
        );
        assert_eq!(written(&["\t=1", "\r=1"]), "'\t=1,\"'\r=1\"\n");
        assert_eq!(
            written(&["Amina", "a-b@example.org", "2024-03-01", "", "'quoted"]),
            "Amina,a-b@example.org,2024-03-01,,'quoted\n"
        );
    }

    #[test]
    fn restore_undoes_neutralise_for_every_cell() {
        for cell in ["=1", "+1", "-1", "@x", "\tx", "\rx", "'=1", "''-1", "'", "''", "'x", "x", "", "a=b", "O'Brien"] {
            let written = neutralise(cell);
            assert!(!written.starts_with(FORMULA_STARTS), "{cell:?} is written {written:?}");
            assert_eq!(restore(&written), cell, "{cell:?} round trip");
        }
        // What a person typed without a leading quote is read as typed.
        assert_eq!(restore("'x"), "'x");
        assert_eq!(restore("-2"), "-2");
    }
}
