//! The inputs of one calculator as a set of fields, each sanitised into its range.

use crate::field::Field;

/// A calculator's inputs: numbers addressed by `Field`.
pub trait InputSet: Copy + PartialEq + Default {
    /// The calculator's fields, in the order the reader meets them.
    const FIELDS: &'static [Field];

    /// The value of one of this calculator's fields (NaN for another calculator's field).
    fn get(&self, field: Field) -> f64;

    /// Stores a value as it is; `with` is the checked way in.
    fn set_unchecked(&mut self, field: Field, value: f64);

    /// A copy with one input changed; the value is brought into its range first (NaN gives
    /// the article's value, others are clamped and snapped to the step). A field of another
    /// calculator changes nothing.
    fn with(&self, field: Field, value: f64) -> Self {
        let mut out = *self;
        if Self::FIELDS.contains(&field) {
            out.set_unchecked(field, field.range().sanitize(value));
        }
        out
    }

    /// True when the input has the article's value.
    fn is_article(&self, field: Field) -> bool {
        self.get(field) == field.range().default
    }
}

/// Defines a calculator's `Inputs` struct: its fields, their documentation, their order, and
/// `Default` = the article's values.
#[macro_export]
macro_rules! inputs {
    ($(#[$meta:meta])* pub struct $name:ident { $($(#[$fmeta:meta])* $field:ident: $variant:ident,)* }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub struct $name {
            $($(#[$fmeta])* pub $field: f64,)*
        }

        impl Default for $name {
            /// The article's settings.
            fn default() -> Self {
                $name { $($field: $crate::Field::$variant.range().default,)* }
            }
        }

        impl $crate::inputs::InputSet for $name {
            const FIELDS: &'static [$crate::Field] = &[$($crate::Field::$variant,)*];

            fn get(&self, field: $crate::Field) -> f64 {
                match field {
                    $($crate::Field::$variant => self.$field,)*
                    #[allow(unreachable_patterns)]
                    _ => f64::NAN,
                }
            }

            fn set_unchecked(&mut self, field: $crate::Field, value: f64) {
                match field {
                    $($crate::Field::$variant => self.$field = value,)*
                    #[allow(unreachable_patterns)]
                    _ => {}
                }
            }
        }
    };
}
