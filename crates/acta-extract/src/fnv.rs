//! FNV-1a, the hasher of the extractors' vocabulary maps (date lexicon, organisation gazetteer,
//! stop words). They are looked up once per word of every document with keys of a few bytes,
//! where SipHash's setup costs more than the lookup; the keys are our own data, so a keyed hash
//! buys nothing.

use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the bytes written.
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 { 0xcbf2_9ce4_8422_2325 } else { self.0 };
        for &byte in bytes {
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A `HashMap`/`HashSet` hasher builder using [`Fnv`].
pub(crate) type FnvBuild = BuildHasherDefault<Fnv>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_fnv1a_values() {
        // Reference values of 64-bit FNV-1a.
        for (input, expected) in [(&b"a"[..], 0xaf63_dc4c_8601_ec8c_u64), (b"foobar", 0x8594_4171_f739_67e8)]
        {
            let mut hasher = Fnv::default();
            hasher.write(input);
            assert_eq!(hasher.finish(), expected, "{input:?}");
        }
    }
}
