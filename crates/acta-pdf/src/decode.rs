//! Stream decoding with a hard output bound.
//!
//! lopdf can decode streams too, but its Flate path gives up on a damaged tail; archives are full
//! of streams whose last bytes are wrong, so Flate is decoded here with `flate2`'s low-level
//! `Decompress`, keeping what inflated before the damage and never growing past the limit.

use flate2::{Decompress, FlushDecompress, Status};
use lopdf::{Dictionary, Object, Stream};

/// Why a stream could not be decoded.
#[derive(Debug)]
pub(crate) enum DecodeError {
    /// The decoded data would exceed the per-stream limit.
    Limit,
    /// A filter this crate does not decode, or data it cannot make sense of.
    Unsupported,
}

/// Decoded bytes of `stream`, at most `limit` bytes.
pub(crate) fn decode_stream(stream: &Stream, limit: u64) -> Result<Vec<u8>, DecodeError> {
    let filters = filter_names(&stream.dict);
    if filters.is_empty() {
        return Ok(stream.content.clone());
    }
    let parms_have_predictor = has_predictor(&stream.dict);
    let all_ours = filters.iter().all(|f| {
        matches!(
            f.as_slice(),
            b"FlateDecode" | b"Fl" | b"ASCIIHexDecode" | b"AHx" | b"ASCII85Decode" | b"A85"
        )
    });
    if !all_ours || parms_have_predictor {
        let cap = usize::try_from(limit).unwrap_or(usize::MAX);
        return stream.decompressed_content_with_limit(cap).map_err(|e| {
            if e.to_string().to_ascii_lowercase().contains("limit") {
                DecodeError::Limit
            } else {
                DecodeError::Unsupported
            }
        });
    }
    let mut data: Vec<u8> = stream.content.clone();
    for f in &filters {
        data = match f.as_slice() {
            b"FlateDecode" | b"Fl" => inflate(&data, limit)?,
            b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
            _ => ascii85(&data),
        };
        if data.len() as u64 > limit {
            return Err(DecodeError::Limit);
        }
    }
    Ok(data)
}

fn filter_names(dict: &Dictionary) -> Vec<Vec<u8>> {
    match dict.get(b"Filter") {
        Ok(Object::Name(n)) => vec![n.clone()],
        Ok(Object::Array(a)) => {
            a.iter().filter_map(|o| o.as_name().ok().map(<[u8]>::to_vec)).take(8).collect()
        }
        _ => Vec::new(),
    }
}

fn has_predictor(dict: &Dictionary) -> bool {
    let check = |d: &Dictionary| matches!(d.get(b"Predictor").and_then(Object::as_i64), Ok(p) if p > 1);
    match dict.get(b"DecodeParms") {
        Ok(Object::Dictionary(d)) => check(d),
        Ok(Object::Array(a)) => a.iter().any(|o| matches!(o, Object::Dictionary(d) if check(d))),
        _ => false,
    }
}

/// Inflate zlib (or, failing that, raw deflate) data, stopping at `limit` output bytes.
/// Damaged input yields what decoded before the damage.
pub(crate) fn inflate(input: &[u8], limit: u64) -> Result<Vec<u8>, DecodeError> {
    let zlib_header = input.len() >= 2
        && (input[0] & 0x0f) == 8
        && ((u16::from(input[0]) << 8) | u16::from(input[1])) % 31 == 0;
    let out = inflate_with(input, limit, zlib_header)?;
    if out.is_empty() && !input.is_empty() {
        return inflate_with(input, limit, !zlib_header);
    }
    Ok(out)
}

fn inflate_with(input: &[u8], limit: u64, zlib: bool) -> Result<Vec<u8>, DecodeError> {
    let mut dec = Decompress::new(zlib);
    let mut out: Vec<u8> = Vec::with_capacity(input.len().saturating_mul(4).min(1 << 20));
    let mut chunk = vec![0u8; 64 * 1024];
    loop {
        let before_in = dec.total_in();
        let before_out = dec.total_out();
        let pos = usize::try_from(before_in).unwrap_or(usize::MAX).min(input.len());
        let res = dec.decompress(&input[pos..], &mut chunk, FlushDecompress::None);
        let produced = usize::try_from(dec.total_out() - before_out).unwrap_or(0).min(chunk.len());
        if out.len() as u64 + produced as u64 > limit {
            return Err(DecodeError::Limit);
        }
        out.extend_from_slice(&chunk[..produced]);
        match res {
            Ok(Status::StreamEnd) => break,
            Ok(_) => {
                if dec.total_in() == before_in && produced == 0 {
                    break; // no progress: input exhausted (truncated stream)
                }
            }
            Err(_) => break,
        }
    }
    Ok(out)
}

/// ASCIIHex digits up to '>' (white space and junk skipped; an odd last digit is padded
/// with 0): the `/ASCIIHexDecode` filter and `<...>` strings in content streams.
pub(crate) fn ascii_hex(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len() / 2);
    let mut hi: Option<u8> = None;
    for &b in input {
        if b == b'>' {
            break;
        }
        let v = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            _ => continue,
        };
        match hi.take() {
            Some(h) => out.push(h << 4 | v),
            None => hi = Some(v),
        }
    }
    if let Some(h) = hi {
        out.push(h << 4);
    }
    out
}

fn ascii85(input: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.len());
    let mut group = [0u32; 5];
    let mut n = 0usize;
    let body = input.strip_prefix(b"<~").unwrap_or(input);
    for &b in body {
        match b {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0, 0, 0, 0]),
            b'!'..=b'u' => {
                group[n] = u32::from(b - b'!');
                n += 1;
                if n == 5 {
                    let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
                    out.extend_from_slice(&(v as u32).to_be_bytes());
                    n = 0;
                }
            }
            _ => {}
        }
    }
    if n > 1 {
        for g in group.iter_mut().skip(n) {
            *g = 84;
        }
        let v = group.iter().fold(0u64, |acc, &d| acc * 85 + u64::from(d));
        out.extend_from_slice(&(v as u32).to_be_bytes()[..n - 1]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn inflate_stops_at_limit() {
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        enc.write_all(&vec![b' '; 1 << 20]).unwrap();
        let z = enc.finish().unwrap();
        assert!(matches!(inflate(&z, 1000), Err(DecodeError::Limit)));
        assert_eq!(inflate(&z, 1 << 21).unwrap().len(), 1 << 20);
    }

    #[test]
    fn truncated_flate_keeps_prefix() {
        let mut enc = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        let text: Vec<u8> = (0..20000u32).flat_map(|i| i.to_string().into_bytes()).collect();
        enc.write_all(&text).unwrap();
        let z = enc.finish().unwrap();
        let out = inflate(&z[..z.len() / 2], 1 << 24).unwrap();
        assert!(!out.is_empty() && text.starts_with(&out));
    }

    #[test]
    fn ascii_filters() {
        assert_eq!(ascii_hex(b"48 65 6c6c6F>"), b"Hello");
        assert_eq!(ascii85(b"<~87cURD]i,\"Ebo80~>"), b"Hello World!");
    }
}
