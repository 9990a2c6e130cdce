//! In-browser component tests (wasm-bindgen-test in headless Chromium).
//! Run by `scripts/test` as tier 2; natively this file holds no test.
#![cfg(target_arch = "wasm32")]

use quorumscope::ui::{App, sample_layout};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app into a fresh element and returns it.
fn mount_app() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let host: web_sys::HtmlElement = document
        .create_element("div")
        .expect("create div")
        .unchecked_into();
    document
        .body()
        .expect("body")
        .append_child(&host)
        .expect("append");
    let handle = leptos::mount::mount_to(host.clone(), App);
    handle.forget();
    host
}

fn count(host: &web_sys::HtmlElement, selector: &str) -> u32 {
    host.query_selector_all(selector)
        .map(|l| l.length())
        .unwrap_or(0)
}

#[wasm_bindgen_test]
fn app_shows_every_region_zone_and_node_of_the_sample() {
    let layout = sample_layout();
    let host = mount_app();
    assert_eq!(
        count(&host, "[data-testid=region]") as usize,
        layout.regions.len()
    );
    assert_eq!(
        count(&host, "[data-testid=zone]") as usize,
        layout.zones().count()
    );
    assert_eq!(
        count(&host, "[data-testid=node]") as usize,
        layout.nodes().count()
    );
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains(&layout.name), "layout name shown");
    assert!(layout.nodes().count() > 3, "the sample has a real cluster");
}

#[wasm_bindgen_test]
fn app_lists_every_component_with_its_members() {
    let layout = sample_layout();
    let host = mount_app();
    assert_eq!(
        count(&host, "[data-testid=component]") as usize,
        layout.components.len()
    );
    let text = host.text_content().unwrap_or_default();
    for component in &layout.components {
        assert!(
            text.contains(&component.id),
            "component {} shown",
            component.id
        );
    }
}

#[wasm_bindgen_test]
fn analysis_panel_shows_the_engine_headline_goals_and_findings() {
    use quorumscope::engine::{Options, analyze};
    let layout = sample_layout();
    let analysis = analyze(&layout, &Options::default());
    let findings = quorumscope::rules::check_all(&layout);
    let host = mount_app();
    let headline = host
        .query_selector("[data-testid=headline]")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default();
    assert_eq!(headline, analysis.headline());
    assert_eq!(
        count(&host, "[data-testid=goal]") as usize,
        analysis.goals.len()
    );
    assert_eq!(
        count(&host, "[data-testid=finding]") as usize,
        findings.len()
    );
    assert_eq!(
        count(&host, ".goal-failed") as usize,
        analysis.goals.iter().filter(|g| !g.survived).count()
    );
}
