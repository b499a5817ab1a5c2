//! The shared address of a scenario: every input that differs from the article, in the query
//! (`?cap=7.5&n=301`), and the language in the path: each page exists in German at its own
//! path (`/`, `/embed/c1/`) and in English under `/en/` (`/en/`, `/en/embed/c1/`), so that a
//! shared link opens on a page prerendered in its language. `lang=de|en` in the query is read
//! too (and written when a page shows the other language). No fragment: pages that embed the
//! explainer rewrite it.
//!
//! Reading an address trusts nothing: each value is parsed, must be finite, is clamped to its
//! range and snapped to its step; what cannot be read falls back to the article's value with a
//! notice; unknown keys are ignored; an over-long query is cut.

use crate::field::Field;
use crate::format::Locale;

/// Longest query read, in bytes; the rest is cut off.
pub const MAX_QUERY: usize = 2048;

/// What reading an address found wrong, for a quiet notice.
#[derive(Clone, Debug, PartialEq)]
pub enum Notice {
    /// The value is not a number (or not finite); the article's value applies.
    NotANumber(Field),
    /// The value lay outside the range (or off the step) and was brought into it.
    Adjusted(Field),
    /// The language is neither `de` nor `en`.
    UnknownLanguage,
    /// The query was longer than `MAX_QUERY` bytes and was cut.
    TooLong,
}

/// A scenario read from an address.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Scenario {
    /// Inputs set by the address, each sanitised, in the order of `Field::ALL`.
    pub values: Vec<(Field, f64)>,
    pub locale: Option<Locale>,
    pub notices: Vec<Notice>,
}

/// Decodes `%xx` escapes and `+`; invalid escapes are kept as they are.
fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a query string (with or without the leading `?`).
pub fn decode(query: &str) -> Scenario {
    let mut scenario = Scenario::default();
    let mut query = query.strip_prefix('?').unwrap_or(query);
    if query.len() > MAX_QUERY {
        let mut cut = MAX_QUERY;
        while !query.is_char_boundary(cut) {
            cut -= 1;
        }
        query = query.get(..cut).unwrap_or_default();
        scenario.notices.push(Notice::TooLong);
    }
    let mut seen: Vec<Field> = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let (key, value) = (unescape(key), unescape(value));
        if key == "lang" {
            match value.as_str() {
                "de" => scenario.locale = Some(Locale::De),
                "en" => scenario.locale = Some(Locale::En),
                _ => scenario.notices.push(Notice::UnknownLanguage),
            }
            continue;
        }
        let Some(field) = Field::from_key(&key) else { continue };
        if seen.contains(&field) {
            continue; // the first occurrence counts
        }
        seen.push(field);
        let range = field.range();
        match crate::decimal::parse(value.trim()) {
            Some(v) if v.is_finite() => {
                let clean = range.sanitize(v);
                if clean != v {
                    scenario.notices.push(Notice::Adjusted(field));
                }
                scenario.values.push((field, clean));
            }
            _ => {
                scenario.notices.push(Notice::NotANumber(field));
                scenario.values.push((field, range.default));
            }
        }
    }
    let place = |f: &Field| Field::ALL.iter().position(|x| x == f);
    crate::order::sort_by(&mut scenario.values, |(a, _), (b, _)| place(a) < place(b));
    scenario
}

/// A value as the address writes it: shortest decimal form, `.` as the point.
fn number(v: f64) -> String {
    crate::decimal::plain(v)
}

