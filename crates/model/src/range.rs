//! The allowed range, step and article default of a numeric input.

/// Range of a slider: `min..=max` in steps of `step`, starting at the article's value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct InputRange {
    pub min: f64,
    pub max: f64,
    pub step: f64,
    /// The value that reproduces the article.
    pub default: f64,
}

/// `x` brought between `lo` and `hi`, like `f64::clamp` but never panicking: bounds out of
/// order give `hi`, a NaN `x` gives `lo`. (`f64::clamp` asserts its bounds with a message that
/// formats them, which alone links the standard float formatter into the WebAssembly, and a
/// chart or an input must not panic on a bad bound.)
pub fn within(x: f64, lo: f64, hi: f64) -> f64 {
    x.max(lo).min(hi)
}

impl InputRange {
    /// Brings any number into the range: NaN gives the default, values outside are clamped,
    /// values inside are snapped to the nearest step (counted from `min`).
    pub fn sanitize(&self, value: f64) -> f64 {
        if value.is_nan() {
            return self.default;
        }
        let clamped = within(value, self.min, self.max);
        let steps = ((clamped - self.min) / self.step).round();
        let snapped = self.min + steps * self.step;
        // Round away binary noise such as 0.30000000000000004 so that the value prints cleanly.
        let snapped = (snapped * 1e9).round() / 1e9;
        within(snapped, self.min, self.max)
    }

    /// True when `value` lies in the range (bounds included).
    pub fn contains(&self, value: f64) -> bool {
        value >= self.min && value <= self.max
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const R: InputRange = InputRange { min: 1.0, max: 10.0, step: 0.1, default: 6.5 };

    #[test]
    fn sanitize_handles_bad_numbers() {
        assert_eq!(R.sanitize(f64::NAN), 6.5);
        assert_eq!(R.sanitize(f64::INFINITY), 10.0);
        assert_eq!(R.sanitize(f64::NEG_INFINITY), 1.0);
        assert_eq!(R.sanitize(-0.0), 1.0);
    }

    #[test]
    fn within_never_panics_and_agrees_with_clamp_where_clamp_is_defined() {
        for x in [-2.0, 0.0, 0.5, 1.0, 3.0, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(within(x, 0.0, 1.0), x.clamp(0.0, 1.0), "{x}");
        }
        assert_eq!(within(f64::NAN, 0.0, 1.0), 0.0);
        assert_eq!(within(0.5, 1.0, 0.0), 0.0, "bounds out of order");
        assert_eq!(within(0.5, f64::NAN, f64::NAN), 0.5, "no bounds");
    }

    #[test]
    fn sanitize_snaps_to_step() {
        assert_eq!(R.sanitize(6.54), 6.5);
        assert_eq!(R.sanitize(6.56), 6.6);
        assert_eq!(R.sanitize(1.3), 1.3);
    }
}
