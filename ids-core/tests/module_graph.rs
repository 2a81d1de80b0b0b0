//! The crate's modules import each other in one direction only: no two modules import each
//! other, directly or through others. Read from the source, so that a new `use` that closes a
//! circle fails here. Test modules (`#[cfg(test)] mod tests`) are left out: a test may reach
//! anywhere.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// `text::parse` for `src/text/parse.rs`; `None` for the crate root.
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?.with_extension("");
    let parts: Vec<String> = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy().into_owned())
        .collect();
    (parts != ["lib"]).then(|| parts.join("::"))
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

/// The source without its test module, which by convention closes the file.
fn without_tests(source: &str) -> &str {
    match source.find("#[cfg(test)]\nmod tests") {
        Some(at) => &source[..at],
        None => source,
    }
}

/// Every `crate::a::b` path in `source`, with groups (`crate::{x, y}`, `crate::a::{x, y}`)
/// split into one path each.
fn crate_paths(source: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        // `$crate::` is a macro's path to this crate as seen from another: not an import.
        let macro_path = rest[..at].ends_with('$');
        rest = &rest[at + "crate::".len()..];
        if macro_path {
            continue;
        }
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .unwrap_or(rest.len());
        let base = rest[..end].trim_end_matches(':');
        match rest[end..].strip_prefix('{') {
            Some(group) if rest[..end].ends_with("::") || end == 0 => {
                let close = group.find('}').unwrap_or(group.len());
                for item in group[..close].split(',') {
                    let name = item.split_whitespace().next().unwrap_or("");
                    match (base, name) {
                        (_, "") => {}
                        ("", name) => paths.push(name.to_owned()),
                        (base, "self") => paths.push(base.to_owned()),
                        (base, name) => paths.push(format!("{base}::{name}")),
                    }
                }
            }
            _ => paths.push(base.to_owned()),
        }
    }
    paths
}

#[test]
fn no_module_imports_one_that_imports_it() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| module_of(&src, f)).collect();

    // Names the crate root re-exports, and the module each comes from.
    let root = std::fs::read_to_string(src.join("lib.rs")).expect("lib.rs");
    let mut reexports: BTreeMap<String, String> = BTreeMap::new();
    for line in root.lines() {
        let Some(path) = line.trim().strip_prefix("pub use ") else {
            continue;
        };
        let path = path.trim_end_matches(';');
        if let Some((module, names)) = path.split_once("::{") {
            for name in names.trim_end_matches('}').split(',') {
                reexports.insert(name.trim().to_owned(), module.to_owned());
            }
        } else if let Some((module, name)) = path.rsplit_once("::") {
            reexports.insert(name.to_owned(), module.to_owned());
        }
    }
    // The module a path names: its longest prefix that is a module, or the module a root
    // re-export comes from.
    let resolve = |path: &str| -> Option<String> {
        let parts: Vec<&str> = path.split("::").collect();
        (1..=parts.len())
            .rev()
            .map(|n| parts[..n].join("::"))
            .find(|prefix| modules.contains(prefix))
            .or_else(|| {
                reexports
                    .get(parts[0])
                    .filter(|m| modules.contains(*m))
                    .cloned()
            })
    };

    let mut imports: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in &files {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        let source = std::fs::read_to_string(file).expect("a source file");
        let targets = imports.entry(module.clone()).or_default();
        for path in crate_paths(without_tests(&source)) {
            if let Some(target) = resolve(&path).filter(|target| *target != module) {
                targets.insert(target);
            }
        }
    }
    assert!(
        imports
            .get("generate::generator")
            .is_some_and(|t| t.contains("generate::stamp")),
        "the graph was read: {imports:#?}"
    );

    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit(
        module: &str,
        imports: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) {
        if let Some(at) = path.iter().position(|m| m == module) {
            panic!(
                "modules import each other: {} -> {module}",
                path[at..].join(" -> ")
            );
        }
        if !done.insert(module.to_owned()) {
            return;
        }
        path.push(module.to_owned());
        for next in imports.get(module).into_iter().flatten() {
            visit(next, imports, path, done);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for module in imports.keys() {
        visit(module, &imports, &mut Vec::new(), &mut done);
    }
}
