//! Sorting the app's few short lists (payer groups, read-out positions, a chart's 150 points,
//! the address's values), which come nearly in order. An insertion sort: stable, linear on a
//! list already in order, and a few hundred bytes of WebAssembly where the standard library's
//! sort adds about 3.5 KB for every element type it is used with.

/// Sorts `v` stably by `less` (`less(a, b)`: `a` goes before `b`).
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(v in proptest::collection::vec((0u8..8, any::<u16>()), 0..60)) {
            let mut ours = v.clone();
            sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }

    #[test]
    fn floats_by_total_order() {
        let mut v = [3.0, -1.0, 2.5, f64::NEG_INFINITY, 0.0];
        sort_by(&mut v, |a, b| a.total_cmp(b).is_lt());
        assert_eq!(v, [f64::NEG_INFINITY, -1.0, 0.0, 2.5, 3.0]);
    }
}
