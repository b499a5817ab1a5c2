//! Decimal text to and from `f64`, for the short decimals the page reads and writes (values in
//! an address, figures with a few decimals). The standard library's float parsing and
//! formatting are exact for every input, at the price of large tables and algorithms in the
//! WebAssembly; these two functions are exact where the page needs them (up to 15 significant
//! digits) and within a unit of the last digit elsewhere.

/// The powers of ten that `f64` holds exactly.
const POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20,
    1e21, 1e22,
];

/// 10^e for any `e`; exact for 0 <= e <= 22, overflowing to infinity and underflowing to zero.
fn pow10(e: i32) -> f64 {
    if (0..=22).contains(&e) {
        return POW10[e as usize];
    }
    let mut r: f64 = 1.0;
    let step = if e > 0 { 1e22 } else { 1e-22 };
    let mut left = e.unsigned_abs();
    while left >= 22 {
        r *= step;
        left -= 22;
        if r == 0.0 || r.is_infinite() {
            return r;
        }
    }
    if e > 0 {
        r * POW10[left as usize]
    } else {
        r / POW10[left as usize]
    }
}

/// Parses a decimal number: an optional sign, digits with at most one `.`, an optional
/// exponent (`1.5e3`). Anything else (spaces, `inf`, `NaN`, `1,5`, `0x10`) is `None`. Too
/// large a number gives an infinity, which callers reject as they reject `NaN`.
pub fn parse(s: &str) -> Option<f64> {
    let b = s.as_bytes();
    let mut i = 0;
    let negative = match b.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let mut mantissa: u64 = 0;
    let mut digits = 0; // significant digits kept in `mantissa`
    let mut any_digit = false;
    let mut exponent: i64 = 0;
    let mut seen_point = false;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' => {
                any_digit = true;
                if mantissa == 0 && c == b'0' {
                    // A leading zero: no digit, only a place after the point.
                    if seen_point {
                        exponent -= 1;
                    }
                } else if digits < 19 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    digits += 1;
                    if seen_point {
                        exponent -= 1;
                    }
                } else if !seen_point {
                    exponent += 1; // a digit beyond what u64 keeps, before the point
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !any_digit {
        return None;
    }
    if i < b.len() {
        if b[i] != b'e' && b[i] != b'E' {
            return None;
        }
        i += 1;
        let negative_exp = match b.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e: i64 = 0;
        while i < b.len() && b[i].is_ascii_digit() {
            e = (e * 10 + i64::from(b[i] - b'0')).min(100_000);
            i += 1;
        }
        if i == start || i < b.len() {
            return None;
        }
        exponent += if negative_exp { -e } else { e };
    }
    let value = if mantissa == 0 {
        0.0
    } else {
        let e = exponent.clamp(-100_000, 100_000) as i32;
        let m = mantissa as f64;
        if mantissa < 1 << 53 && (-22..=22).contains(&e) {
            // Both factors exact: one correctly rounded operation.
            if e >= 0 {
                m * POW10[e as usize]
            } else {
                m / POW10[(-e) as usize]
            }
        } else if e < -300 {
            // Keep the intermediate in range for the smallest numbers.
            m * pow10(e + 300) / 1e300
        } else {
            m * pow10(e)
        }
    };
    Some(if negative { -value } else { value })
}

/// `x` with exactly `decimals` decimals (at most 9), `.` as the point and no grouping, as
/// `format!("{x:.decimals$}")` writes it; ties round away from zero. Not-finite values are
/// written `NaN`, `inf`, `-inf` (callers show their own sign for those).
pub fn fixed(x: f64, decimals: usize) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let decimals = decimals.min(9);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    let a = x.abs();
    let scaled = a * POW10[decimals];
    // Digits of the rounded value, and how many zeros follow them before the point.
    let (n, zeros) = if scaled < 1e17 {
        (scaled.round() as u64, 0)
    } else {
        // Beyond what f64 holds to the unit: 17 significant digits, then zeros.
        let e = a.log10().floor() as i32;
        let n = (a / pow10(e - 16)).round() as u64;
        // n is a * 10^(16 - e), and a * 10^decimals >= 1e17 makes 16 - e < decimals.
        (n, (decimals as i32 + e - 16).max(0) as usize)
    };
    let mut digits = n.to_string();
    digits.extend(std::iter::repeat_n('0', zeros));
    if decimals > 0 {
        if digits.len() <= decimals {
            let pad = decimals + 1 - digits.len();
            digits.insert_str(0, &"0".repeat(pad));
        }
        digits.insert(digits.len() - decimals, '.');
    }
    out.push_str(&digits);
    out
}

