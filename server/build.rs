//! Rebuilds the server when a migration is added, renumbered or edited:
//! `sqlx::migrate!` embeds `../migrations` at compile time, and cargo
//! does not otherwise watch files outside the package.

fn main() {
    println!("cargo:rerun-if-changed=../migrations");
}
