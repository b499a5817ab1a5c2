//! The explainer's pure model: calculators, units and number formatting, claims and sources.
//!
//! No web dependency: everything here builds and tests natively with `cargo test`.
//! Each calculator is a function `Inputs -> Result<Outputs, InputError>`; units are part of
//! every field name (`_tn` = US$ 10^12, `_bn` = US$ 10^9, `_m` = millions, `_pct` = per cent).

pub mod c1;
pub mod c2;
pub mod c3;
pub mod c4;
pub mod c5;
pub mod c6;
pub mod claims;
pub mod decimal;
pub mod economy;
pub mod error;
pub mod field;
pub mod format;
pub mod inputs;
pub mod order;
pub mod range;
pub mod series;
pub mod url;

pub use error::InputError;
pub use field::Field;
pub use format::Locale;
pub use inputs::InputSet;
pub use range::InputRange;
