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

impl InputRange {
    /// Brings any number into the range: NaN gives the default, values outside are clamped,
    /// values inside are snapped to the nearest step (counted from `min`).
    pub fn sanitize(&self, value: f64) -> f64 {
        if value.is_nan() {
            return self.default;
        }
        let clamped = value.clamp(self.min, self.max);
        let steps = ((clamped - self.min) / self.step).round();
        let snapped = self.min + steps * self.step;
        // Round away binary noise such as 0.30000000000000004 so that the value prints cleanly.
        let snapped = (snapped * 1e9).round() / 1e9;
        snapped.clamp(self.min, self.max)
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
    fn sanitize_snaps_to_step() {
        assert_eq!(R.sanitize(6.54), 6.5);
        assert_eq!(R.sanitize(6.56), 6.6);
        assert_eq!(R.sanitize(1.3), 1.3);
    }
}
