//! Feeds the GIFT parser generated and mutated inputs, and reports panics,
//! round-trip mismatches and the slowest input. Run by `bench/fuzz`:
//!
//! ```text
//! fuzz [--inputs N] [--seed S] [--threads T] [--out DIR] SEED.gift...
//! ```
//!
//! Deterministic: the same seed, thread count and seed files give the same
//! inputs. Half the inputs mutate a seed file (or a window of one: deletions,
//! insertions of GIFT syntax, duplications, splices from another seed), half
//! are made of GIFT pieces. Each is read leniently: the questions it gives,
//! errors or not, must keep every rule (`Question::check`), and be exported
//! and parsed again to the same questions. Panics are caught, counted and
//! saved (`DIR/panic-N.gift`), like the slowest input (`DIR/slowest.gift`).
//! Last, a scaling check times pathological inputs at two sizes, 16 times
//! apart: a parser linear in its input takes about 16 times as long.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::time::{Duration, Instant};
use tutela_gift::{ParseLimits, export, parse, parse_lenient, parse_with};

/// Pieces GIFT gives a meaning to, and some that look like it.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "=",
    "~",
    "#",
    "####",
    ":",
    "::",
    "->",
    "%",
    "%50%",
    "%-100%",
    "%33.33333%",
    "%101%",
    "%x%",
    "\\",
    "\\{",
    "\\}",
    "\\~",
    "\\=",
    "\\#",
    "\\:",
    "\\n",
    "\\\\",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "//",
    "// comment\n",
    "$CATEGORY: ",
    "$CATEGORY: a/b\n",
    "$X: ",
    "[html]",
    "// [id:a] [tag:b]\n",
    "[id:",
    "[tag:",
    "\\]",
    "[markdown]",
    "[plain]",
    "[moodle]",
    "[",
    "]",
    "T",
    "F",
    "TRUE",
    "FALSE",
    "..",
    "1822",
    "-0.5e3",
    "1e400",
    ":0",
    " ",
    "\t",
    "é",
    "→",
    "\u{feff}",
    "\u{a0}",
    "\u{0}",
    "::Title::",
    "{}",
    "{T}",
    "{#",
    "{=a ~b}",
    "=a -> b",
    "~%50%",
    "=%50%",
];

/// How many of the slowest inputs each thread keeps to time again.
const KEPT_SLOWEST: usize = 16;

/// xorshift64*: small, fast, and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// Uniform enough in `0..n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn token(&mut self) -> &'static str {
        TOKENS[self.below(TOKENS.len())]
    }
}

#[derive(Default)]
struct Stats {
    inputs: u64,
    generated: u64,
    mutated: u64,
    bytes: u64,
    parsed: u64,
    /// Questions kept beside errors (lenient reading), round-tripped too.
    kept_beside_errors: u64,
    panics: u64,
    mismatches: u64,
    /// The slowest inputs seen (one timing each: a preempted run looks slow),
    /// timed again at the end.
    slowest: Vec<(Duration, String)>,
    panic_inputs: Vec<String>,
    mismatch_inputs: Vec<String>,
}

fn generated(rng: &mut Rng) -> Vec<u8> {
    let mut out = Vec::new();
    for _ in 0..rng.below(120) {
        if rng.below(4) == 0 {
            let word_len = 1 + rng.below(8);
            out.extend((0..word_len).map(|_| b'a' + rng.below(26) as u8));
        } else {
            out.extend_from_slice(rng.token().as_bytes());
        }
    }
    out
}

fn mutated(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let seed = &seeds[rng.below(seeds.len())];
    let mut out = if rng.below(2) == 0 {
        seed.clone()
    } else {
        // A window of a few questions.
        let start = rng.below(seed.len());
        let len = 50 + rng.below(1_500);
        seed[start..(start + len).min(seed.len())].to_vec()
    };
    for _ in 0..1 + rng.below(8) {
        let at = rng.below(out.len() + 1);
        match rng.below(6) {
            0 => {
                let end = (at + 1 + rng.below(40)).min(out.len());
                out.drain(at.min(end)..end);
            }
            1 | 2 => {
                let token = rng.token().as_bytes();
                out.splice(at..at, token.iter().copied());
            }
            3 => {
                let end = (at + 1 + rng.below(300)).min(out.len());
                let piece = out[at.min(end)..end].to_vec();
                out.splice(at..at, piece);
            }
            4 => {
                let other = &seeds[rng.below(seeds.len())];
                let from = rng.below(other.len());
                let end = (from + 1 + rng.below(400)).min(other.len());
                out.splice(at..at, other[from.min(end)..end].iter().copied());
            }
            _ => {
                if at < out.len() {
                    out[at] = rng.token().as_bytes()[0];
                }
            }
        }
    }
    out
}

