//! Sorting the page's short lists (a series' events, the zone names, which come almost in
//! order): a stable insertion sort. The standard library's sorts add ~3 KB of code to the
//! download per element type (BENCHMARKS.md); for lists this short and this nearly sorted,
//! insertion sort is as fast.
use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while let Some(before) = j.checked_sub(1) {
            let less = match (items.get(j), items.get(before)) {
                (Some(a), Some(b)) => compare(a, b) == Ordering::Less,
                _ => false,
            };
            if !less {
                break;
            }
            items.swap(j, before);
            j = before;
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
