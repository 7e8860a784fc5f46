//! Views: task details, open tasks a worker could serve (paged), the trust report, commitments.

use crate::{mock::*, Payout, RouteTotal, SettlementRoute, TaskStatus, MAX_OPEN_TASKS_PAGE};
use frame_support::assert_ok;
use sp_runtime::Perbill;

#[test]
fn task_details_show_submission_commitments_and_challenge() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		assert!(Market::task_details(0).is_none());
		let single = served_task(model, b"prompt", b"answer");
		assert_ok!(Market::challenge(RuntimeOrigin::signed(DAVE), single, 10));
		let details = Market::task_details(single).unwrap();
		assert_eq!(details.submission.unwrap().output.to_vec(), b"answer".to_vec());
		assert_eq!(details.challenge.unwrap().challenger, DAVE);
		assert!(details.commitments.is_empty());

		let quorum = post_replicated(model, b"prompt", 2);
		register_worker(EVE);
		commit(EVE, quorum, b"yes");
		let details = Market::task_details(quorum).unwrap();
		assert_eq!(details.task.replicas, 2);
		assert_eq!(details.commitments.len(), 1);
		assert_eq!(details.commitments[0].worker, EVE);
		assert_eq!(details.commitments[0].revealed, None);
		assert!(details.submission.is_none());
	});
}

#[test]
fn open_tasks_lists_what_a_worker_can_serve_in_pages() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		let tasks: Vec<u64> = (0..5).map(|_| post(model, b"prompt")).collect();
		let quorum = post_replicated(model, b"prompt", 2);
		register_worker(CHARLIE);
		register_worker(DAVE);
		submit(DAVE, tasks[0], b"taken");
		commit(CHARLIE, quorum, b"yes");

		// Bob posted them all and cannot serve any; an unregistered account cannot either.
		assert!(Market::open_tasks_for(BOB, None, 10).tasks.is_empty());
		assert!(Market::open_tasks_for(EVE, None, 10).tasks.is_empty());

		// Charlie can serve the four unsubmitted single tasks, not the quorum it committed to.
		let mut seen = Vec::new();
		let mut after = None;
		loop {
			let page = Market::open_tasks_for(CHARLIE, after, 2);
			assert!(page.tasks.len() <= 2);
			seen.extend(page.tasks.iter().map(|(id, _)| *id));
			match page.next {
				Some(next) => after = Some(next),
				None => break,
			}
		}
		seen.sort();
		assert_eq!(seen, tasks[1..].to_vec());
		// Dave can also serve the quorum.
		let dave: Vec<u64> =
			Market::open_tasks_for(DAVE, None, 10).tasks.into_iter().map(|(id, _)| id).collect();
		assert_eq!(dave.len(), 5);
		assert!(dave.contains(&quorum));

		// Past the deadline nothing is offered, even before the hook expires the tasks.
		System::set_block_number(DEADLINE + 1);
		assert!(Market::open_tasks_for(DAVE, None, 10).tasks.is_empty());
	});
}

#[test]
fn a_page_never_looks_at_more_than_the_page_bound() {
	ExtBuilder::default().build_and_execute(|| {
		let model = register_opaque_model();
		for _ in 0..MAX_OPEN_TASKS_PAGE + 6 {
			post(model, b"prompt");
		}
		register_worker(CHARLIE);
		let first = Market::open_tasks_for(CHARLIE, None, u32::MAX);
		assert_eq!(first.tasks.len() as u32, MAX_OPEN_TASKS_PAGE);
		let rest = Market::open_tasks_for(CHARLIE, first.next, u32::MAX);
		assert_eq!(rest.tasks.len(), 6);
		assert_eq!(rest.next, None);
	});
}

#[test]
fn trust_report_gives_the_share_checked_on_chain() {
	ExtBuilder::default().build_and_execute(|| {
		let tiny = register_tiny_model();
		let report = Market::trust_report();
		assert_eq!(report.verified_on_chain, Perbill::zero());

		// One optimistic and one re-executed task, one quorum, one cancelled.
		let optimistic = served_task(tiny, &[1, 2, 3, 4], &[4, 6]);
		register_worker(DAVE);
		let wrong = post(tiny, &[1, 2, 3, 4]);
		submit(DAVE, wrong, &[0, 0]);
		assert_ok!(Market::challenge(RuntimeOrigin::signed(EVE), wrong, 10));
		let quorum = post_replicated(tiny, &[1, 2, 3, 4], 2);
		register_worker(EVE);
		commit(EVE, quorum, &[4, 6]);
		commit(CHARLIE, quorum, &[4, 6]);
		reveal(EVE, quorum, &[4, 6]);
		reveal(CHARLIE, quorum, &[4, 6]);
		assert_ok!(Market::finalize(RuntimeOrigin::signed(ALICE), quorum));
		let cancelled = post(tiny, &[1, 2, 3, 4]);
		assert_ok!(Market::cancel_task(RuntimeOrigin::signed(BOB), cancelled));
		run_to_block(1 + PERIOD + 1);
		assert!(matches!(
			crate::Tasks::<Test>::get(optimistic).unwrap().status,
			TaskStatus::Settled {
				route: SettlementRoute::Optimistic,
				payout: Payout::WorkerPaid,
				..
			}
		));

		let report = Market::trust_report();
		let one = RouteTotal { tasks: 1, value: REWARD };
		assert_eq!(report.optimistic, one);
		assert_eq!(report.re_executed, one);
		assert_eq!(report.quorum, one);
		assert_eq!(report.cancelled, one);
		assert_eq!(report.expired, RouteTotal::default());
		// Three tasks ended with a result; one of them was checked on chain, one by a quorum.
		assert_eq!(report.verified_on_chain, Perbill::from_rational(1u32, 3));
		assert_eq!(report.cross_checked, Perbill::from_rational(1u32, 3));
	});
}

#[test]
fn commitment_view_matches_the_pallet_hash() {
	ExtBuilder::default().build_and_execute(|| {
		use codec::Encode;
		let expected = sp_core::H256(sp_io::hashing::blake2_256(
			&(b"out".to_vec(), [7u8; 32], CHARLIE).encode(),
		));
		assert_eq!(Market::commitment_hash(b"out", &[7u8; 32], &CHARLIE), expected);
	});
}