/// `x` in its plainest form, as addresses and HTML attributes write numbers: at most six
/// decimals, no trailing zeros, `.` as the point (`3000`, `0.5`, `-2.25`).
pub fn plain(x: f64) -> String {
    let s = fixed(x, 6);
    if !x.is_finite() {
        return s;
    }
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn parses_what_addresses_hold() {
        for (s, v) in [
            ("650", 650.0),
            ("0.1", 0.1),
            ("-2.5", -2.5),
            ("+7", 7.0),
            (".5", 0.5),
            ("5.", 5.0),
            ("1e3", 1000.0),
            ("1.56E-3", 0.00156),
            ("000012.50", 12.5),
            ("0", 0.0),
            ("1560.000000", 1560.0),
            ("0.0000001", 1e-7),
        ] {
            assert_eq!(parse(s), Some(v), "{s}");
        }
        let long = parse("123456789012345678901234").unwrap();
        assert!((long / 1.2345678901234568e23 - 1.0).abs() < 1e-15);
        assert_eq!(parse("1e400"), Some(f64::INFINITY));
        assert_eq!(parse("1e-400"), Some(0.0));
    }

    #[test]
    fn rejects_what_is_not_a_decimal() {
        for s in [
            "", "-", ".", "e5", "1e", "1e+", "1.2.3", "1,5", " 1", "1 ", "inf", "NaN", "infinity", "0x10", "1_000",
            "--1", "1e5x", "١٢",
        ] {
            assert_eq!(parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn writes_fixed_decimals() {
        assert_eq!(fixed(34.722222, 2), "34.72");
        assert_eq!(fixed(0.0, 2), "0.00");
        assert_eq!(fixed(-0.0, 1), "-0.0");
        assert_eq!(fixed(0.05, 1), "0.1");
        assert_eq!(fixed(2.5, 0), "3");
        assert_eq!(fixed(-1234.5678, 3), "-1234.568");
        assert_eq!(fixed(0.000123, 6), "0.000123");
        assert_eq!(fixed(650e9, 0), "650000000000");
        assert_eq!(fixed(1e20, 1), "100000000000000000000.0");
        assert_eq!(fixed(f64::MAX, 0).len(), 309);
        assert_eq!(fixed(f64::NAN, 2), "NaN");
        assert_eq!(fixed(f64::NEG_INFINITY, 2), "-inf");
    }

    #[test]
    fn writes_plain_numbers() {
        for (x, s) in [
            (3000.0, "3000"),
            (0.5, "0.5"),
            (-2.25, "-2.25"),
            (0.1 + 0.2, "0.3"),
            (-0.0000001, "0"),
            (1e-6, "0.000001"),
        ] {
            assert_eq!(plain(x), s);
        }
    }

    proptest! {
        #[test]
        fn parse_agrees_with_std_on_short_decimals(int in 0u64..1_000_000_000, frac in 0u32..1_000_000, d in 0usize..7, neg: bool) {
            let f = format!("{frac:06}");
            let s = format!("{}{int}.{}", if neg { "-" } else { "" }, &f[..d]);
            prop_assert_eq!(parse(&s), s.parse::<f64>().ok(), "{}", s);
        }

        #[test]
        fn parse_is_close_to_std_on_any_float_text(x in proptest::num::f64::NORMAL | proptest::num::f64::SUBNORMAL) {
            for s in [format!("{x}"), format!("{x:e}"), format!("{x:.3}")] {
                let ours = parse(&s).unwrap();
                let std: f64 = s.parse().unwrap();
                prop_assert!(ours == std || ((ours - std) / std).abs() < 1e-14, "{} -> {} vs {}", s, ours, std);
            }
        }

        #[test]
        fn fixed_agrees_with_std_up_to_ties(units in -1e15f64..1e15, d in 0usize..7) {
            let x = units / 10f64.powi(d as i32);
            let ours = fixed(x, d);
            let std = format!("{x:.d$}");
            if ours != std {
                // Only a tie of the last decimal shown may round the other way: one unit apart.
                let units = |s: &str| s.replace('.', "").parse::<i64>().unwrap();
                prop_assert!((units(&ours) - units(&std)).abs() <= 1, "{} vs {}", ours, std);
            }
        }

        #[test]
        fn fixed_reads_back(x in proptest::num::f64::ANY, d in 0usize..10) {
            let s = fixed(x, d);
            if x.is_finite() {
                let back = parse(&s).unwrap();
                let tolerance = 0.5000001 * 10f64.powi(-(d as i32)) + x.abs() * 1e-15;
                prop_assert!((back - x).abs() <= tolerance, "{} -> {}", x, s);
            }
        }
    }
}
