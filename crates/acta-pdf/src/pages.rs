//! The page tree, walked without trusting it: cycles, lying `/Count`s and deep trees are bounded.

use std::collections::HashSet;

use lopdf::{Dictionary, Document, Object, ObjectId};

use crate::font::{deref, num};
use crate::PdfError;

/// A page-tree node to visit: id, inherited resources, inherited MediaBox (bottom, top), depth.
type Node<'a> = (ObjectId, Option<&'a Dictionary>, Option<(f64, f64)>, usize);

/// One page: its content streams and resources.
pub(crate) struct Page<'a> {
    /// Content stream object ids, in order.
    pub contents: Vec<ObjectId>,
    /// Resources (own or inherited).
    pub resources: Option<&'a Dictionary>,
    /// Page height (MediaBox), for header/footer zones.
    pub height: f64,
    /// MediaBox bottom.
    pub bottom: f64,
}

/// Pages in order. More than `max_pages` pages with distinct content gives [`PdfError::TooManyPages`].
pub(crate) fn collect(doc: &Document, max_pages: usize) -> Result<Vec<Page<'_>>, PdfError> {
    let Some(root) =
        doc.trailer.get(b"Root").ok().and_then(|r| deref(doc, Some(r))).and_then(|o| o.as_dict().ok())
    else {
        return Ok(Vec::new());
    };
    let Ok(Object::Reference(pages_id)) = root.get(b"Pages") else {
        return Ok(Vec::new());
    };
    let mut out = Vec::new();
    let mut seen: HashSet<ObjectId> = HashSet::new();
    // explicit stack of (node, inherited resources, inherited mediabox), kids pushed in reverse
    let mut stack: Vec<Node<'_>> = vec![(*pages_id, None, None, 0)];
    let mut visited_nodes = 0usize;
    let mut distinct: HashSet<Vec<ObjectId>> = HashSet::new();
    while let Some((id, res, mbox, depth)) = stack.pop() {
        if !seen.insert(id) || depth > 256 {
            continue;
        }
        visited_nodes += 1;
        if visited_nodes > max_pages.saturating_mul(16).saturating_add(10_000) {
            break;
        }
        let Ok(dict) = doc.get_dictionary(id) else { continue };
        let res = deref(doc, dict.get(b"Resources").ok()).and_then(|o| o.as_dict().ok()).or(res);
        let mbox = media_box(doc, dict).or(mbox);
        let kids = match deref(doc, dict.get(b"Kids").ok()) {
            Some(Object::Array(k)) => Some(k),
            _ => None,
        };
        let is_page = dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"Page");
        if let (false, Some(kids)) = (is_page, kids) {
            for kid in kids.iter().rev() {
                if let Object::Reference(k) = kid {
                    stack.push((*k, res, mbox, depth + 1));
                }
            }
            continue;
        }
        let contents = match dict.get(b"Contents") {
            Ok(Object::Reference(r)) => match doc.get_object(*r) {
                Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
                _ => vec![*r],
            },
            Ok(Object::Array(a)) => a.iter().filter_map(|o| o.as_reference().ok()).collect(),
            _ => Vec::new(),
        };
        // The page limit bounds interpretation work: pages without content cost nothing, and
        // content shared by many pages (blank pages, templates) is interpreted once.
        if !contents.is_empty() && distinct.insert(contents.clone()) && distinct.len() > max_pages {
            return Err(PdfError::TooManyPages { max: max_pages });
        }
        let (bottom, top) = mbox.unwrap_or((0.0, 792.0));
        out.push(Page { contents, resources: res, height: top - bottom, bottom });
    }
    Ok(out)
}

fn media_box(doc: &Document, dict: &Dictionary) -> Option<(f64, f64)> {
    match deref(doc, dict.get(b"MediaBox").ok())? {
        Object::Array(a) if a.len() == 4 => {
            let v: Vec<f64> = a.iter().filter_map(|o| deref(doc, Some(o)).and_then(num)).collect();
            (v.len() == 4).then(|| (v[1].min(v[3]), v[1].max(v[3])))
        }
        _ => None,
    }
}
