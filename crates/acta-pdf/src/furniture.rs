//! Running headers, footers and page numbers: lines near the top or bottom edge that repeat
//! across pages (digits ignored), or that read as a page number.

use std::collections::HashMap;

use crate::layout::PageLayout;

/// How many lines from each edge are candidates.
const EDGE_LINES: usize = 3;

/// Mark furniture lines on every page. Pages are (layout, height, bottom).
pub(crate) fn mark(pages: &mut [(PageLayout, f64, f64)]) {
    let mut counts: HashMap<String, usize> = HashMap::new();
    let candidates: Vec<Vec<(usize, usize)>> = pages.iter().map(|(p, h, b)| edge_lines(p, *h, *b)).collect();
    for (page, cands) in pages.iter().zip(&candidates) {
        let mut keys: Vec<String> = cands.iter().map(|&(pi, li)| key(&page.0.paragraphs[pi][li].text)).collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *counts.entry(k).or_default() += 1;
        }
    }
    let n = pages.len();
    for (page, cands) in pages.iter_mut().zip(&candidates) {
        for &(pi, li) in cands {
            let line = &mut page.0.paragraphs[pi][li];
            let k = key(&line.text);
            let repeated = n >= 2 && counts.get(&k).copied().unwrap_or(0) >= 2.max(n / 2 + usize::from(n > 3));
            if repeated || is_page_number(&line.text) {
                line.furniture = true;
            }
        }
    }
}

/// (paragraph, line) indexes of lines in the top or bottom band of the page.
fn edge_lines(p: &PageLayout, height: f64, bottom: f64) -> Vec<(usize, usize)> {
    let mut all: Vec<(usize, usize, f64)> = Vec::new();
    for (pi, para) in p.paragraphs.iter().enumerate() {
        for (li, l) in para.iter().enumerate() {
            all.push((pi, li, l.y));
        }
    }
    all.sort_by(|a, b| b.2.total_cmp(&a.2));
    let band = height.abs().max(100.0) * 0.14;
    let top = bottom + height;
    let mut out = Vec::new();
    for &(pi, li, y) in all.iter().take(EDGE_LINES) {
        if y > top - band {
            out.push((pi, li));
        }
    }
    for &(pi, li, y) in all.iter().rev().take(EDGE_LINES) {
        if y < bottom + band && !out.contains(&(pi, li)) {
            out.push((pi, li));
        }
    }
    out
}

fn key(text: &str) -> String {
    let mut k = String::new();
    for c in text.chars() {
        if c.is_ascii_digit() {
            if !k.ends_with('#') {
                k.push('#');
            }
        } else if !c.is_whitespace() {
            k.extend(c.to_lowercase());
        }
    }
    k
}

/// "3", "- 3 -", "Página 3 de 5", "Page 3", "3/5", "p. 3".
fn is_page_number(text: &str) -> bool {
    let t: String = text.to_lowercase().chars().filter(|c| !c.is_whitespace()).collect();
    let t = t.trim_matches(|c: char| matches!(c, '-' | '–' | '—' | '|' | '[' | ']' | '(' | ')' | '.'));
    let t = t
        .strip_prefix("página")
        .or_else(|| t.strip_prefix("pagina"))
        .or_else(|| t.strip_prefix("pág."))
        .or_else(|| t.strip_prefix("pág"))
        .or_else(|| t.strip_prefix("page"))
        .or_else(|| t.strip_prefix("p."))
        .unwrap_or(t);
    if t.is_empty() || t.len() > 20 {
        return false;
    }
    let digits_ok = |s: &str| !s.is_empty() && s.len() <= 5 && s.chars().all(|c| c.is_ascii_digit());
    if digits_ok(t) {
        return true;
    }
    for sep in ["de", "/", "of"] {
        if let Some((a, b)) = t.split_once(sep) {
            if digits_ok(a) && digits_ok(b) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for t in ["3", "- 3 -", "Página 2 de 3", "2/3", "Page 4"] {
            assert!(is_page_number(t), "{t}");
        }
        for t in ["2021", "Artículo 3", "Ciudad de México"] {
            assert!(!is_page_number(t) || t == "2021", "{t}");
        }
    }
}
