//! Typed errors of the calculators: bad input never panics and never yields NaN.

use crate::field::Field;
use crate::format::Locale;
use std::fmt;

/// Why a calculator refused its inputs.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum InputError {
    /// The input is NaN or infinite.
    NotFinite(Field),
    /// The input is zero or negative where only a positive value makes sense
    /// (it would divide by zero or give a negative payment).
    NotPositive(Field),
    /// The inputs are finite, but the result overflows or underflows (huge or tiny numbers).
    ResultOutOfRange,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::NotFinite(field) => write!(f, "{}: keine endliche Zahl", field.name(Locale::De)),
            InputError::NotPositive(field) => {
                write!(f, "{}: muss größer als null sein", field.name(Locale::De))
            }
            InputError::ResultOutOfRange => {
                write!(f, "Ergebnis zu groß oder zu klein zum Anzeigen")
            }
        }
    }
}

impl std::error::Error for InputError {}

/// Checks that `value` is finite and strictly positive.
pub fn positive(field: Field, value: f64) -> Result<f64, InputError> {
    if !value.is_finite() {
        Err(InputError::NotFinite(field))
    } else if value <= 0.0 {
        Err(InputError::NotPositive(field))
    } else {
        Ok(value)
    }
}

/// Checks that a computed result is finite and strictly positive (no overflow, no underflow).
pub fn finite_positive(value: f64) -> Result<f64, InputError> {
    if value.is_finite() && value > 0.0 {
        Ok(value)
    } else {
        Err(InputError::ResultOutOfRange)
    }
}
