//! Canvas timing, not run by default: prints layout and render times.
//! `cargo test --release --test canvas_speed -- --ignored --nocapture`

mod canvas_support;

use std::time::Instant;

use canvas_support::large;
use quorumscope::canvas::{render_body, render_document, render_overlay, scene};

#[test]
#[ignore = "timing; run with --ignored --nocapture"]
fn canvas_speed() {
    for total in [500, 10_000] {
        let layout = large(total);
        let nodes = layout.nodes().count();
        let runs = if total > 1000 { 10 } else { 100 };
        let time = |f: &mut dyn FnMut() -> usize| {
            let start = Instant::now();
            let mut size = 0;
            for _ in 0..runs {
                size = f();
            }
            (start.elapsed().as_secs_f64() * 1000.0 / runs as f64, size)
        };
        let s = scene(&layout);
        let (t_scene, items) = time(&mut || scene(&layout).items.len());
        let (t_body, bytes) = time(&mut || render_body(&layout, &s, None).len());
        let (t_doc, _) = time(&mut || render_document(&layout, &s, None, None).len());
        let ids: Vec<String> = s.items.iter().step_by(10).map(|i| i.id.clone()).collect();
        let (t_overlay, _) = time(&mut || render_overlay(&s, &ids, &ids).len());
        let (t_hit, _) = time(&mut || {
            let mut n = 0;
            for i in 0..100 {
                let (x, y) = (
                    s.width * f64::from(i) / 100.0,
                    s.height * f64::from(i) / 100.0,
                );
                n +=
                    usize::from(s.hit(x, y).is_some()) + usize::from(s.drop_target(x, y).is_some());
            }
            n
        });
        println!(
            "{nodes} nodes, {items} items, {:.0} x {:.0} units: scene {t_scene:.3} ms, \
             body {t_body:.3} ms ({} KB), document {t_doc:.3} ms, overlay ({} ids) {t_overlay:.3} ms, \
             100 hit + drop_target {t_hit:.3} ms",
            s.width,
            s.height,
            bytes / 1024,
            ids.len(),
        );
    }
}
