//! Reads `content/` (the article, its live figures, claims, payer groups, interface strings),
//! checks it and writes it out as Rust statics (`$OUT_DIR/content.rs`).
//! Any mistake in a content file stops the build with a message naming the file.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

#[path = "src/slot.rs"]
#[allow(dead_code)]
mod slot;
use slot::Slot;

#[derive(Deserialize)]
struct LayoutFile {
    layout: Layout,
    #[serde(default)]
    live: Vec<Live>,
    /// Claim marks of a translation (the original's are in claims.toml).
    #[serde(default)]
    mark: Vec<MarkEntry>,
    #[serde(default)]
    calculator: Vec<Calculator>,
}

#[derive(Deserialize)]
struct MarkEntry {
    claim: String,
    context: String,
    mark: String,
}

#[derive(Deserialize)]
struct Layout {
    byline: String,
    closing: String,
}

#[derive(Deserialize)]
struct Live {
    slot: String,
    context: String,
    mark: String,
    /// The claim this figure is a mark of, if any.
    #[serde(default)]
    claim: Option<String>,
}

#[derive(Deserialize)]
struct Calculator {
    id: String,
    paragraph: String,
}

#[derive(Deserialize)]
struct Text {
    de: String,
    en: String,
}

#[derive(Deserialize)]
struct Source {
    publisher: String,
    title: Text,
    date: String,
    url: String,
}

#[derive(Deserialize)]
struct ClaimsFile {
    claim: Vec<Claim>,
}

#[derive(Deserialize)]
struct Claim {
    id: String,
    group: String,
    calculator: String,
    data: String,
    tests: Vec<String>,
    verdict: String,
    #[serde(default)]
    context: Option<String>,
    #[serde(default)]
    mark: Option<String>,
    title: Text,
    article_figure: Text,
    source_figure: Text,
    arithmetic: Text,
    note: Text,
    source: Source,
}

#[derive(Deserialize)]
struct GroupsFile {
    group: Vec<Group>,
}

#[derive(Deserialize)]
struct Group {
    id: String,
    label: Text,
    short: Text,
    noun: Text,
    millions: f64,
    status: Text,
    source: Source,
}

const VERDICTS: [(&str, &str); 5] = [
    ("correct", "Correct"),
    ("rounded", "CorrectRounded"),
    ("imprecise", "Imprecise"),
    ("misattributed", "Misattributed"),
    ("unsourced", "Unsourced"),
];

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut out = String::new();
    let claims_file: ClaimsFile = parse(&dir.join("claims.toml"));
    article(&dir, &claims_file, "de", "ARTICLE_DE", &mut out);
    article(&dir, &claims_file, "en", "ARTICLE_EN", &mut out);
    claims(&dir, &claims_file, &mut out);
    groups(&dir, &mut out);
    data(&dir, &mut out);
    strings(&dir, "ui.toml", "Ui", "Interface strings of one language", &mut out);
    strings(&dir, "site.toml", "Site", "Strings of the pages the build writes beside the app", &mut out);
    let dest = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("content.rs");
    std::fs::write(dest, out).unwrap();
}

