//! Running headers, footers and page numbers: lines near the top or bottom edge that repeat
//! across pages (digits ignored), or that read as a page number.

use std::collections::HashMap;

use crate::layout::PageLayout;

/// How many lines from each edge are candidates.
const EDGE_LINES: usize = 3;

/// Mark furniture lines on every page. Pages are (layout, height, bottom).
pub(crate) fn mark(pages: &mut [(PageLayout, f64, f64)]) {
    let candidates: Vec<Vec<(usize, usize)>> = pages.iter().map(|(p, h, b)| edge_lines(p, *h, *b)).collect();
    // text key -> (page, baseline) of every edge line with that key
    let mut seen: HashMap<String, Vec<(usize, f64)>> = HashMap::new();
    for (pno, (page, cands)) in pages.iter().zip(&candidates).enumerate() {
        for &(pi, li) in cands {
            let line = &page.0.paragraphs[pi][li];
            seen.entry(key(&line.text)).or_default().push((pno, line.y));
        }
    }
    let n = pages.len();
    let needed = 2.max(n / 2 + usize::from(n > 3));
    for (pno, (page, cands)) in pages.iter_mut().zip(&candidates).enumerate() {
        for &(pi, li) in cands {
            let line = &mut page.0.paragraphs[pi][li];
            // a running header or footer repeats at the same height on other pages
            let repeated = n >= 2
                && seen.get(&key(&line.text)).is_some_and(|hits| {
                    let mut pages_at_height: Vec<usize> =
                        hits.iter().filter(|(_, y)| (y - line.y).abs() < 3.0).map(|(p, _)| *p).collect();
                    pages_at_height.dedup();
                    pages_at_height.len() >= needed && pages_at_height.contains(&pno)
                });
            if repeated || is_page_number(&line.text) || names_page(&line.text) {
                line.furniture = true;
            }
        }
        mark_small_top_header(&mut page.0, page.1, page.2);
    }
}

/// The topmost block of a page (one to three lines), in the top band, set smaller than the body
/// text and well apart from what follows, is a running header even on a single page
/// ("Secretaría de Gobernación" above the dateline). A title is larger than the body; a dateline
/// is body-sized.
fn mark_small_top_header(p: &mut PageLayout, height: f64, bottom: f64) {
    let mut sizes: Vec<f64> = p.paragraphs.iter().flatten().map(|l| l.size).collect();
    if sizes.len() < 5 {
        return;
    }
    sizes.sort_by(f64::total_cmp);
    let body = sizes[sizes.len() / 2];
    let top_y = p.paragraphs.iter().flatten().map(|l| l.y).fold(f64::NEG_INFINITY, f64::max);
    let Some(pi) = p.paragraphs.iter().position(|para| para.iter().any(|l| l.y == top_y)) else { return };
    let para = &p.paragraphs[pi];
    let lowest = para.iter().map(|l| l.y).fold(f64::INFINITY, f64::min);
    let below =
        p.paragraphs.iter().flatten().map(|l| l.y).filter(|y| *y < lowest).fold(f64::NEG_INFINITY, f64::max);
    let top = bottom + height;
    let small = para.iter().all(|l| l.size < 0.95 * body);
    if para.len() <= 3 && small && top_y > top - 0.1 * height.abs() && lowest - below > 2.0 * body {
        for l in &mut p.paragraphs[pi] {
            l.furniture = true;
        }
    }
}

/// A footer or header naming the page: "Comunicado 19/2020 — Página 1 de 2".
fn names_page(text: &str) -> bool {
    let lower = text.to_lowercase();
    for word in ["página", "pagina", "pág.", "page"] {
        if let Some(i) = lower.find(word) {
            let rest = lower[i + word.len()..].trim_start();
            if rest.chars().next().is_some_and(|c| c.is_ascii_digit()) {
                let tail: String = rest.chars().skip_while(|c| c.is_ascii_digit()).collect();
                let tail = tail.trim();
                // nothing after the number but "de N" / "/ N" / "of N"
                let ok = tail.is_empty()
                    || ["de", "/", "of"].iter().any(|sep| {
                        tail.strip_prefix(sep).is_some_and(|t| {
                            let t = t.trim();
                            !t.is_empty() && t.chars().all(|c| c.is_ascii_digit())
                        })
                    });
                if ok {
                    return true;
                }
            }
        }
    }
    false
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
