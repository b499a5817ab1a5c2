//! "Nice" tick values for an axis: steps of 1, 2 or 5 times a power of ten.

/// A step of 1, 2, 2.5 or 5 x 10^k that splits `lo..hi` into about `n` parts.
pub fn nice_step(lo: f64, hi: f64, n: usize) -> f64 {
    let span = (hi - lo).abs();
    if !span.is_finite() || span == 0.0 || n == 0 {
        return 1.0;
    }
    let raw = span / n as f64;
    let power = 10f64.powf(raw.log10().floor());
    let f = raw / power;
    let m = if f < 1.5 {
        1.0
    } else if f < 2.25 {
        2.0
    } else if f < 3.5 {
        2.5
    } else if f < 7.5 {
        5.0
    } else {
        10.0
    };
    m * power
}

/// Multiples of `step` within `lo..=hi`.
pub fn ticks(lo: f64, hi: f64, step: f64) -> Vec<f64> {
    if !(lo.is_finite() && hi.is_finite() && step.is_finite() && step > 0.0) || hi < lo {
        return Vec::new();
    }
    let first = (lo / step).ceil() as i64;
    let last = (hi / step + 1e-9).floor() as i64;
    (first..=last.min(first + 1000)).map(|k| k as f64 * step).collect()
}

/// The smallest multiple of a nice step at or above `x`, for the top of an axis.
pub fn nice_ceiling(x: f64, n: usize) -> f64 {
    if !(x.is_finite() && x > 0.0) {
        return 1.0;
    }
    let step = nice_step(0.0, x, n);
    (x / step).ceil() * step
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_are_nice() {
        assert_eq!(nice_step(0.0, 600.0, 5), 100.0);
        assert_eq!(nice_step(100.0, 3000.0, 6), 500.0);
        assert_eq!(nice_step(0.0, 1.0, 4), 0.25);
        assert_eq!(ticks(100.0, 3000.0, 500.0), vec![500.0, 1000.0, 1500.0, 2000.0, 2500.0, 3000.0]);
        assert_eq!(nice_ceiling(541.7, 5), 600.0);
        assert!(ticks(f64::NAN, 1.0, 1.0).is_empty());
        assert_eq!(nice_step(0.0, 0.0, 5), 1.0);
    }
}
