//! The designer's canvas as pure functions: [`scene`] lays the domain tree
//! out (regions > zones > racks > node chips, plus the unplaced tray) in SVG
//! user units; [`render_body`] draws it as an SVG fragment (user text
//! escaped, positions as attributes: no inline style, for the CSP);
//! [`render_overlay`] draws selection and highlights; [`Scene::drop_target`]
//! says where a dragged node or template would land. The same strings serve
//! the page and the exported picture ([`render_document`]).

mod scene;

pub use scene::{Box2, Item, Scene, ScenarioMarks, Shape, render_body, render_document, render_overlay, scene};