fn read(path: &Path) -> String {
    println!("cargo:rerun-if-changed={}", path.display());
    std::fs::read_to_string(path).unwrap_or_else(|e| fail(path, &e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(path: &Path) -> T {
    toml::from_str(&read(path)).unwrap_or_else(|e| fail(path, &e.to_string()))
}

fn fail(path: &Path, msg: &str) -> ! {
    panic!("content error in {}: {msg}", path.display())
}

fn lit(s: &str) -> String {
    format!("{s:?}")
}

fn text(t: &Text) -> String {
    format!("Text {{ de: {}, en: {} }}", lit(&typeset(&t.de)), lit(&typeset(&t.en)))
}

/// The units a figure is written with; between a number (or a placeholder for one) and its
/// unit (and between "Mrd." and "$") the interface's and the claims' strings get a no-break
/// space, as the page's number formatting does, so that no line ends between "37,4" and "%".
/// The article's own text is left verbatim.
const UNITS: [&str; 8] = ["%", "$", "Mrd.", "Bio.", "Mio.", "Dollar", "bn", "tn"];

fn typeset(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev: Option<char> = None;
    for (i, c) in s.char_indices() {
        let rest = &s[i + c.len_utf8()..];
        let before_unit = UNITS
            .iter()
            .any(|u| rest.strip_prefix(u).is_some_and(|after| !after.starts_with(|a: char| a.is_alphanumeric())));
        let after_figure = prev.is_some_and(|p| p.is_ascii_digit() || p == '}')
            || ["Mrd.", "Bio.", "Mio."].iter().any(|u| out.ends_with(u));
        if c == ' ' && before_unit && after_figure {
            out.push('\u{a0}');
        } else {
            out.push(c);
        }
        prev = Some(c);
    }
    out
}

fn source(s: &Source, path: &Path) -> String {
    let date_ok = s.date.len() == 10 && s.date.as_bytes()[4] == b'-' && s.date.as_bytes()[7] == b'-';
    if !date_ok {
        fail(path, &format!("date {:?} is not YYYY-MM-DD", s.date));
    }
    if !(s.url.is_empty() || s.url.starts_with("https://")) {
        fail(path, &format!("url {:?} must be https:// or empty", s.url));
    }
    format!(
        "Source {{ publisher: {}, title: {}, date: {}, url: {} }}",
        lit(&s.publisher),
        text(&s.title),
        lit(&s.date),
        lit(&s.url)
    )
}

/// A marked or live range of a paragraph.
struct Range {
    paragraph: usize,
    start: usize,
    end: usize,
    slot: Option<Slot>,
    /// (claim id, index of this mark among the claim's marks)
    mark: Option<(String, usize)>,
}

/// Finds `context` once in the paragraphs (and nowhere else in the article) and `mark` in it.
fn locate(paragraphs: &[&str], raw: &str, context: &str, mark: &str, path: &Path) -> (usize, usize, usize) {
    let hits: Vec<(usize, usize)> =
        paragraphs.iter().enumerate().flat_map(|(i, p)| p.match_indices(context).map(move |(at, _)| (i, at))).collect();
    if hits.len() != 1 || raw.matches(context).count() != 1 {
        fail(path, &format!("context {context:?} must occur exactly once in a paragraph"));
    }
    let offset = context.find(mark).unwrap_or_else(|| fail(path, &format!("mark {mark:?} not in its context")));
    let (i, at) = hits[0];
    (i, at + offset, at + offset + mark.len())
}

/// One language of the article: `name` of the static, its text and layout files; the claim
/// marks come from claims.toml (original) or from the layout's `[[mark]]`s (translation).
fn article(dir: &Path, claims: &ClaimsFile, lang: &str, name: &str, out: &mut String) {
    let text_path = dir.join(format!("article.{lang}.txt"));
    let layout_path = dir.join(if lang == "de" { "article.toml".to_string() } else { format!("article.{lang}.toml") });
    let claims_path = if lang == "de" { dir.join("claims.toml") } else { layout_path.clone() };
    let raw = read(&text_path);
    let layout: LayoutFile = parse(&layout_path);

    let mut lines = raw.lines();
    let title = lines.next().unwrap_or_else(|| fail(&text_path, "empty article"));
    let body: Vec<&str> = lines.filter(|l| !l.trim().is_empty()).collect();
    if body.len() < 3 {
        fail(&text_path, "expected a standfirst, paragraphs and a closing line");
    }
    let standfirst = body[0]
        .strip_suffix(&layout.layout.byline)
        .and_then(|s| s.strip_suffix(' '))
        .unwrap_or_else(|| fail(&layout_path, "the standfirst does not end with the byline"));
    let closing = body[body.len() - 1];
    if closing != layout.layout.closing {
        fail(&layout_path, &format!("the last line is {closing:?}, not the closing"));
    }
    let paragraphs = &body[1..body.len() - 1];

    let mut ranges: Vec<Range> = Vec::new();
    let mut mark_count: BTreeMap<String, usize> = BTreeMap::new();
    let mut next_mark = |claim: &str| {
        let n = mark_count.entry(claim.to_string()).or_insert(0);
        *n += 1;
        (claim.to_string(), *n - 1)
    };
    for live in &layout.live {
        let slot =
            Slot::from_key(&live.slot).unwrap_or_else(|| fail(&layout_path, &format!("unknown slot {:?}", live.slot)));
        let (paragraph, start, end) = locate(paragraphs, &raw, &live.context, &live.mark, &layout_path);
        if let Some(c) = &live.claim {
            if !claims.claim.iter().any(|x| &x.id == c) {
                fail(&layout_path, &format!("live figure {:?}: unknown claim {c:?}", live.slot));
            }
        }
        let mark = live.claim.as_deref().map(&mut next_mark);
        ranges.push(Range { paragraph, start, end, slot: Some(slot), mark });
    }
    for slot in Slot::ALL {
        if !ranges.iter().any(|r| r.slot == Some(slot)) {
            fail(&layout_path, &format!("slot {:?} is not placed in the text", slot.key()));
        }
    }
    let marks: Vec<(String, String, String)> = if lang == "de" {
        claims
            .claim
            .iter()
            .filter_map(|c| match (&c.context, &c.mark) {
                (Some(context), Some(mark)) => Some((c.id.clone(), context.clone(), mark.clone())),
                (None, None) => None,
                _ => fail(&claims_path, &format!("claim {}: give both context and mark, or neither", c.id)),
            })
            .collect()
    } else {
        layout.mark.iter().map(|m| (m.claim.clone(), m.context.clone(), m.mark.clone())).collect()
    };
    for (claim, context, mark) in &marks {
        if !claims.claim.iter().any(|c| &c.id == claim) {
            fail(&claims_path, &format!("mark of unknown claim {claim:?}"));
        }
        let (paragraph, start, end) = locate(paragraphs, &raw, context, mark, &claims_path);
        let mark = Some(next_mark(claim));
        ranges.push(Range { paragraph, start, end, slot: None, mark });
    }
    for c in &claims.claim {
        if !mark_count.contains_key(&c.id) {
            fail(&claims_path, &format!("claim {} is not marked in the text", c.id));
        }
    }
    let mut calculators: BTreeMap<usize, String> = BTreeMap::new();
    for calc in &layout.calculator {
        let hits: Vec<usize> = paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| p.contains(calc.paragraph.as_str()))
            .map(|(i, _)| i)
            .collect();
        if hits.len() != 1 {
            fail(&layout_path, &format!("calculator paragraph {:?} must match one paragraph", calc.paragraph));
        }
        if calculators.insert(hits[0], calc.id.clone()).is_some() {
            fail(&layout_path, &format!("two calculators beside one paragraph ({})", calc.id));
        }
    }

    let doc = if lang == "de" { "The German original, verbatim." } else { "The translation." };
    writeln!(out, "/// {doc}\npub static {name}: Article = Article {{").unwrap();
    writeln!(out, "    title: {},", lit(title)).unwrap();
    writeln!(out, "    standfirst: {},", lit(standfirst)).unwrap();
    writeln!(out, "    byline: {},", lit(&layout.layout.byline)).unwrap();
    out.push_str("    paragraphs: &[\n");
    for (i, p) in paragraphs.iter().enumerate() {
        let mut here: Vec<&Range> = ranges.iter().filter(|r| r.paragraph == i).collect();
        here.sort_by_key(|r| r.start);
        out.push_str("        Paragraph { segments: &[");
        let mut pos = 0;
        for r in here {
            if r.start < pos {
                fail(&layout_path, &format!("marks overlap in paragraph {}: {:?}", i + 1, &p[r.start..r.end]));
            }
            if r.start > pos {
                write!(out, "Segment::Text({}), ", lit(&p[pos..r.start])).unwrap();
            }
            let mark_ref = r.mark.as_ref().map(|(claim, n)| format!("MarkRef {{ claim: {}, n: {n} }}", lit(claim)));
            let text = lit(&p[r.start..r.end]);
            match (r.slot, mark_ref) {
                (Some(slot), Some(m)) => {
                    write!(out, "Segment::Live {{ slot: Slot::{slot:?}, article: {text}, mark: Some({m}) }}, ")
                }
                (Some(slot), None) => {
                    write!(out, "Segment::Live {{ slot: Slot::{slot:?}, article: {text}, mark: None }}, ")
                }
                (None, Some(m)) => write!(out, "Segment::Mark {{ text: {text}, mark: {m} }}, "),
                (None, None) => unreachable!("a range is live or marked"),
            }
            .unwrap();
            pos = r.end;
        }
        if pos < p.len() {
            write!(out, "Segment::Text({})", lit(&p[pos..])).unwrap();
        }
        let calc = match calculators.get(&i) {
            Some(id) => format!("Some({})", lit(id)),
            None => "None".to_string(),
        };
        writeln!(out, "], calculator: {calc} }},").unwrap();
    }
    out.push_str("    ],\n");
    writeln!(out, "    closing: {},\n}};\n", lit(closing)).unwrap();
}

fn claims(dir: &Path, file: &ClaimsFile, out: &mut String) {
    let path = dir.join("claims.toml");
    let mut ids = std::collections::BTreeSet::new();
    out.push_str("/// The article's claims with their sources and verdicts.\npub static CLAIMS: &[Claim] = &[\n");
    for c in &file.claim {
        if !ids.insert(c.id.as_str()) {
            fail(&path, &format!("claim id {} twice", c.id));
        }
        // A claim's id names its marks and its fact-check entry in the page (`mark-<id>-0`,
        // `claim-<id>`). Reader views (Mozilla's Readability: Firefox's Reader View, read-later
        // and feed apps) drop short elements whose id has the word "share", taking the figure
        // out of the sentence.
        if c.id.split(['-', '_']).any(|w| w.eq_ignore_ascii_case("share")) {
            fail(
                &path,
                &format!(
                    "claim {}: the word \"share\" in an id hides its mark from reader views; name it otherwise",
                    c.id
                ),
            );
        }
        let verdict = VERDICTS
            .iter()
            .find(|v| v.0 == c.verdict)
            .unwrap_or_else(|| fail(&path, &format!("claim {}: unknown verdict {:?}", c.id, c.verdict)))
            .1;
        if !c.data.is_empty() && !dir.join("data").join(&c.data).exists() {
            fail(&path, &format!("claim {}: no data file content/data/{}", c.id, c.data));
        }
        let tests: Vec<String> = c.tests.iter().map(|t| lit(t)).collect();
        writeln!(
            out,
            "    Claim {{ id: {}, group: {}, calculator: {}, data: {}, tests: &[{}], title: {}, article_figure: {}, source_figure: {}, verdict: Verdict::{verdict}, source: {}, arithmetic: {}, note: {} }},",
            lit(&c.id),
            lit(&c.group),
            lit(&c.calculator),
            lit(&c.data),
            tests.join(", "),
            text(&c.title),
            text(&c.article_figure),
            text(&c.source_figure),
            source(&c.source, &path),
            text(&c.arithmetic),
            text(&c.note)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

fn groups(dir: &Path, out: &mut String) {
    let path = dir.join("data/payer_groups.toml");
    let file: GroupsFile = parse(&path);
    out.push_str("/// Preset payer groups of C1, each with its source.\npub static PAYER_GROUPS: &[PayerGroup] = &[\n");
    for g in &file.group {
        if !(g.millions.is_finite() && g.millions > 0.0) {
            fail(&path, &format!("group {}: millions must be positive", g.id));
        }
        writeln!(
            out,
            "    PayerGroup {{ id: {}, label: {}, short: {}, noun: {}, millions: {:?}, status: {}, source: {} }},",
            lit(&g.id),
            text(&g.label),
            text(&g.short),
            text(&g.noun),
            g.millions,
            text(&g.status),
            source(&g.source, &path)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
}

#[derive(Deserialize)]
struct CapeRow {
    year: u16,
    month: u8,
    cape: f64,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct CapexRow {
    year: u16,
    amazon_bn: f64,
    alphabet_bn: f64,
    meta_bn: f64,
    microsoft_bn: f64,
    total_bn: f64,
    kind: String,
    note: String,
}

#[derive(Deserialize)]
struct ShareRow {
    date: String,
    share_pct: f64,
    method: String,
    source: String,
}

#[derive(Deserialize)]
struct PriceRow {
    date: String,
    usd: f64,
    #[serde(default)]
    note: String,
}

#[derive(Deserialize)]
struct ModelsRow {
    region: String,
    models: u32,
    source: String,
}

/// Reads a CSV file into rows, failing the build with the file's name and the row.
fn csv_rows<T: serde::de::DeserializeOwned>(path: &Path) -> Vec<T> {
    let text = read(path);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    reader
        .deserialize()
        .enumerate()
        .map(|(i, r)| r.unwrap_or_else(|e| fail(path, &format!("row {}: {e}", i + 2))))
        .collect()
}

fn finite(path: &Path, what: &str, x: f64) -> f64 {
    if !x.is_finite() || x < 0.0 {
        fail(path, &format!("{what}: {x} is not a non-negative number"));
    }
    x
}

fn data(dir: &Path, out: &mut String) {
    let d = dir.join("data");
    // Every note of the data files and every source the charts' tables show, with its file:
    // each needs its readers' text (`notes.toml`), so none can reach a German reader in the
    // fact base's English; a source that is a name has its name in both languages.
    let mut notes: Vec<(String, PathBuf)> = Vec::new();
    let mut cape = |file: &str, name: &str, doc: &str, out: &mut String| {
        let path = d.join(file);
        let rows: Vec<CapeRow> = csv_rows(&path);
        notes.extend(rows.iter().map(|r| (r.note.clone(), path.clone())));
        writeln!(out, "/// {doc} (`content/data/{file}`).\npub static {name}: &[CapeMonth] = &[").unwrap();
        for r in rows {
            if !(1..=12).contains(&r.month) {
                fail(&path, &format!("month {} of {}", r.month, r.year));
            }
            finite(&path, "cape", r.cape);
            writeln!(
                out,
                "    CapeMonth {{ year: {}, month: {}, cape: {:?}, note: {} }},",
                r.year,
                r.month,
                r.cape,
                lit(&r.note)
            )
            .unwrap();
        }
        out.push_str("];\n\n");
    };
    // cape_january.csv has no note column; serde's default gives an empty note.
    cape("cape_january.csv", "CAPE_JANUARY", "Shiller CAPE each January, 1881-2026", out);
    cape("cape_notable_months.csv", "CAPE_NOTABLE", "CAPE peaks and the months of 2025", out);

    let path = d.join("hyperscaler_capex.csv");
    out.push_str("/// Four-firm capital spending, US$ bn (`content/data/hyperscaler_capex.csv`).\npub static CAPEX: &[CapexYear] = &[\n");
    for r in csv_rows::<CapexRow>(&path) {
        notes.push((r.note.clone(), path.clone()));
        for x in [r.amazon_bn, r.alphabet_bn, r.meta_bn, r.microsoft_bn, r.total_bn] {
            finite(&path, "capex", x);
        }
        let guidance = match r.kind.as_str() {
            "actual" => false,
            "guidance" => true,
            k => fail(&path, &format!("kind {k:?} is neither actual nor guidance")),
        };
        writeln!(
            out,
            "    CapexYear {{ year: {}, amazon_bn: {:?}, alphabet_bn: {:?}, meta_bn: {:?}, microsoft_bn: {:?}, total_bn: {:?}, guidance: {guidance}, note: {} }},",
            r.year, r.amazon_bn, r.alphabet_bn, r.meta_bn, r.microsoft_bn, r.total_bn, lit(&r.note)
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    let path = d.join("mag7_share.csv");
    out.push_str("/// The Magnificent 7's share of the S&P 500 (`content/data/mag7_share.csv`).\npub static MAG7_SHARE: &[SharePoint] = &[\n");
    for r in csv_rows::<ShareRow>(&path) {
        notes.push((r.method.clone(), path.clone()));
        notes.push((r.source.clone(), path.clone()));
        finite(&path, "share", r.share_pct);
        writeln!(
            out,
            "    SharePoint {{ date: {}, share_pct: {:?}, method: {}, source: {} }},",
            lit(&r.date),
            r.share_pct,
            lit(&r.method),
            lit(&r.source)
        )
        .unwrap();
    }
    out.push_str("];\n\n");

    let path = d.join("bitcoin_2025.csv");
    out.push_str("/// Bitcoin prices around November 2025 (`content/data/bitcoin_2025.csv`).\npub static BITCOIN: &[PricePoint] = &[\n");
    for r in csv_rows::<PriceRow>(&path) {
        notes.push((r.note.clone(), path.clone()));
        finite(&path, "usd", r.usd);
        writeln!(out, "    PricePoint {{ date: {}, usd: {:?}, note: {} }},", lit(&r.date), r.usd, lit(&r.note))
            .unwrap();
    }
    out.push_str("];\n\n");

    let path = d.join("ai_models_2024.csv");
    out.push_str("/// Notable AI models released in 2024 by region (`content/data/ai_models_2024.csv`).\npub static AI_MODELS: &[RegionCount] = &[\n");
    for r in csv_rows::<ModelsRow>(&path) {
        notes.push((r.source.clone(), path.clone()));
        writeln!(
            out,
            "    RegionCount {{ region: {}, count: {}, source: {} }},",
            lit(&r.region),
            r.models,
            lit(&r.source)
        )
        .unwrap();
    }
    out.push_str("];\n\n");
    data_notes(&d.join("notes.toml"), &notes, out);
}

/// The data files' notes and shown sources as readers see them (`content/data/notes.toml`):
/// one entry for each the files have, and none for one they do not have.
fn data_notes(path: &Path, notes: &[(String, PathBuf)], out: &mut String) {
    let texts: BTreeMap<String, Text> = parse(path);
    for (note, file) in notes {
        if !note.is_empty() && !texts.contains_key(note) {
            fail(path, &format!("no entry for the note or source {note:?} of {}", file.display()));
        }
    }
    for note in texts.keys() {
        if !notes.iter().any(|(n, _)| n == note) {
            fail(path, &format!("the note {note:?} is in no data file"));
        }
    }
    out.push_str("/// The data files' notes in German and English, by the note as its file writes it (`content/data/notes.toml`).\npub static DATA_NOTES: &[(&str, Text)] = &[\n");
    for (note, t) in &texts {
        writeln!(out, "    ({}, {}),", lit(note), text(t)).unwrap();
    }
    out.push_str("];\n\n");
}

/// A struct `name` with one field per key of `toml` and a static of it per language
/// (`<NAME>_DE`, `<NAME>_EN`).
fn strings(dir: &Path, toml: &str, name: &str, doc: &str, out: &mut String) {
    let path = dir.join(toml);
    let file: BTreeMap<String, Text> = parse(&path);
    for key in file.keys() {
        let ok = key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !ok {
            fail(&path, &format!("key {key:?} must be lower_snake_case"));
        }
    }
    writeln!(out, "/// {doc} (from `content/{toml}`).\n#[derive(Debug)]\npub struct {name} {{").unwrap();
    for key in file.keys() {
        writeln!(out, "    pub {key}: &'static str,").unwrap();
    }
    out.push_str("}\n\n");
    let upper = name.to_ascii_uppercase();
    for (lang, pick) in [("DE", 0), ("EN", 1)] {
        writeln!(out, "pub static {upper}_{lang}: {name} = {name} {{").unwrap();
        for (key, t) in &file {
            let s = if pick == 0 { &t.de } else { &t.en };
            if s.trim().is_empty() {
                fail(&path, &format!("{key}: empty string"));
            }
            writeln!(out, "    {key}: {},", lit(&typeset(s))).unwrap();
        }
        out.push_str("};\n\n");
    }
}
