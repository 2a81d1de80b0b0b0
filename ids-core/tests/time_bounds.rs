//! `min_at` and `max_at`: the bounds of a time window over IDs, in the UUID's order and in
//! the text form's, checked against IDs made across a real window of time.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use ids_core::{AnyId, EntityId, MAX_UNIX_MS, Uuid};
use proptest::prelude::*;

#[derive(EntityId)]
#[entity_id(prefix = "job")]
struct JobId(Uuid);

fn at_ms(ms: u64) -> SystemTime {
    UNIX_EPOCH + Duration::from_millis(ms)
}

#[test]
fn ids_made_across_a_window_fall_between_its_bounds() {
    // About 60 ms of IDs, a few per millisecond, with the time each was made.
    let mut made = Vec::new();
    let start = SystemTime::now();
    while start.elapsed().expect("the clock runs") < Duration::from_millis(60) {
        made.push(JobId::new());
        std::thread::sleep(Duration::from_micros(200));
    }
    let stamps: Vec<u64> = made
        .iter()
        .map(|id| {
            let at = id.created_at().expect("a UUIDv7");
            u64::try_from(
                at.duration_since(UNIX_EPOCH)
                    .expect("after 1970")
                    .as_millis(),
            )
            .expect("fits")
        })
        .collect();
    let (first, last) = (stamps[0], stamps[stamps.len() - 1]);
    assert!(last > first + 20, "the IDs span a window: {first}..{last}");

    // Every window [from, to) inside the span: the bounds select exactly the IDs whose
    // timestamp is in it, by UUID and by text.
    for from in first..=last {
        for to in [from + 1, from + 5, last + 1] {
            let (low, high) = (JobId::min_at(at_ms(from)), JobId::min_at(at_ms(to)));
            let expected: Vec<JobId> = made
                .iter()
                .zip(&stamps)
                .filter(|(_, ms)| (from..to).contains(*ms))
                .map(|(id, _)| *id)
                .collect();
            let by_uuid: Vec<JobId> = made
                .iter()
                .filter(|id| low <= **id && **id < high)
                .copied()
                .collect();
            let (low_text, high_text) = (low.to_string(), high.to_string());
            let by_text: Vec<JobId> = made
                .iter()
                .filter(|id| {
                    let text = id.to_string();
                    low_text <= text && text < high_text
                })
                .copied()
                .collect();
            assert_eq!(by_uuid, expected, "window {from}..{to} by UUID");
            assert_eq!(by_text, expected, "window {from}..{to} by text");
        }
        let up_to: Vec<&JobId> = made
            .iter()
            .filter(|id| **id <= JobId::max_at(at_ms(from)))
            .collect();
        let expected = stamps.iter().filter(|ms| **ms <= from).count();
        assert_eq!(up_to.len(), expected, "id <= max_at({from})");
    }
}

#[test]
fn the_bounds_are_version_7_ids_of_that_millisecond() {
    let ms = 1_700_000_000_123;
    let time = at_ms(ms) + Duration::from_micros(999);
    let (min, max) = (JobId::min_at(time), JobId::max_at(time));
    for id in [min, max] {
        assert_eq!(id.uuid().get_version_num(), 7);
        assert_eq!(id.uuid().get_variant(), uuid::Variant::RFC4122);
        assert_eq!(
            id.created_at(),
            Some(at_ms(ms)),
            "the millisecond, rounded down"
        );
    }
    assert_eq!(
        min.uuid().to_string(),
        "018bcfe5-687b-7000-8000-000000000000"
    );
    assert_eq!(
        max.uuid().to_string(),
        "018bcfe5-687b-7fff-bfff-ffffffffffff"
    );
    assert!(max < JobId::min_at(at_ms(ms + 1)));
    assert_eq!(
        AnyId::min_at("job", time).map(|id| id.uuid()),
        Ok(min.uuid())
    );
    assert_eq!(
        AnyId::max_at("job", time).map(|id| id.uuid()),
        Ok(max.uuid())
    );
    assert!(AnyId::min_at("Job", time).is_err(), "the prefix is checked");
}

#[test]
fn times_outside_the_range_take_its_ends() {
    let before_1970 = UNIX_EPOCH - Duration::from_secs(1);
    assert_eq!(JobId::min_at(before_1970), JobId::min_at(UNIX_EPOCH));
    assert_eq!(JobId::max_at(before_1970), JobId::max_at(UNIX_EPOCH));
    let past_the_end = at_ms(MAX_UNIX_MS) + Duration::from_secs(1);
    assert_eq!(
        JobId::max_at(past_the_end),
        JobId::max_at(at_ms(MAX_UNIX_MS))
    );
    assert_eq!(
        JobId::max_at(past_the_end).uuid().to_string(),
        "ffffffff-ffff-7fff-bfff-ffffffffffff"
    );
}

proptest! {
    /// Any UUIDv7 (version 7, RFC variant) lies between the bounds of its own millisecond, in
    /// UUID and text order, and outside those of its neighbours.
    #[test]
    fn every_version_7_uuid_lies_within_its_own_bounds(bits in any::<u128>()) {
        let uuid = uuid::Builder::from_u128(bits)
            .with_version(uuid::Version::SortRand)
            .with_variant(uuid::Variant::RFC4122)
            .into_uuid();
        let id = JobId::from_uuid(uuid);
        let ms = u64::try_from(bits >> 80).expect("48 bits");
        let (min, max) = (JobId::min_at(at_ms(ms)), JobId::max_at(at_ms(ms)));
        prop_assert!(min <= id && id <= max);
        prop_assert!(min.to_string() <= id.to_string() && id.to_string() <= max.to_string());
        if ms > 0 {
            prop_assert!(JobId::max_at(at_ms(ms - 1)) < id);
        }
        if ms < MAX_UNIX_MS {
            prop_assert!(id < JobId::min_at(at_ms(ms + 1)));
        }
    }
}
