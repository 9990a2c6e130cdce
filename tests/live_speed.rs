//! The live analysis (`Options::live`, as the web app runs it) timed
//! natively on a layout file, to compare with the browser's time on the same
//! file (the end-to-end benchmark writes it to `target/bench/layout-500.json`).
//!
//! `QS_LAYOUT=target/bench/layout-500.json cargo test --release --test live_speed -- --ignored --nocapture`

use std::time::Instant;

use quorumscope::engine::{Options, analyze};

#[test]
#[ignore = "a benchmark: prints numbers"]
fn live_analysis_time_on_a_layout_file() {
    let path = std::env::var("QS_LAYOUT").unwrap_or_else(|_| "target/bench/layout-500.json".into());
    let text =
        std::fs::read_to_string(&path).expect("the layout file (run the e2e benchmark first)");
    let layout = quorumscope::io::load(&text).expect("a valid layout");
    let opts = Options::live(&layout);
    let mut times: Vec<f64> = (0..9)
        .map(|_| {
            let t = Instant::now();
            let a = analyze(&layout, &opts);
            std::hint::black_box(a);
            t.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!(
        "native live analysis of {path}: {} nodes, median {:.1} ms (min {:.1}, max {:.1}) over 9 runs",
        layout.nodes().count(),
        times[4],
        times[0],
        times[8]
    );
}
