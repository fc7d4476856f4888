//! Sorting the page's short lists (a series' events, the zone names, which come almost in
//! order): a stable insertion sort. The standard library's sorts add ~3 KB of code to the
//! download per element type (BENCHMARKS.md); for lists this short and this nearly sorted,
//! insertion sort is as fast.
use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
// `0 < j <= i < items.len()` throughout: both indices are in the slice and `j - 1` cannot wrap.
// Indexed as written: the checked forms cost the meeting page's download per element type.
#[allow(clippy::indexing_slicing, clippy::arithmetic_side_effects)]
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j], &items[j - 1]) == Ordering::Less {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::sort_by;

    #[test]
    fn sorts_like_the_standard_library_and_keeps_equal_items_in_order() {
        // A fixed pseudo-random sequence of (key, original position).
        let mut seed = 7u32;
        let mut items: Vec<(u32, usize)> = (0..500)
            .map(|i| {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                ((seed >> 16) % 40, i)
            })
            .collect();
        let mut expected = items.clone();
        expected.sort_by_key(|x| x.0); // stable
        sort_by(&mut items, |a, b| a.0.cmp(&b.0));
        assert_eq!(items, expected);
        let mut empty: Vec<u8> = vec![];
        sort_by(&mut empty, u8::cmp);
        let mut one = vec![3];
        sort_by(&mut one, i32::cmp);
        assert_eq!(one, [3]);
    }
}