/// The query of a scenario: the inputs that differ from the article, and the language when
/// it is not the page's (`page`, see `page_locale`). Empty when everything is as in the
/// article.
pub fn encode(values: &[(Field, f64)], locale: Locale, page: Locale) -> String {
    let mut parts: Vec<String> = values
        .iter()
        .filter(|(f, v)| *v != f.range().default)
        .map(|(f, v)| format!("{}={}", f.key(), number(*v)))
        .collect();
    if locale != page {
        parts.push(format!("lang={}", locale.code()));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The query of the current address with the scenario written into it: parameters that are
/// not the explainer's (`embed`, `childId`, ...) stay as they are, in their order.
pub fn rewrite(current: &str, values: &[(Field, f64)], locale: Locale, page: Locale) -> String {
    let current = current.strip_prefix('?').unwrap_or(current);
    let ours = |pair: &str| {
        let key = unescape(pair.split_once('=').map(|(k, _)| k).unwrap_or(pair));
        key == "lang" || Field::from_key(&key).is_some()
    };
    let mut parts: Vec<String> = current.split('&').filter(|p| !p.is_empty() && !ours(p)).map(str::to_string).collect();
    let scenario = encode(values, locale, page);
    if let Some(q) = scenario.strip_prefix('?') {
        parts.push(q.to_string());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

/// The language of the page at `path` (an address's path, from the site's root): English
/// under `/en/`, German elsewhere.
pub fn page_locale(path: &str) -> Locale {
    if path == "/en" || path.starts_with("/en/") {
        Locale::En
    } else {
        Locale::De
    }
}

/// The path of the same page in `locale`: `/embed/c1/` in English is `/en/embed/c1/`, and
/// back. A path not from the site's root is taken as if it were.
pub fn page_path(path: &str, locale: Locale) -> String {
    let german = if page_locale(path) == Locale::En { path.strip_prefix("/en").unwrap_or(path) } else { path };
    let german = if german.starts_with('/') { german.to_string() } else { format!("/{german}") };
    match locale {
        Locale::De => german,
        Locale::En => format!("/en{german}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_a_shared_address() {
        let s = decode("?cap=7.5&n=301&lang=en&embed=c1&childId=x");
        assert_eq!(s.values, vec![(Field::C1Capital, 7.5), (Field::C1Payers, 301.0)]);
        assert_eq!(s.locale, Some(Locale::En));
        assert!(s.notices.is_empty(), "{:?}", s.notices);
    }

    #[test]
    fn hostile_values_fall_back_or_are_clamped() {
        let s = decode("cap=NaN&ret=inf&mar=1e999&n=-0&fall=%3Cscript%3E&m7=37.44&lang=fr");
        let get = |f| s.values.iter().find(|(x, _)| *x == f).map(|(_, v)| *v);
        assert_eq!(get(Field::C1Capital), Some(6.5));
        assert_eq!(get(Field::C1Return), Some(10.0));
        assert_eq!(get(Field::C1Margin), Some(100.0));
        assert_eq!(get(Field::C1Payers), Some(100.0));
        assert_eq!(get(Field::C5Decline), Some(49.0));
        assert_eq!(get(Field::C4Share), Some(37.4));
        assert!(s.notices.contains(&Notice::NotANumber(Field::C1Capital)));
        assert!(s.notices.contains(&Notice::NotANumber(Field::C5Decline)));
        assert!(s.notices.contains(&Notice::Adjusted(Field::C1Payers)));
        assert!(s.notices.contains(&Notice::UnknownLanguage));
    }

    #[test]
    fn long_queries_are_cut() {
        let junk = format!("n=500&{}", "x".repeat(10_000));
        let s = decode(&junk);
        assert_eq!(s.values, vec![(Field::C1Payers, 500.0)]);
        assert!(s.notices.contains(&Notice::TooLong));
        let multibyte = "ä".repeat(5000);
        assert!(decode(&multibyte).notices.contains(&Notice::TooLong));
    }

    #[test]
    fn the_article_is_the_empty_address() {
        let defaults: Vec<(Field, f64)> = Field::ALL.iter().map(|f| (*f, f.range().default)).collect();
        assert_eq!(encode(&defaults, Locale::De, Locale::De), "");
        assert_eq!(encode(&defaults, Locale::En, Locale::En), "");
        assert_eq!(
            encode(&[(Field::C1Capital, 7.5), (Field::C4Share, 37.4)], Locale::De, Locale::De),
            "?cap=7.5&m7=37.4"
        );
    }

    #[test]
    fn the_language_is_written_where_it_is_not_the_pages() {
        let defaults: Vec<(Field, f64)> = Field::ALL.iter().map(|f| (*f, f.range().default)).collect();
        assert_eq!(encode(&defaults, Locale::En, Locale::De), "?lang=en");
        assert_eq!(encode(&[(Field::C1Capital, 7.5)], Locale::De, Locale::En), "?cap=7.5&lang=de");
    }

    #[test]
    fn rewriting_keeps_other_parameters() {
        let q = rewrite("?embed=c1&cap=9&childId=abc&lang=en", &[(Field::C1Capital, 7.5)], Locale::De, Locale::De);
        assert_eq!(q, "?embed=c1&childId=abc&cap=7.5");
        assert_eq!(rewrite("?cap=9", &[], Locale::De, Locale::De), "");
        assert_eq!(rewrite("?lang=en&cap=9", &[], Locale::En, Locale::En), "");
    }

    #[test]
    fn each_page_has_a_path_in_each_language() {
        for (de, en) in [
            ("/", "/en/"),
            ("/index.html", "/en/index.html"),
            ("/embed/c1/", "/en/embed/c1/"),
            ("/embed/c1", "/en/embed/c1"),
        ] {
            assert_eq!(page_locale(de), Locale::De, "{de}");
            assert_eq!(page_locale(en), Locale::En, "{en}");
            assert_eq!(page_path(de, Locale::En), en);
            assert_eq!(page_path(en, Locale::De), de);
            assert_eq!(page_path(de, Locale::De), de);
            assert_eq!(page_path(en, Locale::En), en);
        }
        assert_eq!(page_path("/en", Locale::De), "/");
        assert_eq!(page_locale("/enterprise/"), Locale::De);
        assert_eq!(page_path("/enterprise/", Locale::En), "/en/enterprise/");
        assert_eq!(page_path("", Locale::En), "/en/");
    }

    fn any_value() -> impl Strategy<Value = (Field, f64)> {
        (0..Field::ALL.len(), any::<f64>()).prop_map(|(i, v)| {
            let f = Field::ALL[i];
            (f, f.range().sanitize(v))
        })
    }

    proptest! {
        /// Any string: no panic; every value read is finite and in its range.
        #[test]
        fn url_any_string_reads_safely(q in ".{0,300}") {
            let s = decode(&q);
            for (f, v) in s.values {
                prop_assert!(v.is_finite() && f.range().contains(v), "{f:?} = {v}");
            }
        }

        /// Strings made of real keys and junk values read safely too.
        #[test]
        fn url_keyed_junk_reads_safely(pairs in proptest::collection::vec((0..Field::ALL.len(), "[-+0-9.eEinfaNx%]{0,12}"), 0..12)) {
            let q: Vec<String> = pairs.iter().map(|(i, v)| format!("{}={v}", Field::ALL[*i].key())).collect();
            let s = decode(&q.join("&"));
            for (f, v) in s.values {
                prop_assert!(v.is_finite() && f.range().contains(v));
            }
        }

        /// Writing a scenario and reading it back gives the same values.
        #[test]
        fn url_round_trip(values in proptest::collection::vec(any_value(), 0..10), en in any::<bool>()) {
            let mut unique: Vec<(Field, f64)> = Vec::new();
            for (f, v) in values {
                if !unique.iter().any(|(x, _)| *x == f) {
                    unique.push((f, v));
                }
            }
            let loc = if en { Locale::En } else { Locale::De };
            let back = decode(&encode(&unique, loc, Locale::De));
            let mut want: Vec<(Field, f64)> = unique.into_iter().filter(|(f, v)| *v != f.range().default).collect();
            want.sort_by_key(|(f, _)| Field::ALL.iter().position(|x| x == f));
            prop_assert_eq!(back.values, want);
            prop_assert_eq!(back.locale, en.then_some(Locale::En));
            prop_assert!(back.notices.is_empty());
        }

        /// Any path: its page in either language is in that language, and going there and
        /// back returns to a page of the same language and place.
        #[test]
        fn url_page_paths_round_trip(path in "(/en)?(/[a-z0-9.-]{0,8}){0,3}/?", en in any::<bool>()) {
            let loc = if en { Locale::En } else { Locale::De };
            let there = page_path(&path, loc);
            prop_assert_eq!(page_locale(&there), loc);
            let back = page_path(&there, page_locale(&path));
            prop_assert_eq!(page_path(&back, Locale::De), page_path(&path, Locale::De));
        }
    }
}
