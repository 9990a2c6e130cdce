//! What a design becomes outside the app: share links, the canvas picture
//! with the layout embedded, the design-review report (Markdown, HTML), DC/OS
//! artifacts, and the presets from the guidance.
