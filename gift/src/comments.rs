//! A question's ID number and tags, from its comment lines (Moodle 3.6+).

/// `[id:...]` (the first) and `[tag:...]` (each) in a question's comment
/// lines: `\]` is a `]` inside; no control character, and no `<` or `>` in
/// a tag; trimmed; empty ones ignored. As Moodle reads them, except that
/// tokens do not overlap: read left to right, a token's text is not searched
/// for another (so an ID may hold `[tag:` and export can write it).
pub(crate) fn id_and_tags(comments: &[&str]) -> (Option<String>, Vec<String>) {
    let mut id = None;
    let mut tags = Vec::new();
    for line in comments {
        // Where the last unclosed token of each kind stopped: another of the
        // same kind starting before there stops there too, so it is not read
        // again (one pass over the line, whatever it holds).
        let mut failed = [0usize; 2];
        let mut from = 0;
        while let Some(at) = line[from..].find('[') {
            let open = from + at;
            from = open + 1;
            let rest = &line[from..];
            let (kind, prefix) = if rest.starts_with("id:") {
                (0, 3)
            } else if rest.starts_with("tag:") {
                (1, 4)
            } else {
                continue;
            };
            let start = from + prefix;
            if start < failed[kind] {
                continue;
            }
            match token(&line[start..], kind == 1) {
                Ok((value, len)) => {
                    from = start + len;
                    let value = value.trim();
                    if value.is_empty() {
                        continue;
                    }
                    if kind == 0 {
                        id.get_or_insert_with(|| value.to_owned());
                    } else {
                        tags.push(value.to_owned());
                    }
                }
                Err(stop) => failed[kind] = start + stop,
            }
        }
    }
    (id, tags)
}

/// A token's text up to its `]`, and the bytes read (with the `]`); or
/// where it stopped without one.
fn token(body: &str, tag: bool) -> Result<(String, usize), usize> {
    let mut value = String::new();
    let mut chars = body.char_indices();
    while let Some((i, ch)) = chars.next() {
        if ch == '\\' && body[i + 1..].starts_with(']') {
            chars.next();
            value.push(']');
        } else if ch == ']' {
            return Ok((value, i + 1));
        } else if ch.is_control() || (tag && (ch == '<' || ch == '>')) {
            return Err(i);
        } else {
            value.push(ch);
        }
    }
    Err(body.len())
}
