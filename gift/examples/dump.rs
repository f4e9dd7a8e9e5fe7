//! Prints what a `.gift` file parses to, or its errors: `cargo run -p tutela-gift --example dump FILE`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dump FILE.gift");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(source) => source,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    match tutela_gift::parse(&source) {
        Ok(bank) => {
            for q in &bank.questions {
                println!("{q:#?}");
            }
            println!("---- export ----\n{}", tutela_gift::export(&bank));
        }
        Err(errors) => {
            for e in errors {
                println!("{path}:{e}");
            }
            std::process::exit(1);
        }
    }
}
