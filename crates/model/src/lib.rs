//! The explainer's pure model: calculators, units and number formatting, claims and sources.
//!
//! No web dependency: everything here builds and tests natively with `cargo test`.
//! Each calculator is a function `Inputs -> Result<Outputs, InputError>`; units are part of
//! every field name (`_tn` = US$ 10^12, `_bn` = US$ 10^9, `_m` = millions, `_pct` = per cent).

pub mod c1;
pub mod claims;
pub mod error;
pub mod format;
pub mod range;

pub use error::{Field, InputError};
pub use format::Locale;
pub use range::InputRange;
