//! Explains any TypeID: its kind (if a type in this program has its prefix), prefix, UUID,
//! version and creation time, or why it is not a valid TypeID.
//!
//! Run it with `cargo run -p ids-examples --example inspect -- user_01h455vb4pex5vsknk084sn02q`. The kinds it
//! knows are those of the service example (`user`, `session`, `conn`), found in the registry.

use std::process::ExitCode;

use ids_core::registry;
// Linked for the registrations of the service's ID types, which nothing here names.
#[allow(unused_extern_crates)]
extern crate ids_examples;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() {
        eprintln!("usage: cargo run -p ids-examples --example inspect -- <id> [<id> ...]");
        eprintln!("kinds this program knows:");
        for kind in registry::kinds() {
            eprintln!("  {:<10} {}", kind.prefix, kind.path());
        }
        return ExitCode::FAILURE;
    }
    let mut status = ExitCode::SUCCESS;
    for text in &args {
        match registry::lookup(text) {
            Ok(found) => {
                let id = found.id;
                println!("{text}");
                match found.kind {
                    Some(kind) => println!("  kind     {} ({})", kind.type_name, kind.path()),
                    None => println!("  kind     not a type of this program"),
                }
                let prefix = if id.prefix().is_empty() {
                    "(none)"
                } else {
                    id.prefix()
                };
                println!("  prefix   {prefix}");
                println!("  uuid     {}", id.uuid());
                println!("  version  {}", id.uuid().get_version_num());
                match id.created_at() {
                    Some(created) => {
                        println!("  created  {}", humantime::format_rfc3339_millis(created))
                    }
                    None => println!("  created  unknown (only version 7 carries a time)"),
                }
            }
            Err(err) => {
                println!("{text}\n  invalid  {err}");
                status = ExitCode::FAILURE;
            }
        }
    }
    status
}