/// Parses (and, if it parses, round-trips) one input, timing the parse.
fn feed(input: String, stats: &mut Stats) {
    stats.inputs += 1;
    stats.bytes += input.len() as u64;
    let started = Instant::now();
    let result = catch_unwind(AssertUnwindSafe(|| parse_lenient(&input)));
    let took = started.elapsed();
    if stats.slowest.len() < KEPT_SLOWEST || stats.slowest.last().is_some_and(|(t, _)| took > *t) {
        stats.slowest.push((took, input.clone()));
        stats.slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
        stats.slowest.truncate(KEPT_SLOWEST);
    }
    match result {
        Err(_) => {
            stats.panics += 1;
            if stats.panic_inputs.len() < 20 {
                stats.panic_inputs.push(input);
            }
        }
        Ok((bank, errors)) => {
            if errors.is_empty() {
                stats.parsed += 1;
            } else {
                stats.kept_beside_errors += bank.questions.len() as u64;
            }
            let same = catch_unwind(AssertUnwindSafe(|| {
                errors.len() <= ParseLimits::default().max_errors + 1
                    && bank.questions.iter().all(|q| q.check().is_empty())
                    && parse(&export(&bank)).is_ok_and(|again| again.without_lines() == bank.without_lines())
            }));
            if !matches!(same, Ok(true)) {
                stats.mismatches += 1;
                if stats.mismatch_inputs.len() < 20 {
                    stats.mismatch_inputs.push(input);
                }
            }
        }
    }
}

fn run(seed: u64, inputs: u64, seeds: &[Vec<u8>]) -> Stats {
    let mut rng = Rng(seed | 1);
    let mut stats = Stats::default();
    for _ in 0..inputs {
        let bytes = if rng.below(2) == 0 {
            stats.generated += 1;
            generated(&mut rng)
        } else {
            stats.mutated += 1;
            mutated(&mut rng, seeds)
        };
        feed(String::from_utf8_lossy(&bytes).into_owned(), &mut stats);
    }
    stats
}

/// The time to parse `input` without limits (a limit would cut the larger
/// input short), the best of three.
fn time(input: &str) -> Duration {
    let unlimited = ParseLimits { max_bytes: usize::MAX, max_questions: usize::MAX, max_errors: usize::MAX };
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let _ = catch_unwind(AssertUnwindSafe(|| parse_with(input, &unlimited)));
            started.elapsed()
        })
        .min()
        .unwrap_or_default()
}

/// Pathological inputs of about `size` bytes.
fn patterns(size: usize, slowest: &str) -> Vec<(&'static str, String)> {
    let repeat = |piece: &str| piece.repeat(size / piece.len().max(1) + 1);
    let within = |open: &str, piece: &str, close: &str| format!("{open}{}{close}", repeat(piece));
    let mut slowest_repeated = String::new();
    while !slowest.is_empty() && slowest_repeated.len() < size {
        slowest_repeated.push_str(slowest);
        slowest_repeated.push_str("\n\n");
    }
    vec![
        ("the slowest input, repeated", slowest_repeated),
        ("one question, many choices", within("Q {=a ", "~%-5%b #c ", "}")),
        ("one question, many # marks", within("Q {", "#", "}")),
        ("one question, many pairs", within("Q {", "=a -> b ", "}")),
        ("one question, many numbers", within("Q {#", "=%50%1..2 #x ", "=1}")),
        ("many questions", repeat("::T::Q {=a ~b}\n\n")),
        ("many categories", repeat("$CATEGORY: a/b/c\n\nQ {T}\n\n")),
        ("many questions, each with its ID number", {
            let mut out = String::new();
            let mut n = 0;
            while out.len() < size {
                out.push_str(&format!("// [id:q{n}]\nQ {{T}}\n\n"));
                n += 1;
            }
            out
        }),
        ("many questions, one ID number", repeat("// [id:q]\nQ {T}\n\n")),
        ("opening braces", repeat("{")),
        ("closing braces", repeat("}")),
        ("colons", repeat(":")),
        ("backslashes", repeat("\\")),
        ("escapes", repeat("\\{\\n")),
        ("lines without blank ones", repeat("line {\n")),
        ("comments", repeat("// comment\n")),
        ("one comment line of unclosed [id: and [tag:", format!("// {}\nQ {{T}}", repeat("[id:[tag:\\]x"))),
    ]
}

