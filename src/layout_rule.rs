//! The page's layout rules that the app and the prerendered page's loader both follow: the
//! margin column (`hooks/use_margin_layout.rs`, and the loader's `marginColumn`) and the text a
//! reader's place is kept by (`takeover.rs`, and the loader's `keepPlace`). The loader is
//! written by `xtask`, which includes this file (`#[path]`): the values are written once.
//! Plain constants only, no dependencies.

/// The media query under which the margin column exists (as in `static/style.css` and
/// `static/nojs.css`, which a test in `xtask` holds to it).
pub const WIDE: &str = "(min-width: 1140px)";

/// Space between two calculators in the margin, CSS pixels.
pub const GAP: f64 = 24.0;

/// The calculators that stand in the margin column on wide screens, each positioned beside
/// its paragraph block (the cards that start closed; the headline calculator stands in the
/// text).
pub const MARGIN_CARDS: &str = ".with-calc > .calc.compact";

/// The text a reader's place is kept by: paragraphs, headings and list items.
pub const TEXT: &str = "p, h2, h3, li";
