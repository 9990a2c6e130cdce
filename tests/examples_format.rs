//! Every example layout loads without error and is canonical: saving what was
//! loaded gives the file back byte for byte (`UPDATE_EXAMPLES=1` rewrites them).

use std::path::{Path, PathBuf};

use quorumscope::io;

fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("examples/ exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

#[test]
fn every_example_loads_and_is_canonical() {
    let files = examples();
    assert!(files.len() >= 5, "the five guidance layouts are shipped");
    for file in files {
        let text = std::fs::read_to_string(&file).expect("readable");
        let layout =
            io::load(&text).unwrap_or_else(|errors| panic!("{}: {:?}", file.display(), errors));
        let saved = io::save(&layout);
        if std::env::var_os("UPDATE_EXAMPLES").is_some() {
            std::fs::write(&file, &saved).expect("writable");
        } else {
            assert_eq!(
                saved,
                text,
                "{} is not canonical: run UPDATE_EXAMPLES=1 cargo test --test examples_format",
                file.display()
            );
        }
    }
}