fn main() {
    let mut inputs: u64 = 10_000_000;
    let mut seed: u64 = 0x7475_7465_6c61;
    let mut threads: usize = 2;
    let mut out = PathBuf::from("target/fuzz");
    let mut seed_files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let mut value = |name: &str| {
            args.next().unwrap_or_else(|| {
                eprintln!("{name} needs a value");
                std::process::exit(2)
            })
        };
        match arg.as_str() {
            "--inputs" => inputs = value("--inputs").parse().unwrap_or(inputs),
            "--seed" => seed = value("--seed").parse().unwrap_or(seed),
            "--threads" => threads = value("--threads").parse().unwrap_or(threads).max(1),
            "--out" => out = PathBuf::from(value("--out")),
            _ => seed_files.push(PathBuf::from(arg)),
        }
    }
    let seeds: Vec<Vec<u8>> = seed_files
        .iter()
        .filter_map(|path| match std::fs::read(path) {
            Ok(bytes) => Some(bytes),
            Err(e) => {
                eprintln!("{}: {e}", path.display());
                None
            }
        })
        .filter(|bytes| !bytes.is_empty())
        .collect();
    if seeds.is_empty() {
        eprintln!("usage: fuzz [--inputs N] [--seed S] [--threads T] [--out DIR] SEED.gift...");
        std::process::exit(2);
    }
    std::panic::set_hook(Box::new(|_| {}));

    let started = Instant::now();
    let per_thread = inputs / threads as u64;
    let results: Vec<Stats> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|t| {
                let count = if t == 0 { inputs - per_thread * (threads as u64 - 1) } else { per_thread };
                let seeds = &seeds;
                scope.spawn(move || run(seed.wrapping_add(t as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15), count, seeds))
            })
            .collect();
        handles.into_iter().filter_map(|h| h.join().ok()).collect()
    });
    let elapsed = started.elapsed();
    let mut total = Stats::default();
    for s in results {
        total.inputs += s.inputs;
        total.generated += s.generated;
        total.mutated += s.mutated;
        total.bytes += s.bytes;
        total.parsed += s.parsed;
        total.kept_beside_errors += s.kept_beside_errors;
        total.panics += s.panics;
        total.mismatches += s.mismatches;
        total.slowest.extend(s.slowest);
        total.panic_inputs.extend(s.panic_inputs);
        total.mismatch_inputs.extend(s.mismatch_inputs);
    }

    let _ = std::fs::create_dir_all(&out);
    let save = |name: String, input: &str| {
        let path = out.join(name);
        match std::fs::write(&path, input) {
            Ok(()) => path.display().to_string(),
            Err(e) => format!("(not saved: {e})"),
        }
    };
    // The slowest input is the one slowest when timed again, best of three.
    let (slowest, slowest_input) = total
        .slowest
        .iter()
        .map(|(_, input)| (time(input), input.clone()))
        .max_by_key(|(took, _)| *took)
        .unwrap_or_default();
    let slowest_path = save("slowest.gift".into(), &slowest_input);
    for (i, input) in total.panic_inputs.iter().enumerate() {
        save(format!("panic-{i}.gift"), input);
    }
    for (i, input) in total.mismatch_inputs.iter().enumerate() {
        save(format!("mismatch-{i}.gift"), input);
    }

    let secs = elapsed.as_secs_f64().max(1e-9);
    println!("| fuzz ({threads} threads, seed {seed}, {} seed files) | value |", seeds.len());
    println!("|---|---|");
    println!("| inputs | {} ({} generated, {} mutated) |", total.inputs, total.generated, total.mutated);
    println!("| parsed without error (then round-tripped) | {} |", total.parsed);
    println!("| questions kept beside errors (round-tripped too) | {} |", total.kept_beside_errors);
    println!("| panics | {} |", total.panics);
    println!("| rule breaks or round-trip mismatches | {} |", total.mismatches);
    println!("| time | {secs:.1} s |");
    println!("| inputs/s | {:.0} |", total.inputs as f64 / secs);
    println!("| MB/s parsed | {:.1} |", total.bytes as f64 / secs / 1e6);
    println!(
        "| slowest input (the slowest {KEPT_SLOWEST} of each thread timed again, best of 3) | {:.3} ms, {} bytes ({slowest_path}) |",
        slowest.as_secs_f64() * 1e3,
        slowest_input.len()
    );

    println!();
    println!("| scaling: parse time at ~64 KB and ~1 MB (linear: about 16x) | 64 KB | 1 MB | ratio |");
    println!("|---|---|---|---|");
    let mut superlinear = 0;
    for ((name, small), (_, large)) in
        patterns(1 << 16, &slowest_input).into_iter().zip(patterns(1 << 20, &slowest_input))
    {
        if small.is_empty() {
            continue;
        }
        let (t_small, t_large) = (time(&small), time(&large));
        let ratio = t_large.as_secs_f64() / t_small.as_secs_f64().max(1e-9);
        let size_ratio = large.len() as f64 / small.len() as f64;
        // Allow cache effects and noise on shared cores; quadratic is 256x.
        let flag = if ratio > 3.0 * size_ratio { " (superlinear)" } else { "" };
        if !flag.is_empty() {
            superlinear += 1;
        }
        println!(
            "| {name} | {:.2} ms | {:.2} ms | {ratio:.1}{flag} |",
            t_small.as_secs_f64() * 1e3,
            t_large.as_secs_f64() * 1e3
        );
    }
    if total.panics > 0 || total.mismatches > 0 || superlinear > 0 {
        std::process::exit(1);
    }
}
